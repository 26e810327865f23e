/**
 * The mapping is a file: `quellen --json` prints it, `report --zuordnung <datei>` reads the workbook by it — so a
 * Regionaldirektion fixes a layout once and batches many workbooks with it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const SAMPLE = join(__dirname, "..", "..", "assets", "beispiel-jobcenter.xlsx");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe("the mapping as a file", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-zuordnung-"));

  it("quellen --json prints each sheet's kind and the decisions that confirm it", async () => {
    const c = capture();
    expect(await main(["quellen", SAMPLE, "--json"], c.io)).toBe(0);
    const file = JSON.parse(c.out.join("\n"));
    expect(file.zuordnung).toContainEqual(expect.objectContaining({ sheet: "Qualität", kind: "qualitaet" }));
    expect(file.blaetter.map((m: { sheet: string }) => m.sheet)).toContain("Grunddaten");
  });

  it("report --zuordnung reads the workbook as the file says: an ignored sheet's figures are gone", async () => {
    const c = capture();
    await main(["quellen", SAMPLE, "--json"], c.io);
    const file = JSON.parse(c.out.join("\n"));
    file.zuordnung = file.zuordnung.map((d: { sheet: string }) => (d.sheet === "Qualität" ? { sheet: "Qualität", kind: "ignore" } : d));
    const mapping = join(dir, "zuordnung.json");
    writeFileSync(mapping, JSON.stringify(file));
    const plain = join(dir, "ohne.json");
    const mapped = join(dir, "mit.json");
    expect(await main(["report", SAMPLE, "--out", join(dir, "a.xlsx"), "--json", plain], capture().io)).toBe(0);
    expect(await main(["report", SAMPLE, "--out", join(dir, "b.xlsx"), "--json", mapped, "--zuordnung", mapping], capture().io)).toBe(0);
    const codes = (path: string) => JSON.parse(readFileSync(path, "utf8")).indicators.map((i: { code: string }) => i.code);
    expect(codes(plain)).toContain("KZI");
    expect(codes(mapped)).not.toContain("KZI");
    expect(JSON.parse(readFileSync(mapped, "utf8")).mappings).toContainEqual(expect.objectContaining({ sheet: "Qualität", status: "ignored" }));
  });

  it("an unreadable mapping file is refused with exit 2 and a German message", async () => {
    const broken = join(dir, "kaputt.json");
    writeFileSync(broken, "{ nicht json");
    const c = capture();
    expect(await main(["report", SAMPLE, "--out", join(dir, "c.xlsx"), "--zuordnung", broken], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("Zuordnungsdatei ist nicht lesbar");
  });
});
