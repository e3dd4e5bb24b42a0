// Each XML part of an .xlsx against its ECMA-376 transitional (or OPC) schema with libxml2 compiled to
// WebAssembly (xmllint-wasm), after dropping what mc:Ignorable allows and choosing mc:Fallback, as Excel does.

import * as fs from "fs";
import * as path from "path";
import { validateXML, memoryPages } from "xmllint-wasm";
import { XMLSerializer } from "@xmldom/xmldom";
import { childElements, NS, type XlsxPackage } from "./xlsx-package";
import { requiredFile, SHARED_DIR } from "../support/required-tool";

/** Where the schemas are: ../shared/ooxml-schemas beside the repository (shared/ooxml-schemas/SOURCES.md). */
export const SCHEMAS_DIR = path.join(SHARED_DIR, "ooxml-schemas");

/** The tests that validate against the schemas: without them, skipped (or failing under CI=true). */
export const OOXML_SCHEMAS = requiredFile(
  path.join(SCHEMAS_DIR, "ecma376-transitional", "sml.xsd"),
  "The ECMA-376 schemas (../shared/ooxml-schemas)",
  "check out the project's shared specs beside the repository, as ../shared",
);

export function schemasPresent(): boolean {
  return fs.existsSync(path.join(SCHEMAS_DIR, "ecma376-transitional", "sml.xsd"));
}

/** A problem found in a package: the part, the element it is about, and what is wrong. */
export interface PackageProblem {
  part: string;
  element: string;
  message: string;
}

/** Which schema (file in the schema set) validates a part of a content type. */
const SCHEMA_OF_CONTENT_TYPE: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml": "sml.xsd",
  "application/vnd.openxmlformats-officedocument.theme+xml": "dml-main.xsd",
  "application/vnd.openxmlformats-officedocument.drawing+xml": "dml-spreadsheetDrawing.xsd",
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": "dml-chart.xsd",
  "application/vnd.openxmlformats-officedocument.vmlDrawing": "bagalau-vml-root.xsd",
  "application/vnd.openxmlformats-package.core-properties+xml": "opc-coreProperties.xsd",
  "application/vnd.openxmlformats-officedocument.extended-properties+xml": "shared-documentPropertiesExtended.xsd",
  "application/vnd.openxmlformats-package.relationships+xml": "opc-relationships.xsd",
};
const CONTENT_TYPES_SCHEMA = "opc-contentTypes.xsd";

/** The schema that validates a part, or undefined for a part that is not XML BAGALAU knows (an image). */
function schemaOfPart(pkg: XlsxPackage, part: string): string | undefined {
  if (part === "[Content_Types].xml") return CONTENT_TYPES_SCHEMA;
  const type = pkg.contentTypeOf(part);
  return type === undefined ? undefined : SCHEMA_OF_CONTENT_TYPE[type];
}

/**
 * VML's root element (<xml>) is in no schema: its shapes are validated inside this wrapper, which allows
 * any sequence of VML, Office-drawing and Excel-drawing elements and validates each strictly.
 */
const VML_ROOT_NS = "urn:bagalau:test:vml-root";
const VML_ROOT_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="${VML_ROOT_NS}" elementFormDefault="qualified">
  <xsd:import namespace="urn:schemas-microsoft-com:vml" schemaLocation="vml-main.xsd"/>
  <xsd:import namespace="urn:schemas-microsoft-com:office:office" schemaLocation="vml-officeDrawing.xsd"/>
  <xsd:import namespace="urn:schemas-microsoft-com:office:excel" schemaLocation="vml-spreadsheetDrawing.xsd"/>
  <xsd:element name="vml">
    <xsd:complexType>
      <xsd:sequence>
        <xsd:any namespace="urn:schemas-microsoft-com:vml urn:schemas-microsoft-com:office:office urn:schemas-microsoft-com:office:excel" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
      </xsd:sequence>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>`;

/** Remote schema locations in the OPC schemas, mapped to the local copies (validation never uses the network). */
const REMOTE_SCHEMAS: [string, string][] = [
  ["http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd", "dc.xsd"],
  ["http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd", "dcterms.xsd"],
  ["http://www.w3.org/2001/03/xml.xsd", "xml.xsd"],
];

let schemaFiles: { fileName: string; contents: string }[] | undefined;

/** Every schema file, by its bare name, with remote locations mapped to local files. */
function loadSchemaFiles(): { fileName: string; contents: string }[] {
  if (schemaFiles) return schemaFiles;
  if (!schemasPresent()) throw new Error(`the OOXML schemas are missing: ${SCHEMAS_DIR} (see shared/ooxml-schemas/SOURCES.md)`);
  const files: { fileName: string; contents: string }[] = [];
  for (const folder of ["ecma376-transitional", "opc"]) {
    for (const name of fs.readdirSync(path.join(SCHEMAS_DIR, folder)).filter((n) => n.endsWith(".xsd"))) {
      let contents = fs.readFileSync(path.join(SCHEMAS_DIR, folder, name), "utf8");
      for (const [remote, local] of REMOTE_SCHEMAS) contents = contents.split(`"${remote}"`).join(`"${local}"`);
      // An import of the XML namespace without a location (shared-math.xsd, wml.xsd): the local xml.xsd.
      contents = contents.replace(
        /<xsd:import namespace="http:\/\/www\.w3\.org\/XML\/1998\/namespace"\s*\/>/g,
        '<xsd:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>',
      );
      files.push({ fileName: name, contents });
    }
  }
  files.push({ fileName: "bagalau-vml-root.xsd", contents: VML_ROOT_XSD });
  schemaFiles = files;
  return files;
}

/**
 * The XML namespace's own attributes (xml:space): XML 1.0 §2.10 defines xml:space for every element and
 * Excel writes it on every <t> that keeps spaces, but the ECMA schemas type <t> as a bare string.
 */
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** The namespace URIs a mc:Ignorable attribute names (its prefixes, resolved on the element). */
function ignorableNamespaces(element: Element): string[] {
  const value = element.getAttributeNS(NS.mc, "Ignorable");
  if (!value) return [];
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((prefix) => element.lookupNamespaceURI(prefix))
    .filter((uri): uri is string => typeof uri === "string");
}

/**
 * The part as a markup-compatibility consumer that understands only ECMA-376 sees it: elements and
 * attributes in an ignorable namespace dropped, mc:AlternateContent replaced by its mc:Fallback (or
 * nothing), the mc attributes themselves and xml:space removed. VML's root is renamed into the wrapper schema's root.
 */
function compatibleXml(doc: Document, schema: string): string {
  const clean = (element: Element, ignorable: ReadonlySet<string>): void => {
    const own = ignorableNamespaces(element);
    const scope = own.length === 0 ? ignorable : new Set([...ignorable, ...own]);
    for (const attr of Array.from(element.attributes as unknown as ArrayLike<Attr>)) {
      const ns = attr.namespaceURI;
      if (ns === NS.mc || ns === XML_NS || (ns !== null && scope.has(ns))) element.removeAttributeNode(attr);
    }
    for (const child of childElements(element)) {
      if (child.namespaceURI === NS.mc && child.localName === "AlternateContent") {
        const fallback = childElements(child).find((c) => c.namespaceURI === NS.mc && c.localName === "Fallback");
        for (const inner of fallback ? childElements(fallback) : []) element.insertBefore(inner, child);
        element.removeChild(child);
      } else if (child.namespaceURI !== null && scope.has(child.namespaceURI)) {
        element.removeChild(child);
      }
    }
    for (const child of childElements(element)) clean(child, scope);
  };
  const root = doc.documentElement;
  clean(root, new Set());
  let text = new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer["serializeToString"]>[0]);
  if (schema === "bagalau-vml-root.xsd") {
    // Prefixed, not a default namespace: VML's unprefixed <div> inside <v:textbox> must stay in no namespace.
    text = text.replace(/<xml\b/, `<bv:vml xmlns:bv="${VML_ROOT_NS}"`).replace(/<\/xml>\s*$/, "</bv:vml>");
  }
  return text;
}

/** The element a libxml2 message is about ("Element '{ns}legacyDrawing': …" → legacyDrawing). */
function elementOfMessage(message: string): string {
  const m = /Element '(?:\{[^}]*\})?([^']+)'/.exec(message);
  return m ? m[1] : "?";
}

/** A part of a package to validate, with a label naming the package in problems. */
interface PartToValidate {
  label: string;
  part: string;
  xml: string;
}

/**
 * Validates every XML part whose schema is known, of one package or of many: the parts of one schema go
 * to the validator in one call (compiling a schema takes a second or two; validating a part, milliseconds).
 * A problem's part is `label: part` when a label is given.
 */
export async function schemaProblems(packages: XlsxPackage | { label: string; pkg: XlsxPackage }[]): Promise<PackageProblem[]> {
  const files = loadSchemaFiles();
  const list = Array.isArray(packages) ? packages : [{ label: "", pkg: packages }];
  const bySchema = new Map<string, PartToValidate[]>();
  for (const { label, pkg } of list) {
    for (const part of pkg.parts.keys()) {
      const schema = schemaOfPart(pkg, part);
      if (!schema) continue;
      const parts = bySchema.get(schema) ?? [];
      parts.push({ label, part, xml: compatibleXml(pkg.xml(part), schema) });
      bySchema.set(schema, parts);
    }
  }
  const problems: PackageProblem[] = [];
  for (const [schema, parts] of bySchema) {
    const main = files.find((f) => f.fileName === schema);
    if (!main) throw new Error(`no schema file ${schema}`);
    // File names inside the validator are plain (part0.xml, …): a part name may start with "[" or hold "/".
    const result = await validateXML({
      xml: parts.map((p, i) => ({ fileName: `part${i}.xml`, contents: p.xml })),
      schema: [main],
      preload: files.filter((f) => f !== main),
      initialMemoryPages: 1024,
      maxMemoryPages: 2 * memoryPages.GiB,
    });
    for (const error of result.errors) {
      if (/fails to validate$/.test(error.message)) continue; // xmllint's summary line of a part already reported
      const index = error.loc ? Number(/^part(\d+)\.xml$/.exec(error.loc.fileName)?.[1]) : NaN;
      const where = Number.isInteger(index) ? parts[index] : undefined;
      const part = where ? (where.label ? `${where.label}: ${where.part}` : where.part) : `(${schema})`;
      const line = error.loc?.lineNumber ? ` (line ${error.loc.lineNumber})` : "";
      problems.push({
        part,
        element: elementOfMessage(error.message),
        message: `${error.message.replace(/^.*Schemas validity error : /, "")}${line}`,
      });
    }
  }
  return problems;
}
