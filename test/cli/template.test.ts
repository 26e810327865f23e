/** "Vorlage einfügen": the canonical layout as empty sheets; once filled in, the report needs no questions. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const quiet = () => {
  const lines: string[] = [];
  return { io: { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) }, lines };
};

describe("steuerungscockpit vorlage", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-vorlage-"));

  it("inserts the template sheets beside the user's sheets, renaming around existing names", async () => {
    const input = join(dir, "leer.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Qualität").getCell("A1").value = "meine Notizen";
    await wb.xlsx.writeFile(input);
    const c = quiet();
    expect(await main(["vorlage", input, "--out", join(dir, "mit-vorlage.xlsx"), "--year", "2023"], c.io)).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, "mit-vorlage.xlsx"));
    expect(out.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Qualität", "Grunddaten", "Ziele 2023", "EGT 2023", "Qualität (2)"]);
    expect(out.getWorksheet("Qualität")?.getCell("A1").value).toBe("meine Notizen");
    expect(c.lines.join("\n")).toMatch(/gibt es schon und bleibt unverändert/);
    // 2023: the Bürgergeld instruments are in, FbW is still financed by the Jobcenter.
    const egt = JSON.stringify(out.getWorksheet("EGT 2023")?.getSheetValues());
    expect(egt).toContain("Ganzheitliche Betreuung");
    expect(egt).toContain("Förderung der beruflichen Weiterbildung");
  });

  it("once filled in, the report reads it without any question", async () => {
    const path = join(dir, "ausgefuellt.xlsx");
    expect(await main(["vorlage", join(dir, "leer.xlsx"), "--out", path, "--year", "2023"], quiet().io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const grunddaten = wb.getWorksheet("Grunddaten") as ExcelJS.Worksheet;
    // Header row 4: Grunddatum | Kürzel | Jan 22 … Dez 23; fill ELB and Integrationen for Dez 22 … Mär 23.
    const column = (label: string) => (grunddaten.getRow(4).values as unknown[]).indexOf(label);
    const row = (key: string) => [...Array(20).keys()].map((i) => i + 5).find((r) => grunddaten.getCell(r, 2).value === key) as number;
    for (const month of ["Dez 22", "Jan 23", "Feb 23", "Mär 23"]) {
      grunddaten.getCell(row("elb"), column(month)).value = 1000;
      grunddaten.getCell(row("int"), column(month)).value = 20;
    }
    (wb.getWorksheet("Ziele 2023") as ExcelJS.Worksheet).getCell("C4").value = 24;
    await wb.xlsx.writeFile(path);

    const json = join(dir, "bericht.json");
    expect(await main(["report", path, "--out", join(dir, "bericht.xlsx"), "--json", json, "--month", "2023-03"], quiet().io)).toBe(0);
    const k2 = JSON.parse(readFileSync(json, "utf8")).indicators.find((i: { code: string }) => i.code === "K2");
    // JFW March 2023: 3 × 20 integrations ÷ Ø ELB (Dez–Feb) 1.000 = 6,0 %; linear Soll 24 % × 3/12 = 6,0 %.
    expect(k2).toMatchObject({ actual: 6, target: 6, status: "on-track" });
  });
});
