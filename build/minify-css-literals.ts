import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

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
 * forms), with lightningcss, without targets: nothing is lowered or prefixed, so every browser reads the
 * same rules as before. A template with `${…}` in it is left as it is: its parts are not CSS on their own.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(/\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g, (whole, body: string) => {
        const text = cook(body);
        if (text === undefined) return whole;
        const { code: min } = transform({ filename: id, code: Buffer.from(text), minify: true });
        changed = true;
        return `css\`${raw(min.toString())}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
