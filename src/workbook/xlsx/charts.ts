/**
 * Native charts for the ExcelJS path. ExcelJS cannot write charts, so they are added to the saved .xlsx package:
 * one drawing part per sheet, one chart part per chart, with their relationships and content types.
 */
import JSZip from "jszip";
import type { ChartPlan } from "../../report/plan";
import { chartXml, drawingXml } from "./chart-xml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_REL = `${REL_NS}/drawing`;
const CHART_REL = `${REL_NS}/chart`;
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Elements that must follow <drawing> in a worksheet (CT_Worksheet sequence). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

export async function injectCharts(xlsx: Uint8Array, charts: Array<{ sheetName: string; chart: ChartPlan }>): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetParts = await sheetPartsByName(zip);
  let contentTypes = await text(zip, "[Content_Types].xml");
  let nextDrawing = nextPartNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let nextChart = nextPartNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);

  const bySheet = new Map<string, ChartPlan[]>();
  for (const { sheetName, chart } of charts) bySheet.set(sheetName, [...(bySheet.get(sheetName) ?? []), chart]);

  for (const [sheetName, sheetCharts] of bySheet) {
    const sheetPath = sheetParts.get(sheetName);
    if (!sheetPath) continue;
    let sheetXml = await text(zip, sheetPath);
    // A sheet that already has a drawing (images) is left as it is rather than risk breaking it.
    if (/<drawing\s/.test(sheetXml)) continue;

    const drawingNumber = nextDrawing++;
    const anchors = sheetCharts.map((chart, i) => {
      const chartNumber = nextChart++;
      zip.file(`xl/charts/chart${chartNumber}.xml`, chartXml(sheetName, chart));
      contentTypes = addOverride(contentTypes, `/xl/charts/chart${chartNumber}.xml`, CHART_TYPE);
      return { anchor: chart.anchor, relationshipId: `rId${i + 1}`, name: `Diagramm ${i + 1}`, target: `../charts/chart${chartNumber}.xml` };
    });
    zip.file(`xl/drawings/drawing${drawingNumber}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationships(anchors.map((a) => ({ id: a.relationshipId, type: CHART_REL, target: a.target }))));
    contentTypes = addOverride(contentTypes, `/xl/drawings/drawing${drawingNumber}.xml`, DRAWING_TYPE);

    const relsPath = sheetPath.replace(/^(.*)\/([^/]+)$/, "$1/_rels/$2.rels");
    const existingRels = zip.file(relsPath) ? await text(zip, relsPath) : null;
    const drawingId = freeRelationshipId(existingRels);
    const drawingRel = `<Relationship Id="${drawingId}" Type="${DRAWING_REL}" Target="../drawings/drawing${drawingNumber}.xml"/>`;
    zip.file(relsPath, existingRels ? existingRels.replace("</Relationships>", `${drawingRel}</Relationships>`) : relationships([]).replace("</Relationships>", `${drawingRel}</Relationships>`));

    sheetXml = ensureRelationshipNamespace(sheetXml);
    zip.file(sheetPath, insertDrawing(sheetXml, `<drawing r:id="${drawingId}"/>`));
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`Teil ${path} fehlt in der Arbeitsmappe.`);
  return file.async("string");
}

/** Sheet name → package path, via xl/workbook.xml and its relationships. */
async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function nextPartNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match) max = Math.max(max, Number(match[1]));
  });
  return max + 1;
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  if (contentTypes.includes(`PartName="${partName}"`)) return contentTypes;
  return contentTypes.replace("</Types>", `<Override PartName="${partName}" ContentType="${type}"/></Types>`);
}

function relationships(entries: Array<{ id: string; type: string; target: string }>): string {
  const body = entries.map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${e.target}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

function freeRelationshipId(rels: string | null): string {
  const used = new Set([...(rels ?? "").matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  for (let i = 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
}

function ensureRelationshipNamespace(sheetXml: string): string {
  if (/<worksheet\b[^>]*\bxmlns:r=/.test(sheetXml)) return sheetXml;
  return sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
}

function insertDrawing(sheetXml: string, drawing: string): string {
  let position = sheetXml.lastIndexOf("</worksheet>");
  // These elements only ever appear at the top level of a worksheet.
  for (const element of AFTER_DRAWING.filter((e) => e !== "extLst")) {
    const index = sheetXml.search(new RegExp(`<${element}[\\s>/]`));
    if (index >= 0 && index < position) position = index;
  }
  // extLst also appears nested (inside conditional-format rules); only the worksheet's own, last one counts.
  if (/<\/extLst>\s*<\/worksheet>\s*$/.test(sheetXml)) position = Math.min(position, sheetXml.lastIndexOf("<extLst"));
  return sheetXml.slice(0, position) + drawing + sheetXml.slice(position);
}
