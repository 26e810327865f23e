/**
 * One real-world workbook through the product as a user would take it: `quellen` (read and recognise the sheets),
 * `vorlage` (insert the template sheets) and `report` after the template sheets were filled with a few numbers — all
 * through the product's own functions, in this process. What each step wrote is checked the way Excel checks a
 * package before it offers to "repair" it.
 */
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { computeReport } from "../../../src/pipeline/run-report";
import type { SheetPlan } from "../../../src/report/plan";
import { buildTemplateSheets } from "../../../src/report/template-sheets";
import { inspectSources } from "../../../src/pipeline/inspect-sources";
import { WorkbookOpenError, XlsxWorkbook } from "../../../src/workbook/xlsx";
import { attribute, loadPackage, parseRelationships, relationshipsOf, relsPathOf, resolveTarget, workbookPartOf } from "../../../src/workbook/xlsx/package/opc";

export type Outcome =
  /** The product said, in German, why it does not read the file (encrypted, not a zip, beyond the limits …). */
  | { kind: "refused"; message: string; ms: number }
  | { kind: "done"; ms: number; notices: string[]; problems: string[]; outputs: { vorlage: Uint8Array; report?: Uint8Array } };

const YEAR = 2023;

/** The template sheets with Grunddaten and a Zielwert filled in, so that the report has something to compute. */
export function filledTemplateSheets(): SheetPlan[] {
  return buildTemplateSheets(YEAR).map((sheet) => {
    if (sheet.key === "vorlage-grunddaten") {
      const cells = sheet.cells.map((row) => [...row]);
      const header = cells[3];
      for (const row of cells) {
        const amount = row[1] === "elb" ? 1000 : row[1] === "int" ? 20 : null;
        if (amount !== null) for (let c = 2; c < header.length; c++) row[c] = c < header.length - 9 ? amount : null;
      }
      return { ...sheet, cells };
    }
    if (sheet.key === "vorlage-ziele") return { ...sheet, cells: sheet.cells.map((row, r) => (r === 3 ? [row[0], row[1], 24, ...row.slice(3)] : row)) };
    return sheet;
  });
}

export async function runWorkbook(bytes: Uint8Array, name: string): Promise<Outcome> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  const problems: string[] = [];
  const notices: string[] = [];
  try {
    // quellen
    const sources = await XlsxWorkbook.fromBuffer(bytes, name);
    await inspectSources(sources, "2024-01-15");

    // vorlage
    const template = await XlsxWorkbook.fromBuffer(bytes, name);
    notices.push(...(await template.render({ sheets: buildTemplateSheets(YEAR) })).notices);
    const vorlage = await template.toBuffer();
    problems.push(...(await packageProblems(bytes, vorlage, "vorlage")));

    // report after inserting data sheets
    const data = await XlsxWorkbook.fromBuffer(bytes, name);
    await data.render({ sheets: filledTemplateSheets() });
    const withData = await data.toBuffer();
    const reopened = await XlsxWorkbook.fromBuffer(withData, name);
    const read = await reopened.readSheets({ numberFormats: true });
    const outcome = computeReport(read, { reportMonth: `${YEAR}-03`, today: "2024-01-15" });
    if (outcome.plan.sheets.length === 0) problems.push("report: the filled template sheets were not recognised");
    notices.push(...(await reopened.render(outcome.plan)).notices);
    const report = await reopened.toBuffer();
    problems.push(...(await packageProblems(bytes, report, "report")));
    return { kind: "done", ms: ms(), notices, problems, outputs: { vorlage, report } };
  } catch (error) {
    if (error instanceof WorkbookOpenError) return { kind: "refused", message: error.message, ms: ms() };
    throw error;
  }
}

/**
 * What is wrong with `output`, written from `input`: a part that is no well-formed XML, a part without a content type,
 * a relationship to a part that is not there, a part of the user's that is not byte for byte what it was.
 */
export async function packageProblems(input: Uint8Array, output: Uint8Array, step: string): Promise<string[]> {
  const before = await contents(input);
  const after = await contents(output);
  const problems: string[] = [];
  const types = textOf(after.get("[Content_Types].xml"));
  const changed = [...after.keys()].filter((path) => !sameBytes(before.get(path), after.get(path)));
  for (const path of changed) {
    const content = after.get(path) as Uint8Array;
    if (/\.(xml|rels|vml)$/i.test(path)) {
      const valid = XMLValidator.validate(textOf(content));
      if (valid !== true) problems.push(`${step}: ${path} is not well-formed: ${valid.err.msg}`);
      const undeclared = undeclaredPrefixes(textOf(content));
      if (undeclared.length > 0) problems.push(`${step}: ${path} uses undeclared prefixes ${undeclared.join(", ")}`);
    }
    if (path !== "[Content_Types].xml" && !hasContentType(types, path)) problems.push(`${step}: ${path} has no content type`);
  }
  for (const [path, content] of after) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/.test(path) || !changed.includes(path)) continue;
    const source = path === "_rels/.rels" ? "" : path.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const r of parseRelationships(textOf(content))) {
      if (r.external) continue;
      const target = resolveTarget(source, r.target);
      if (!hasPart(after, target)) problems.push(`${step}: ${path} points at missing ${target}`);
    }
  }
  // The user's parts: everything that was there, apart from the package's directory parts and the calculation chain.
  const directory = await directoryParts(input);
  const strict = textOf(before.get("_rels/.rels")).includes("http://purl.oclc.org/ooxml/");
  for (const [path, content] of before) {
    if (directory.has(path.toLowerCase()) || strict) continue;
    if (!after.has(path)) problems.push(`${step}: user part ${path} lost`);
    else if (!sameBytes(content, after.get(path))) problems.push(`${step}: user part ${path} changed`);
  }
  return problems;
}

/** Element and attribute prefixes used outside the scope of any declaration (what made openpyxl files unopenable). */
export function undeclaredPrefixes(xml: string): string[] {
  const scopes: Array<Set<string>> = [new Set(["xml", "xmlns"])];
  const found = new Set<string>();
  const tags = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (const [, closing, name, attributes, selfClosing] of xml.matchAll(tags)) {
    if (!name) continue;
    if (closing) {
      scopes.pop();
      continue;
    }
    const scope = new Set(scopes[scopes.length - 1]);
    for (const [, prefix] of (attributes ?? "").matchAll(/\sxmlns:([\w.-]+)\s*=/g)) scope.add(prefix);
    const names = [name, ...[...(attributes ?? "").matchAll(/\s([\w:.-]+)\s*=/g)].map((m) => m[1])];
    for (const n of names) {
      const prefix = n.includes(":") ? n.slice(0, n.indexOf(":")) : undefined;
      if (prefix && !scope.has(prefix)) found.add(prefix);
    }
    if (!selfClosing) scopes.push(scope);
  }
  return [...found];
}

/** The parts a splice rewrites: content types, the workbook part, its relationships, styles and calculation chain. */
async function directoryParts(bytes: Uint8Array): Promise<Set<string>> {
  const zip = await loadPackage(bytes);
  const directory = new Set(["[content_types].xml"]);
  try {
    const workbook = await workbookPartOf(zip);
    directory.add(workbook.toLowerCase()).add(relsPathOf(workbook).toLowerCase());
    for (const r of await relationshipsOf(zip, workbook)) {
      if (/\/(styles|calcChain)$/.test(r.type) && !r.external) directory.add(resolveTarget(workbook, r.target).toLowerCase());
    }
  } catch {
    // no workbook part: every part counts as the user's
  }
  return directory;
}

async function contents(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  // A part named with "\\" is read (and written back) under its "/" name.
  return new Map(await Promise.all(files.map(async (f) => [f.name.replace(/\\/g, "/"), await f.async("uint8array")] as const)));
}

/** Part names compare ignoring case (OPC §6.2.2.3). */
function hasPart(parts: Map<string, Uint8Array>, name: string): boolean {
  const lower = name.toLowerCase();
  return [...parts.keys()].some((p) => p.toLowerCase() === lower);
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

function textOf(bytes: Uint8Array | undefined): string {
  if (!bytes) return "";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder().decode(bytes);
}

function hasContentType(types: string, path: string): boolean {
  const override = [...types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].some(([tag]) => attribute(tag, "PartName")?.toLowerCase() === `/${path}`.toLowerCase());
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return override || [...types.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)].some(([tag]) => attribute(tag, "Extension")?.toLowerCase() === extension);
}

