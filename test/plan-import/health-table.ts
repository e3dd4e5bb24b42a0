// The Ministry of Health's published table (test/fixtures/plans/health-2010-2014.tsv, a copy of
// ../shared/plans/) read as the tests expect it: each row's codes, level, name and year cells verbatim.

import * as fs from "fs";
import * as path from "path";

export const PLANS = path.resolve(__dirname, "../fixtures/plans");

export interface HealthRow {
  id: string;
  direction: string;
  goalCode: string;
  level: "indicator" | "result";
  taskCode: string;
  name: string;
  unit: string;
  /** Year heading («2009 г.») → the cell as published, a line break a real one. */
  years: Record<string, string>;
}

export function healthRows(): HealthRow[] {
  const lines = fs
    .readFileSync(path.join(PLANS, "health-2010-2014.tsv"), "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"));
  const header = lines[0].split("\t");
  return lines.slice(1).map((line) => {
    const f = line.split("\t").map((cell) => cell.replace(/\\n/g, "\n"));
    const at = (name: string) => f[header.indexOf(name)] ?? "";
    const years: Record<string, string> = {};
    for (const name of header.filter((h) => /^\d{4} г\.$/.test(h))) years[name] = at(name);
    return {
      id: at("row"),
      direction: at("strategic_direction"),
      goalCode: at("goal_code"),
      level: at("level") as HealthRow["level"],
      taskCode: at("task_code"),
      name: at("name_raw"),
      unit: at("unit_raw"),
      years,
    };
  });
}

/** The rows published with two values per cell, and their values for 2009 and 2010 (read off the TSV by hand). */
export const HEALTH_PAIRS: Record<string, { base: string[]; plan: string[] }> = {
  R3: { base: ["70,0", "76,5"], plan: ["70,2", "76,7"] },
  R14: { base: ["96", "97"], plan: ["94", "92"] },
  R16: { base: ["15", "85"], plan: ["17", "87"] },
  R55: { base: ["5083", "1546"], plan: ["4749", "1504"] },
};
