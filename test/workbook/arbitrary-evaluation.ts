// A fast-check generator of bagalau/evaluation@1 objects as people write them: central and local
// bodies, goals/indicators/tasks/results with missing values, numbers typed as text, better/data words,
// spheres with and without directions, risks, performance, penalties and profile rules.
//
// It draws what the templates can hold: names without leading or trailing blanks (a cell's text is
// read trimmed), unique sphere codes (rows sharing a sphere code are that sphere's directions), no
// risks for a local body and no performance for a central one (their sheets exist only for that kind),
// and at least one performance entry for a local body (an empty App. 4 is written as its six blank rows).

import fc from "fast-check";

const WORDS = [
  "Денсаулық",
  "сақтау",
  "білім",
  "жол",
  "үлесі",
  "доля",
  "населения",
  "growth",
  "rate",
  "АИТВ",
  "15-49",
  "%",
  "=SUM(A1)",
  "1.2",
  "қала",
];

/** A name of 1–5 words; sometimes one that starts with "=", which must stay text. */
const arbitraryName = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));

/** A numeric field as found in files: a number, missing, or typed as text (some readable, some not). */
const arbitraryNumberField = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.double({ min: -1000, max: 100000, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1000) / 1000 + 0),
  },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom("5,2", "1 234,5", "12", "0,75", "-3,5", "49,5") },
  { weight: 1, arbitrary: fc.constantFrom("n/a", "—", "жоқ") },
);

/** A plan as found in files: a numeric field, or a bound or a range written out (§2a). */
const arbitraryPlanField = fc.oneof(
  { weight: 8, arbitrary: arbitraryNumberField },
  { weight: 2, arbitrary: fc.constantFrom("31,0-38,0", "0,08-0,1", "не менее 95", "at most 5", "от 10 до 20", "кемінде 50") },
);

/** An expert value of q1, q2 or R: mostly 1, 0.5 or 0; sometimes missing, typed as text or invalid. */
const arbitraryExpertValue = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(1, 0.5, 0) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("0,5", "1", "x", 2, 0.3) },
);

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined, freq: 2 });
}

/** Drops the keys whose value is undefined, as a JSON file would not have them. */
function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

const arbitraryMeasure = fc
  .record({
    code: optional(fc.constantFrom("1", "2", "1.1", "а")),
    name: arbitraryName,
    unit: optional(fc.constantFrom("%", "км", "адам", "тыс. тенге")),
    better: optional(fc.constantFrom("higher", "lower")),
    base: arbitraryNumberField,
    plan: arbitraryPlanField,
    fact: arbitraryNumberField,
    data: optional(fc.constantFrom("official", "operational", "none")),
    source: optional(arbitraryName),
    responsible: optional(arbitraryName),
    deviationReason: optional(arbitraryName),
  })
  .map(compact);

const arbitraryGoals = fc
  .array(
    fc.record({
      name: fc.oneof({ weight: 4, arbitrary: arbitraryName }, { weight: 1, arbitrary: fc.constant("") }),
      indicators: fc.array(arbitraryMeasure, { maxLength: 4 }),
      tasks: fc.array(
        fc.record({ name: fc.oneof(arbitraryName, fc.constant("")), results: fc.array(arbitraryMeasure, { maxLength: 3 }) }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 3 },
  )
  .map((goals) =>
    goals.map((goal, gi) => ({
      code: `${gi + 1}.${gi + 2}`,
      name: goal.name,
      indicators: goal.indicators,
      tasks: goal.tasks.map((task, ti) => ({ code: `${gi + 1}.${gi + 2}.${ti + 1}`, ...task })),
    })),
  );

const arbitraryQuality = fc
  .array(
    fc.record({
      name: arbitraryName,
      q1: arbitraryExpertValue,
      q2: arbitraryExpertValue,
      directions: fc.option(
        fc.array(fc.record({ name: arbitraryName, q1: arbitraryExpertValue, q2: arbitraryExpertValue }), { minLength: 1, maxLength: 3 }),
        { nil: undefined },
      ),
    }),
    { maxLength: 4 },
  )
  .map((spheres) =>
    spheres.map((sphere, i) =>
      sphere.directions
        ? { code: String(i + 1), name: sphere.name, directions: sphere.directions.map((d, j) => ({ code: `${i + 1}.${j + 1}`, ...d })) }
        : { code: String(i + 1), name: sphere.name, q1: sphere.q1, q2: sphere.q2 },
    ),
  );

const arbitraryRisks = fc.array(
  fc.record({ name: arbitraryName, r: arbitraryExpertValue, measures: optional(arbitraryName) }).map(compact),
  { maxLength: 4 },
);

const PERFORMANCE_KEYS = ["unemployment", "selfEmployedShare", "housingQueue", "emissionsPerCapita", "realIncomeIndex", "grpPerCapita"];

const arbitraryPerformance = fc
  .tuple(
    fc.subarray(PERFORMANCE_KEYS, { minLength: 1 }),
    fc.array(
      fc.record({ previous: arbitraryNumberField, current: arbitraryNumberField, better: optional(fc.constantFrom("higher", "lower")) }),
      { minLength: 6, maxLength: 6 },
    ),
    fc.option(
      fc.record({
        name: arbitraryName,
        better: fc.constantFrom("higher", "lower"),
        previous: arbitraryNumberField,
        current: arbitraryNumberField,
      }),
      { nil: undefined },
    ),
  )
  .map(([keys, values, custom]) => [
    ...keys.map((key, i) => compact({ key, ...values[i] })),
    ...(custom ? [{ key: "touristArrivals", ...custom }] : []),
  ]);

const arbitraryDate = fc
  .date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const arbitraryPenalties = fc
  .record({
    deadline: optional(arbitraryDate),
    submitted: optional(arbitraryDate),
    late: optional(fc.boolean()),
    incomplete: optional(fc.boolean()),
    missingElements: optional(fc.array(arbitraryName, { maxLength: 2 })),
    facts: fc.oneof(
      fc
        .array(
          fc
            .record({
              indicator: arbitraryName,
              plan: arbitraryNumberField,
              fact: arbitraryNumberField,
              rechecked: arbitraryNumberField,
              note: optional(arbitraryName),
            })
            .map(compact),
          { maxLength: 4 },
        )
        .map((unreliableFacts) => ({ unreliableFacts })),
      fc.integer({ min: 0, max: 30 }).map((unreliableFactCount) => ({ unreliableFactCount })),
    ),
  })
  .map(({ facts, ...rest }) => compact({ ...rest, ...facts }));

/** Criterion weights that add up to 1 (B, C, D for a central body; B, D for a local one), in hundredths. */
const arbitraryWeights = (kind: string) =>
  fc
    .tuple(fc.integer({ min: 5, max: 40 }), fc.integer({ min: 0, max: 30 }))
    .map(([b, c]) => (kind === "central" ? { B: b / 100, C: c / 100, D: (100 - b - c) / 100 } : { B: b / 100, D: (100 - b) / 100 }));

const arbitraryProfile = (kind: string) =>
  fc
    .record({
      qualityRule: optional(fc.constantFrom("mean", "product")),
      indicatorRule: optional(fc.constantFrom("improvement", "ratio")),
      resultRule: optional(fc.constantFrom("ratio", "improvement")),
      rangeRule: optional(fc.constantFrom("bounds", "exclude")),
      penaltyCapScope: optional(fc.constantFrom("unreliable", "total")),
      unreliableThreshold: optional(fc.integer({ min: 1, max: 6 })),
      weights: optional(arbitraryWeights(kind)),
    })
    .map(compact);

/** A whole bagalau/evaluation@1 object of a central or a local body. */
export const arbitraryEvaluation = fc.constantFrom("central", "local").chain((kind) =>
  fc
    .record({
      name: arbitraryName,
      period: fc.constantFrom("2017", "2023", "2024 жыл"),
      reorganized: optional(fc.record({ date: arbitraryDate, successor: optional(arbitraryName) }).map(compact)),
      profile: optional(arbitraryProfile(kind)),
      quality: arbitraryQuality,
      goals: arbitraryGoals,
      risks: kind === "central" ? arbitraryRisks : fc.constant(undefined),
      performance: kind === "local" ? arbitraryPerformance : fc.constant(undefined),
      penalties: optional(arbitraryPenalties),
    })
    .map(({ name, period, reorganized, ...rest }) =>
      compact({ format: "bagalau/evaluation@1", body: compact({ name, kind, period, reorganized }), ...rest }),
    ),
);
