import { noServerImportsInClient } from "./no-server-imports-in-client.mjs";

// Aidflow's own ESLint rules, loaded by eslint.config.mjs as the "boundaries" plugin.
const plugin = {
  meta: { name: "aidflow-boundaries" },
  rules: { "no-server-imports-in-client": noServerImportsInClient },
};

export default plugin;
