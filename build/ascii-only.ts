import type { Plugin } from 'vite';

/**
 * Writes every non-ASCII character of the output as a \uXXXX escape. Portals often serve pages in
 * GBK/GB2312, and a classic script without a charset is read in the page's encoding: ASCII reads the
 * same in all of them, so the Chinese strings arrive intact wherever the file is embedded. Escapes
 * are valid in every place our minified code holds such characters (strings, templates, regular
 * expressions, comments).
 */
export function asciiOnly(): Plugin {
  return {
    name: 'ascii-only',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        file.code = file.code.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    },
  };
}
