// The appeal (methodology §28–35, App. 6; Sys. §57–62): the deadlines counted by hand on the Kazakhstan
// calendar around every public holiday, the 15 calendar days, days left and passed deadlines, and the score
// after accepted and rejected objections (computed by hand for a small evaluation), late objections refused.

import fc from "fast-check";
import {
  AppealDatesProblem,
  appealDeadlines,
  applyAccepted,
  applyChange,
  assessAppeal,
  changePathOf,
  parseChangePath,
  parseEvaluation,
  scoreEvaluation,
  type Evaluation,
  type Objection,
} from "../../src/core";

/** The objections' deadline: 5 working days after the day the conclusion was received. */
const objectionsDue = (received: string, adjustments = {}) =>
  appealDeadlines({ conclusionReceived: received, adjustments }).objections?.date;

describe("the objections' deadline: 5 working days from receiving the conclusion (§28), around each holiday", () => {
  test.each([
    // [received, due, the count by hand]
    ["2024-03-06", "2024-03-14", "Wed 6 Mar → Thu 7 (1), Fri 8 Women's Day, Mon 11 (2), Tue 12 (3), Wed 13 (4), Thu 14 (5)"],
    [
      "2024-03-15",
      "2024-03-27",
      "Fri 15 Mar → Mon 18 (1), Tue 19 (2), Wed 20 (3), Thu 21 + Fri 22 Nauryz, Sat 23 Nauryz moved to Mon 25, Tue 26 (4), Wed 27 (5)",
    ],
    [
      "2024-04-30",
      "2024-05-10",
      "Tue 30 Apr → Wed 1 May Unity Day, Thu 2 (1), Fri 3 (2), Sat 4 worked by the Minister's order (3), Mon 6 (4), Tue 7 Defender Day, Wed 8 moved off, Thu 9 Victory Day, Fri 10 (5)",
    ],
    ["2025-06-03", "2025-06-11", "Tue 3 Jun 2025 → Wed 4 (1), Thu 5 (2), Fri 6 Kurban Ait, Mon 9 (3), Tue 10 (4), Wed 11 (5)"],
    ["2024-06-12", "2024-06-19", "Wed 12 Jun → Thu 13 (1), Fri 14 (2), Sun 16 Kurban Ait not moved, so Mon 17 (3), Tue 18 (4), Wed 19 (5)"],
    ["2024-07-04", "2024-07-12", "Thu 4 Jul → Fri 5 (1), Sat 6 Capital Day moved to Mon 8, Tue 9 (2), Wed 10 (3), Thu 11 (4), Fri 12 (5)"],
    ["2024-08-27", "2024-09-04", "Tue 27 Aug → Wed 28 (1), Thu 29 (2), Fri 30 Constitution Day, Mon 2 Sep (3), Tue 3 (4), Wed 4 (5)"],
    ["2024-10-22", "2024-10-30", "Tue 22 Oct → Wed 23 (1), Thu 24 (2), Fri 25 Republic Day, Mon 28 (3), Tue 29 (4), Wed 30 (5)"],
    ["2024-12-12", "2024-12-20", "Thu 12 Dec → Fri 13 (1), Mon 16 Independence Day, Tue 17 (2), Wed 18 (3), Thu 19 (4), Fri 20 (5)"],
    [
      "2021-12-30",
      "2022-01-11",
      "Thu 30 Dec 2021 → Fri 31 (1), Sat 1 + Sun 2 Jan New Year moved to Mon 3 + Tue 4, Wed 5 (2), Thu 6 (3), Fri 7 Christmas, Mon 10 (4), Tue 11 (5)",
    ],
    [
      "2022-12-30",
      "2023-01-10",
      "Fri 30 Dec 2022 → Sun 1 Jan moved past Mon 2 (a holiday itself) to Tue 3, Wed 4 (1), Thu 5 (2), Fri 6 (3), Sat 7 Christmas not moved, Mon 9 (4), Tue 10 (5)",
    ],
    ["2024-01-03", "2024-01-10", "Wed 3 Jan 2024 → Thu 4 (1), Fri 5 (2), Sun 7 Christmas not moved, so Mon 8 (3), Tue 9 (4), Wed 10 (5)"],
  ])("received %s → due %s (%s)", (received, due) => {
    expect(objectionsDue(received)).toBe(due);
  });

  test("§9's examples: Fri 15 Mar 2024 → Wed 27 Mar 2024; Wed 10 Mar 2027 → Thu 18 Mar 2027; Tue 25 Aug 2026 → Tue 1 Sep 2026", () => {
    // 2027: Thu 11 (1), Fri 12 (2), Mon 15 Constitution Day, Tue 16 (3), Wed 17 (4), Thu 18 (5).
    // 2026: Wed 26 (1), Thu 27 (2), Fri 28 (3), Sun 30 no longer a holiday so Mon 31 (4), Tue 1 Sep (5).
    expect(objectionsDue("2024-03-15")).toBe("2024-03-27");
    expect(objectionsDue("2027-03-10")).toBe("2027-03-18");
    expect(objectionsDue("2026-08-25")).toBe("2026-09-01");
    // The disagreement table's 5 working days count on the same calendar, from receiving the objections.
    expect(appealDeadlines({ objectionsReceived: "2027-03-10" }).table?.date).toBe("2027-03-18");
  });

  test("the days moved by act are built in: Mon 6 May 2024 → Thu 16 May (Wed 8 May off by the Minister of Labour's order)", () => {
    // Tue 7 Defender Day, Wed 8 moved off, Thu 9 Victory Day; Fri 10 (1), Mon 13 (2), Tue 14 (3), Wed 15 (4), Thu 16 (5).
    expect(objectionsDue("2024-05-06")).toBe("2024-05-16");
    // Mon 3 Jul 2023: Tue 4 (1), Wed 5 (2), Thu 6 Capital Day, Fri 7 moved off by Government decree, Mon 10 (3), Tue 11 (4), Wed 12 (5).
    expect(objectionsDue("2023-07-03")).toBe("2023-07-12");
  });

  test("days moved by an act BAGALAU does not know: an extra day off pushes the deadline, an extra working day pulls it", () => {
    // Nauryz 2024 with Mon 18 Mar made a day off: Tue 19 (1), Wed 20 (2), Tue 26 (3), Wed 27 (4), Thu 28 (5).
    expect(objectionsDue("2024-03-15", { extraDaysOff: ["2024-03-18"] })).toBe("2024-03-28");
    // With Sat 16 Mar made a working day: Sat 16 (1), Mon 18 (2), Tue 19 (3), Wed 20 (4), Tue 26 (5).
    expect(objectionsDue("2024-03-15", { extraWorkingDays: ["2024-03-16"] })).toBe("2024-03-26");
  });

  test("a day both off and working, or a date that is none, cannot be counted", () => {
    expect(() =>
      appealDeadlines({
        conclusionReceived: "2024-03-15",
        adjustments: { extraDaysOff: ["2024-03-18"], extraWorkingDays: ["2024-03-18"] },
      }),
    ).toThrow(AppealDatesProblem);
    expect(() => appealDeadlines({ conclusionReceived: "2024-02-30" })).toThrow(AppealDatesProblem);
  });
});

describe("the table (5 working days, §32) and the final results (15 calendar days, §35) from receiving the objections", () => {
  test("objections received on Friday 22 March 2024, a Nauryz day", () => {
    const deadlines = appealDeadlines({ objectionsReceived: "2024-03-22" });
    // Sat 23 Nauryz moved to Mon 25: Tue 26 (1), Wed 27 (2), Thu 28 (3), Fri 29 (4), Mon 1 Apr (5).
    expect(deadlines.table?.date).toBe("2024-04-01");
    // Calendar days count weekends and holidays alike: 22 March + 15 = 6 April (a Saturday, kept as it is).
    expect(deadlines.final?.date).toBe("2024-04-06");
    expect(deadlines.objections).toBeUndefined();
  });

  test("the 15 calendar days run over the new year: 20 December 2023 + 15 = 4 January 2024", () => {
    // 11 days to 31 December, then 4 more.
    expect(appealDeadlines({ objectionsReceived: "2023-12-20" }).final?.date).toBe("2024-01-04");
  });
});

describe("days left from a given today, and passed deadlines flagged", () => {
  const input = { conclusionReceived: "2024-03-15" };

  test("before, on and after the day (due Wednesday 27 March 2024)", () => {
    expect(appealDeadlines(input, "2024-03-20").objections).toEqual({ date: "2024-03-27", daysLeft: 7, status: "open" });
    expect(appealDeadlines(input, "2024-03-27").objections).toEqual({ date: "2024-03-27", daysLeft: 0, status: "open" });
    expect(appealDeadlines(input, "2024-03-29").objections).toEqual({ date: "2024-03-27", daysLeft: -2, status: "passed" });
  });

  test("no today: the dates only; objections received tell met or missed on their own", () => {
    expect(appealDeadlines(input).objections).toEqual({ date: "2024-03-27", daysLeft: null, status: null });
    expect(appealDeadlines({ ...input, objectionsReceived: "2024-03-27" }).objections?.status).toBe("met");
    expect(appealDeadlines({ ...input, objectionsReceived: "2024-03-28" }).objections?.status).toBe("missed");
    // The final results of objections received 28 March: 28 + 15 = 12 April; on 13 April it has passed.
    expect(appealDeadlines({ ...input, objectionsReceived: "2024-03-28" }, "2024-04-13").final).toEqual({
      date: "2024-04-12",
      daysLeft: -1,
      status: "passed",
    });
  });
});

/**
 * A central body scored by hand: q1 = 1, q2 = 0.5 → B = 0.75; R = 0.5 → C = 0.5; one goal whose indicator
 * goes from base 10 to fact 15 against a plan of 20 → h = 0.5 = K, one task with p = 80/100 = 0.8 = P = Y,
 * X = 0.4 = D; submitted 5 February after a deadline of 1 February → W = 1.5.
 * A = 100 · (0.1·0.75 + 0.1·0.5 + 0.8·0.4) − 1.5 = 7.5 + 5 + 32 − 1.5 = 43.
 */
const RAW = {
  format: "bagalau/evaluation@1",
  body: { name: "Test ministry", kind: "central", period: "2023" },
  quality: [{ code: "1", name: "Sphere", q1: 1, q2: 0.5 }],
  risks: [{ name: "Risk", r: 0.5 }],
  goals: [
    {
      code: "1",
      name: "Goal",
      indicators: [{ name: "Indicator", better: "higher", base: 10, plan: 20, fact: 15 }],
      tasks: [{ code: "1.1", name: "Task", results: [{ name: "Result", better: "higher", plan: 100, fact: 80 }] }],
    },
  ],
  penalties: { deadline: "2024-02-01", submitted: "2024-02-05" },
};
const evaluation = (): Evaluation => parseEvaluation(RAW).evaluation;

const objection = (number: number, decision: Objection["decision"], change?: Objection["change"]): Objection => ({
  number,
  conclusionText: `Statement ${number}`,
  objection: `Objection ${number}`,
  decision,
  rationale: "",
  ...(change ? { change } : {}),
});

const OBJECTIONS: Objection[] = [
  objection(1, "accepted", { path: "goals[0].indicators[0].fact", value: 18 }),
  objection(2, "rejected", { path: "risks[0].r", value: 1 }),
  objection(3, "accepted", { path: "penalties.late", value: false }),
  objection(4, "undecided", { path: "quality[0].q2", value: 1 }),
];

describe("the score after the appeal", () => {
  test("the original is 43, computed by hand", () => {
    expect(scoreEvaluation(evaluation()).A).toBeCloseTo(43, 10);
  });

  test("accepted objections change the inputs; rejected and undecided ones do not", () => {
    const assessment = assessAppeal(evaluation(), {
      conclusionReceived: "2024-03-15",
      objectionsReceived: "2024-03-22",
      objections: OBJECTIONS,
    });
    // No. 1: fact 18 → h = (18 − 10)/(20 − 10) = 0.8 = K, X = 0.8 · 0.8 = 0.64 = D → 100 · 0.8 · 0.64 = 51.2 points.
    // No. 3: not late → W = 0. No. 2 (C would be 1) and No. 4 (B would be 1) change nothing.
    // A = 7.5 + 5 + 51.2 − 0 = 63.7.
    expect(assessment.result.A).toBeCloseTo(63.7, 10);
    expect(assessment.result.criteria.D.coefficient).toBeCloseTo(0.64, 12);
    expect(assessment.result.criteria.C?.coefficient).toBe(0.5);
    expect(assessment.result.criteria.B.coefficient).toBe(0.75);
    expect(assessment.result.W.total).toBe(0);
    expect(assessment.outcomes.map((o) => o.status)).toEqual(["applied", "rejected", "applied", "undecided"]);
    expect(assessment.accepted).toBe(2);
    expect(assessment.changed).toBe(true);
    expect(assessment.late).toBe(false);
  });

  test("only rejected objections: the score after the appeal is the original", () => {
    const rejected = OBJECTIONS.map((o) => ({ ...o, decision: "rejected" as const }));
    const assessment = assessAppeal(evaluation(), { objections: rejected });
    expect(assessment.result.A).toBeCloseTo(43, 10);
    expect(assessment.changed).toBe(false);
    expect(assessment.accepted).toBe(0);
  });

  test("objections received after the deadline are not accepted (§30), whatever the decision says", () => {
    // Conclusion received Fri 15 March 2024: due Wed 27 March; the objections came on Thu 28 March.
    const assessment = assessAppeal(evaluation(), {
      conclusionReceived: "2024-03-15",
      objectionsReceived: "2024-03-28",
      objections: OBJECTIONS,
    });
    expect(assessment.late).toBe(true);
    expect(assessment.deadlines.objections?.status).toBe("missed");
    expect(assessment.outcomes.map((o) => o.status)).toEqual(["late", "late", "late", "late"]);
    expect(assessment.result.A).toBeCloseTo(43, 10);
    expect(assessment.accepted).toBe(0);
    // On the last day itself they are in time.
    const inTime = assessAppeal(evaluation(), {
      conclusionReceived: "2024-03-15",
      objectionsReceived: "2024-03-27",
      objections: OBJECTIONS,
    });
    expect(inTime.late).toBe(false);
    expect(inTime.result.A).toBeCloseTo(63.7, 10);
  });

  test("an objection received on its own date is judged by it", () => {
    const own = [
      { ...OBJECTIONS[0], received: "2024-03-28" },
      { ...OBJECTIONS[2], received: "2024-03-26" },
    ];
    const assessment = assessAppeal(evaluation(), { conclusionReceived: "2024-03-15", objections: own });
    expect(assessment.outcomes.map((o) => o.status)).toEqual(["late", "applied"]);
    // Only "not late" applies: A = 43 + 1.5 = 44.5.
    expect(assessment.result.A).toBeCloseTo(44.5, 10);
  });

  test("an accepted objection whose change cannot be made is reported, not applied", () => {
    const bad = [
      objection(1, "accepted", { path: "goals[3].indicators[0].fact", value: 1 }),
      objection(2, "accepted", { path: "goals[0].name", value: 1 }),
      objection(3, "accepted", { path: "penalties.late", value: 1 }),
      objection(4, "accepted", { path: "penalties.unreliableFactCount", value: 2.5 }),
      objection(5, "accepted"),
    ];
    const assessment = assessAppeal(evaluation(), { objections: bad });
    expect(assessment.outcomes.map((o) => [o.status, o.problem])).toEqual([
      ["invalidChange", "noSuchItem"],
      ["invalidChange", "notAPath"],
      ["invalidChange", "badValue"],
      ["invalidChange", "badValue"],
      ["acceptedNoChange", undefined],
    ]);
    expect(assessment.result.A).toBeCloseTo(43, 10);
    expect(assessment.accepted).toBe(1);
  });

  test("penalties: incomplete and the count of unreliable facts", () => {
    const raw = { ...RAW, penalties: { missingElements: ["section 6"], unreliableFactCount: 4 } };
    const original = parseEvaluation(raw).evaluation;
    // W = 2 (incomplete) + 4 · 0.2 (four facts, threshold 3) = 2.8; A = 44.5 − 2.8 = 41.7.
    expect(scoreEvaluation(original).A).toBeCloseTo(41.7, 10);
    const after = applyAccepted(original, [
      objection(1, "accepted", { path: "penalties.incomplete", value: false }),
      objection(2, "accepted", { path: "penalties.unreliableFactCount", value: 2 }),
    ]);
    // Complete, and 2 facts are below the threshold of 3: W = 0, A = 44.5.
    expect(scoreEvaluation(after).A).toBeCloseTo(44.5, 10);
    expect(after.penalties.missingElements).toEqual([]);
  });

  test("applyAccepted is pure: the original evaluation is untouched, and a later change of the same input wins", () => {
    const original = evaluation();
    const copy = JSON.parse(JSON.stringify(original));
    const after = applyAccepted(original, [
      objection(2, "accepted", { path: "goals[0].indicators[0].fact", value: 20 }),
      objection(1, "accepted", { path: "goals[0].indicators[0].fact", value: 12 }),
    ]);
    expect(original).toEqual(copy);
    expect(after.goals[0].indicators[0].fact).toBe(20);
    expect(after).not.toBe(original);
    expect(applyAccepted(original, [objection(1, "rejected", { path: "risks[0].r", value: 1 })])).toBe(original);
  });

  test("every change path reads back to itself", () => {
    const paths = [
      "goals[0].indicators[2].base",
      "goals[1].tasks[0].results[3].plan",
      "quality[2].q1",
      "quality[0].directions[4].q2",
      "risks[7].r",
      "performance[5].current",
      "penalties.late",
      "penalties.incomplete",
      "penalties.unreliableFactCount",
    ];
    for (const path of paths) expect(changePathOf(parseChangePath(path)!)).toBe(path);
    expect(parseChangePath("goals[0].indicators[0].name")).toBeUndefined();
    // A sphere with directions takes its q from them: its own q1 is no input.
    const withDirections = parseEvaluation({
      ...RAW,
      quality: [{ code: "1", name: "S", directions: [{ code: "1.1", name: "D", q1: 1, q2: 1 }] }],
    }).evaluation;
    expect(applyChange(withDirections, { path: "quality[0].q1", value: 1 })).toBe("noSuchItem");
  });

  test("property: rejected and undecided objections never change the score", () => {
    const base = evaluation();
    const A = scoreEvaluation(base).A;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            decision: fc.constantFrom("rejected" as const, "undecided" as const),
            path: fc.constantFrom("goals[0].indicators[0].fact", "risks[0].r", "quality[0].q1", "penalties.late"),
            value: fc.double({ min: -100, max: 100, noNaN: true }),
          }),
          { maxLength: 6 },
        ),
        (rows) => {
          const objections = rows.map((r, i) =>
            objection(i + 1, r.decision, { path: r.path, value: r.path === "penalties.late" ? r.value > 0 : r.value }),
          );
          expect(assessAppeal(base, { objections }).result.A).toBe(A);
        },
      ),
      { numRuns: 50 },
    );
  });
});
