/**
 * Issue 16, defect 12: ten CLI refreshes of the same workbook differ only where they must. Before the fix the report
 * sheets' sheetIds grew with every refresh and the data bars got new random GUIDs, so no two refreshes were alike.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../../src/cli/main";
import { sha1Hex, stableGuid, withStableRuleIds } from "../../../src/workbook/xlsx/package/stable-ids";

const SAMPLE = join(__dirname, "..", "..", "..", "assets", "beispiel-jobcenter.xlsx");
const quiet = { out: () => undefined, err: () => undefined };

async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) parts.set(name, await zip.files[name].async("nodebuffer"));
  return parts;
}

const sheetEntries = (workbookXml: string) => [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => ({ name: /\sname="([^"]*)"/.exec(tag)?.[1], sheetId: /\ssheetId="(\d+)"/.exec(tag)?.[1] }));

describe("ten CLI refreshes of the sample workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-refresh-"));
  const refreshes: string[] = [];

  beforeAll(async () => {
    let input = join(dir, "beispiel.xlsx");
    copyFileSync(SAMPLE, input);
    for (let i = 1; i <= 10; i++) {
      const out = join(dir, `bericht-${i}.xlsx`);
      expect(await main(["report", input, "--out", out], quiet)).toBe(0);
      refreshes.push(out);
      input = out;
    }
  });

  it("write refresh 2 and refresh 10 with every part byte for byte the same", async () => {
    const second = await partsOf(refreshes[1]);
    const tenth = await partsOf(refreshes[9]);
    expect([...tenth.keys()].sort()).toEqual([...second.keys()].sort());
    const differing = [...second].filter(([name, bytes]) => !bytes.equals(tenth.get(name) as Buffer)).map(([name]) => name);
    // The product writes no modification time of its own (docProps/core.xml is the user's, copied), so no exception.
    expect(differing).toEqual([]);
  });

  it("write the same zip file, entry dates included", () => {
    expect(readFileSync(refreshes[9]).equals(readFileSync(refreshes[1]))).toBe(true);
  });

  it("keep each report sheet's sheetId from the first refresh on", async () => {
    const first = sheetEntries((await partsOf(refreshes[0])).get("xl/workbook.xml")?.toString("utf8") ?? "");
    const tenth = sheetEntries((await partsOf(refreshes[9])).get("xl/workbook.xml")?.toString("utf8") ?? "");
    expect(tenth).toEqual(first);
    expect(new Set(tenth.map((s) => s.sheetId)).size).toBe(tenth.length);
    expect(tenth.map((s) => s.name)).toContain("Ziel-Ist-Vergleich");
  });

  it("link each data bar to its x14 extension by one id, as Excel needs to show the bar", async () => {
    const sheets = [...(await partsOf(refreshes[9])).entries()].filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name)).map(([, xml]) => xml.toString("utf8"));
    const withBars = sheets.filter((xml) => xml.includes('type="dataBar"'));
    expect(withBars.length).toBeGreaterThan(0);
    for (const xml of withBars) {
      const ruleIds = [...xml.matchAll(/<x14:id>([^<]*)<\/x14:id>/g)].map((m) => m[1]);
      const extensionIds = [...xml.matchAll(/<x14:cfRule\b[^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
      expect(ruleIds.length).toBeGreaterThan(0);
      expect(extensionIds.sort()).toEqual([...ruleIds].sort());
      expect(new Set(ruleIds).size).toBe(ruleIds.length);
    }
  });
});

describe("stable ids", () => {
  it("hash with SHA-1 as node:crypto does (the browser pane has no node:crypto)", () => {
    for (const text of ["", "abc", "Ziel-Ist-Vergleich:0", "ä".repeat(200), "x".repeat(55), "x".repeat(56), "x".repeat(64)]) {
      expect(sha1Hex(new TextEncoder().encode(text))).toBe(createHash("sha1").update(text, "utf8").digest("hex"));
    }
  });

  it("are GUIDs of version 5, one per name", () => {
    expect(stableGuid("a")).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
    expect(stableGuid("a")).toBe(stableGuid("a"));
    expect(stableGuid("a")).not.toBe(stableGuid("b"));
  });

  it("replace the rule ids of a sheet, never the fixed extension URIs", () => {
    const uri = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
    const xml = (a: string, b: string) =>
      `<cfRule type="dataBar"><extLst><ext uri="${uri}"><x14:id>${a}</x14:id></ext></extLst></cfRule><cfRule type="dataBar"><extLst><ext uri="${uri}"><x14:id>${b}</x14:id></ext></extLst></cfRule>` +
      `<x14:cfRule type="dataBar" id="${a}"/><x14:cfRule type="dataBar" id="${b}"/>`;
    const once = withStableRuleIds(xml("{11111111-1111-4111-8111-111111111111}", "{22222222-2222-4222-8222-222222222222}"), "Bericht");
    const again = withStableRuleIds(xml("{33333333-3333-4333-8333-333333333333}", "{44444444-4444-4444-8444-444444444444}"), "Bericht");
    expect(again).toBe(once);
    expect(once).toContain(uri);
    expect(once).not.toContain("{11111111");
    expect(withStableRuleIds(xml("{11111111-1111-4111-8111-111111111111}", "{22222222-2222-4222-8222-222222222222}"), "Anderes Blatt")).not.toBe(once);
  });
});
