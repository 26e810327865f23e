/**
 * Texts of a workbook: the shared string table (sharedStrings.xml), inline strings, and the character data inside
 * both, read with the linear tokenizer and counted against the limits as they are read (read-limits.ts).
 */
import { unescapeXml } from "../../xml-text";
import { CLOSE, END, OPEN, XmlTokens } from "../package/xml-tokens";
import { type ReadLimits, refusal } from "./read-limits";

/** The shared string table's items as plain text, in one pass over the part. */
export function readSharedStrings(xml: string, part: string, fileName: string, limits: ReadLimits): string[] {
  const tokens = new XmlTokens(xml, part);
  const strings: string[] = [];
  const runs = new RunText(xml);
  let characters = 0;
  let inItem = false;
  for (let kind = tokens.next(); kind !== END; kind = tokens.next()) {
    if (kind === OPEN && tokens.name === "si" && !inItem) {
      if (strings.length >= limits.sharedStrings) throw refusal.sharedStrings(fileName, `mehr als ${limits.sharedStrings.toLocaleString("de-DE")}`, limits);
      if (tokens.selfClosing) strings.push("");
      else inItem = true;
    } else if (inItem && kind === CLOSE && tokens.name === "si") {
      const text = runs.take();
      characters += text.length;
      if (characters > limits.sharedStringCharacters) throw refusal.sharedStringCharacters(fileName, limits);
      strings.push(text);
      inItem = false;
    } else if (inItem) {
      runs.see(kind, tokens);
    }
  }
  return strings;
}

/** The text of an inline string's <is> content: its runs' <t> texts. */
export function richText(item: string, part: string): string {
  const tokens = new XmlTokens(item, part);
  const runs = new RunText(item);
  for (let kind = tokens.next(); kind !== END; kind = tokens.next()) runs.see(kind, tokens);
  return runs.take();
}

/** Collects the <t> texts of a string item's runs, leaving out the phonetic guides (<rPh>) that Japanese text carries. */
class RunText {
  private raw = "";
  private phonetic = 0;
  private start = -1;

  constructor(private readonly xml: string) {}

  see(kind: number, tokens: XmlTokens): void {
    if (kind === OPEN) {
      if (tokens.name === "rPh" && !tokens.selfClosing) this.phonetic++;
      else if (tokens.name === "t" && this.phonetic === 0 && !tokens.selfClosing) this.start = tokens.end;
    } else if (kind === CLOSE) {
      if (tokens.name === "rPh") this.phonetic--;
      else if (tokens.name === "t" && this.start >= 0) {
        this.raw += this.xml.slice(this.start, tokens.start);
        this.start = -1;
      }
    }
  }

  take(): string {
    const text = textContent(this.raw);
    this.raw = "";
    this.phonetic = 0;
    this.start = -1;
    return text;
  }
}

/**
 * Character data as an XML parser hands it over — line ends normalised to LF (XML 1.0 §2.11), entities decoded, CDATA
 * taken as it is — and then Excel's own escapes for characters XML cannot hold: "_x000D_" is a CR, "_x005F_" an "_".
 */
export function textContent(raw: string): string {
  let text = "";
  for (const part of raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)) {
    text += part.startsWith("<![CDATA[") ? part.slice(9, -3) : unescapeXml(part.replace(/\r\n?/g, "\n"));
  }
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
