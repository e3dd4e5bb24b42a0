// BAGALAU.INDICATOR, GOAL and TASK (METHODOLOGY.md §2, §24) with 2-D inputs as Excel passes them:
// blanks as null, numbers typed as text, error values, ranges of different heights; by hand.

import { goalCoefficient, indicatorAchievement, taskCoefficient } from "../../src/functions/achievement";
import { column, errorObject, errorValue, failureOf, row } from "./excel-values";

describe("BAGALAU.INDICATOR", () => {
  test("improvement rule: (96 − 80) / (120 − 80) = 0.4", () => {
    expect(indicatorAchievement(96, 120, 80, null, "en")).toBeCloseTo(16 / 40, 15);
  });

  test("lower is better, numbers typed as text with a decimal comma: (5.1 − 5.4) / (5.0 − 5.4) = 0.75", () => {
    expect(indicatorAchievement("5,1", "5,0", "5,4", "төмен", "kk")).toBeCloseTo(0.3 / 0.4, 12);
    expect(indicatorAchievement("5,1", "5,0", "5,4", "ниже", "ru")).toBeCloseTo(0.75, 12);
    expect(indicatorAchievement(5.1, 5, 5.4, "lower", "en")).toBeCloseTo(0.75, 12);
  });

  test("no base: the ratio rule, 96 / 120 = 0.8; lower: 5.0 / 5.1", () => {
    expect(indicatorAchievement(96, 120, null, null, "en")).toBe(96 / 120);
    expect(indicatorAchievement(5.1, 5, undefined, "lower", "en")).toBe(5 / 5.1);
  });

  test("capped to [0, 1]: (150 − 80) / 40 = 1.75 → 1; (70 − 80) / 40 < 0 → 0", () => {
    expect(indicatorAchievement(150, 120, 80, "higher", "en")).toBe(1);
    expect(indicatorAchievement(70, 120, 80, "higher", "en")).toBe(0);
  });

  test("no improvement planned (plan = base 100): ratio 90 / 100 = 0.9", () => {
    expect(indicatorAchievement(90, 100, 100, null, "en")).toBe(0.9);
  });

  test("a fact of 0 is a fact (h = 0 / 10 = 0); a blank fact is not counted (#N/A)", () => {
    expect(indicatorAchievement(0, 10, null, null, "en")).toBe(0);
    const failure = failureOf(() => indicatorAchievement(null, 10, null, null, "en"));
    expect(failure.kind).toBe("notAvailable");
    expect(failure.message).toBe("No actual value: the indicator is not counted (§24). Enter the fact.");
  });

  test("no plan is checked first (§24 order): #N/A with the plan message", () => {
    const failure = failureOf(() => indicatorAchievement(null, "  ", null, null, "ru"));
    expect(failure.kind).toBe("notAvailable");
    expect(failure.message).toBe("Нет плана на отчетный период: индикатор не учитывается (п. 24). Введите план.");
  });

  test("bad arguments are #VALUE! with a message naming the argument", () => {
    expect(failureOf(() => indicatorAchievement(96, "abc", null, null, "en")).message).toBe(
      "plan: “abc” is not a number. Enter a number or leave the cell empty.",
    );
    expect(failureOf(() => indicatorAchievement(96, "abc", null, null, "kk")).message).toBe(
      "жоспар: «abc» сан емес. Сан енгізіңіз немесе ұяшықты бос қалдырыңыз.",
    );
    const error = failureOf(() => indicatorAchievement(errorValue("#DIV/0!"), 120, null, null, "en"));
    expect(error.kind).toBe("value");
    expect(error.message).toBe("fact: the cell holds the error #DIV/0!. Correct that cell first.");
    expect(failureOf(() => indicatorAchievement(96, 120, null, "sideways", "en")).message).toBe(
      "better: “sideways” is not accepted. Enter “higher” or “lower”.",
    );
    expect(failureOf(() => indicatorAchievement(true, 120, null, null, "en")).message).toBe(
      "fact: “TRUE” is not a number. Enter a number or leave the cell empty.",
    );
  });
});

describe("BAGALAU.GOAL", () => {
  // Ministry of Health, goal 1.2 (FORMS.md magnitudes), all lower-is-better:
  //   maternal mortality  base 12.4, plan 11.6, fact 11.2 → (12.4 − 11.2) / (12.4 − 11.6) = 1.5 → 1
  //   infant mortality    base 11.2, plan 9.7,  fact 10.1 → (11.2 − 10.1) / (11.2 − 9.7) = 1.1 / 1.5
  //   under-5 mortality   base 13.4, plan 12.0, fact "12,3" → (13.4 − 12.3) / (13.4 − 12) = 1.1 / 1.4
  //   an indicator with a plan but no fact yet → not counted; a blank row → skipped
  const facts = column(11.2, 10.1, "12,3", null, null);
  const plans = column(11.6, 9.7, 12, 80.5, null);
  const bases = column(12.4, 11.2, 13.4, 80, null);
  const K = (1 + (11.2 - 10.1) / (11.2 - 9.7) + (13.4 - 12.3) / (13.4 - 12)) / 3;

  test("K = mean h of the counted indicators (one direction cell for all rows)", () => {
    expect(goalCoefficient(facts, plans, bases, [["lower"]], null, "en")).toBeCloseTo(K, 12);
  });

  test("the same with a direction per row (the blank rows' directions default to higher)", () => {
    expect(goalCoefficient(facts, plans, bases, column("lower", "lower", "lower", null, null), null, "en")).toBeCloseTo(K, 12);
  });

  test("rule “ratio” (or «отношение») ignores the bases: (min(11.6 / 11.2, 1) + 9.7 / 10.1 + 12 / 12.3) / 3", () => {
    const expected = (1 + 9.7 / 10.1 + 12 / 12.3) / 3;
    expect(goalCoefficient(facts, plans, bases, [["lower"]], "ratio", "en")).toBeCloseTo(expected, 12);
    expect(goalCoefficient(facts, plans, bases, [["lower"]], "отношение", "ru")).toBeCloseTo(expected, 12);
  });

  test("without bases every indicator falls back to the ratio rule", () => {
    expect(goalCoefficient(facts, plans, null, [["lower"]], null, "en")).toBeCloseTo((1 + 9.7 / 10.1 + 12 / 12.3) / 3, 12);
  });

  test("a one-row range works like a column: (1 / 2 + 2 / 2) / 2 = 0.75", () => {
    expect(goalCoefficient(row(1, 2), row(2, 2), null, null, null, "en")).toBe(0.75);
  });

  test("a blank cell (null) is not 0: a 0 fact counts as h = 0", () => {
    expect(goalCoefficient(column(0, 10), column(10, 10), null, null, null, "en")).toBe(0.5);
    expect(goalCoefficient(column(null, 10), column(10, 10), null, null, null, "en")).toBe(1);
  });

  test("ranges of different heights are #VALUE!", () => {
    const failure = failureOf(() => goalCoefficient(column(1, 2, 3), column(1, 2), null, null, null, "en"));
    expect(failure.kind).toBe("value");
    expect(failure.message).toBe("plans and facts differ in size: 2 and 3 cells. Select ranges of the same size.");
    expect(failureOf(() => goalCoefficient(column(1, 2), column(1, 2), null, column("lower", "lower", "lower"), null, "en")).message).toBe(
      "betters and facts differ in size: 3 and 2 cells. Select ranges of the same size.",
    );
    expect(failureOf(() => goalCoefficient(column(1, 2), column(1, 2), column(1), null, null, "en")).message).toBe(
      "bases and facts differ in size: 1 and 2 cells. Select ranges of the same size.",
    );
  });

  test("a block of several rows and columns is #VALUE!", () => {
    expect(
      failureOf(() =>
        goalCoefficient(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [1, 2],
            [3, 4],
          ],
          null,
          null,
          null,
          "en",
        ),
      ).message,
    ).toBe("facts: select one column or one row of cells, not a 2 × 2 range.");
  });

  test("a bad cell names its row", () => {
    expect(failureOf(() => goalCoefficient(column(1, "n/a"), column(1, 2), null, null, null, "en")).message).toBe(
      "facts, row 2: “n/a” is not a number. Enter a number or leave the cell empty.",
    );
    expect(failureOf(() => goalCoefficient(column(1, 2), column(1, errorObject("#REF!")), null, null, null, "ru")).message).toBe(
      "планы, строка 2: в ячейке ошибка #REF!. Сначала исправьте эту ячейку.",
    );
    expect(failureOf(() => goalCoefficient(column(1), column(1), null, column("вверх"), null, "ru")).message).toBe(
      "направления_улучшения, строка 1: значение «вверх» не подходит. Введите «выше» или «ниже».",
    );
    expect(failureOf(() => goalCoefficient(column(1), column(1), null, null, "best", "en")).message).toBe(
      "rule: “best” is not accepted. Enter “improvement” or “ratio”.",
    );
  });

  test("an empty range is #N/A; rows without a plan or a fact only are #N/A", () => {
    const empty = failureOf(() => goalCoefficient(column(null, null), column(null, ""), null, null, null, "en"));
    expect(empty.kind).toBe("notAvailable");
    expect(empty.message).toBe("facts: every cell is empty. Fill in at least one row.");
    const none = failureOf(() => goalCoefficient(column(null, 5), column(3, null), null, null, null, "kk"));
    expect(none.kind).toBe("notAvailable");
    expect(none.message).toBe(
      "Бірде-бір индикатор есепке алынбайды: толтырылған әр жолда жоспар немесе факт жоқ (24-тармақ), сондықтан K анықталмаған.",
    );
  });
});

describe("BAGALAU.TASK", () => {
  test("the ratio rule by default: (96 / 120 + min(30 / 25, 1)) / 2 = 0.9, bases ignored", () => {
    expect(taskCoefficient(column(96, 30), column(120, 25), column(80, 20), null, null, "en")).toBeCloseTo((0.8 + 1) / 2, 15);
  });

  test("rule “improvement”: ((96 − 80) / (120 − 80) + min((30 − 20) / (25 − 20), 1)) / 2 = 0.7", () => {
    expect(taskCoefficient(column(96, 30), column(120, 25), column(80, 20), null, "improvement", "en")).toBeCloseTo((0.4 + 1) / 2, 15);
    expect(taskCoefficient(column(96, 30), column(120, 25), column(80, 20), null, "жақсару", "kk")).toBeCloseTo(0.7, 15);
  });

  test("no counted result is #N/A with the direct-result message", () => {
    const failure = failureOf(() => taskCoefficient(column(96), column(null), null, null, null, "en"));
    expect(failure.kind).toBe("notAvailable");
    expect(failure.message).toBe("No direct result can be counted: every filled row lacks a plan or a fact (§24), so P is not defined.");
  });
});
