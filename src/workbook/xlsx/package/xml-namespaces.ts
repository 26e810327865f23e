/**
 * XML namespaces resolved as a parser resolves them (Namespaces in XML 1.0): a prefix means what the nearest
 * declaration in scope binds it to, wherever that declaration stands. Excel writes `<workbook xmlns:r="…">`, but the
 * OpenXML SDK writes `<x:workbook>`, openpyxl declares `xmlns:r` on each `<sheet>`, Python's ElementTree invents `ns0:`;
 * all mean the same, and reading or splicing must not depend on which.
 */

/** Prefix ("" for the default namespace) → namespace URI. */
export type Scope = ReadonlyMap<string, string>;

export const EMPTY_SCOPE: Scope = new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]);

const DECLARATION = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The scope inside an element: the inherited one with the element's own declarations added. */
export function declarations(startTag: string, inherited: Scope = EMPTY_SCOPE): Scope {
  let scope: Map<string, string> | undefined;
  for (const [, prefix, double, single] of startTag.matchAll(DECLARATION)) {
    scope ??= new Map(inherited);
    scope.set(prefix ?? "", double ?? single ?? "");
  }
  return scope ?? inherited;
}

/** A prefix bound to one of `namespaces` in `scope` ("" for the default namespace), or undefined. */
export function prefixFor(scope: Scope, namespaces: readonly string[]): string | undefined {
  for (const [prefix, uri] of scope) if (namespaces.includes(uri)) return prefix;
  return undefined;
}

/** "x" + "sheet" → "x:sheet"; "" + "sheet" → "sheet". */
export function qualified(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

export interface RootElement {
  startTag: string;
  /** The root's prefix ("" when it is in the default namespace). */
  prefix: string;
  local: string;
  scope: Scope;
}

/** The document element: the first start tag after the declaration, comments and processing instructions. */
export function rootElement(xml: string): RootElement | undefined {
  const match = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>/g, (s) => " ".repeat(s.length)));
  if (!match) return undefined;
  const startTag = xml.slice(match.index, match.index + match[0].length);
  const [prefix, local] = match[1].includes(":") ? match[1].split(":") : ["", match[1]];
  return { startTag, prefix, local, scope: declarations(startTag) };
}

/** The value of the attribute `local` in one of `namespaces` (a prefixed attribute whose prefix is bound to it). */
export function namespacedAttribute(startTag: string, scope: Scope, namespaces: readonly string[], local: string): string | undefined {
  for (const [, prefix, name, double, single] of startTag.matchAll(/\s([\w.-]+):([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (name === local && prefix !== "xmlns" && namespaces.includes(scope.get(prefix) ?? "")) return double ?? single;
  }
  return undefined;
}

/**
 * The markup with the prefixes bound to `namespaces` taken off element names, for the readers, which look for
 * `<row>`, `<c>`, `<si>` … by name. Only ever used on a copy that is read, never on a part that is written back.
 */
export function withoutElementPrefixes(xml: string, namespaces: readonly string[]): string {
  const prefixes = new Set<string>();
  for (const [, prefix, double, single] of xml.matchAll(DECLARATION)) if (prefix && namespaces.includes(double ?? single ?? "")) prefixes.add(prefix);
  if (prefixes.size === 0) return xml;
  const pattern = new RegExp(`<(/?)(?:${[...prefixes].map((p) => p.replace(/\./g, "\\.")).join("|")}):`, "g");
  return xml.replace(pattern, "<$1");
}
