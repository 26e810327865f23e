/**
 * Office versions whose add-ins run in Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML) cannot run the pane.
 * src/taskpane/static/old-webview.js tells them apart by the user agent as Microsoft shows it ("Trident"; "Edge", while
 * WebView2 says "Edg/": docs/develop/support-ie-11.md in OfficeDev/office-js-docs-pr) and sends them to
 * nicht-unterstuetzt.html; the ribbon's "Aktualisieren" opens that page in a dialog (Office.context.ui.displayDialogAsync,
 * DialogApi 1.1, and event.completed() once it is shown: docs/develop/dialog-api-in-office-add-ins.md). Every script
 * those pages run must parse as ES5, the newest JavaScript Trident knows (the same article).
 */
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";

const STATIC = join(__dirname, "..", "..", "src", "taskpane", "static");
const SCRIPT = readFileSync(join(STATIC, "old-webview.js"), "utf8");

const AGENTS = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeHtml: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
  safari: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};
const PAGE = "https://intranet.example/sc/taskpane.html";

/** Runs the script as the last <script> of a page at `href`, with an Office that is ready at once. */
function run(page: string, agent: string, href = `${PAGE}?_host_Info=Excel$Win32$16.01$de-DE$$$$0`) {
  const replaced: string[] = [];
  const dialogs: string[] = [];
  const associated: Record<string, (event: { completed: () => void }) => void> = {};
  const text: string[] = [];
  const Office = {
    onReady: (ready: () => void) => ready(),
    actions: { associate: (name: string, fn: (event: { completed: () => void }) => void) => (associated[name] = fn) },
    context: { ui: { displayDialogAsync: (url: string, _options: unknown, done: () => void) => (dialogs.push(url), done()) } },
  };
  const [path, query = ""] = href.split("?");
  const window: Record<string, unknown> = { Office, location: { href, search: query ? `?${query}` : "", replace: (url: string) => replaced.push(url) } };
  const document = {
    getElementsByTagName: () => [{ getAttribute: (name: string) => (name === "data-page" ? page : null) }],
    getElementById: (id: string) => (id === "browser-url" ? { appendChild: (node: { text: string }) => text.push(node.text) } : null),
    createTextNode: (value: string) => ({ text: value }),
  };
  runInNewContext(SCRIPT, { window, document, navigator: { userAgent: agent } });
  return { replaced, dialogs, associated, text, path, global: window };
}

describe("Office with Internet Explorer 11 or Edge Legacy", () => {
  it.each([["Trident", AGENTS.trident], ["EdgeHTML", AGENTS.edgeHtml]])("%s: the pane goes to the ES5 page, with Office's host information", (_, agent) => {
    expect(run("taskpane", agent).replaced).toEqual(["https://intranet.example/sc/nicht-unterstuetzt.html?_host_Info=Excel$Win32$16.01$de-DE$$$$0"]);
  });

  it.each([["WebView2", AGENTS.webView2], ["Safari (Mac)", AGENTS.safari]])("%s: the pane stays", (_, agent) => {
    expect(run("taskpane", agent).replaced).toEqual([]);
  });

  it("the ribbon's 'Aktualisieren' shows the ES5 page in a dialog and completes, instead of doing nothing", () => {
    const commands = run("commands", AGENTS.trident, "https://intranet.example/sc/commands.html?_host_Info=Excel");
    const completed = jest.fn();
    commands.associated.refreshReport({ completed });
    expect(commands.dialogs).toEqual(["https://intranet.example/sc/nicht-unterstuetzt.html"]);
    expect(completed).toHaveBeenCalledTimes(1);
    // Office versions that call a global function for ExecuteFunction find it too.
    expect(typeof commands.global.refreshReport).toBe("function");
  });

  it("in a current webview the ribbon's command is left to the add-in", () => {
    expect(run("commands", AGENTS.webView2).associated).toEqual({});
  });

  it("the ES5 page names the address of the browser mode on the same server", () => {
    expect(run("unsupported", AGENTS.trident, "https://intranet.example/sc/nicht-unterstuetzt.html?_host_Info=Excel").text).toEqual(["https://intranet.example/sc/taskpane.html"]);
  });

  it.each(["old-webview.js", "office-js-fallback.js"])("%s parses as ES5", (file) => {
    expect(() => parse(readFileSync(join(STATIC, file), "utf8"), { ecmaVersion: 5 })).not.toThrow();
  });
});
