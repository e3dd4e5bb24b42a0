// Test builders for the scoring core: small raw `bagalau/evaluation@1` objects with sensible defaults,
// scored through the real parser and scorer, plus look-ups of issues and trace entries.

import { parseEvaluation, scoreEvaluation, type Issue, type IssueCode, type Result } from "../../src/core";

export type Raw = Record<string, unknown>;

/** A minimal valid evaluation of the given kind: no quality, no risks, no goals, no penalties. */
export function rawEvaluation(kind: "central" | "local" = "central", extra: Raw = {}): Raw {
  return {
    format: "bagalau/evaluation@1",
    body: { name: "Test body", kind, period: "2023" },
    ...extra,
  };
}

/** One indicator or direct result; `better` defaults to higher and `data` to official in the format. */
export function measure(plan: unknown, fact: unknown, extra: Raw = {}): Raw {
  return { name: "m", plan, fact, ...extra };
}

/** A goal with the given indicators and tasks (each task a list of results). */
export function goal(code: string, indicators: Raw[], tasks: Raw[][] = []): Raw {
  return {
    code,
    name: `goal ${code}`,
    indicators,
    tasks: tasks.map((results, i) => ({ code: `${code}.${i + 1}`, name: `task ${code}.${i + 1}`, results })),
  };
}

/** Parses and scores a raw evaluation, passing the parser's issues on as the CLI does. */
export function score(raw: Raw): Result {
  const parsed = parseEvaluation(raw);
  return scoreEvaluation(parsed.evaluation, parsed.issues);
}

export function issuesWith(result: { issues: Issue[] }, code: IssueCode): Issue[] {
  return result.issues.filter((issue) => issue.code === code);
}

export function codesOf(result: { issues: Issue[] }): IssueCode[] {
  return result.issues.map((issue) => issue.code);
}

/** Every number the result reports, by the trace path it should be explained under. */
export function resultNumbers(result: Result): [string, number | null][] {
  const out: [string, number | null][] = [["A", result.A]];
  for (const key of ["B", "C", "D", "E"] as const) {
    const c = result.criteria[key];
    if (!c) continue;
    out.push([key, c.coefficient]);
    if (c.points !== null) out.push([`criteria.${key}.points`, c.points]);
  }
  for (const key of ["late", "incomplete", "unreliable", "total"] as const) out.push([`W.${key}`, result.W[key]]);
  result.goals.forEach((g, i) => {
    out.push([`goals[${i}].K`, g.K], [`goals[${i}].Y`, g.Y], [`goals[${i}].X`, g.X]);
    g.indicators.forEach((m, j) => out.push([`goals[${i}].indicators[${j}].h`, m.value]));
    g.tasks.forEach((t, k) => {
      out.push([`goals[${i}].tasks[${k}].P`, t.P]);
      t.results.forEach((m, l) => out.push([`goals[${i}].tasks[${k}].results[${l}].p`, m.value]));
    });
  });
  result.quality.forEach((s, i) => {
    out.push([`quality[${i}].q`, s.q]);
    s.directions.forEach((d, j) => out.push([`quality[${i}].directions[${j}].q`, d.q]));
  });
  result.risks.forEach((r, i) => out.push([`risks[${i}].R`, r.R]));
  result.performance.forEach((p, i) => out.push([`performance[${i}].S`, p.S]));
  return out;
}
