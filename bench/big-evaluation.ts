// The benchmarks' big evaluation: a central body with many target indicators spread over 50 goals,
// as the raw `bagalau/evaluation@1` JSON value (written to a file, or parsed and filled into a workbook).

export const GOALS = 50;
const TASKS_PER_GOAL = 2;
const RESULTS_PER_TASK = 5;

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
    tasks: Array.from({ length: TASKS_PER_GOAL }, (_, t) => ({
      code: `${g + 1}.1.${t + 1}`,
      name: `Міндет ${t + 1}`,
      results: Array.from({ length: RESULTS_PER_TASK }, (_, r) => measure(r, "Нәтиже")),
    })),
  }));
  const quality = [{ code: "1", name: "Сала", q1: 1, q2: 0.5 }];
  const risks = [{ name: "Тәуекел", r: 1 }];
  return { format: "bagalau/evaluation@1", body: { name: "Бенчмарк министрлігі", kind: "central", period: "2024" }, quality, risks, goals };
}
