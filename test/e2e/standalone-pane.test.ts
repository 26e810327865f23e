/**
 * The production task pane opened in a plain browser (no Office: office.js unreachable), in Debian's Chromium: a
 * controller without add-in rights opens the sample, creates the report, downloads the result, and the figures in the
 * downloaded workbook are those the Node pipeline computes from the same file; the stale-result sequence (the same file
 * name opened again), the template download, the preview of the report, focus and Tab stops, axe-core with nothing
 * found in every state, and Office.js: the copy from our own server when the CDN is refused, waiting for Excel inside
 * Office, a clear message when no Office.js can be loaded. Screenshots of each step at 350 px and 1366 px go to SCREENSHOT_DIR when
 * set (the README's pictures). Skipped locally without /usr/bin/chromium.
 */
import { DISPLAY_DECIMALS, type Unit } from "../../src/domain/indicators";
import { roundCommercial } from "../../src/domain/rounding";
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { computeReport } from "../../src/pipeline/run-report";
import { openXlsxFile } from "../../src/workbook/xlsx";
import { webpackBuild } from "../fixtures/webpack-build";
import { expectAccessible, tabStopsTo } from "./pane/axe";
import { describeIfChromium, launchChromium, serveDirectory, type StaticServer } from "./pane/browser";

const UNIT_OF: Record<string, Unit> = { "%": "percent", EUR: "eur", Personen: "persons", Note: "grade", Arbeitstage: "days", Tage: "calendarDays" };

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "assets", "beispiel-jobcenter.xlsx");
const OFFICE_HOST = "https://appsforoffice.microsoft.com/";
/**
 * office.js itself, loaded outside an Office client, opens a telemetry frame on this host (seen with the copy of
 * @microsoft/office-js 1.1.110 served by the fallback). The tests below bypass the pages' CSP (axe-core is injected), so
 * the request shows; with the pages' own policy (frame-src falls back to default-src 'self') it never leaves, which
 * "keeps Office.js's telemetry frame inside the page's policy" checks.
 */
const OFFICE_JS_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

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
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale, acceptDownloads: true, bypassCSP: true });
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
      await expectAccessible(page, `start screen at ${width} px`);
      await shot(page, `standalone-1-oeffnen-${width}`);
    });

    it("opens the workbook the user picks and creates the report in the tab", async () => {
      await page.locator('input[type="file"]').setInputFiles(SAMPLE);
      await page.getByText("Geöffnet: beispiel-jobcenter.xlsx").waitFor();
      await page.getByText("6 erkannt – bitte bestätigen").waitFor({ timeout: 60_000 });
      await expectAccessible(page, `opened at ${width} px`);
      await page.getByRole("button", { name: "Zuordnung bestätigen" }).click();
      await page.getByText("6 bestätigt").waitFor({ timeout: 60_000 });
      // Outside Excel the user's file is not changed: the confirmation travels in the downloaded file.
      // (Folded away with the list, it is there for whoever opens Quellen again.)
      expect(await page.getByText("Zuordnung bestätigt – sie steht in der heruntergeladenen Datei; Ihre Originaldatei bleibt unverändert.").count()).toBe(1);
      expect(await tabStopsTo(page, "Bericht erstellen")).toBeLessThanOrEqual(8);
      await shot(page, `standalone-2-bericht-${width}`);
      const button = await page.getByRole("button", { name: "Bericht erstellen" }).boundingBox();
      expect(button && button.y + button.height).toBeLessThanOrEqual(900);
      await page.getByRole("button", { name: "Bericht erstellen" }).click();
      await page.getByRole("heading", { name: "Ergebnis Oktober 2022" }).waitFor({ timeout: 60_000 });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Ergebnis Oktober 2022");
      expect(await page.locator("main").innerText()).toMatch(/EGT: Plan 6\.488\.398,00 €/);
      await expectAccessible(page, `result at ${width} px`);
      if (width >= 900) {
        const sources = await page.locator(".sources-step").boundingBox();
        const result = await page.locator(".result").boundingBox();
        expect(result && sources && result.x > sources.x + sources.width - 1).toBe(true);
        expect(result?.y).toBeLessThan(400);
      }
      await shot(page, `standalone-3-ergebnis-${width}`);
    });

    it("previews the report sheet from an indicator (no Excel to jump to)", async () => {
      await page.getByRole("button", { name: "Integrationsquote Frauen im Bericht anzeigen" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("Vorschau: Ziel-Ist-Vergleich").waitFor();
      await dialog.locator("table.preview").waitFor();
      expect(await dialog.locator("table.preview tr").first().innerText()).toMatch(/Integrationsquote Frauen$/);
      await expectAccessible(page, `preview at ${width} px`);
      await page.screenshot({ path: join(shots, `standalone-4-vorschau-${width}.png`) });
      await dialog.getByRole("button", { name: "Schließen" }).click();
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
        // Quotas are written as fractions with a % format; the summary speaks in percent. The sheet holds the figure as
        // published (kaufmännisch on the shown decimals), the summary four decimals.
        const decimals = DISPLAY_DECIMALS[UNIT_OF[indicator.unit] ?? "persons"];
        const ist = Number(cells[5]) * (indicator.unit === "%" ? 100 : 1);
        expect({ code: indicator.code, ist: roundCommercial(ist, decimals) }).toEqual({ code: indicator.code, ist: roundCommercial(indicator.actual as number, decimals) });
      }
    });
  });

  it("the stale-result sequence: the same file name opened again drops the old result; the next download holds the report", async () => {
    const { context, page } = await openPane(350);
    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByRole("button", { name: "Bericht erstellen" }).click();
    await page.getByRole("heading", { name: "Ergebnis Oktober 2022" }).waitFor({ timeout: 60_000 });
    // Next month's export under the same file name.
    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    // The new file replaces the pane's workbook: the old result goes with the old workbook.
    await page.getByRole("heading", { name: /^Ergebnis / }).waitFor({ state: "detached", timeout: 60_000 });
    await page.getByText("6 erkannt – bitte bestätigen").waitFor({ timeout: 60_000 });
    expect(await page.getByRole("button", { name: /Ergebnis herunterladen/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Bericht erstellen" }).click();
    await page.getByRole("heading", { name: "Ergebnis Oktober 2022" }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Vorheriger Monat" }).click();
    await page.getByText("Veraltet:").waitFor();
    expect(await page.getByRole("button", { name: /Ergebnis herunterladen/ }).isDisabled()).toBe(true);
    await expectAccessible(page, "outdated result");
    await shot(page, "standalone-5-veraltet-350");
    await page.getByRole("button", { name: "Aktualisieren" }).click();
    await page.getByRole("heading", { name: "Ergebnis September 2022" }).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Ergebnis herunterladen/ }).click()]);
    const again = join(out, "ergebnis-nochmal.xlsx");
    await download.saveAs(again);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(again);
    expect(book.worksheets.map((w) => w.name)).toContain("Ziel-Ist-Vergleich");
    await context.close();
  });

  it("'Spalten prüfen': a column's role corrected in the editor is saved, and the re-read sheet shows the new role and figures", async () => {
    // A sheet of targets kept by hand: "Orientierungswert 2024" is no header the readers know, and nothing on the sheet says
    // "Ziel" (a title "Zielvorgaben" would make it a Zielwerte sheet read without a header), so nothing on it is read.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Vorgaben");
    sheet.getCell("A1").value = "Vorgaben 2024 (Stand 15.01.2024)";
    [["Kennzahl", "Orientierungswert 2024", "Einheit"], ["Integrationsquote", 25.5, "%"], ["Kundenzufriedenheit", 2, "Note"]].forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 3, c + 1).value = value)));
    const file = join(out, "vorgaben.xlsx");
    await book.xlsx.writeFile(file);

    const { context, page } = await openPane(350);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText("Geöffnet: vorgaben.xlsx").waitFor();
    const entry = page.locator("li.mapping", { has: page.getByLabel("Art der Quelle im Blatt Vorgaben") });
    await entry.getByText("nicht erkannt", { exact: true }).waitFor({ timeout: 60_000 });
    await entry.getByRole("button", { name: "Spalten prüfen" }).click();
    const editor = page.getByRole("region", { name: "Spalten im Blatt Vorgaben" });
    const role = editor.getByLabel("Rolle der Spalte B", { exact: true });
    await role.waitFor({ timeout: 30_000 });
    expect(await role.locator("option:checked").innerText()).toBe("nicht verwendet");
    // The preview shows the sheet as written, a German number as Excel shows it.
    expect(await editor.locator("td", { hasText: "25,5" }).count()).toBe(1);
    await expectAccessible(page, "mapping editor at 350 px");

    await role.focus();
    await role.selectOption({ label: "Zielwert" });
    await editor.getByText("„Orientierungswert 2024“ gelesen als „Zielwert“").waitFor({ timeout: 60_000 });
    expect(await role.locator("option:checked").innerText()).toBe("Zielwert");
    // The re-read keeps a keyboard user where they were.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Rolle der Spalte B");
    // Re-read with the correction: the sheet is Zielwerte, two targets read, the cells of column B marked as read.
    expect(await entry.getByLabel("Art der Quelle im Blatt Vorgaben").locator("option:checked").innerText()).toBe("Zielwerte");
    await entry.getByText(/^2 Zielwerte \(K2, KZI\)/).waitFor();
    // The year of the title "Vorgaben 2024" holds for the table under it; its "(Stand 15.01.2024)" is no period.
    expect(await editor.locator("td", { hasText: "25,5" }).getAttribute("title")).toBe("B4: gelesen als Zielwert, 2024");
    expect(await editor.locator(".editor-columns").getByText("2 Werte aus B4:B5").count()).toBe(1);
    await expectAccessible(page, "mapping editor after a correction at 350 px");
    // The preview fits the pane's width: the pane itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await entry.screenshot({ path: join(shots, "standalone-spalten-pruefen-350.png") });
    await context.close();
  });

  it("'Spalten prüfen' on the table model: a column's Kennzahl set in the editor, the figure appears, is saved on request and reported", async () => {
    // Days to the Erstberatung of the young per month, under a header that names no Kennzahl: nothing is read as written.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Tabelle1");
    [["Monat", "Wert"], ["Jan 2024", 9.1], ["Feb 2024", 8.7]].forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
    const file = join(out, "erstberatung.xlsx");
    await book.xlsx.writeFile(file);

    const { context, page } = await openPane(350);
    await page.locator('input[type="file"]').setInputFiles(file);
    const entry = page.locator("li.mapping", { has: page.getByLabel("Art der Quelle im Blatt Tabelle1") });
    await entry.getByText("nicht erkannt", { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Spalten prüfen: Tabelle1", exact: true }).click();
    const table = page.getByRole("region", { name: "Tabelle 1 (A1:B3)" });
    await table.getByRole("button", { name: "Spalte B ändern" }).click({ timeout: 30_000 });
    await table.getByLabel("Spalte B: Kennzahl", { exact: true }).selectOption({ label: "Erstberatung U25 (EB_U25)" });
    // Applied at once: the sheet read again, its two months are the Erstberatung U25.
    await entry.getByText(/Kennzahlen mit Ist-Werten \(EB_U25\)/).waitFor({ timeout: 60_000 });
    await table.getByText(/^2 Werte aus B2:B3/).waitFor();
    await expectAccessible(page, "table model editor after a change at 350 px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await entry.screenshot({ path: join(shots, "standalone-tabellenmodell-350.png") });
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await page.getByText("Änderungen angewandt, noch nicht gespeichert.").waitFor({ state: "detached", timeout: 60_000 });
    await page.getByRole("button", { name: "Bericht erstellen" }).click();
    await page.getByRole("heading", { name: /^Ergebnis / }).waitFor({ timeout: 60_000 });
    expect(await page.locator("main").innerText()).toMatch(/Erstberatung U25/);
    await context.close();
  });

  it("'Spalten prüfen' on a wide sheet at 350 px: the preview pages through its columns, the pane never scrolls sideways", async () => {
    const { context, page } = await openPane(350);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    const entry = page.locator("li.mapping", { has: page.getByLabel("Art der Quelle im Blatt Grunddaten") });
    await entry.getByRole("button", { name: "Spalten prüfen" }).click({ timeout: 60_000 });
    const preview = page.getByRole("region", { name: "Vorschau der ersten Zeilen von Grunddaten" });
    // Grunddatum, Kürzel, Einheit, 34 months (January 2020 to October 2022) and what stands beside them: far more than fit.
    await preview.getByText(/^Spalten A–[B-E] von (3[7-9]|40)$/).waitFor({ timeout: 30_000 });
    const first = await preview.getByText(/^Spalten A–/).innerText();
    await preview.getByRole("button", { name: "Weitere Spalten ▶" }).click();
    const next = await preview.getByText(/^Spalten [B-F]–/).innerText();
    expect(next).not.toBe(first);
    // At a column's role, the preview turns to the page with that column.
    await page.getByLabel("Rolle der Spalte AK", { exact: true }).focus();
    await preview.getByText(/^Spalten [A-Z]+–A[K-Z] von \d+$|^Spalten A[A-K]–AK von \d+$/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page, "mapping editor of a wide sheet at 350 px");
    await context.close();
  });

  it("downloads an empty template in the standard layout", async () => {
    const { context, page } = await openPane(350);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Vorlage herunterladen (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("Steuerungscockpit – Vorlage.xlsx");
    const file = join(out, "vorlage.xlsx");
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const year = new Date().getFullYear();
    expect(book.worksheets.map((w) => w.name)).toEqual(["Grunddaten", `Ziele ${year}`, `EGT ${year}`, "Qualität"]);
    await page.getByText("Die leere Vorlage wurde heruntergeladen.").waitFor();
    await expectAccessible(page, "template downloaded");
    await context.close();
  });

  it("moves focus to the opened workbook after 'Beispiel laden'", async () => {
    const { context, page } = await openPane(350);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.getByText("Geöffnet: beispiel-jobcenter.xlsx").waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Geöffnet: beispiel-jobcenter.xlsx");
    await context.close();
  });

  // As Excel opens an add-in page: with its host information in the query.
  const AS_EXCEL = "?_host_Info=Excel$Win32$16.01$de-DE$$$$0";

  it("inside Excel with the CDN refused: Office.js from our own server, and the pane waits for Excel with progress", async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "de-DE", bypassCSP: true });
    await context.route(`${OFFICE_HOST}**`, (route) => route.abort());
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    // office.js from our copy asks for Excel's host script beside itself, not on the CDN (office-js-fallback.js).
    const hostScript = page.waitForRequest(`${origin}/office-js/excel-win32-16.01.js`);
    await page.goto(`${origin}/taskpane.html${AS_EXCEL}`);
    await hostScript;
    // No Excel answers Office.onReady here, as on a very slow VDI: progress, and never the standalone mode by itself.
    await page.getByText("Verbindung zu Excel wird hergestellt …").waitFor();
    expect(await page.getByRole("button", { name: "Arbeitsmappe öffnen (.xlsx)" }).count()).toBe(0);
    expect(await page.getByText("Excel hat nicht geantwortet").count()).toBe(0);
    await expectAccessible(page, "waiting for Excel");
    await shot(page, "excel-verbindung-350");
    await context.close();
  });

  it("in a plain browser with the CDN refused: the copy from our own server, standalone at once, and „Über“ says so", async () => {
    const { context, page } = await openPane(350);
    await page.getByRole("button", { name: "Beispiel laden" }).waitFor();
    expect(requests).toContain(`${origin}/office-js/office.js`);
    await page.getByText("Über das Steuerungscockpit").click();
    await page.getByText(/Office\.js kommt aus der mitgelieferten Kopie \(Version [\d.]+\) auf dem Server dieses Add-ins, weil Microsofts Server nicht erreichbar war/).waitFor();
    await context.close();
  });

  it("inside Excel with neither the CDN nor our copy: says Excel is unreachable, and opens files only when asked", async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "de-DE", bypassCSP: true });
    await context.route(`${OFFICE_HOST}**`, (route) => route.abort());
    await context.route(`${origin}/office-js/**`, (route) => route.abort());
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${origin}/taskpane.html${AS_EXCEL}`);
    await page.getByRole("alert").getByText(/Excel ist nicht erreichbar: Office\.js konnte weder von Microsoft noch vom Server dieses Add-ins geladen werden/).waitFor();
    await expectAccessible(page, "office.js unreachable");
    await page.getByRole("button", { name: /Ohne Excel weiterarbeiten/ }).click();
    await page.getByRole("button", { name: "Arbeitsmappe öffnen (.xlsx)" }).waitFor();
    await page.getByText(/Ohne Excel: Office\.js ist nicht geladen/).waitFor();
    await shot(page, "standalone-ohne-office-350");
    await context.close();
  });

  it("in Office with Internet Explorer 11 (its user agent), the pane hands over to the German ES5 page", async () => {
    const context = await browser.newContext({
      viewport: { width: 350, height: 900 },
      locale: "de-DE",
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
    });
    await context.route(`${OFFICE_HOST}**`, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html${AS_EXCEL}`);
    await page.getByRole("heading", { name: "Diese Office-Version kann das Steuerungscockpit nicht ausführen" }).waitFor();
    expect(page.url()).toBe(`${origin}/nicht-unterstuetzt.html${AS_EXCEL}`);
    await page.getByText(`${origin}/taskpane.html`, { exact: true }).waitFor();
    await page.getByText(/Office 2021, Office LTSC 2021 oder neuer/).waitFor();
    await shot(page, "nicht-unterstuetzt-350");
    await context.close();
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
    await page.getByRole("heading", { name: /^Ergebnis/ }).waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("asks only its own origin (and the Office.js host, which it may not reach) for anything", () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith(OFFICE_HOST) && !url.startsWith(OFFICE_JS_TELEMETRY));
    expect(foreign).toEqual([]);
  });

  it("keeps Office.js's telemetry frame inside the page's policy: with the CSP in force nothing leaves for another host", async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: "de-DE" });
    await context.route(`${OFFICE_HOST}**`, (route) => route.abort());
    const page = await context.newPage();
    const sent: string[] = [];
    page.on("request", (request) => sent.push(request.url()));
    await page.goto(`${origin}/taskpane.html`, { waitUntil: "load" });
    await page.getByRole("button", { name: "Beispiel laden" }).waitFor();
    expect(sent).toContain(`${origin}/office-js/office.js`);
    expect(sent.filter((url) => !url.startsWith(origin) && !url.startsWith(OFFICE_HOST))).toEqual([]);
    await context.close();
  });

  it("never puts the user's file on the wire: no request carries a body", () => {
    // Only GETs of the page's own files: the workbook is read from the file picker inside the tab.
    expect(requests.every((url) => !/upload|\.xlsx/i.test(url))).toBe(true);
    expect(readFileSync(SAMPLE).subarray(0, 2).toString()).toBe("PK");
  });
});
