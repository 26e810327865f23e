/**
 * Opens the demo report in LibreOffice (headless, PDF export) and checks that a person would see the formatted
 * figures: the report is readable without the add-in and without Excel.
 * Needs `soffice` (libreoffice-calc) and `pdftotext` (poppler-utils); .ci/run installs both. Without them the test is
 * skipped locally but fails in CI.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { ReportSummary } from "../../src/report/summary";

const SAMPLE = join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx");
const available = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const haveTools = available("soffice") && available("pdftotext");
const describeIfTools = haveTools || process.env.CI ? describe : describe.skip;

describeIfTools("the report workbook rendered by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-lo-"));
  const xlsx = join(dir, "bericht.xlsx");
  const json = join(dir, "bericht.json");
  let text = "";
  let summary: ReportSummary;

  beforeAll(async () => {
    if (!haveTools) throw new Error("soffice und pdftotext werden für diesen Test benötigt (apt-get install libreoffice-calc poppler-utils).");
    const silent = { out: () => undefined, err: () => undefined };
    expect(await main(["report", SAMPLE, "--out", xlsx, "--json", json], silent)).toBe(0);
    summary = JSON.parse(readFileSync(json, "utf8"));
    const profile = join(dir, "lo-profile");
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], {
      env: { ...process.env, LC_ALL: "de_DE.UTF-8", LANG: "de_DE.UTF-8" },
      timeout: 120_000,
      stdio: "ignore",
    });
    const pdf = join(dir, "bericht.pdf");
    expect(existsSync(pdf)).toBe(true);
    text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  }, 180_000);

  // German or English separators, depending on the locale LibreOffice picked up; the figure is what matters.
  const percentPattern = (value: number) => {
    const fixed = (value).toFixed(1);
    const [int, dec] = fixed.split(".");
    return new RegExp(`${int}[.,]${dec}\\s?%`);
  };
  const groupedPattern = (value: number) => {
    const digits = Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, "[.,  ]?");
    return new RegExp(digits);
  };

  it("prints a footer with sheet, Berichtsmonat, Datenstand and „Seite x von y“ on the report pages", () => {
    expect(text).toMatch(/Ziel-Ist-Vergleich · Berichtsmonat Oktober 2022 · Datenstand 20\.01\.2023\s+Seite \d+ von \d+/);
    expect(text).toMatch(/EGT-Controlling 2022 · Ist Januar–Oktober 2022 · Datenstand 31\.10\.2022\s+Seite \d+ von \d+/);
  });

  it("prints the forecast columns and „Beobachtung“ whole, not cut", () => {
    for (const label of ["Prognose", "Beobachtung", "Ausgaberest (Plan −", "Erwartung", "Jahresende"]) expect(text).toContain(label);
  });

  it("shows the report title and the Berichtsmonat", () => {
    expect(text).toContain("Ziel-Ist-Vergleich");
    expect(text).toContain("Oktober 2022");
  });

  it("shows the Integrationsquote Ist formatted as a percentage with one decimal", () => {
    const k2 = summary.indicators.find((i) => i.code === "K2");
    expect(k2?.actual).not.toBeNull();
    expect(text).toMatch(percentPattern(k2?.actual as number));
  });

  it("shows the traffic-light words of every indicator", () => {
    const labels: Record<string, string> = { "on-track": "im Plan", "at-risk": "gefährdet", "off-track": "verfehlt", monitoring: "Beobachtung", "no-data": "keine Daten" };
    for (const indicator of summary.indicators) expect(text).toContain(labels[indicator.status]);
  });

  it("shows the EGT total with thousands separators", () => {
    expect(text).toContain("EGT-Controlling");
    expect(text).toMatch(groupedPattern(summary.budget?.total.plan as number));
  });
});

/**
 * The report is spliced into the user's own package, so the package's flavour matters: a workbook last saved by
 * LibreOffice (its own styles, string table and part names) gets its report twice over and still opens with the
 * report and the user's figures in it.
 */
describeIfTools("a workbook saved by LibreOffice, refreshed twice", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-lo-flavour-"));
  let text = "";
  let summary: ReportSummary;

  beforeAll(async () => {
    const soffice = (args: string[]) =>
      execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", ...args], { timeout: 120_000, stdio: "ignore" });
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "lo"), SAMPLE]);
    const saved = join(dir, "lo", "beispiel-jobcenter.xlsx");
    const silent = { out: () => undefined, err: () => undefined };
    expect(await main(["report", saved, "--out", join(dir, "erster.xlsx")], silent)).toBe(0);
    expect(await main(["report", join(dir, "erster.xlsx"), "--out", join(dir, "zweiter.xlsx"), "--json", join(dir, "zweiter.json")], silent)).toBe(0);
    summary = JSON.parse(readFileSync(join(dir, "zweiter.json"), "utf8"));
    soffice(["--convert-to", "pdf", "--outdir", dir, join(dir, "zweiter.xlsx")]);
    text = execFileSync("pdftotext", ["-layout", join(dir, "zweiter.pdf"), "-"], { encoding: "utf8" });
  }, 240_000);

  it("holds each report sheet once, and LibreOffice shows the Integrationsquote and the user's Grunddaten", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "zweiter.xlsx")));
    const names = [...((await zip.file("xl/workbook.xml")?.async("string")) ?? "").matchAll(/<sheet\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]);
    for (const report of ["Ziel-Ist-Vergleich", "Kennzahlen §48a", "Bearbeitungszeiten", "EGT-Controlling"]) expect(names.filter((n) => n === report)).toHaveLength(1);
    expect(names).toHaveLength(11); // the sample's seven sheets and four report sheets (the state is a custom XML part)
    const k2 = summary.indicators.find((i) => i.code === "K2")?.actual as number;
    expect(text).toMatch(new RegExp(`${(k2).toFixed(1).replace(".", "[.,]")}\\s?%`));
    expect(text).toContain("Grunddaten");
  });
});
