// The `bagalau score` command end to end: the built bin/bagalau.js run as a user runs it.
import { spawnSync } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin/bagalau.js"), ...args], { cwd: root, encoding: "utf8" });

test("scores the ministry example and prints the Kazakh table", () => {
  const out = run("score", "examples/ministry-of-health.json");
  expect(out.status).toBe(0);
  expect(out.stdout).toContain("Жалпы баға A");
});
