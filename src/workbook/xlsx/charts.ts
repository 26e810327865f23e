/**
 * Native charts in a package: one drawing part per sheet, one chart part per chart, with their relationships and
 * content types. The report package gets its charts here (writing/report-package.ts).
 */
import JSZip from "jszip";
import type { ChartPlan } from "../../report/plan";
import { chartXml, drawingXml } from "./chart-xml";
import {
  ContentTypes,
  freePartName,
  freeRelationshipId,
  partText,
  REL_NS,
  REL_TYPE,
  relationshipsOf,
  relativeTarget,
  relsPathOf,
  serializeRelationships,
  sheetPartsOf,
} from "./package/opc";

const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Elements that must follow <drawing> in a worksheet (CT_Worksheet sequence). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The charts added to a saved package (tests put them into packages that other writers made). */
export async function injectCharts(xlsx: Uint8Array, charts: Array<{ sheetName: string; chart: ChartPlan }>): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addCharts(zip, charts);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The charts added to the package in `zip`, on the sheets they name. */
export async function addCharts(zip: JSZip, charts: Array<{ sheetName: string; chart: ChartPlan }>): Promise<void> {
  if (charts.length === 0) return;
  const sheetParts = await sheetPartsByName(zip);
  const contentTypes = await ContentTypes.of(zip);
  const reserved = new Set<string>();

  const bySheet = new Map<string, ChartPlan[]>();
  for (const { sheetName, chart } of charts) bySheet.set(sheetName, [...(bySheet.get(sheetName) ?? []), chart]);

  for (const [sheetName, sheetCharts] of bySheet) {
    const sheetPath = sheetParts.get(sheetName);
    if (!sheetPath) continue;
    const sheetXml = await partText(zip, sheetPath);
    // A sheet that already has a drawing (images) is left as it is rather than risk breaking it.
    if (/<drawing\s/.test(sheetXml)) continue;

    const drawingPath = freePartName(zip, "xl/drawings/drawing.xml", reserved);
    reserved.add(drawingPath);
    const anchors = sheetCharts.map((chart, i) => {
      const chartPath = freePartName(zip, "xl/charts/chart.xml", reserved);
      reserved.add(chartPath);
      zip.file(chartPath, chartXml(sheetName, chart));
      contentTypes.add(chartPath, CHART_TYPE);
      return { anchor: chart.anchor, relationshipId: `rId${i + 1}`, name: `Diagramm ${i + 1}`, target: relativeTarget(drawingPath, chartPath) };
    });
    zip.file(drawingPath, drawingXml(anchors));
    zip.file(relsPathOf(drawingPath), serializeRelationships(anchors.map((a) => ({ id: a.relationshipId, type: REL_TYPE.chart, target: a.target, external: false }))));
    contentTypes.add(drawingPath, DRAWING_TYPE);

    const sheetRelationships = await relationshipsOf(zip, sheetPath);
    const drawingId = freeRelationshipId(sheetRelationships);
    sheetRelationships.push({ id: drawingId, type: REL_TYPE.drawing, target: relativeTarget(sheetPath, drawingPath), external: false });
    zip.file(relsPathOf(sheetPath), serializeRelationships(sheetRelationships));
    zip.file(sheetPath, insertDrawing(ensureRelationshipNamespace(sheetXml), `<drawing r:id="${drawingId}"/>`));
  }
  contentTypes.save(zip);
}

/** Sheet name → package path. */
async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  return new Map((await sheetPartsOf(zip)).flatMap((sheet) => (sheet.part ? [[sheet.name, sheet.part] as const] : [])));
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
