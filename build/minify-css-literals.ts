import { transform } from 'lightningcss';
import type { Plugin } from 'vite';
import { BROWSER_TARGETS } from './targets.js';

/** The floor browsers of targets.ts in lightningcss's form (major << 16 | minor << 8). */
function cssTargets(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of BROWSER_TARGETS) {
    const m = /^([a-z]+)(\d+)(?:\.(\d+))?$/.exec(t);
    if (m) out[m[1]!] = (Number(m[2]) << 16) | (Number(m[3] ?? 0) << 8);
  }
  return out;
}

/** A template literal's text as the tag receives it, or undefined when it holds an escape this does not read. */
function cook(raw: string): string | undefined {
  let unread = false;
  const text = raw.replace(/\\([\s\S])/g, (_m, c: string) => {
    if (c === '\\' || c === '`' || c === '$') return c;
    unread = true;
    return c;
  });
  return unread ? undefined : text;
}

const raw = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * Minifies the CSS of Lit's css`…` templates in the kit's own sources (comments, white space, shorter
 * forms), with lightningcss for the floor browsers of targets.ts: without them it would write shorter forms
 * those browsers do not read (`(width>=40em)` for `(min-width:40em)`). A template with `${…}` in it is left
 * as it is: its parts are not CSS on their own.
 */
export function minifyCssLiterals(): Plugin {
  const targets = cssTargets();
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(/\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g, (whole, body: string) => {
        const text = cook(body);
        if (text === undefined) return whole;
        const { code: min } = transform({ filename: id, code: Buffer.from(text), minify: true, targets });
        changed = true;
        return `css\`${raw(min.toString())}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
