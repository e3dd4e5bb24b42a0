// Data safety inside Excel (the ExcelPort on the fake Excel): every action of BagalauApp, driven from one
// table that must name them all, leaves what BAGALAU does not own exactly as it was — the user's sheets
// (values, formulas, number formats, fills, fonts, borders, notes, comments, merges, tables, charts), the
// cells a user typed beside the templates' tables, workbook names, and the order of the user's sheets.
//
// The rule BAGALAU follows: a sheet is its own when column A of its first rows holds its role marker
// (bagalau:sheet:<role>), whatever its name. A user's sheet named like a BAGALAU sheet (no marker) is
// never replaced — BAGALAU's sheet takes a free name "… (2)". Regenerating the conclusion replaces the
// generated sheets (conclusion, act, disagreements) that the state records as its own; only where the
// workbook's state records none (a file written by the CLI) every sheet with the role's marker is replaced.

import type { BagalauApp } from "../../src/app/api";
import { highlightColor } from "../../src/app/excel-styles";
import { sheetRoleOfGrid } from "../../src/app/sheet-placement";
import { GENERATED_ROLES, INPUT_ROLES, MARKER_PREFIX } from "../../src/workbook/layout";
import { filledSheets } from "../../src/workbook/workbook-services";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { ACTIONS, TODAY } from "./data-safety-actions";
import { evaluationWithRows, harness, type Harness } from "./excel-harness";
import { FakeWorkbook, parseRange, type FakeSheet } from "./fake-excel";

// ---------------------------------------------------------------- the user's workbook

/** A user's own sheet with everything a sheet can hold: values, formulas, formats, notes, a merge, a table, a chart. */
function addUsersSheet(book: FakeWorkbook, name: string): FakeSheet {
  const sheet = book.setRows(name, [
    ["Item", "Amount", "Share", "Date"],
    ["Rent", 1200, null, 45292],
    ["=not a formula, typed as text", -5, null, null],
  ]);
  const share = sheet.cell(2, 3);
  share.formula = "=B2/SUM(B:B)";
  share.numberFormat = "0.00%";
  sheet.cell(2, 4).numberFormat = "dd.mm.yyyy";
  sheet.cell(3, 1).quotePrefix = true;
  const title = sheet.cell(1, 1);
  title.fill = { color: "#00B050", pattern: "Solid", patternColor: null };
  title.font = { bold: true, italic: true, size: 14, color: "#C00000" };
  title.borders = { EdgeBottom: { style: "Double", weight: "Thick", color: "#000000" } };
  title.horizontalAlignment = "Center";
  title.wrapText = true;
  sheet.cell(2, 2).fill = { color: "#FFFF00", pattern: "Gray50", patternColor: "#FF0000" };
  sheet.cell(2, 2).locked = false;
  sheet.notes.set("A2", "Paid monthly");
  sheet.comments.add("B3");
  sheet.cell(5, 1).value = "Merged heading";
  sheet.merges.push({ top: 5, left: 1, bottom: 5, right: 4 });
  sheet.tables.push({
    name: "UsersTable",
    rect: { top: 1, left: 1, bottom: 3, right: 4 },
    style: "TableStyleMedium2",
    showBandedRows: false,
  });
  sheet.charts.push({ type: "Pie", source: { top: 1, left: 2, bottom: 3, right: 2 }, seriesBy: "Columns", title: "Mine" });
  sheet.validations.push({ rect: parseRange("F2:F9"), rule: { list: { inCellDropDown: true, source: "yes,no" } } });
  sheet.columnWidths.set(1, 120);
  sheet.rowHeights.set(1, 30);
  sheet.hiddenRows.add(7);
  sheet.frozenRows = 1;
  book.names.set("userrate", { name: "UserRate", sheet: name, rect: { top: 2, left: 2, bottom: 2, right: 2 } });
  return sheet;
}

/** Cells a user typed beside a template's tables (far right of the used columns), with a note and a fill of their own. */
const BESIDE = ["AD2", "AD3", "AE40"];

function typeBeside(sheet: FakeSheet): void {
  BESIDE.forEach((address, i) => {
    const { top, left } = parseRange(address);
    const cell = sheet.cell(top, left);
    cell.value = i === 1 ? 42 : `my remark ${i}`;
    cell.fill = { color: "#D9D9D9", pattern: "Solid", patternColor: null };
    cell.numberFormat = i === 1 ? "0.0" : "General";
  });
  sheet.notes.set(BESIDE[0], "the user's own note");
}

interface Setup {
  h: Harness;
  /** The user's sheets, in workbook order. */
  userSheets: string[];
  /** The template sheets the user typed beside. */
  besideSheets: string[];
}

/**
 * A workbook as an evaluator has it: a user sheet first, the filled templates (in English) written by
 * BAGALAU, a user sheet between them, one named like BAGALAU's conclusion (no marker), and one last.
 */
async function usersWorkbook(): Promise<Setup> {
  const book = new FakeWorkbook();
  addUsersSheet(book, "Budget");
  const h = harness({ book });
  const { evaluation, result } = evaluationWithRows(6);
  const specs = filledSheets(evaluation, result, "en");
  await h.port.writeSheets(specs, []);
  await h.app.saveState({ kind: "central", ownedSheets: Object.fromEntries(specs.map((s) => [s.role, s.name])) });
  // A user sheet between two templates: moved there, as a user would drag its tab.
  const between = addUsersSheet(book, "Notes 2024");
  book.sheets.splice(book.sheets.indexOf(between), 1);
  book.sheets.splice(3, 0, between);
  addUsersSheet(book, sheetName("conclusion", "central", "en"));
  addUsersSheet(book, "Zeta");
  const besideSheets = [sheetName("goals", "central", "en"), sheetName("quality", "central", "en"), sheetName("risks", "central", "en")];
  for (const name of besideSheets) typeBeside(book.sheet(name)!);
  const userSheets = book.sheets.filter((s) => !isBagalauSheet(s)).map((s) => s.name);
  expect(userSheets).toEqual(["Budget", "Notes 2024", sheetName("conclusion", "central", "en"), "Zeta"]);
  return { h, userSheets, besideSheets };
}

function deleteSheet(book: FakeWorkbook, name: string): void {
  book.sheets.splice(book.sheets.indexOf(book.sheet(name)!), 1);
}

function isBagalauSheet(sheet: FakeSheet): boolean {
  for (let row = 1; row <= 3; row++) {
    const marker = sheet.peek(row, 1)?.value;
    if (typeof marker === "string" && marker.startsWith(`${MARKER_PREFIX}sheet:`)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- snapshots

/** Everything a sheet holds, in a form toEqual compares exactly (maps and sets as sorted entries). */
function sheetSnapshot(sheet: FakeSheet): unknown {
  const sorted = <T>(entries: Iterable<T>) =>
    Array.from(entries)
      .map((e) => JSON.stringify(e))
      .sort();
  return {
    id: sheet.id,
    name: sheet.name,
    cells: sorted(sheet.cells),
    notes: sorted(sheet.notes),
    comments: sorted(sheet.comments),
    merges: sorted(sheet.merges),
    tables: sorted(sheet.tables),
    charts: sorted(sheet.charts),
    validations: sorted(sheet.validations),
    frozenRows: sheet.frozenRows,
    columnWidths: sorted(sheet.columnWidths),
    rowHeights: sorted(sheet.rowHeights),
    hiddenRows: sorted(sheet.hiddenRows),
    hiddenColumns: sorted(sheet.hiddenColumns),
    protection: sheet.protection ?? null,
    pageLayout: sheet.pageLayout,
    visibility: sheet.visibility,
  };
}

/** What the user owns in the workbook: their sheets whole, their cells beside the templates, their names. */
function usersSnapshot(setup: Setup): unknown {
  const { book } = setup.h;
  return {
    userSheets: setup.userSheets.map((name) => sheetSnapshot(book.sheet(name)!)),
    beside: setup.besideSheets.map((name) => {
      const sheet = book.sheet(name)!;
      return BESIDE.map((address) => [address, structuredClone(sheet.at(address)), sheet.notes.get(address) ?? null]);
    }),
    names: book.names.get("userrate"),
  };
}

/** The order of the sheets that are not BAGALAU's generated ones (the user's, and the templates). */
function sheetOrder(book: FakeWorkbook): string[] {
  return book.sheets.filter((s) => !GENERATED_ROLES.some((role) => markerOf(s) === role)).map((s) => `${s.id}:${s.name}`);
}

function markerOf(sheet: FakeSheet): string | undefined {
  const marker = sheet.peek(1, 1)?.value ?? sheet.peek(2, 1)?.value ?? sheet.peek(3, 1)?.value;
  return typeof marker === "string" && marker.startsWith(`${MARKER_PREFIX}sheet:`)
    ? marker.slice(`${MARKER_PREFIX}sheet:`.length)
    : undefined;
}

describe("every action leaves what BAGALAU does not own unchanged", () => {
  test("the table names every member of the app, and nothing else", async () => {
    const { h } = await usersWorkbook();
    // The structure actions exist only on a host whose port edits rows (file mode for now).
    const hostless = h.app.changeStructure === undefined ? ["changeStructure", "outline"] : [];
    expect(Object.keys(h.app).sort()).toEqual(
      Object.keys(ACTIONS)
        .filter((key) => !hostless.includes(key))
        .sort(),
    );
  });

  test.each(Object.keys(ACTIONS) as (keyof BagalauApp)[])("%s", async (action) => {
    const setup = await usersWorkbook();
    const before = usersSnapshot(setup);
    const order = sheetOrder(setup.h.book);
    // A check first, so that clearing has highlights to clear and every later action meets highlighted cells.
    if (action !== "check") await setup.h.app.check("en", TODAY);
    await ACTIONS[action](setup.h.app, { deleteSheet: (name) => deleteSheet(setup.h.book, name) });
    expect(usersSnapshot(setup)).toEqual(before);
    const after = sheetOrder(setup.h.book);
    if (action === "insertTemplates") {
      // The template the user deleted comes back at the end; every other sheet keeps its place.
      const penalties = sheetName("penalties", "central", "en");
      expect(after.slice(0, -1)).toEqual(order.filter((entry) => !entry.endsWith(`:${penalties}`)));
      expect(after[after.length - 1]).toMatch(new RegExp(`:${penalties}$`));
    } else expect(after).toEqual(order);
  });

  test("all of them, one after another, twice", async () => {
    const setup = await usersWorkbook();
    const before = usersSnapshot(setup);
    for (let round = 0; round < 2; round++) {
      for (const action of Object.keys(ACTIONS) as (keyof BagalauApp)[])
        await ACTIONS[action](setup.h.app, { deleteSheet: (name) => deleteSheet(setup.h.book, name) });
    }
    expect(usersSnapshot(setup)).toEqual(before);
    // The user's sheets keep their relative order.
    expect(setup.h.book.sheets.map((s) => s.name).filter((name) => setup.userSheets.includes(name))).toEqual(setup.userSheets);
  });
});

describe("regenerating the conclusion replaces only its own sheets", () => {
  test("the user's sheet named like the conclusion is kept; BAGALAU's takes a free name and is the one replaced next time", async () => {
    const setup = await usersWorkbook();
    const { h } = setup;
    const conclusionName = sheetName("conclusion", "central", "en");
    const first = await h.app.generateConclusion("en");
    expect(first.sheets[0]).toBe(`${conclusionName} (2)`);
    const namesAfterFirst = h.book.sheets.map((s) => s.name);
    const before = usersSnapshot(setup);
    const ids = new Map(h.book.sheets.map((s) => [s.name, s.id]));
    const second = await h.app.generateConclusion("en");
    expect(second.sheets).toEqual(first.sheets);
    // Same names in the same order; the generated sheets are new sheets (new ids), every other sheet is the same one.
    expect(h.book.sheets.map((s) => s.name)).toEqual(namesAfterFirst);
    for (const sheet of h.book.sheets) {
      if (first.sheets.includes(sheet.name)) expect(sheet.id).not.toBe(ids.get(sheet.name));
      else expect(sheet.id).toBe(ids.get(sheet.name));
    }
    expect(usersSnapshot(setup)).toEqual(before);
  });

  test("in another language the old generated sheets go, found by their marker, and the new ones come last", async () => {
    const setup = await usersWorkbook();
    const { h } = setup;
    const kk = await h.app.generateConclusion("kk");
    const others = h.book.sheets.filter((s) => !kk.sheets.includes(s.name)).map((s) => s.id);
    const ru = await h.app.generateConclusion("ru");
    expect(h.book.sheets.map((s) => s.name)).toEqual([
      ...h.book.sheets.filter((s) => others.includes(s.id)).map((s) => s.name),
      ...ru.sheets,
    ]);
    expect(h.book.sheets.filter((s) => kk.sheets.includes(s.name) && !ru.sheets.includes(s.name))).toEqual([]);
    expect((await h.app.state()).ownedSheets).toMatchObject({ conclusion: ru.sheets[0], act: ru.sheets[1], disagreements: ru.sheets[2] });
  });

  test("a user's copy of an old conclusion is left alone: without the marker, and with it (Excel's Move or Copy keeps column A)", async () => {
    const setup = await usersWorkbook();
    const { h } = setup;
    const first = await h.app.generateConclusion("en");
    const original = h.book.sheet(first.sheets[0])!;
    // A copy with values only (no marker), renamed.
    const plain = h.book.addSheet("Conclusion as sent");
    for (const [key, cell] of original.cells) if (!key.endsWith(",1")) plain.cells.set(key, structuredClone(cell));
    // A copy made with Excel's "Move or Copy…": everything, the hidden marker included, placed before the original.
    const copy = h.book.addSheet(`${first.sheets[0].slice(0, 25)} (3)`);
    for (const [key, cell] of original.cells) copy.cells.set(key, structuredClone(cell));
    h.book.sheets.splice(h.book.sheets.indexOf(copy), 1);
    h.book.sheets.splice(h.book.sheets.indexOf(original), 0, copy);
    const kept = [plain, copy].map(sheetSnapshot);
    const second = await h.app.generateConclusion("en");
    expect(second.sheets).toEqual(first.sheets);
    expect([h.book.sheet(plain.name)!, h.book.sheet(copy.name)!].map(sheetSnapshot)).toEqual(kept);
  });

  test("when the user deleted BAGALAU's conclusion and kept a marked copy, regenerating leaves the copy and adds a new sheet", async () => {
    const setup = await usersWorkbook();
    const { h } = setup;
    const first = await h.app.generateConclusion("en");
    const original = h.book.sheet(first.sheets[0])!;
    const copy = h.book.addSheet("Conclusion, signed");
    for (const [key, cell] of original.cells) copy.cells.set(key, structuredClone(cell));
    h.book.sheets.splice(h.book.sheets.indexOf(original), 1); // the recorded sheet is gone; the copy keeps the marker
    const kept = sheetSnapshot(copy);
    const second = await h.app.generateConclusion("en");
    expect(sheetSnapshot(h.book.sheet("Conclusion, signed")!)).toEqual(kept);
    expect(second.sheets[0]).toBe(first.sheets[0]); // the name is free again
    expect(h.book.sheet(second.sheets[0])).toBeDefined();
  });
});

describe("clearing highlights restores each cell exactly", () => {
  async function checkedWorkbook() {
    const setup = await usersWorkbook();
    const { h } = setup;
    const report = await h.app.check("en", TODAY);
    await h.app.clearHighlights();
    const refs = report.issues.filter((i) => i.ref).map((i) => i.ref!);
    expect(refs.length).toBeGreaterThanOrEqual(3);
    return { setup, h, refs, report };
  }

  test("cells with their own fill, pattern and note, after two checks in a row; a comment is never touched", async () => {
    const { h, refs } = await checkedWorkbook();
    const [a, b, c] = refs;
    const sheetA = h.book.sheet(a.sheet)!;
    const cellA = sheetA.cell(a.row, a.column);
    cellA.fill = { color: "#00FF00", pattern: "LinearGradient", patternColor: "#123456" };
    cellA.font = { color: "#0000FF", bold: true };
    cellA.borders = { EdgeLeft: { style: "Dash", weight: "Medium", color: "#FF00FF" } };
    const noteAddress = (ref: typeof a) => `${String.fromCharCode(64 + ref.column)}${ref.row}`;
    sheetA.notes.set(noteAddress(a), "own note");
    const sheetB = h.book.sheet(b.sheet)!;
    sheetB.cell(b.row, b.column).fill = { color: "#FFC000", pattern: "Solid", patternColor: null };
    const sheetC = h.book.sheet(c.sheet)!;
    sheetC.comments.add(noteAddress(c));
    const snapshot = () =>
      [a, b, c].map((ref) => {
        const sheet = h.book.sheet(ref.sheet)!;
        return [
          structuredClone(sheet.cell(ref.row, ref.column)),
          sheet.notes.get(noteAddress(ref)) ?? null,
          sheet.comments.has(noteAddress(ref)),
        ];
      });
    const before = snapshot();
    const allBefore = Array.from(h.book.sheets, sheetSnapshot);
    await h.app.check("en", TODAY);
    await h.app.check("en", TODAY);
    expect(sheetA.cell(a.row, a.column).fill.color).not.toBe("#00FF00");
    await h.app.clearHighlights();
    expect(snapshot()).toEqual(before);
    expect(Array.from(h.book.sheets, sheetSnapshot)).toEqual(allBefore);
    // Clearing again changes nothing.
    await h.app.clearHighlights();
    expect(Array.from(h.book.sheets, sheetSnapshot)).toEqual(allBefore);
  });

  test("a value the user typed into a highlighted cell stays; its fill and note come back", async () => {
    const { h, refs } = await checkedWorkbook();
    const before = Array.from(h.book.sheets, sheetSnapshot);
    await h.app.check("en", TODAY);
    const [ref] = refs;
    const sheet = h.book.sheet(ref.sheet)!;
    expect(sheet.cell(ref.row, ref.column).fill.pattern).toBe("Solid");
    sheet.cell(ref.row, ref.column).value = "typed after the check";
    await h.app.clearHighlights();
    expect(sheet.cell(ref.row, ref.column).value).toBe("typed after the check");
    sheet.cell(ref.row, ref.column).value = (before as { name: string; cells: string[] }[])
      .find((s) => s.name === ref.sheet)!
      .cells.map((entry) => JSON.parse(entry) as [string, { value: unknown }])
      .find(([key]) => key === `${ref.row},${ref.column}`)?.[1].value as never;
    expect(Array.from(h.book.sheets, sheetSnapshot)).toEqual(before);
  });

  // The rule for a highlighted cell the user changes before clearing: its value is theirs (never touched); a
  // note they edited is theirs (left as they left it); its fill goes back to the cell's own fill from before
  // the check — a colour given to a highlighted cell is not told apart from the highlight (it would take
  // Excel a fourth round trip in the action, over the budget of three).
  test("a note the user wrote into on a highlighted cell after the check is theirs: clearing keeps it; the fill is the cell's own again", async () => {
    const { h, refs } = await checkedWorkbook();
    await h.app.check("en", TODAY);
    const [first, second] = refs;
    const sheet = h.book.sheet(first.sheet)!;
    const address = (ref: typeof first) => `${String.fromCharCode(64 + ref.column)}${ref.row}`;
    // BAGALAU added the note on the first cell: the user answers in it.
    const written = sheet.notes.get(address(first))!;
    sheet.notes.set(address(first), `${written}\nFixed — see the ministry's letter`);
    // The user colours the second cell after the check.
    const other = h.book.sheet(second.sheet)!;
    expect(["error", "warning", "info"].map((s) => highlightColor(s as "error"))).toContain(
      other.cell(second.row, second.column).fill.color,
    );
    other.cell(second.row, second.column).fill = { color: "#7030A0", pattern: "Solid", patternColor: null };
    await h.app.clearHighlights();
    expect(sheet.notes.get(address(first))).toBe(`${written}\nFixed — see the ministry's letter`);
    expect(other.cell(second.row, second.column).fill).toEqual({ color: null, pattern: "None", patternColor: null });
    // A note BAGALAU added and nobody edited is gone.
    const untouched = refs.filter((ref) => ref.sheet === first.sheet && address(ref) !== address(first));
    for (const ref of untouched) expect(sheet.notes.has(address(ref))).toBe(false);
  });
});

test("INPUT_ROLES and GENERATED_ROLES cover the markers the app writes", async () => {
  const setup = await usersWorkbook();
  await setup.h.app.generateConclusion("en");
  const roles = (await setup.h.port.readGrids()).map(sheetRoleOfGrid).filter((r): r is string => r !== undefined);
  expect(new Set(roles)).toEqual(new Set([...INPUT_ROLES.filter((r) => r !== "performance"), ...GENERATED_ROLES]));
});
