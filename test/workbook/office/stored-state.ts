/**
 * What the add-in left in a fake workbook as its state: the one custom XML part in its namespace, read as the
 * adapters read it (src/workbook/state-part.ts). Null when there is no such part or it is not readable.
 */
import type { AddinState } from "../../../src/workbook/port";
import { STATE_NAMESPACE, stateFromXml } from "../../../src/workbook/state-part";
import type { FakeWorkbook } from "./fake-excel";

export function storedState(book: FakeWorkbook): AddinState | null {
  const xml = book.customXmlPartXml(STATE_NAMESPACE);
  return xml === undefined ? null : stateFromXml(xml);
}
