import { serverPath, resolveFile } from "./module-graph.mjs";
import { compilePatterns, modulePath } from "./module-pattern.mjs";

// A file that starts with "use client" is bundled for the browser together with everything it
// imports. Two lists of module patterns (eslint-rules/module-pattern.mjs) say what it may not load:
// - `serverOnly`: code that cannot run in a browser (the database client, Node's built-ins, native
//   drivers, request headers). Forbidden directly and through any module the file imports.
// - `serverLayers`: the layers that serve pages and routes on the server (the data layer, the
//   import, sessions). Forbidden as direct imports; a shared module may still use their pure parts.
// ESLint's file globs cannot see a directive, hence this rule, which reads it. Type-only imports are
// erased at build time and stay allowed; server actions ("use server" modules) are the intended way
// across, so nothing behind one is followed.

function isClientModule(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type");
}

const matchers = new Map();

function matcherFor(patterns) {
  const key = JSON.stringify(patterns);
  if (!matchers.has(key)) matchers.set(key, compilePatterns(patterns));
  return matchers.get(key);
}

export const noServerImportsInClient = {
  meta: {
    type: "problem",
    docs: { description: 'Forbid server modules in files that start with "use client", directly or through other modules' },
    schema: [
      {
        type: "object",
        properties: {
          serverOnly: { type: "array", items: { type: "string" } },
          serverLayers: { type: "array", items: { type: "string" } },
        },
        required: ["serverOnly", "serverLayers"],
        additionalProperties: false,
      },
    ],
    messages: {
      serverImport:
        '"{{source}}" is a server module and this file starts with "use client", so it would be sent to the browser. ' +
        "Load the data in a server component and pass it down as props, or call a server action from lib/actions.",
      serverImportVia:
        '"{{source}}" loads a server module ({{path}}) and this file starts with "use client", so it would be sent to the browser. ' +
        "Import a module that does not load it, or move the server part out of the shared module.",
    },
  },
  create(context) {
    if (!isClientModule(context.sourceCode.ast)) return {};
    const { serverOnly, serverLayers } = context.options[0];
    const isServerOnly = matcherFor(serverOnly);
    const isServerLayer = matcherFor(serverLayers);
    const filename = context.physicalFilename;
    const memo = new Map();
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== "Literal" || typeof source.value !== "string" || isTypeOnly(node)) return;
      const name = modulePath(source.value, filename);
      if (isServerOnly(name) || isServerLayer(name)) {
        context.report({ node: source, messageId: "serverImport", data: { source: source.value } });
        return;
      }
      const file = resolveFile(source.value, filename);
      const found = file ? serverPath(file, isServerOnly, memo).path : null;
      if (found) context.report({ node: source, messageId: "serverImportVia", data: { source: source.value, path: [name, ...found].join(" → ") } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
