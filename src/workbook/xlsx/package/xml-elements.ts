/**
 * Just enough XML structure for merging package parts: find one container element and split its content into its
 * top-level child elements. Quoted attribute values may contain ">" (number formats such as "[>=100]0" do).
 */

export interface Container {
  /** Index of "<" of the start tag. */
  start: number;
  /** Index just after the end tag (or after the self-closing start tag). */
  end: number;
  startTag: string;
  /** The content between start and end tag ("" when self-closing). */
  inner: string;
  /** Index where the content begins (for a self-closing tag: where it would begin). */
  innerStart: number;
}

const TAG = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/** The first element named exactly `name` (prefix included, if any) at any depth, or undefined. */
export function findContainer(xml: string, name: string): Container | undefined {
  TAG.lastIndex = 0;
  let depth = 0;
  let open: { start: number; startTag: string; innerStart: number; depth: number } | undefined;
  for (let match = TAG.exec(xml); match; match = TAG.exec(xml)) {
    const [tag, closing, tagName, , selfClosing] = match;
    if (!tagName) continue;
    if (closing) {
      depth--;
      if (open && depth === open.depth && tagName === name) {
        return { start: open.start, end: TAG.lastIndex, startTag: open.startTag, inner: xml.slice(open.innerStart, match.index), innerStart: open.innerStart };
      }
    } else if (selfClosing) {
      if (!open && tagName === name) return { start: match.index, end: TAG.lastIndex, startTag: tag, inner: "", innerStart: TAG.lastIndex };
    } else {
      if (!open && tagName === name) open = { start: match.index, startTag: tag, innerStart: TAG.lastIndex, depth };
      depth++;
    }
  }
  return undefined;
}

/** The top-level child elements of a container's content, each as its full markup. */
export function childElements(inner: string): string[] {
  const children: string[] = [];
  const pattern = new RegExp(TAG.source, "g");
  let depth = 0;
  let start = -1;
  for (let match = pattern.exec(inner); match; match = pattern.exec(inner)) {
    const [, closing, tagName, , selfClosing] = match;
    if (!tagName) continue;
    if (closing) {
      depth--;
      if (depth === 0) children.push(inner.slice(start, pattern.lastIndex));
    } else if (selfClosing) {
      if (depth === 0) children.push(match[0]);
    } else {
      if (depth === 0) start = match.index;
      depth++;
    }
  }
  return children;
}

/** The start tag of an element's markup. */
export function startTagOf(element: string): string {
  const pattern = new RegExp(TAG.source, "g");
  for (let match = pattern.exec(element); match; match = pattern.exec(element)) if (match[2]) return match[0];
  return "";
}
