// `bagalau conclusion FILE -o OUT.xlsx`: the workbook (or the filled templates of an evaluation JSON)
// with the App. 5 conclusion, the App. 1 verification act and the App. 6 disagreement table (what was typed
// on an earlier one kept), the score after the appeal and the declines of the history sheet said on stdout.

import { t } from "../i18n";
import { buildConclusionSheets } from "../workbook/conclusion";
import { scoreGrids } from "../workbook/workbook-services";
import { replaceSheets } from "../workbook/xlsx-files";
import { totalAfterText } from "../workbook/appeal-text";
import { declineText } from "../workbook/history-text";
import type { CliArgs } from "./args";
import { EXIT_OK, type CliIO } from "./io";
import { guardOutput } from "./input-files";
import { openEvaluationInput, warnLeftOut, warnUncarried, withBagalauSheets, writeOutput } from "./inputs";

export async function conclusionCommand(args: CliArgs, io: CliIO): Promise<number> {
  const [file] = args.files;
  const output = args.output as string;
  guardOutput(output, [file]);
  const input = await openEvaluationInput(file, args.lang);
  const today = args.today ?? io.today?.();
  const { reading, result, appeal, history } = withBagalauSheets(args.lang, () => scoreGrids(input.grids, today));
  // The App. 6 sheet is written again with what was typed on it; the conclusion shows the score after the appeal.
  replaceSheets(input.workbook, buildConclusionSheets({ evaluation: reading.evaluation, result, lang: args.lang, appeal, history, today }));
  await writeOutput(input.workbook, output, args.lang);
  warnUncarried(file, input, args.lang, io.stderr);
  warnLeftOut(file, input.leftOut, args.lang, io.stderr);
  io.stdout(t(args.lang, "cli.wrote", { file: output }) + "\n");
  const assessment = appeal?.assessment;
  if (assessment && assessment.accepted > 0) io.stdout(totalAfterText(args.lang, result.A, assessment) + "\n");
  if (history && history.analysis.declines.length > 0)
    io.stdout(history.analysis.declines.map((d) => `! ${declineText(args.lang, d)}`).join("\n") + "\n");
  return EXIT_OK;
}
