/**
 * The pane's "Quellen" step and the CLI's `quellen` through the port: what each sheet is taken for, and keeping the
 * user's confirmation or correction in the workbook (Office: workbook.settings; .xlsx: the add-in's hidden state
 * sheet). Nothing else is written: saving a decision renders an empty plan, which only updates the add-in's state.
 */
import type { Message } from "../domain/messages";
import type { IsoDate } from "../domain/processing/holidays";
import { readSources } from "../sources/read-sources";
import { MAPPING_SETTING, parseDecisions, serializeDecisions, type SheetDecision, type SourceMapping } from "../sources/source-mapping";
import type { WorkbookPort } from "../workbook/port";

export interface SourceInspection {
  mappings: SourceMapping[];
  /** The decisions stored now, to be changed by confirm/correct. */
  decisions: SheetDecision[];
  messages: Message[];
}

export async function inspectSources(port: WorkbookPort, today: IsoDate = new Date().toISOString().slice(0, 10)): Promise<SourceInspection> {
  const read = await port.readSheets({ numberFormats: true });
  const sources = readSources(read, { today });
  return { mappings: sources.mappings, decisions: parseDecisions(read.state.settings[MAPPING_SETTING]).decisions, messages: sources.messages };
}

export async function saveDecisions(port: WorkbookPort, decisions: SheetDecision[]): Promise<void> {
  await port.render({ sheets: [], settings: { [MAPPING_SETTING]: serializeDecisions(decisions) } });
}
