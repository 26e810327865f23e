/**
 * The add-in's state as one custom XML part, the store both adapters read and write: Excel through
 * workbook.customXmlParts (ExcelApi 1.5), the .xlsx adapter as the part customXml/itemN.xml of the package (ECMA-376
 * Part 1 §15.2.4). Excel keeps custom XML parts when it saves, and the package carries them to the CLI and back, so
 * a workbook refreshed in Excel and then by the CLI knows its own report sheets in both places.
 *
 * The part is one element in a namespace of our own holding the state as JSON text. No personal data is ever stored
 * there: only which sheets the add-in made and its settings.
 */
import type { AddinState } from "../sources/workbook-read";
import { parseState } from "./state-sheet";
import { unescapeXml } from "./xml-text";

export const STATE_NAMESPACE = "urn:steuerungscockpit:state:1";

/**
 * The part's XML, without a declaration (CustomXmlPartCollection.add takes "a valid XML fragment"). The JSON is kept
 * to ASCII: a character XML does not allow (U+FFFE, a lone surrogate in a sheet name) would make the part unreadable.
 */
export function stateXml(state: AddinState): string {
  const json = JSON.stringify(state).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `<state xmlns="${STATE_NAMESPACE}">${json.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</state>`;
}

/**
 * The state in a part's XML, whoever wrote it last (Excel may return the part with a declaration of its own, or with
 * another prefix); null when it is not our part or not readable. A damaged state only means the add-in forgets which
 * sheets it made: it then never overwrites them (the safe side).
 */
export function stateFromXml(xml: string): AddinState | null {
  const root = stateRoot(xml);
  if (!root || root.empty) return null;
  const end = root.rest.indexOf(`</${root.prefix ? `${root.prefix}:` : ""}state>`);
  return end < 0 ? null : parseState(unescapeText(root.rest.slice(0, end)));
}

/** Whether a part is ours: its root element is <state> in our namespace (readable or not). */
export function isStateXml(xml: string): boolean {
  return stateRoot(xml) !== null;
}

function stateRoot(xml: string): { prefix: string; empty: boolean; rest: string } | null {
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "");
  const root = /<(?:([\w.-]+):)?([\w.-]+)\b([^>]*?)(\/?)>/.exec(body);
  if (!root || root[2] !== "state") return null;
  const [whole, prefix = "", , attributes, empty] = root;
  const declared = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*(["'])${STATE_NAMESPACE.replace(/[.:]/g, "\\$&")}\\1`);
  if (!declared.test(attributes)) return null;
  return { prefix, empty: empty === "/", rest: body.slice(root.index + whole.length) };
}

/** The element's text: a CDATA section as it stands (escaped first, so the one rule reads it back), entities read. */
function unescapeText(text: string): string {
  return unescapeXml(text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, "&amp;").replace(/</g, "&lt;")));
}
