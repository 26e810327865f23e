/**
 * Benchmark: the largest request and response (UTF-8 bytes, measured by the fake Excel's payload meter) of a full
 * Office.js refresh — readSheets, computeReport, render — on
 *  1. the scale workbook (scripts/make-scale-workbook.ts: 100.000 case rows, 5.000 budget lines), and
 *  2. a 60.000 × 8 case list with long German texts (umlauts, dashes: two and three bytes a character).
 * Target: every request and response below 4 MB (Excel on the web refuses above 5 MB). The fake enforces the 5 MB
 * limit, so a refresh above it fails here. Run with `npx ts-node --transpile-only bench/office-payload.bench.ts`.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeReport } from "../src/pipeline/run-report";
import { createOfficeWorkbook } from "../src/workbook/office";
import type { WorkbookRead } from "../src/workbook/port";
import { XlsxWorkbook } from "../src/workbook/xlsx";
import { REPORT_MONTH, SCALE_WORKBOOK, writeScaleWorkbook } from "../scripts/make-scale-workbook";
import { FakeWorkbook } from "../test/workbook/office/fake-excel";
import { meteredRunner } from "./office-meter";
import { recordResult } from "./record-result";

const TARGET = 4_000_000;

async function refresh(book: FakeWorkbook, reportMonth: string) {
  const meter = meteredRunner(book);
  const port = createOfficeWorkbook({ run: meter.run, supports: () => true });
  const read = await port.readSheets({ numberFormats: true });
  const readRequests = meter.take();
  const built = computeReport(read, { reportMonth });
  if (built.plan.sheets.length > 0) await port.render(built.plan);
  const renderRequests = meter.take();
  const largest = (list: typeof readRequests, key: "requestBytes" | "responseBytes") => Math.max(0, ...list.map((r) => r[key]));
  return {
    syncs: { read: readRequests.length, render: renderRequests.length },
    reportSheets: built.plan.sheets.length,
    largestRequestBytes: Math.max(largest(readRequests, "requestBytes"), largest(renderRequests, "requestBytes")),
    largestResponseBytes: Math.max(largest(readRequests, "responseBytes"), largest(renderRequests, "responseBytes")),
  };
}

function fakeOf(read: WorkbookRead): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const sheet of read.sheets) {
    const fake = book.addSheet(sheet.name, []);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        fake.seed(sheet.origin.row + r, sheet.origin.col + c, value);
        const format = sheet.numberFormats?.[r]?.[c];
        if (format && format !== "General") fake.cell(sheet.origin.row + r, sheet.origin.col + c).numberFormat = format;
      }),
    );
  }
  return book;
}

/** 60.000 cases in the layout the case-list reader knows, with long German remarks. */
function germanCaseList(): FakeWorkbook {
  const book = new FakeWorkbook();
  const serial = (day: number) => 44_564 + day; // 2022-01-03 + day
  const rows: unknown[][] = [["Aktenzeichen", "Antragsart", "Antragseingang", "Bescheid", "Sachbearbeitung", "Team", "Bemerkung", "Status"]];
  for (let i = 0; i < 60_000; i++) {
    const received = serial(i % 290);
    rows.push([
      `LA-${String(i).padStart(6, "0")}`,
      i % 7 ? "Weiterbewilligung" : "Neuantrag",
      received,
      i % 31 ? received + (i % 30) : null,
      ["Müller-Lüdenscheidt", "Schäfer", "Özdemir", "Weiß"][i % 4],
      ["Team Süd-Ost", "Team Nord – Leistung", "Eingangszone"][i % 3],
      `Änderungsmitteilung zur Bedarfsgemeinschaft geprüft – Rückfrage zu Einkünften aus Nebentätigkeit (Fall ${i}), Unterlagen vollständig`,
      i % 31 ? "abgeschlossen" : "in Bearbeitung",
    ]);
  }
  const sheet = book.addSheet("Fälle Leistungsanträge", rows);
  for (let r = 1; r <= 60_000; r++) for (const c of [2, 3]) if (sheet.cells.has(`${r}:${c}`)) sheet.cell(r, c).numberFormat = "dd.mm.yyyy";
  return book;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sc-bench-payload-"));
  const path = join(dir, "skalierung-jobcenter.xlsx");
  await writeScaleWorkbook(path, SCALE_WORKBOOK);
  const scaleRead = await (await XlsxWorkbook.fromBuffer(readFileSync(path))).readSheets({ numberFormats: true });
  const scale = await refresh(fakeOf(scaleRead), REPORT_MONTH);
  const cases = await refresh(germanCaseList(), "2022-10");
  const result = {
    scaleWorkbook: scale,
    germanCaseList60k: cases,
    targetBytes: TARGET,
    everyPayloadBelowTarget: [scale, cases].every((r) => r.largestRequestBytes < TARGET && r.largestResponseBytes < TARGET),
  };
  recordResult("officePayload", result);
  const mb = (n: number) => (n / 1e6).toFixed(2).replace(".", ",");
  for (const [name, r] of [["Skalierungsarbeitsmappe", scale], ["Fallliste 60.000 × 8, lange deutsche Texte", cases]] as const) {
    process.stdout.write(`${name}: größte Anfrage ${mb(r.largestRequestBytes)} MB, größte Antwort ${mb(r.largestResponseBytes)} MB, syncs ${r.syncs.read} + ${r.syncs.render}, ${r.reportSheets} Berichtsblätter\n`);
  }
  if (!result.everyPayloadBelowTarget) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
