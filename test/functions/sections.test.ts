// BAGALAU.INDICATOR, GOAL, TASK, QUALITY, RISK and INDEX over template tables as Excel passes them (header row
// first; blanks as null or ""; numbers typed as text; words in kk/ru/en), each expected value computed by hand.

import {
  goalCoefficient,
  indicatorAchievement,
  performanceCoefficient,
  qualityCoefficient,
  riskCoefficient,
  taskCoefficient,
} from "../../src/functions/sections";
import { APP4_ROWS, column, failureOf, table } from "./excel-values";

const MEASURE = ["name", "better", "base", "plan", "fact", "data"];

describe("BAGALAU.INDICATOR", () => {
  test("improvement rule: (96 − 80) / (120 − 80) = 0.4", () => {
    expect(indicatorAchievement(96, 120, 80, null, "en")).toBeCloseTo(16 / 40, 15);
  });

  test("lower is better, numbers typed as text with a decimal comma: (5.1 − 5.4) / (5.0 − 5.4) = 0.75, in any language's word", () => {
    for (const word of ["төмен", "ниже", "lower", "↓", "снижение"])
      expect(indicatorAchievement("5,1", "5,0", "5,4", word, "kk")).toBeCloseTo(0.75, 12);
  });

  test("no base: the ratio rule, 96 / 120 = 0.8; capped: 150 vs 120 over base 80 → 1, 70 → 0", () => {
    expect(indicatorAchievement(96, 120, null, null, "en")).toBe(96 / 120);
    expect(indicatorAchievement(150, 120, 80, "higher", "en")).toBe(1);
    expect(indicatorAchievement(70, 120, 80, "higher", "en")).toBe(0);
  });

  test("a plan written “не менее 95” (§2a): a fact of 96 meets it → 1", () => {
    expect(indicatorAchievement(96, "не менее 95", null, null, "ru")).toBe(1);
  });

  test("not counted (§24): no plan first, then no fact; text that is no number is no value", () => {
    expect(failureOf(() => indicatorAchievement(null, "  ", null, null, "en")).message).toMatch(/No plan/);
    expect(failureOf(() => indicatorAchievement("n/a", 10, null, null, "en")).message).toMatch(/No actual value/);
    expect(failureOf(() => indicatorAchievement(5, "abc", null, null, "en")).kind).toBe("notAvailable");
  });
});

describe("BAGALAU.GOAL and TASK", () => {
  const rows = [
    ["a", "lower", 12.4, 11.6, 11.2, null],
    ["b", "lower", 11.2, 9.7, 10.1, ""],
    ["c", "lower", 13.4, 12, "12,3", "official"],
    ["d", "lower", 80, 80.5, null, null],
  ];

  test("K = mean h of the counted rows: (1 + 1.1 / 1.5 + 1.1 / 1.4) / 3; the row without a fact is not counted", () => {
    expect(goalCoefficient(table("indicators", "en", MEASURE, ...rows), null, null, "en")).toBeCloseTo((1 + 1.1 / 1.5 + 1.1 / 1.4) / 3, 12);
  });

  test('headers in Kazakh or Russian, columns in another order, blanks as "": the same K', () => {
    const keys = ["fact", "plan", "base", "better", "name", "data"];
    const reordered = rows.map((r) => [r[4], r[3], r[2], r[1], r[0], r[5]].map((v) => v ?? ""));
    for (const lang of ["kk", "ru"] as const)
      expect(goalCoefficient(table("indicators", lang, keys, ...reordered), null, null, lang)).toBeCloseTo(
        (1 + 1.1 / 1.5 + 1.1 / 1.4) / 3,
        12,
      );
  });

  test("a row with data “none” is not counted (§24), whatever its fact: K over the other two", () => {
    const withNone = rows.map((r, i) => (i === 1 ? [...r.slice(0, 5), "дерек жоқ"] : r));
    expect(goalCoefficient(table("indicators", "kk", MEASURE, ...withNone), null, null, "kk")).toBeCloseTo((1 + 1.1 / 1.4) / 2, 12);
  });

  test("a fact typed as text that is no number (“n/a”) leaves that row out, not the goal", () => {
    const withText = rows.map((r, i) => (i === 0 ? [...r.slice(0, 4), "n/a", null] : r));
    expect(goalCoefficient(table("indicators", "en", MEASURE, ...withText), null, null, "en")).toBeCloseTo((1.1 / 1.5 + 1.1 / 1.4) / 2, 12);
  });

  test("rule “ratio” (or «отношение») ignores the bases: (min(11.6 / 11.2, 1) + 9.7 / 10.1 + 12 / 12.3) / 3", () => {
    const expected = (1 + 9.7 / 10.1 + 12 / 12.3) / 3;
    expect(goalCoefficient(table("indicators", "en", MEASURE, ...rows), "ratio", null, "en")).toBeCloseTo(expected, 12);
    expect(goalCoefficient(table("indicators", "en", MEASURE, ...rows), "ОТНОШЕНИЕ", null, "ru")).toBeCloseTo(expected, 12);
  });

  test("a range plan 31–38 (§2a): a fact of 33.2 is within → 1; rangeRule “exclude” leaves it out → no K", () => {
    const ranged = table("indicators", "en", MEASURE, ["r", "higher", null, "31,0-38,0", 33.2, null]);
    expect(goalCoefficient(ranged, null, null, "en")).toBe(1);
    expect(failureOf(() => goalCoefficient(ranged, null, "exclude", "en")).kind).toBe("notAvailable");
  });

  test("no counted indicator is #N/A (the goal is left out of D); a range without a header row is #VALUE!", () => {
    const failure = failureOf(() =>
      goalCoefficient(table("indicators", "en", MEASURE, ["x", null, null, null, 5, null]), null, null, "en"),
    );
    expect(failure.kind).toBe("notAvailable");
    expect(failureOf(() => goalCoefficient(5, null, null, "en")).kind).toBe("value");
  });

  test("TASK: the ratio rule by default: (96 / 120 + min(30 / 25, 1)) / 2 = 0.9; “improvement”: (16 / 40 + 1) / 2 = 0.7", () => {
    const results = table("results", "en", MEASURE, ["p", "higher", 80, 120, 96, null], ["q", "higher", 20, 25, 30, null]);
    expect(taskCoefficient(results, null, null, "en")).toBeCloseTo(0.9, 12);
    expect(taskCoefficient(results, "improvement", null, "en")).toBeCloseTo(0.7, 12);
    expect(failureOf(() => taskCoefficient(table("results", "en", MEASURE), null, null, "en")).message).toMatch(/direct result/);
  });
});

describe("BAGALAU.QUALITY and RISK", () => {
  const Q = ["sphereCode", "sphere", "directionCode", "direction", "q1", "q2"];

  test("every row a sphere: B = ((1 + 0.5) / 2 + (0.5 + 0.5) / 2 + (0 + 1) / 2) / 3; “0,5” read", () => {
    const t = table(
      "quality",
      "en",
      Q,
      ["1", "A", null, null, 1, "0,5"],
      ["2", "B", null, null, 0.5, 0.5],
      ["3", "C", null, null, 0, 1],
      [null, null, null, null, null, null],
    );
    expect(qualityCoefficient(t, null, "en")).toBeCloseTo((0.75 + 0.5 + 0.5) / 3, 12);
    expect(qualityCoefficient(t, "көбейтінді", "kk")).toBeCloseTo((0.5 + 0.25 + 0) / 3, 12);
  });

  test("a sphere's directions are averaged first: sphere 1 = (1 + 0.5) / 2, sphere 2 = 0 → B = 0.375", () => {
    const t = table("quality", "en", Q, ["1", "A", "1.1", "a", 1, 1], ["1", "A", "1.2", "b", 0.5, 0.5], ["2", "B", null, null, 0, 0]);
    expect(qualityCoefficient(t, null, "en")).toBeCloseTo(0.375, 12);
  });

  test("as the core: a named sphere not assessed, a half-filled pair or a 0.7 counts 0 (COEFFICIENT_INVALID); none listed is B = 0", () => {
    const t = table(
      "quality",
      "en",
      Q,
      ["1", "A", null, null, 1, 1],
      ["2", "B", null, null, null, null],
      ["3", "C", null, null, 1, null],
      ["4", "D", null, null, 0.7, 1],
    );
    expect(qualityCoefficient(t, null, "en")).toBeCloseTo((1 + 0 + 0.5 + 0.5) / 4, 12);
    expect(qualityCoefficient(table("quality", "en", Q), null, "en")).toBe(0);
  });

  test("C = (1 + 0.5 + 0) / 3, a named risk without R counting 0; a blank row skipped; none listed is C = 0", () => {
    const t = table("risks", "ru", ["name", "r"], ["a", 1], ["b", "0,5"], ["c", null], [null, null]);
    expect(riskCoefficient(t, "ru")).toBeCloseTo(0.5, 12);
    expect(riskCoefficient(table("risks", "en", ["name", "r"]), "en")).toBe(0);
  });
});

describe("BAGALAU.INDEX", () => {
  const P = ["key", "previous", "current"];
  const app4 = APP4_ROWS;

  test("the six App. 4 indicators with their own directions: E = ((20 / 22) · (150 / 160) · 0.98)^(1/6)", () => {
    expect(performanceCoefficient(table("performance", "en", P, ...app4), "en")).toBeCloseTo(
      Math.pow((20 / 22) * (150 / 160) * 0.98, 1 / 6),
      12,
    );
  });

  test("a row with a missing value is not counted; none counted (the usual state before the statistics arrive) is E = 1", () => {
    const missing = app4.map((r, i) => (i === 1 ? [r[0], r[1], null] : r));
    expect(performanceCoefficient(table("performance", "en", P, ...missing), "en")).toBeCloseTo(Math.pow((150 / 160) * 0.98, 1 / 5), 12);
    const blank = app4.map((r) => [r[0], null, null]);
    expect(performanceCoefficient(table("performance", "kk", P, ...blank), "kk")).toBe(1);
  });
});

describe("a range that is not the whole table", () => {
  test("values without the table's header row are refused with #VALUE!, not read by position", () => {
    // The form of the functions before they read whole tables: a column of R, a column of facts.
    expect(failureOf(() => riskCoefficient(column(1, 0.5, 0.5, 0), "en")).message).toBe(
      "risks: select the whole table with its header row, e.g. Table[[#Headers],[#Data]].",
    );
    expect(failureOf(() => goalCoefficient(column(68, 75), column(70, 80), null, "ru")).kind).toBe("value");
    expect(failureOf(() => performanceCoefficient(column(4.8, 22), "kk")).kind).toBe("value");
  });

  test("one header of the table in the first row is enough; the other columns are read in the template's order", () => {
    // "R" recognized; the renamed first columns keep their template places (no, name, measures).
    expect(
      riskCoefficient(
        [
          ["№ п/п", "Риск (мой заголовок)", "Меры", "R"],
          ["1", "a", "m", 1],
          ["2", "b", "m", 0],
        ],
        "ru",
      ),
    ).toBe(0.5);
  });
});

// The worked examples of docs/user-guide.md, user-guide.kk.md and user-guide.ru.md (section 3), each in its
// guide's language, headers and words: a change of behaviour that would falsify a guide fails here.
describe("the user guides' worked examples", () => {
  const WORDS = {
    en: { higher: "higher", lower: "lower", official: "official", operational: "operational", none: "none", est: "12 (est.)" },
    kk: { higher: "жоғары", lower: "төмен", official: "ресми", operational: "жедел", none: "дерек жоқ", est: "12 (бағалау)" },
    ru: { higher: "выше", lower: "ниже", official: "официальные", operational: "оперативные", none: "нет данных", est: "12 (оценка)" },
  } as const;
  const RULES = {
    en: { ratio: "ratio", improvement: "improvement", exclude: "exclude", product: "product" },
    kk: { ratio: "қатынас", improvement: "жақсару", exclude: "есептелмейді", product: "көбейтінді" },
    ru: { ratio: "отношение", improvement: "улучшение", exclude: "исключить", product: "произведение" },
  } as const;
  const APP4_NAMES = {
    en: ["Unemployment rate", "Index of the real money income of the population"],
    kk: ["Жұмыссыздық деңгейі", "Халықтың нақты ақшалай табыстарының индексі"],
    ru: ["Уровень безработицы", "Индекс реальных денежных доходов населения"],
  } as const;

  for (const lang of ["en", "kk", "ru"] as const) {
    const w = WORDS[lang];
    const rule = RULES[lang];

    describe(lang, () => {
      const goalRows = (coveragePlan: number | string) => [
        ["Share of …, %", w.higher, 60, 70, 68, w.official],
        ["Unemployment rate, %", w.lower, 5.4, 5.0, 5.1, w.official],
        ["Coverage, %", w.higher, null, coveragePlan, 95, w.operational],
        ["New indicator", w.higher, 10, null, 12, null],
        ["Survey index, points", w.higher, 40, 50, 45, w.none],
      ];
      const goalTable = (coveragePlan: number | string) =>
        table("indicators", lang, ["name", "better", "base", "plan", "fact", "data"], ...goalRows(coveragePlan));

      test("GOAL: K = (0.8 + 0.75 + 0.95) / 3 = 0.8333; ratio rule 0.9673; a range plan 90-100 → 0.85, excluded → 0.775", () => {
        expect(goalCoefficient(goalTable(100), null, null, lang)).toBeCloseTo(0.8333, 4);
        expect(goalCoefficient(goalTable(100), rule.ratio, null, lang)).toBeCloseTo((68 / 70 + 5.0 / 5.1 + 95 / 100) / 3, 12);
        expect(goalCoefficient(goalTable(100), rule.ratio, null, lang)).toBeCloseTo(0.9673, 4);
        expect(goalCoefficient(goalTable("90-100"), null, null, lang)).toBeCloseTo(0.85, 12);
        expect(goalCoefficient(goalTable("90-100"), rule.improvement, rule.exclude, lang)).toBeCloseTo(0.775, 12);
      });

      test("TASK: P = (0.8 + 1 + 0.75) / 3 = 0.85 with a fact written with a note; improvement rule 0.4", () => {
        const results = table(
          "results",
          lang,
          ["name", "better", "base", "plan", "fact"],
          ["Roads built, km", w.higher, 90, 120, 96],
          ["Schools opened", w.higher, 8, 10, w.est],
          ["Waiting time, days", w.lower, 35, 30, 40],
        );
        expect(taskCoefficient(results, null, null, lang)).toBeCloseTo(0.85, 12);
        expect(taskCoefficient(results, rule.improvement, null, lang)).toBeCloseTo(0.4, 12);
      });

      test("QUALITY: B = (0.75 + 0.625 + 0.25) / 3 = 0.5417; product 0.3333", () => {
        const assessments = table(
          "quality",
          lang,
          ["sphereCode", "sphere", "directionCode", "direction", "q1", "q2"],
          ["1", "Health", null, null, 1, 0.5],
          ["2", "Education", "2.1", "Preschool education", 1, 1],
          ["2", "Education", "2.2", "Secondary education", 0.5, 0],
          ["3", "Transport", null, null, 0, 0.5],
        );
        expect(qualityCoefficient(assessments, null, lang)).toBeCloseTo(0.5417, 4);
        expect(qualityCoefficient(assessments, rule.product, lang)).toBeCloseTo(1 / 3, 12);
      });

      test("RISK: C = (1 + 0.5 + 0.5 + 0) / 4 = 0.5", () => {
        const risks = table(
          "risks",
          lang,
          ["name", "measures", "r"],
          ["Price growth of materials", "Long-term contracts", 1],
          ["Staff shortage", null, 0.5],
          ["Late funding", null, 0.5],
          ["Drought", null, 0],
        );
        expect(riskCoefficient(risks, lang)).toBe(0.5);
      });

      test("INDEX: rows in the form's order → 0.9846; two rows found by their App. 4 names → 0.9903", () => {
        const P = ["name", "previous", "current"];
        const six = table(
          "performance",
          lang,
          P,
          ["Unemployment rate, %", 5.0, 4.8],
          ["Share of the self-employed, %", 30, 31],
          ["Citizens in need of housing", 12000, 12500],
          ["Emissions per capita, kg", 110, 100],
          ["Real money income index, %", 104, 102],
          ["GRP per capita, thousand tenge", 1500, 1650],
        );
        expect(performanceCoefficient(six, lang)).toBeCloseTo(Math.pow((30 / 31) * 0.96 * (102 / 104), 1 / 6), 12);
        expect(performanceCoefficient(six, lang)).toBeCloseTo(0.9846, 4);
        const [unemployment, income] = APP4_NAMES[lang];
        const two = table("performance", lang, P, [unemployment, 5.0, 4.8], [income, 104, 102]);
        expect(performanceCoefficient(two, lang)).toBeCloseTo(0.9903, 4);
      });
    });
  }
});
