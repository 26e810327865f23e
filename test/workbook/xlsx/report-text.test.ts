/**
 * Text in the report sheets of the .xlsx adapter (issue #24, "the user's file at risk"): characters XML 1.0 forbids
 * never reach a part (Excel's "_xHHHH_" escapes instead, read back as the same text); a label that starts like a
 * formula gets the Text format and Excel's quote prefix, as in the Office adapter; entities are decoded once.
 */
import JSZip from "jszip";
import { excelEscaped, escapeXml, unescapeXml } from "../../../src/workbook/xml-text";
import { attribute } from "../../../src/workbook/xlsx/package/opc";
import { childElements, findContainer, startTagOf } from "../../../src/workbook/xlsx/package/xml-elements";
import { wellFormednessProblem } from "../../../src/workbook/xlsx/package/written-package-check";
import { textContent } from "../../../src/workbook/xlsx/reading/string-items";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { plan, refresh, reportSheet, sheetTags, written } from "./package-fixtures";

const LABELS = ["Ende\uffff", "a\u0001b\u001fc", "_x0041_ bleibt", "_x005F_ auch", "halbes Paar \ud800 hier", "Äöü – €"];

describe("entities", () => {
  it.each([
    ["&#38;lt;", "&lt;"],
    ["&amp;amp;", "&amp;"],
    ["&amp;#65;", "&#65;"],
    ["&lt;&#x41;&#65;&quot;&apos;&gt;", "<AA\"'>"],
    ["&unbekannt; &#x110000;", "&unbekannt; \ufffd"],
  ])("%s is read as %s, decoded once", (xml, text) => {
    expect(unescapeXml(xml)).toBe(text);
  });
});

describe("characters XML forbids", () => {
  it.each(LABELS)("%j is written with Excel's escapes and read back as it was", (label) => {
    const escaped = excelEscaped(label);
    expect(wellFormednessProblem(`<t>${escapeXml(escaped)}</t>`)).toBeUndefined();
    expect(textContent(escapeXml(escaped))).toBe(label);
  });

  it("markup escapes turn them into the replacement character", () => {
    expect(escapeXml("a\u0001b\uffff")).toBe("a\ufffdb\ufffd");
  });

  it("a written part that holds one is a defect of the add-in", () => {
    expect(wellFormednessProblem("<t>\uffff</t>")).toBe("ein Zeichen, das XML nicht erlaubt");
  });

  it("the report sheets of a refresh hold none, and read back with the labels as they were", async () => {
    const input = await written((wb) => (wb.addWorksheet("Daten").getCell("A1").value = 1));
    const cells = [["Kennzahl"], ...LABELS.map((label) => [label])];
    const output = await refresh(input, plan(reportSheet({ cells, styles: [], charts: [], conditionalFormats: [] })));
    const zip = await JSZip.loadAsync(output);
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect([name, wellFormednessProblem(await zip.file(name)!.async("string"))]).toEqual([name, undefined]);
    }
    const read = await (await XlsxWorkbook.fromBuffer(output)).readSheets({ sheets: ["Ziel-Ist-Vergleich"] });
    expect(read.sheets[0].values.map((row) => row[0])).toEqual(["Kennzahl", ...LABELS]);
  });
});

describe("labels that start like a formula", () => {
  it("get the Text format and Excel's quote prefix; other texts neither", async () => {
    const input = await written((wb) => (wb.addWorksheet("Daten").getCell("A1").value = 1));
    const cells = [["Kennzahl"], ["=cmd|' /C calc'!A0"], ["+1"], ["@SUMME(A1)"], ["Integrationsquote"]];
    const zip = await JSZip.loadAsync(await refresh(input, plan(reportSheet({ cells, styles: [], charts: [], conditionalFormats: [] }))));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const id = sheetTags(workbookXml).find((s) => s.name === "Ziel-Ist-Vergleich")!.relationshipId;
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const sheetXml = await zip.file(`xl/${target}`)!.async("string");
    const xfs = childElements(findContainer(await zip.file("xl/styles.xml")!.async("string"), "cellXfs")!.inner).map(startTagOf);
    const formatOf = (cell: string) => {
      const tag = new RegExp(`<c r="${cell}"[^>]*>`).exec(sheetXml)?.[0] ?? "";
      const xf = xfs[Number(attribute(tag, "s") ?? 0)];
      return { numFmtId: attribute(xf, "numFmtId"), quotePrefix: attribute(xf, "quotePrefix") };
    };
    for (const cell of ["A2", "A3", "A4"]) expect([cell, formatOf(cell)]).toEqual([cell, { numFmtId: "49", quotePrefix: "1" }]);
    expect(formatOf("A5").quotePrefix).toBeUndefined();
  });
});
