/**
 * ExcelJS's browser build carries two polyfills that compile code from strings, which the pane's CSP (no
 * 'unsafe-eval') forbids and our bundle test rejects:
 *  - setImmediate(string) → new Function(string): we only ever pass functions, so a string is refused instead;
 *  - regenerator-runtime's fallback Function("r", "regeneratorRuntime = r") for engines without globalThis: every
 *    browser that runs Office add-ins has globalThis, so the fallback is dropped.
 * JSZip's browser build carries the same setImmediate polyfill. The loader fails the build if a pattern is not found, so an ExcelJS update cannot silently bring them back.
 */
const PATTERNS = {
  setImmediate: { find: /"function"!=typeof (\w)&&\(\1=new Function\(""\+\1\)\)/g, replace: '"function"!=typeof $1&&(()=>{throw new TypeError("setImmediate: callback")})()' },
  regenerator: { find: /:Function\("r","regeneratorRuntime = r"\)\((\w)\)/g, replace: ":void 0" },
};

module.exports = function noDynamicCode(source) {
  let code = source;
  const { patterns } = this.getOptions();
  for (const name of patterns) {
    const { find, replace } = PATTERNS[name];
    if (!find.test(code)) throw new Error(`no-dynamic-code-loader: pattern ${find} not found in ${this.resourcePath}`);
    find.lastIndex = 0;
    code = code.replace(find, replace);
  }
  if (/new Function\(|\beval\(/.test(code)) throw new Error(`no-dynamic-code-loader: dynamic code left in ${this.resourcePath}`);
  return code;
};
