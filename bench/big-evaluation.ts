// The benchmarks' synthetic evaluations, as raw `bagalau/evaluation@1` JSON values: `syntheticEvaluation`,
// shaped like a real file (the core and the CLI), and `bigEvaluationJson`, many indicators over 50 goals
// whose plans often do not improve on the base (the workbook benchmark; the CLI's issue-heavy case).

export const GOALS = 50;
const BIG_TASKS_PER_GOAL = 2;
const BIG_RESULTS_PER_TASK = 5;

/** `rows` target indicators over 50 goals, each goal with two tasks of five direct results. */
export function bigEvaluationJson(rows: number): Record<string, unknown> {
  const perGoal = Math.ceil(rows / GOALS);
  const measure = (i: number, kind: string) => ({
    code: String(i + 1),
    name: `${kind} ${i + 1}: халықтың өмір сүру сапасының көрсеткіші`,
    source: "ҚР ҰЭМ Статистика комитеті",
    unit: i % 3 === 0 ? "%" : "адам",
    better: i % 4 === 0 ? "lower" : "higher",
    base: 100 + (i % 37),
    plan: 110 + (i % 41),
    fact: i % 11 === 0 ? null : 105 + (i % 43),
    data: i % 13 === 0 ? "operational" : "official",
    responsible: "Департамент",
  });
  const goals = Array.from({ length: GOALS }, (_, g) => ({
    code: `${g + 1}.1`,
    name: `Мақсат ${g + 1}`,
    indicators: Array.from({ length: Math.max(0, Math.min(perGoal, rows - g * perGoal)) }, (_, i) => measure(g * perGoal + i, "Индикатор")),
    tasks: Array.from({ length: BIG_TASKS_PER_GOAL }, (_, t) => ({
      code: `${g + 1}.1.${t + 1}`,
      name: `Міндет ${t + 1}`,
      results: Array.from({ length: BIG_RESULTS_PER_TASK }, (_, r) => measure(r, "Нәтиже")),
    })),
  }));
  const quality = [{ code: "1", name: "Сала", q1: 1, q2: 0.5 }];
  const risks = [{ name: "Тәуекел", r: 1 }];
  return { format: "bagalau/evaluation@1", body: { name: "Бенчмарк министрлігі", kind: "central", period: "2024" }, quality, risks, goals };
}

// ---------------------------------------------------------------- shaped like a real file

export const INDICATORS_PER_GOAL = 20;
export const TASKS_PER_GOAL = 3;
export const RESULTS_PER_TASK = 2;
export const INDICATORS_PER_UNRELIABLE_FACT = 2_000;

/** Measure `i` of a table, as planners fill it: both directions, some bases and facts missing, some numbers as text, some operational data. */
function measure(i: number, kind: string): Record<string, unknown> {
  const lower = i % 3 === 0;
  const base = 100 + (i % 37);
  const step = 5 + (i % 7);
  const plan = i % 41 === 0 ? base : lower ? base - step : base + step;
  const fact = lower ? base - (i % 11) : base + (i % 13);
  const row: Record<string, unknown> = {
    code: String(i + 1),
    name: `${kind} ${i + 1}: халықтың өмір сүру сапасының көрсеткіші`,
    source: "ҚР ҰЭМ Статистика комитеті",
    unit: i % 4 === 0 ? "%" : "адам",
    better: lower ? "lower" : "higher",
    plan,
    fact: i % 17 === 0 ? null : i % 29 === 0 ? `${fact},5` : fact,
    data: i % 101 === 0 ? "none" : i % 5 === 0 ? "operational" : "official",
    responsible: "Стратегиялық жоспарлау департаменті",
  };
  if (i % 13 !== 0) row.base = base;
  if (fact !== plan && i % 2 === 0) row.deviationReason = "Сыртқы факторлардың әсері";
  return row;
}

/** A central body's evaluation file (bagalau/evaluation@1, decoded) with `indicators` target indicators. */
export function syntheticEvaluation(indicators: number): unknown {
  const goalCount = Math.ceil(indicators / INDICATORS_PER_GOAL);
  const goals = [];
  let result = 0;
  for (let g = 0; g < goalCount; g++) {
    const first = g * INDICATORS_PER_GOAL;
    const rows = [];
    for (let i = first; i < Math.min(first + INDICATORS_PER_GOAL, indicators); i++) rows.push(measure(i, "Индикатор"));
    const tasks = [];
    for (let t = 0; t < TASKS_PER_GOAL; t++) {
      const results = [];
      for (let r = 0; r < RESULTS_PER_TASK; r++) results.push(measure(result++, "Нәтиже"));
      tasks.push({ code: `${g + 1}.${t + 1}`, name: `Міндет ${g + 1}.${t + 1}`, results });
    }
    goals.push({ code: String(g + 1), name: `Стратегиялық мақсат ${g + 1}`, indicators: rows, tasks });
  }
  const quality = Array.from({ length: 8 }, (_, s) =>
    s % 2 === 0
      ? { code: String(s + 1), name: `Сала ${s + 1}`, q1: 1, q2: s % 4 === 0 ? 0.5 : 1 }
      : {
          code: String(s + 1),
          name: `Сала ${s + 1}`,
          directions: [1, 2, 3].map((d) => ({ code: `${s + 1}.${d}`, name: `Бағыт ${s + 1}.${d}`, q1: d === 3 ? 0.5 : 1, q2: 1 })),
        },
  );
  const risks = Array.from({ length: 6 }, (_, k) => ({ name: `Тәуекел ${k + 1}`, r: [1, 0.5, 0][k % 3], measures: "Алдын алу шаралары" }));
  const unreliableFacts = Array.from({ length: Math.floor(indicators / INDICATORS_PER_UNRELIABLE_FACT) }, (_, k) => ({
    indicator: `Индикатор ${k * INDICATORS_PER_UNRELIABLE_FACT + 2}`,
    plan: 110,
    fact: 112,
    rechecked: 104,
    note: "Қайта тексеру",
  }));
  return {
    format: "bagalau/evaluation@1",
    body: { name: "Бенчмарк министрлігі", kind: "central", period: "2024" },
    quality,
    risks,
    goals,
    penalties: { deadline: "2025-02-01", submitted: "2025-02-03", missingElements: [], unreliableFacts },
  };
}
