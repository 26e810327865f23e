/**
 * The real task pane (React, Fluent UI, Office adapter) in headless Chromium on a fake Office host with the sample
 * workbook: a controller's first refresh, the dashboard, keyboard input validation, 320 px width, and no network
 * request beyond the page's own origin. Needs Debian's chromium (.ci/run installs it); skipped locally without it.
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { openXlsxFile } from "../../src/workbook/xlsx";
import { webpackBuild } from "../fixtures/webpack-build";
import { describeIfChromium, launchChromium, serveDirectory, type StaticServer } from "./pane/browser";

const ROOT = join(__dirname, "..", "..");

describeIfChromium("task pane in Chromium on a fake Office host", () => {
  const out = mkdtempSync(join(tmpdir(), "sc-pane-"));
  let server: StaticServer;
  let origin = "";
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const dist = await webpackBuild("e2e");
    cpSync(dist, out, { recursive: true });
    const sample = await openXlsxFile(join(ROOT, "assets", "beispiel-jobcenter.xlsx"));
    const read = await sample.readSheets({});
    writeFileSync(join(out, "sample.json"), JSON.stringify(read.sheets.map(({ name, origin: o, values }) => ({ name, origin: o, values }))));
    server = await serveDirectory(out);
    origin = server.origin;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${origin}/pane-e2e.html`);
  }, 660_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the pane in German with its one primary action, styled by Fluent", async () => {
    await page.getByRole("heading", { name: "Steuerungscockpit" }).waitFor();
    const primary = page.getByRole("button", { name: "Bericht erstellen" });
    await primary.waitFor();
    // Fluent's styles come from a stylesheet extracted at build time: the primary button has the light theme's brand
    // background (colorBrandBackground #0F6CBD) only if that stylesheet was linked, served and applied.
    expect(await primary.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe("rgb(15, 108, 189)");
  });

  it("rejects a malformed Berichtsmonat typed with the keyboard, and disables the button", async () => {
    const month = page.getByLabel("Berichtsmonat");
    await month.focus();
    await page.keyboard.type("2022-13");
    await page.getByText("Bitte den Monat als JJJJ-MM eingeben").waitFor();
    expect(await page.getByRole("button", { name: "Bericht erstellen" }).isDisabled()).toBe(true);
    await month.fill("");
  });

  it("creates the report in the workbook and shows the result dashboard", async () => {
    await page.getByRole("button", { name: "Bericht erstellen" }).click();
    await page.getByRole("heading", { name: /Ergebnis 2022-10/ }).waitFor({ timeout: 60_000 });
    const sheets = await page.evaluate(() => (window as unknown as { __book: { worksheets: { items: Array<{ name: string }> } } }).__book.worksheets.items.map((s) => s.name));
    expect(sheets).toEqual(expect.arrayContaining(["Ziel-Ist-Vergleich", "Kennzahlen §48a", "Bearbeitungszeiten", "EGT-Controlling"]));
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/\d+ im Plan/);
    expect(text).toMatch(/\d+ verfehlt/);
    expect(text).toContain("Integrationsquote Frauen");
    expect(text).toMatch(/EGT: Plan 6\.488\.398 €/);
    expect(text).toMatch(/Fälle Leistungsanträge!D124/);
    await page.getByRole("button", { name: "Aktualisieren" }).waitFor();
  });

  it("lists the sources it read, sheet by sheet", async () => {
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Grunddaten: 11 Grunddaten, Januar 2020 – Oktober 2022/);
    expect(text).toMatch(/Fälle Leistungsanträge: Bearbeitungsdauer Leistungsanträge: [\d.]+ Fälle \(2 nicht verwendbar\)/);
  });

  it("confirms the source mapping with one click and keeps it in the workbook's settings", async () => {
    await page.getByRole("button", { name: "Zuordnung bestätigen" }).click();
    await page.getByText("6 bestätigt").waitFor();
    const stored = await page.evaluate(() => (window as unknown as { __book: { settingsStore: Map<string, string> } }).__book.settingsStore.get("steuerungscockpit.state") ?? "");
    const decisions = JSON.parse(JSON.parse(stored).settings.quellen) as Array<{ sheet: string; kind: string }>;
    expect(decisions.map((d) => `${d.sheet}: ${d.kind}`)).toEqual(
      expect.arrayContaining(["Grunddaten: grunddaten", "Ziele 2022: zielwerte", "EGT 2022: egt", "Qualität: qualitaet", "Fälle Leistungsanträge: faelle"]),
    );
    expect(await page.getByRole("combobox", { name: "Art der Quelle im Blatt EGT 2022" }).inputValue()).toBe("egt");
  });

  it("selects the offending source cell when a message is clicked", async () => {
    await page.getByRole("button", { name: "Zelle Fälle Leistungsanträge!D124 anzeigen" }).click();
    await page.waitForFunction(() => (window as unknown as { __book: { selected: string } }).__book.selected !== "");
    expect(await page.evaluate(() => (window as unknown as { __book: { selected: string; active: string } }).__book.selected)).toBe("Fälle Leistungsanträge!D124");
  });

  it("jumps from an indicator that needs attention to its row in the report", async () => {
    await page.getByRole("button", { name: "Integrationsquote Frauen im Bericht anzeigen" }).click();
    await page.waitForFunction(() => (window as unknown as { __book: { selected: string } }).__book.selected.startsWith("Ziel-Ist-Vergleich!"));
    const selected = await page.evaluate(() => (window as unknown as { __book: { selected: string; sheet(n: string): { cell(r: number, c: number): { value: unknown } } } }).__book.selected);
    const row = Number(selected.split("!A")[1]);
    const value = await page.evaluate((r) => (window as unknown as { __book: { sheet(n: string): { cell(r: number, c: number): { value: unknown } } } }).__book.sheet("Ziel-Ist-Vergleich").cell(r - 1, 0).value, row);
    expect(value).toBe("Integrationsquote Frauen");
  });

  it("inserts the template sheets next to the user's, without touching them", async () => {
    await page.getByRole("button", { name: "Vorlage einfügen" }).click();
    await page.getByText(/Vorlage eingefügt: Grunddaten \(2\)/).waitFor();
    const sheets = await page.evaluate(() => (window as unknown as { __book: { worksheets: { items: Array<{ name: string }> } } }).__book.worksheets.items.map((s) => s.name));
    expect(sheets).toEqual(expect.arrayContaining(["Grunddaten", "Grunddaten (2)", "Qualität (2)"]));
  });

  it("fits 320 px without horizontal scrolling", async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // SCREENSHOT_DIR=docs refreshes the README's picture of the pane in Excel.
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR ? join(ROOT, process.env.SCREENSHOT_DIR) : out, "aufgabenbereich-320.png"), fullPage: true });
  });

  it("speaks English when Office runs in English", async () => {
    const english = await browser.newPage({ viewport: { width: 320, height: 700 } });
    english.on("request", (request) => requests.push(request.url()));
    await english.goto(`${origin}/pane-e2e.html?lang=en-US`);
    await english.getByRole("button", { name: "Create report" }).waitFor();
    await english.getByText("All data stays in this workbook.", { exact: false }).waitFor();
    await english.close();
  });

  it("the ribbon button 'Aktualisieren' refreshes without the pane and always completes the event", async () => {
    const ribbon = await browser.newPage();
    ribbon.on("request", (request) => requests.push(request.url()));
    await ribbon.goto(`${origin}/commands-e2e.html`);
    await ribbon.waitForFunction(() => Boolean((window as unknown as { __commands: Record<string, unknown> }).__commands.refreshReport));
    const result = await ribbon.evaluate(async () => {
      const w = window as unknown as { __commands: Record<string, (e: { completed: () => void }) => Promise<void>>; __book: { worksheets: { items: Array<{ name: string }> } } };
      let completed = false;
      await w.__commands.refreshReport({ completed: () => (completed = true) });
      return { completed, sheets: w.__book.worksheets.items.map((s) => s.name), status: document.getElementById("status")?.textContent ?? "" };
    });
    expect(result.completed).toBe(true);
    expect(result.sheets).toEqual(expect.arrayContaining(["Ziel-Ist-Vergleich", "EGT-Controlling"]));
    expect(result.status).toMatch(/^Aktualisiert: Ziel-Ist-Vergleich/);
    await ribbon.close();
  });

  it("tells an Office 2019 user (ExcelApi 1.7) what their Excel cannot show, and still creates the report", async () => {
    const office2019 = await browser.newPage({ viewport: { width: 320, height: 900 } });
    office2019.on("request", (request) => requests.push(request.url()));
    await office2019.goto(`${origin}/pane-e2e.html?api=1.7`);
    await office2019.getByText("Ihre Excel-Version kann nicht alles zeigen").waitFor();
    await office2019.getByText(/Druckeinstellungen|Einrückungen/).first().waitFor();
    expect(await office2019.getByText("Ihre Excel-Version kann nicht alles zeigen").count()).toBe(1);
    await office2019.getByRole("button", { name: "Bericht erstellen" }).click();
    await office2019.getByRole("heading", { name: /Ergebnis 2022-10/ }).waitFor({ timeout: 60_000 });
    await office2019.close();
  });

  it("follows Office's dark theme", async () => {
    const dark = await browser.newPage({ viewport: { width: 320, height: 700 } });
    dark.on("request", (request) => requests.push(request.url()));
    await dark.goto(`${origin}/pane-e2e.html?theme=dark`);
    await dark.getByRole("button", { name: "Bericht erstellen" }).waitFor();
    const brightness = (color: string) => {
      const [r, g, b] = (color.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
      return (r * 299 + g * 587 + b * 114) / 1000;
    };
    const background = await dark.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor);
    const light = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor);
    expect(brightness(background)).toBeLessThan(80);
    expect(brightness(light)).toBeGreaterThan(200);
    await dark.close();
  });

  it("shows no such note when everything is supported", async () => {
    expect(await page.getByText("Ihre Excel-Version kann nicht alles zeigen").count()).toBe(0);
  });

  it("makes no request beyond the page's own origin", () => {
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url.startsWith(origin)).toBe(true);
  });
});
