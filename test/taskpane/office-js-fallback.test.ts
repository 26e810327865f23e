/**
 * The Office.js fallback of the pages (src/taskpane/static/office-js-fallback.js), run as a browser runs it right after
 * the CDN's <script> tag: when the CDN delivered, `Office` is defined and nothing happens; when not, the failed tag goes
 * (office.js takes its base folder from the first script ending in office.js: getOfficeJsBasePath in the package's
 * office.debug.js) and the copy on our own origin is written in its place, while <head> is still parsed. The script
 * must parse as ES5: it runs in every webview Office may use, also IE 11 (docs/develop/support-ie-11.md).
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";

const SCRIPT = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "static", "office-js-fallback.js"), "utf8");

function page(office: unknown) {
  const written: string[] = [];
  const cdnTag = { removed: false, parentNode: null as null | { removeChild: (node: unknown) => void } };
  cdnTag.parentNode = { removeChild: (node) => ((node as typeof cdnTag).removed = true) };
  const document = {
    getElementById: (id: string) => (id === "office-js-cdn" ? cdnTag : null),
    write: (html: string) => written.push(html),
  };
  const window = office === undefined ? {} : { Office: office };
  runInNewContext(SCRIPT, { window, document });
  return { written, cdnRemoved: cdnTag.removed };
}

describe("Office.js from our own server when the CDN fails", () => {
  it("does nothing when the CDN delivered Office.js", () => {
    expect(page({ onReady: () => undefined })).toEqual({ written: [], cdnRemoved: false });
  });

  it("replaces the failed CDN tag with the shipped copy, relative to the page", () => {
    expect(page(undefined)).toEqual({ written: ['<script src="office-js/office.js"></script>'], cdnRemoved: true });
  });

  it("parses as ES5", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  });
});
