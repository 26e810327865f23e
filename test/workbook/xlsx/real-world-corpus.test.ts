/**
 * Real-world workbooks that other spreadsheet projects keep as test data (test/fixtures/real-world/manifest.json names
 * repository, path, licence and what each one tests): Excel-saved references, LibreOffice, generators, fuzzers, Strict,
 * encrypted, odd namespaces, UTF-16, VBA, charts, pivots. Each goes through `quellen`, `vorlage` and a report after the
 * template sheets were inserted and filled: no exception, no run over 10 s, no refusal of a file Excel opens, every
 * part written well-formed and typed, every relationship resolving, the user's parts byte for byte. A sample of the
 * outputs is opened in LibreOffice.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runWorkbook } from "./real-world-run";

interface CorpusFile {
  file: string;
  repository: string;
  path: string;
  licence: string;
  tests: string;
  /** Why the product rightly refuses it (a file Excel does not open either); absent = it must be read and written. */
  unreadable?: string;
  /** Why the file is not run here (a known defect outside the .xlsx adapter). */
  skip?: string;
  /** Why LibreOffice cannot be the judge of this file's output (it fails on the original already). */
  notInLibreOffice?: string;
}

const CORPUS = join(__dirname, "..", "..", "fixtures", "real-world");
const manifest: CorpusFile[] = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
const MAX_MS = 10_000;
const hasLibreOffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;

/** Report outputs for the one LibreOffice run at the end: every 16th file that is read, and those of the findings. */
const forLibreOffice: Array<{ file: string; bytes: Uint8Array }> = [];
const timings: Array<{ file: string; ms: number }> = [];

describe("real-world corpus", () => {
  it("vendors only files under licences that allow redistribution, each with its source", () => {
    expect(manifest.length).toBeGreaterThanOrEqual(300);
    for (const entry of manifest) {
      expect([entry.file, ["Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause"].includes(entry.licence)]).toEqual([entry.file, true]);
      expect([entry.file, existsSync(join(CORPUS, entry.file)), entry.repository.length > 0 && entry.path.length > 0 && entry.tests.length > 0]).toEqual([entry.file, true, true]);
    }
    const listed = new Set(manifest.map((e) => e.file));
    const vendored = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.xls[xm]$/i.test(d.name))
      .map((d) => join(d.parentPath ?? d.path, d.name).slice(CORPUS.length + 1));
    expect(vendored.filter((f) => !listed.has(f))).toEqual([]);
  });

  const readable = manifest.filter((e) => !e.unreadable);
  describe.each(manifest.filter((e) => !e.skip).map((e) => [e.file, e] as const))("%s", (_file, entry) => {
    it(entry.unreadable ? `is refused with a German message: ${entry.unreadable}` : "is read and written without loss", async () => {
      const outcome = await runWorkbook(new Uint8Array(readFileSync(join(CORPUS, entry.file))), entry.file.split("/").pop() as string);
      timings.push({ file: entry.file, ms: outcome.ms });
      expect(outcome.ms).toBeLessThan(MAX_MS);
      if (entry.unreadable) {
        expect(outcome.kind).toBe("refused");
        if (outcome.kind === "refused") expect(outcome.message).toMatch(/^(Die Datei|Das Blatt) „[^“]+“ /);
        return;
      }
      expect(outcome.kind === "refused" ? outcome.message : "read").toBe("read");
      if (outcome.kind !== "done") return;
      expect(outcome.problems).toEqual([]);
      // Nothing was given up silently: no whole re-write happened.
      expect(outcome.notices.filter((n) => /ganz neu zu schreiben/.test(n))).toEqual([]);
      const sampled = (readable.indexOf(entry) % 16 === 0 || entry.tests.startsWith("finding")) && !entry.notInLibreOffice;
      if (sampled && outcome.outputs.report) forLibreOffice.push({ file: entry.file, bytes: outcome.outputs.report });
    });
  });

  (hasLibreOffice ? it : it.skip)("LibreOffice opens a sample of the reports", () => {
    expect(forLibreOffice.length).toBeGreaterThanOrEqual(15);
    const dir = mkdtempSync(join(tmpdir(), "sc-corpus-lo-"));
    const inputs = forLibreOffice.map(({ bytes }, i) => {
      const path = join(dir, `bericht-${i}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    spawnSync("soffice", [profile, "--headless", "--convert-to", "csv", "--outdir", join(dir, "csv"), ...inputs], { timeout: 170_000, stdio: "ignore" });
    const converted = forLibreOffice.filter((_, i) => existsSync(join(dir, "csv", `bericht-${i}.csv`))).map((f) => f.file);
    expect(converted).toEqual(forLibreOffice.map((f) => f.file));
  }, 180_000);

  afterAll(() => {
    if (process.env.CORPUS_TIMINGS) writeFileSync(process.env.CORPUS_TIMINGS, JSON.stringify(timings.sort((a, b) => b.ms - a.ms), null, 1));
  });
});
