import type { Plugin } from 'vite';

/**
 * The validator needs the schema's rules, not its prose: drop every "description" (and "title",
 * "$comment") from `budget.schema.json` when it is bundled. The file in schema/ keeps them.
 */
export function stripSchemaDocs(): Plugin {
  // Inside a `properties` map the keys are field names: a field called "title" is a rule, not prose.
  const strip = (v: unknown, fieldNames = false): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x));
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => fieldNames || (k !== 'description' && k !== 'title' && k !== '$comment'))
          .map(([k, x]) => [k, strip(x, !fieldNames && (k === 'properties' || k === '$defs'))]),
      );
    }
    return v;
  };
  return {
    name: 'strip-schema-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('budget.schema.json')) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}
