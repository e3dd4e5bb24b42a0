// XML text helpers for the parts BAGALAU edits in a written .xlsx: escaping, one attribute of a tag,
// and the extent of a top-level element, found by its name without parsing what lies inside.

/** Text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/** The value of an attribute of one tag's text (`<sheet name="…" r:id="…"/>`), unescaped. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** Where an element starts and ends in a text: [start, end) covers `<name …>…</name>` or `<name …/>`. */
export interface ElementSpan {
  name: string;
  start: number;
  end: number;
}

/**
 * The element that starts at `start` (a "<" of an opening tag): its name and where it ends. Elements of
 * the same name nested inside it are counted; text and attribute values hold no "<" in well-formed XML.
 */
export function elementAt(xml: string, start: number): ElementSpan {
  const nameEnd = xml.slice(start + 1).search(/[\s/>]/) + start + 1;
  const name = xml.slice(start + 1, nameEnd);
  const openEnd = xml.indexOf(">", nameEnd);
  if (openEnd < 0) throw new Error(`unterminated <${name}> at ${start}`);
  if (xml[openEnd - 1] === "/") return { name, start, end: openEnd + 1 };
  const open = new RegExp(`<${name}[\\s/>]`, "g");
  const close = `</${name}>`;
  let depth = 1;
  let cursor = openEnd + 1;
  for (;;) {
    const nextClose = xml.indexOf(close, cursor);
    if (nextClose < 0) throw new Error(`<${name}> at ${start} is not closed`);
    open.lastIndex = cursor;
    const nextOpen = open.exec(xml);
    if (nextOpen && nextOpen.index < nextClose) {
      const tagEnd = xml.indexOf(">", nextOpen.index);
      if (xml[tagEnd - 1] !== "/") depth += 1;
      cursor = tagEnd + 1;
      continue;
    }
    depth -= 1;
    cursor = nextClose + close.length;
    if (depth === 0) return { name, start, end: cursor };
  }
}

/**
 * The children of the root element of a part: the text before them (declaration and root tag), each child
 * with its span, and the closing text. Whitespace between children is dropped.
 */
export function rootChildren(xml: string): { head: string; children: ElementSpan[]; tail: string } {
  let rootStart = xml.indexOf("<");
  while (xml.startsWith("<?", rootStart) || xml.startsWith("<!--", rootStart))
    rootStart = xml.indexOf("<", xml.indexOf(">", rootStart) + 1);
  const rootOpenEnd = xml.indexOf(">", rootStart) + 1;
  const rootName = xml.slice(rootStart + 1).split(/[\s/>]/)[0];
  const closeAt = xml.lastIndexOf(`</${rootName}>`);
  const children: ElementSpan[] = [];
  let cursor = rootOpenEnd;
  for (;;) {
    const next = xml.indexOf("<", cursor);
    if (next < 0 || next >= closeAt) break;
    const child = elementAt(xml, next);
    children.push(child);
    cursor = child.end;
  }
  return { head: xml.slice(0, rootOpenEnd), children, tail: xml.slice(closeAt) };
}
