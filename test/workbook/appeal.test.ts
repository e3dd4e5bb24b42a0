// The App. 6 sheet as an editable input: its deadline formulas, the pre-filled targets, reading back what a
// user types (dates, moved days, decisions, changes — in any language), the score after the appeal beside the
// original on the conclusion sheet, regenerating without losing what was typed, and reading problems on their cells.

import { LANGS, t, type Lang } from "../../src/i18n";
import { parseChangePath, parseEvaluation, scoreEvaluation } from "../../src/core";
import { parseTarget, targetText } from "../../src/workbook/appeal-targets";
import { appealIssueMessage, readAppealSheet } from "../../src/workbook/appeal-read";
import { buildConclusionSheets } from "../../src/workbook/conclusion";
import { checkGrids, scoreGrids } from "../../src/workbook/workbook-services";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { replaceSheets } from "../../src/workbook/xlsx-files";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { APPEAL_EVALUATION, appealRows, appealWorkbook, rowOfTarget, sheetWithRole, typeAppeal } from "./appeal-helpers";

const flat = (value: unknown) => String(value ?? "").replace(/\s*\n\s*/g, " ");
const texts = (spec: SheetSpec) =>
  spec.rows.flatMap((cells) => cells.flatMap((c) => (typeof c?.value === "string" ? [flat(c.value)] : [])));
const rowWith = (spec: SheetSpec, text: string) => spec.rows.findIndex((cells) => cells.some((c) => flat(c?.value) === text)) + 1;

/** Objection on the indicator accepted (fact 18), on the risk rejected, on late reporting accepted ("not late"). */
function typeDecisions(
  lang: Lang,
  workbook = appealWorkbook(lang),
  dates = { conclusionReceived: "15.03.2024", objectionsReceived: new Date(Date.UTC(2024, 2, 22)) as unknown as string },
) {
  const indicator = rowOfTarget(workbook, targetText(lang, { kind: "indicator", goal: 0, index: 0, field: "fact" }));
  const risk = rowOfTarget(workbook, targetText(lang, { kind: "risk", index: 0 }));
  const late = rowOfTarget(workbook, targetText(lang, { kind: "late" }));
  typeAppeal(workbook, {
    ...dates,
    rows: {
      [indicator]: {
        objection: "The fact was 18, see the statistics bulletin",
        decision: t(lang, "report.dis.accepted"),
        rationale: "Confirmed",
        value: 18,
      },
      [risk]: { objection: "The measures do aim at the risk", decision: t(lang, "report.dis.rejected"), value: 1 },
      [late]: { objection: "Sent on time by e-mail", decision: t(lang, "report.dis.accepted"), value: t(lang, "appeal.value.no") },
    },
  });
  return workbook;
}

describe("the sheet as written", () => {
  test("live deadline formulas over the typed dates and the moved days, statuses in the language", () => {
    const [, , dis] = buildConclusionSheets({ ...scored(), lang: "ru" });
    const marker = (name: string) => dis.rows.findIndex((cells) => cells[0]?.value === name) + 1;
    const received = marker("bagalau:field:appeal.conclusionReceived");
    const objections = marker("bagalau:field:appeal.objectionsReceived");
    const moved = marker("bagalau:table:appealMovedDays");
    const days = `D${moved + 1}:D${moved + 6},E${moved + 1}:E${moved + 6}`;
    const cell = (name: string, column: number) => dis.rows[marker(name) - 1][column - 1];
    expect(cell("bagalau:appeal:objectionsDue", 4)?.formula).toBe(`IF(D${received}="","",BAGALAU.DEADLINE(D${received},5,${days}))`);
    expect(cell("bagalau:appeal:tableDue", 4)?.formula).toBe(`IF(D${objections}="","",BAGALAU.DEADLINE(D${objections},5,${days}))`);
    expect(cell("bagalau:appeal:finalDue", 4)?.formula).toBe(`IF(D${objections}="","",D${objections}+15)`);
    const due = `D${marker("bagalau:appeal:objectionsDue")}`;
    expect(cell("bagalau:appeal:objectionsDue", 5)?.formula).toBe(`IF(${due}="","",${due}-TODAY())`);
    expect(cell("bagalau:appeal:objectionsDue", 6)?.formula).toContain(
      `IF(TODAY()>${due},"${t("ru", "appeal.status.passed")}","${t("ru", "appeal.status.open")}")`,
    );
    // Nothing typed yet: the dates are empty inputs, the computed cells blank.
    expect(cell("bagalau:field:appeal.conclusionReceived", 4)).toEqual({ value: null, style: "inputDate" });
    expect(cell("bagalau:appeal:objectionsDue", 4)?.result).toBe("");
  });

  test("each statement's row names the input its objection would change, in the sheet's language", () => {
    for (const lang of LANGS) {
      const workbook = appealWorkbook(lang);
      // The HAND body's disputable statements: q2 of sphere 1, the indicator, the direct result, the risk, late reporting.
      const expected = [
        { kind: "sphere", sphere: 0, field: "q2" },
        { kind: "indicator", goal: 0, index: 0, field: "fact" },
        { kind: "result", goal: 0, task: 0, index: 0, field: "fact" },
        { kind: "risk", index: 0 },
        { kind: "late" },
      ] as const;
      expected.forEach((target, i) => expect(rowOfTarget(workbook, targetText(lang, target))).toBe(i + 1));
    }
  });

  test("a friendly target reads back in any language, and so does a path", () => {
    const targets = [
      { kind: "indicator", goal: 2, index: 0, field: "base" },
      { kind: "result", goal: 0, task: 1, index: 3, field: "plan" },
      { kind: "sphere", sphere: 4, field: "q1" },
      { kind: "direction", sphere: 1, index: 2, field: "q2" },
      { kind: "risk", index: 6 },
      { kind: "performance", index: 5, field: "previous" },
      { kind: "late" },
      { kind: "incomplete" },
      { kind: "unreliable" },
    ] as const;
    for (const lang of LANGS) for (const target of targets) expect(parseTarget(targetText(lang, target))).toEqual(target);
    expect(parseTarget("  GOAL 3,   indicator 1:  Base ")).toEqual(targets[0]);
    expect(parseTarget("goals[0].tasks[1].results[3].plan")).toEqual(parseChangePath("goals[0].tasks[1].results[3].plan"));
    expect(parseTarget("goal 0, indicator 1: fact")).toBeUndefined();
    expect(parseTarget("the fact of the first indicator")).toBeUndefined();
  });
});

function scored() {
  const parsed = parseEvaluation(APPEAL_EVALUATION);
  return { evaluation: parsed.evaluation, result: scoreEvaluation(parsed.evaluation, parsed.issues) };
}

describe.each(LANGS.map((lang) => [lang]))("typed in %s", (lang) => {
  test("the score after the appeal is computed beside the original: 43 → 63.7", () => {
    const workbook = typeDecisions(lang);
    const grids = readGrids(workbook);
    const { result, appeal } = scoreGrids(grids, "2024-03-20");
    expect(result.A).toBeCloseTo(43, 10);
    const assessment = appeal!.assessment!;
    // Fact 18: h = (18 − 10)/(20 − 10) = 0.8 → D = 0.8 · 0.8 = 0.64 → 51.2 points; not late: W = 0; the risk stays 0.5.
    // A = 7.5 + 5 + 51.2 = 63.7.
    expect(assessment.result.A).toBeCloseTo(63.7, 10);
    expect(assessment.accepted).toBe(2);
    expect(assessment.outcomes.map((o) => [o.decision, o.status])).toEqual([
      ["accepted", "applied"],
      ["rejected", "rejected"],
      ["accepted", "applied"],
    ]);
    // Received Fri 15 March 2024: due Wed 27 March (Nauryz on 21–22 March, 23 March moved to Monday 25); the
    // objections came on 22 March, in time. The table: 5 working days from 22 March → Mon 1 April; the final
    // results: 22 March + 15 = 6 April. Today 20 March: 7, 12 and 17 days left.
    expect(assessment.deadlines).toEqual({
      objections: { date: "2024-03-27", daysLeft: 7, status: "met" },
      table: { date: "2024-04-01", daysLeft: 12, status: "open" },
      final: { date: "2024-04-06", daysLeft: 17, status: "open" },
    });
  });

  test("the conclusion shows the total score taking the appeal into account beside the original", () => {
    const { reading, result, appeal, history } = scoreGrids(readGrids(typeDecisions(lang)), "2024-03-20");
    const [conclusion, , dis] = buildConclusionSheets({
      evaluation: reading.evaluation,
      result,
      lang,
      appeal,
      history,
      today: "2024-03-20",
    });
    const total = rowWith(conclusion, t(lang, "wb.label.A"));
    const after = rowWith(conclusion, t(lang, "appeal.totalAfter"));
    expect(after).toBe(total + 1);
    expect(conclusion.rows[total - 1][5]?.value).toBeCloseTo(43, 10);
    expect(conclusion.rows[after - 1][5]).toEqual({ value: appeal!.assessment!.result.A, style: "total" });
    // +20.7 points: 63.7 − 43.
    expect(texts(conclusion)).toContain(t(lang, "appeal.conclusion.accepted", { count: 2, delta: lang === "en" ? "+20.70" : "+20,70" }));
    // App. 6: the total after the appeal, and the cached deadlines with their days left.
    const totalRow = dis.rows.findIndex((cells) => cells[0]?.value === "bagalau:field:appeal.totalAfter");
    expect(dis.rows[totalRow][3]?.value).toBeCloseTo(63.7, 10);
    const dueRow = dis.rows.find((cells) => cells[0]?.value === "bagalau:appeal:objectionsDue")!;
    expect(dueRow[3]?.result).toEqual(new Date("2024-03-27T00:00:00Z"));
    expect(dueRow[4]?.result).toBe(7);
    expect(dueRow[5]?.result).toBe(t(lang, "appeal.status.met"));
  });
});

test("objections received after the deadline are not accepted (§30): the score stays, the conclusion says why", () => {
  // Received Fri 15 March 2024, due Wed 27 March; the objections came on Thu 28 March.
  const workbook = typeDecisions("en", appealWorkbook("en"), { conclusionReceived: "2024-03-15", objectionsReceived: "2024-03-28" });
  const { reading, result, appeal } = scoreGrids(readGrids(workbook), "2024-03-29");
  const assessment = appeal!.assessment!;
  expect(assessment.late).toBe(true);
  expect(assessment.outcomes.every((o) => o.status === "late")).toBe(true);
  expect(assessment.result.A).toBeCloseTo(43, 10);
  expect(assessment.deadlines.objections).toEqual({ date: "2024-03-27", daysLeft: -2, status: "missed" });
  const [conclusion, , dis] = buildConclusionSheets({ evaluation: reading.evaluation, result, lang: "en", appeal, today: "2024-03-29" });
  expect(texts(conclusion)).not.toContain(t("en", "appeal.totalAfter"));
  const late = rowWith(conclusion, t("en", "appeal.late", { due: "2024-03-27" }));
  expect(conclusion.rows[late - 1][2]?.style).toBe("bad");
  // The passed deadline is flagged on App. 6.
  const status = dis.rows.find((cells) => cells[0]?.value === "bagalau:appeal:objectionsDue")![5];
  expect(status).toMatchObject({ result: t("en", "appeal.status.missed"), style: "bad" });
});

test.each([
  // [typed on App. 6, the objections due, the table due (from the same day), why]
  ["2024-03-15", "2024-03-27", "§9: 21–22 Nauryz, Sat 23 carried to Mon 25"],
  ["2027-03-10", "2027-03-18", "§9: Mon 15 March 2027 is a day off"],
  ["2026-08-25", "2026-09-01", "§9: 30 August 2026 is no longer a holiday"],
  ["2024-05-06", "2024-05-16", "Wed 8 May 2024 off by the Minister of Labour's order, between 7 and 9 May"],
])("the deadlines read from App. 6 follow the calendar of the year: received %s → due %s (%s)", (received, due) => {
  const workbook = appealWorkbook("en");
  typeAppeal(workbook, { conclusionReceived: received, objectionsReceived: received });
  const deadlines = scoreGrids(readGrids(workbook)).appeal?.assessment?.deadlines;
  expect(deadlines?.objections?.date).toBe(due);
  expect(deadlines?.table?.date).toBe(due);
  // The sheet written again from that reading stores the same date as the formula's value.
  const first = scoreGrids(readGrids(workbook));
  const [, , dis] = buildConclusionSheets({ evaluation: first.reading.evaluation, result: first.result, lang: "en", appeal: first.appeal });
  const stored = dis.rows.find((cells) => cells[0]?.value === "bagalau:appeal:objectionsDue")![3]?.result;
  expect(stored instanceof Date ? stored.toISOString().slice(0, 10) : stored).toBe(due);
});

test("days moved by an act BAGALAU does not know are read and counted: an extra day off on Monday 18 March 2024", () => {
  const workbook = appealWorkbook("kk");
  typeAppeal(workbook, {
    conclusionReceived: "2024-03-15",
    daysOff: ["2024-03-18"],
    workingDays: [new Date(Date.UTC(2024, 5, 1))],
  });
  const reading = readAppealSheet(readGrids(workbook))!;
  expect(reading.input.adjustments).toEqual({ extraDaysOff: ["2024-03-18"], extraWorkingDays: ["2024-06-01"] });
  // Tue 19 (1), Wed 20 (2), [21–22 Nauryz, 23 → Mon 25], Tue 26 (3), Wed 27 (4), Thu 28 (5).
  expect(scoreGrids(readGrids(workbook)).appeal?.assessment?.deadlines.objections?.date).toBe("2024-03-28");
});

test("regenerating keeps what was typed — in another language, with the new statements — and a row added by hand", () => {
  const workbook = typeDecisions("en");
  const ws = sheetWithRole(workbook, "disagreements");
  const { table } = appealRows(ws);
  const spare = table[5];
  ws.getCell(spare, 3).value = "Our own statement";
  ws.getCell(spare, 4).value = "Our objection";
  ws.getCell(spare, 5).value = "not accepted";
  const first = scoreGrids(readGrids(workbook));
  replaceSheets(
    workbook,
    buildConclusionSheets({ evaluation: first.reading.evaluation, result: first.result, lang: "ru", appeal: first.appeal }),
  );
  const again = readAppealSheet(readGrids(workbook))!;
  expect(again.input.conclusionReceived).toBe("2024-03-15");
  expect(again.input.objectionsReceived).toBe("2024-03-22");
  expect(again.input.objections.map((o) => [o.number, o.decision, o.objection, o.change?.path ?? null])).toEqual([
    [2, "accepted", "The fact was 18, see the statistics bulletin", "goals[0].indicators[0].fact"],
    [4, "rejected", "The measures do aim at the risk", "risks[0].r"],
    [5, "accepted", "Sent on time by e-mail", "penalties.late"],
    [6, "rejected", "Our objection", null],
  ]);
  // The statements and targets are now in Russian; the decision words too.
  const wsAgain = sheetWithRole(workbook, "disagreements");
  const rows = appealRows(wsAgain).table;
  expect(flat(wsAgain.getCell(rows[1], 7).value)).toBe(targetText("ru", { kind: "indicator", goal: 0, index: 0, field: "fact" }));
  expect(wsAgain.getCell(rows[1], 5).value).toBe(t("ru", "report.dis.accepted"));
  expect(flat(wsAgain.getCell(rows[5], 3).value)).toBe("Our own statement");
  expect(scoreGrids(readGrids(workbook)).appeal?.assessment?.result.A).toBeCloseTo(63.7, 10);
});

test("what cannot be read is said on its cell, and an accepted objection with it is not applied", () => {
  const workbook = appealWorkbook("en");
  typeAppeal(workbook, {
    conclusionReceived: "32.13.2024",
    daysOff: ["2024-03-18"],
    workingDays: ["2024-03-18"],
    rows: {
      1: { objection: "x", decision: "maybe" },
      2: { objection: "y", decision: "accepted", value: "a lot" },
      3: { objection: "z", decision: "accepted", target: "the third thing", value: 1 },
      6: { objection: "w", value: 5 },
    },
  });
  const grids = readGrids(workbook);
  const reading = readAppealSheet(grids)!;
  const ws = sheetWithRole(workbook, "disagreements");
  const { marker, table, movedDays } = appealRows(ws);
  const sheet = ws.name;
  expect(reading.issues.map((i) => [i.code, i.cell.row, i.cell.column])).toEqual([
    ["date", marker.get("bagalau:field:appeal.conclusionReceived"), 4],
    ["decision", table[0], 5],
    ["value", table[1], 8],
    ["target", table[2], 7],
    ["valueWithoutTarget", table[5], 8],
    ["conflict", movedDays[0], 4],
    ["conflict", movedDays[0], 5],
  ]);
  expect(appealIssueMessage("en", reading.issues[0])).toBe(
    t("en", "appeal.read.date", { cell: `'${sheet}'!D${marker.get("bagalau:field:appeal.conclusionReceived")}`, text: "32.13.2024" }),
  );
  expect(reading.input.adjustments).toBeUndefined();
  const assessment = scoreGrids(grids).appeal!.assessment!;
  expect(assessment.outcomes.map((o) => [o.number, o.status, o.problem])).toEqual([
    [1, "undecided", undefined],
    [2, "invalidChange", "badValue"],
    [3, "invalidChange", "notAPath"],
    [6, "undecided", undefined],
  ]);
  expect(assessment.result.A).toBeCloseTo(43, 10);
  // The check lists them with the rest, on their cells.
  const check = checkGrids(grids, "en", "2024-03-20");
  expect(check.issues.filter((i) => i.code.startsWith("APPEAL_")).map((i) => i.code)).toEqual([
    "APPEAL_DATE",
    "APPEAL_DECISION",
    "APPEAL_VALUE",
    "APPEAL_TARGET",
    "APPEAL_VALUEWITHOUTTARGET",
    "APPEAL_CONFLICT",
    "APPEAL_CONFLICT",
  ]);
});

test("a workbook whose App. 6 sheet nobody filled has no appeal to assess", () => {
  const { appeal } = scoreGrids(readGrids(appealWorkbook("kk")));
  expect(appeal?.reading.hasInput).toBe(false);
  expect(appeal?.assessment).toBeUndefined();
});

describe("reorganization dates on both sides of 30 June / 1 July, in the conclusion", () => {
  test.each([
    ["2023-06-30", "report.status.reorganizedShort", "report.status.firstHalf"],
    ["2023-07-01", "report.status.notEvaluatedShort", "report.status.notEvaluated"],
  ] as const)("reorganized on %s", (date, short, long) => {
    const parsed = parseEvaluation({
      ...APPEAL_EVALUATION,
      body: { ...APPEAL_EVALUATION.body, reorganized: { date, successor: "New ministry" } },
    });
    const result = scoreEvaluation(parsed.evaluation, parsed.issues);
    expect(result.evaluated).toBe(date === "2023-06-30");
    for (const lang of LANGS) {
      const [conclusion] = buildConclusionSheets({ evaluation: parsed.evaluation, result, lang });
      const row = rowWith(conclusion, t(lang, short));
      expect(row).toBeGreaterThan(0);
      const shown = lang === "en" ? date : `${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
      expect(flat(conclusion.rows[row - 1][3]?.value)).toBe(
        flat(t(lang, long, { date: shown, successor: ` ${t(lang, "quote.open").trim()}New ministry${t(lang, "quote.close")}` })),
      );
      expect(texts(conclusion).includes(t(lang, "report.status.analysisOnly"))).toBe(date === "2023-07-01");
    }
  });
});
