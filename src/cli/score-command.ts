// `bagalau score FILE...`: evaluation JSON files and filled workbooks (told apart by content) scored
// by the core — the table or the bagalau/result@1 JSON — and, with --ranking, the evaluators' ranking.

import {
  EvaluationRefused,
  checkWeights,
  readProfile,
  scoreEvaluation,
  writeResultJson,
  type AppealAssessment,
  type Evaluation,
  type ProfileInput,
  type Result,
  type ResultJson,
  type ScoreOptions,
} from "../core";
import type { AppealJson } from "./appeal-json";
import { formatRefusal, t, resultMessages } from "../i18n";
import { CliUsageError, profileObject, type CliArgs } from "./args";
import type { CliIO } from "./io";
import { EXIT_OK, EXIT_UNUSABLE } from "./io";
// Only what a JSON file needs is loaded up front; the workbook half (ExcelJS, the reader) when a workbook comes.
import { FileRefused, expandWildcards, guardOutput, isWorkbookInput, oneLine, parseJsonInput, readInputBytes } from "./input-files";
import { ProgressBar } from "./progress";
import { Utf8Output } from "./utf8-output";
import type { RankingEntry } from "./ranking";
import { writeScoreTable, type IssueLocations } from "./score-table";

/** The result a file prints with --json; a workbook adds its reading problems and its appeal. */
type ScoreJson = ResultJson & { readIssues?: IssueLocations["readIssues"]; appeal?: AppealJson };

/** Show the progress bar from this many files on. */
const PROGRESS_FROM = 4;

export interface ScoredFile {
  evaluation: Evaluation;
  result: Result;
  /** For a workbook: the cells of the issues and the reading problems. */
  locations?: IssueLocations;
  /** For a workbook with an App. 6 sheet where something was typed: the appeal and the score after it. */
  appeal?: AppealAssessment;
  /** The appeal as --json prints it. */
  appealJson?: AppealJson;
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

/** The trace is built only for --trace: for a big file it is most of the scoring's time and memory. */
function scoreOptions(args: CliArgs): ScoreOptions {
  return { trace: args.json && args.trace };
}

async function scoreFile(file: string, args: CliArgs, override: ProfileInput, today: string | undefined): Promise<ScoredFile> {
  const bytes = readInputBytes(file, args.lang);
  if (!isWorkbookInput(bytes)) {
    const { evaluation, issues } = parseJsonInput(file, bytes, args.lang);
    withProfile(evaluation, override, args.lang);
    return { evaluation, result: scoreEvaluation(evaluation, issues, scoreOptions(args)) };
  }
  const { scoreWorkbookBytes } = await import("./score-workbook");
  return scoreWorkbookBytes(bytes, args, override, today, scoreOptions(args), withProfile);
}

function readProfileOption(args: CliArgs): ProfileInput {
  try {
    return readProfile(profileObject(args.profile), "profile");
  } catch (error) {
    if (error instanceof EvaluationRefused) {
      throw new CliUsageError("cli.error.badProfile", {
        option: error.path.replace(/^profile\./, ""),
        reason: formatRefusal(args.lang, error),
      });
    }
    throw error;
  }
}

/** stdout as a writer of text: encoded in small buffers when the IO takes bytes, else passed on as text. */
function stdoutOf(io: CliIO): { write: (text: string) => void; flush: () => void } {
  const bytes = io.stdoutBytes;
  return bytes ? new Utf8Output(bytes) : { write: io.stdout, flush: () => undefined };
}

function countSeverity(issues: readonly { severity: string }[], severity: string): number {
  let count = 0;
  for (const issue of issues) if (issue.severity === severity) count += 1;
  return count;
}

export async function scoreCommand(given: CliArgs, io: CliIO): Promise<number> {
  const args = { ...given, files: expandWildcards(given.files) };
  const override = readProfileOption(args);
  const today = args.today ?? io.today?.();
  if (args.ranking !== undefined) guardOutput(args.ranking, args.files);
  const out = stdoutOf(io);
  // --json: the result (null for a refused file), or an array of them when several files were given, as
  // JSON.stringify(…, null, 2) prints it — written as it goes, without building the objects.
  const many = args.files.length !== 1;
  let printed = 0;
  const nextJson = () => {
    if (many) out.write(printed === 0 ? "[\n  " : ",\n  ");
    printed += 1;
  };
  const ranking: RankingEntry[] = [];
  const progress = new ProgressBar(
    io.stderr,
    args.files.length,
    !args.json && args.files.length >= PROGRESS_FROM && io.stderrIsTTY === true,
  );
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
      if (args.json) {
        nextJson();
        out.write("null");
      }
      exit = EXIT_UNUSABLE;
      continue;
    }
    const { evaluation, result, locations, appeal, appealJson } = scored;
    const readIssues = locations?.readIssues ?? [];
    ranking.push({
      file,
      body: evaluation.body.name,
      kind: evaluation.body.kind,
      period: evaluation.body.period,
      result,
      errors: countSeverity(readIssues, "error") + countSeverity(result.issues, "error"),
      warnings: countSeverity(readIssues, "warning") + countSeverity(result.issues, "warning"),
    });
    if (args.json) {
      const extra: Pick<ScoreJson, "readIssues" | "appeal"> = {};
      if (readIssues.length > 0) extra.readIssues = readIssues;
      if (appealJson) extra.appeal = appealJson;
      nextJson();
      writeResultJson(out.write, result, resultMessages(args.lang), { trace: args.trace }, extra, many ? "  " : "");
    } else {
      progress.clear();
      if (args.files.length > 1) out.write(`== ${file}\n`);
      writeScoreTable((line) => out.write(`${line}\n`), evaluation, result, args.lang, locations, appeal);
      if (args.files.length > 1) out.write("\n");
      out.flush(); // before the progress bar is drawn again
    }
  }
  progress.clear();
  if (args.json) {
    if (many) out.write(printed === 0 ? "[]" : "\n]");
    out.write("\n");
    out.flush();
  }
  if (args.ranking !== undefined) {
    const { writeRanking } = await import("./score-workbook");
    await writeRanking(ranking, args.ranking, args.lang);
    if (!args.json) io.stdout(t(args.lang, "cli.wrote", { file: args.ranking }) + "\n");
  }
  return exit;
}
