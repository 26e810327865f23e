/**
 * The layering, checked on the import graph itself (types included, lazy imports included): no folder of src/ imports
 * a folder above it, so no two folders form a cycle. Lint says it per file; this says it for the whole tree.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = join(__dirname, "..", "src");
// The ribbon's command shows its messages in the pane's message view: it sits above the pane, which sits beside the CLI.
const ORDER = ["domain", "sources", "report", "workbook", "pipeline", "entry", "commands"];
const layerOf = (folder: string) => ORDER.indexOf(["taskpane", "cli"].includes(folder) ? "entry" : folder);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Folder → folders it imports from (relative imports only; packages are not ours). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split("/")[0];
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*(?:\/\*.*?\*\/\s*)?)["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = relative(SRC, resolve(dirname(file), match[1])).split("/")[0];
      if (target === from || target.startsWith("..")) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)?.add(target);
    }
  }
  return graph;
}

describe("the folders of src/", () => {
  const graph = folderGraph();

  it("each belong to a layer", () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory());
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it("import only from lower layers", () => {
    const upward = [...graph].flatMap(([from, targets]) => [...targets].filter((to) => layerOf(to) >= layerOf(from)).map((to) => `${from} → ${to}`));
    expect(upward).toEqual([]);
  });

  it("form no cycle", () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (done.has(node)) return;
      if (visiting.has(node)) {
        cycles.push([...path.slice(path.indexOf(node)), node].join(" → "));
        return;
      }
      visiting.add(node);
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      visiting.delete(node);
      done.add(node);
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it("the graph is read (a sanity check that the scan sees imports)", () => {
    expect(graph.get("pipeline")).toEqual(new Set(["domain", "report", "sources", "workbook"]));
  });
});
