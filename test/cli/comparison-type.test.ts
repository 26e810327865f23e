/**
 * `--vergleichstyp` on real .xlsx files: a wrong type is refused before the workbook is opened (exit 2, German); a
 * right one is used when the table does not type the own Jobcenter, and the printed summary says which group the
 * ranks are in — also when the table's own type overrode the choice.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { USAGE } from "../../src/cli/arguments";
import type { SheetRead } from "../../src/workbook/port";
import { crossSectionSheet, FIRST_DATA_ROW, OWN } from "../fixtures/cross-section-table";
import { summarySchemaErrors } from "../fixtures/summary-schema";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function writeTable(dir: string, name: string, table: SheetRead): Promise<string> {
  const path = join(dir, name);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(table.name);
  for (const row of table.values) ws.addRow(row);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

describe("steuerungscockpit report --vergleichstyp", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-type-"));
  const typed = crossSectionSheet();
  // The own row's Vergleichstyp cell left empty: the table types every other Jobcenter.
  const ownUntyped = { ...typed, values: typed.values.map((row, r) => (r === FIRST_DATA_ROW ? row.map((v, c) => (c === 3 ? "" : v)) : row)) };

  it("is in the help text", () => {
    expect(USAGE).toContain("--vergleichstyp <Typ>");
    expect(USAGE).toMatch(/--vergleichstyp\s+der SGB II-Vergleichstyp des eigenen Jobcenters/);
  });

  it("refuses a type the typology does not have, naming what it accepts, before opening the file", async () => {
    const { io, err } = capture();
    expect(await main(["report", join(dir, "gibt-es-nicht.xlsx"), "--jobcenter", "03353", "--vergleichstyp", "IV"], io)).toBe(2);
    expect(err.join("\n")).toContain("„IV“ ist kein SGB II-Vergleichstyp (Typ 1 bis Typ 15 oder Ia bis IIIe, z. B. IIIb).");
  });

  it("compares with the chosen type when the table has none for the own Jobcenter, and prints the places", async () => {
    expect(ownUntyped.values[FIRST_DATA_ROW][1]).toBe(OWN.name);
    const input = await writeTable(dir, "ohne-eigenen-typ.xlsx", ownUntyped);
    const json = join(dir, "ohne-eigenen-typ.json");
    const { io, out } = capture();
    expect(await main(["report", input, "--out", join(dir, "b1.xlsx"), "--json", json, "--jobcenter", "Harburg", "--vergleichstyp", "Typ 8"], io)).toBe(0);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summarySchemaErrors(summary)).toEqual([]);
    expect(summary.comparison.find((c: { code: string }) => c.code === "K2")).toMatchObject({ peerGroup: "Typ 8", peerGroupSource: "chosen", rank: 2, quartile: 1 });
    // K1: Harburg has no value ("."); K2 and K3 rank 2 of the six with a value (test/domain/peers.test.ts).
    expect(out.join("\n")).toContain("Vergleich Juni 2024 mit Vergleichstyp Typ 8 (gewählt): K1 ohne Rang · K2 Rang 2 von 6 (1. Quartil) · K3 Rang 2 von 6 (1. Quartil)");
  });

  it("says on the terminal when the table's own type overrides the choice", async () => {
    const input = await writeTable(dir, "mit-typ.xlsx", typed);
    const { io, out } = capture();
    expect(await main(["report", input, "--out", join(dir, "b2.xlsx"), "--jobcenter", "03353", "--vergleichstyp", "IIIb"], io)).toBe(0);
    expect(out.join("\n")).toContain("mit Vergleichstyp Typ 8 (aus der Tabelle; --vergleichstyp IIIb nicht angewendet)");
  });

  it("remembers the own Jobcenter and the chosen type in the output: its next run needs neither flag", async () => {
    const input = await writeTable(dir, "merken.xlsx", ownUntyped);
    const first = join(dir, "merken-bericht.xlsx");
    expect(await main(["report", input, "--out", first, "--jobcenter", "Harburg", "--vergleichstyp", "Typ 8"], capture().io)).toBe(0);
    const json = join(dir, "merken-2.json");
    const { io, out } = capture();
    expect(await main(["report", first, "--out", join(dir, "merken-bericht-2.xlsx"), "--json", json], io)).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).comparison.find((c: { code: string }) => c.code === "K2")).toMatchObject({ peerGroup: "Typ 8", peerGroupSource: "chosen", rank: 2 });
    expect(out.join("\n")).toContain("mit Vergleichstyp Typ 8 (gewählt)");
  });
});
