// `bagalau conclusion FILE -o OUT.xlsx`: the workbook (or the filled templates of an evaluation JSON)
// with the App. 5 conclusion, the App. 1 verification act and the App. 6 disagreement table.

import { t } from "../i18n";
import { buildConclusionSheets } from "../workbook/conclusion";
import { scoreGrids } from "../workbook/services";
import { replaceSheets } from "../workbook/xlsx-files";
import type { CliArgs } from "./args";
import { EXIT_OK, type CliIO } from "./io";
import { guardOutput, openEvaluationInput, warnUncarried, withBagalauSheets, writeOutput } from "./inputs";

export async function conclusionCommand(args: CliArgs, io: CliIO): Promise<number> {
  const [file] = args.files;
  const output = args.output as string;
  guardOutput(output, [file]);
  const input = await openEvaluationInput(file, args.lang);
  const { reading, result } = withBagalauSheets(args.lang, () => scoreGrids(input.grids));
  replaceSheets(input.workbook, buildConclusionSheets({ evaluation: reading.evaluation, result, lang: args.lang }));
  await writeOutput(input.workbook, output, args.lang);
  warnUncarried(file, input, args.lang, io.stderr);
  io.stdout(t(args.lang, "cli.wrote", { file: output }) + "\n");
  return EXIT_OK;
}
