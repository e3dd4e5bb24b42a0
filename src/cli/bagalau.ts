// The `bagalau` command: score, check, template, fill, conclusion, bodies, history, import-plan and next-period.
// Exit 0 when done, 1 when `check` found an error, 2 when a file or the command line cannot be used.

import * as fs from "fs";
import { t, DEFAULT_LANG, type Lang } from "../i18n";
import { CliUsageError, parseArgs, type CliArgs } from "./args";
import { EXIT_OK, EXIT_UNUSABLE, processIO, quietOnBrokenPipe, type CliIO } from "./io";
import { FileRefused, OutputRefused, oneLine } from "./input-files";
import { scoreCommand } from "./score-command";

export type { CliIO } from "./io";

async function run(args: CliArgs, argv: readonly string[], io: CliIO): Promise<number> {
  switch (args.command) {
    case "help":
      if (argv.length === 0) {
        io.stderr(t(args.lang, "cli.help") + "\n");
        return EXIT_UNUSABLE;
      }
      io.stdout(t(args.lang, "cli.help") + "\n");
      return EXIT_OK;
    case "version":
      io.stdout(`bagalau ${version()}\n`);
      return EXIT_OK;
    case "score":
      return scoreCommand(args, io);
    // The other commands' modules are loaded when asked for: a `score` starts without them.
    case "check":
      return (await import("./check-command")).checkCommand(args, io);
    case "template":
      return (await import("./template-commands")).templateCommand(args, io);
    case "bodies":
      return (await import("./template-commands")).bodiesCommand(args, io);
    case "fill":
      return (await import("./template-commands")).fillCommand(args, io);
    case "conclusion":
      return (await import("./conclusion-command")).conclusionCommand(args, io);
    case "history":
      return (await import("./history-command")).historyCommand(args, io);
    case "import-plan":
      return (await import("./plan-commands")).importPlanCommand(args, io);
    case "next-period":
      return (await import("./plan-commands")).nextPeriodCommand(args, io);
  }
}

/** Runs the command line; every failure the user can act on is one localized stderr line, never a stack trace. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  if (io === processIO) quietOnBrokenPipe();
  const lang = langFrom(argv);
  let args: CliArgs | undefined;
  try {
    args = parseArgs(argv);
    return await run(args, argv, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`bagalau: ${t(lang, error.key, error.params)}\n`);
      return EXIT_UNUSABLE;
    }
    if (error instanceof FileRefused) {
      const file = args?.files[0] ?? "";
      io.stderr(t(lang, args?.command === "score" ? "cli.refused" : "cli.cannotUse", { file, reason: oneLine(error.reason) }) + "\n");
      return EXIT_UNUSABLE;
    }
    if (error instanceof OutputRefused) {
      io.stderr(t(lang, "cli.cannotWrite", { file: error.file, reason: oneLine(error.reason) }) + "\n");
      return EXIT_UNUSABLE;
    }
    // A bug, not the user's mistake: still one line, naming what failed (the stack with BAGALAU_DEBUG=1).
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`bagalau: ${t(lang, "cli.error.internal", { detail: oneLine(detail) })}\n`);
    if (process.env.BAGALAU_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT_UNUSABLE;
  }
}

/** The language asked for, even when the rest of the command line is wrong. */
function langFrom(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value === "kk" || value === "ru" || value === "en") return value;
  }
  return DEFAULT_LANG;
}

function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(`${__dirname}/../../package.json`, "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}
