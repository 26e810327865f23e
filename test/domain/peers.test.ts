/**
 * The own Jobcenter beside its SGB II-Vergleichstyp. The seven Jobcenter of "Typ 8" (test/fixtures/cross-section-
 * table.ts) are computed by hand below; every other type and Kennzahl of the 403-Jobcenter table is checked against a
 * straightforward computation written in this test.
 */
import { kennzahlFor } from "../../src/domain/kennzahlen-catalogue";
import { compareWithPeers, type PeerComparisonRow } from "../../src/domain/peers/compare-with-peers";
import { competitionRank, quarterOfRank } from "../../src/domain/peers/peer-rank";
import { combineMonths, readCrossSection } from "../../src/sources/cross-section";
import { SheetGrid } from "../../src/sources/sheet-grid";
import { CODES, crossSectionSheet, generatedRows, OWN, TYPE_8 } from "../fixtures/cross-section-table";

const table = readCrossSection(new SheetGrid(crossSectionSheet()))!;
const harburg = compareWithPeers(table, { key: OWN.key, name: OWN.name });
const row = (code: string) => harburg.rows.find((r) => r.code === code) as PeerComparisonRow;

describe("Typ 8 by hand (seven Jobcenter, the own one included)", () => {
  it("compares with the seven Jobcenter of the own Vergleichstyp taken from the table", () => {
    expect(harburg.group).toEqual({ label: "Typ 8", source: "table", members: 7 });
    expect(harburg.own).toEqual({ key: "03353", name: "Jobcenter Landkreis Harburg", land: "Niedersachsen" });
    expect(harburg.rows.map((r) => r.code)).toEqual(CODES);
  });

  it("K2 (higher is better): statistics over the six with a value, ties share rank 2", () => {
    // Values: Harburg 27,9 · Dithmarschen 21,3 · Essen-Süd 27,9 · Oberland x · Uckermark-Ost 24,6 · Elbtal 30,2 · Saale-Nord 19,8
    // sorted: 19,8  21,3  24,6  27,9  27,9  30,2 (n = 6, one without value)
    // mean   = 151,7 / 6 = 25,28333…
    // median = position (6 − 1) · ½ = 2,5 → 24,6 + 0,5 · (27,9 − 24,6) = 26,25
    // Q1     = position 1,25 → 21,3 + 0,25 · (24,6 − 21,3) = 22,125
    // Q3     = position 3,75 → 27,9 + 0,75 · (27,9 − 27,9) = 27,9
    // rank   = 1 + #{values > 27,9} = 1 + 1 = 2 (Essen-Süd also 2; Uckermark-Ost 4)
    // quarter = 1 + ⌊4 · (2 − 1) / 6⌋ = 1;  Δ median = 27,9 − 26,25 = +1,65 pp
    const k2 = row("K2");
    expect(k2.own).toBe(27.9);
    expect(k2.statistics?.count).toBe(6);
    expect(k2.withoutValue).toBe(1);
    expect(k2.statistics?.mean).toBeCloseTo(151.7 / 6, 10);
    expect(k2.statistics?.median).toBeCloseTo(26.25, 10);
    expect(k2.statistics?.q1).toBeCloseTo(22.125, 10);
    expect(k2.statistics?.q3).toBeCloseTo(27.9, 10);
    expect(k2.statistics?.min).toBe(19.8);
    expect(k2.statistics?.max).toBe(30.2);
    expect(k2.rank).toBe(2);
    expect(k2.quarter).toBe(1);
    expect(k2.deltaToMedianPp).toBeCloseTo(1.65, 10);
  });

  it("K3 (lower is better): the rank counts the lower values, not the higher ones", () => {
    // Values: Harburg −3,5 · Dithmarschen −1,2 · Essen-Süd . · Oberland −5,0 · Uckermark-Ost 2,4 · Elbtal −3,5 · Saale-Nord 0,0
    // sorted: −5,0  −3,5  −3,5  −1,2  0,0  2,4 (n = 6; the published 0,0 counts, the "." does not)
    // mean = −10,8 / 6 = −1,8; median = position 2,5 → −3,5 + 0,5 · (−1,2 + 3,5) = −2,35
    // Q1 = position 1,25 → −3,5 + 0,25 · 0 = −3,5; Q3 = position 3,75 → −1,2 + 0,75 · (0 + 1,2) = −0,3
    // rank = 1 + #{values < −3,5} = 2 (higher-is-better would give 1 + 3 = 4 … wrong way round)
    const k3 = row("K3");
    expect(k3.direction).toBe("down");
    expect(k3.statistics).toMatchObject({ count: 6, min: -5, max: 2.4 });
    expect(k3.statistics?.mean).toBeCloseTo(-1.8, 10);
    expect(k3.statistics?.median).toBeCloseTo(-2.35, 10);
    expect(k3.statistics?.q1).toBeCloseTo(-3.5, 10);
    expect(k3.statistics?.q3).toBeCloseTo(-0.3, 10);
    expect(k3.rank).toBe(2);
    expect(k3.deltaToMedianPp).toBeCloseTo(-1.15, 10);
    expect(competitionRank(-3.5, [-5, -3.5, -3.5, -1.2, 0, 2.4], "up")).toBe(4);
  });

  it("K1 without own value: the type's statistics stand, rank and Δ stay empty", () => {
    // Values: . · −2,1 · 1,4 · −0,3 · 0,9 · −4,4 · x → sorted −4,4 −2,1 −0,3 0,9 1,4; mean −4,5 / 5 = −0,9; median −0,3
    const k1 = row("K1");
    expect(k1.own).toBeNull();
    expect(k1.withoutValue).toBe(2);
    expect(k1.statistics?.mean).toBeCloseTo(-0.9, 10);
    expect(k1.statistics).toMatchObject({ count: 5, median: -0.3, q1: -2.1, q3: 0.9, min: -4.4, max: 1.4 });
    expect(k1.rank).toBeNull();
    expect(k1.quarter).toBeNull();
    expect(k1.deltaToMedianPp).toBeNull();
  });

  it("ranks the whole type 1, 2, 2, 4, 5, 6 on K2 — competition ranking — and the one without value not at all", () => {
    const ranks = TYPE_8.map((member) => compareWithPeers(table, member).rows.find((r) => r.code === "K2")?.rank);
    expect(ranks).toEqual([2, 5, 2, null, 4, 1, 6]);
  });

  it("gives the Land and Bund values of the table", () => {
    expect(row("K2")).toMatchObject({ land: 22.1, bund: 23.4 });
    expect(row("K3")).toMatchObject({ land: -1.9, bund: -2.2 });
  });

  it("lists the type's Jobcenter with a K2 value best first for the chart, the own one marked", () => {
    const k2 = harburg.distributions.find((d) => d.code === "K2");
    expect(k2?.entries.map((e) => [e.value, e.own])).toEqual([[30.2, false], [27.9, false], [27.9, true], [24.6, false], [21.3, false], [19.8, false]]);
    expect(harburg.distributions.map((d) => d.code)).toEqual(["K1", "K2", "K3"]);
    const k3 = harburg.distributions.find((d) => d.code === "K3");
    expect(k3?.entries.map((e) => e.value)).toEqual([-5, -3.5, -3.5, -1.2, 0, 2.4]);
  });

  it("gives no rank for an Ergänzungsgröße without a direction (K2E1)", () => {
    expect(row("K2E1").direction).toBe("none");
    expect(row("K2E1").rank).toBeNull();
    expect(row("K2E1").statistics?.count).toBeGreaterThan(0);
  });

  it("puts a rank into quarters by the share ranked better", () => {
    // better-ranked share: 0/7, 1/7, 2/7 = 29 %, 3/7 = 43 %, 4/7 = 57 %, 5/7 = 71 %, 6/7 = 86 %
    expect([1, 2, 3, 4, 5, 6, 7].map((rank) => quarterOfRank(rank, 7))).toEqual([1, 1, 2, 2, 3, 3, 4]);
    expect(quarterOfRank(1, 1)).toBe(1);
  });
});

/** The test's own computation: sort, pick, count — no shared code with the module under test. */
function expected(values: number[], own: number | null, direction: "up" | "down" | "none") {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const at = (p: number) => {
    const k = 1 + (n - 1) * p; // 1-based position as Excel documents QUARTILE.INC
    const lo = Math.floor(k);
    return lo >= n ? sorted[n - 1] : sorted[lo - 1] + (k - lo) * (sorted[lo] - sorted[lo - 1]);
  };
  let sum = 0;
  for (const v of sorted) sum += v;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const bestFirst = direction === "down" ? sorted : [...sorted].reverse();
  const rank = own === null || direction === "none" ? null : bestFirst.indexOf(own) + 1;
  return { count: n, mean: sum / n, median, q1: at(0.25), q3: at(0.75), min: sorted[0], max: sorted[n - 1], rank };
}

describe("every type and every Kennzahl of the 403-Jobcenter table", () => {
  const rows = generatedRows();
  const types = [...new Set(rows.map((r) => r.type))];

  it("has several Vergleichstypen of realistic size", () => {
    expect(types).toHaveLength(15);
    expect(Math.min(...types.filter((t) => t !== "Typ 8").map((t) => rows.filter((r) => r.type === t).length))).toBeGreaterThanOrEqual(28);
  });

  it.each(types)("%s: statistics, rank and count of missing values as computed straightforwardly", (type) => {
    const members = rows.filter((r) => r.type === type);
    const own = members[members.length - 1];
    const comparison = compareWithPeers(table, { key: own.key, name: own.name });
    expect(comparison.group).toEqual({ label: type, source: "table", members: members.length });
    for (const code of CODES) {
      const values = members.map((m) => m.figures.get(code)).filter((v): v is number => typeof v === "number");
      const ownFigure = own.figures.get(code);
      const want = expected(values, typeof ownFigure === "number" ? ownFigure : null, kennzahlFor(code)!.definition.direction);
      const got = comparison.rows.find((r) => r.code === code)!;
      expect(got.withoutValue).toBe(members.length - values.length);
      expect(got.rank).toBe(want.rank);
      expect(got.statistics?.count).toBe(want.count);
      for (const key of ["mean", "median", "q1", "q3", "min", "max"] as const) expect(got.statistics?.[key]).toBeCloseTo(want[key], 9);
    }
  });
});

describe("who the peers are when the table names no Vergleichstyp", () => {
  const untyped = readCrossSection(new SheetGrid(crossSectionSheet({ withoutTypes: true })))!;

  it("compares with the type the user chose, by its members' keys", () => {
    const chosen = compareWithPeers(untyped, OWN, { label: "Typ 8", memberKeys: TYPE_8.map((m) => m.key.replace(/^0/, "")) });
    expect(chosen.group).toEqual({ label: "Typ 8", source: "chosen", members: 7 });
    expect(chosen.rows.find((r) => r.code === "K2")?.statistics?.median).toBeCloseTo(26.25, 10);
  });

  it("falls back to every Jobcenter of the table and says so — never calling that a Vergleichstyp", () => {
    const all = compareWithPeers(untyped, OWN);
    expect(all.group).toEqual({ label: "alle Jobcenter", source: "all", members: 403, unappliedChoice: null });
    expect(all.messages.map((m) => m.text)).toEqual(["Die Tabelle nennt keine Vergleichstypen; verglichen wird mit allen 403 Jobcentern. Für einen Vergleich im eigenen Typ bitte den Vergleichstyp wählen."]);
  });

  it("a chosen type the table gives no members for: all Jobcenter, with the choice named as not applied", () => {
    const result = compareWithPeers(untyped, OWN, { label: "IIIb" });
    expect(result.group).toEqual({ label: "alle Jobcenter", source: "all", members: 403, unappliedChoice: "IIIb" });
    expect(result.messages.map((m) => [m.level, m.text])).toEqual([
      ["warning", "Für den Vergleichstyp „IIIb“ ist nicht bekannt, welche Jobcenter dazugehören (die Tabelle nennt keine Vergleichstypen); verglichen wird mit allen 403 Jobcentern."],
    ]);
    // Ranked among all 403: the K2 rank counts every Jobcenter of the table with a higher K2, not Typ 8's one.
    const k2Values = untyped.rows.flatMap((r) => (r.values.get("K2") ?? null) === null ? [] : [r.values.get("K2") as number]);
    expect(result.rows.find((r) => r.code === "K2")?.rank).toBe(1 + k2Values.filter((v) => v > 27.9).length);
    expect(result.rows.find((r) => r.code === "K2")?.rank).toBeGreaterThan(2);
  });

  describe("when only the own row has no type", () => {
    const blankOwnType = { ...table, rows: table.rows.map((r) => (r.key === OWN.key ? { ...r, type: null } : r)) };

    it("the chosen type's members are the rows the table gives that type, in any spelling of it", () => {
      for (const label of ["Typ 8", "Vergleichstyp 8", "typ 8"]) {
        const result = compareWithPeers(blankOwnType, OWN, { label });
        expect(result.group).toEqual({ label, source: "chosen", members: 7 });
        // The same seven as with the table's own type: K2 median 26,25 and rank 2 (worked out above).
        expect(result.rows.find((r) => r.code === "K2")).toMatchObject({ rank: 2, quarter: 1 });
        expect(result.rows.find((r) => r.code === "K2")?.statistics?.median).toBeCloseTo(26.25, 10);
      }
    });

    it("a chosen type no row has: all Jobcenter, and the message says which Jobcenter lacks its type", () => {
      const result = compareWithPeers(blankOwnType, OWN, { label: "IIIb" });
      expect(result.group.source).toBe("all");
      expect(result.messages[0].text).toBe(
        "Für den Vergleichstyp „IIIb“ ist nicht bekannt, welche Jobcenter dazugehören (die Tabelle nennt für Jobcenter Landkreis Harburg keinen Vergleichstyp und kein Jobcenter des Typs „IIIb“); verglichen wird mit allen 403 Jobcentern.",
      );
    });

    it("without a choice: all Jobcenter, and how to choose", () => {
      const result = compareWithPeers(blankOwnType, OWN);
      expect(result.group.source).toBe("all");
      expect(result.messages[0].text).toBe("Die Tabelle nennt für Jobcenter Landkreis Harburg keinen Vergleichstyp; verglichen wird mit allen 403 Jobcentern. Für einen Vergleich im eigenen Typ bitte den Vergleichstyp wählen.");
    });
  });

  it("keeps the table's type when the user chose another, and says so", () => {
    const other = compareWithPeers(table, OWN, { label: "Typ 3" });
    expect(other.group.label).toBe("Typ 8");
    expect(other.messages[0]).toMatchObject({ level: "info", text: "Die Tabelle ordnet Jobcenter Landkreis Harburg dem Vergleichstyp „Typ 8“ zu; verglichen wird mit diesem Typ, nicht mit „Typ 3“." });
  });

  it("a choice that is the table's type in another spelling is no disagreement", () => {
    expect(compareWithPeers(table, OWN, { label: "SGB II-Vergleichstyp 8" }).messages).toEqual([]);
  });
});

describe("over time", () => {
  const july = readCrossSection(new SheetGrid(crossSectionSheet({ name: "Juli", title: ["Berichtsmonat Juli 2024"], shift: 0.5 })))!;
  const both = compareWithPeers(combineMonths([table, july])!, OWN);

  it("gives the own value and the type median per month", () => {
    // Juli: every figure 0,5 higher → own K2 28,4, median 26,75
    const k2 = both.history.find((h) => h.code === "K2");
    expect(k2?.points.map((p) => p.month)).toEqual(["2024-06", "2024-07"]);
    expect(k2?.points[0]).toMatchObject({ own: 27.9, count: 6 });
    expect(k2?.points[0].median).toBeCloseTo(26.25, 10);
    expect(k2?.points[1].own).toBe(28.4);
    expect(k2?.points[1].median).toBeCloseTo(26.75, 10);
    expect(both.month).toBe("2024-07");
    expect(both.rows.find((r) => r.code === "K2")?.own).toBe(28.4);
  });

  it("has no history for a single month", () => {
    expect(harburg.history).toEqual([]);
  });
});
