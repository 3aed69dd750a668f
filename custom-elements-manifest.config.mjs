// `npm run analyze` writes custom-elements.json from the elements' JSDoc and Lit property declarations.

/**
 * Lit's internal reactive state (fields named _…) is not public API, nor is what the elements share
 * only with their subclasses (private and protected members of BudgetElement): keep it out of the manifest.
 */
function dropPrivateState() {
  return {
    name: 'drop-private-state',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads files in no fixed order: sort, so the committed manifest is reproducible.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
          if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected');
        }
      }
    },
  };
}

/** What the base element gives that reads better after an element's own options than before them. */
const AFTER_OPTIONS = new Set(['lang', 'state']);

/**
 * The analyzer lists what a class inherits after its own API. Each element's reference reads instead: the
 * shared API first (theme, large-text, src, data; the base part; the tokens), then the element's own
 * options, then its language and the state part, then what it reflects or only reads out (view, getters,
 * methods). An inherited item an element redeclares (budget-tree's state part) keeps its own description.
 */
function inheritedFirst() {
  return {
    name: 'inherited-first',
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map(customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []).map((d) => [d.name, d]));
      for (const d of classes.values()) {
        const fields = new Map((d.members ?? []).map((m) => [m.name, m]));
        // An option sets the element up: not reflected state, a getter or a method.
        const isOption = (item, type) => {
          if (type === 'attributes') return !fields.get(item.fieldName)?.reflects;
          if (type === 'members') return item.kind === 'field' && !!item.attribute && !item.reflects;
          return true;
        };
        for (const type of ['attributes', 'members', 'cssParts', 'cssProperties']) {
          const items = d[type];
          if (!items?.some((i) => i.inheritedFrom)) continue;
          const place = (i) => (classes.get(i.inheritedFrom.name)?.[type] ?? []).findIndex((x) => x.name === i.name);
          const inherited = items.filter((i) => i.inheritedFrom).sort((x, y) => place(x) - place(y));
          const own = items.filter((i) => !i.inheritedFrom);
          const cut = own.findIndex((i) => !isOption(i, type));
          const options = cut < 0 ? own.length : cut;
          d[type] = [
            ...inherited.filter((i) => !AFTER_OPTIONS.has(i.name)),
            ...own.slice(0, options),
            ...inherited.filter((i) => AFTER_OPTIONS.has(i.name)),
            ...own.slice(options),
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/define.ts', 'src/elements/**/define.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the freshness test writes elsewhere and must not change it.
  packagejson: false,
  plugins: [dropPrivateState(), inheritedFirst()],
};
