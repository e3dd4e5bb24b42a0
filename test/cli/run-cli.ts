// Running the built `bagalau` command as a user does (node bin/bagalau.js …) for the CLI tests, and
// the shared look-ups they need: fixture paths, the in-process core result, message templates.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseEvaluationText, readProfile, scoreEvaluation, toResultJson, type ProfileInput, type ResultJson } from "../../src/core";
import { DICTIONARIES, type Lang, type MessageKey, resultMessages } from "../../src/i18n";

export const root = path.resolve(__dirname, "../..");
export const fixture = (name: string) => `test/fixtures/cli/${name}`;
export const MINISTRY = "examples/ministry-of-health.json";
export const ZHAMBYL = "examples/zhambyl-oblast.json";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(...args: string[]): CliRun {
  const out = spawnSync(process.execPath, [path.join(root, "bin/bagalau.js"), ...args], { cwd: root, encoding: "utf8" });
  if (out.error) throw out.error;
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

function newestMtime(dir: string, ext: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, ext));
    else if (entry.name.endsWith(ext)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const CLI_ENTRY = path.join(root, "lib/cli/bagalau.js");

/** lib/ is missing or older than a source it is compiled from (tsconfig.cli.json and what src/cli imports). */
function libIsStale(): boolean {
  if (!fs.existsSync(CLI_ENTRY)) return true;
  const sources = ["core", "i18n", "data", "cli", "workbook"].map((d) => newestMtime(path.join(root, "src", d), ".ts"));
  return fs.statSync(CLI_ENTRY).mtimeMs < Math.max(...sources, fs.statSync(path.join(root, "tsconfig.cli.json")).mtimeMs);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The CLI tests run lib/, as a user does after `npm run build`. When lib/ is older than src/ (someone
 * edited a source and ran jest alone), compile it once, as `npm run build:cli` does, so that the tests
 * never judge old code; a lock keeps parallel test files from compiling at the same time. Type errors
 * do not stop tsc from emitting; `npm run typecheck` reports them.
 */
export function ensureBuilt(): void {
  if (!libIsStale()) return;
  const lock = path.join(os.tmpdir(), `bagalau-cli-build-${Buffer.from(root).toString("hex").slice(-32)}.lock`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(100);
    }
  }
  try {
    if (!libIsStale()) return;
    spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
      cwd: root,
      encoding: "utf8",
    });
    if (!fs.existsSync(CLI_ENTRY)) throw new Error("`npm run build` did not produce lib/cli/bagalau.js");
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** What the core itself makes of a file: the bagalau/result@1 object the CLI must print. */
export function coreResult(file: string, lang: Lang = "kk", profile: Record<string, unknown> = {}, trace = false): ResultJson {
  const parsed = parseEvaluationText(fs.readFileSync(path.join(root, file), "utf8"));
  const override: ProfileInput = readProfile(profile);
  const evaluation = parsed.evaluation;
  evaluation.profile = { ...evaluation.profile, ...override, weights: { ...evaluation.profile.weights, ...override.weights } };
  return toResultJson(scoreEvaluation(evaluation, parsed.issues), resultMessages(lang), { trace });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A message template of the dictionary as a regular-expression source: a placeholder given as text
 * matches that text, one given as a RegExp matches that pattern, any other matches any text.
 */
export function messagePattern(lang: Lang, key: MessageKey, known: Record<string, string | RegExp> = {}): string {
  return DICTIONARIES[lang][key]
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return escapeRegex(part);
      const value = known[m[1]];
      if (value === undefined) return ".+";
      return typeof value === "string" ? escapeRegex(value) : value.source;
    })
    .join("");
}

/** The single stderr line of a refused file: «file: cannot be scored: reason» in the language. */
export function refusalLine(lang: Lang, file: string, reasonKey: MessageKey, reasonParams: Record<string, string | RegExp> = {}): RegExp {
  const reason = new RegExp(messagePattern(lang, reasonKey, reasonParams));
  return new RegExp(`^${messagePattern(lang, "cli.refused", { file, reason })}\\n$`);
}

/** The stderr line of a command-line mistake: «bagalau: message» in the language. */
export function usageLine(lang: Lang, key: MessageKey, params: Record<string, string | RegExp> = {}): RegExp {
  return new RegExp(`^bagalau: ${messagePattern(lang, key, params)}\\n$`);
}

/** stderr is exactly one line, with no stack trace. */
export function expectOneLine(stderr: string): void {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.slice(0, -1)).not.toContain("\n");
  expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
}
