// Every action of BagalauApp as the data-safety tests run it, in one table over the interface's keys, so
// that an action added to src/app/api.ts without a line here fails the type-check and the tests.

import type { BagalauApp } from "../../src/app/api";
import type { ProfileInput } from "../../src/core";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { recognizePlan } from "../../src/workbook/plan-import/recognize";
import type { PlanGrid } from "../../src/workbook/plan-import/plan-grid";

export const TODAY = "2024-03-01";

/** What an action needs from the host beside the app: the user deleting a sheet (for insertTemplates). */
interface ActionHost {
  deleteSheet(name: string): void;
}

export type ActionRunner = (app: BagalauApp, host: ActionHost) => Promise<unknown>;

/** A plan's table of one goal with a task, the kind a planner keeps on a sheet. */
export const SMALL_PLAN: PlanGrid[] = [
  {
    kind: "sheet",
    name: "My plan",
    mergesExpanded: false,
    rows: [
      ["Name", "Unit", "Reporting period", "Plan period", null],
      [null, null, "2009", "2010", "2011"],
      ["Goal 1.1. Healthy mothers and children"],
      ["Reduction of maternal mortality", "per 100,000", "37,0", "31,0-38,0", "36"],
      ["Task 1.1.1. Women's health"],
      ["Direct results"],
      ["Increase of early detection", "%", "70,0/76,5", "70,2/76,7", "70,4/76,8"],
    ],
  },
];

const PROFILE: ProfileInput = { qualityRule: "product", indicatorRule: "ratio", unreliableThreshold: 2 };

/**
 * Every member of BagalauApp and how the safety tests run it, on a workbook whose templates are the
 * central body's in English. A Record over the interface's keys: a new action without a line here is a
 * type error; the tests also compare these keys with the members of the app object at run time.
 */
export const ACTIONS: Record<keyof BagalauApp, ActionRunner> = {
  state: (app) => app.state(),
  saveState: (app) => app.saveState({ lang: "ru", period: "2024" }),
  insertTemplates: async (app, host) => {
    // All there: nothing is inserted. Then one template deleted by the user: only the missing one is added.
    await app.insertTemplates({ kind: "central", lang: "en", onlyMissing: false });
    host.deleteSheet(sheetName("penalties", "central", "en"));
    return app.insertTemplates({ kind: "central", lang: "kk", onlyMissing: true, bodyName: '=HYPERLINK("http://x")', period: "2024" });
  },
  score: (app) => app.score(),
  check: (app) => app.check("en", TODAY),
  clearHighlights: (app) => app.clearHighlights(),
  select: (app) => app.select({ sheet: sheetName("goals", "central", "en"), row: 5, column: 3 }),
  applyProfile: (app) => app.applyProfile(PROFILE),
  onChange: async (app) => {
    const failures: unknown[] = [];
    const unsubscribe = app.onChange?.(
      () => undefined,
      (error) => failures.push(error),
    );
    await unsubscribe?.();
    if (failures.length > 0) throw failures[0];
  },
  generateConclusion: (app) => app.generateConclusion("kk"),
  readSheets: (app) => app.readSheets(),
  // The templates are there: a plan is never written over them (test/app/plan-import.test.ts imports into a workbook without).
  importPlan: (app) => app.importPlan({ plan: recognizePlan(SMALL_PLAN, 2010), kind: "central", lang: "en" }),
  nextPeriod: (app) => app.nextPeriod({ lang: "en", plan: recognizePlan(SMALL_PLAN, 2011) }),
  // Hosts without row edits offer no structure actions.
  outline: async (app) => app.outline?.(),
  changeStructure: async (app) => app.changeStructure?.({ type: "addGoal" }),
};

export const ACTION_NAMES = Object.keys(ACTIONS) as (keyof BagalauApp)[];
