// `bagalau score FILE...`: evaluation JSON files and filled workbooks (told apart by content) scored
// by the core — the table or the bagalau/result@1 JSON — and, with --ranking, the evaluators' ranking.

import { EvaluationRefused, checkWeights, readProfile, scoreEvaluation, toResultJson, type AppealAssessment, type Evaluation, type Issue, type ProfileInput, type Result, type ResultJson } from "../core";
import { appealIssueMessage } from "../workbook/appeal-read";
import { appealOfWorkbook } from "../workbook/appeal-state";
import { appealJson, type AppealJson } from "./appeal-json";
import { formatRefusal, t } from "../i18n";
import { cellOfIssue, formatCell } from "../workbook/read";
import { readIssueMessage } from "../workbook/services";
import { newWorkbook } from "../workbook/xlsx-files";
import { CliUsageError, profileObject, type CliArgs } from "./args";
import type { CliIO } from "./io";
import { EXIT_OK, EXIT_UNUSABLE } from "./io";
import { FileRefused, expandWildcards, guardOutput, isWorkbookInput, oneLine, openWorkbookBytes, parseJsonInput, readBagalauSheets, readInputBytes, writeOutput } from "./inputs";
import { ProgressBar } from "./progress";
import { buildRankingSheet, type RankingEntry } from "./ranking";
import { renderScoreTable, type IssueLocations } from "./score-table";

/** The result a file prints with --json; a workbook adds its reading problems and its appeal. */
type ScoreJson = ResultJson & { readIssues?: IssueLocations["readIssues"]; appeal?: AppealJson };

/** Show the progress bar from this many files on. */
const PROGRESS_FROM = 4;

interface ScoredFile {
  evaluation: Evaluation;
  result: Result;
  /** For a workbook: the cells of the issues and the reading problems. */
  locations?: IssueLocations;
  /** For a workbook with an App. 6 sheet where something was typed: the appeal and the score after it. */
  appeal?: AppealAssessment;
}

/** The file's profile with the command line's options over it; weights that no longer add up to 1 refuse the file. */
function withProfile(evaluation: Evaluation, override: ProfileInput, lang: CliArgs["lang"]): void {
  evaluation.profile = { ...evaluation.profile, ...override, weights: { ...evaluation.profile.weights, ...override.weights } };
  try {
    checkWeights(evaluation.body.kind, evaluation.profile);
  } catch (error) {
    if (error instanceof EvaluationRefused) throw new FileRefused(formatRefusal(lang, error));
    throw error;
  }
}

async function scoreFile(file: string, args: CliArgs, override: ProfileInput, today: string | undefined): Promise<ScoredFile> {
  const bytes = readInputBytes(file, args.lang);
  if (!isWorkbookInput(bytes)) {
    const { evaluation, issues } = parseJsonInput(file, bytes, args.lang);
    withProfile(evaluation, override, args.lang);
    return { evaluation, result: scoreEvaluation(evaluation, issues) };
  }
  const { grids } = await openWorkbookBytes(bytes, args.lang);
  const reading = readBagalauSheets(grids, args.lang);
  withProfile(reading.evaluation, override, args.lang);
  const result = scoreEvaluation(reading.evaluation, reading.issues);
  // The App. 6 sheet, scored with the command line's profile too: the score after the appeal beside the original.
  const appeal = appealOfWorkbook(grids, reading.evaluation, reading.issues, today);
  const locations: IssueLocations = {
    cellOf: (issue: Issue) => {
      const ref = cellOfIssue(issue, reading.cells);
      return ref ? formatCell(ref) : undefined;
    },
    readIssues: [
      ...reading.readIssues.map((issue) => ({ severity: issue.severity, cell: issue.cell ? formatCell(issue.cell) : null, message: readIssueMessage(args.lang, issue) })),
      ...(appeal?.reading.issues ?? []).map((issue) => ({ severity: issue.severity, cell: formatCell(issue.cell), message: appealIssueMessage(args.lang, issue) })),
    ],
  };
  return { evaluation: reading.evaluation, result, locations, ...(appeal?.assessment ? { appeal: appeal.assessment } : {}) };
}

function readProfileOption(args: CliArgs): ProfileInput {
  try {
    return readProfile(profileObject(args.profile), "profile");
  } catch (error) {
    if (error instanceof EvaluationRefused) {
      throw new CliUsageError("cli.error.badProfile", { option: error.path.replace(/^profile\./, ""), reason: formatRefusal(args.lang, error) });
    }
    throw error;
  }
}

export async function scoreCommand(given: CliArgs, io: CliIO): Promise<number> {
  const args = { ...given, files: expandWildcards(given.files) };
  const override = readProfileOption(args);
  const today = args.today ?? io.today?.();
  if (args.ranking !== undefined) guardOutput(args.ranking, args.files);
  const outputs: (ScoreJson | null)[] = [];
  const ranking: RankingEntry[] = [];
  const progress = new ProgressBar(io.stderr, args.files.length, !args.json && args.files.length >= PROGRESS_FROM && io.stderrIsTTY === true);
  let exit = EXIT_OK;
  for (const [index, file] of args.files.entries()) {
    progress.update(index, file);
    let scored: ScoredFile;
    try {
      scored = await scoreFile(file, args, override, today);
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      progress.clear();
      io.stderr(t(args.lang, "cli.refused", { file, reason: oneLine(error.reason) }) + "\n");
      outputs.push(null);
      exit = EXIT_UNUSABLE;
      continue;
    }
    const { evaluation, result, locations, appeal } = scored;
    const readIssues = locations?.readIssues ?? [];
    ranking.push({
      file,
      body: evaluation.body.name,
      kind: evaluation.body.kind,
      period: evaluation.body.period,
      result,
      errors: [...readIssues, ...result.issues].filter((i) => i.severity === "error").length,
      warnings: [...readIssues, ...result.issues].filter((i) => i.severity === "warning").length,
    });
    if (args.json) {
      const json: ScoreJson = toResultJson(result, args.lang, { trace: args.trace });
      if (readIssues.length > 0) json.readIssues = readIssues;
      if (appeal) json.appeal = appealJson(appeal, args.lang);
      outputs.push(json);
    } else {
      progress.clear();
      if (args.files.length > 1) io.stdout(`== ${file}\n`);
      io.stdout(renderScoreTable(evaluation, result, args.lang, locations, appeal) + (args.files.length > 1 ? "\n" : ""));
    }
  }
  progress.clear();
  if (args.json) io.stdout(JSON.stringify(args.files.length === 1 ? outputs[0] : outputs, null, 2) + "\n");
  if (args.ranking !== undefined) {
    await writeOutput(newWorkbook([buildRankingSheet(ranking, args.lang)]), args.ranking, args.lang);
    if (!args.json) io.stdout(t(args.lang, "cli.wrote", { file: args.ranking }) + "\n");
  }
  return exit;
}
