// `bagalau history FILE... [--json] [-o HISTORY.xlsx]`: the scores of one body over several periods —
// evaluation JSON files, filled workbooks (scored after their appeal, if any) and history sheets — sorted
// by period, with the declines two or more years in a row flagged (Sys. §73), as text, JSON or a workbook.

import { analyzeHistory, periodReported, periodScoresOf, scoreEvaluation, withPeriod, type PeriodScores } from "../core";
import { t, type Lang } from "../i18n";
import { historyIssueMessage, readHistorySheet } from "../workbook/history-read";
import { buildHistorySheet } from "../workbook/history-sheet";
import { declineText } from "../workbook/history-text";
import { NotABagalauWorkbook } from "../workbook/reader/read-workbook";
import { finalResult, scoreGrids } from "../workbook/workbook-services";
import { newWorkbook } from "../workbook/xlsx-files";
import type { CliArgs } from "./args";
import { renderHistoryTable } from "./history-table";
import { EXIT_OK, EXIT_UNUSABLE, type CliIO } from "./io";
import { FileRefused, expandWildcards, guardOutput, isWorkbookInput, oneLine, parseJsonInput, readInputBytes } from "./input-files";
import { openWorkbookBytes, writeOutput } from "./inputs";

export const HISTORY_FORMAT = "bagalau/history@1";

/** What one file gives: its own period (a period file), and the rows of its history sheet (if any). */
interface PeriodFile {
  file: string;
  own?: { scores: PeriodScores; body: string; kind: string };
  sheetRows: PeriodScores[];
  warnings: string[];
}

async function readPeriodFile(file: string, lang: Lang, today: string | undefined): Promise<PeriodFile> {
  const bytes = readInputBytes(file, lang);
  const loaded: PeriodFile = { file, sheetRows: [], warnings: [] };
  let period: { body: { name: string; kind: string; period: string }; result: Parameters<typeof periodScoresOf>[1] } | undefined;
  if (isWorkbookInput(bytes)) {
    const { grids } = await openWorkbookBytes(bytes, lang);
    const sheet = readHistorySheet(grids);
    if (sheet) {
      loaded.sheetRows = sheet.periods.filter((p) => p.period !== "").map((p) => ({ ...p, source: `${file}: ${p.source ?? sheet.sheet}` }));
      loaded.warnings = sheet.issues.map((issue) => historyIssueMessage(lang, issue));
    }
    try {
      const scored = scoreGrids(grids, today);
      // A workbook with a history sheet whose own period is not reported yet (rolled over to it) gives only the sheet's periods.
      if (!sheet || periodReported(scored.reading.evaluation))
        period = { body: scored.reading.evaluation.body, result: finalResult(scored) };
    } catch (error) {
      if (!(error instanceof NotABagalauWorkbook)) throw error;
      if (!sheet) throw new FileRefused(t(lang, "wb.refusal.noBagalauSheets"));
    }
  } else {
    const { evaluation, issues } = parseJsonInput(file, bytes, lang);
    period = { body: evaluation.body, result: scoreEvaluation(evaluation, issues) };
  }
  if (period) {
    const name = period.body.period.trim();
    if (name === "") throw new FileRefused(t(lang, "cli.history.noPeriod"));
    loaded.own = { scores: periodScoresOf(name, period.result, file), body: period.body.name, kind: period.body.kind };
  }
  return loaded;
}

const sameBody = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLocaleLowerCase() === b.trim().replace(/\s+/g, " ").toLocaleLowerCase();

export async function historyCommand(given: CliArgs, io: CliIO): Promise<number> {
  const args = { ...given, files: expandWildcards(given.files) };
  const { lang } = args;
  if (args.output !== undefined) guardOutput(args.output, args.files);
  const today = args.today ?? io.today?.();
  const loaded: PeriodFile[] = [];
  for (const file of args.files) {
    try {
      loaded.push(await readPeriodFile(file, lang, today));
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      io.stderr(t(lang, "cli.cannotUse", { file, reason: oneLine(error.reason) }) + "\n");
      return EXIT_UNUSABLE;
    }
  }
  for (const file of loaded) for (const warning of file.warnings) io.stderr(`${file.file}: ${warning}\n`);

  // One file per period: two period files of the same period cannot both be the truth.
  const owners = new Map<string, string>();
  for (const { own, file } of loaded) {
    if (!own) continue;
    const first = owners.get(own.scores.period);
    if (first !== undefined) {
      io.stderr(`bagalau: ${t(lang, "cli.history.duplicate", { period: own.scores.period, first, second: file })}\n`);
      return EXIT_UNUSABLE;
    }
    owners.set(own.scores.period, file);
  }
  const firstOwn = loaded.find((f) => f.own)?.own;
  for (const { own, file } of loaded) {
    if (own && firstOwn && (!sameBody(own.body, firstOwn.body) || own.kind !== firstOwn.kind)) {
      io.stderr(t(lang, "cli.history.otherBody", { file, body: own.body, first: firstOwn.body }) + "\n");
    }
  }

  // The rows of history sheets first; a period file's own score replaces a row of the same period.
  let periods: PeriodScores[] = [];
  for (const file of loaded) for (const row of file.sheetRows) periods = withPeriod(periods, row);
  for (const file of loaded) if (file.own) periods = withPeriod(periods, file.own.scores);
  const analysis = analyzeHistory(periods);
  const body = firstOwn?.body ?? "";

  if (args.json) {
    const json = {
      format: HISTORY_FORMAT,
      body,
      kind: firstOwn?.kind ?? null,
      periods: analysis.periods,
      declines: analysis.declines.map((decline) => ({ ...decline, message: declineText(lang, decline) })),
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else {
    io.stdout(renderHistoryTable(analysis, lang, body));
  }
  if (args.output !== undefined) {
    await writeOutput(newWorkbook([buildHistorySheet(analysis, lang, body)]), args.output, lang);
    if (!args.json) io.stdout(t(lang, "cli.wrote", { file: args.output }) + "\n");
  }
  return EXIT_OK;
}
