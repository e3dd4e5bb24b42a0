// A written .xlsx opened for editing its parts as text (jszip, loaded on first use), the relationship and
// content-type bookkeeping OPC asks of a part added to it, and the package written back as bytes.

import type JSZip from "jszip";
import { attribute, escapeXml } from "./xml-text";

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const OFFICE_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export class ZipPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  /** jszip is loaded here, on first use: a command that writes no workbook never pays its loading. */
  static async open(bytes: Uint8Array): Promise<ZipPackage> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at first use, not by every command
    const jszip = require("jszip") as typeof JSZip;
    return new ZipPackage(await jszip.loadAsync(bytes));
  }

  has(part: string): boolean {
    return this.texts.has(part) || this.zip.file(part) !== null;
  }

  /** The names of the parts matching a pattern, in the zip's order. */
  partsMatching(pattern: RegExp): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir && pattern.test(name));
  }

  async text(part: string): Promise<string | undefined> {
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached;
    const file = this.zip.file(part);
    if (!file) return undefined;
    const text = await file.async("string");
    this.texts.set(part, text);
    return text;
  }

  /** Sets a part's text; a part set to the text it has is not written again. */
  put(part: string, text: string): void {
    if (this.texts.get(part) === text && this.zip.file(part)) return;
    this.texts.set(part, text);
    this.changed.add(part);
  }

  /** The first free name of a numbered part: xl/charts/chart1.xml, chart2.xml, … */
  freePart(pattern: (n: number) => string): string {
    let n = 1;
    while (this.has(pattern(n))) n += 1;
    return pattern(n);
  }

  /** The package as bytes; with `time`, every entry is dated then (a reproducible file). */
  async bytes(time?: Date): Promise<Uint8Array> {
    for (const part of this.changed) this.zip.file(part, this.texts.get(part) as string, { createFolders: false });
    if (time) for (const entry of Object.values(this.zip.files)) entry.date = time;
    const bytes = await this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
    return typeof Buffer !== "undefined" ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  }
}

export function emptyRelationships(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
}

/** Adds a relationship with a fresh id and returns the new XML and the id. */
export function addRelationship(rels: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set(Array.from(rels.matchAll(/\sId="([^"]+)"/g), (m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const xml = rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`,
  );
  return { xml, id };
}

export function relationshipTarget(rels: string, id: string): string | undefined {
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attribute(m[0], "Id") === id) return attribute(m[0], "Target");
  }
  return undefined;
}

/** A relationship target resolved against the folder of the part that holds it, without the leading "/". */
export function resolvePart(fromFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromFolder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** The .rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/"));
}

/** [Content_Types].xml with an Override for a part, unless it has one. */
export function addOverride(contentTypes: string, part: string, type: string): string {
  if (contentTypes.includes(`PartName="/${part}"`)) return contentTypes;
  return contentTypes.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

/** The worksheet part (e.g. xl/worksheets/sheet5.xml) of a sheet, by its name. */
export async function worksheetPart(pkg: ZipPackage, sheetName: string): Promise<string | undefined> {
  const workbook = await pkg.text("xl/workbook.xml");
  const rels = await pkg.text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new Error("not an xlsx workbook: xl/workbook.xml is missing");
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    if (attribute(m[0], "name") !== sheetName) continue;
    const id = attribute(m[0], "r:id");
    const target = id ? relationshipTarget(rels, id) : undefined;
    return target ? resolvePart("xl", target) : undefined;
  }
  return undefined;
}
