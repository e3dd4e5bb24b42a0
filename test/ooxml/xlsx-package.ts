// An .xlsx package opened for checking: its parts as text, each part's content type by the OPC rules
// ([Content_Types].xml Default by extension, Override by name) and each part's relationships resolved.

import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";

export const NS = {
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  officeRels: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  sml: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
} as const;

interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  external: boolean;
  /** The part it points to (no leading "/"), for an internal target. */
  targetPart?: string;
}

export interface XlsxPackage {
  /** Part name (no leading "/") → its text; every part of the zip, folders left out. */
  parts: Map<string, string>;
  /** Part name → content type, or undefined when [Content_Types].xml gives none. */
  contentTypeOf(part: string): string | undefined;
  /** The relationships of a part ("" for the package itself), from its .rels part. */
  relationshipsOf(part: string): Relationship[];
  /** A part parsed as XML (cached). */
  xml(part: string): Document;
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels; the package's is _rels/.rels. */
export function relsPartOf(part: string): string {
  if (part === "") return "_rels/.rels";
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const folder = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/")) : "";
  const pieces = folder === "" ? [] : folder.split("/");
  for (const piece of decodeURIComponent(target).split("/")) {
    if (piece === "..") pieces.pop();
    else if (piece !== "." && piece !== "") pieces.push(piece);
  }
  return pieces.join("/");
}

/** Parses XML, throwing on the first well-formedness error with the part's name. */
function parseXml(part: string, text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "text/xml") as unknown as Document;
  if (errors.length > 0) throw new Error(`${part}: not well-formed XML: ${errors[0]}`);
  return doc;
}

/** The child elements of a node (DOM children that are elements). */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element);
  return out;
}

/** Every descendant element with a local name in a namespace, in document order. */
export function elementsNamed(root: Node, namespace: string, localName: string): Element[] {
  return Array.from((root as Document).getElementsByTagNameNS(namespace, localName) as unknown as ArrayLike<Element>);
}

export async function openXlsxPackage(bytes: Uint8Array): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async("string"));
  }
  const parsed = new Map<string, Document>();
  const xml = (part: string): Document => {
    let doc = parsed.get(part);
    if (!doc) {
      const text = parts.get(part);
      if (text === undefined) throw new Error(`${part}: no such part`);
      doc = parseXml(part, text);
      parsed.set(part, doc);
    }
    return doc;
  };

  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (parts.has("[Content_Types].xml")) {
    const types = xml("[Content_Types].xml");
    for (const d of elementsNamed(types, NS.contentTypes, "Default"))
      defaults.set((d.getAttribute("Extension") ?? "").toLowerCase(), d.getAttribute("ContentType") ?? "");
    for (const o of elementsNamed(types, NS.contentTypes, "Override"))
      overrides.set((o.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase(), o.getAttribute("ContentType") ?? "");
  }
  const contentTypeOf = (part: string): string | undefined => {
    const override = overrides.get(part.toLowerCase());
    if (override !== undefined) return override;
    const dot = part.lastIndexOf(".");
    return dot < 0 ? undefined : defaults.get(part.slice(dot + 1).toLowerCase());
  };

  const relationshipsOf = (part: string): Relationship[] => {
    const relsPart = relsPartOf(part);
    if (!parts.has(relsPart)) return [];
    return elementsNamed(xml(relsPart), NS.packageRels, "Relationship").map((r) => {
      const target = r.getAttribute("Target") ?? "";
      const external = r.getAttribute("TargetMode") === "External";
      const rel: Relationship = { id: r.getAttribute("Id") ?? "", type: r.getAttribute("Type") ?? "", target, external };
      if (!external) rel.targetPart = resolveTarget(part, target);
      return rel;
    });
  };

  return { parts, contentTypeOf, relationshipsOf, xml };
}
