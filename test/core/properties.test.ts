// Property tests (fast-check) over arbitrary evaluations, central and local: numbers finite,
// coefficients in [0, 1], A ≤ 100, a better fact never lowers a score, excluded rows change no number,
// goal order does not change D, and the trace explains every number.

import fc from "fast-check";
import {
  boundDirection,
  isRange,
  parseEvaluation,
  scoreEvaluation,
  type Evaluation,
  type Measure,
  type Plan,
  type Result,
} from "../../src/core";
import { resultNumbers } from "./builders";
import { arbitraryRawEvaluation } from "./arbitrary-raw-evaluation";

const RUNS = { numRuns: 300 };

/** A parsed evaluation with its parse issues. */
const parsed = arbitraryRawEvaluation.map((raw) => parseEvaluation(raw));

const scoreOf = (p: { evaluation: Evaluation; issues: ReturnType<typeof parseEvaluation>["issues"] }): Result =>
  scoreEvaluation(p.evaluation, p.issues);

// ---- helpers ------------------------------------------------------------------------------------

/** Every coefficient of the result, by symbol, with the nulls of uncounted rows left out. */
function coefficients(result: Result): [string, number][] {
  const out: [string, number | null][] = [
    ["B", result.criteria.B.coefficient],
    ["D", result.criteria.D.coefficient],
  ];
  if (result.criteria.C) out.push(["C", result.criteria.C.coefficient]);
  if (result.criteria.E) out.push(["E", result.criteria.E.coefficient]);
  for (const g of result.goals) {
    out.push(["K", g.K], ["Y", g.Y], ["X", g.X]);
    for (const m of g.indicators) out.push(["h", m.value]);
    for (const t of g.tasks) {
      out.push(["P", t.P]);
      for (const m of t.results) out.push(["p", m.value]);
    }
  }
  for (const s of result.quality) {
    out.push(["q", s.q]);
    for (const d of s.directions) out.push(["q", d.q]);
  }
  for (const r of result.risks) out.push(["R", r.R]);
  for (const p of result.performance) out.push(["S", p.S]);
  return out.filter((x): x is [string, number] => x[1] !== null);
}

/** The numbers of a result that an added excluded row must leave alone. */
function numbersOf(result: Result) {
  return {
    A: result.A,
    criteria: result.criteria,
    W: result.W,
    goals: result.goals.map((g) => ({
      K: g.K,
      Y: g.Y,
      X: g.X,
      h: g.indicators.map((m) => m.value),
      P: g.tasks.map((t) => t.P),
      p: g.tasks.map((t) => t.results.map((m) => m.value)),
    })),
    quality: result.quality,
    risks: result.risks,
    performance: result.performance,
  };
}

/** A goal to work on: the evaluation's own when it has one, else an empty goal added first. */
function withAGoal(evaluation: Evaluation): Evaluation {
  const copy = structuredClone(evaluation);
  if (copy.goals.length === 0) copy.goals.push({ code: "1", name: "", indicators: [], tasks: [] });
  return copy;
}

type Place = { kind: "indicator"; goal: number; index: number } | { kind: "result"; goal: number; task: number; index: number };

function measureAt(evaluation: Evaluation, place: Place): Measure {
  const g = evaluation.goals[place.goal];
  return place.kind === "indicator" ? g.indicators[place.index] : g.tasks[place.task].results[place.index];
}

function valueAt(result: Result, place: Place): number | null {
  const g = result.goals[place.goal];
  return place.kind === "indicator" ? g.indicators[place.index].value : g.tasks[place.task].results[place.index].value;
}

/** The places of the measures that are counted (a plan, a fact, data not "none"). */
function countedPlaces(evaluation: Evaluation): Place[] {
  const places: Place[] = [];
  // A plan written as a range has no better direction (inside is best): moving a fact can leave the range.
  const counted = (m: Measure) => m.plan !== null && m.fact !== null && m.data !== "none" && !isRange(m.plan);
  evaluation.goals.forEach((g, gi) => {
    g.indicators.forEach((m, i) => counted(m) && places.push({ kind: "indicator", goal: gi, index: i }));
    g.tasks.forEach((t, ti) => t.results.forEach((m, i) => counted(m) && places.push({ kind: "result", goal: gi, task: ti, index: i })));
  });
  return places;
}

// ---- properties ---------------------------------------------------------------------------------

describe("every evaluation", () => {
  test("all numbers are finite; every coefficient is in [0, 1]; A ≤ 100; W in [0, 8.5]", () => {
    fc.assert(
      fc.property(parsed, (p) => {
        const result = scoreOf(p);
        for (const [path, value] of resultNumbers(result)) {
          if (value !== null && !Number.isFinite(value)) throw new Error(`${path} = ${value}`);
        }
        for (const [symbol, value] of coefficients(result)) {
          if (!(value >= 0 && value <= 1)) throw new Error(`${symbol} = ${value} is outside [0, 1]`);
        }
        expect(result.A).toBeLessThanOrEqual(100 + 1e-9);
        expect(result.W.total).toBeGreaterThanOrEqual(0);
        expect(result.W.total).toBeLessThanOrEqual(1.5 + 2 + 5);
        expect(result.criteria.C === null).toBe(result.kind === "local");
        expect(result.criteria.E === null).toBe(result.kind === "central");
      }),
      RUNS,
    );
  });

  test("the points of the criteria minus W equal A", () => {
    fc.assert(
      fc.property(parsed, (p) => {
        const { criteria, W, A } = scoreOf(p);
        const points = criteria.B.points + (criteria.C?.points ?? 0) + criteria.D.points;
        expect(points - W.total).toBe(A);
      }),
      RUNS,
    );
  });

  test("the trace explains every number, and every part points to an existing entry", () => {
    fc.assert(
      fc.property(parsed, (p) => {
        const result = scoreOf(p);
        for (const [path, value] of resultNumbers(result)) {
          const entry = result.trace[path];
          if (!entry || !Object.is(entry.value, value)) throw new Error(`no matching trace entry for ${path}`);
        }
        for (const entry of Object.values(result.trace)) {
          for (const part of entry.parts) if (!(part in result.trace)) throw new Error(`${entry.path} → ${part} missing`);
        }
        expect(result.trace.D.parts).toEqual(result.goals.flatMap((g, i) => (g.X === null ? [] : [`goals[${i}].X`])));
      }),
      RUNS,
    );
  });
});

describe("a fact moved in its better direction", () => {
  test("never lowers h (or p), K, D or A", () => {
    fc.assert(
      fc.property(parsed, fc.nat(), fc.double({ min: 0, max: 1e4, noNaN: true }), (p, pick, delta) => {
        const places = countedPlaces(p.evaluation);
        fc.pre(places.length > 0);
        const place = places[pick % places.length];
        const moved = structuredClone(p.evaluation);
        const m = measureAt(moved, place);
        // The better direction is the row's, or the one a bound in the plan sets (§2a).
        const better = boundDirection(m.plan as Plan) ?? m.better;
        m.fact = (m.fact as number) + (better === "higher" ? delta : -delta);
        const before = scoreEvaluation(p.evaluation);
        const after = scoreEvaluation(moved);
        expect(valueAt(after, place)!).toBeGreaterThanOrEqual(valueAt(before, place)!);
        const K0 = before.goals[place.goal].K;
        const K1 = after.goals[place.goal].K;
        if (K0 !== null) expect(K1!).toBeGreaterThanOrEqual(K0);
        expect(after.criteria.D.coefficient).toBeGreaterThanOrEqual(before.criteria.D.coefficient);
        expect(after.A).toBeGreaterThanOrEqual(before.A);
      }),
      RUNS,
    );
  });
});

describe("an excluded row added", () => {
  /** A row that §24 excludes: no plan, data "none", or no fact, with any other values. */
  const excludedRow = fc
    .tuple(
      fc.constantFrom("PLAN_MISSING", "DATA_NONE", "FACT_MISSING"),
      fc.constantFrom<"higher" | "lower">("higher", "lower"),
      fc.integer({ min: -5, max: 50 }),
      fc.integer({ min: -5, max: 50 }),
      fc.integer({ min: -5, max: 50 }),
      fc.constantFrom<Measure["data"]>("official", "operational", "none"),
    )
    .map(([why, b, base, plan, fact, d]): [string, Measure] => [
      why,
      {
        name: "added",
        better: b,
        base,
        plan: why === "PLAN_MISSING" ? null : plan,
        fact: why === "FACT_MISSING" ? null : fact,
        // no plan excludes whatever the data; no fact excludes only rows whose data are not "none"
        data: why === "DATA_NONE" ? "none" : why === "FACT_MISSING" && d === "none" ? "official" : d,
      },
    ]);

  test("as a target indicator, anywhere in a goal: no number changes, only an issue is added", () => {
    fc.assert(
      fc.property(parsed, excludedRow, fc.nat(), fc.nat(), (p, [why, row], goalPick, positionPick) => {
        const base = withAGoal(p.evaluation);
        const gi = goalPick % base.goals.length;
        const position = positionPick % (base.goals[gi].indicators.length + 1);
        const added = structuredClone(base);
        added.goals[gi].indicators.splice(position, 0, row);
        const before = scoreEvaluation(base);
        const after = scoreEvaluation(added);
        expect(after.goals[gi].indicators[position].value).toBeNull();
        expect(after.goals[gi].indicators[position].excluded).toBe(why);
        after.goals[gi].indicators.splice(position, 1);
        expect(numbersOf(after)).toEqual(numbersOf(before));
        expect(after.issues.length).toBeGreaterThan(before.issues.length);
        expect(after.issues.some((i) => i.code === why && i.path === `goals[${gi}].indicators[${position}]`)).toBe(true);
      }),
      RUNS,
    );
  });

  test("as a direct result of a task: no number changes", () => {
    fc.assert(
      fc.property(parsed, excludedRow, fc.nat(), (p, [why, row], pick) => {
        const base = withAGoal(p.evaluation);
        const gi = pick % base.goals.length;
        if (base.goals[gi].tasks.length === 0) base.goals[gi].tasks.push({ code: "t", name: "", results: [] });
        const added = structuredClone(base);
        added.goals[gi].tasks[0].results.push(row);
        const before = scoreEvaluation(base);
        const after = scoreEvaluation(added);
        expect(after.goals[gi].tasks[0].results.pop()).toEqual({ value: null, excluded: why });
        expect(numbersOf(after)).toEqual(numbersOf(before));
      }),
      RUNS,
    );
  });
});

describe("the order of goals", () => {
  test("does not change D (up to the rounding of a sum) nor any goal's K, Y, X", () => {
    fc.assert(
      fc.property(parsed, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), (p, keys) => {
        const order = p.evaluation.goals.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
        const shuffled = structuredClone(p.evaluation);
        shuffled.goals = order.map((i) => p.evaluation.goals[i]);
        const before = scoreEvaluation(p.evaluation);
        const after = scoreEvaluation(shuffled);
        expect(Math.abs(after.criteria.D.coefficient - before.criteria.D.coefficient)).toBeLessThanOrEqual(1e-12);
        order.forEach((i, j) => {
          const { K, Y, X } = after.goals[j];
          expect({ K, Y, X }).toEqual({ K: before.goals[i].K, Y: before.goals[i].Y, X: before.goals[i].X });
        });
      }),
      RUNS,
    );
  });
});
