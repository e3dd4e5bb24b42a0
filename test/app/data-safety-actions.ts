// Every action of BagalauApp as the data-safety tests run it, in one table over the interface's keys, so
// that an action added to src/app/api.ts without a line here fails the type-check and the tests.

import type { BagalauApp } from "../../src/app/api";
import type { ProfileInput } from "../../src/core";
import { sheetName } from "../../src/workbook/templates/sheet-names";

export const TODAY = "2024-03-01";

/** What an action needs from the host beside the app: the user deleting a sheet (for insertTemplates). */
interface ActionHost {
  deleteSheet(name: string): void;
}

export type ActionRunner = (app: BagalauApp, host: ActionHost) => Promise<unknown>;

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
};

export const ACTION_NAMES = Object.keys(ACTIONS) as (keyof BagalauApp)[];
