// `npm run analyze` writes custom-elements.json from the elements' JSDoc and Lit property declarations.

/** Lit's internal reactive state (fields named _…) is not public API: keep it out of the manifest. */
function dropPrivateState() {
  return {
    name: 'drop-private-state',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads files in no fixed order: sort, so the committed manifest is reproducible.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
          if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private');
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
  plugins: [dropPrivateState()],
};
