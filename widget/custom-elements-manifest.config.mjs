// Custom Elements Manifest of the widget, generated from the components' JSDoc
// (`@summary @event @slot @csspart @cssproperty`): `pnpm --filter @slotkit/widget manifest`.
// `scripts/custom-elements-manifest.test.ts` fails when the committed file is out of date.

/**
 * The analyzer's Lit support reads `static properties` but not `state: true`, so internal
 * reactive state (`_month`, `_open`, …) would be listed as public attributes. This marks it
 * private and drops it from the attributes. It also drops events inferred from a
 * `dispatchEvent(new SomeEvent())` call without a name: each is documented by an `@event` tag.
 * Modules and events are sorted, so the output does not depend on the analyzer's file order.
 */
function litStateIsInternal() {
  const stateByClass = new Map();
  return {
    name: 'slotkit-lit-state-is-internal',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const state = new Set();
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some((option) => ts.isPropertyAssignment(option)
            && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword);
          if (isState) state.add(property.name.getText());
        }
        stateByClass.set(node.name.getText(), state);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads files and infers events in no fixed order: sort, so the committed
      // manifest is the same on every run.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        const state = stateByClass.get(declaration.name);
        if (state && declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !state.has(a.fieldName ?? a.name));
        for (const member of declaration.members ?? []) if (state?.has(member.name)) member.privacy = 'private';
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name).sort((a, b) => a.name.localeCompare(b.name));
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Translations are data, not API: left out so the manifest lists what tools need.
  exclude: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/test/**', 'src/strings/**'],
  outdir: '.',
  litelement: true,
  // The package.json already names the manifest; the analyzer would otherwise rewrite it.
  packagejson: false,
  plugins: [litStateIsInternal()],
};
