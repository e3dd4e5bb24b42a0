// The workbook half of `bagalau score`: a filled workbook's bytes opened, read and scored with the command
// line's profile, with its issues' cells and its App. 6 appeal; and the --ranking workbook. Loaded on demand.

import { scoreEvaluation, type Evaluation, type Issue, type ProfileInput, type ScoreOptions } from "../core";
import { appealIssueMessage } from "../workbook/appeal-read";
import { appealOfWorkbook } from "../workbook/appeal-state";
import { cellOfIssue } from "../workbook/reader/issue-cell";
import { formatCell } from "../workbook/cell-ref";
import { readIssueMessage } from "../workbook/workbook-services";
import { newWorkbook } from "../workbook/xlsx-files";
import { appealJson } from "./appeal-json";
import type { CliArgs } from "./args";
import { openWorkbookBytes, readBagalauSheets, writeOutput } from "./inputs";
import { buildRankingSheet, type RankingEntry } from "./ranking";
import type { ScoredFile } from "./score-command";
import type { IssueLocations } from "./score-table";

/** The caller's profile step: the command line's options over the evaluation's own profile. */
type ApplyProfile = (evaluation: Evaluation, override: ProfileInput, lang: CliArgs["lang"]) => void;

export async function scoreWorkbookBytes(
  bytes: Buffer,
  args: CliArgs,
  override: ProfileInput,
  today: string | undefined,
  options: ScoreOptions,
  applyProfile: ApplyProfile,
): Promise<ScoredFile> {
  const { grids } = await openWorkbookBytes(bytes, args.lang);
  const reading = readBagalauSheets(grids, args.lang);
  applyProfile(reading.evaluation, override, args.lang);
  const result = scoreEvaluation(reading.evaluation, reading.issues, options);
  // The App. 6 sheet, scored with the command line's profile too: the score after the appeal beside the original.
  const appeal = appealOfWorkbook(grids, reading.evaluation, reading.issues, today);
  const locations: IssueLocations = {
    cellOf: (issue: Issue) => {
      const ref = cellOfIssue(issue, reading.cells);
      return ref ? formatCell(ref) : undefined;
    },
    readIssues: [
      ...reading.readIssues.map((issue) => ({
        severity: issue.severity,
        cell: issue.cell ? formatCell(issue.cell) : null,
        message: readIssueMessage(args.lang, issue),
      })),
      ...(appeal?.reading.issues ?? []).map((issue) => ({
        severity: issue.severity,
        cell: formatCell(issue.cell),
        message: appealIssueMessage(args.lang, issue),
      })),
    ],
  };
  const assessment = appeal?.assessment;
  return {
    evaluation: reading.evaluation,
    result,
    locations,
    ...(assessment ? { appeal: assessment, appealJson: appealJson(assessment, args.lang) } : {}),
  };
}

/** Writes the evaluators' ranking workbook (--ranking). */
export async function writeRanking(ranking: readonly RankingEntry[], output: string, lang: CliArgs["lang"]): Promise<void> {
  await writeOutput(newWorkbook([buildRankingSheet([...ranking], lang)]), output, lang);
}
