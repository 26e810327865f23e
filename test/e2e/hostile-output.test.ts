/**
 * The ways a run could cost the user a file (issue #24, "the user's file at risk"), through the CLI: `--json` or
 * `--out` naming the input by its path, a symbolic link or a hard link; a write that fails half-way (a file-size limit
 * stands in for a full disk) must leave the previous report as it was; an output folder that cannot be created must
 * end with a German message instead of a process that spins for ever.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import ts from "typescript";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { SAMPLE } from "./hostile/generate";

const dir = mkdtempSync(join(tmpdir(), "sc-hostile-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function run(...argv: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(argv, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join("\n") };
}

let inputs = 0;

function freshInput(name: string): string {
  const input = join(dir, name);
  copyFileSync(SAMPLE, input);
  return input;
}

describe("an output that is the input is refused, and the input stays as it was", () => {
  it.each([
    ["--json with the input's path", (input: string) => ["--out", join(dir, "a.xlsx"), "--json", input], /Die Zusammenfassung \(--json\) „.*eingabe-1\.xlsx“ ist die Eingabedatei/],
    [
      "--json through a symbolic link to the input",
      (input: string) => {
        symlinkSync(input, join(dir, "zusammenfassung.json"));
        return ["--out", join(dir, "b.xlsx"), "--json", join(dir, "zusammenfassung.json")];
      },
      /Die Zusammenfassung \(--json\) „.*zusammenfassung\.json“ ist die Eingabedatei \(oder eine Verknüpfung auf sie\)/,
    ],
    [
      "--out as a symbolic link to the input",
      (input: string) => {
        symlinkSync(input, join(dir, "verknuepfung.xlsx"));
        return ["--out", join(dir, "verknuepfung.xlsx")];
      },
      /Die Ausgabedatei „.*verknuepfung\.xlsx“ ist die Eingabedatei/,
    ],
    [
      "--out as a hard link to the input",
      (input: string) => {
        linkSync(input, join(dir, "hartlink.xlsx"));
        return ["--out", join(dir, "hartlink.xlsx")];
      },
      /Die Ausgabedatei „.*hartlink\.xlsx“ ist die Eingabedatei/,
    ],
    [
      "--out through a linked folder",
      (input: string) => {
        symlinkSync(dir, join(dir, "ordner-link"));
        return ["--out", join(dir, "ordner-link", input.slice(dir.length + 1))];
      },
      /Die Ausgabedatei „.*ordner-link.*“ ist die Eingabedatei/,
    ],
  ])("%s", async (_label, outputs, message) => {
    const input = freshInput(`eingabe-${++inputs}.xlsx`);
    const before = sha(input);
    const result = await run("report", input, ...outputs(input));
    expect(result.text).toMatch(/^Fehler: /);
    expect(result.text).toMatch(message);
    expect(result.code).toBe(2);
    expect(sha(input)).toBe(before);
  });

  it("vorlage --out as a hard link to the input", async () => {
    const input = freshInput("vorlage-eingabe.xlsx");
    linkSync(input, join(dir, "vorlage-hartlink.xlsx"));
    const before = sha(input);
    const result = await run("vorlage", input, "--out", join(dir, "vorlage-hartlink.xlsx"));
    expect(result.code).toBe(2);
    expect(result.text).toMatch(/Die Ausgabedatei „.*vorlage-hartlink\.xlsx“ ist die Eingabedatei/);
    expect(sha(input)).toBe(before);
  });

  it("--json and --out naming the same file", async () => {
    const input = freshInput("gleich.xlsx");
    const result = await run("report", input, "--out", join(dir, "gleich-bericht.xlsx"), "--json", join(dir, "gleich-bericht.xlsx"));
    expect(result.code).toBe(2);
    expect(result.text).toMatch(/Bericht und Zusammenfassung \(--json\) dürfen nicht dieselbe Datei sein/);
  });
});

describe("writing", () => {
  it("an output folder that cannot be created ends with a German message", async () => {
    const result = await run("report", freshInput("proc.xlsx"), "--out", "/proc/nope/x.xlsx");
    expect(result.code).toBe(1);
    expect(result.text).toBe("Fehler: Der Ordner „/proc/nope“ für „/proc/nope/x.xlsx“ kann nicht angelegt werden: dort lassen sich keine Ordner anlegen.");
  });

  it("a folder in the way of the output file is named", async () => {
    const input = freshInput("ordner.xlsx");
    mkdirSync(join(dir, "im-weg.xlsx", "inhalt"), { recursive: true });
    const result = await run("report", input, "--out", join(dir, "im-weg.xlsx"));
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/^Fehler: Die Datei „.*im-weg\.xlsx“ kann nicht geschrieben werden: unter diesem Namen gibt es einen Ordner\.$/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("creates missing folders of the output", async () => {
    const out = join(dir, "neu", "tiefer", "bericht.xlsx");
    const result = await run("report", freshInput("neu.xlsx"), "--out", out, "--json", join(dir, "neu", "json", "bericht.json"));
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(dir, "neu", "json", "bericht.json"))).toBe(true);
  });

  it("a write that fails half-way (file-size limit) leaves the previous report as it was and no temporary file", () => {
    const previous = join(dir, "grenze-bericht.xlsx");
    writeFileSync(previous, "der Bericht von gestern");
    // The writer in a child process under `ulimit -f` (1.024-byte blocks), as plain JavaScript: it needs Node alone.
    const source = readFileSync(join(__dirname, "../../src/cli/output-files.ts"), "utf8");
    const writer = join(dir, "output-files.js");
    writeFileSync(writer, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText);
    const script = `try { require(process.argv[1]).writeOutputFile(process.argv[2], Buffer.alloc(100000, 1)) } catch (e) { console.error(e.message); process.exit(1) }`;
    const child = spawnSync("bash", ["-c", 'ulimit -f 32; exec "$0" -e "$1" "$2" "$3"', process.execPath, script, writer, previous], { encoding: "utf8" });
    expect(child.stderr.trim()).toMatch(/^Die Datei „.*grenze-bericht\.xlsx“ kann nicht geschrieben werden: die Datei überschreitet die erlaubte Dateigröße\.$/);
    expect(child.status).toBe(1);
    expect(readFileSync(previous, "utf8")).toBe("der Bericht von gestern");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
