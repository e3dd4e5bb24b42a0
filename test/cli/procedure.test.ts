// The procedure around the score on the command line: `bagalau history` over period files (text, --json,
// -o with the history sheet), the appeal in `score` and `conclusion`, and `bodies` marking the bodies not
// evaluated in the goals block — run as a user runs them, with values computed by hand.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { t } from "../../src/i18n";
import { targetText } from "../../src/workbook/appeal-targets";
import { writeWorkbookFile } from "../../src/workbook/xlsx-files";
import { APPEAL_EVALUATION, appealWorkbook, rowOfTarget, typeAppeal } from "../workbook/appeal-helpers";
import { ensureBuilt, runCli, usageLine } from "./run-cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-cli-procedure-"));
const out = (name: string) => path.join(dir, name);

/**
 * The appeal helpers' body (A = 43 with fact 15) in other years, only the indicator's fact changed:
 * h = (F − 10)/(20 − 10), X = D = 0.8·h, A = 7.5 + 5 + 100·0.8·D − 1.5.
 * 2021: F = 20 → h = 1, D = 0.8, A = 75; 2022: F = 17 → h = 0.7, D = 0.56, A = 55.8; 2023: F = 15 → A = 43;
 * 2024: F = 16 → h = 0.6, D = 0.48, A = 49.4.
 */
function periodFile(year: number, fact: number, name = APPEAL_EVALUATION.body.name): string {
  const raw = JSON.parse(JSON.stringify(APPEAL_EVALUATION));
  raw.body.period = String(year);
  raw.body.name = name;
  raw.goals[0].indicators[0].fact = fact;
  const file = out(`${year}-${name.length}.json`);
  fs.writeFileSync(file, JSON.stringify(raw));
  return file;
}

let files: Record<number, string>;
beforeAll(() => {
  ensureBuilt();
  files = { 2021: periodFile(2021, 20), 2022: periodFile(2022, 17), 2023: periodFile(2023, 15), 2024: periodFile(2024, 16) };
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("bagalau history", () => {
  test("three period files in any order: sorted, and A and D declining two years in a row flagged", () => {
    const run = runCli("history", files[2023], files[2021], files[2022], "--lang", "en");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(t("en", "cli.history.title", { body: "Test ministry", count: 3 }));
    expect(lines.filter((l) => /^20\d\d /.test(l)).map((l) => l.split(/\s+/).slice(0, 2))).toEqual([
      ["2021", "75.00"],
      ["2022", "55.80"],
      ["2023", "43.00"],
    ]);
    expect(run.stdout).toContain(
      `! ${t("en", "history.decline.total", { years: 2, values: "75.00 → 55.80 → 43.00", periods: "2021–2023" })}`,
    );
    expect(run.stdout).toContain(
      `! ${t("en", "history.decline.criterion", { key: "D", name: t("en", "criterion.D"), years: 2, values: "0.8000 → 0.5600 → 0.4000", periods: "2021–2023" })}`,
    );
  });

  test("--json, and -o writing the history sheet that a later run reads back beside a new period", async () => {
    const sheet = out("history.xlsx");
    const run = runCli("history", files[2021], files[2022], files[2023], "--json", "-o", sheet);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.format).toBe("bagalau/history@1");
    expect(json.periods.map((p: { period: string; A: number }) => [p.period, Number(p.A.toFixed(10))])).toEqual([
      ["2021", 75],
      ["2022", 55.8],
      ["2023", 43],
    ]);
    expect(json.declines.map((d: { series: string; years: number }) => [d.series, d.years])).toEqual([
      ["A", 2],
      ["D", 2],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sheet);
    expect(workbook.worksheets.map((ws) => ws.getCell("A1").value)).toEqual(["bagalau:sheet:history"]);

    // The sheet's three periods and the 2024 file: 75 → 55.8 → 43 → 49.4, the 2021–2023 run still flagged.
    const next = runCli("history", sheet, files[2024], "--json");
    expect(next.status).toBe(0);
    const again = JSON.parse(next.stdout);
    expect(again.periods.map((p: { period: string; A: number }) => [p.period, Number(p.A.toFixed(10))])).toEqual([
      ["2021", 75],
      ["2022", 55.8],
      ["2023", 43],
      ["2024", 49.4],
    ]);
    expect(again.declines.map((d: { series: string; periods: string[] }) => [d.series, d.periods.join(",")])).toEqual([
      ["A", "2021,2022,2023"],
      ["D", "2021,2022,2023"],
    ]);
  });

  test("two files of one period are refused; another body's file is warned about; no file is a usage error", () => {
    const twice = runCli("history", files[2021], files[2021], "--lang", "en");
    expect(twice.status).toBe(2);
    expect(twice.stderr).toBe(
      `bagalau: ${t("en", "cli.history.duplicate", { period: "2021", first: files[2021], second: files[2021] })}\n`,
    );
    const other = periodFile(2025, 15, "Another body");
    const warned = runCli("history", files[2023], other, "--lang", "en");
    expect(warned.status).toBe(0);
    expect(warned.stderr).toBe(t("en", "cli.history.otherBody", { file: other, body: "Another body", first: "Test ministry" }) + "\n");
    const none = runCli("history", "--lang", "ru");
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(usageLine("ru", "cli.error.noHistoryFiles"));
  });
});

describe("the appeal on the command line", () => {
  let appealed: string;
  beforeAll(async () => {
    // The indicator's objection accepted with fact 18, late reporting accepted as not late: A 43 → 63.7.
    const workbook = appealWorkbook("en");
    const indicator = rowOfTarget(workbook, targetText("en", { kind: "indicator", goal: 0, index: 0, field: "fact" }));
    const late = rowOfTarget(workbook, targetText("en", { kind: "late" }));
    typeAppeal(workbook, {
      conclusionReceived: "2024-03-15",
      objectionsReceived: "2024-03-22",
      rows: {
        [indicator]: { objection: "18", decision: "accepted", value: 18 },
        [late]: { objection: "On time", decision: "accepted", value: "no" },
      },
    });
    appealed = out("appealed.xlsx");
    await writeWorkbookFile(workbook, appealed);
  });

  test("score: the total taking the appeal into account under the original, the deadlines with days left", () => {
    const run = runCli("score", appealed, "--lang", "en", "--today", "2024-03-28");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${t("en", "cli.total")} +43\\.00$`, "m"));
    expect(run.stdout).toMatch(new RegExp(`^${t("en", "appeal.totalAfter")} +63\\.70$`, "m"));
    // Today 28 March: the objections (due 27 March) came in time; the table is due 1 April (4 days), the results 6 April (9).
    expect(run.stdout).toContain(`  ${t("en", "appeal.deadline.objections")}: 2024-03-27 — ${t("en", "appeal.status.met")}`);
    expect(run.stdout).toContain(`  ${t("en", "appeal.deadline.table")}: 2024-04-01 — ${t("en", "appeal.daysLeft", { days: 4 })}`);
    expect(run.stdout).toContain(`  ${t("en", "appeal.deadline.final")}: 2024-04-06 — ${t("en", "appeal.daysLeft", { days: 9 })}`);
    // On 8 April both have passed: flagged.
    const later = runCli("score", appealed, "--lang", "en", "--today", "2024-04-08");
    expect(later.stdout).toContain(`! ${t("en", "appeal.deadline.final")}: 2024-04-06 — ${t("en", "appeal.passedAgo", { days: 2 })}`);
  });

  test("score --json adds the appeal beside the result; conclusion says the total after it", () => {
    const json = JSON.parse(runCli("score", appealed, "--json", "--today", "2024-03-20").stdout);
    expect(json.A).toBeCloseTo(43, 10);
    expect(json.appeal.after.A).toBeCloseTo(63.7, 10);
    expect(json.appeal.accepted).toBe(2);
    expect(json.appeal.deadlines.objections).toEqual({ date: "2024-03-27", daysLeft: 7, status: "met" });
    const written = out("appealed-conclusion.xlsx");
    const run = runCli("conclusion", appealed, "-o", written, "--lang", "en");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(t("en", "appeal.totalAfterLine", { A: "63.70", original: "43.00", delta: "+20.70", count: 2 }));
  });
});

test("bodies: the 2019 list, bodies not evaluated in the goals block marked", () => {
  const run = runCli("bodies", "--lang", "en");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(t("en", "cli.bodies.system2019"));
  expect(run.stdout).toMatch(/^\* prosecutorGeneralsOffice +Prosecutor General's Office of the Republic of Kazakhstan$/m);
  expect(run.stdout).toMatch(/^\* ministryOfDefence +/m);
  // In the 2019 list, a body evaluated in the goals block is not marked.
  const list2019 = run.stdout.slice(run.stdout.indexOf(t("en", "cli.bodies.system2019")));
  expect(list2019).toMatch(/^ {2}ministryOfHealth +Ministry of Health of the Republic of Kazakhstan$/m);
  expect(run.stdout).toContain(
    t("en", "cli.bodies.notInGoals", {
      blocks: "Interaction of the state body with individuals and legal entities; Performance evaluation",
    }),
  );
  const help = runCli("--help", "--lang", "kk");
  expect(help.stdout).toMatch(/^ {2}bagalau history\b/m);
});
