/**
 * Issue 16, defect 11 under Office.js, on the fake (custom XML parts as the Office.js reference defines them): the
 * add-in state goes into its custom XML part in the syncs a refresh makes anyway; a workbook whose state is still in
 * workbook.settings is read from there, and the next write moves it into the part and deletes the setting; below
 * ExcelApi 1.5 the settings stay the store, and the user is told.
 */
import { MARKS_IN_USE_SETTING } from "../../../src/workbook/ownership-mark";
import type { ReportPlan } from "../../../src/report/plan";
import { createOfficeWorkbook } from "../../../src/workbook/office";
import { stateXml } from "../../../src/workbook/state-part";
import { fakeRunner, FakeWorkbook } from "./fake-excel";
import { storedState } from "./stored-state";

const all = () => true;
const upTo14 = (version: string) => Number(version.split(".")[1]) <= 4;
const SETTINGS_KEY = "steuerungscockpit.state";
const REPORT = "Ziel-Ist-Vergleich";

const plan = (settings?: Record<string, string>): ReportPlan => ({
  sheets: [{ key: "ziel-ist-vergleich", name: REPORT, cells: [[REPORT], ["Kennzahl", "Ist"], ["ELB", 7490]], styles: [], columnWidths: [30, 12], freeze: { rows: 2, cols: 1 }, conditionalFormats: [], charts: [] }],
  ...(settings ? { settings } : {}),
});

function workbook(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("Grunddaten", [["Grunddatum", "Jan 22"], ["ELB", 7490]]);
  return book;
}

describe("the add-in state in its custom XML part", () => {
  it("is written with the report, read back, and refreshed in place, in the same number of syncs as before", async () => {
    const book = workbook();
    const runner = fakeRunner(book);
    const port = createOfficeWorkbook({ run: runner.run, supports: all });
    await port.render(plan({ quellen: "[bestätigt]" }));
    expect(runner.lastSyncs()).toBe(4);
    expect(storedState(book)).toEqual({ ownedSheets: { "ziel-ist-vergleich": REPORT }, settings: { quellen: "[bestätigt]", [MARKS_IN_USE_SETTING]: "1" } });
    expect(book.settingsStore.size).toBe(0);

    await port.render(plan());
    expect(runner.lastSyncs()).toBe(4);
    const read = await port.readSheets({});
    expect(runner.lastSyncs()).toBe(3);
    expect(read.state.settings.quellen).toBe("[bestätigt]");
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
    expect(book.customXmlParts).toHaveLength(1);
  });

  it("is read from a part Excel hands back with a declaration of its own", async () => {
    const book = workbook();
    book.addSheet(REPORT, [["alt"]]);
    book.addCustomXmlPart(`<?xml version="1.0" encoding="utf-8"?>${stateXml({ ownedSheets: { "ziel-ist-vergleich": REPORT }, settings: { berichtsmonat: "2022-05" } })}`);
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: all });
    expect((await port.readSheets({})).state.settings.berichtsmonat).toBe("2022-05");
    await port.render(plan());
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
  });
});

describe("two parts of ours (two panes adding the part in the same first refresh)", () => {
  it("are read as the first readable one, and the next refresh leaves one, without „(2)“ copies", async () => {
    const book = workbook();
    book.addSheet(REPORT, [["alt"]]);
    book.addCustomXmlPart(`<state xmlns="urn:steuerungscockpit:state:1">{"ownedSheets":</state>`);
    book.addCustomXmlPart(stateXml({ ownedSheets: { "ziel-ist-vergleich": REPORT }, settings: { quellen: "[bestätigt]" } }));
    book.addCustomXmlPart(stateXml({ ownedSheets: {}, settings: {} }));
    const runner = fakeRunner(book);
    const port = createOfficeWorkbook({ run: runner.run, supports: all });
    expect((await port.readSheets({})).state.settings.quellen).toBe("[bestätigt]");
    expect(runner.lastSyncs()).toBe(3);
    await port.render(plan());
    expect(runner.lastSyncs()).toBe(4);
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
    expect(book.customXmlParts).toHaveLength(1);
    expect(storedState(book)?.settings.quellen).toBe("[bestätigt]");
  });
});

describe("a workbook whose state is still in workbook.settings (the add-in before the part)", () => {
  it("is read from the settings; the next write moves the state into the part and deletes the setting, without „(2)“ copies", async () => {
    const book = workbook();
    book.addSheet(REPORT, [["alter Bericht"]]);
    book.settingsStore.set(SETTINGS_KEY, JSON.stringify({ ownedSheets: { "ziel-ist-vergleich": REPORT }, settings: { quellen: "[bestätigt]" } }));
    const runner = fakeRunner(book);
    const port = createOfficeWorkbook({ run: runner.run, supports: all });
    expect((await port.readSheets({})).state.settings.quellen).toBe("[bestätigt]");

    await port.render(plan({ berichtsmonat: "2022-02" }));
    expect(runner.lastSyncs()).toBe(4);
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
    expect(book.settingsStore.has(SETTINGS_KEY)).toBe(false);
    expect(storedState(book)).toEqual({ ownedSheets: { "ziel-ist-vergleich": REPORT }, settings: { quellen: "[bestätigt]", berichtsmonat: "2022-02", [MARKS_IN_USE_SETTING]: "1" } });

    await port.render(plan());
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
    expect(book.customXmlParts).toHaveLength(1);
  });

  it("stays in the settings below ExcelApi 1.5, and the user learns what that costs", async () => {
    const book = workbook();
    const port = createOfficeWorkbook({ run: fakeRunner(book).run, supports: upTo14 });
    const result = await port.render(plan({ quellen: "[bestätigt]" }));
    expect(book.customXmlParts).toEqual([]);
    expect(JSON.parse(book.settingsStore.get(SETTINGS_KEY) ?? "{}")).toEqual({ ownedSheets: { "ziel-ist-vergleich": REPORT }, settings: { quellen: "[bestätigt]", [MARKS_IN_USE_SETTING]: "1" } });
    expect(result.notices.join(" ")).toMatch(/nur für Excel.*Befehlszeile/);
    await port.render(plan());
    expect(book.worksheets.items.map((s) => s.name)).toEqual(["Grunddaten", REPORT]);
  });
});

describe("the fake's custom XML parts (ref excel.customxmlpart*.yml)", () => {
  it("finds the only part of a namespace, and none when there are two", async () => {
    const book = new FakeWorkbook();
    book.addCustomXmlPart(`<a xmlns="urn:a">1</a>`);
    book.addCustomXmlPart(`<b:b xmlns:b="urn:b">2</b:b>`);
    const found = async () => {
      const results: Array<string | null> = [];
      await fakeRunner(book).run(async (context) => {
        const parts = ["urn:a", "urn:b"].map((ns) => context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject());
        await context.sync();
        const xml = parts.map((p) => (p.isNullObject ? null : p.getXml()));
        await context.sync();
        results.push(...xml.map((x) => (x ? x.value : null)));
      });
      return results;
    };
    expect(await found()).toEqual([`<a xmlns="urn:a">1</a>`, `<b:b xmlns:b="urn:b">2</b:b>`]);
    book.addCustomXmlPart(`<a xmlns="urn:a">zwei</a>`);
    expect(await found()).toEqual([null, `<b:b xmlns:b="urn:b">2</b:b>`]);
  });

  it("lists the parts of a namespace as its items", async () => {
    const book = new FakeWorkbook();
    book.addCustomXmlPart(`<a xmlns="urn:a">1</a>`);
    book.addCustomXmlPart(`<b xmlns="urn:b">2</b>`);
    book.addCustomXmlPart(`<a xmlns="urn:a">3</a>`);
    await fakeRunner(book).run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace("urn:a").load("items/id");
      await context.sync();
      const xml = scoped.items.map((part) => part.getXml());
      await context.sync();
      expect(xml.map((x) => x.value)).toEqual([`<a xmlns="urn:a">1</a>`, `<a xmlns="urn:a">3</a>`]);
    });
  });

  it("gives getXml's value only after the sync, and refuses XML that is not well-formed", async () => {
    const book = new FakeWorkbook();
    book.addCustomXmlPart(`<a xmlns="urn:a">1</a>`);
    await fakeRunner(book).run(async (context) => {
      const part = context.workbook.customXmlParts.getByNamespace("urn:a").getOnlyItemOrNullObject();
      await context.sync();
      const xml = part.getXml();
      expect(() => xml.value).toThrow(/after context.sync/);
      await context.sync();
      expect(xml.value).toBe(`<a xmlns="urn:a">1</a>`);
      context.workbook.customXmlParts.add("<a xmlns='urn:a'>offen");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(book.customXmlPartXml("urn:a")).toBe(`<a xmlns="urn:a">1</a>`);
  });
});
