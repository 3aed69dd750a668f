import { css } from 'lit';

/**
 * Styles every element shares. Sizes are in em so that the host page's font size rules (never rem:
 * inside shadow DOM that would follow the page root, not the embedding context). Public tokens are
 * --budget-*; each maps to a private --_ token with its default.
 */
export const sharedStyles = css`
  :host {
    --_font: var(--budget-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_text: var(--budget-color-text, #1d2433);
    --_muted: var(--budget-color-muted, #4a5468);
    --_bg: var(--budget-color-background, #ffffff);
    --_border: var(--budget-color-border, #d6dae1);
    --_accent: var(--budget-color-accent, #0b57d0);
    --_focus: var(--budget-focus-color, #0b57d0);
    --_radius: var(--budget-radius, 0.5em);
    --_error: var(--budget-color-error, #b3261e);
    --_header: var(--budget-color-header, #eef1f5);
    --_row-emphasis: var(--budget-color-row-emphasis, #f6f7f9);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
  }
  /* Buttons in an element's control bar (download, toggles). */
  .controls button,
  button.toggle,
  button.open {
    border: 1px solid var(--_border);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: 0.3em 0.8em;
    min-height: 2.2em;
    cursor: pointer;
  }
  .state {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .state.error {
    border-color: var(--_error);
  }
  .state.error strong {
    color: var(--_error);
  }
  .state ul {
    margin: 0.5em 0 0;
    padding-left: 1.2em;
    font-size: 0.9em;
  }
`;
