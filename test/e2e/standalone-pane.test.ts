/**
 * The production task pane opened in a plain browser (no Office: office.js unreachable), in Debian's Chromium: a
 * controller without add-in rights opens the sample, creates the report, downloads the result, and the figures in the
 * downloaded workbook are those the Node pipeline computes from the same file. Screenshots of each step at 350 px and
 * 1366 px go to SCREENSHOT_DIR when set (the README's pictures). Skipped locally without /usr/bin/chromium.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { computeReport } from "../../src/pipeline/run-report";
import { openXlsxFile } from "../../src/workbook/xlsx";
import { webpackBuild } from "../fixtures/webpack-build";
import { describeIfChromium, launchChromium, serveDirectory, type StaticServer } from "./pane/browser";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "assets", "beispiel-jobcenter.xlsx");
const OFFICE_HOST = "https://appsforoffice.microsoft.com/";

describeIfChromium("standalone pane in a plain browser (ExcelJS in the tab)", () => {
  const out = mkdtempSync(join(tmpdir(), "sc-standalone-"));
  const shots = process.env.SCREENSHOT_DIR ? join(ROOT, process.env.SCREENSHOT_DIR) : join(out, "shots");
  let server: StaticServer;
  let origin = "";
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serveDirectory(await webpackBuild("production"));
    origin = server.origin;
    browser = await launchChromium();
  }, 660_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh tab as a user's browser would be: German, office.js not reachable, every request recorded. */
  async function openPane(width: number, locale = "de-DE"): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale, acceptDownloads: true });
    await context.route(`${OFFICE_HOST}**`, (route) => route.abort());
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${origin}/taskpane.html`);
    return { context, page };
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });

  describe.each([[350], [1366]])("at %i px", (width) => {
    let context: BrowserContext;
    let page: Page;
    let downloaded = "";

    beforeAll(async () => {
      ({ context, page } = await openPane(width));
    });
    afterAll(() => context.close());

    it("offers to open a workbook or the sample, and says the file stays on this machine", async () => {
      await page.getByRole("button", { name: "Arbeitsmappe öffnen (.xlsx)" }).waitFor();
      await page.getByText("Die Datei verlässt Ihren Rechner nicht").waitFor();
      expect(await page.getByRole("button", { name: "Bericht erstellen" }).count()).toBe(0);
      await shot(page, `standalone-1-oeffnen-${width}`);
    });

    it("opens the workbook the user picks and creates the report in the tab", async () => {
      await page.locator('input[type="file"]').setInputFiles(SAMPLE);
      await page.getByText("Geöffnet: beispiel-jobcenter.xlsx").waitFor();
      await shot(page, `standalone-2-bericht-${width}`);
      await page.getByRole("button", { name: "Bericht erstellen" }).click();
      await page.getByRole("heading", { name: /Ergebnis 2022-10/ }).waitFor({ timeout: 60_000 });
      expect(await page.locator("main").innerText()).toMatch(/EGT: Plan 6\.488\.398 €/);
      await shot(page, `standalone-3-ergebnis-${width}`);
    });

    it("downloads the workbook with the report sheets beside the user's, as a new file", async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Ergebnis herunterladen/ }).click()]);
      expect(download.suggestedFilename()).toBe("beispiel-jobcenter – Steuerungscockpit.xlsx");
      downloaded = join(out, `ergebnis-${width}.xlsx`);
      await download.saveAs(downloaded);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(downloaded);
      const names = book.worksheets.map((w) => w.name);
      expect(names).toEqual(expect.arrayContaining(["Grunddaten", "Ziele 2022", "Ziel-Ist-Vergleich", "Kennzahlen §48a", "EGT-Controlling"]));
    });

    it("holds the same figures the Node pipeline computes from the same file", async () => {
      const expected = computeReport(await (await openXlsxFile(SAMPLE)).readSheets({ numberFormats: true }), {}).summary;
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(downloaded);
      const sheet = book.getWorksheet("Ziel-Ist-Vergleich") as ExcelJS.Worksheet;
      const withRow = expected.indicators.filter((i) => i.reportRow !== undefined && i.actual !== null);
      expect(withRow.length).toBeGreaterThan(3);
      for (const indicator of withRow) {
        const row = sheet.getRow(indicator.reportRow as number);
        const cells = (row.values as unknown[]).slice(1);
        expect({ code: indicator.code, name: cells[0] }).toEqual({ code: indicator.code, name: indicator.name });
        // Quotas are written as fractions with a % format; the summary speaks in percent.
        const ist = Number(cells[5]) * (indicator.unit === "%" ? 100 : 1);
        expect({ code: indicator.code, ist: Number(ist.toFixed(3)) }).toEqual({ code: indicator.code, ist: Number((indicator.actual as number).toFixed(3)) });
      }
    });
  });

  it("says in German why a file that is not a workbook cannot be opened, and stays usable", async () => {
    const { context, page } = await openPane(350);
    const fake = join(out, "keine-mappe.xlsx");
    writeFileSync(fake, "Monat;Wert\n2022-01;5\n");
    await page.locator('input[type="file"]').setInputFiles(fake);
    await page.getByRole("alert").getByText("„keine-mappe.xlsx“ ist keine lesbare Excel-Arbeitsmappe").waitFor();
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.getByText("Geöffnet: beispiel-jobcenter.xlsx").waitFor();
    await context.close();
  });

  it("follows the system's high-contrast mode (forced colours) with Fluent's high-contrast theme", async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "de-DE", forcedColors: "active" });
    await context.route(`${OFFICE_HOST}**`, (route) => route.abort());
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("button", { name: "Beispiel laden" }).waitFor();
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector(".fui-FluentProvider") as Element);
      return { background: style.getPropertyValue("--colorNeutralBackground1").trim(), foreground: style.getPropertyValue("--colorNeutralForeground1").trim() };
    });
    // Fluent's high-contrast theme: black ground, white text (a light or dark theme would give other tokens).
    expect(colours.background.toLowerCase()).toBe("#000000");
    expect(colours.foreground.toLowerCase()).toBe("#ffffff");
    await context.close();
  });

  it("speaks English in an English browser", async () => {
    const { context, page } = await openPane(350, "en-US");
    await page.getByRole("button", { name: "Open workbook (.xlsx)" }).waitFor();
    await page.getByRole("button", { name: "Load sample" }).click();
    await page.getByRole("button", { name: "Create report" }).waitFor();
    await context.close();
  });

  it("fits 350 px without horizontal scrolling", async () => {
    const { context, page } = await openPane(350);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.getByRole("button", { name: "Bericht erstellen" }).click();
    await page.getByRole("heading", { name: /Ergebnis/ }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("asks only its own origin (and the Office.js host, which it may not reach) for anything", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith(OFFICE_HOST));
    expect(foreign).toEqual([]);
  });

  it("never puts the user's file on the wire: no request carries a body", () => {
    // Only GETs of the page's own files: the workbook is read from the file picker inside the tab.
    expect(requests.every((url) => !/upload|\.xlsx/i.test(url))).toBe(true);
    expect(readFileSync(SAMPLE).subarray(0, 2).toString()).toBe("PK");
  });
});
