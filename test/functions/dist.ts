// The built add-in in dist/ for the tests that check it: `npm test` builds once before jest runs;
// a missing file means the build did not run (run `npm run build`).

import fs from "fs";
import path from "path";

/** The repository: the nearest folder above this file with a package.json outside node_modules (also when a benchmark runs this file compiled under node_modules/.cache). */
function repositoryRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (!dir.split(path.sep).includes("node_modules") && fs.existsSync(path.join(dir, "package.json"))) return dir;
  }
  return path.join(from, "..", "..");
}

export const DIST = path.join(repositoryRoot(__dirname), "dist");

export function distPath(file: string): string {
  const full = path.join(DIST, file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` before these tests (npm test does).`);
  return full;
}

export function readDist(file: string): string {
  return fs.readFileSync(distPath(file), "utf8");
}

export function readDistJson<T = unknown>(file: string): T {
  return JSON.parse(readDist(file)) as T;
}
