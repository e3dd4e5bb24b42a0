// The rules Excel enforces across the parts of an .xlsx that no schema expresses: relationships and content
// types, sheet/defined/table names, table headers, merges, data validations, formulas, style and string indexes, cell metadata.

import { childElements, elementsNamed, NS, relsPartOf, type XlsxPackage } from "./xlsx-package";
import { formulaParts } from "./formula-text";
import { metadataProblems } from "./metadata-rules";
import type { PackageProblem } from "./schema-validation";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

/** The content type a relationship's target must have, by relationship type. */
const TARGET_CONTENT_TYPE: Record<string, string[]> = {
  [`${REL}/officeDocument`]: [`${CT}.spreadsheetml.sheet.main+xml`, "application/vnd.ms-excel.sheet.macroEnabled.main+xml"],
  [`${REL}/worksheet`]: [`${CT}.spreadsheetml.worksheet+xml`],
  [`${REL}/styles`]: [`${CT}.spreadsheetml.styles+xml`],
  [`${REL}/sharedStrings`]: [`${CT}.spreadsheetml.sharedStrings+xml`],
  [`${REL}/theme`]: [`${CT}.theme+xml`],
  [`${REL}/table`]: [`${CT}.spreadsheetml.table+xml`],
  [`${REL}/comments`]: [`${CT}.spreadsheetml.comments+xml`],
  [`${REL}/drawing`]: [`${CT}.drawing+xml`],
  [`${REL}/chart`]: [`${CT}.drawingml.chart+xml`],
  [`${REL}/vmlDrawing`]: [`${CT}.vmlDrawing`],
  [`${REL}/calcChain`]: [`${CT}.spreadsheetml.calcChain+xml`],
  [`${REL}/sheetMetadata`]: [`${CT}.spreadsheetml.sheetMetadata+xml`],
  [`${REL}/extended-properties`]: [`${CT}.extended-properties+xml`],
  [`${PKG_REL}/metadata/core-properties`]: ["application/vnd.openxmlformats-package.core-properties+xml"],
};

// ---------------------------------------------------------------- A1 ranges

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  return letters
    .toUpperCase()
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "B4:E9" or "C7" (with or without $) as a rectangle; undefined when it is not one. */
function rectOf(ref: string): Rect | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const a = { row: Number(m[2]), column: columnNumber(m[1]) };
  const b = m[3] ? { row: Number(m[4]), column: columnNumber(m[3]) } : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

// ---------------------------------------------------------------- names

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** A defined or table name as Excel accepts it: a letter, _ or \ first; no spaces; not a cell reference. */
function nameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 255) return "must have 1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "must start with a letter, _ or \\ and hold only letters, digits, _, . and \\";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && rectOf(name) && columnNumber(name.replace(/\d+$/, "")) <= 16384)
    return "looks like a cell reference";
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]\d+$/.test(name)) return "looks like an R1C1 reference";
  return undefined;
}

// ---------------------------------------------------------------- the workbook's sheets and their parts

interface SheetInfo {
  name: string;
  part?: string;
}

function workbookPart(pkg: XlsxPackage): string | undefined {
  return pkg.relationshipsOf("").find((r) => r.type === `${REL}/officeDocument`)?.targetPart;
}

function sheetsOf(pkg: XlsxPackage, workbook: string): SheetInfo[] {
  const rels = pkg.relationshipsOf(workbook);
  return elementsNamed(pkg.xml(workbook), NS.sml, "sheet").map((s) => ({
    name: s.getAttribute("name") ?? "",
    part: rels.find((r) => r.id === s.getAttributeNS(REL, "id"))?.targetPart,
  }));
}

/** Text of a cell: shared string, inline string, or the value as written. */
function cellText(cell: Element, sharedStrings: string[]): string | undefined {
  const type = cell.getAttribute("t");
  if (type === "inlineStr")
    return elementsNamed(cell, NS.sml, "t")
      .map((t) => t.textContent ?? "")
      .join("");
  const v = elementsNamed(cell, NS.sml, "v")[0]?.textContent;
  if (v === undefined || v === null) return undefined;
  if (type === "s") return sharedStrings[Number(v)];
  return v;
}

function cellPosition(ref: string): { row: number; column: number } | undefined {
  const rect = rectOf(ref);
  return rect ? { row: rect.top, column: rect.left } : undefined;
}

// ---------------------------------------------------------------- the rules

export function crossPartProblems(pkg: XlsxPackage): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const report = (part: string, element: string, message: string) => problems.push({ part, element, message });

  // Every part has a content type; every relationship resolves to a part of the right type; every r:id is a relationship.
  for (const part of pkg.parts.keys()) {
    if (part === "[Content_Types].xml") continue;
    if (pkg.contentTypeOf(part) === undefined) report(part, "Override", "the part has no content type in [Content_Types].xml");
  }
  const sources = ["", ...Array.from(pkg.parts.keys()).filter((p) => !p.endsWith(".rels") && p !== "[Content_Types].xml")];
  for (const source of sources) {
    const rels = pkg.relationshipsOf(source);
    const ids = new Set<string>();
    for (const rel of rels) {
      const relsPart = relsPartOf(source);
      if (ids.has(rel.id)) report(relsPart, "Relationship", `the relationship id ${rel.id} is used twice`);
      ids.add(rel.id);
      if (rel.external || rel.targetPart === undefined) continue;
      if (!pkg.parts.has(rel.targetPart)) {
        report(relsPart, "Relationship", `${rel.id} points to ${rel.target}, which is not in the package`);
        continue;
      }
      const expected = TARGET_CONTENT_TYPE[rel.type];
      const actual = pkg.contentTypeOf(rel.targetPart);
      if (expected && (actual === undefined || !expected.includes(actual))) {
        report(
          relsPart,
          "Relationship",
          `${rel.id} (${rel.type.split("/").pop()}) points to ${rel.targetPart} of content type ${actual ?? "none"}`,
        );
      }
    }
    if (source === "" || !/\.(xml|vml)$/.test(source)) continue;
    const all = pkg.xml(source).getElementsByTagName("*") as unknown as ArrayLike<Element>;
    for (let i = 0; i < all.length; i++) {
      const element = all[i];
      for (const attr of Array.from(element.attributes as unknown as ArrayLike<Attr>)) {
        if (attr.namespaceURI === REL && !ids.has(attr.value))
          report(source, element.localName, `r:${attr.localName}="${attr.value}" names no relationship of the part`);
      }
    }
  }

  const workbook = workbookPart(pkg);
  if (!workbook || !pkg.parts.has(workbook)) {
    report("_rels/.rels", "Relationship", "the package has no workbook part");
    return problems;
  }
  const sheets = sheetsOf(pkg, workbook);
  const sheetNames = new Set(sheets.map((s) => s.name.toUpperCase()));

  // Sheet names.
  const seenSheets = new Set<string>();
  for (const { name } of sheets) {
    if (name.length === 0 || name.length > 31) report(workbook, "sheet", `the sheet name "${name}" must have 1 to 31 characters`);
    if (SHEET_NAME_FORBIDDEN.test(name)) report(workbook, "sheet", `the sheet name "${name}" holds one of [ ] : * ? / \\`);
    if (name.startsWith("'") || name.endsWith("'")) report(workbook, "sheet", `the sheet name "${name}" starts or ends with an apostrophe`);
    if (seenSheets.has(name.toUpperCase())) report(workbook, "sheet", `the sheet name "${name}" is used twice (ignoring case)`);
    seenSheets.add(name.toUpperCase());
  }

  // Defined names: valid, unique per scope, formulas resolving.
  const definedNames = elementsNamed(pkg.xml(workbook), NS.sml, "definedName");
  const namesInScope = new Set<string>();
  const globalNames = new Set<string>();
  for (const dn of definedNames) {
    const name = dn.getAttribute("name") ?? "";
    const scope = dn.getAttribute("localSheetId") ?? "";
    const builtIn = name.startsWith("_xlnm.");
    const problem = builtIn ? undefined : nameProblem(name);
    if (problem) report(workbook, "definedName", `the defined name "${name}" ${problem}`);
    const key = `${scope}|${name.toUpperCase()}`;
    if (namesInScope.has(key)) report(workbook, "definedName", `the defined name "${name}" is defined twice in one scope`);
    namesInScope.add(key);
    if (scope === "") globalNames.add(name.toUpperCase());
  }

  // Styles and shared strings, for the index checks.
  const wbRels = pkg.relationshipsOf(workbook);
  const stylesPart = wbRels.find((r) => r.type === `${REL}/styles`)?.targetPart;
  const sstPart = wbRels.find((r) => r.type === `${REL}/sharedStrings`)?.targetPart;
  const sharedStrings =
    sstPart && pkg.parts.has(sstPart)
      ? elementsNamed(pkg.xml(sstPart), NS.sml, "si").map((si) =>
          elementsNamed(si, NS.sml, "t")
            .map((t) => t.textContent ?? "")
            .join(""),
        )
      : [];
  let xfCount = Infinity;
  if (stylesPart && pkg.parts.has(stylesPart)) {
    const styles = pkg.xml(stylesPart);
    const countOf = (list: string, item: string) => {
      const el = elementsNamed(styles, NS.sml, list)[0];
      return el ? childElements(el).filter((c) => c.localName === item).length : 0;
    };
    const fonts = countOf("fonts", "font");
    const fills = countOf("fills", "fill");
    const borders = countOf("borders", "border");
    const numFmtIds = new Set(elementsNamed(styles, NS.sml, "numFmt").map((n) => Number(n.getAttribute("numFmtId"))));
    const cellXfs = elementsNamed(styles, NS.sml, "cellXfs")[0];
    const xfs = cellXfs ? childElements(cellXfs).filter((c) => c.localName === "xf") : [];
    xfCount = xfs.length;
    xfs.forEach((xf, i) => {
      const check = (attr: string, count: number) => {
        const v = Number(xf.getAttribute(attr) ?? "0");
        if (v >= count) report(stylesPart, "xf", `cellXfs[${i}] has ${attr}="${v}" but there are ${count}`);
      };
      check("fontId", fonts);
      check("fillId", fills);
      check("borderId", borders);
      const numFmtId = Number(xf.getAttribute("numFmtId") ?? "0");
      if (numFmtId >= 164 && !numFmtIds.has(numFmtId))
        report(stylesPart, "xf", `cellXfs[${i}] uses numFmtId ${numFmtId}, which no numFmt defines`);
    });
  }

  // Tables: collected over all sheets first (names are workbook-wide).
  interface TableInfo {
    name: string;
    columns: string[];
    part: string;
    sheet: string;
    rect?: Rect;
  }
  const tables: TableInfo[] = [];
  const tableNames = new Set<string>();
  for (const sheet of sheets) {
    if (!sheet.part || !pkg.parts.has(sheet.part)) continue;
    for (const rel of pkg.relationshipsOf(sheet.part).filter((r) => r.type === `${REL}/table`)) {
      if (!rel.targetPart || !pkg.parts.has(rel.targetPart)) continue;
      const table = pkg.xml(rel.targetPart).documentElement;
      const name = table.getAttribute("name") ?? "";
      const displayName = table.getAttribute("displayName") ?? name;
      const problem = nameProblem(displayName);
      if (problem) report(rel.targetPart, "table", `the table name "${displayName}" ${problem}`);
      if (tableNames.has(displayName.toUpperCase()))
        report(rel.targetPart, "table", `the table name "${displayName}" is used twice in the workbook`);
      if (globalNames.has(displayName.toUpperCase()))
        report(rel.targetPart, "table", `the table name "${displayName}" is also a defined name`);
      tableNames.add(displayName.toUpperCase());
      const columns = elementsNamed(table, NS.sml, "tableColumn").map((c) => c.getAttribute("name") ?? "");
      const rect = rectOf(table.getAttribute("ref") ?? "");
      if (!rect) report(rel.targetPart, "table", `the table ${displayName} has no valid ref`);
      else if (rect.right - rect.left + 1 !== columns.length)
        report(
          rel.targetPart,
          "tableColumns",
          `the table ${displayName} spans ${rect.right - rect.left + 1} columns but has ${columns.length} tableColumn`,
        );
      const seenColumns = new Set<string>();
      for (const c of columns) {
        if (seenColumns.has(c.toUpperCase()))
          report(rel.targetPart, "tableColumn", `the table ${displayName} has the column name "${c}" twice`);
        seenColumns.add(c.toUpperCase());
      }
      const autoFilter = elementsNamed(table, NS.sml, "autoFilter")[0];
      if (autoFilter && rect && autoFilter.getAttribute("ref") !== table.getAttribute("ref")) {
        report(
          rel.targetPart,
          "autoFilter",
          `the table ${displayName}'s autoFilter ref ${autoFilter.getAttribute("ref")} differs from its ref ${table.getAttribute("ref")}`,
        );
      }
      tables.push({ name: displayName, columns, part: rel.targetPart, sheet: sheet.part, rect });
    }
  }
  const tableByName = new Map(tables.map((t) => [t.name.toUpperCase(), t]));

  const checkFormula = (part: string, element: string, formula: string, cell?: { row: number; column: number }) => {
    const parsed = formulaParts(formula);
    if (parsed.syntaxError) report(part, element, `the formula ${formula} is malformed: ${parsed.syntaxError}`);
    for (const { sheet } of parsed.sheets) {
      if (!sheetNames.has(sheet.toUpperCase()))
        report(part, element, `the formula ${formula} names the sheet "${sheet}", which the workbook does not have`);
    }
    for (const ref of parsed.structured) {
      const table = ref.table
        ? tableByName.get(ref.table.toUpperCase())
        : tables.find((t) => t.sheet === part && t.rect && cell && contains(t.rect, cell.row, cell.column));
      if (!table) {
        report(
          part,
          element,
          `the formula ${formula} refers to ${ref.table ? `the table "${ref.table}", which the workbook does not have` : "a column of a table it is not inside"}`,
        );
        continue;
      }
      for (const column of ref.columns) {
        if (!table.columns.some((c) => c.toUpperCase() === column.toUpperCase()))
          report(part, element, `the formula ${formula} names the column "${column}", which the table ${table.name} does not have`);
      }
    }
  };
  for (const dn of definedNames) checkFormula(workbook, "definedName", dn.textContent ?? "");

  // Each worksheet: cells (style and string indexes, formulas), merges, tables against cells and merges, validations.
  for (const sheet of sheets) {
    const part = sheet.part;
    if (!part || !pkg.parts.has(part)) {
      report(workbook, "sheet", `the sheet "${sheet.name}" has no worksheet part`);
      continue;
    }
    const doc = pkg.xml(part);
    const texts = new Map<string, string | undefined>();
    for (const c of elementsNamed(doc, NS.sml, "c")) {
      const ref = c.getAttribute("r") ?? "";
      const s = Number(c.getAttribute("s") ?? "0");
      if (s >= xfCount) report(part, "c", `the cell ${ref} has style ${s} but cellXfs has ${xfCount}`);
      if (c.getAttribute("t") === "s") {
        const v = Number(elementsNamed(c, NS.sml, "v")[0]?.textContent ?? "NaN");
        if (!(v >= 0 && v < sharedStrings.length))
          report(part, "c", `the cell ${ref} uses shared string ${v} but there are ${sharedStrings.length}`);
      }
      texts.set(ref, cellText(c, sharedStrings));
      const f = elementsNamed(c, NS.sml, "f")[0];
      const formula = f?.textContent ?? "";
      if (formula) checkFormula(part, "f", formula, cellPosition(ref));
    }
    for (const row of elementsNamed(doc, NS.sml, "row")) {
      const s = row.getAttribute("s");
      if (s !== null && Number(s) >= xfCount) report(part, "row", `row ${row.getAttribute("r")} has style ${s} but cellXfs has ${xfCount}`);
    }
    for (const col of elementsNamed(doc, NS.sml, "col")) {
      const s = col.getAttribute("style");
      if (s !== null && Number(s) >= xfCount) report(part, "col", `a column has style ${s} but cellXfs has ${xfCount}`);
    }

    const merges: { ref: string; rect: Rect }[] = [];
    for (const m of elementsNamed(doc, NS.sml, "mergeCell")) {
      const ref = m.getAttribute("ref") ?? "";
      const rect = rectOf(ref);
      if (!rect) {
        report(part, "mergeCell", `the merge ${ref} is not a range`);
        continue;
      }
      const other = merges.find((x) => overlaps(x.rect, rect));
      if (other) report(part, "mergeCell", `the merge ${ref} overlaps the merge ${other.ref}`);
      merges.push({ ref, rect });
    }

    const sheetTables = tables.filter((t) => t.sheet === part);
    sheetTables.forEach((table, i) => {
      if (!table.rect) return;
      for (const other of sheetTables.slice(0, i)) {
        if (other.rect && overlaps(other.rect, table.rect))
          report(table.part, "table", `the table ${table.name} overlaps the table ${other.name}`);
      }
      const merged = merges.find((m) => overlaps(m.rect, table.rect as Rect));
      if (merged) report(table.part, "table", `the table ${table.name} overlaps the merged cells ${merged.ref}`);
      table.columns.forEach((name, c) => {
        const ref = `${columnLetters(table.rect!.left + c)}${table.rect!.top}`;
        const text = texts.get(ref);
        if (text !== name)
          report(
            table.part,
            "tableColumn",
            `the header cell ${ref} of the table ${table.name} holds ${text === undefined ? "nothing" : `"${text}"`}, not its column name "${name}"`,
          );
      });
    });

    const validated: { sqref: string; rect: Rect }[] = [];
    for (const dv of elementsNamed(doc, NS.sml, "dataValidation")) {
      const sqref = dv.getAttribute("sqref") ?? "";
      for (const tag of ["formula1", "formula2"]) {
        const f = elementsNamed(dv, NS.sml, tag)[0]?.textContent;
        if (f === undefined || f === null) continue;
        if (f.length > 255)
          report(part, "dataValidation", `the validation of ${sqref} has a ${tag} of ${f.length} characters (Excel allows 255)`);
        checkFormula(part, "dataValidation", f);
      }
      for (const piece of sqref.split(/\s+/).filter(Boolean)) {
        const rect = rectOf(piece);
        if (!rect) {
          report(part, "dataValidation", `the validation range ${piece} is not a range`);
          continue;
        }
        const other = validated.find((v) => overlaps(v.rect, rect));
        if (other)
          report(
            part,
            "dataValidation",
            `the validation of ${piece} overlaps the validation of ${other.sqref}: a cell can hold one validation`,
          );
        validated.push({ sqref: piece, rect });
      }
    }
    for (const cf of elementsNamed(doc, NS.sml, "formula")) checkFormula(part, "formula", cf.textContent ?? "");
  }
  problems.push(
    ...metadataProblems(
      pkg,
      workbook,
      sheets.flatMap((sheet) => (sheet.part && pkg.parts.has(sheet.part) ? [sheet.part] : [])),
    ),
  );
  return problems;
}

function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
