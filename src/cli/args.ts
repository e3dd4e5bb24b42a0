// The command line's words: the command, the files, and the options, checked before anything runs.
// Mistakes become a CliUsageError carrying an i18n key, so they are reported in the chosen language.

import type { MessageKey } from "../i18n";
import { DEFAULT_LANG, isLang, type Lang } from "../i18n";

export class CliUsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = "CliUsageError";
  }
}

export interface CliArgs {
  command: "score" | "help" | "version";
  files: string[];
  json: boolean;
  trace: boolean;
  lang: Lang;
  /** Raw key=value profile options, in order. */
  profile: string[];
}

const VALUE_OPTIONS = new Set(["--lang", "--profile"]);

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: "help", files: [], json: false, trace: false, lang: DEFAULT_LANG, profile: [] };
  const words: string[] = [];
  let langText: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const eq = word.indexOf("=");
    const name = word.startsWith("--") && eq > 0 ? word.slice(0, eq) : word;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 && word.startsWith("--") ? word.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new CliUsageError("cli.error.missingValue", { option: name });
      if (name === "--lang") langText = value;
      else args.profile.push(value);
    } else if (word === "--json") args.json = true;
    else if (word === "--trace") args.trace = true;
    else if (word === "--help" || word === "-h") return { ...args, command: "help", lang: langOf(langText ?? laterLang(argv, i + 1)) };
    else if (word === "--version" || word === "-v") return { ...args, command: "version" };
    else if (word.startsWith("-") && word !== "-") throw new CliUsageError("cli.error.unknownOption", { option: word });
    else words.push(word);
  }
  args.lang = langOf(langText);
  if (words.length === 0) return args;
  const [command, ...files] = words;
  if (command !== "score") throw new CliUsageError("cli.error.unknownCommand", { command });
  if (files.length === 0) throw new CliUsageError("cli.error.noFiles");
  return { ...args, command, files };
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

const PROFILE_KEYS = ["qualityRule", "indicatorRule", "resultRule", "penaltyCapScope", "unreliableThreshold", "weights.B", "weights.C", "weights.D"];

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
