/**
 * The reader counts what it reads itself (read-limits.ts), so that a package that gets past the streaming check —
 * or a caller that skips it — still reads no more than the limits allow. Small limits keep the files tiny; the
 * package is opened directly, without the check in front of it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isSafePartName } from "../../../src/workbook/xlsx/package/opc";
import { assertWellFormed, DocumentTypeDeclared, XmlSyntaxError } from "../../../src/workbook/xlsx/package/xml-tokens";
import { READ_LIMITS } from "../../../src/workbook/xlsx/reading/read-limits";
import { WorkbookPackage } from "../../../src/workbook/xlsx/reading/workbook-package";
import * as corpus from "../../e2e/hostile/breaking-inputs";

const dir = mkdtempSync(join(tmpdir(), "sc-read-limits-"));
const open = (path: string, limits = READ_LIMITS) => WorkbookPackage.open(readFileSync(path), "x.xlsx", { ...READ_LIMITS, ...limits });

describe("cells per workbook, counted by the reader", () => {
  it("counts a part for each <sheet> entry that lists it, and a sheet read twice once", async () => {
    const book = await open(corpus.sheetsSharingOnePart(dir, 3, 2, 5), { ...READ_LIMITS, cells: 25 }); // 3 entries × 10 cells
    const [first, second, third] = book.sheets;
    await book.readSheet(first, false);
    await book.readSheet(second, false);
    await book.readSheet(first, false);
    await expect(book.readSheet(third, false)).rejects.toThrow("Die Datei „x.xlsx“ hat mehr als 25 Zellen (die Grenze wird im Blatt „Blatt 3“ überschritten)");
  });

  it("counts rows per sheet", async () => {
    const book = await open(corpus.sheetsSharingOnePart(dir, 1, 20, 1), { ...READ_LIMITS, rowsPerSheet: 19 });
    await expect(book.readSheet(book.sheets[0], false)).rejects.toThrow("Das Blatt „Blatt 1“ hat 20 Zeilen; gelesen werden höchstens 19 Zeilen je Blatt.");
  });
});

describe("merged ranges", () => {
  it("the same range merged 1.000 times is read as one: only its top-left cell keeps a value", async () => {
    const book = await open(corpus.mergeBomb(dir, 1000, 3, 3));
    const sheet = await book.readSheet(book.sheets[0], false);
    expect(sheet.values).toEqual([[1]]);
  });

  it("overlapping ranges are walked only up to a limit, which the message names", async () => {
    // Ranges that differ (A1:XFD1048576, A2:XFD1048576, …) over 20 rows: each walks what is left of the sheet.
    const path = corpus.overlappingMerges(dir, 20, 20, 5);
    const book = await open(path, { ...READ_LIMITS, mergeCoverage: 500 });
    await expect(book.readSheet(book.sheets[0], false)).rejects.toThrow(
      "Die verbundenen Zellbereiche im Blatt „Daten“ überdecken zusammen mehr als 500 Zellen und Zeilen mit Inhalt (sie überlappen sich, was Excel nicht zulässt)",
    );
    const generous = await open(path);
    expect((await generous.readSheet(generous.sheets[0], false)).values).toEqual([[1]]);
  });

  it("counts merged ranges against the workbook's limit", async () => {
    const book = await open(corpus.mergeBomb(dir, 30, 3, 3), { ...READ_LIMITS, merges: 29 });
    await expect(book.readSheet(book.sheets[0], false)).rejects.toThrow("Die Datei „x.xlsx“ hat mehr als 29 verbundene Zellbereiche (die Grenze wird im Blatt „Daten“ überschritten)");
  });
});

describe("shared strings, counted by the reader", () => {
  it("refuses more strings than allowed", async () => {
    await expect(open(corpus.manySharedStrings(dir, 20), { ...READ_LIMITS, sharedStrings: 19 })).rejects.toThrow("Die Datei „x.xlsx“ hat mehr als 19 verschiedene Texte");
  });

  it("refuses more characters than allowed", async () => {
    await expect(open(corpus.manySharedStrings(dir, 20), { ...READ_LIMITS, sharedStringCharacters: 19 })).rejects.toThrow("Die Texte der Datei „x.xlsx“ haben zusammen mehr als 19 Zeichen");
  });

  it("refuses a DOCTYPE whose entity holds an <sst>, instead of reading that one", async () => {
    await expect(open(corpus.sampleWithDoctypeIn(dir, "dtd.xlsx", "xl/sharedStrings.xml"))).rejects.toThrow(
      "Die Datei „x.xlsx“ enthält im Teil „xl/sharedStrings.xml“ eine Dokumenttyp-Deklaration (DTD)",
    );
  });
});

describe("a row with cells in A and XFD", () => {
  it("is read without walking the columns in between", async () => {
    const book = await open(corpus.firstAndLastColumn(dir, 3));
    const sheet = await book.readSheet(book.sheets[0], false);
    expect(sheet.values).toHaveLength(3);
    expect(sheet.values[0]).toHaveLength(16_384);
    expect([sheet.values[2][0], sheet.values[2][16_383]]).toEqual([1, 2]);
    expect(sheet.values[2].filter((v) => v !== null)).toHaveLength(2);
  });
});

describe("the tokenizer", () => {
  it.each([
    ['<a b="[>=100]0"><![CDATA[<c>]]><!-- <d --><?pi x?></a>', null],
    ["<a><b></a>", "</a> schließt das Element <b> nicht"],
    ["<a>", "das Element <a> ist nicht geschlossen"],
    ["<a></b></a>", "</b> schließt das Element <a> nicht"],
    ["</a>", "</a> schließt kein offenes Element"],
    ["<a><!-- x</a>", "ein Kommentar ist nicht geschlossen"],
    ["<a><![CDATA[ x</a>", "ein CDATA-Abschnitt ist nicht geschlossen"],
    ['<a b="x></a>', "ein Attributwert im Tag <a> ist nicht geschlossen"],
    ["<a b <c/></a>", "das Tag <a> ist nicht geschlossen"],
    ["<a", "das Tag <a> ist nicht geschlossen"],
  ])("%s", (xml, problem) => {
    if (problem === null) expect(() => assertWellFormed(xml, "p.xml")).not.toThrow();
    else expect(() => assertWellFormed(xml, "p.xml")).toThrow(new XmlSyntaxError("p.xml", problem));
  });

  it.each(['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a/>', "<a><!doctype a></a>"])("refuses a document type declaration: %s", (xml) => {
    expect(() => assertWellFormed(xml, "p.xml")).toThrow(DocumentTypeDeclared);
  });
});

describe("part names", () => {
  it.each([
    ["xl/worksheets/sheet1.xml", true],
    ["[Content_Types].xml", true],
    ["xl\\worksheets\\sheet1.xml", true],
    ["xl/", true],
    ["xl\\..\\..\\tmp\\pwned", false],
    ["../pwned", false],
    ["xl/./workbook.xml", false],
    ["/tmp/pwned", false],
    ["\\tmp\\pwned", false],
    ["C:\\pwned", false],
    ["xl//sheet.xml", false],
    ["xl/\u0000.xml", false],
  ])("%s safe: %s", (name, safe) => {
    expect(isSafePartName(name)).toBe(safe);
  });
});
