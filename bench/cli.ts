// Benchmark: `bagalau score` of a 200,000-indicator evaluation JSON (--json and the table) against a bare
// node process that only reads and JSON.parse's the same file — each in its own process. Prints one JSON object.
// The file is the core benchmark's, shaped like a real one (about 22 issues per 100 indicators); the same
// is measured on an issue-heavy file too (plans often not improving on the base: 44 warnings per 100).
//
//   npm run bench:cli              (200,000 indicators, median of 5 runs of each)
//   npm run bench:cli -- 3         (runs)
//   npm run bench:cli -- 5 50000   (runs, indicators)

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bigEvaluationJson, syntheticEvaluation } from "./big-evaluation";

/** The repository: bin/bagalau.js runs the CLI compiled to lib/ (npm run build:cli). */
function repositoryRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "bin", "bagalau.js")) && fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/**
 * Preloaded into every measured process (`node -r`): at exit it writes the process's peak RSS (kB) to the
 * file named by BAGALAU_BENCH_RSS, the one figure a parent cannot read of a child in Node.
 */
const RSS_PRELOAD = `"use strict";
process.on("exit", () => require("fs").writeFileSync(process.env.BAGALAU_BENCH_RSS, String(process.resourceUsage().maxRSS)));
`;

/** Reads the file and parses it, nothing else: the floor any JSON-reading process pays. */
const BARE_PARSE = `JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))`;

interface Run {
  ms: number;
  peakRssMB: number;
  outputBytes: number;
}

interface Figures {
  ms: number;
  peakRssMB: number;
  outputMB: number;
  runs: number[];
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

class Runner {
  private readonly preload: string;
  private readonly rssFile: string;
  private readonly outFile: string;

  constructor(
    dir: string,
    private readonly root: string,
  ) {
    this.preload = path.join(dir, "peak-rss.js");
    this.rssFile = path.join(dir, "peak-rss.txt");
    this.outFile = path.join(dir, "stdout.txt");
    fs.writeFileSync(this.preload, RSS_PRELOAD);
  }

  /** One process: `node -r peak-rss.js ARGS`, stdout to a file, timed from spawn to exit. */
  run(args: string[], expectExit = 0): Run {
    const out = fs.openSync(this.outFile, "w");
    try {
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, ["-r", this.preload, ...args], {
        cwd: this.root,
        stdio: ["ignore", out, "pipe"],
        env: { ...process.env, BAGALAU_BENCH_RSS: this.rssFile },
        maxBuffer: 1 << 20,
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (child.status !== expectExit) throw new Error(`${args.join(" ")} exited ${child.status}: ${String(child.stderr)}`);
      return {
        ms,
        peakRssMB: Math.round((Number(fs.readFileSync(this.rssFile, "utf8")) / 1024) * 10) / 10,
        outputBytes: fs.fstatSync(out).size,
      };
    } finally {
      fs.closeSync(out);
    }
  }
}

function summary(list: Run[]): Figures {
  return {
    ms: Math.round(median(list.map((r) => r.ms))),
    peakRssMB: median(list.map((r) => r.peakRssMB)),
    outputMB: mb(median(list.map((r) => r.outputBytes))),
    runs: list.map((r) => Math.round(r.ms)),
  };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

async function main(runs: number, items: number): Promise<void> {
  const root = repositoryRoot();
  const cli = path.join(root, "bin", "bagalau.js");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-bench-cli-"));
  try {
    const file = path.join(dir, `evaluation-${items}.json`);
    fs.writeFileSync(file, JSON.stringify(syntheticEvaluation(items)));
    const heavy = path.join(dir, `issue-heavy-${items}.json`);
    fs.writeFileSync(heavy, JSON.stringify(bigEvaluationJson(items)));
    const tiny = path.join(root, "examples", "ministry-of-health.json");
    const runner = new Runner(dir, root);
    const measured = {
      bare: [] as Run[],
      json: [] as Run[],
      table: [] as Run[],
      heavyBare: [] as Run[],
      heavyJson: [] as Run[],
      tinyBare: [] as Run[],
      tinyJson: [] as Run[],
    };
    // Warm the file cache, then interleave the modes so that a busy moment hurts them alike.
    runner.run(["-e", BARE_PARSE, file]);
    for (let i = 0; i < runs; i++) {
      measured.bare.push(runner.run(["-e", BARE_PARSE, file]));
      measured.json.push(runner.run([cli, "score", "--json", file]));
      measured.table.push(runner.run([cli, "score", file]));
      measured.heavyBare.push(runner.run(["-e", BARE_PARSE, heavy]));
      measured.heavyJson.push(runner.run([cli, "score", "--json", heavy]));
      measured.tinyBare.push(runner.run(["-e", BARE_PARSE, tiny]));
      measured.tinyJson.push(runner.run([cli, "score", "--json", tiny]));
    }
    const bare = summary(measured.bare);
    const json = summary(measured.json);
    const table = summary(measured.table);
    const heavyBare = summary(measured.heavyBare);
    const heavyJson = summary(measured.heavyJson);
    const tinyBare = summary(measured.tinyBare);
    const tinyJson = summary(measured.tinyJson);
    const figures = {
      benchmark: "bagalau score vs bare JSON.parse",
      items,
      fileMB: mb(fs.statSync(file).size),
      runs,
      bare,
      json,
      table,
      ratio: {
        json: ratio(json.ms, bare.ms),
        table: ratio(table.ms, bare.ms),
        jsonPeakMemory: ratio(json.peakRssMB, bare.peakRssMB),
        tablePeakMemory: ratio(table.peakRssMB, bare.peakRssMB),
      },
      // The issue-heavy file: the output (every warning's message) is nearly as large as the input.
      issueHeavy: {
        fileMB: mb(fs.statSync(heavy).size),
        bare: heavyBare,
        json: heavyJson,
        ratio: { json: ratio(heavyJson.ms, heavyBare.ms), jsonPeakMemory: ratio(heavyJson.peakRssMB, heavyBare.peakRssMB) },
      },
      // The fixed cost of starting the CLI: the same two processes on examples/ministry-of-health.json.
      tinyFile: { file: path.relative(root, tiny), bareMs: tinyBare.ms, jsonMs: tinyJson.ms, jsonPeakRssMB: tinyJson.peakRssMB },
      goal: "ratio.json ≤ 1.5",
      node: process.version,
      cpus: os.cpus().length,
    };
    process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
const runs = Number(argv[0] ?? 5);
const items = Number(argv[1] ?? 200000);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(items) || items < 1) {
  process.stderr.write("usage: npm run bench:cli -- [RUNS] [ITEMS]\n");
  process.exit(2);
}
main(runs, items).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
