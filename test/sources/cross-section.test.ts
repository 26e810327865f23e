/**
 * Reading the published all-Jobcenter tables a controller downloads (domain.md §5.1): one row per Jobcenter with its
 * Vergleichstyp, Land and Bund rows that are not peers, missing marks that are never 0, the Berichtsmonat from the
 * title, and the choice of the own Jobcenter by key or name.
 */
import { a1 } from "../../src/sources/a1";
import { chooseJobcenter, combineMonths, jobcenterChoiceHint, ownPublishedValues, readCrossSection } from "../../src/sources/cross-section";
import { SheetGrid } from "../../src/sources/sheet-grid";
import type { RawCell } from "../../src/workbook/port";
import { CODES, crossSectionSheet, FIRST_DATA_ROW, JOBCENTER_COUNT } from "../fixtures/cross-section-table";
import { grunddatenSheet, sheet } from "../fixtures/workbook-read";

const read = (values: RawCell[][], name = "Tabelle", extra = {}) => readCrossSection(new SheetGrid(sheet(name, values, extra)));

describe("the all-Jobcenter table of a publication month", () => {
  const table = readCrossSection(new SheetGrid(crossSectionSheet()));
  if (!table) throw new Error("fixture not read");
  const own = table.rows.find((r) => r.key === "03353");

  it("holds 403 Jobcenter, one Land row and one Bund row, with every Kennzahl and _F/_M variant", () => {
    expect(table.rows).toHaveLength(JOBCENTER_COUNT);
    expect(table.landRows.map((r) => r.name)).toEqual(["Niedersachsen"]);
    expect(table.bundRows.map((r) => r.name)).toEqual(["Deutschland"]);
    expect(table.codes).toEqual(CODES);
    expect(table.codes).toHaveLength(41);
    expect(table.hasTypes).toBe(true);
  });

  it("takes the Berichtsmonat from the title and keeps the source lines as footnotes", () => {
    expect(table.month).toBe("2024-06");
    expect(table.months).toEqual(["2024-06"]);
    expect(table.title).toEqual(["Kennzahlen nach § 48a SGB II – alle Jobcenter", "Berichtsmonat Juni 2024"]);
    expect(table.footnotes[0]).toMatch(/^Quelle: Statistik der Bundesagentur/);
    expect(table.footnotes).toHaveLength(2);
  });

  it("reads German text numbers and number cells, and \"x\" or \".\" as missing — a published 0,0 stays 0", () => {
    expect(own?.values.get("K2")).toBe(27.9);
    expect(own?.values.get("K3")).toBe(-3.5);
    expect(own?.values.get("K1")).toBeNull(); // "."
    const oberland = table.rows.find((r) => r.name === "Jobcenter Oberland");
    expect(oberland?.values.get("K2")).toBeNull(); // "x"
    expect(oberland?.values.get("K3")).toBe(-5); // a number cell (every seventh row)
    expect(table.rows.find((r) => r.name === "Jobcenter Saale-Nord")?.values.get("K3")).toBe(0);
  });

  it("keeps key, name, Land and Vergleichstyp as written, with the address of every figure", () => {
    expect(own).toMatchObject({ key: "03353", name: "Jobcenter Landkreis Harburg", land: "Niedersachsen", type: "Typ 8", month: "2024-06", sheet: "Kennzahlen Juni 2024" });
    expect(own?.cells.get("K2")).toBe(a1(FIRST_DATA_ROW, 4 + CODES.indexOf("K2")));
    expect(own?.cell).toBe(`B${FIRST_DATA_ROW + 1}`);
  });

  it("takes a Jobcenter named like a Land (Hamburg, key 02000) as a Jobcenter, the two-digit Land key as the Land", () => {
    expect(table.rows.find((r) => r.key === "02000")?.name).toBe("Hamburg");
    expect(table.landRows[0].key).toBe("03");
  });
});

describe("layouts of published tables", () => {
  it("reads a two-row header: the code merged over \"insgesamt | Frauen | Männer\"", () => {
    const t = read([
      ["SGB II-Kennzahlen, Stand: 06/2024"],
      ["Schlüssel", "Region", "Typ", "K2", null, null, "K3", null, null],
      [null, null, null, "insgesamt", "Frauen", "Männer", "insgesamt", "Frauen", "Männer"],
      ["03353", "Harburg", "IIb", "27,9", "25,1", "30,4", "-3,5", "x", "-2,9"],
      ["03354", "Lüchow-Dannenberg", "IIb", "22,0", ".", "24,0", "1,0", "0,5", "1,5"],
    ]);
    expect(t?.codes).toEqual(["K2", "K2_F", "K2_M", "K3", "K3_F", "K3_M"]);
    expect(t?.rows).toHaveLength(2);
    expect([...(t?.rows[0].values ?? [])]).toEqual([["K2", 27.9], ["K2_F", 25.1], ["K2_M", 30.4], ["K3", -3.5], ["K3_F", null], ["K3_M", -2.9]]);
    expect(t?.month).toBe("2024-06");
    expect(t?.rows[0].land).toBe("Niedersachsen"); // from the Regionalschlüssel
  });

  it("knows Kennzahlen by their names and percent-formatted numbers as percentages", () => {
    const values = [
      ["JC-Nr.", "Jobcenter", "Vergleichstyp", "Integrationsquote", "Integrationsquote Frauen", "Veränderung des Bestands an Langzeitleistungsbeziehenden"],
      [12345, "Jobcenter A", "Typ 3", 0.279, 0.251, -0.035],
    ];
    const formats = [[], ["General", "General", "General", "0.0%", "0.0%", "0.0%"]];
    const t = read(values, "Tabelle", { numberFormats: formats });
    expect(t?.codes).toEqual(["K2", "K2_F", "K3"]);
    expect(t?.rows[0].values.get("K2")).toBeCloseTo(27.9, 10);
    expect(t?.rows[0].values.get("K3")).toBeCloseTo(-3.5, 10);
    expect(t?.rows[0].key).toBe("12345");
    expect(t?.rows[0].land).toBeNull(); // a BA Jobcenter number says nothing about the Land
  });

  it("knows the Land by its abbreviation and finds its row by the two-digit key", () => {
    const t = read([
      ["Berichtsmonat Juni 2024"],
      ["Regionalschlüssel", "Jobcenter", "Land", "Vergleichstyp", "K2", "K3"],
      ["03", "Niedersachsen", "", "", "22,1", "-1,9"],
      ["03353", "Harburg", "NI", "IIb", "27,9", "-3,5"],
    ]);
    expect(t?.rows[0].land).toBe("Niedersachsen");
    expect(t?.landRows.map((r) => [r.land, r.values.get("K2")])).toEqual([["Niedersachsen", 22.1]]);
  });

  it("reads a long table with a month column as several months", () => {
    const t = read([
      ["Berichtsmonat", "Regionalschlüssel", "Jobcenter", "Vergleichstyp", "K2", "K3"],
      ["Mai 2024", "03353", "Harburg", "IIb", "27,0", "-3,0"],
      ["Mai 2024", "03354", "Lüchow", "IIb", "22,0", "1,0"],
      ["Juni 2024", "03353", "Harburg", "IIb", "27,9", "-3,5"],
      ["Juni 2024", "03354", "Lüchow", "IIb", "22,5", "1,2"],
      ["Juni 2024", "", "Deutschland", "", "23,4", "-2,2"],
    ]);
    expect(t?.months).toEqual(["2024-05", "2024-06"]);
    expect(t?.month).toBe("2024-06");
    expect(t?.rows).toHaveLength(4);
    expect(t?.bundRows.map((r) => r.month)).toEqual(["2024-06"]);
  });

  it("takes the Vergleichstyp from heading rows when a table is grouped by type", () => {
    const t = read([
      ["Berichtsmonat Juni 2024"],
      ["Regionalschlüssel", "Jobcenter", "K2", "K3"],
      ["Vergleichstyp IIb"],
      ["03353", "Harburg", "27,9", "-3,5"],
      ["Vergleichstyp IIIa"],
      ["05113", "Essen", "20,1", "1,5"],
    ]);
    expect(t?.rows.map((r) => [r.name, r.type])).toEqual([["Harburg", "IIb"], ["Essen", "IIIa"]]);
    expect(t?.hasTypes).toBe(true);
  });

  it("reads on past a group label without figures (a Land heading) and takes the source lines after the last Jobcenter", () => {
    const t = read([
      ["Berichtsmonat Juni 2024"],
      ["Jobcenter", "Vergleichstyp", "K2", "K3"],
      ["Niedersachsen"],
      ["Harburg", "IIb", "27,9", "-3,5"],
      ["Bayern"],
      ["Oberland", "IIb", "x", "-5,0"],
      ["Stand der Daten: August 2024"],
    ]);
    expect(t?.rows.map((r) => r.name)).toEqual(["Harburg", "Oberland"]);
    expect(t?.landRows).toEqual([]);
    expect(t?.footnotes).toEqual(["Stand der Daten: August 2024"]);
    expect(t?.month).toBe("2024-06");
  });

  it("takes a \"Zeitraum\" column of spans for what it is — not a month per row", () => {
    const t = read([
      ["Kennzahlen nach § 48a SGB II, Berichtsmonat Juni 2024"],
      ["Regionalschlüssel", "Jobcenter", "Vergleichstyp", "Zeitraum", "K2", "K3"],
      ["03353", "Harburg", "IIb", "Jul 2023 – Jun 2024", "27,9", "-3,5"],
      ["03354", "Lüchow", "IIb", "Jul 2023 – Jun 2024", "22,0", "1,0"],
    ]);
    expect(t?.rows).toHaveLength(2);
    expect(t?.months).toEqual(["2024-06"]);
    expect(t?.messages).toEqual([]);
  });

  it("says in German, naming the cell, when a figure is no number — and leaves it without value", () => {
    const t = read([
      ["Berichtsmonat Juni 2024"],
      ["Regionalschlüssel", "Jobcenter", "Vergleichstyp", "K2", "K3"],
      ["03353", "Harburg", "IIb", "27,9", "viel"],
    ]);
    expect(t?.rows[0].values.get("K3")).toBeNull();
    expect(t?.messages).toContainEqual({ level: "warning", sheet: "Tabelle", cell: "E3", text: "„viel“ ist keine Zahl; Harburg bleibt für diese Kennzahl ohne Wert." });
  });

  it("says when the table names no Berichtsmonat and no Vergleichstyp", () => {
    const t = read([["Regionalschlüssel", "Jobcenter", "K2", "K3"], ["03353", "Harburg", "27,9", "-3,5"]]);
    expect(t?.month).toBeNull();
    expect(t?.hasTypes).toBe(false);
    expect(t?.messages.map((m) => m.text)).toEqual([
      "Die Tabelle nennt keinen Berichtsmonat (weder im Titel noch in der Quellenangabe); bitte den Monat im Titel ergänzen, z. B. „Berichtsmonat Juni 2024“.",
      "Die Tabelle nennt keinen SGB II-Vergleichstyp; für den Vergleich bitte den Vergleichstyp wählen.",
    ]);
  });

  it("is not a cross-section table: Grunddaten of one Jobcenter, a sheet of notes", () => {
    expect(readCrossSection(new SheetGrid(grunddatenSheet()))).toBeNull();
    expect(read([["Notizen"], ["K2 ist gestiegen"]])).toBeNull();
  });
});

describe("one sheet per month", () => {
  const june = readCrossSection(new SheetGrid(crossSectionSheet()));
  const july = readCrossSection(new SheetGrid(crossSectionSheet({ name: "Juli", title: ["Kennzahlen § 48a", "Berichtsmonat Juli 2024"], shift: 0.5 })));
  const julyAgain = readCrossSection(new SheetGrid(crossSectionSheet({ name: "Juli (Kopie)", title: ["Berichtsmonat Juli 2024"] })));

  it("combines into one table over both months, ordered by month", () => {
    const both = combineMonths([july!, june!]);
    expect(both?.months).toEqual(["2024-06", "2024-07"]);
    expect(both?.month).toBe("2024-07");
    expect(both?.rows).toHaveLength(2 * JOBCENTER_COUNT);
    expect(both?.rows.find((r) => r.key === "03353" && r.month === "2024-07")?.values.get("K2")).toBe(28.4);
  });

  it("gives the own Jobcenter's figures as published Kennzahlen per month, missing ones absent", () => {
    const published = ownPublishedValues(combineMonths([june!, july!])!, { key: "03353", name: "Jobcenter Landkreis Harburg" });
    expect([...(published.get("K2") ?? [])]).toEqual([["2024-06", 27.9], ["2024-07", 28.4]]);
    expect(published.has("K1")).toBe(false); // "." in both months
  });

  it("uses a month read twice from its first sheet only, and says so", () => {
    const combined = combineMonths([june!, july!, julyAgain!]);
    expect(combined?.rows).toHaveLength(2 * JOBCENTER_COUNT);
    expect(combined?.messages).toContainEqual({ level: "warning", sheet: "Juli (Kopie)", text: "Juli 2024 steht schon auf „Juli“; die Zeilen dieses Monats auf diesem Blatt werden nicht verwendet." });
  });
});

describe("choosing the own Jobcenter", () => {
  const table = readCrossSection(new SheetGrid(crossSectionSheet()))!;

  it.each(["03353", "3353", "Harburg", "landkreis harburg", "Jobcenter Landkreis Harburg"])("finds Harburg by %p", (query) => {
    const choice = chooseJobcenter(table, query);
    expect(choice.kind === "found" && choice.row.key).toBe("03353");
  });

  it("finds the Jobcenter Hamburg by its key, not the Land", () => {
    const choice = chooseJobcenter(table, "02000");
    expect(choice.kind === "found" && choice.row.name).toBe("Hamburg");
  });

  it("lists the candidates when a name fragment fits several", () => {
    const choice = chooseJobcenter(table, "Neustadt");
    expect(choice.kind).toBe("ambiguous");
    expect(choice.kind === "ambiguous" && choice.message.text).toBe(
      "„Neustadt“ passt auf 2 Jobcenter: Jobcenter Stadt Neustadt (01700); Jobcenter Landkreis Neustadt (02700). Bitte den Regionalschlüssel oder einen eindeutigen Namen angeben.",
    );
  });

  it("says how to choose when nothing fits, and how many Jobcenter the sheet holds when nothing was chosen", () => {
    const choice = chooseJobcenter(table, "Atlantis");
    expect(choice.kind === "none" && choice.message).toMatchObject({ level: "error", sheet: "Kennzahlen Juni 2024" });
    expect(choice.kind === "none" && choice.message.text).toMatch(/^Kein Jobcenter „Atlantis“ auf dem Blatt gefunden\. Bitte den Regionalschlüssel oder einen Teil des Namens angeben/);
    expect(jobcenterChoiceHint(table).text).toMatch(/^Das Blatt enthält 403 Jobcenter\. Für den Vergleich bitte das eigene Jobcenter wählen/);
  });

  it("finds a Kreis by its five-digit key in a table of twelve-digit ARS", () => {
    const ars = read([["Berichtsmonat Juni 2024"], ["Regionalschlüssel", "Jobcenter", "Typ", "K2", "K3"], ["033530000000", "Harburg", "IIb", "27,9", "-3,5"], ["033540000000", "Lüchow", "IIb", "22,0", "1,0"]])!;
    const choice = chooseJobcenter(ars, "03353");
    expect(choice.kind === "found" && choice.row.name).toBe("Harburg");
  });
});
