/**
 * The inputs that broke the reader or the CLI (issue #24, "inputs that break it", cases 1–8 and 10), generated into a
 * temp dir (hostile/breaking-inputs.ts), end to end through the CLI in this process. Each must end with a German
 * message that names what exceeded which limit, or with a correct report; the input stays unchanged and a refusal
 * writes nothing. What each costs (time, peak memory) is measured as a whole process by bench/hostile.bench.ts, not
 * here: a loaded machine must not fail a test that is about behaviour.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import * as corpus from "./hostile/breaking-inputs";
import { SAMPLE } from "./hostile/generate";

const dir = mkdtempSync(join(tmpdir(), "sc-hostile-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  text: string;
  output: string;
  json: string;
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
let runs = 0;

async function report(input: string, ...args: string[]): Promise<Run> {
  const n = ++runs;
  const output = join(dir, `bericht-${n}.xlsx`);
  const json = join(dir, `bericht-${n}.json`);
  const before = sha(input);
  const lines: string[] = [];
  const code = await main(["report", input, "--out", output, "--json", json, ...args], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  const text = lines.join("\n");
  expect(sha(input)).toBe(before);
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(text).not.toMatch(/NaN|undefined|\[object Object\]|0x1fffffe8|Cannot /);
  return { code, text, output, json };
}

async function expectRefused(input: string, message: RegExp): Promise<void> {
  const run = await report(input);
  expect(run.text).toMatch(/^Fehler: /);
  expect(run.text).toMatch(message);
  expect(run.code).toBe(1);
  expect(existsSync(run.output)).toBe(false);
}

const figures = (path: string) => {
  const s = JSON.parse(readFileSync(path, "utf8"));
  return { reportMonth: s.reportMonth, indicators: s.indicators, kennzahlen: s.kennzahlen, budget: s.budget };
};

describe("1: row and column numbers beyond Excel's sheet are refused when they are read", () => {
  it.each([
    ["A99999999999999999999", /Das Blatt „Daten“ nennt die Zelle „A99999999999999999999“ außerhalb dessen, was ein Excel-Blatt hat \(A1 bis XFD1048576/],
    ["A1048577", /nennt die Zelle „A1048577“ außerhalb/],
    ["XFE1", /nennt die Zelle „XFE1“ außerhalb/],
    ["AAAA1", /nennt die Zelle „AAAA1“ außerhalb/],
  ])("a cell at %s", async (reference, message) => {
    await expectRefused(corpus.singleCellAt(dir, `zelle-${reference}.xlsx`, reference), message);
  });

  it("a row numbered beyond 1.048.576", async () => {
    await expectRefused(corpus.rowNumbered(dir, "zeile.xlsx", "99999999999999999999"), /Das Blatt „Daten“ nennt die Zeile „99999999999999999999“ außerhalb/);
  });
});

describe("2: unclosed tags and comments are found in one pass", () => {
  it.each([
    ["60.000 unclosed <c>", () => corpus.unclosedCells(dir, 60_000), /„offene-zellen-60000\.xlsx“ ist beschädigt \(Teil „xl\/worksheets\/sheet1\.xml“: <\/row> schließt das Element <c> nicht\)/],
    ["200.000 unclosed <c>", () => corpus.unclosedCells(dir, 200_000), /„offene-zellen-200000\.xlsx“ ist beschädigt \(Teil „xl\/worksheets\/sheet1\.xml“/],
    ["200.000 unclosed comments", () => corpus.unclosedComments(dir, 200_000), /ist beschädigt \(Teil „xl\/worksheets\/sheet1\.xml“: ein Kommentar ist nicht geschlossen\)/],
  ])("%s", async (_label, make, message) => {
    await expectRefused(make(), message);
  });
});

describe("3: merged ranges", () => {
  it("1.000 × the whole sheet merged over 500.000 cells is read once: only A1 keeps its value, so there is nothing to report", async () => {
    const run = await report(corpus.mergeBomb(dir, 1000, 50_000, 10));
    expect(run.code).toBe(1);
    expect(run.text).toMatch(/^Fehler: In der Arbeitsmappe wurden weder Grunddaten noch Budgetdaten erkannt/);
  });

  it("one merged range per row of a case list is read", async () => {
    const run = await report(corpus.mergePerRow(dir, 100_000));
    expect(run.text).toMatch(/weder Grunddaten noch Budgetdaten/);
  });
});

describe("4: the cell limit counts what is read, whichever way the package is written", () => {
  it("41 <sheet> entries on one part of 700.000 cells count 41 times", async () => {
    await expectRefused(
      corpus.sheetsSharingOnePart(dir, 41, 70_000, 10),
      /„ein-teil-41-blaetter\.xlsx“ hat mehr als 750\.000 Zellen \(die Grenze wird im Blatt „Blatt 1“ überschritten\); gelesen werden höchstens 750\.000/,
    );
  });

  it("a part named in another case than its relationship is counted", async () => {
    await expectRefused(corpus.partNamedInOtherCase(dir, 80_000, 10), /„gross-klein\.xlsx“ hat mehr als 750\.000 Zellen \(die Grenze wird im Blatt „Daten“ überschritten\)/);
  });

  it("<c-x> elements are no cells, and a <c-x> closed by </c> is no well-formed part", async () => {
    await expectRefused(corpus.dashedCellTags(dir, 80_000, 10), /„c-x\.xlsx“ ist beschädigt \(Teil „xl\/worksheets\/sheet1\.xml“: <\/c> schließt das Element <c-x> nicht\)/);
  });
});

describe("5: number formats", () => {
  it("a 10.000-character number format is refused, naming Excel's 255", async () => {
    await expectRefused(corpus.longNumberFormat(dir, 10_000, 1000, 10), /„format-10000\.xlsx“ hat ein Zahlenformat mit 10\.000 Zeichen; Excel erlaubt höchstens 255 Zeichen je Zahlenformat/);
  });

  it("a 255-character number format is read", async () => {
    const run = await report(corpus.longNumberFormat(dir, 255, 1000, 10));
    expect(run.text).toMatch(/weder Grunddaten noch Budgetdaten/);
  });
});

describe("6: part sizes and shared strings", () => {
  it("1.000 MB of whitespace in one part is refused by the part limit, below V8's longest string", async () => {
    await expectRefused(
      corpus.whitespacePart(dir, 1000),
      /„leerzeichen-1000mb\.xlsx“ hat einen Teil \(„xl\/worksheets\/sheet1\.xml“\), der entpackt mehr als 128 MB groß ist; gelesen werden höchstens 128 MB je Teil/,
    );
  });

  it("5.000.000 shared strings are refused by the string limit", async () => {
    await expectRefused(corpus.manySharedStrings(dir, 5_000_000), /„texte-5000000\.xlsx“ hat mehr als 1\.000\.000 verschiedene Texte; gelesen werden höchstens 1\.000\.000/);
  });
});

describe("7: document type declarations and the entry count", () => {
  it.each([
    ["sharedStrings, with an <sst> inside its entity", "xl/sharedStrings.xml"],
    ["a worksheet", "xl/worksheets/sheet2.xml"],
    ["the styles", "xl/styles.xml"],
    ["a part the report never reads (docProps/app.xml)", "docProps/app.xml"],
  ])("a DOCTYPE in %s is refused", async (_label, part) => {
    const input = corpus.sampleWithDoctypeIn(dir, `dtd-${part.replace(/\W/g, "-")}.xlsx`, part);
    await expectRefused(input, new RegExp(`enthält im Teil „${part.replace(/[./]/g, "\\$&")}“ eine Dokumenttyp-Deklaration \\(DTD\\), die das Dateiformat nicht erlaubt`));
  });

  it("50.100 entries are refused naming the entry count", async () => {
    await expectRefused(corpus.manyEntries(dir, 50_100), /„teile-50100\.xlsx“ besteht aus 50\.100 Teilen; gelesen werden höchstens 50\.000/);
  });
});

describe("8: entry names that climb out of the package", () => {
  it.each([
    ["xl\\..\\..\\tmp\\pwned", "rueckwaerts.xlsx"],
    ["/tmp/pwned", "absolut.xlsx"],
    ["xl/../../tmp/pwned", "punkte.xlsx"],
    ["C:\\pwned", "laufwerk.xlsx"],
  ])("%s is refused and nothing is written", async (entry, fileName) => {
    const quoted = entry.replace(/[.\\/]/g, "\\$&");
    await expectRefused(corpus.sampleWithEntryNamed(dir, fileName, entry), new RegExp(`enthält einen Teil mit dem unzulässigen Namen „${quoted}“`));
  });
});

describe("10: a huge mapping file", () => {
  it("is refused by its size before it is read", async () => {
    const input = join(dir, "beispiel.xlsx");
    copyFileSync(SAMPLE, input);
    const run = await report(input, "--zuordnung", corpus.hugeMappingFile(dir, 204, true));
    expect(run.code).toBe(2);
    expect(run.text).toMatch(/^Fehler: Die Zuordnungsdatei „.*zuordnung-204mb\.json“ ist 204 MB groß; gelesen werden höchstens 16 MB\./);
    expect(existsSync(run.output)).toBe(false);
  });
});

describe("workbooks Excel opens are not refused by a limit below Excel's", () => {
  it("the sample with 1.024 sheets gives the sample's report", async () => {
    const input = join(dir, "beispiel-1.xlsx");
    copyFileSync(SAMPLE, input);
    const clean = await report(input);
    expect(clean.code).toBe(0);
    const run = await report(corpus.sampleWithSheets(dir, 1024));
    expect(run.code).toBe(0);
    expect(figures(run.json)).toEqual(figures(clean.json));
  });

  it("an OpenDocument spreadsheet named .xlsx is called that, not damaged", async () => {
    await expectRefused(corpus.openDocumentAsXlsx(dir), /„tabelle\.xlsx“ ist eine OpenDocument-Tabelle \(\.ods\) mit der Endung \.xlsx, keine Excel-Arbeitsmappe\. Bitte in LibreOffice oder Excel öffnen/);
  });
});
