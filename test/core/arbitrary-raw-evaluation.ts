// fast-check generators of raw `bagalau/evaluation@1` values that the parser must accept: central and
// local bodies, every profile option, edge numbers (zero, −0, negative, huge, tiny, as text), reorganizations.
//
// Shared by the core property tests (test/core/properties.test.ts) and the fuzz script (scripts/fuzz.ts).
// Every value drawn here parses without refusal: weights add up to 1 for the body's kind, dates are real
// days, an App. 4 key not in the table comes with its `better`. Junk that must be refused lives in
// test/fuzz/junk-evaluation.ts.

import fc from "fast-check";
import type { Raw } from "./builders";

/** A numeric field: mostly numbers (zero and negatives included), sometimes missing, text or junk. */
const arbitraryNumberValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -50, max: 150 }) },
  { weight: 4, arbitrary: fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }) },
  { weight: 2, arbitrary: fc.constant(null) },
  // text as planners type it (readable with NUMBER_AS_TEXT, or not: NOT_A_NUMBER), and values of another type
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "5,2",
      "1 234,5",
      "\u22123",
      "1.234,5",
      "1,234.5",
      " 12 ",
      "-0",
      "\u22120,0",
      "1e400",
      "12,5%",
      "n/a",
      "",
      true,
      false,
      {},
      [1],
    ),
  },
  // the whole range of finite doubles: huge, tiny and subnormal values must not overflow into NaN
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1.7e308, -1.7e308, Number.MAX_VALUE, 5e-324, -5e-324, 1e-300, Number.EPSILON, 2 ** 53 + 2),
  },
);

/**
 * A plan: any numeric value, or a plan as planners write it (§2a): bounds and ranges in words and symbols,
 * blank marks, pairs, a percent sign, a footnote, a size of change, JSON plan objects (and broken ones).
 */
const arbitraryPlanValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: arbitraryNumberValue },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "не менее 95",
      "95-тен кем емес",
      "≥ 0",
      "at most 5",
      "не более 0,03",
      "≤ -2",
      "31,0-38,0",
      "0,08-\n0,1",
      "от 31 до 38",
      "31-ден 38-ге дейін",
      "between -5 and 5",
      "38-31",
      "-",
      "н/д",
      "70,2/76,7",
      "94\n111",
      "100 %",
      "5,0*",
      "12,3 (оценка)",
      "на 4,0",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({ min: fc.integer({ min: -50, max: 150 }), max: fc.integer({ min: -50, max: 150 }) }),
      fc.record({ min: fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }) }),
      fc.record({ max: fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }) }),
      fc.constantFrom({}, { min: "5" }, { min: 1, other: 2 }),
    ),
  },
);

/** `better` as written: the two words in any case, with blanks around, or left out (higher). */
const better = fc.constantFrom("higher", "lower", undefined, "Lower", " HIGHER ");
const data = fc.constantFrom("official", "operational", "none", undefined, "None", " operational");

const measureRaw = fc.record(
  {
    code: fc.constantFrom("1", "2.1", 7),
    name: fc.constant("m"),
    unit: fc.constantFrom("%", "км"),
    better,
    base: arbitraryNumberValue,
    plan: arbitraryPlanValue,
    fact: arbitraryNumberValue,
    data,
  },
  { requiredKeys: ["name", "better", "base", "plan", "fact", "data"] },
);

const taskRaw = fc.record({ name: fc.constant("t"), results: fc.array(measureRaw, { maxLength: 4 }) });

const goalRaw = fc.record({
  name: fc.constant("g"),
  indicators: fc.array(measureRaw, { maxLength: 4 }),
  tasks: fc.array(taskRaw, { maxLength: 3 }),
});

/** An expert coefficient: mostly 1, 0.5 or 0; sometimes missing, invalid or text. */
const arbitraryExpertValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(1, 0.5, 0) },
  { weight: 1, arbitrary: fc.constantFrom(null, 0.3, 2, -1, "0,5", "x", -0, 1e308) },
);

const assessment = fc.record({ name: fc.constant("a"), q1: arbitraryExpertValue, q2: arbitraryExpertValue });
const sphereRaw = fc.record({
  name: fc.constant("s"),
  q1: arbitraryExpertValue,
  q2: arbitraryExpertValue,
  directions: fc.oneof(fc.constant([]), fc.array(assessment, { minLength: 1, maxLength: 3 })),
});

const performanceValue = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: 0.01, max: 1e4, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, null, -2, "4,5", 5e-324, 1.7e308) },
);
const APP4_KEYS = ["unemployment", "selfEmployedShare", "housingQueue", "emissionsPerCapita", "realIncomeIndex", "grpPerCapita"];
const performanceRaw = fc.oneof(
  { weight: 6, arbitrary: fc.record({ key: fc.constantFrom(...APP4_KEYS), previous: performanceValue, current: performanceValue }) },
  // an indicator not in App. 4 needs its `better`
  {
    weight: 1,
    arbitrary: fc.record({
      key: fc.constant("touristArrivals"),
      better: fc.constantFrom("higher", "lower"),
      previous: performanceValue,
      current: performanceValue,
    }),
  },
);

const date = fc.constantFrom("2024-01-31", "2024-02-01", "2024-02-02", "2024-03-15", "2024-02-29", undefined, "");
const unreliableFact = fc.record({
  indicator: fc.constant("i"),
  plan: arbitraryNumberValue,
  fact: arbitraryNumberValue,
  rechecked: arbitraryNumberValue,
});
/** A count of unreliable facts: small, or so large that 0.2 points each would overflow a double. */
const unreliableFactCount = fc.oneof(
  { weight: 8, arbitrary: fc.nat(40) },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 53, 1e21, 1e308, Number.MAX_VALUE) },
);
const penaltiesRaw = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        deadline: date,
        submitted: date,
        late: fc.boolean(),
        incomplete: fc.boolean(),
        missingElements: fc.array(fc.constant("table"), { maxLength: 3 }),
        unreliableFacts: fc.array(unreliableFact, { maxLength: 35 }),
        unreliableFactCount,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
);

/** Full weights that add up to 1, as the parser requires (each weight in [0, 1]); made local below. */
const fullWeights = fc.tuple(fc.nat(10), fc.nat(10), fc.integer({ min: 1, max: 10 })).map(([b, c, d]) => {
  const s = b + c + d;
  return { B: b / s, C: c / s, D: 1 - b / s - c / s };
});

/** Weights at the ends of [0, 1], and partial ones the defaults (central B .1 C .1 D .8) complete to 1. */
const edgeWeights = fc.constantFrom<Record<string, number>>(
  { B: 1, C: 0, D: 0 },
  { B: 0, C: 0, D: 1 },
  { B: -0, C: -0, D: 1 },
  { D: 0.8 },
  { B: 0.2, C: 0 },
  { C: 0.3, D: 0.6 },
);

/** A local body has no C: its B and D must add up to 1 on their own (B .2 D .8 by default). */
function weightsForKind(kind: string, w: Record<string, number>): Record<string, number> {
  if (kind === "central") return w;
  const B = w.B ?? 0.2;
  const D = w.D ?? 0.8;
  if (B + D === 0) return { B: 0, D: 1 };
  return { B: B / (B + D), C: w.C ?? 0, D: 1 - B / (B + D) };
}

const profileRaw = fc.record(
  {
    qualityRule: fc.constantFrom("mean", "product", "Product"),
    indicatorRule: fc.constantFrom("improvement", "ratio"),
    resultRule: fc.constantFrom("ratio", "improvement"),
    penaltyCapScope: fc.constantFrom("unreliable", "total"),
    unreliableThreshold: fc.integer({ min: 1, max: 6 }),
    rangeRule: fc.constantFrom("bounds", "exclude", "Exclude"),
    weights: fc.oneof({ weight: 3, arbitrary: fullWeights }, { weight: 1, arbitrary: edgeWeights }),
  },
  { requiredKeys: [] },
);

/** A reorganization date: the half-year boundary (30 June / 1 July), a leap day, or any day. */
const reorganizationDate = fc.oneof(
  fc.constantFrom("2023-06-30", "2023-07-01", "2024-02-29", "2023-12-31", "2023-01-01"),
  fc
    .date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

export const arbitraryRawEvaluation: fc.Arbitrary<Raw> = fc
  .record({
    kind: fc.constantFrom("central", "local"),
    period: fc.constantFrom<unknown>("2023", 2023, undefined),
    reorganized: fc.option(
      fc.record({ date: reorganizationDate, successor: fc.constantFrom("s", undefined) }, { requiredKeys: ["date"] }),
      { nil: undefined, freq: 4 },
    ),
    profile: fc.option(profileRaw, { nil: undefined, freq: 8 }),
    quality: fc.array(sphereRaw, { maxLength: 4 }),
    risks: fc.array(fc.record({ name: fc.constant("r"), r: arbitraryExpertValue }), { maxLength: 4 }),
    goals: fc.array(goalRaw, { maxLength: 4 }),
    performance: fc.array(performanceRaw, { maxLength: 6 }),
    penalties: penaltiesRaw,
  })
  .map(({ kind, period, reorganized, profile, ...rest }) => ({
    format: "bagalau/evaluation@1",
    body: { name: "b", kind, period, ...(reorganized ? { reorganized } : {}) },
    profile: profile?.weights ? { ...profile, weights: weightsForKind(kind, profile.weights) } : profile,
    ...rest,
  }));
