/**
 * The last look before a spliced package is saved: every part the splice wrote must be well-formed XML with each
 * prefix declared, have a content type, and relate only to parts that exist. What fails here is the add-in's own bug,
 * and it is reported as one: a file that Excel would refuse or "repair" is never handed to the user with exit code 0.
 */
import type JSZip from "jszip";
import { type ContentTypes, decodeXml, parseRelationships, partFile, resolveTarget } from "./opc";
import { declarations, EMPTY_SCOPE, type Scope } from "./xml-namespaces";
import { hasCharacterXmlForbids } from "../../xml-text";

/** A defect in what the add-in wrote (not in the user's file). */
export class WrittenPackageDefect extends Error {
  constructor(part: string, what: string) {
    super(`Interner Fehler des Steuerungscockpits: Der geschriebene Teil „${part}“ ${what}. Es wurde keine Datei gespeichert; bitte diesen Fehler melden.`);
    this.name = "WrittenPackageDefect";
  }
}

/** `alreadyBroken`: relationships part → ids that pointed at missing parts in the user's file already. */
export async function assertWrittenPackage(zip: JSZip, written: string[], types: ContentTypes, alreadyBroken = new Map<string, Set<string>>()): Promise<void> {
  for (const part of new Set(written)) {
    const file = partFile(zip, part);
    if (!file) throw new WrittenPackageDefect(part, "fehlt im Paket");
    if (part !== "[Content_Types].xml" && types.typeOf(part) === undefined) throw new WrittenPackageDefect(part, "hat keinen Inhaltstyp");
    if (!/\.(xml|rels|vml)$/i.test(part)) continue;
    const xml = decodeXml(await file.async("uint8array"));
    const problem = wellFormednessProblem(xml);
    if (problem) throw new WrittenPackageDefect(part, `ist kein wohlgeformtes XML (${problem})`);
    if (!part.endsWith(".rels")) continue;
    const source = part === "_rels/.rels" ? "" : part.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const r of parseRelationships(xml)) {
      if (!r.external && !alreadyBroken.get(part)?.has(r.id) && !partFile(zip, resolveTarget(source, r.target))) throw new WrittenPackageDefect(part, `verweist auf den fehlenden Teil „${r.target}“`);
    }
  }
}

const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
// Markup tokens; a "<" or "&" that starts none of them is an error where it stands.
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<!DOCTYPE(?:[^>\\[]|\\[[\\s\\S]*?\\])*>|</(${NAME})\\s*>|<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);)`,
  "g",
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * What makes `xml` not well-formed in the sense of XML 1.0 and Namespaces in XML (a character XML forbids, such as
 * U+FFFF, which strict parsers refuse; unbalanced or crossed tags, a bad attribute, a stray "<" or "&", a duplicate
 * attribute, an undeclared prefix, not exactly one root), or undefined.
 */
export function wellFormednessProblem(xml: string): string | undefined {
  if (hasCharacterXmlForbids(xml)) return "ein Zeichen, das XML nicht erlaubt";
  const open: Array<{ name: string; scope: Scope }> = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match; match = TOKEN.exec(xml)) {
    const [token, closing, name, attributes, selfClosing] = match;
    if (token === "<") return `„<“ an Stelle ${match.index}`;
    if (token.startsWith("&")) return `„&“ ohne Entität an Stelle ${match.index}`;
    if (closing) {
      const top = open.pop();
      if (top?.name !== closing) return `</${closing}> schließt ${top ? `<${top.name}>` : "kein Element"}`;
      continue;
    }
    if (!name) continue;
    if (open.length === 0 && ++roots > 1) return "mehr als ein Wurzelelement";
    const scope = declarations(token, open[open.length - 1]?.scope ?? EMPTY_SCOPE);
    const seen = new Set<string>();
    for (const [, attribute, double, single] of (attributes ?? "").matchAll(ATTRIBUTE)) {
      if (seen.has(attribute)) return `Attribut ${attribute} doppelt in <${name}>`;
      seen.add(attribute);
      if (BAD_ENTITY.test(double ?? single ?? "")) return `„&“ ohne Entität im Attribut ${attribute} von <${name}>`;
      const prefix = attribute.includes(":") ? attribute.slice(0, attribute.indexOf(":")) : "";
      if (prefix && prefix !== "xmlns" && !scope.has(prefix)) return `Präfix ${prefix} nicht deklariert (Attribut ${attribute})`;
    }
    const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : "";
    if (prefix && !scope.has(prefix)) return `Präfix ${prefix} nicht deklariert (<${name}>)`;
    if (!selfClosing) open.push({ name, scope });
  }
  if (open.length > 0) return `<${open[open.length - 1].name}> nicht geschlossen`;
  if (roots === 0) return "kein Wurzelelement";
  return undefined;
}
