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
    const labels: Record<string, string> = { "on-track": "im Plan", "at-risk": "gefährdet", "off-track": "verfehlt", "no-data": "keine Daten" };
    for (const indicator of summary.indicators) expect(text).toContain(labels[indicator.status]);
  });

  it("shows the EGT total with thousands separators", () => {
    expect(text).toContain("EGT-Controlling");
    expect(text).toMatch(groupedPattern(summary.budget?.total.plan as number));
  });
});
