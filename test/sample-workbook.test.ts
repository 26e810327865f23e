/**
 * The bundled sample workbook: what the reader relies on, and that `npm run sample` regenerates the same content.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSampleWorkbook } from "../scripts/make-sample-workbook";

const SAMPLE = join(__dirname, "..", "assets", "beispiel-jobcenter.xlsx");

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const num = (v: ExcelJS.CellValue) => (typeof v === "number" ? v : NaN);

describe("assets/beispiel-jobcenter.xlsx", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await open(SAMPLE);
  });

  it("has the sheets a controller keeps", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hinweise", "Grunddaten", "Ziele 2022", "EGT 2022", "EGT Monatswerte", "Qualität", "Fälle Leistungsanträge"]);
  });

  it("Grunddaten: 36 month columns Jan 2020 … Dez 2022, reported through October 2022, November and December empty", () => {
    const ws = wb.getWorksheet("Grunddaten") as ExcelJS.Worksheet;
    const first = ws.getCell(4, 4).value as Date;
    const last = ws.getCell(4, 39).value as Date;
    expect(first.toISOString().slice(0, 7)).toBe("2020-01");
    expect(last.toISOString().slice(0, 7)).toBe("2022-12");
    expect(ws.getCell(5, 37).value).toEqual(expect.any(Number)); // Oct 2022
    expect(ws.getCell(5, 38).value).toBeNull(); // Nov 2022: not yet reported
  });

  it("women and men add up to the totals in every reported month", () => {
    const ws = wb.getWorksheet("Grunddaten") as ExcelJS.Worksheet;
    const row = (key: string) => {
      for (let r = 5; r < 20; r++) if (ws.getCell(r, 2).value === key) return r;
      throw new Error(key);
    };
    for (let c = 4; c < 38; c++) {
      expect(num(ws.getCell(row("elb_f"), c).value) + num(ws.getCell(row("elb_m"), c).value)).toBe(num(ws.getCell(row("elb"), c).value));
      expect(num(ws.getCell(row("int_f"), c).value) + num(ws.getCell(row("int_m"), c).value)).toBe(num(ws.getCell(row("int"), c).value));
    }
  });

  it("EGT 2022: the Mittelherleitung ends at the AmIP's 3.083.000 €, plans sum to 6.488.398 €, subtotals match", () => {
    const ws = wb.getWorksheet("EGT 2022") as ExcelJS.Worksheet;
    const [a, u, b, r, n] = [5, 6, 7, 8, 9].map((row) => num(ws.getCell(row, 2).value));
    expect(a).toBe(8_388_398);
    expect(a - u - b - r).toBe(n);
    expect(n).toBe(3_083_000);
    let planSum = 0;
    let categorySum = 0;
    let totalRowPlan = NaN;
    ws.eachRow((row, r) => {
      if (r < 12) return;
      const label = String(row.getCell(1).value ?? "");
      const plan = num(row.getCell(3).value);
      if (label.startsWith("Summe")) {
        expect(plan).toBe(categorySum);
        categorySum = 0;
      } else if (label === "Gesamt") totalRowPlan = plan;
      else if (!Number.isNaN(plan)) {
        planSum += plan;
        categorySum += plan;
      }
    });
    expect(planSum).toBe(6_488_398);
    expect(totalRowPlan).toBe(planSum);
  });

  it("the cumulative monthly Ist ends in October at the instruments' Ist Jan–Okt", () => {
    const months = wb.getWorksheet("EGT Monatswerte") as ExcelJS.Worksheet;
    const budget = wb.getWorksheet("EGT 2022") as ExcelJS.Worksheet;
    let total = NaN;
    budget.eachRow((row) => {
      if (row.getCell(1).value === "Gesamt") total = num(row.getCell(4).value);
    });
    expect(months.getCell("A13").value).toBe("Oktober 2022");
    expect(num(months.getCell("B13").value)).toBe(total);
  });

  it("is regenerated with the same content by the script", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sc-sample-")), "neu.xlsx");
    await writeSampleWorkbook(path);
    const fresh = await open(path);
    for (const sheet of wb.worksheets) {
      expect(JSON.stringify(fresh.getWorksheet(sheet.name)?.getSheetValues())).toBe(JSON.stringify(sheet.getSheetValues()));
    }
  });
});
