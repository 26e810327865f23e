/**
 * DrawingML for native Excel charts (ECMA-376 Part 1, §21.2). Element order follows the schema: Excel refuses a file
 * whose elements are out of order, LibreOffice is more forgiving.
 */
import type { CellRange, ChartPlan, ChartSeriesPlan } from "../../report/plan";
import { columnName } from "../../sources/a1";
import { escapeXml } from "../xml-text";

/** 'Sheet Name'!$B$5:$M$5 — the name quoted, apostrophes doubled. */
export function rangeFormula(sheetName: string, range: CellRange): string {
  const from = `$${columnName(range.col)}$${range.row + 1}`;
  const to = `$${columnName(range.col + range.cols - 1)}$${range.row + range.rows}`;
  return `'${sheetName.replace(/'/g, "''")}'!${from}:${to}`;
}

const CATEGORY_AXIS = 50010;
const VALUE_AXIS = 50020;

export function chartXml(sheetName: string, chart: ChartPlan): string {
  const plot = chart.kind === "line" ? lineChart(sheetName, chart) : barChart(sheetName, chart);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<c:roundedCorners val="0"/>',
    "<c:chart>",
    title(chart.title),
    '<c:autoTitleDeleted val="0"/>',
    "<c:plotArea><c:layout/>",
    plot,
    axes(chart),
    "</c:plotArea>",
    chart.legend === "none" ? "" : legend(chart.series),
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    "</c:chart>",
    "</c:chartSpace>",
  ].join("");
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="de-DE" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function seriesHead(series: ChartSeriesPlan, index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`;
}

function references(sheetName: string, chart: ChartPlan, series: ChartSeriesPlan): string {
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(rangeFormula(sheetName, chart.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(rangeFormula(sheetName, series.values))}</c:f></c:numRef></c:val>`
  );
}

function barChart(sheetName: string, chart: ChartPlan): string {
  const stacked = chart.kind === "columnStacked" || chart.kind === "waterfall";
  const direction = chart.kind === "barClustered" ? "bar" : "col";
  const series = chart.series
    .map((s, i) => {
      const fill = s.invisible ? "<a:noFill/><a:ln><a:noFill/></a:ln>" : `<a:solidFill><a:srgbClr val="${s.color ?? defaultColor(i)}"/></a:solidFill>`;
      return `<c:ser>${seriesHead(s, i)}<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>${references(sheetName, chart, s)}</c:ser>`;
    })
    .join("");
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="${stacked ? 60 : 120}"/>${stacked ? '<c:overlap val="100"/>' : ""}` +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`
  );
}

function lineChart(sheetName: string, chart: ChartPlan): string {
  const series = chart.series
    .map((s, i) => {
      const color = s.color ?? defaultColor(i);
      const line = s.invisible ? "<a:ln><a:noFill/></a:ln>" : `<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln>`;
      const marker = s.invisible
        ? '<c:marker><c:symbol val="none"/></c:marker>'
        : `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>`;
      return `<c:ser>${seriesHead(s, i)}<c:spPr>${line}</c:spPr>${marker}${references(sheetName, chart, s)}<c:smooth val="0"/></c:ser>`;
    })
    .join("");
  return (
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    `<c:marker val="1"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:lineChart>`
  );
}

function axes(chart: ChartPlan): string {
  const horizontal = chart.kind === "barClustered";
  const numberFormat = escapeXml(chart.valueAxisNumberFormat ?? "General");
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${numberFormat}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** Legend at the bottom; invisible helper series (the waterfall's float) get no entry. */
function legend(series: ChartSeriesPlan[]): string {
  const hidden = series.map((s, i) => (s.invisible ? `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>` : "")).join("");
  return `<c:legend><c:legendPos val="b"/>${hidden}<c:overlay val="0"/></c:legend>`;
}

const PALETTE = ["404040", "5B9BD5", "A6A6A6", "ED7D31", "70AD47"];
function defaultColor(index: number): string {
  return PALETTE[index % PALETTE.length];
}

/** One drawing part holding all charts of a sheet, each anchored to cells. */
export function drawingXml(anchors: Array<{ anchor: CellRange; relationshipId: string; name: string }>): string {
  const body = anchors
    .map(({ anchor, relationshipId, name }, i) =>
      [
        '<xdr:twoCellAnchor editAs="oneCell">',
        `<xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`,
        `<xdr:to><xdr:col>${anchor.col + anchor.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row + anchor.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`,
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">',
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relationshipId}"/>`,
        "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>",
      ].join(""),
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    body +
    "</xdr:wsDr>"
  );
}
