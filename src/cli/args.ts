// The command line's words: the command, the files, and the options, checked before anything runs.
// Mistakes become a CliUsageError carrying an i18n key, so they are reported in the chosen language.

import type { Kind } from "../core";
import type { MessageKey } from "../i18n";
import { DEFAULT_LANG, isLang, type Lang } from "../i18n";
import { TEMPLATE_SHAPE_LIMITS } from "../workbook/workbook-services";

export class CliUsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = "CliUsageError";
  }
}

export const COMMANDS = ["score", "check", "template", "fill", "conclusion", "bodies", "history", "import-plan", "next-period"] as const;
export type FileCommand = (typeof COMMANDS)[number];

export interface CliArgs {
  command: FileCommand | "help" | "version";
  files: string[];
  json: boolean;
  trace: boolean;
  lang: Lang;
  /** Raw key=value profile options, in order. */
  profile: string[];
  /** -o / --output: the workbook to write. */
  output?: string;
  /** --kind of a template. */
  kind?: Kind;
  /** --body: a key of App. 2 (src/data/central-bodies.ts). */
  body?: string;
  /** --today: the date a check compares the deadline with, and the appeal's days left are counted from (YYYY-MM-DD). */
  today?: string;
  /** --ranking: the evaluators' ranking workbook to write after scoring. */
  ranking?: string;
  /** --year of import-plan: the plan's column to import (the base from the year before). */
  year?: number;
  /** --plan of next-period: the plan's own table (.xlsx or .docx) the next period's plans come from. */
  plan?: string;
  /** --goals and --tasks of a template: how many goal blocks, and task blocks in each, it begins with. */
  goals?: number;
  tasks?: number;
}

type OptionName =
  | "--lang"
  | "--profile"
  | "--output"
  | "--kind"
  | "--body"
  | "--today"
  | "--ranking"
  | "--json"
  | "--trace"
  | "--year"
  | "--plan"
  | "--goals"
  | "--tasks";

const VALUE_OPTIONS = new Set<string>([
  "--lang",
  "--profile",
  "--output",
  "-o",
  "--kind",
  "--body",
  "--today",
  "--ranking",
  "--year",
  "--plan",
  "--goals",
  "--tasks",
]);
const ALIASES: Record<string, OptionName> = { "-o": "--output" };

/** The options each command accepts, besides --lang, --help and --version. */
const ACCEPTS: Record<FileCommand, readonly OptionName[]> = {
  score: ["--json", "--trace", "--profile", "--ranking", "--today"],
  check: ["--json", "--today", "--output"],
  template: ["--kind", "--body", "--output", "--goals", "--tasks"],
  fill: ["--output"],
  conclusion: ["--output", "--today"],
  bodies: [],
  history: ["--json", "--output", "--today"],
  "import-plan": ["--year", "--kind", "--body", "--output"],
  "next-period": ["--plan", "--output", "--today"],
};

/** How many files each command takes: [least, most]. */
const FILE_COUNT: Record<FileCommand, [number, number]> = {
  score: [1, Infinity],
  check: [1, 1],
  template: [0, 0],
  fill: [1, 1],
  conclusion: [1, 1],
  bodies: [0, 0],
  history: [1, Infinity],
  "import-plan": [1, 1],
  "next-period": [1, 1],
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: "help", files: [], json: false, trace: false, lang: DEFAULT_LANG, profile: [] };
  const words: string[] = [];
  const given: { name: OptionName; raw: string }[] = [];
  let langText: string | undefined;
  let kindText: string | undefined;
  let yearText: string | undefined;
  const counts: Partial<Record<"--goals" | "--tasks", string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const eq = word.indexOf("=");
    const raw = word.startsWith("--") && eq > 0 ? word.slice(0, eq) : word;
    if (VALUE_OPTIONS.has(raw)) {
      const name = ALIASES[raw] ?? raw;
      const value = eq > 0 && word.startsWith("--") ? word.slice(eq + 1) : argv[++i];
      if (value === undefined || (value === "" && name !== "--profile")) throw new CliUsageError("cli.error.missingValue", { option: raw });
      given.push({ name, raw });
      if (name === "--lang") langText = value;
      else if (name === "--profile") args.profile.push(value);
      else if (name === "--output") args.output = value;
      else if (name === "--kind") kindText = value;
      else if (name === "--body") args.body = value;
      else if (name === "--today") args.today = value;
      else if (name === "--ranking") args.ranking = value;
      else if (name === "--year") yearText = value;
      else if (name === "--plan") args.plan = value;
      else if (name === "--goals" || name === "--tasks") counts[name] = value;
    } else if (word === "--json") {
      args.json = true;
      given.push({ name: "--json", raw: word });
    } else if (word === "--trace") {
      args.trace = true;
      given.push({ name: "--trace", raw: word });
    } else if (word === "--help" || word === "-h") return { ...args, command: "help", lang: langOf(langText ?? laterLang(argv, i + 1)) };
    else if (word === "--version" || word === "-v") return { ...args, command: "version" };
    else if (word.startsWith("-") && word !== "-") throw new CliUsageError("cli.error.unknownOption", { option: word });
    else words.push(word);
  }
  args.lang = langOf(langText);
  if (words.length === 0) return args;
  const [command, ...files] = words;
  if (command === "help") return { ...args, command: "help" };
  if (!(COMMANDS as readonly string[]).includes(command)) throw new CliUsageError("cli.error.unknownCommand", { command });
  const cmd = command as FileCommand;
  for (const option of given) {
    if (option.name !== "--lang" && !ACCEPTS[cmd].includes(option.name))
      throw new CliUsageError("cli.error.optionNotFor", { option: option.raw, command: cmd });
  }
  const [least, most] = FILE_COUNT[cmd];
  if (files.length < least)
    throw new CliUsageError(cmd === "score" ? "cli.error.noFiles" : cmd === "history" ? "cli.error.noHistoryFiles" : "cli.error.oneFile", {
      command: cmd,
    });
  if (files.length > most)
    throw new CliUsageError(most === 0 ? "cli.error.noFilesExpected" : "cli.error.oneFile", { command: cmd, file: files[most] });
  if (
    (cmd === "fill" || cmd === "conclusion" || cmd === "template" || cmd === "import-plan" || cmd === "next-period") &&
    args.output === undefined
  )
    throw new CliUsageError("cli.error.outputRequired", { command: cmd });
  if (cmd === "import-plan") {
    if (yearText === undefined) throw new CliUsageError("cli.error.yearRequired");
    if (!/^\d{4}$/.test(yearText.trim())) throw new CliUsageError("cli.error.badYear", { year: yearText });
    args.year = Number(yearText.trim());
  }
  if (cmd === "template" || cmd === "import-plan") {
    if (cmd === "template" && kindText === undefined && args.body === undefined) throw new CliUsageError("cli.error.kindRequired");
    const kind = kindText ?? "central";
    if (kind !== "central" && kind !== "local") throw new CliUsageError("cli.error.badKind", { kind });
    if (kind === "local" && args.body !== undefined) throw new CliUsageError("cli.error.bodyIsCentral", { body: args.body });
    args.kind = kind;
  }
  if (counts["--goals"] !== undefined) args.goals = countOption("--goals", counts["--goals"], TEMPLATE_SHAPE_LIMITS.goals);
  if (counts["--tasks"] !== undefined) args.tasks = countOption("--tasks", counts["--tasks"], TEMPLATE_SHAPE_LIMITS.tasks);
  if (args.today !== undefined && !ISO_DATE.test(args.today)) throw new CliUsageError("cli.error.badToday", { today: args.today });
  return { ...args, command: cmd, files };
}

/** A whole number within the limits, or a usage error naming the option and the limits. */
function countOption(option: string, text: string, limits: { min: number; max: number }): number {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value < limits.min || value > limits.max)
    throw new CliUsageError("cli.error.badCount", { option, value: text, min: String(limits.min), max: String(limits.max) });
  return value;
}

/** The value of a --lang given after `from` (help stops reading options, but not the language). */
function laterLang(argv: readonly string[], from: number): string | undefined {
  for (let i = from; i < argv.length; i++) {
    if (argv[i] === "--lang") return argv[i + 1];
    if (argv[i].startsWith("--lang=")) return argv[i].slice("--lang=".length);
  }
  return undefined;
}

function langOf(text: string | undefined): Lang {
  if (text === undefined) return DEFAULT_LANG;
  if (!isLang(text)) throw new CliUsageError("cli.error.badLang", { lang: text });
  return text;
}

const PROFILE_KEYS = [
  "qualityRule",
  "indicatorRule",
  "resultRule",
  "rangeRule",
  "penaltyCapScope",
  "unreliableThreshold",
  "weights.B",
  "weights.C",
  "weights.D",
];

/** `key=value` pairs as a profile object: `weights.B=0.2` nests, numbers stay numbers. */
export function profileObject(pairs: readonly string[]): Record<string, unknown> {
  const profile: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new CliUsageError("cli.error.badProfile", { option: pair, reason: "key=value" });
    const key = pair.slice(0, eq).trim();
    const text = pair.slice(eq + 1).trim();
    if (!PROFILE_KEYS.includes(key)) {
      throw new CliUsageError("cli.error.badProfile", { option: pair, reason: PROFILE_KEYS.join(", ") });
    }
    const value = text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    if (key.startsWith("weights.")) {
      const weights = (profile.weights ?? {}) as Record<string, unknown>;
      weights[key.slice("weights.".length)] = value;
      profile.weights = weights;
    } else {
      profile[key] = value;
    }
  }
  return profile;
}
