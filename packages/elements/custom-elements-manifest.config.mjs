// `npm run manifest -w @caf-forms/elements` writes custom-elements.json from the element's JSDoc.

/** lit's internal reactive state (`_module`, `{ state: true }`) is not part of the element's API. */
function dropInternalState() {
  const isPublic = (entry) => !entry.name.startsWith('_') && entry.privacy !== 'private';
  return {
    name: 'drop-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

export default {
  globs: ['src/caf-form/caf-form.ts', 'src/caf-form/events.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropInternalState()],
};
