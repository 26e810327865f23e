/* eslint-disable @typescript-eslint/no-require-imports */
// Lint: typescript-eslint everywhere, Microsoft's Office add-in rules on the Office adapter (the only code that talks
// to Excel), and a guard that no other folder reaches Excel directly.
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

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
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
