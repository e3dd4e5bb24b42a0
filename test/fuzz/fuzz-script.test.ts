// The fuzz script keeps working: compiled as `npm run fuzz` compiles it, run with a few hundred runs,
// it exits 0 and ends with its JSON summary (runs split 3:1 between evaluations and junk, the seed echoed).
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "node_modules/.cache/bagalau-fuzz/scripts/fuzz.js");

function fuzz(...args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8" });
  const lines = run.stdout.trim().split("\n");
  return { status: run.status, stderr: run.stderr, lines, summary: JSON.parse(lines[lines.length - 1] || "null") };
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "scripts/fuzz.tsconfig.json"], {
    cwd: root,
    stdio: "pipe",
  });
}, 180_000);

test("500 runs with the default seed: exit 0, one summary line with every invariant counted", () => {
  const { status, lines, summary, stderr } = fuzz("--runs", "500");
  expect(stderr).toBe("");
  expect(status).toBe(0);
  expect(lines).toHaveLength(1);
  expect(summary).toMatchObject({ runs: 500, evaluationRuns: 375, junkRuns: 125, seed: 20240808, failures: 0 }); // 500 − ⌊500 / 4⌋ = 375
  // Speed figures, reported but not judged here (their values depend on the machine).
  expect(Number.isFinite(summary.ms)).toBe(true);
  expect(Number.isFinite(summary.runsPerSecond)).toBe(true);
  for (const invariant of [
    "finiteNumbers",
    "coefficientsInUnitInterval",
    "penaltiesWithinCaps",
    "totalFromCriteria",
    "matchesReference",
    "excludedRowsInert",
    "traceComplete",
    "lossless",
    "issueMessages",
  ]) {
    expect(summary.invariants[invariant]).toBeGreaterThan(0);
  }
  // every valid evaluation is scored; each junk text is refused or scored
  expect(summary.invariants.evaluationRuns).toBe(375);
  expect(summary.invariants.junkRefused + summary.invariants.junkScored).toBe(125);
}, 120_000);

test("--seed is echoed and the same seed gives the same runs", () => {
  const a = fuzz("--runs", "40", "--seed", "7").summary;
  const b = fuzz("--runs", "40", "--seed", "7").summary;
  expect(a.seed).toBe(7);
  expect(a.invariants).toEqual(b.invariants);
}, 120_000);

test("a bad option is a usage error (exit 2)", () => {
  const run = spawnSync(process.execPath, [script, "--runs", "many"], { encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--runs needs a whole number/);
});
