/**
 * A fake of the Excel object model, strict where Excel is. Every rule it enforces comes from the Office.js reference
 * (OfficeDev/office-js-docs-reference at fa81c2a7, docs/docs-ref-autogen/excel_1_20/excel/*.yml, cited as
 * "ref excel.x.yml") or the conceptual docs (OfficeDev/office-js-docs-pr at 096a3ee8, cited by path):
 *
 *  - Proxies and batches (docs/develop/application-specific-api-model.md): methods and property sets are queued and
 *    run on the host only at context.sync(), in order; a property can be read only after load() and a sync
 *    ("Before you can read the properties of a proxy object, you must explicitly load the properties … and then call
 *    context.sync()"), else PropertyNotLoaded; isNullObject only after a sync (ref officeextension.clientobject).
 *  - *OrNullObject (same file, "*OrNullObject methods and properties"): the docs define only isNullObject on a null
 *    object. Calling a method on one is undefined behaviour, so the fake throws.
 *  - Range.values (ref excel.range.yml, values): a string starting with = + - is a formula. Other strings are parsed
 *    as Excel parses input in the en-US locale the API speaks — numbers, percents, booleans and en-US dates; only
 *    "locale-shaped strings" of other locales stay text. Two-part dates ("Jan 22") are day/month of the current year
 *    when the number can be a day, otherwise month/year, with two-digit years 00–29 → 20xx and 30–99 → 19xx
 *    (Microsoft KB 214391, "How Excel works with two-digit year numbers"). Text format "@" and the quote prefix ' keep
 *    a string as text. Arrays must have the range's shape (InvalidArgument otherwise).
 *  - Payloads (docs/excel/performance.md, "Payload size limit best practices"): Excel on the web limits each request
 *    and each response to 5 MB; above that RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded. The
 *    fake measures both in UTF-8 bytes of their JSON, plus a fixed overhead per action for object path and ids.
 *  - Worksheets: names compare without regard to case (add throws ItemAlreadyExists, getItem finds
 *    "ziel-ist-vergleich" for "Ziel-Ist-Vergleich"). The Office.js reference does not say so; it is Excel's own rule
 *    for sheet names (Excel refuses "grunddaten" beside "Grunddaten": "That name is already taken"), which
 *    resolveRender (src/workbook/output-safety.ts) follows too. A VeryHidden sheet cannot be
 *    deleted (ref excel.worksheet.yml, delete: InvalidOperation); the only visible sheet cannot be hidden or deleted
 *    (ref excel.sheetvisibility.yml example, "Cannot hide the only visible worksheet"). A protected workbook structure
 *    refuses adding, deleting, moving, hiding and renaming sheets and a protected sheet refuses writes (Excel's
 *    "Protect a workbook" / "Protect a worksheet"; ref excel.workbookprotection.yml, excel.worksheetprotection.yml),
 *    both with AccessDenied. Deleting a sheet turns formulas that point at it into #REF! (Excel's "How to correct a
 *    #REF! error": references to deleted cells).
 *  - Reading values or number formats of more than 5,000,000 cells at once fails with RangeExceedsLimit
 *    (docs/excel/excel-add-ins-ranges-large.md; error code in docs/testing/application-specific-api-error-handling.md).
 *  - PageLayout.zoom must be set as a whole object (ref excel.pagelayout.yml, zoom).
 *  - Settings (ref excel.settingcollection.yml, excel.setting.yml): add(key, value) sets or replaces, delete() removes.
 *  - Custom XML parts (ExcelApi 1.5; ref excel.customxmlpartcollection.yml, excel.customxmlpartscopedcollection.yml,
 *    excel.customxmlpart.yml): add(xml) takes "a valid XML fragment" (InvalidArgument otherwise: the reference names
 *    no code, InvalidArgument is Excel's code for a bad argument) and files the part under its root element's
 *    namespace; getByNamespace(uri) is the scoped collection of the parts with that namespace (load("items/id")
 *    gives them), its getOnlyItemOrNullObject() the part if exactly one has it, else a null object; getXml() gives a ClientResult whose value is readable only after the sync (ref
 *    officeextension.clientresult.yml: "retrieved from the document after context.sync() is invoked"); setXml
 *    replaces the whole XML, delete() removes the part.
 *  - Charts (docs/testing/application-specific-api-error-handling.md, error codes: "EmptyChartSeries – The attempted
 *    operation failed because the chart series is empty"): adding a chart over a range without a single value, or
 *    pointing a series at such a range, fails with EmptyChartSeries when the action runs.
 *  - Defined names (ref excel.nameditemcollection.yml, excel.nameditem.yml; Worksheet.names and
 *    getItemOrNullObject ExcelApi 1.4, NamedItem.visible read/write 1.1): a name is workbook- or sheet-scoped; names
 *    compare without regard to case within a scope, and add() of a name the scope has fails (the reference names no
 *    code; ItemAlreadyExists as for sheets). A name must start with a letter, "_" or "\", hold no space and not look
 *    like a cell reference (Excel's "Names in formulas" rules), else InvalidArgument. A sheet-scoped name lives and
 *    dies with its sheet and follows a rename; Range.clear does not touch names (they are not cell content).
 *  - Calculation (ref excel.application.yml): calculationMode is "Automatic", "AutomaticExceptTables" or "Manual"
 *    (readable from ExcelApi 1.1); calculate(type) recalculates (1.1). In automatic mode Excel recalculates the
 *    dependents of what a request changed when the request is done — unless the request called
 *    suspendApiCalculationUntilNextSync (1.6): "Suspends calculation until the next context.sync() is called. Once
 *    set, it is the developer's responsibility to re-calc the workbook, to ensure that any dependencies are
 *    propagated." In manual mode nothing recalculates until calculate() (Excel's "Change formula recalculation").
 *    The fake evaluates formulas of the shapes `=Sheet!B3`, `='Sheet name'!B3`, either times a number, and `=Name`
 *    of a workbook-scoped name (#NAME? when there is no such name); others keep their value.
 *  - Cell edit mode (docs/excel/excel-add-ins-delay-in-cell-edit.md): while the user edits a cell, a request fails with
 *    InvalidOperationInCellEditMode, unless Excel.run was given { delayForCellEdit: true }: then it waits until the
 *    user leaves edit mode. Tests enter and leave it with book.editCell() and book.endCellEdit().
 *  - Known host failures: `book.refuses.freezePanes = "GeneralException"` makes every freeze-panes action fail, as
 *    freezeRows does on some Office 2019 builds (office-js#2196); `book.refuses.pageLayout` the same for print setup.
 *  - Failure injection: `book.failure = { atSync, afterActions, code }` makes the n-th sync of the workbook run that
 *    many of its actions and then fail, as Excel does when an action in a batch fails (the earlier ones stay done).
 *
 * The host side (FakeWorkbook, FakeWorksheet, cells) is what tests inspect and seed directly, without syncs.
 * office-addin-mock cannot model collections (its docs say so), hence this hand-written fake.
 */
import { wellFormednessProblem } from "../../../src/workbook/xlsx/package/written-package-check";

export type CellValue = string | number | boolean;
export interface Cell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}
interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** 5 MB, Excel on the web's limit for one request and one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Bytes Office.js spends per action on ids, object path and action type (order of magnitude). */
export const ACTION_OVERHEAD = 60;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface MeteredRequest {
  actions: number;
  requestBytes: number;
  responseBytes: number;
}

export function excelError(code: string, message = code): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const jsonBytes = (value: unknown) => (value === undefined ? 0 : utf8Bytes(JSON.stringify(value) ?? ""));

// ---------------------------------------------------------------------------------------------------------------
// Excel's reading of a string written through Range.values (en-US).

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.indexOf(w) >= 0 ? MONTHS.indexOf(w) : MONTH_NAMES.indexOf(w);
  return index;
}

function serial(year: number, month: number, day: number): number | null {
  const date = Date.UTC(year, month, day);
  if (new Date(date).getUTCDate() !== day || new Date(date).getUTCMonth() !== month) return null;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const fullYear = (yy: string) => (yy.length === 4 ? Number(yy) : Number(yy) <= 29 ? 2000 + Number(yy) : 1900 + Number(yy));

/** A two-part date: day/month of the current year if the number can be that month's day, else month/year (KB 214391). */
function twoPart(month: number, number: string, currentYear: number): { value: number; format: string } | null {
  const asDay = number.length <= 2 ? serial(currentYear, month, Number(number)) : null;
  if (asDay !== null) return { value: asDay, format: "d-mmm" };
  const asYear = serial(fullYear(number), month, 1);
  return asYear === null ? null : { value: asYear, format: "mmm-yy" };
}

/** What Excel stores for a string typed or written through Range.values into a cell formatted General. */
export function excelReading(text: string, currentYear: number): { value: CellValue; format?: string } | { formula: string } {
  const t = text.trim();
  if (/^[=+-]/.test(text) && !/^[+-]\d/.test(t)) return { formula: text };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const number = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?(%?)$/i.exec(t);
  if (number) {
    const value = Number(`${number[1]}${number[2].replace(/,/g, "")}${number[3] ? `e${number[3]}` : ""}`) / (number[4] ? 100 : 1);
    return number[4] ? { value, format: "0%" } : { value };
  }
  let m = /^([A-Za-z]+\.?)[ -](\d{1,4})$/.exec(t); // "Jan 22", "Jan-2022", "June 5"
  if (m && monthOf(m[1]) >= 0) {
    const date = twoPart(monthOf(m[1]), m[2], currentYear);
    if (date) return date;
  }
  m = /^(\d{1,2})[ -]([A-Za-z]+\.?)(?:[ -](\d{2}|\d{4}))?$/.exec(t); // "22-Jan", "5 June 2022"
  if (m && monthOf(m[2]) >= 0) {
    const value = serial(m[3] ? fullYear(m[3]) : currentYear, monthOf(m[2]), Number(m[1]));
    if (value !== null) return { value, format: m[3] ? "d-mmm-yy" : "d-mmm" };
  }
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(t); // "Jan 22, 2022"
  if (m && monthOf(m[1]) >= 0) {
    const value = serial(Number(m[3]), monthOf(m[1]), Number(m[2]));
    if (value !== null) return { value, format: "m/d/yyyy" };
  }
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t); // en-US M/D/YY
  if (m) {
    const value = serial(m[3] ? fullYear(m[3]) : currentYear, Number(m[1]) - 1, Number(m[2]));
    if (value !== null) return { value, format: "m/d/yyyy" };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t); // ISO
  if (m) {
    const value = serial(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (value !== null) return { value, format: "m/d/yyyy" };
  }
  return { value: text };
}

// ---------------------------------------------------------------------------------------------------------------
// The host: what is in the workbook.

export class FakeChart {
  title = { text: "" };
  legend = { position: "", visible: true };
  axes = { valueAxis: { numberFormat: "" } };
  position: [string, string] | null = null;
  seriesList: FakeSeries[] = [];
  name: string;

  constructor(readonly type: string, readonly source: Box, readonly by: string, index: number) {
    this.name = `Diagramm ${index}`;
    this.seriesList.push(new FakeSeries("", source));
  }
}

export class FakeSeries {
  xValues: Box | null = null;
  invisible = false;
  color = "";
  lineColor = "";
  constructor(public name: string, public values: Box | null = null) {}
}

export interface FakeConditionalFormat {
  type: string;
  range: Box;
  rule: Record<string, unknown>;
  format: Record<string, unknown>;
}

/** A defined name referring to a rectangle of a sheet (the only kind the add-in writes). */
export class FakeName {
  visible = true;
  constructor(readonly name: string, public sheet: FakeWorksheet, public box: Box, readonly comment = "") {}
  /** What Excel shows in the Name Manager: the reference with the sheet's present name. */
  get formula(): string {
    if (this.sheet.deleted) return "=#REF!";
    const quoted = `'${this.sheet.name.replace(/'/g, "''")}'`;
    const end = this.box.rows === 1 && this.box.cols === 1 ? "" : `:${absolute(this.box.row + this.box.rows - 1, this.box.col + this.box.cols - 1)}`;
    return `=${quoted}!${absolute(this.box.row, this.box.col)}${end}`;
  }
}

function absolute(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** Excel's rules for a defined name (see the header). */
export function checkDefinedName(name: string): void {
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^R\d*C\d*$/i.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255 || looksLikeCell) throw excelError("InvalidArgument", `Not a valid name: ${name}`);
}

export class FakeWorksheet {
  cells = new Map<string, Cell>();
  /** Names scoped to this sheet, by lower-case name. */
  names = new Map<string, FakeName>();
  deleted = false;
  visibility = "Visible";
  tabColor = "";
  /** Value writes through the API (Range.values sets), to check that a report is written in one piece. */
  valueWrites = 0;
  frozen: { rows: number; cols: number } | null = null;
  conditionalFormats: FakeConditionalFormat[] = [];
  charts: FakeChart[] = [];
  merges: Box[] = [];
  columnWidths = new Map<number, number>();
  pageBreaks: string[] = [];
  formatWrites = 0;
  pageLayout: { orientation?: string; zoom?: Record<string, unknown>; printTitleRows?: string; footers?: Record<string, string> } = {};
  protected = false;
  readonly id: string;

  constructor(private readonly book: FakeWorkbook, public name: string) {
    this.id = `{SHEET-${++book.sheetIds}}`;
  }

  get position(): number {
    return this.book.worksheets.items.indexOf(this);
  }

  set position(index: number) {
    const items = this.book.worksheets.items;
    items.splice(items.indexOf(this), 1);
    items.splice(index, 0, this);
  }

  cell(r: number, c: number): Cell {
    const key = `${r}:${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: "" }));
    return cell;
  }

  /** Seeding: the value as it already is in the workbook (a string starting with "=" is a formula). */
  seed(r: number, c: number, value: unknown): void {
    const cell = this.cell(r, c);
    if (typeof value === "string" && value.startsWith("=")) {
      cell.formula = value;
      cell.value = 0;
    } else cell.value = value as CellValue;
  }

  /** A value written through Range.values: Excel's reading of strings (see the header). */
  write(r: number, c: number, value: unknown): void {
    this.markChanged(r, c);
    const cell = this.cell(r, c);
    delete cell.formula;
    if (value === null || value === "") {
      cell.value = "";
      return;
    }
    if (typeof value !== "string") {
      cell.value = value as CellValue;
      return;
    }
    if (value.startsWith("'")) cell.value = value.slice(1);
    else if (cell.numberFormat === "@") cell.value = value;
    else {
      const reading = excelReading(value, this.book.currentYear);
      if ("formula" in reading) {
        cell.formula = value;
        cell.value = "#FORMEL";
      } else {
        cell.value = reading.value;
        if (reading.format && (cell.numberFormat ?? "General") === "General") cell.numberFormat = reading.format;
      }
    }
  }

  markChanged(r: number, c: number): void {
    this.book.changedInRequest.add(`${this.id}:${r}:${c}`);
  }

  /** Bounding box of the cells holding a value, or null. */
  usedBox(): Box | null {
    let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const [r, c] = key.split(":").map(Number);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return top === Infinity ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Values of a rectangle, "" for empty cells (what Range.values returns). */
  valuesOf(box: Box): CellValue[][] {
    return Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => this.cells.get(`${box.row + r}:${box.col + c}`)?.value ?? ""));
  }

  formatsOf(box: Box): string[][] {
    return Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => this.cells.get(`${box.row + r}:${box.col + c}`)?.numberFormat ?? "General"));
  }

  /** What a user sees of the sheet: values by A1-style key, for comparing reports. */
  snapshot(): { cells: Record<string, CellValue>; charts: number; rules: number; merges: number } {
    const cells: Record<string, CellValue> = {};
    for (const [key, cell] of [...this.cells].sort(([a], [b]) => a.localeCompare(b))) if (cell.value !== "") cells[key] = cell.value;
    return { cells, charts: this.charts.length, rules: this.conditionalFormats.length, merges: this.merges.length };
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeWorksheet;
  range: Box;
}

export class FakeWorkbook {
  /** Host list of sheets in tab order (tests read and reorder it directly). */
  worksheets = { items: [] as FakeWorksheet[] };
  tables: FakeTable[] = [];
  settingsStore = new Map<string, string>();
  /** Workbook-scoped names, by lower-case name. */
  names = new Map<string, FakeName>();
  /** The workbook's custom XML parts, in the order they were added (tests seed and read them directly). */
  customXmlParts: FakeCustomXmlPart[] = [];
  private customXmlPartIds = 0;
  protection = { protected: false };
  calls: string[] = [];
  active = "";
  selected = "";
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  /** Set by suspendApiCalculationUntilNextSync for the request running now. */
  calculationSuspended = false;
  /** The year Excel puts on a date typed without one. */
  currentYear = new Date().getFullYear();
  /** Excel on the web's payload limit; null models desktop Excel, which has none. */
  payloadLimit: number | null = PAYLOAD_LIMIT;
  /** Every sync of every context, in order: what was sent and what came back. */
  requests: MeteredRequest[] = [];
  syncCount = 0;
  failure: { atSync: number; afterActions: number; code: string } | null = null;
  /** The user is editing a cell (see the header); resolved when they stop. */
  private cellEdit: { ended: Promise<void>; end: () => void } | null = null;

  editCell(): void {
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    this.cellEdit?.end();
    this.cellEdit = null;
  }

  /** Waits for the end of cell editing (delayed requests) or refuses the request. */
  async leaveCellEdit(delay: boolean): Promise<void> {
    if (!this.cellEdit) return;
    if (!delay) throw excelError("InvalidOperationInCellEditMode", "The request cannot be processed while the user is editing a cell.");
    await this.cellEdit.ended;
  }

  /** Operations this host refuses every time (see the header). */
  refuses: { freezePanes?: string; pageLayout?: string } = {};
  sheetIds = 0;

  sheet(name: string): FakeWorksheet {
    const sheet = this.find(name);
    if (!sheet) throw excelError("ItemNotFound", name);
    return sheet;
  }

  find(name: string): FakeWorksheet | undefined {
    return this.worksheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Seeds a sheet with the values it already holds (not through Range.values: no string conversion). */
  addSheet(name: string, rows: unknown[][]): FakeWorksheet {
    if (this.find(name)) throw excelError("ItemAlreadyExists", name);
    const sheet = new FakeWorksheet(this, name);
    this.worksheets.items.push(sheet);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && sheet.seed(r, c, v)));
    return sheet;
  }

  /** Adds a custom XML part as Excel files it: under the namespace of its root element. */
  addCustomXmlPart(xml: string): FakeCustomXmlPart {
    const problem = wellFormednessProblem(xml);
    if (problem) throw excelError("InvalidArgument", `Not a valid XML fragment: ${problem}`);
    const part = { id: `{5C3A1E2B-0000-4000-8000-${String(++this.customXmlPartIds).padStart(12, "0")}}`, namespaceUri: rootNamespace(xml), xml };
    this.customXmlParts.push(part);
    return part;
  }

  /** The XML of the only custom XML part in `namespaceUri`, if there is exactly one. */
  customXmlPartXml(namespaceUri: string): string | undefined {
    const parts = this.customXmlParts.filter((p) => p.namespaceUri === namespaceUri);
    return parts.length === 1 ? parts[0].xml : undefined;
  }

  /** Cells written by the request running now ("sheet id:row:col"): what automatic calculation propagates. */
  changedInRequest = new Set<string>();

  /** Recalculates the formulas the fake can evaluate (see the header); with `only`, those that read one of those cells. */
  recalculate(only?: Set<string>): void {
    for (const sheet of this.worksheets.items)
      for (const cell of sheet.cells.values()) {
        const named = cell.formula && /^=([A-Za-z_\\][\w.]*)$/.exec(cell.formula);
        const name = named ? this.names.get(named[1].toLowerCase()) : undefined;
        if (named) {
          // A defined name: its cell's value; a name that is gone is #NAME? (Excel's "#NAME? error").
          if (!only || (name && only.has(`${name.sheet.id}:${name.box.row}:${name.box.col}`))) cell.value = name && !name.sheet.deleted ? (name.sheet.cells.get(`${name.box.row}:${name.box.col}`)?.value ?? 0) : "#NAME?";
          continue;
        }
        const m = cell.formula && /^=(?:'((?:[^']|'')+)'|([^'!*]+))!\$?([A-Z]+)\$?(\d+)(?:\*(-?[\d.]+))?$/i.exec(cell.formula);
        if (!m) continue;
        const source = this.find(m[1] ? m[1].replace(/''/g, "'") : m[2]);
        if (!source) continue;
        const col = [...m[3].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        if (only && !only.has(`${source.id}:${Number(m[4]) - 1}:${col}`)) continue;
        const value = source.cells.get(`${Number(m[4]) - 1}:${col}`)?.value ?? 0;
        cell.value = m[5] !== undefined && typeof value === "number" ? value * Number(m[5]) : value;
      }
  }

  visibleCount(): number {
    return this.worksheets.items.filter((s) => s.visibility === "Visible").length;
  }

  deleteSheet(sheet: FakeWorksheet): void {
    if (this.protection.protected) throw excelError("AccessDenied", "Die Arbeitsmappenstruktur ist geschützt.");
    if (sheet.visibility === "VeryHidden") throw excelError("InvalidOperation", "A VeryHidden worksheet cannot be deleted.");
    if (sheet.visibility === "Visible" && this.visibleCount() === 1) throw excelError("InvalidOperation", "The only visible worksheet cannot be deleted.");
    const items = this.worksheets.items;
    items.splice(items.indexOf(sheet), 1);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    sheet.deleted = true;
    const reference = new RegExp(`(^|[^A-Za-z0-9_.'])('${escapeRegExp(sheet.name.replace(/'/g, "''"))}'|${escapeRegExp(sheet.name)})!`, "gi");
    for (const other of items)
      for (const cell of other.cells.values())
        if (cell.formula && reference.test(cell.formula)) {
          cell.formula = cell.formula.replace(new RegExp(`${reference.source}\\$?[A-Z]+\\$?\\d+(:\\$?[A-Z]+\\$?\\d+)?`, "gi"), "$1#REF!");
          cell.value = "#REF!";
        }
  }
}

export interface FakeCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** The namespace URI of the root element: its prefix's declaration on the root, or the default namespace ("" if none). */
function rootNamespace(xml: string): string {
  const root = /<(?!\?|!)(?:([\w.-]+):)?[\w.-]+\b([^>]*)>/.exec(xml);
  if (!root) return "";
  const declaration = new RegExp(`\\sxmlns${root[1] ? `:${root[1]}` : ""}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(root[2] ?? "");
  return declaration ? (declaration[1] ?? declaration[2]) : "";
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------------------------
// The client: proxies bound to one request context.

interface Action {
  bytes: number;
  /** Runs on the host; returns the response bytes it produced. */
  run: () => number;
}

export class FakeContext {
  syncs = 0;
  runtime = { enableEvents: true };
  readonly workbook: WorkbookProxy;
  private queue: Action[] = [];
  private pendingLoads: Array<() => void> = [];
  private unsynced: ClientObject<unknown>[] = [];

  constructor(readonly book: FakeWorkbook, readonly options: { delayForCellEdit?: boolean } = {}) {
    this.workbook = new WorkbookProxy(this, book);
  }

  enqueue(args: unknown[], run: () => number | void): void {
    this.queue.push({ bytes: ACTION_OVERHEAD + args.reduce<number>((n, a) => n + argumentBytes(a), 0), run: () => run() ?? 0 });
  }

  /** A load: the snapshot is taken when the action runs and becomes readable only if the whole sync succeeds. */
  enqueueLoad(properties: string, snapshot: () => { bytes: number; commit: () => void }): void {
    this.enqueue([properties], () => {
      const taken = snapshot();
      this.pendingLoads.push(taken.commit);
      return taken.bytes;
    });
  }

  track(object: ClientObject<unknown>): void {
    this.unsynced.push(object);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const book = this.book;
    if (this.queue.length > 0) await book.leaveCellEdit(this.options.delayForCellEdit === true);
    const index = ++book.syncCount;
    const batch = this.queue.splice(0);
    const tracked = this.unsynced.splice(0);
    this.pendingLoads = [];
    book.calculationSuspended = false;
    book.changedInRequest.clear();
    const record: MeteredRequest = { actions: batch.length, requestBytes: batch.reduce((n, a) => n + a.bytes, 0), responseBytes: 0 };
    book.requests.push(record);
    if (book.payloadLimit !== null && record.requestBytes > book.payloadLimit) {
      throw excelError("RequestPayloadSizeLimitExceeded", `Request of ${record.requestBytes} bytes`);
    }
    const failure = book.failure && book.failure.atSync === index ? book.failure : null;
    batch.forEach((action, i) => {
      if (failure && i === failure.afterActions) throw excelError(failure.code, `injected at sync ${index}, action ${i}`);
      record.responseBytes += action.run();
    });
    if (failure) throw excelError(failure.code, `injected at sync ${index}, after the batch`);
    if (book.payloadLimit !== null && record.responseBytes > book.payloadLimit) {
      throw excelError("ResponsePayloadSizeLimitExceeded", `Response of ${record.responseBytes} bytes`);
    }
    // Automatic calculation after the request, unless it was suspended for this request (see the header).
    if (book.calculationMode !== "Manual" && !book.calculationSuspended) book.recalculate(book.changedInRequest);
    book.calculationSuspended = false;
    book.changedInRequest.clear();
    for (const commit of this.pendingLoads) commit();
    for (const object of tracked) object.settle();
  }
}

/** An argument's size in a request: proxies travel as a reference to their object path. */
function argumentBytes(value: unknown): number {
  if (value instanceof ClientObject) return 30;
  return jsonBytes(value);
}

function notLoaded(property: string): Error {
  return excelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A proxy: its host object is found when its first action runs (or never, for a null object). */
abstract class ClientObject<T> {
  private resolved = false;
  private target: T | null = null;
  private settled: boolean | null = null;
  protected loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContext, private readonly resolver: () => T | null) {
    context.track(this as ClientObject<unknown>);
  }

  /** The host object; a method on a null object is undefined behaviour in Office.js, so it throws here. */
  host(): T {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    if (this.target === null) throw excelError("InvalidOperation", `${this.constructor.name}: method called on a null object (undefined in Office.js)`);
    return this.target;
  }

  /** Loading a null object is the documented pattern (load, sync, check isNullObject): it brings back nothing. */
  isNullNow(): boolean {
    try {
      this.host();
      return false;
    } catch {
      return true;
    }
  }

  settle(): void {
    try {
      this.host();
      this.settled = false;
    } catch {
      this.settled = true;
    }
  }

  get isNullObject(): boolean {
    if (this.settled === null) throw excelError("PropertyNotLoaded", "You must call context.sync() before reading the isNullObject property.");
    return this.settled;
  }

  load(properties?: string): this {
    if (!properties) throw new Error("load() without property names loads everything; the adapter must name what it reads.");
    const names = properties.split(",").map((p) => p.trim());
    this.context.enqueueLoad(properties, () => {
      if (this.isNullNow()) return { bytes: 0, commit: () => undefined };
      const values = names.map((name) => [name, this.snapshot(name)] as const);
      return { bytes: jsonBytes(Object.fromEntries(values.map(([n, v]) => [n, v instanceof Map ? [...v.values()] : v]))), commit: () => values.forEach(([n, v]) => this.loaded.set(n, v)) };
    });
    return this;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** The host's value of a loadable property, at the time the load runs. */
  protected abstract snapshot(property: string): unknown;

  protected queue(args: unknown[], run: (host: T) => number | void): void {
    this.context.enqueue(args, () => run(this.host()));
  }
}

/** Property bags such as Range.format.font or a chart title: each set is one queued action on the host record. */
function recorder(context: FakeContext, apply: (path: string[], value: unknown) => void, path: string[] = [], methods: Record<string, (...args: unknown[]) => unknown> = {}): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get(_t, key) {
      if (typeof key !== "string") return undefined;
      if (key in methods) return methods[key];
      if (key === "getItem") return (item: string) => recorder(context, apply, [...path, item]);
      return recorder(context, apply, [...path, key]);
    },
    set(_t, key, value) {
      context.enqueue([String(key), value], () => apply([...path, String(key)], value));
      return true;
    },
  });
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  readonly application: ApplicationProxy;

  constructor(context: FakeContext, book: FakeWorkbook) {
    this.worksheets = new WorksheetCollectionProxy(context, () => book);
    this.tables = new TableCollectionProxy(context, () => book);
    this.settings = new SettingCollectionProxy(context, book);
    this.customXmlParts = new CustomXmlPartCollectionProxy(context, book);
    this.names = new NamedItemCollectionProxy(context, () => book.names);
    this.protection = new WorkbookProtectionProxy(context, () => book);
    this.application = new ApplicationProxy(context, book, {
      suspendApiCalculationUntilNextSync: () =>
        context.enqueue([], () => {
          book.calls.push("suspendApiCalculation");
          book.calculationSuspended = true;
        }),
      suspendScreenUpdatingUntilNextSync: () => context.enqueue([], () => void book.calls.push("suspendScreenUpdating")),
    });
  }
}

class ApplicationProxy extends ClientObject<FakeWorkbook> {
  suspendApiCalculationUntilNextSync: () => void;
  suspendScreenUpdatingUntilNextSync: () => void;
  constructor(context: FakeContext, book: FakeWorkbook, suspend: { suspendApiCalculationUntilNextSync: () => void; suspendScreenUpdatingUntilNextSync: () => void }) {
    super(context, () => book);
    this.suspendApiCalculationUntilNextSync = suspend.suspendApiCalculationUntilNextSync;
    this.suspendScreenUpdatingUntilNextSync = suspend.suspendScreenUpdatingUntilNextSync;
  }
  get calculationMode(): string {
    return this.read("calculationMode");
  }
  calculate(calculationType: string): void {
    this.queue([calculationType], (book) => {
      book.calls.push(`calculate(${calculationType})`);
      book.recalculate();
    });
  }
  protected snapshot(property: string): unknown {
    if (property !== "calculationMode") throw excelError("PropertyNotFound", property);
    return this.host().calculationMode;
  }
}

class WorkbookProtectionProxy extends ClientObject<FakeWorkbook> {
  get protected(): boolean {
    return this.read("protected");
  }
  protected snapshot(property: string): unknown {
    if (property !== "protected") throw excelError("PropertyNotFound", property);
    return this.host().protection.protected;
  }
}

export class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
  get items(): WorksheetProxy[] {
    return this.read("items");
  }

  /** "items/name,items/visibility": one proxy per sheet, each with those properties loaded. */
  override load(properties: string): this {
    const names = properties.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.context.enqueueLoad(properties, () => {
      const sheets = this.host().worksheets.items.slice();
      const proxies = sheets.map((sheet) => new WorksheetProxy(this.context, () => sheet));
      const values = sheets.map((sheet) => Object.fromEntries(names.map((n) => [n, sheetProperty(sheet, n)])));
      return {
        bytes: jsonBytes(values),
        commit: () => {
          proxies.forEach((p, i) => p.preload(values[i]));
          this.loaded.set("items", proxies);
        },
      };
    });
    return this;
  }

  getItem(name: string): WorksheetProxy {
    const book = this.context.book;
    return new WorksheetProxy(this.context, () => {
      const sheet = book.find(name);
      if (!sheet) throw excelError("ItemNotFound", `Worksheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    const book = this.context.book;
    return new WorksheetProxy(this.context, () => book.find(name) ?? null);
  }

  add(name: string): WorksheetProxy {
    let created: FakeWorksheet | null = null;
    const book = this.context.book;
    this.context.enqueue([name], () => {
      if (book.protection.protected) throw excelError("AccessDenied", "Workbook structure is protected");
      if (book.find(name)) throw excelError("ItemAlreadyExists", `Worksheet ${name}`);
      created = new FakeWorksheet(book, name);
      book.worksheets.items.push(created);
    });
    return new WorksheetProxy(this.context, () => created);
  }

  protected snapshot(): unknown {
    throw new Error("unreachable");
  }
}

function sheetProperty(sheet: FakeWorksheet, property: string): unknown {
  switch (property) {
    case "name":
      return sheet.name;
    case "visibility":
      return sheet.visibility;
    case "position":
      return sheet.position;
    case "id":
      return sheet.id;
    case "tabColor":
      return sheet.tabColor;
    default:
      throw excelError("PropertyNotFound", property);
  }
}

export class WorksheetProxy extends ClientObject<FakeWorksheet> {
  preload(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.queue([value], (sheet) => {
      const book = this.context.book;
      if (book.protection.protected) throw excelError("AccessDenied", "Workbook structure is protected");
      const other = book.find(value);
      if (other && other !== sheet) throw excelError("ItemAlreadyExists", `Worksheet ${value}`);
      sheet.name = value;
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.queue([value], (sheet) => {
      const book = this.context.book;
      if (book.protection.protected) throw excelError("AccessDenied", "Workbook structure is protected");
      if (value !== "Visible" && sheet.visibility === "Visible" && book.visibleCount() === 1) throw excelError("InvalidOperation", "Cannot hide the only visible worksheet");
      sheet.visibility = value;
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.queue([value], (sheet) => {
      if (this.context.book.protection.protected) throw excelError("AccessDenied", "Workbook structure is protected");
      sheet.position = value;
    });
  }
  set tabColor(value: string) {
    this.queue([value], (sheet) => void (sheet.tabColor = value));
  }

  get protection(): WorksheetProtectionProxy {
    return new WorksheetProtectionProxy(this.context, () => this.host());
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, () => this.host());
  }
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.context, () => this.host().names);
  }
  /** PageBreakCollection.add (ExcelApi 1.9, excel.pagebreakcollection): the rows a printed page starts at. */
  get horizontalPageBreaks() {
    return { add: (address: string) => this.queue([address], (sheet) => void sheet.pageBreaks.push(String(address))) };
  }
  get freezePanes() {
    const set = (frozen: FakeWorksheet["frozen"]) => (sheet: FakeWorksheet) => {
      const refused = this.context.book.refuses.freezePanes;
      if (refused) throw excelError(refused, "The freeze panes operation failed.");
      sheet.frozen = frozen;
    };
    return {
      freezeRows: (n: number) => this.queue([n], set({ rows: n, cols: 0 })),
      freezeColumns: (n: number) => this.queue([n], set({ rows: 0, cols: n })),
      freezeAt: (range: RangeProxy) => this.queue([range], (sheet) => {
        const box = range.box();
        set({ rows: box.row + box.rows, cols: box.col + box.cols })(sheet);
      }),
      unfreeze: () => this.queue([], set(null)),
    };
  }
  get pageLayout(): Record<string, unknown> {
    const apply = (path: string[], value: unknown) => {
      const sheet = this.host();
      const refused = this.context.book.refuses.pageLayout;
      if (refused) throw excelError(refused, "The page layout operation failed.");
      // PageLayout.headersFooters.defaultForAllPages.{left,center,right}{Header,Footer} (ExcelApi 1.9, excel.headerfooter).
      if (path.length === 3 && path[0] === "headersFooters" && path[1] === "defaultForAllPages") {
        sheet.pageLayout.footers = { ...sheet.pageLayout.footers, [path[2]]: String(value) };
        return;
      }
      if (path.length > 1) throw excelError("InvalidArgument", `pageLayout.${path.join(".")}: set zoom as one object`);
      (sheet.pageLayout as Record<string, unknown>)[path[0]] = value;
    };
    return recorder(this.context, apply, [], {
      setPrintTitleRows: (rows: unknown) => this.queue([rows], (sheet) => void (sheet.pageLayout.printTitleRows = String(rows))),
    });
  }

  /** Creating an object from this one is an action on it: on a null object that is undefined, so it throws at sync. */
  private navigate(args: unknown[]): void {
    this.queue(args, () => undefined);
  }

  getRange(address?: string): RangeProxy {
    this.navigate([address ?? null]);
    return new RangeProxy(this.context, () => this.host(), () => (address ? parseAddress(address) : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.navigate([row, col, rows, cols]);
    return new RangeProxy(this.context, () => this.host(), () => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) throw excelError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`);
      return { row, col, rows, cols };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.navigate([valuesOnly]);
    return new RangeProxy(this.context, () => this.host(), () => this.host().usedBox());
  }

  activate(): void {
    this.queue([], (sheet) => void (this.context.book.active = sheet.name));
  }

  delete(): void {
    this.queue([], (sheet) => this.context.book.deleteSheet(sheet));
  }

  protected snapshot(property: string): unknown {
    return sheetProperty(this.host(), property);
  }
}

class WorksheetProtectionProxy extends ClientObject<FakeWorksheet> {
  get protected(): boolean {
    return this.read("protected");
  }
  protected snapshot(property: string): unknown {
    if (property !== "protected") throw excelError("PropertyNotFound", property);
    return this.host().protected;
  }
}

function parseAddress(address: string): Box {
  const m = /^\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/i.exec(address.replace(/^.*!/, ""));
  if (!m || (!m[1] && !m[2])) throw excelError("InvalidArgument", address);
  const col = (letters: string | undefined, fallback: number) => (letters ? [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : fallback);
  const top = m[2] ? Number(m[2]) - 1 : 0;
  const left = col(m[1], 0);
  const bottom = m[4] ? Number(m[4]) - 1 : m[3] || m[4] ? MAX_ROWS - 1 : m[2] ? top : MAX_ROWS - 1;
  const right = m[3] ? col(m[3], 0) : m[2] && !m[1] ? MAX_COLS - 1 : left;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

function inside(box: Box, r: number, c: number): boolean {
  return r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.cols;
}

function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** A read of more than 5 million cells fails (docs/excel/excel-add-ins-ranges-large.md; RangeExceedsLimit). */
function checkReadSize(box: Box): Box {
  if (box.rows * box.cols > 5_000_000) throw excelError("RangeExceedsLimit", `The cell count in the range (${box.rows * box.cols}) has exceeded the maximum supported number.`);
  return box;
}

function checkShape(matrix: unknown, box: Box, property: string): unknown[][] {
  if (!Array.isArray(matrix) || matrix.length !== box.rows || matrix.some((row) => !Array.isArray(row) || row.length !== box.cols)) {
    throw excelError("InvalidArgument", `${property}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${box.rows}×${box.cols}).`);
  }
  return matrix as unknown[][];
}

export class RangeProxy extends ClientObject<FakeWorksheet> {
  private resolvedBox: Box | null | undefined;

  constructor(context: FakeContext, sheet: () => FakeWorksheet, private readonly where: () => Box | null) {
    super(context, () => {
      const host = sheet();
      return this.boxOrNull() === null ? null : host;
    });
  }

  private boxOrNull(): Box | null {
    if (this.resolvedBox === undefined) this.resolvedBox = this.where();
    return this.resolvedBox;
  }

  box(): Box {
    this.host();
    return this.boxOrNull() as Box;
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(matrix: unknown[][]) {
    this.queue([matrix], (sheet) => {
      const box = this.box();
      if (sheet.protected) throw excelError("AccessDenied", `Worksheet ${sheet.name} is protected`);
      checkShape(matrix, box, "values").forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && !["string", "number", "boolean"].includes(typeof value)) throw excelError("InvalidArgument", `values[${r}][${c}]`);
          if (typeof value === "number" && !Number.isFinite(value)) throw excelError("InvalidArgument", `values[${r}][${c}] = ${value}`);
          sheet.write(box.row + r, box.col + c, value);
        }),
      );
      sheet.valueWrites++;
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(matrix: string[][]) {
    this.queue([matrix], (sheet) => {
      const box = this.box();
      if (sheet.protected) throw excelError("AccessDenied", `Worksheet ${sheet.name} is protected`);
      checkShape(matrix, box, "numberFormat").forEach((row, r) => row.forEach((format, c) => (sheet.cell(box.row + r, box.col + c).numberFormat = String(format))));
    });
  }

  get format(): Record<string, unknown> {
    return recorder(this.context, (path, value) => {
      const sheet = this.host();
      const box = this.box();
      if (sheet.protected) throw excelError("AccessDenied", `Worksheet ${sheet.name} is protected`);
      sheet.formatWrites++;
      if (path.join(".") === "columnWidth") for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, Number(value));
    });
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const entry: FakeConditionalFormat = { type, range: { row: 0, col: 0, rows: 0, cols: 0 }, rule: {}, format: {} };
        this.queue([type], (sheet) => {
          entry.range = this.box();
          sheet.conditionalFormats.push(entry);
        });
        const apply = (path: string[], value: unknown) => {
          if (path.join(".") === "cellValue.rule") entry.rule = value as Record<string, unknown>;
          else entry.format[path.join(".")] = value;
        };
        return recorder(this.context, apply);
      },
      clearAll: () =>
        this.queue([], (sheet) => {
          const box = this.box();
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.range, box));
        }),
    };
  }

  merge(across = false): void {
    this.queue([across], (sheet) => void sheet.merges.push(this.box()));
  }

  unmerge(): void {
    this.queue([], (sheet) => {
      const box = this.box();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, box));
    });
  }

  /** Range.clear(applyTo): "All" (default), "Contents" or "Formats". */
  clear(applyTo = "All"): void {
    this.queue([applyTo], (sheet) => {
      if (sheet.protected) throw excelError("AccessDenied", `Worksheet ${sheet.name} is protected`);
      const box = this.box();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(":").map(Number);
        if (!inside(box, r, c)) continue;
        if (applyTo !== "Formats") sheet.markChanged(r, c);
        if (applyTo === "All") sheet.cells.delete(key);
        else if (applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
        } else delete cell.numberFormat;
      }
    });
  }

  select(): void {
    this.queue([], (sheet) => {
      const box = this.box();
      this.context.book.selected = `${sheet.name}!${a1(box.row, box.col)}`;
    });
  }

  protected snapshot(property: string): unknown {
    const sheet = this.host();
    const box = this.box();
    switch (property) {
      case "address": {
        const name = /[^A-Za-z0-9_]/.test(sheet.name) ? `'${sheet.name.replace(/'/g, "''")}'` : sheet.name;
        const end = box.rows === 1 && box.cols === 1 ? "" : `:${a1(box.row + box.rows - 1, box.col + box.cols - 1)}`;
        return `${name}!${a1(box.row, box.col)}${end}`;
      }
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.cols;
      case "values":
        return sheet.valuesOf(checkReadSize(box));
      case "numberFormat":
        return sheet.formatsOf(checkReadSize(box));
      default:
        throw excelError("PropertyNotFound", property);
    }
  }
}

class ChartCollectionProxy extends ClientObject<FakeWorksheet> {
  get items(): ChartProxy[] {
    return this.read("items");
  }

  override load(properties: string): this {
    this.context.enqueueLoad(properties, () => {
      const charts = this.host().charts.slice();
      const proxies = charts.map((chart) => new ChartProxy(this.context, () => chart, this));
      return { bytes: jsonBytes(charts.map((c) => ({ name: c.name }))), commit: () => this.loaded.set("items", proxies) };
    });
    return this;
  }

  add(type: string, source: RangeProxy, by: string): ChartProxy {
    let created: FakeChart | null = null;
    this.queue([type, source, by], (sheet) => {
      assertSeriesValues(sheet, source.box());
      created = new FakeChart(type, source.box(), by, sheet.charts.length + 1);
      sheet.charts.push(created);
    });
    return new ChartProxy(this.context, () => created, this);
  }

  protected snapshot(): unknown {
    throw new Error("unreachable");
  }
}

/** EmptyChartSeries: a series whose cells are all blank (see the header). */
function assertSeriesValues(sheet: FakeWorksheet, box: Box): void {
  if (sheet.valuesOf(box).every((row) => row.every((value) => value === ""))) throw excelError("EmptyChartSeries", "The attempted operation failed because the chart series is empty.");
}

class ChartProxy extends ClientObject<FakeChart> {
  constructor(context: FakeContext, chart: () => FakeChart | null, private readonly collection: ChartCollectionProxy) {
    super(context, chart);
  }

  get title() {
    return recorder(this.context, (_p, value) => void (this.host().title.text = String(value)));
  }
  get legend() {
    // ChartLegend: position and visible (ExcelApi 1.1, office-js-docs-reference excel.chartlegend).
    return recorder(this.context, (path, value) => {
      if (path.join(".") === "visible") this.host().legend.visible = value === true;
      else this.host().legend.position = String(value);
    });
  }
  get axes() {
    return recorder(this.context, (path, value) => {
      if (path.join(".") === "valueAxis.numberFormat") this.host().axes.valueAxis.numberFormat = String(value);
    });
  }
  get series() {
    const chart = () => this.host();
    return {
      getItemAt: (i: number) => new SeriesProxy(this.context, () => chart().seriesList[i] ?? null),
      add: (name: string) => {
        let created: FakeSeries | null = null;
        this.queue([name], (c) => void c.seriesList.push((created = new FakeSeries(name))));
        return new SeriesProxy(this.context, () => created);
      },
    };
  }

  setPosition(from: string, to: string): void {
    this.queue([from, to], (chart) => void (chart.position = [from, to]));
  }

  delete(): void {
    this.queue([], (chart) => {
      const sheet = this.collection.host();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  protected snapshot(property: string): unknown {
    if (property === "name") return this.host().name;
    throw excelError("PropertyNotFound", property);
  }
}

class SeriesProxy extends ClientObject<FakeSeries> {
  set name(value: string) {
    this.queue([value], (series) => void (series.name = value));
  }
  setXAxisValues(range: RangeProxy): void {
    this.queue([range], (series) => void (series.xValues = range.box()));
  }
  setValues(range: RangeProxy): void {
    this.queue([range], (series) => {
      assertSeriesValues(range.host(), range.box());
      series.values = range.box();
    });
  }
  get format() {
    return {
      fill: {
        clear: () => this.queue([], (series) => void (series.invisible = true)),
        setSolidColor: (color: string) => this.queue([color], (series) => void (series.color = color)),
      },
      line: recorder(this.context, (_p, value) => void (this.host().lineColor = String(value))),
    };
  }
  protected snapshot(property: string): unknown {
    throw excelError("PropertyNotFound", property);
  }
}

/** Workbook.names or Worksheet.names: `scope` is where the names live (see the header). */
class NamedItemCollectionProxy extends ClientObject<Map<string, FakeName>> {
  constructor(context: FakeContext, private readonly scope: () => Map<string, FakeName>) {
    super(context, scope);
  }

  get items(): NamedItemProxy[] {
    return this.read("items");
  }

  /** "items/name": one proxy per name, as the names are when the load runs. */
  override load(properties: string): this {
    if (properties !== "items/name") throw excelError("PropertyNotFound", properties);
    this.context.enqueueLoad(properties, () => {
      const names = [...this.scope().values()];
      const proxies = names.map((name) => new NamedItemProxy(this.context, () => name, this.scope));
      return { bytes: jsonBytes(names.map((n) => ({ name: n.name }))), commit: () => {
        proxies.forEach((p, i) => p.preload(names[i].name));
        this.loaded.set("items", proxies);
      } };
    });
    return this;
  }

  add(name: string, reference: RangeProxy | string, comment = ""): NamedItemProxy {
    let created: FakeName | null = null;
    this.context.enqueue([name, reference, comment], () => {
      checkDefinedName(name);
      const names = this.scope();
      if (names.has(name.toLowerCase())) throw excelError("ItemAlreadyExists", `Name ${name}`);
      if (typeof reference === "string") {
        const target = referenceTarget(this.context.book, reference);
        created = new FakeName(name, target.sheet, target.box, comment);
      } else created = new FakeName(name, reference.host(), reference.box(), comment);
      names.set(name.toLowerCase(), created);
    });
    return new NamedItemProxy(this.context, () => created, this.scope);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const found = this.scope().get(name.toLowerCase());
      if (!found) throw excelError("ItemNotFound", `Name ${name}`);
      return found;
    }, this.scope);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => this.scope().get(name.toLowerCase()) ?? null, this.scope);
  }

  protected snapshot(): unknown {
    throw new Error("unreachable");
  }
}

/** A reference such as ='Ziel-Ist-Vergleich'!$F$12: the sheet and the cells. */
function referenceTarget(book: FakeWorkbook, reference: string): { sheet: FakeWorksheet; box: Box } {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
  if (!m) throw excelError("InvalidArgument", `reference ${reference}`);
  return { sheet: book.sheet(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]), box: parseAddress(m[3]) };
}

class NamedItemProxy extends ClientObject<FakeName> {
  constructor(context: FakeContext, name: () => FakeName | null, private readonly scope: () => Map<string, FakeName>) {
    super(context, name);
  }
  preload(name: string): void {
    this.loaded.set("name", name);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  /** ExcelApi 1.7: the reference the name stands for, starting with "=". */
  set formula(value: string) {
    this.queue([value], (name) => {
      const target = referenceTarget(this.context.book, value);
      name.sheet = target.sheet;
      name.box = target.box;
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.queue([value], (name) => void (name.visible = value));
  }
  delete(): void {
    this.queue([], (name) => void this.scope().delete(name.name.toLowerCase()));
  }
  protected snapshot(property: string): unknown {
    const name = this.host();
    if (property === "name") return name.name;
    if (property === "formula") return name.formula;
    if (property === "visible") return name.visible;
    throw excelError("PropertyNotFound", property);
  }
}

class SettingCollectionProxy {
  constructor(private readonly context: FakeContext, private readonly book: FakeWorkbook) {}

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, () => (this.book.settingsStore.has(key) ? key : null), this.book);
  }

  add(key: string, value: string): void {
    this.context.enqueue([key, value], () => void this.book.settingsStore.set(key, value));
  }
}

class SettingProxy extends ClientObject<string> {
  constructor(context: FakeContext, key: () => string | null, private readonly book: FakeWorkbook) {
    super(context, key);
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.queue([], (key) => void this.book.settingsStore.delete(key));
  }
  protected snapshot(property: string): unknown {
    if (property !== "value") throw excelError("PropertyNotFound", property);
    return this.book.settingsStore.get(this.host());
  }
}

class CustomXmlPartCollectionProxy {
  constructor(private readonly context: FakeContext, private readonly book: FakeWorkbook) {}

  add(xml: string): CustomXmlPartProxy {
    let created: FakeCustomXmlPart | null = null;
    this.context.enqueue([xml], () => void (created = this.book.addCustomXmlPart(xml)));
    return new CustomXmlPartProxy(this.context, () => created, this.book);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.context, this.book, namespaceUri);
  }
}

class CustomXmlPartScopedCollectionProxy extends ClientObject<FakeWorkbook> {
  constructor(context: FakeContext, private readonly book: FakeWorkbook, private readonly namespaceUri: string) {
    super(context, () => book);
  }
  get items(): CustomXmlPartProxy[] {
    return this.read("items");
  }
  /** "items/id": one proxy per part of the namespace, as the parts are when the load runs. */
  override load(properties: string): this {
    if (properties !== "items/id") throw excelError("PropertyNotFound", properties);
    this.context.enqueueLoad(properties, () => {
      const parts = this.inScope();
      const proxies = parts.map((part) => new CustomXmlPartProxy(this.context, () => part, this.book));
      return { bytes: jsonBytes(parts.map((p) => ({ id: p.id }))), commit: () => this.loaded.set("items", proxies) };
    });
    return this;
  }
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => {
      const parts = this.inScope();
      return parts.length === 1 ? parts[0] : null;
    }, this.book);
  }
  private inScope(): FakeCustomXmlPart[] {
    return this.book.customXmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
  }
  protected snapshot(): unknown {
    throw new Error("unreachable");
  }
}

class CustomXmlPartProxy extends ClientObject<FakeCustomXmlPart> {
  constructor(context: FakeContext, part: () => FakeCustomXmlPart | null, private readonly book: FakeWorkbook) {
    super(context, part);
  }
  getXml(): { readonly value: string } {
    let value: string | null = null;
    this.queue([], (part) => {
      const xml = part.xml;
      value = xml;
      return utf8Bytes(xml);
    });
    return {
      get value(): string {
        if (value === null) throw excelError("PropertyNotLoaded", "ClientResult.value is available only after context.sync().");
        return value;
      },
    };
  }
  setXml(xml: string): void {
    this.queue([xml], (part) => {
      const problem = wellFormednessProblem(xml);
      if (problem) throw excelError("InvalidArgument", `Not a valid XML fragment: ${problem}`);
      part.xml = xml;
    });
  }
  delete(): void {
    this.queue([], (part) => void this.book.customXmlParts.splice(this.book.customXmlParts.indexOf(part), 1));
  }
  protected snapshot(property: string): unknown {
    if (property === "id") return this.host().id;
    if (property === "namespaceUri") return this.host().namespaceUri;
    throw excelError("PropertyNotFound", property);
  }
}

class TableCollectionProxy extends ClientObject<FakeWorkbook> {
  get items(): TableProxy[] {
    return this.read("items");
  }
  /** "items/name,items/worksheet/name". */
  override load(properties: string): this {
    this.context.enqueueLoad(properties, () => {
      const tables = this.host().tables.slice();
      const proxies = tables.map((table) => new TableProxy(this.context, () => table));
      return {
        bytes: jsonBytes(tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet.name } }))),
        commit: () => {
          proxies.forEach((p, i) => p.preload(tables[i]));
          this.loaded.set("items", proxies);
        },
      };
    });
    return this;
  }
  protected snapshot(): unknown {
    throw new Error("unreachable");
  }
}

class TableProxy extends ClientObject<FakeTable> {
  private sheetName = "";
  preload(table: FakeTable): void {
    this.loaded.set("name", table.name);
    this.sheetName = table.sheet.name;
  }
  get name(): string {
    return this.read("name");
  }
  get worksheet(): { name: string } {
    return { name: this.sheetName };
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => this.host().sheet, () => this.host().range);
  }
  protected snapshot(property: string): unknown {
    if (property === "name") return this.host().name;
    throw excelError("PropertyNotFound", property);
  }
}

function a1(row: number, col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** An ExcelRunner over the fake, exposing the contexts so tests can count syncs. */
export function fakeRunner(workbook: FakeWorkbook) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>, options: { delayForCellEdit?: boolean } = {}): Promise<T> => {
    const context = new FakeContext(workbook, options);
    contexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  };
  return { run, contexts, lastSyncs: () => contexts[contexts.length - 1]?.syncs ?? 0 };
}
