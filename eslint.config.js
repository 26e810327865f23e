/* eslint-disable @typescript-eslint/no-require-imports */
// Lint: typescript-eslint everywhere, Microsoft's Office add-in rules on the Office adapter (the only code that talks
// to Excel), and a guard that no other folder reaches Excel directly.
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

/**
 * The layers from the bottom up. The pane and the CLI share a layer and do not import each other; the ribbon's command
 * shows its progress in the pane's message view, so it sits above the pane.
 */
const LAYERS = [["domain"], ["sources"], ["report"], ["workbook"], ["pipeline"], ["taskpane", "cli"], ["commands"]];

/** One rule per folder: no import of a folder in a higher layer, nor of another entry point. */
function layerRules() {
  return LAYERS.flatMap((layer, i) =>
    layer.map((folder) => {
      const forbidden = [...LAYERS.slice(i + 1).flat(), ...layer.filter((f) => f !== folder)];
      return {
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: {
          "no-restricted-imports": forbidden.length === 0 ? "off" : [
            "error",
            { patterns: [{ regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`, message: `src/${folder} importiert nur aus tieferen Schichten (Reihenfolge: ${LAYERS.map((l) => l.join("/")).join(" ← ")}).` }] },
          ],
        },
      };
    }),
  );
}

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-node/**", "out/**", "node_modules/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/workbook/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      // We never load navigational properties by accident; loading "items/name" on collections is how batching works.
      "office-addins/no-navigational-load": "off",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/workbook/office/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name='Excel'][property.name='run']", message: "Excel.run gehört nur in src/workbook/office." },
        { selector: "CallExpression[callee.property.name='sync']", message: "context.sync() gehört nur in src/workbook/office." },
      ],
    },
  },
  // Layers import downwards only: domain ← sources ← report ← workbook (the port and its adapters) ← pipeline ←
  // taskpane, commands, cli. A folder may import its own and every folder below it, nothing above.
  ...layerRules(),
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
