/**
 * What re-writing a whole workbook with ExcelJS cannot keep, named for the user. ExcelJS models cells, styles, merges,
 * tables, images, notes and validations; it drops what it does not model (ExcelJS README, "Known Issues" and the list of
 * supported features): VBA projects, Excel 4 macro sheets, dialog and chart sheets, charts, pivot tables, slicers,
 * threaded comments, form controls, embedded objects, external links and custom XML parts.
 */
import JSZip from "jszip";

interface LossKind {
  part: RegExp;
  /** The German name of what is lost, given the number of parts found. */
  describe: (count: number) => string;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

const KINDS: LossKind[] = [
  { part: /(^|\/)vbaProject\.bin$/i, describe: () => "die Makros (VBA-Projekt)" },
  { part: /^xl\/macrosheets\/[^/]+\.xml$/i, describe: (n) => plural(n, "Makroblatt (Excel 4)", "Makroblätter (Excel 4)") },
  { part: /^xl\/dialogsheets\/[^/]+\.xml$/i, describe: (n) => plural(n, "Dialogblatt", "Dialogblätter") },
  { part: /^xl\/chartsheets\/[^/]+\.xml$/i, describe: (n) => plural(n, "Diagrammblatt", "Diagrammblätter") },
  { part: /^xl\/charts\/chart[^/]*\.xml$/i, describe: (n) => plural(n, "Diagramm", "Diagramme") },
  { part: /^xl\/pivotTables\/[^/]+\.xml$/i, describe: (n) => plural(n, "PivotTable", "PivotTables") },
  { part: /^xl\/slicers\/[^/]+\.xml$/i, describe: (n) => plural(n, "Datenschnitt", "Datenschnitte") },
  { part: /^xl\/threadedComments\/[^/]+\.xml$/i, describe: (n) => plural(n, "Blatt mit Kommentarverläufen", "Blätter mit Kommentarverläufen") },
  { part: /^xl\/ctrlProps\/[^/]+\.xml$/i, describe: (n) => plural(n, "Formularsteuerelement", "Formularsteuerelemente") },
  { part: /^xl\/embeddings\/[^/]+$/i, describe: (n) => plural(n, "eingebettetes Objekt", "eingebettete Objekte") },
  { part: /^xl\/externalLinks\/[^/]+\.xml$/i, describe: (n) => plural(n, "Verknüpfung mit einer anderen Arbeitsmappe", "Verknüpfungen mit anderen Arbeitsmappen") },
  { part: /^customXml\/item\d*\.xml$/i, describe: (n) => plural(n, "benutzerdefinierter XML-Teil", "benutzerdefinierte XML-Teile") },
];

/** What of the package a whole re-write would lose, in the user's words; empty when nothing of these kinds is there. */
export async function lostInRewrite(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  return KINDS.flatMap((kind) => {
    const count = names.filter((name) => kind.part.test(name)).length;
    return count > 0 ? [kind.describe(count)] : [];
  });
}

export function rewriteNotice(name: string, losses: string[]): string {
  const lost = losses.length > 0 ? `Dabei gingen verloren: ${losses.join(", ")}.` : "Inhalte und Formate der Blätter wurden übernommen; Darstellungsdetails können abweichen.";
  return `Der Bericht ließ sich nicht in die Arbeitsmappe „${name}“ einfügen, ohne sie ganz neu zu schreiben. ${lost} Die Eingabedatei ist unverändert.`;
}
