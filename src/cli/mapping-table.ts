/** The source mapping as a terminal table: one block per sheet, the way the pane's "Quellen" step shows it. */
import { SOURCE_KIND_NAMES, type MappingStatus, type SourceMapping } from "../sources/source-mapping";

const STATUS: Record<MappingStatus, string> = {
  detected: "erkannt, nicht bestätigt",
  confirmed: "bestätigt",
  changed: "Aufbau geändert – neu bestätigen",
  ignored: "wird nicht verwendet",
  unrecognised: "nicht erkannt",
};

export function mappingTable(mappings: SourceMapping[]): string {
  if (mappings.length === 0) return "Die Arbeitsmappe hat keine Blätter, die gelesen werden können.";
  return mappings
    .map((m) => {
      const kind = m.kind ? SOURCE_KIND_NAMES[m.kind] : "–";
      const head = `${m.sheet}: ${kind} (${STATUS[m.status]}${m.kind && (m.status === "detected" || m.status === "confirmed") ? `, Sicherheit ${m.confidence}` : ""})`;
      return [head, ...m.reasons.map((r) => `    ${r}`), ...columnLines(m)].join("\n");
    })
    .join("\n");
}

/**
 * The column model, one line per column and role: "C  Zielwert 2024 → Zielwert (2024), C5:C12". Month columns in a row
 * are one line ("D–O  Jan 2024 … Dez 2024 → Grunddatum"), so a sheet of 36 months stays readable in a terminal.
 */
function columnLines(mapping: SourceMapping): string[] {
  if (mapping.columns.length === 0) return [];
  const lines: string[] = [];
  const columns = mapping.columns;
  for (let i = 0; i < columns.length; i++) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1].role === columns[i].role && columns[i].period !== null && columns[j + 1].period !== null && columns[j + 1].readAs === undefined && columns[i].readAs === undefined) j++;
    const first = columns[i];
    const last = columns[j];
    const span = i === j ? first.column : `${first.column}–${last.column}`;
    const header = first.readAs !== undefined ? `„${first.header}“ gelesen als „${first.readAs}“` : i === j ? first.header || "(ohne Kopf)" : `${first.header} … ${last.header}`;
    const period = i === j ? first.period : `${first.period} bis ${last.period}`;
    lines.push(`      ${span.padEnd(7)} ${header} → ${first.roleName}${period ? ` (${period})` : ""}`);
    i = j;
  }
  const rows = (mapping.excludedRows ?? []).map((r) => `      Zeile ${r.row}: ${r.reason}`);
  return ["    Spalten:", ...lines, ...(rows.length > 0 ? ["    Nicht als Daten gelesen:", ...rows] : [])];
}
