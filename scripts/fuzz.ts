// The fuzz script: many random evaluations through the scoring core (parse → score → result JSON) and
// random junk JSON through the parser, with every invariant of test/fuzz/core-invariants.ts checked each run.
//
//   npm run fuzz                          (100,000 runs, the fixed default seed)
//   npm run fuzz -- --runs 500 --seed 42
//   npm run fuzz -- --quick               (2,000 runs)
//
// Three runs in four are valid evaluations, one in four is junk. On a failure it prints the seed, the run
// index and fast-check's shrunk counterexample as JSON and exits 1. The last line is a JSON summary.

import fc from "fast-check";
import { EvaluationRefused, parseEvaluation, parseEvaluationText } from "../src/core";
import { LANGS } from "../src/i18n";
import { arbitraryRawEvaluation } from "../test/core/arbitrary-raw-evaluation";
import { arbitraryJunkText } from "../test/fuzz/junk-evaluation";
import { checkScoredEvaluation, type InvariantCounts } from "../test/fuzz/core-invariants";
import { checkRefusalMessage } from "../test/fuzz/placeholders";

const DEFAULT_RUNS = 100_000;
const QUICK_RUNS = 2_000;
/** The default seed, fixed so that a CI run is reproducible; --seed picks another. */
const DEFAULT_SEED = 20240808;

interface Options {
  runs: number;
  seed: number;
}

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- [--runs N] [--seed S] [--quick]\n`);
  process.exit(2);
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { runs: DEFAULT_RUNS, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || !/^-?\d+$/.test(v)) usage(`${arg} needs a whole number`);
      return Number(v);
    };
    if (arg === "--runs") options.runs = value();
    else if (arg === "--seed") options.seed = value();
    else if (arg === "--quick") options.runs = QUICK_RUNS;
    else usage(`unknown option ${arg}`);
  }
  if (options.runs < 1) usage("--runs must be at least 1");
  return options;
}

/** JSON of a counterexample, keeping what plain JSON would lose (−0, undefined, non-finite numbers). */
function counterexampleJson(value: unknown): string {
  return JSON.stringify(value, (_key: string, v: unknown): unknown => {
    if (typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v))) return { $number: Object.is(v, -0) ? "-0" : String(v) };
    if (v === undefined) return { $undefined: true };
    return v;
  });
}

function main(): number {
  const { runs, seed } = parseOptions(process.argv.slice(2));
  const junkRuns = Math.floor(runs / 4);
  const evaluationRuns = runs - junkRuns;
  const counts: InvariantCounts = {};
  const tally = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);

  const evaluationProperty = fc.property(arbitraryRawEvaluation, fc.boolean(), fc.constantFrom(...LANGS), (raw, viaText, lang) => {
    // through the text entry (as the CLI reads a file) or the object entry (keeps −0 and exact doubles)
    const parsed = viaText ? parseEvaluationText(JSON.stringify(raw)) : parseEvaluation(raw);
    checkScoredEvaluation(parsed, lang, counts);
    tally("evaluationRuns");
  });

  const junkProperty = fc.property(arbitraryJunkText, fc.constantFrom(...LANGS), (text, lang) => {
    let parsed;
    try {
      parsed = parseEvaluationText(text);
    } catch (error) {
      if (!(error instanceof EvaluationRefused)) throw error;
      checkRefusalMessage(error);
      tally("junkRefused");
      return;
    }
    checkScoredEvaluation(parsed, lang, counts);
    tally("junkScored");
  });

  const started = performance.now();
  const failures: unknown[] = [];
  const check = <T extends [unknown, ...unknown[]]>(name: string, property: fc.IProperty<T>, numRuns: number) => {
    if (numRuns === 0) return;
    const details = fc.check(property, { numRuns, seed });
    if (details.failed) {
      const error =
        details.errorInstance instanceof Error
          ? `${details.errorInstance.name}: ${details.errorInstance.message}`
          : String(details.errorInstance);
      failures.push({
        property: name,
        seed,
        runIndex: details.numRuns - 1,
        shrinks: details.numShrinks,
        path: details.counterexamplePath,
        error,
        counterexample: JSON.parse(counterexampleJson(details.counterexample)) as unknown,
      });
      process.stdout.write(`${JSON.stringify({ failure: failures[failures.length - 1] })}\n`);
    }
  };
  check("evaluation", evaluationProperty, evaluationRuns);
  check("junk", junkProperty, junkRuns);
  const ms = Math.round(performance.now() - started);
  const summary = {
    runs,
    evaluationRuns,
    junkRuns,
    seed,
    failures: failures.length,
    ms,
    runsPerSecond: Math.round((runs / Math.max(ms, 1)) * 1000),
    invariants: counts,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
