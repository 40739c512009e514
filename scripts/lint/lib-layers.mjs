/**
 * The folders of lib/ in layers, lowest first. A module may import from a lower layer only, never
 * from its own layer or a higher one, so no two folders can import each other, however
 * indirectly. A new folder takes the lowest layer above everything it imports; docs/architecture.md
 * explains each one.
 */
export const LIB_LAYERS = [
  ["domain", "config", "random", "values", "csv"],
  ["db", "text"],
  ["api", "audit", "status"],
  ["auth", "cypher", "documents", "graph"],
  ["admin", "analysis", "backup", "curation", "layout", "reader"],
  ["explorer", "export", "seed"],
  ["summary", "synthetic", "views"],
];

const layerOf = new Map(LIB_LAYERS.flatMap((folders, layer) => folders.map((f) => [f, layer])));

function libFolder(path) {
  const match = /(?:^|\/)lib\/([^/]+)\//.exec(path.replaceAll("\\", "/"));
  return match ? match[1] : null;
}

/** @type {import("eslint").Rule.RuleModule} */
export const libLayersRule = {
  meta: {
    type: "problem",
    docs: {
      description: "lib/ folders import only from lower layers (scripts/lint/lib-layers.mjs)",
    },
    schema: [],
  },
  create(context) {
    const from = libFolder(context.filename);
    if (!from) return {};
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== "string") return;
      const alias = /^@\/lib\/([^/]+)/.exec(source);
      const to = alias ? alias[1] : null;
      if (!to || to === from) return;
      const fromLayer = layerOf.get(from);
      const toLayer = layerOf.get(to);
      if (fromLayer === undefined || toLayer === undefined) {
        const missing = fromLayer === undefined ? from : to;
        context.report({
          node: node.source,
          message: `lib/${missing}/ has no layer: add it to LIB_LAYERS in scripts/lint/lib-layers.mjs`,
        });
      } else if (toLayer >= fromLayer) {
        context.report({
          node: node.source,
          message: `lib/${from}/ (layer ${fromLayer}) may not import lib/${to}/ (layer ${toLayer}): lib/ folders import only from lower layers, so that no folders import each other (scripts/lint/lib-layers.mjs)`,
        });
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
