/**
 * A small fake of the Excel object model: enough of Office.js to run the adapter and count round trips.
 *
 * What it replicates: worksheets with positions, used ranges, values/number formats by range, settings, null objects,
 * charts and conditional formats as recorded calls, and Excel's rule that a string starting with = + - is a formula
 * unless it starts with the quote prefix '. What it does not: load/sync semantics (properties are readable before
 * sync), request payload limits, real formatting, co-authoring, errors from the host. office-addin-mock cannot model
 * collections (its docs say so), hence this hand-written fake.
 */
type Cell = { value: string | number | boolean; formula?: string; numberFormat?: string };

export class FakeRange {
  format = { font: {} as Record<string, unknown>, fill: {} as Record<string, unknown>, borders: { getItem: (edge: string) => (this.borders[edge] ??= {}) }, columnWidth: 0 } as Record<string, unknown> & { borders: { getItem(edge: string): Record<string, unknown> } };
  borders: Record<string, Record<string, unknown>> = {};
  conditionalFormats = { add: (type: string) => this.sheet.addConditionalFormat(type, this) };
  isNullObject = false;
  merged = false;

  constructor(readonly sheet: FakeWorksheet, readonly row: number, readonly col: number, readonly rowCount: number, readonly columnCount: number) {}

  load(): this {
    return this;
  }

  get address(): string {
    const name = /[^A-Za-z0-9_]/.test(this.sheet.name) ? `'${this.sheet.name.replace(/'/g, "''")}'` : this.sheet.name;
    return `${name}!${a1(this.row, this.col)}:${a1(this.row + this.rowCount - 1, this.col + this.columnCount - 1)}`;
  }

  get values(): unknown[][] {
    return this.matrix((cell) => (cell ? cell.value : ""));
  }

  set values(matrix: unknown[][]) {
    this.sheet.valueWrites++;
    matrix.forEach((row, r) => row.forEach((value, c) => this.sheet.write(this.row + r, this.col + c, value)));
  }

  get numberFormat(): string[][] {
    return this.matrix((cell) => cell?.numberFormat ?? "General");
  }

  set numberFormat(matrix: string[][]) {
    matrix.forEach((row, r) => row.forEach((format, c) => (this.sheet.cell(this.row + r, this.col + c).numberFormat = format)));
  }

  merge(): void {
    this.merged = true;
  }

  private matrix<T>(pick: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rowCount }, (_, r) => Array.from({ length: this.columnCount }, (_, c) => pick(this.sheet.cells.get(`${this.row + r}:${this.col + c}`))));
  }
}

const NULL_RANGE = { isNullObject: true, load: () => NULL_RANGE, values: null, address: "" } as unknown as FakeRange;

export class FakeWorksheet {
  cells = new Map<string, Cell>();
  visibility = "Visible";
  tabColor = "";
  valueWrites = 0;
  frozen: unknown = null;
  conditionalFormats: Array<{ type: string; range: FakeRange; rule: Record<string, unknown> }> = [];
  charts = { added: [] as FakeChart[], add: (type: string, range: FakeRange, by: string) => this.addChart(type, range, by) };
  freezePanes = { freezeRows: (n: number) => (this.frozen = { rows: n }), freezeAt: (r: FakeRange) => (this.frozen = { rows: r.rowCount, cols: r.columnCount }) };
  isNullObject = false;
  deleted = false;

  constructor(private readonly book: FakeWorkbook, public name: string) {}

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
    if (!this.cells.has(key)) this.cells.set(key, { value: "" });
    return this.cells.get(key) as Cell;
  }

  /** Excel's own rule: text starting with = + - becomes a formula unless quote-prefixed. */
  write(r: number, c: number, value: unknown): void {
    const cell = this.cell(r, c);
    if (typeof value === "string" && value.startsWith("'")) cell.value = value.slice(1);
    else if (typeof value === "string" && /^[=+-]/.test(value) && cell.numberFormat !== "@") {
      cell.formula = value;
      cell.value = "#FORMEL";
    } else cell.value = value as Cell["value"];
  }

  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, r, c, rows, cols);
  }

  getUsedRangeOrNullObject(): FakeRange {
    // Loops, not Math.min(...): a 100.000-row sheet would exceed the argument limit.
    let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [key, cell] of this.cells) {
      if (cell.value === "") continue;
      const [r, c] = key.split(":").map(Number);
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }
    if (top === Infinity) return NULL_RANGE;
    return new FakeRange(this, top, left, bottom - top + 1, right - left + 1);
  }

  activate(): void {
    this.book.active = this.name;
  }

  /** Single-cell addresses only ("D124"): what the pane selects. */
  getRange(address: string) {
    return { select: () => (this.book.selected = `${this.name}!${address}`) };
  }

  delete(): void {
    this.deleted = true;
    const items = this.book.worksheets.items;
    items.splice(items.indexOf(this), 1);
  }

  addConditionalFormat(type: string, range: FakeRange) {
    const entry = { type, range, rule: {} as Record<string, unknown> };
    this.conditionalFormats.push(entry);
    const format = { fill: {}, font: {} };
    return {
      cellValue: { format, set rule(rule: Record<string, unknown>) { entry.rule = rule; } },
      dataBar: { positiveFormat: {}, negativeFormat: {} },
    };
  }

  private addChart(type: string, range: FakeRange, by: string): FakeChart {
    const chart = new FakeChart(type, range, by);
    this.charts.added.push(chart);
    return chart;
  }
}

export class FakeChart {
  title = { text: "" };
  legend = { position: "" };
  axes = { valueAxis: { numberFormat: "" } };
  position: [string, string] | null = null;
  seriesList: FakeSeries[] = [];
  series = {
    getItemAt: (i: number) => this.seriesList[i],
    add: (name: string) => {
      const s = new FakeSeries(name);
      this.seriesList.push(s);
      return s;
    },
  };

  constructor(readonly type: string, range: FakeRange, readonly by: string) {
    this.seriesList.push(new FakeSeries("", range));
  }

  setPosition(from: string, to: string): void {
    this.position = [from, to];
  }
}

export class FakeSeries {
  xValues: FakeRange | null = null;
  invisible = false;
  color = "";
  format = {
    fill: { clear: () => (this.invisible = true), setSolidColor: (c: string) => (this.color = c) },
    line: {} as { color?: string },
  };

  constructor(public name: string, public valuesRange: FakeRange | null = null) {}

  setXAxisValues(range: FakeRange): void {
    this.xValues = range;
  }

  setValues(range: FakeRange): void {
    this.valuesRange = range;
  }
}

export class FakeWorkbook {
  worksheets = {
    items: [] as FakeWorksheet[],
    load: () => undefined,
    add: (name: string) => {
      if (this.worksheets.items.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error("exists"), { code: "ItemAlreadyExists" });
      const sheet = new FakeWorksheet(this, name);
      this.worksheets.items.push(sheet);
      return sheet;
    },
    getItem: (name: string) => {
      const sheet = this.worksheets.items.find((s) => s.name === name);
      if (!sheet) throw Object.assign(new Error(name), { code: "ItemNotFound" });
      return sheet;
    },
    getItemOrNullObject: (name: string) =>
      this.worksheets.items.find((s) => s.name === name) ?? { isNullObject: true, getUsedRangeOrNullObject: () => NULL_RANGE },
  };
  tables = { items: [] as Array<{ name: string; worksheet: { name: string }; getRange: () => FakeRange }>, load: () => undefined };
  settingsStore = new Map<string, string>();
  settings = {
    getItemOrNullObject: (key: string) => {
      const value = this.settingsStore.get(key);
      return { isNullObject: value === undefined, value, load: () => undefined };
    },
    add: (key: string, value: string) => void this.settingsStore.set(key, value),
  };
  calls: string[] = [];
  active = "";
  selected = "";
  application = {
    suspendApiCalculationUntilNextSync: () => this.calls.push("suspendApiCalculation"),
    suspendScreenUpdatingUntilNextSync: () => this.calls.push("suspendScreenUpdating"),
  };

  sheet(name: string): FakeWorksheet {
    return this.worksheets.getItem(name);
  }

  addSheet(name: string, rows: unknown[][]): FakeWorksheet {
    const sheet = this.worksheets.add(name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && sheet.write(r, c, v)));
    return sheet;
  }
}

export class FakeContext {
  syncs = 0;
  runtime = { enableEvents: true };
  constructor(readonly workbook: FakeWorkbook) {}
  async sync(): Promise<void> {
    this.syncs++;
  }
}

function a1(row: number, col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** An ExcelRunner over the fake, exposing the context so tests can count syncs. */
export function fakeRunner(workbook: FakeWorkbook) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(workbook);
    contexts.push(context);
    return batch(context as unknown as Excel.RequestContext);
  };
  return { run, contexts, lastSyncs: () => contexts[contexts.length - 1]?.syncs ?? 0 };
}
