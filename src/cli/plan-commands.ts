// `bagalau import-plan PLAN.xlsx|PLAN.docx --year Y -o TEMPLATES.xlsx` (the plan's own table into the
// templates, what was recognized printed first) and `bagalau next-period LAST.xlsx [--plan PLAN] -o NEXT.xlsx`.

import { centralBody } from "../data/central-bodies";
import { t, type Lang, type MessageKey } from "../i18n";
import { PeriodNotAYear, nextPeriodName, nextPeriodSheets } from "../workbook/plan-import/next-period";
import type { PlanGrid } from "../workbook/plan-import/plan-grid";
import { planTemplateSheets } from "../workbook/plan-import/plan-templates";
import { nextPeriodLines, previewLines } from "../workbook/plan-import/plan-text";
import { PlanNotRecognized, recognizePlan, type RecognizedPlan } from "../workbook/plan-import/recognize";
import { blankEvaluation, scoreGrids } from "../workbook/workbook-services";
import { newWorkbook } from "../workbook/xlsx-files";
import { CliUsageError, type CliArgs } from "./args";
import { EXIT_OK, EXIT_UNUSABLE, type CliIO } from "./io";
import { FileRefused, guardOutput, oneLine } from "./input-files";
import { openEvaluationInput, withBagalauSheets, writeOutput } from "./inputs";
import { readPlanFile } from "./plan-files";

/** The plan's table recognized for `year`; a table without year columns, or without the year, refused with the reason. */
function recognized(grids: readonly PlanGrid[], year: number, lang: Lang): RecognizedPlan {
  try {
    return recognizePlan(grids, year);
  } catch (error) {
    if (error instanceof PlanNotRecognized) throw new FileRefused(t(lang, `plan.refusal.${error.reason}` as MessageKey, error.params));
    throw error;
  }
}

export async function importPlanCommand(args: CliArgs, io: CliIO): Promise<number> {
  const { lang } = args;
  const [file] = args.files;
  const output = args.output as string;
  guardOutput(output, [file]);
  if (args.body !== undefined && !centralBody(args.body)) throw new CliUsageError("cli.error.unknownBody", { body: args.body });
  const plan = recognized(await readPlanFile(file, lang), args.year as number, lang);
  // What was recognized, before anything is written.
  io.stdout(`${file}: ${previewLines(lang, plan).join("\n")}\n`);
  if (plan.goals.length === 0) throw new FileRefused(t(lang, "plan.refusal.noGoals"));
  const sheets = planTemplateSheets(plan, blankEvaluation(args.kind ?? "central", lang, args.body), lang);
  await writeOutput(newWorkbook(sheets), output, lang);
  io.stdout(t(lang, "cli.wrote", { file: output }) + "\n");
  return EXIT_OK;
}

export async function nextPeriodCommand(args: CliArgs, io: CliIO): Promise<number> {
  const { lang } = args;
  const [file] = args.files;
  const output = args.output as string;
  guardOutput(output, args.plan === undefined ? [file] : [file, args.plan]);
  const input = await openEvaluationInput(file, lang);
  const scored = withBagalauSheets(lang, () => scoreGrids(input.grids, args.today ?? io.today?.()));
  const period = scored.reading.evaluation.body.period;
  let next: string;
  try {
    next = nextPeriodName(period);
  } catch (error) {
    if (error instanceof PeriodNotAYear) throw new FileRefused(t(lang, "next.notAYear", { period }));
    throw error;
  }
  let plan: RecognizedPlan | undefined;
  if (args.plan !== undefined) {
    try {
      plan = recognized(await readPlanFile(args.plan, lang), Number(next), lang);
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      io.stderr(t(lang, "cli.cannotUse", { file: args.plan, reason: oneLine(error.reason) }) + "\n");
      return EXIT_UNUSABLE;
    }
  }
  const { sheets, report } = nextPeriodSheets(scored, lang, plan);
  io.stdout(nextPeriodLines(lang, report, file).join("\n") + "\n");
  await writeOutput(newWorkbook(sheets), output, lang);
  io.stdout(t(lang, "cli.wrote", { file: output }) + "\n");
  return EXIT_OK;
}
