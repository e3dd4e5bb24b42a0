// BAGALAU.PENALTY and SCORE (METHODOLOGY.md §1, §6): penalty points with the cap and threshold options,
// and the total score of central and local bodies; by hand.

import { penaltyPoints, totalScore } from "../../src/functions/total";
import { column, failureOf, row } from "./excel-values";

describe("BAGALAU.PENALTY", () => {
  test("late only: 1.5", () => {
    expect(penaltyPoints(true, false, 0, null, null, "en")).toBe(1.5);
  });

  test("late, incomplete and 4 unreliable facts: 1.5 + 2 + 4 · 0.2 = 4.3", () => {
    expect(penaltyPoints(true, true, 4, null, null, "en")).toBeCloseTo(4.3, 15);
  });

  test("2 unreliable facts are below the threshold of 3: 0; with threshold 2: 2 · 0.2 = 0.4", () => {
    expect(penaltyPoints(false, false, 2, null, null, "en")).toBe(0);
    expect(penaltyPoints(false, false, 2, null, 2, "en")).toBe(0.4);
  });

  test("30 unreliable facts: 6 points capped at 5; late + 5 = 6.5; with capTotal W = min(1.5 + 6, 5) = 5", () => {
    expect(penaltyPoints(false, false, 30, null, null, "en")).toBe(5);
    expect(penaltyPoints(true, false, 30, false, null, "en")).toBe(6.5);
    expect(penaltyPoints(true, false, 30, true, null, "en")).toBe(5);
  });

  test("blanks are FALSE and 0; 1/0 and yes/no words in the three languages are read", () => {
    expect(penaltyPoints(null, null, null, null, null, "en")).toBe(0);
    expect(penaltyPoints(1, "иә", "3", null, null, "kk")).toBeCloseTo(1.5 + 2 + 0.6, 15);
    expect(penaltyPoints("нет", "да", null, null, null, "ru")).toBe(2);
  });

  test("bad arguments are #VALUE!", () => {
    expect(failureOf(() => penaltyPoints("maybe", false, 0, null, null, "en")).message).toBe(
      "late: “maybe” is not accepted. Enter TRUE or FALSE.",
    );
    expect(failureOf(() => penaltyPoints(false, 2, 0, null, null, "ru")).message).toBe(
      "неполно: значение «2» не подходит. Введите ИСТИНА или ЛОЖЬ.",
    );
    expect(failureOf(() => penaltyPoints(false, false, 2.5, null, null, "en")).message).toBe(
      "unreliableFacts: must be a whole number from 0 to 100000, not “2.5”.",
    );
    expect(failureOf(() => penaltyPoints(false, false, -1, null, null, "ru")).message).toBe(
      "недостоверные_факты: должно быть целым числом от 0 до 100000, а не «-1».",
    );
    expect(failureOf(() => penaltyPoints(false, false, 1, null, 0, "en")).message).toBe(
      "threshold: must be a whole number from 1 to 100000, not “0”.",
    );
  });
});

describe("BAGALAU.SCORE", () => {
  test("central: 100 · (0.1 · 0.75 + 0.1 · 0.5 + 0.8 · 0.9) − 1.5 = 7.5 + 5 + 72 − 1.5 = 83", () => {
    expect(totalScore("central", 0.75, 0.5, 0.9, null, 1.5, null, "en")).toBeCloseTo(83, 12);
    expect(totalScore("орталық", 0.75, 0.5, 0.9, "ignored", 1.5, null, "kk")).toBeCloseTo(83, 12);
  });

  test("local: 100 · (0.2 · 0.5 + 0.8 · 0.8) · 0.9 − 2 = 9 + 57.6 − 2 = 64.6; C is ignored", () => {
    expect(totalScore("local", 0.5, "not used", 0.8, 0.9, 2, null, "en")).toBeCloseTo(64.6, 12);
    expect(totalScore("МИО", "0,5", null, "0,8", "0,9", "2", null, "ru")).toBeCloseTo(64.6, 12);
  });

  test("a blank W deducts nothing", () => {
    expect(totalScore("central", 1, 1, 1, null, null, null, "en")).toBeCloseTo(100, 12);
  });

  test("weights (0.2, 0.2, 0.6): 100 · (0.2 · 0.75 + 0.2 · 0.5 + 0.6 · 0.9) − 1.5 = 15 + 10 + 54 − 1.5 = 77.5", () => {
    expect(totalScore("central", 0.75, 0.5, 0.9, null, 1.5, row(0.2, 0.2, 0.6), "en")).toBeCloseTo(77.5, 12);
    // A blank weight keeps its default: (0.1, 0.1, 0.8) → 7.5 + 5 + 72 − 1.5 = 83.
    expect(totalScore("central", 0.75, 0.5, 0.9, null, 1.5, column(null, null, 0.8), "en")).toBeCloseTo(83, 12);
  });

  test("weights that do not add up to 1 are #VALUE!, naming the sum (0.1 + 0.1 + 0.6 = 0.8)", () => {
    expect(failureOf(() => totalScore("central", 0.75, 0.5, 0.9, null, 1.5, column(null, null, 0.6), "en")).message).toBe(
      "weights: the weights must add up to 1, but 0.1 + 0.1 + 0.6 = 0.8.",
    );
    // A local body has no C: its B and D must add up to 1 (0.2 + 0.8), whatever is typed for C.
    expect(totalScore("local", 0.5, null, 0.8, 0.9, 2, row(0.2, 0.5, 0.8), "en")).toBeCloseTo(100 * (0.2 * 0.5 + 0.8 * 0.8) * 0.9 - 2, 12);
  });

  test("bad arguments are #VALUE!", () => {
    expect(failureOf(() => totalScore("regional", 1, 1, 1, 1, 0, null, "en")).message).toBe(
      "kind: “regional” is not accepted. Enter “central” or “local”.",
    );
    expect(failureOf(() => totalScore(null, 1, 1, 1, 1, 0, null, "en")).message).toBe("kind: the value is missing. Enter it.");
    expect(failureOf(() => totalScore("central", 1, null, 1, null, 0, null, "en")).message).toBe("C: the value is missing. Enter it.");
    expect(failureOf(() => totalScore("local", 1, null, 1, null, 0, null, "en")).message).toBe("E: the value is missing. Enter it.");
    expect(failureOf(() => totalScore("central", 1.2, 1, 1, null, 0, null, "ru")).message).toBe(
      "B: должно быть числом от 0 до 1, а не 1,2.",
    );
    expect(failureOf(() => totalScore("central", 1, 1, 1, null, -1, null, "en")).message).toBe("W: must be at least 0, not -1.");
    expect(failureOf(() => totalScore("central", 1, 1, 1, null, 0, row(0.2, 0.8), "en")).message).toBe(
      "weights: give three cells (the weights of B, C and D), not 2.",
    );
  });
});
