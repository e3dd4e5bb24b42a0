// Test set-up for the ExcelPort: a fake Excel and Office (office-addin-mock) wired into a port and the
// application services, and evaluations of any number of indicator rows to fill the templates with.

import { parseEvaluation, scoreEvaluation, type Evaluation, type Result } from "../../src/core";
import { createExcelPort, officeSettings, type ExcelPort } from "../../src/app/excel-port";
import { createBagalauApp } from "../../src/app/bagalau-app";
import type { BagalauApp } from "../../src/app/api";
import { fakeExcel, fakeOffice, FakeWorkbook, type FakeExcel, type SyncRecord } from "./fake-excel";

export interface Harness {
  book: FakeWorkbook;
  excel: FakeExcel;
  port: ExcelPort;
  app: BagalauApp;
  stored: Map<string, unknown>;
  /** Runs an action and returns how many context.sync() calls it made, and what each sent and received. */
  syncsOf<T>(action: () => Promise<T>): Promise<{ value: T; syncs: number; records: SyncRecord[] }>;
}

export function harness(
  options: { book?: FakeWorkbook; excelApi?: string; stored?: Map<string, unknown>; now?: () => number } = {},
): Harness {
  const book = options.book ?? new FakeWorkbook();
  const excel = fakeExcel(book);
  const { office, stored } = fakeOffice({ excelApi: options.excelApi, stored: options.stored });
  const port = createExcelPort({
    run: (batch) => excel.run(batch),
    runIn: (context, batch) => excel.run(context, batch),
    requirements: office.context.requirements,
    settings: officeSettings(office.context.document.settings),
    now: options.now,
  });
  return {
    book,
    excel,
    port,
    app: createBagalauApp(port),
    stored,
    async syncsOf(action) {
      const before = excel.counters.syncs;
      const logged = excel.syncLog.length;
      const value = await action();
      return { value, syncs: excel.counters.syncs - before, records: excel.syncLog.slice(logged) };
    },
  };
}

/**
 * A central body with one goal of `rows` indicators (every third without a fact, so the check has work),
 * one task with two results, one sphere, one risk, and a reporting deadline met.
 */
export function evaluationWithRows(rows: number): { evaluation: Evaluation; result: Result } {
  const indicators = Array.from({ length: rows }, (_, i) => ({
    code: `1.${i + 1}`,
    name: `Indicator ${i + 1}`,
    unit: "%",
    better: "higher",
    data: "official",
    base: 50,
    plan: 100,
    fact: i % 3 === 2 ? null : 90 + (i % 20),
  }));
  const parsed = parseEvaluation({
    format: "bagalau/evaluation@1",
    body: { name: "Test ministry", kind: "central", period: "2023" },
    quality: [{ code: "1", name: "Sphere", q1: 1, q2: 0.5 }],
    risks: [{ name: "Risk", r: 1 }],
    goals: [
      {
        code: "1",
        name: "Goal",
        indicators,
        tasks: [
          {
            code: "1.1",
            name: "Task",
            results: [
              { name: "Result A", plan: 10, fact: 10 },
              { name: "Result B", plan: 4, fact: 2 },
            ],
          },
        ],
      },
    ],
    penalties: { deadline: "2024-02-01", submitted: "2024-01-20", missingElements: [], unreliableFacts: [] },
  });
  return { evaluation: parsed.evaluation, result: scoreEvaluation(parsed.evaluation, parsed.issues) };
}
