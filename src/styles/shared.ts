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
    --_positive: var(--budget-color-positive, #0b6b3a);
    --_warning: var(--budget-color-warning, #8a5a00);
    --_tooltip-bg: var(--budget-color-tooltip-background, #1d2433);
    --_tooltip-text: var(--budget-color-tooltip-text, #ffffff);
    --_separator: var(--budget-color-separator, #5b6578);
    --_basic: var(--budget-color-basic, #0072b2);
    --_project: var(--budget-color-project, #e69f00);
    --_focus-width: var(--budget-focus-width, 0.2em);
    --_border-width: var(--budget-border-width, 1px);
    --_hit: var(--budget-hit-size, 2.2em);
    --_heading: var(--budget-color-heading, var(--_text));
    --_header-text: var(--budget-color-header-text, var(--_text));
    --_header-muted: var(--budget-color-header-muted, var(--_muted));
    --_shadow: var(--budget-color-shadow, rgb(0 0 0 / 0.2));
    --_arc-stroke: var(--budget-color-arc-stroke, var(--_bg));
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    max-width: 100%;
  }
  /* Presets: attribute or class on the element. A --budget-* property set by the page still wins. */
  :host([theme='red']),
  :host(.budget-theme-red) {
    --_text: var(--budget-color-text, #1f1a1a);
    --_muted: var(--budget-color-muted, #5c4646);
    --_border: var(--budget-color-border, #e3c4c4);
    --_accent: var(--budget-color-accent, #b3000c);
    --_focus: var(--budget-focus-color, #b3000c);
    --_header: var(--budget-color-header, #b3000c);
    --_header-text: var(--budget-color-header-text, #ffffff);
    --_header-muted: var(--budget-color-header-muted, #ffe8e8);
    --_row-emphasis: var(--budget-color-row-emphasis, #fdf1f1);
    --_error: var(--budget-color-error, #8e0b0b);
    --_tooltip-bg: var(--budget-color-tooltip-background, #5c0a0f);
    --_basic: var(--budget-color-basic, #b3000c);
    --_project: var(--budget-color-project, #d4a017);
    --_heading: var(--budget-color-heading, #a3000b);
  }
  :host([theme='high-contrast']),
  :host(.budget-theme-high-contrast) {
    --_text: var(--budget-color-text, #000000);
    --_muted: var(--budget-color-muted, #1f1f1f);
    --_bg: var(--budget-color-background, #ffffff);
    --_border: var(--budget-color-border, #000000);
    --_accent: var(--budget-color-accent, #0000c8);
    --_focus: var(--budget-focus-color, #c80000);
    --_header: var(--budget-color-header, #e8e8e8);
    --_row-emphasis: var(--budget-color-row-emphasis, #fff3b0);
    --_error: var(--budget-color-error, #a00000);
    --_positive: var(--budget-color-positive, #005200);
    --_warning: var(--budget-color-warning, #5c3b00);
    --_tooltip-bg: var(--budget-color-tooltip-background, #000000);
    --_separator: var(--budget-color-separator, #000000);
    --_basic: var(--budget-color-basic, #003d99);
    --_project: var(--budget-color-project, #b35900);
    --_arc-stroke: var(--budget-color-arc-stroke, #000000);
    --_shadow: var(--budget-color-shadow, rgb(0 0 0 / 0.5));
    --_focus-width: var(--budget-focus-width, 0.3em);
    --_border-width: var(--budget-border-width, 2px);
  }
  :host([theme='dark']),
  :host(.budget-theme-dark) {
    --_text: var(--budget-color-text, #e8ecf2);
    --_muted: var(--budget-color-muted, #b6bfcc);
    --_bg: var(--budget-color-background, #141a23);
    --_border: var(--budget-color-border, #4b5566);
    --_accent: var(--budget-color-accent, #8ab4f8);
    --_focus: var(--budget-focus-color, #8ab4f8);
    --_header: var(--budget-color-header, #222b38);
    --_row-emphasis: var(--budget-color-row-emphasis, #1c2430);
    --_error: var(--budget-color-error, #f4a9a3);
    --_positive: var(--budget-color-positive, #7fd6a4);
    --_warning: var(--budget-color-warning, #f2c872);
    --_tooltip-bg: var(--budget-color-tooltip-background, #e8ecf2);
    --_tooltip-text: var(--budget-color-tooltip-text, #141a23);
    --_separator: var(--budget-color-separator, #b6bfcc);
    --_basic: var(--budget-color-basic, #56b4e9);
    --_project: var(--budget-color-project, #e69f00);
    --_shadow: var(--budget-color-shadow, rgb(0 0 0 / 0.6));
    color-scheme: dark;
  }
  /* Large text (适老化): bigger type from the host's own size, thicker focus, larger hit targets. */
  :host([large-text]),
  :host(.budget-large-text) {
    --_focus-width: var(--budget-focus-width, 0.3em);
    --_hit: var(--budget-hit-size, 2.75em);
    /* On :host, so that the chart's own layout (which reads the host's font size) follows it too. */
    font-size: 1.25em;
  }
  :host([large-text]) button:not(.term),
  :host(.budget-large-text) button:not(.term) {
    min-height: var(--_hit);
  }
  /* Disclosure rows (glossary, keyboard help, indicators) are hit targets too. */
  :host([large-text]) summary,
  :host(.budget-large-text) summary {
    min-height: var(--_hit);
    padding-block: calc((var(--_hit) - 1.5em) / 2);
  }
  /*
   * The wrapper repeats what :host sets: page rules that match the host element itself
   * (such as "* { line-height: 1 }", or an inherited "body { font-family: SimSun }") beat :host, never .base.
   */
  .base {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1em;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    /* Inherited properties portals often set on body (word-break: break-all above all). */
    word-break: normal;
    font-weight: normal;
    font-style: normal;
    font-variant: normal;
    text-shadow: none;
    text-decoration: none;
    visibility: visible;
    writing-mode: horizontal-tb;
    cursor: auto;
  }
  /* English wraps at spaces: a word is broken only when it cannot fit a line on its own. */
  .base:lang(en) {
    overflow-wrap: break-word;
    hyphens: manual;
  }
  a {
    color: var(--_accent);
  }
  h2,
  h3,
  h4,
  caption {
    color: var(--_heading);
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: var(--_border-width) solid var(--_border);
    border-radius: 0.3em;
    min-height: var(--_hit);
  }
  input[type='checkbox'] {
    min-height: 0;
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_accent);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* An amount is one word: "371,514,655.00元" never breaks after a comma or before its unit. */
  .amount {
    white-space: nowrap;
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
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0.15em;
  }
  /* Browsers without :focus-visible (Safari before 15.4) ring every focused control. */
  @supports not selector(:focus-visible) {
    :focus {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: 0.15em;
    }
  }
  /*
   * Windows high contrast (forced colours) recolours text and borders to the user's palette, but would
   * flatten charts and legend swatches into one colour: those keep theirs.
   */
  @media (forced-colors: active) {
    svg,
    .swatch {
      forced-color-adjust: none;
    }
  }
  /* Buttons in an element's control bar (download, toggles). */
  .controls button,
  .more-rows button,
  button.toggle,
  button.open {
    border: var(--_border-width) solid var(--_border);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: 0.3em 0.8em;
    min-height: var(--_hit);
    cursor: pointer;
  }
  .state {
    padding: 1em;
    border: var(--_border-width) solid var(--_border);
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
  /*
   * Loading (issue 18): the state takes about the height the content will have, so that the page below
   * does not jump when the data arrives. Heights are those of the two data files at 1280 and 375 px
   * (node bench/cls.mjs --heights), in em so that they follow the host's font size and large text; each
   * element's styles shape its own (the summary's cards, the tree's ring, the table's block), and the rest
   * keep the typical height below. The shapes of load-states.ts are empty and aria-hidden; the status text
   * stays where it was. An error or an empty element is not .loading, so it is only as tall as its message.
   */
  .state.loading {
    position: relative;
    margin: 0;
    /* Goals and procurement rows run from one line (none published) to many screens: a typical height. */
    min-height: 24em;
  }
  .state.loading .label {
    display: block;
    /* Above the shapes, which the fade puts in a layer of their own. */
    position: relative;
    z-index: 1;
  }
  .reserve,
  .reserve i {
    display: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    /* A slow fade of the shapes (opacity only: no layout), after a pause so that a fast load shows none. */
    .reserve {
      animation: budget-waiting 1.6s ease-in-out 0.6s infinite alternate;
    }
  }
  @keyframes budget-waiting {
    to {
      opacity: 0.5;
    }
  }
  /* Under a table that draws its first rows only (row-pages.ts). */
  .more-rows {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    margin: 0.5em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* With compare-src: the year compared with, a change of unit, lines in one year only (budget-element.ts). */
  .compare-note {
    margin: 0.5em 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .compare-note p {
    margin: 0.25em 0;
  }
  .compare-note ul {
    margin: 0.25em 0;
    padding-inline-start: 1.2em;
  }
`;
