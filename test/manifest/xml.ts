// A small, strict XML reader for the manifest tests: it refuses what is not well-formed XML (unclosed or
// crossed tags, unquoted or repeated attributes, bad entities, text outside the root) and gives a tree.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag, for messages. */
  line: number;
}

const NAME = "[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?";
const START_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");
const END_TAG = new RegExp(`^</(${NAME})\\s*>`);
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export class XmlError extends Error {}

function decode(text: string, line: number): string {
  if (/&(?!(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);)/.test(text)) throw new XmlError(`line ${line}: a bare "&"`);
  return text.replace(ENTITY, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    if (!(entity in NAMED_ENTITIES)) throw new XmlError(`line ${line}: unknown entity &${entity};`);
    return NAMED_ENTITIES[entity];
  });
}

/** Parses a whole document; throws XmlError with a line number when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  let rest = source.replace(/^\uFEFF/, "");
  let line = 1;
  const advance = (length: number): void => {
    line += (rest.slice(0, length).match(/\n/g) ?? []).length;
    rest = rest.slice(length);
  };
  const declaration = /^<\?xml\s[^?]*\?>/.exec(rest);
  if (declaration) advance(declaration[0].length);
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (rest.length > 0) {
    if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end < 0) throw new XmlError(`line ${line}: an unclosed comment`);
      if (rest.slice(4, end).includes("--")) throw new XmlError(`line ${line}: "--" inside a comment`);
      advance(end + 3);
      continue;
    }
    if (rest.startsWith("<?")) throw new XmlError(`line ${line}: a processing instruction after the start`);
    if (rest.startsWith("<!")) throw new XmlError(`line ${line}: a DOCTYPE or CDATA is not expected in a manifest`);
    if (rest.startsWith("</")) {
      const match = END_TAG.exec(rest);
      if (!match) throw new XmlError(`line ${line}: a malformed end tag`);
      const open = stack.pop();
      if (!open || open.name !== match[1]) throw new XmlError(`line ${line}: </${match[1]}> closes <${open ? open.name : "nothing"}>`);
      advance(match[0].length);
      continue;
    }
    if (rest.startsWith("<")) {
      const match = START_TAG.exec(rest);
      if (!match) throw new XmlError(`line ${line}: a malformed start tag near ${JSON.stringify(rest.slice(0, 40))}`);
      const element: XmlElement = { name: match[1], attributes: {}, children: [], text: "", line };
      for (const attribute of match[2].matchAll(ATTRIBUTE)) {
        if (attribute[1] in element.attributes) throw new XmlError(`line ${line}: attribute ${attribute[1]} repeated`);
        element.attributes[attribute[1]] = decode(attribute[2] ?? attribute[3], line);
      }
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new XmlError(`line ${line}: a second root element <${element.name}>`);
      else root = element;
      if (match[3] !== "/") stack.push(element);
      advance(match[0].length);
      continue;
    }
    const next = rest.indexOf("<");
    const text = next < 0 ? rest : rest.slice(0, next);
    if (stack.length === 0) {
      if (text.trim() !== "") throw new XmlError(`line ${line}: text outside the root element`);
    } else {
      if (text.includes("]]>")) throw new XmlError(`line ${line}: "]]>" in text`);
      stack[stack.length - 1].text += decode(text, line);
    }
    advance(text.length);
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) throw new XmlError("no root element");
  return root;
}

/** Every element of the tree, depth first, with the root first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    out.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return out;
}

/** The child elements with a name, prefix included ("bt:Image"). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> (line ${element.line}) has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

/** Follows a path of child names from `element`: path(root, "VersionOverrides", "Hosts", "Host"). */
export function path(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce((current, name) => childNamed(current, name), element);
}
