// The task pane under test: the real application services (createBagalauApp) over the real
// XlsxWorkbookPort on an in-memory ExcelJS workbook — a clean one (the filled ministry example), one
// with errors, an empty one — instrumented to record calls, emit cell changes and hold an action.

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { configure, render, type RenderResult } from "@testing-library/react";
import { parseEvaluation, scoreEvaluation } from "../../src/core";
import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import type { ActionOptions, BagalauApp } from "../../src/app/api";
import { t, type Lang, type MessageKey } from "../../src/i18n";
import type { CellRef } from "../../src/workbook/cell-ref";
import { filledSheets } from "../../src/workbook/workbook-services";
import { newWorkbook } from "../../src/workbook/xlsx-files";
import { App } from "../../src/taskpane/App";
import type { ViewKey } from "../../src/taskpane/errors";
import type { LiveApp } from "../../src/taskpane/live-app";

// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one (a browser always has it).
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver = ResizeObserverStub;
}

// Role queries skip the costly computed-style walk that decides what is hidden: the views a test has not
// opened are not mounted, and each test opens one view at a time. waitFor gives up after 20 s, not 1 s: an
// action on a real ExcelJS workbook can take seconds on a loaded 2-core machine, and a test asserts what is
// shown, never how fast (speed is the benchmarks').
configure({ defaultHidden: true, asyncUtilTimeout: 20_000 });

export const ROOT = path.join(__dirname, "..", "..");
export const LANGS: readonly Lang[] = ["kk", "ru", "en"];
export const TODAY = "2024-01-15";

/** The text of a key in a language (shorthand for the assertions). */
export const tx = (lang: Lang, key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);

// ---------------------------------------------------------------- workbooks

/** The filled ministry example (examples/ministry-of-health.xlsx), as a planner would open it. */
export async function cleanWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(ROOT, "examples", "ministry-of-health.xlsx"));
  return workbook;
}

/** Templates filled from an evaluation object, in a language (what `bagalau fill` writes). */
export function workbookOf(raw: Record<string, unknown>, lang: Lang = "kk"): ExcelJS.Workbook {
  const parsed = parseEvaluation(raw);
  return newWorkbook(filledSheets(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues), lang));
}

export { HAND_EVALUATION } from "../fixtures/hand-evaluation";

/** Errors on purpose: q1 typed as a word (NOT_A_NUMBER), R = 0.7 (COEFFICIENT_INVALID), a goal with no plan (PLAN_MISSING). */
export const ERRORS_EVALUATION = JSON.parse(
  fs.readFileSync(path.join(ROOT, "test", "fixtures", "cli", "with-errors.json"), "utf8"),
) as Record<string, unknown>;

export function emptyWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").getCell("A1").value = "my own notes";
  return workbook;
}

// ---------------------------------------------------------------- the instrumented app

export interface Harness {
  app: LiveApp;
  port: XlsxWorkbookPort;
  /** Every call to the app, by method name. */
  calls: Record<string, number>;
  selected: CellRef[];
  /** Tells the pane the cells changed (as Excel's change events would). */
  emitChange(): void;
  /** Lets a held action finish (see `hold`). */
  release(): void;
}

export interface HarnessOptions {
  /** Offer the change subscription (onChange). */
  live?: boolean;
  /** Make subscribing or unsubscribing fail later, as Excel's events can (reported to onFailure, as the ExcelPort does). */
  liveFailure?: { start?: unknown; stop?: unknown };
  /** Hold this action until it is cancelled or released. */
  hold?: "check" | "score" | "generateConclusion" | "insertTemplates";
}

function abortError(): Error {
  const error = new Error("cancelled");
  error.name = "AbortError";
  return error;
}

export function harness(workbook: ExcelJS.Workbook, options: HarnessOptions = {}): Harness {
  const port = new XlsxWorkbookPort(workbook);
  const base: BagalauApp = createBagalauApp(port);
  const calls: Record<string, number> = {};
  const selected: CellRef[] = [];
  const listeners = new Set<() => void>();
  let releaseHeld: (() => void) | undefined;

  const count = (name: string) => {
    calls[name] = (calls[name] ?? 0) + 1;
  };
  /** Waits, when this action is held, until released (then runs) or cancelled (then rejects). */
  const gate = (name: string, action?: ActionOptions) =>
    new Promise<void>((resolve, reject) => {
      if (options.hold !== name) return resolve();
      action?.onProgress?.(0.25);
      releaseHeld = resolve;
      action?.signal?.addEventListener("abort", () => reject(abortError()));
    });

  const app: LiveApp = {
    state: () => (count("state"), base.state()),
    saveState: (patch) => (count("saveState"), base.saveState(patch)),
    insertTemplates: async (o, action) => (
      count("insertTemplates"),
      await gate("insertTemplates", action),
      base.insertTemplates(o, action)
    ),
    score: async (action) => (count("score"), await gate("score", action), base.score(action)),
    check: async (lang, today, action) => (count("check"), await gate("check", action), base.check(lang, today, action)),
    clearHighlights: (action) => (count("clearHighlights"), base.clearHighlights(action)),
    select: (ref) => (count("select"), selected.push(ref), base.select(ref)),
    generateConclusion: async (lang, action) => (
      count("generateConclusion"),
      await gate("generateConclusion", action),
      base.generateConclusion(lang, action)
    ),
    applyProfile: (profile, action) => (count("applyProfile"), base.applyProfile(profile, action)),
    readSheets: (action) => (count("readSheets"), base.readSheets(action)),
    importPlan: (request, action) => (count("importPlan"), base.importPlan(request, action)),
    nextPeriod: (request, action) => (count("nextPeriod"), base.nextPeriod(request, action)),
    outline: (action) => (count("outline"), base.outline(action)),
    changeStructure: (change, action) => (count("changeStructure"), base.changeStructure(change, action)),
  };
  if (options.live) {
    app.onChange = (listener, onFailure) => {
      count("subscribe");
      const failure = options.liveFailure;
      if (failure?.start !== undefined) {
        setTimeout(() => onFailure(failure.start), 0);
        return () => undefined;
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (failure?.stop !== undefined) setTimeout(() => onFailure(failure.stop), 0);
      };
    };
  }
  return {
    app,
    port,
    calls,
    selected,
    emitChange: () => listeners.forEach((listener) => listener()),
    release: () => releaseHeld?.(),
  };
}

export interface PaneOptions {
  lang: Lang;
  view?: ViewKey;
  changeDebounceMs?: number;
  langFixed?: boolean;
}

export function renderPane(h: Harness, { lang, view, changeDebounceMs = 30, langFixed }: PaneOptions): RenderResult {
  return render(
    <App
      host={{ kind: "excel", app: h.app }}
      initialLang={lang}
      initialView={view}
      today={() => TODAY}
      changeDebounceMs={changeDebounceMs}
      langFixed={langFixed}
    />,
  );
}
