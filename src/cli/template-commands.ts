// `bagalau template` (the empty official templates), `bagalau bodies` (the App. 2 keys --body takes, and the
// 2019 list with its blocks, marking bodies not evaluated in the goals block) and `bagalau fill` (the
// templates filled with an evaluation JSON, every formula's value cached).

import { scoreEvaluation } from "../core";
import { CENTRAL_BODIES, centralBody } from "../data/central-bodies";
import { EVALUATED_BODIES, evaluationBlock } from "../data/evaluated-bodies";
import { t } from "../i18n";
import { DEFAULT_TEMPLATE_SHAPE, filledSheets, leftOutOfTemplates, templateSheets } from "../workbook/workbook-services";
import { newWorkbook } from "../workbook/xlsx-files";
import { CliUsageError, type CliArgs } from "./args";
import { EXIT_OK, type CliIO } from "./io";
import { FileRefused, guardOutput, isWorkbookInput, parseJsonInput, readInputBytes } from "./input-files";
import { warnLeftOut, writeOutput } from "./inputs";

export async function templateCommand(args: CliArgs, io: CliIO): Promise<number> {
  if (args.body !== undefined && !centralBody(args.body)) throw new CliUsageError("cli.error.unknownBody", { body: args.body });
  const output = args.output as string;
  const shape = { goals: args.goals ?? DEFAULT_TEMPLATE_SHAPE.goals, tasks: args.tasks ?? DEFAULT_TEMPLATE_SHAPE.tasks };
  await writeOutput(newWorkbook(templateSheets(args.kind ?? "central", args.lang, args.body, shape)), output, args.lang);
  io.stdout(t(args.lang, "cli.wrote", { file: output }) + "\n");
  return EXIT_OK;
}

export function bodiesCommand(args: CliArgs, io: CliIO): number {
  const { lang } = args;
  const width = Math.max(...CENTRAL_BODIES.map((b) => b.key.length)) + 2;
  io.stdout(t(lang, "cli.bodies.title") + "\n");
  for (const body of CENTRAL_BODIES) io.stdout(`  ${body.key.padEnd(width)}${body.name[lang]}\n`);
  // The 2019 list with its blocks (Sys. §18, App. 2): a body not evaluated in the goals block is marked.
  io.stdout("\n" + t(lang, "cli.bodies.system2019") + "\n");
  const listed = EVALUATED_BODIES.filter((body) => body.kind === "central");
  const listedWidth = Math.max(...listed.map((b) => b.key.length)) + 2;
  for (const body of listed) {
    const inGoals = body.blocks.includes("goals");
    const line = `${inGoals ? " " : "*"} ${body.key.padEnd(listedWidth)}${body.name[lang]}`;
    const blocks = body.blocks.map((key) => evaluationBlock(key).name[lang]).join("; ");
    io.stdout(inGoals ? `${line}\n` : `${line}\n${" ".repeat(listedWidth + 2)}${t(lang, "cli.bodies.notInGoals", { blocks })}\n`);
  }
  io.stdout(t(lang, "cli.bodies.legend") + "\n");
  return EXIT_OK;
}

export async function fillCommand(args: CliArgs, io: CliIO): Promise<number> {
  const [file] = args.files;
  const output = args.output as string;
  guardOutput(output, [file]);
  const bytes = readInputBytes(file, args.lang);
  if (isWorkbookInput(bytes)) throw new FileRefused(t(args.lang, "cli.error.fillNeedsJson"));
  const { evaluation, issues } = parseJsonInput(file, bytes, args.lang);
  const result = scoreEvaluation(evaluation, issues);
  await writeOutput(newWorkbook(filledSheets(evaluation, result, args.lang)), output, args.lang);
  warnLeftOut(file, leftOutOfTemplates(evaluation), args.lang, io.stderr);
  io.stdout(t(args.lang, "cli.wrote", { file: output }) + "\n");
  return EXIT_OK;
}
