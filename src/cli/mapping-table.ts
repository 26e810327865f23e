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
      return [head, ...m.reasons.map((r) => `    ${r}`)].join("\n");
    })
    .join("\n");
}
