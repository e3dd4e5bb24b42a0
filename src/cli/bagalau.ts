// The `bagalau` command: `score` reads evaluation files, scores them with the core and prints the
// table or the bagalau/result@1 JSON. Exit 0 when every file was scored, 2 when one could not be.

import * as fs from "fs";
import { EvaluationRefused, checkWeights, parseEvaluationText, readProfile, scoreEvaluation, toResultJson, type ParsedEvaluation, type ResultJson } from "../core";
import { formatRefusal, t, DEFAULT_LANG, type Lang } from "../i18n";
import { CliUsageError, parseArgs, profileObject, type CliArgs } from "./args";
import { renderScoreTable } from "./score-table";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 2;

/** Why a file could not be read or scored, in the user's language. */
class FileRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function readEvaluationFile(file: string, lang: Lang): ParsedEvaluation {
  let text: string;
  try {
    if (fs.statSync(file).isDirectory()) throw new FileRefused(t(lang, "cli.error.isDirectory"));
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new FileRefused(t(lang, "cli.error.noSuchFile"));
    if (code === "EISDIR") throw new FileRefused(t(lang, "cli.error.isDirectory"));
    throw new FileRefused(t(lang, "cli.error.unreadable", { detail: code ?? String(error) }));
  }
  try {
    return parseEvaluationText(text);
  } catch (error) {
    if (error instanceof EvaluationRefused) throw new FileRefused(formatRefusal(lang, error));
    throw error;
  }
}

function score(args: CliArgs, io: CliIO): number {
  const override = readProfileOption(args);
  const outputs: (ResultJson | null)[] = [];
  let exit = EXIT_OK;
  for (const file of args.files) {
    let parsed: ParsedEvaluation;
    try {
      parsed = readEvaluationFile(file, args.lang);
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      io.stderr(t(args.lang, "cli.refused", { file, reason: oneLine(error.reason) }) + "\n");
      outputs.push(null);
      exit = EXIT_UNUSABLE;
      continue;
    }
    const { evaluation, issues } = parsed;
    evaluation.profile = { ...evaluation.profile, ...override, weights: { ...evaluation.profile.weights, ...override.weights } };
    try {
      checkWeights(evaluation.body.kind, evaluation.profile);
    } catch (error) {
      if (!(error instanceof EvaluationRefused)) throw error;
      io.stderr(t(args.lang, "cli.refused", { file, reason: formatRefusal(args.lang, error) }) + "\n");
      outputs.push(null);
      exit = EXIT_UNUSABLE;
      continue;
    }
    const result = scoreEvaluation(evaluation, issues);
    if (args.json) {
      outputs.push(toResultJson(result, args.lang, { trace: args.trace }));
    } else {
      if (args.files.length > 1) io.stdout(`== ${file}\n`);
      io.stdout(renderScoreTable(evaluation, result, args.lang) + (args.files.length > 1 ? "\n" : ""));
    }
  }
  if (args.json) io.stdout(JSON.stringify(args.files.length === 1 ? outputs[0] : outputs, null, 2) + "\n");
  return exit;
}

/** A reason on one line: JSON.parse quotes the file's text, newlines and control characters included. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ");
}

function readProfileOption(args: CliArgs) {
  try {
    return readProfile(profileObject(args.profile), "profile");
  } catch (error) {
    if (error instanceof EvaluationRefused) {
      throw new CliUsageError("cli.error.badProfile", { option: error.path.replace(/^profile\./, ""), reason: formatRefusal(args.lang, error) });
    }
    throw error;
  }
}

export function main(argv: readonly string[], io: CliIO = processIO): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    switch (args.command) {
      case "help":
        if (argv.length === 0) {
          io.stderr(t(args.lang, "cli.usage") + "\n");
          return EXIT_UNUSABLE;
        }
        io.stdout(t(args.lang, "cli.usage") + "\n");
        return EXIT_OK;
      case "version":
        io.stdout(`bagalau ${version()}\n`);
        return EXIT_OK;
      case "score":
        return score(args, io);
    }
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`bagalau: ${t(langFrom(argv), error.key, error.params)}\n`);
      return EXIT_UNUSABLE;
    }
    throw error;
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
