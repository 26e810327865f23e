/**
 * A linear-time XML tokenizer for package parts: start tags, end tags, text and CDATA, in one pass from left to right.
 * Every search starts where the last one ended and a search that finds nothing ends the part with an error, so no
 * input costs more than one look at each character. A regular expression that searches for the end of a tag or a
 * comment from every opening "<" costs the square of the part's length when the ends are missing (60.000 unclosed
 * <c> took 36 s).
 *
 * It also checks what the readers rely on: elements nest (every start tag has its end tag), comments, CDATA sections,
 * processing instructions, tags and attribute values are closed, and there is no document type declaration (the
 * package format forbids them, ISO/IEC 29500-2 §8.1.4: they are how "billion laughs" files expand a few bytes into
 * gigabytes, and an <sst> inside an entity was taken for the real one). A part that passes can be read by the simpler
 * regular expressions of the package code (xml-elements.ts, opc.ts) in linear time.
 */

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const CDATA = 4;
export type TokenKind = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT | typeof CDATA;

/** A part that is not well-formed XML; `problem` says what, in German, for the message that names file and part. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly part: string,
    readonly problem: string,
  ) {
    super(`${part}: ${problem}`);
    this.name = "XmlSyntaxError";
  }
}

export class DocumentTypeDeclared extends Error {
  constructor(readonly part: string) {
    super(`${part}: DOCTYPE`);
    this.name = "DocumentTypeDeclared";
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const isNameEnd = (code: number) => code === GT || code === SLASH || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Pull tokenizer: `next()` returns the kind of the next token and sets `name`, `start`, `end` and `selfClosing`. For a
 * start or end tag, start…end is the tag from "<" to after ">"; for text, the text; for CDATA, its content.
 */
export class XmlTokens {
  name = "";
  start = 0;
  end = 0;
  selfClosing = false;
  private position = 0;
  private readonly open: string[] = [];

  constructor(
    readonly xml: string,
    private readonly part: string,
  ) {}

  /** Elements open around the current token (a start tag's own element included once it is returned). */
  get depth(): number {
    return this.open.length;
  }

  /** The markup of the last start tag. */
  tag(): string {
    return this.xml.slice(this.start, this.end);
  }

  next(): TokenKind {
    const xml = this.xml;
    for (;;) {
      const at = this.position;
      if (at >= xml.length) {
        if (this.open.length > 0) this.fail(`das Element <${this.open[this.open.length - 1]}> ist nicht geschlossen`);
        return END;
      }
      const lt = xml.indexOf("<", at);
      if (lt !== at) {
        this.start = at;
        this.end = lt < 0 ? xml.length : lt;
        this.position = this.end;
        return TEXT;
      }
      const second = xml.charCodeAt(at + 1);
      if (second === 0x21 /* ! */) {
        if (xml.startsWith("<!--", at)) {
          this.position = this.after("-->", at + 4, "ein Kommentar ist nicht geschlossen");
          continue;
        }
        if (xml.startsWith("<![CDATA[", at)) {
          const close = this.after("]]>", at + 9, "ein CDATA-Abschnitt ist nicht geschlossen");
          this.start = at + 9;
          this.end = close - 3;
          this.position = close;
          return CDATA;
        }
        if (xml.slice(at + 2, at + 9).toUpperCase() === "DOCTYPE") throw new DocumentTypeDeclared(this.part);
        this.fail("enthält eine Deklaration, die in einem Teil nicht stehen darf");
      }
      if (second === 0x3f /* ? */) {
        this.position = this.after("?>", at + 2, "eine Verarbeitungsanweisung ist nicht geschlossen");
        continue;
      }
      if (second === SLASH) {
        const gt = xml.indexOf(">", at + 2);
        if (gt < 0) this.fail("ein End-Tag ist nicht geschlossen");
        const name = xml.slice(at + 2, gt).trimEnd();
        const expected = this.open.pop();
        if (expected !== name) this.fail(expected === undefined ? `</${name}> schließt kein offenes Element` : `</${name}> schließt das Element <${expected}> nicht`);
        this.name = name;
        this.start = at;
        this.end = gt + 1;
        this.position = gt + 1;
        return CLOSE;
      }
      return this.startTag(at);
    }
  }

  private startTag(at: number): TokenKind {
    const xml = this.xml;
    let i = at + 1;
    while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
    if (i === at + 1) this.fail("enthält ein „<“ ohne Elementnamen");
    const name = xml.slice(at + 1, i);
    // The attributes: a ">" inside a quoted value ("[>=100]0") does not end the tag.
    for (;;) {
      if (i >= xml.length) this.fail(`das Tag <${name}> ist nicht geschlossen`);
      const code = xml.charCodeAt(i);
      if (code === GT) break;
      if (code === QUOTE || code === APOSTROPHE) {
        const close = xml.indexOf(code === QUOTE ? '"' : "'", i + 1);
        if (close < 0) this.fail(`ein Attributwert im Tag <${name}> ist nicht geschlossen`);
        i = close + 1;
      } else if (code === LT) {
        this.fail(`das Tag <${name}> ist nicht geschlossen`);
      } else {
        i++;
      }
    }
    this.name = name;
    this.start = at;
    this.end = i + 1;
    this.selfClosing = xml.charCodeAt(i - 1) === SLASH;
    this.position = i + 1;
    if (!this.selfClosing) this.open.push(name);
    return OPEN;
  }

  /** The index after `terminator`, searched from `from` once; a missing one ends the part. */
  private after(terminator: string, from: number, problem: string): number {
    const found = this.xml.indexOf(terminator, from);
    if (found < 0) this.fail(problem);
    return found + terminator.length;
  }

  private fail(problem: string): never {
    throw new XmlSyntaxError(this.part, problem);
  }
}

/** Checks a whole part (see the module comment); throws XmlSyntaxError or DocumentTypeDeclared. */
export function assertWellFormed(xml: string, part: string): void {
  const tokens = new XmlTokens(xml, part);
  while (tokens.next() !== END);
}
