// The application services behind the task pane's views, over any WorkbookPort: insert the templates (only
// where missing, or filled with an imported plan), score, check with highlights, clear them, select a cell,
// generate the conclusion, and the next period's sheets.

import { resolveProfile, type Evaluation, type Kind, type ProfileInput } from "../core";
import { centralBody } from "../data/central-bodies";
import { evaluatedBody } from "../data/evaluated-bodies";
import { DICTIONARIES, LANGS, t, type Lang } from "../i18n";
import { buildConclusionSheets } from "../workbook/conclusion";
import {
  FIELD_VALUE_COLUMN,
  GENERATED_ROLES,
  INPUT_ROLES,
  MARKER_COLUMN,
  MARKER_PREFIX,
  SCORE_COLUMN,
  TABLE_COLUMNS,
  normalizeHeader,
  type TableKey,
} from "../workbook/layout";
import type { CellRef } from "../workbook/cell-ref";
import type { CellWrite, Highlight, Severity, WorkbookPort, WorkbookState } from "../workbook/port";
import {
  blankEvaluation,
  checkGrids,
  scoreGrids,
  TEMPLATE_SPARE_ROWS,
  type CheckReport,
  type TemplateShape,
} from "../workbook/workbook-services";
import { describeMissing } from "../workbook/self-check";
import type { Grid, SheetSpec } from "../workbook/sheet-spec";
import { buildTemplates } from "../workbook/templates/build-templates";
import type { ActionOptions, BagalauApp, InsertReport } from "./api";
import { renameSheetReferences, sheetKey, sheetRoleOfGrid, uniqueSheetName } from "./sheet-placement";
import { structureActions } from "./structure-actions";
import { mergeState } from "./workbook-state";

export interface AppDeps {
  /** Writes the templates in this language whatever the pane's language (a body that keeps its forms in Russian, say). */
  templateLang?: Lang;
}

/** A long action stopped by its AbortSignal between two steps; named like the DOM's so callers can tell it apart. */
export class ActionCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "AbortError";
  }
}

/** Progress and cancellation of one action: each step reports its fraction, and a cancelled signal stops the next. */
class ActionSteps {
  constructor(private readonly action: ActionOptions | undefined) {}

  /** Throws ActionCancelled if the action was cancelled, else reports `fraction` done. */
  step(fraction: number): void {
    if (this.action?.signal?.aborted) throw new ActionCancelled();
    this.action?.onProgress?.(fraction);
  }
}

export interface TemplateRequest {
  kind: Kind;
  bodyKey?: string;
  bodyName?: string;
  period?: string;
  lang: Lang;
  profile?: WorkbookState["profile"];
  /** How many goals, and tasks per goal, the goals sheet begins with. */
  shape?: TemplateShape;
}

/**
 * The official templates for a body: a key of the 2019 list or of App. 2 (its spheres prefill section 2
 * of a central body), the name typed by hand or the list's name, the period, and the profile chosen in
 * the settings written into the score sheet.
 */
export function templateSpecs(request: TemplateRequest): SheetSpec[] {
  return buildTemplates({ lang: request.lang, evaluation: templateEvaluation(request), spareRows: TEMPLATE_SPARE_ROWS });
}

/** The empty evaluation of the templates for a body (see templateSpecs). */
export function templateEvaluation(request: TemplateRequest): Evaluation {
  const { kind, lang } = request;
  const listed = request.bodyKey ? evaluatedBody(request.bodyKey) : undefined;
  const appendixKey = request.bodyKey && centralBody(request.bodyKey) ? request.bodyKey : listed?.methodologyKey;
  const evaluation = blankEvaluation(kind, lang, kind === "central" ? appendixKey : undefined, request.shape);
  const typed = request.bodyName?.trim();
  evaluation.body.name = typed || listed?.name[lang] || evaluation.body.name;
  evaluation.body.period = request.period?.trim() ?? "";
  if (request.profile) evaluation.profile = { ...request.profile };
  return evaluation;
}

/**
 * New sheets placed beside the workbook's: each under a name no sheet has, and the templates' formulas
 * pointing at the names the other templates really have (`present`: the ones already there, by role).
 */
function placeNewSheets(specs: readonly SheetSpec[], grids: readonly Grid[], present: ReadonlyMap<string, string>) {
  const taken = new Set(grids.map((grid) => sheetKey(grid.name)));
  const names = new Map<string, string>();
  for (const spec of specs) {
    const existingName = present.get(spec.role);
    if (existingName !== undefined) {
      names.set(spec.name, existingName);
      continue;
    }
    const name = uniqueSheetName(spec.name, taken);
    taken.add(sheetKey(name));
    names.set(spec.name, name);
  }
  const missing = specs.filter((spec) => !present.has(spec.role));
  const placed = renameSheetReferences(missing, names).map((spec) => ({ ...spec, name: names.get(spec.name) ?? spec.name }));
  const ownedSheets: Record<string, string> = {};
  for (const spec of specs) ownedSheets[spec.role] = present.get(spec.role) ?? names.get(spec.name) ?? spec.name;
  return { placed, ownedSheets };
}

/** The first sheet with each role marker, by role. */
export function sheetsByRole(grids: readonly Grid[]): Map<string, string> {
  const byRole = new Map<string, string>();
  for (const grid of grids) {
    const role = sheetRoleOfGrid(grid);
    if (role !== undefined && !byRole.has(role)) byRole.set(role, grid.name);
  }
  return byRole;
}

/**
 * The language the workbook's templates are in, from the headers of their tables: the templates added
 * beside them must use the same column names, which their formulas refer to.
 */
export function templatesLanguage(grids: readonly Grid[]): Lang | undefined {
  const tableMarker = `${MARKER_PREFIX}table:`;
  for (const grid of grids) {
    for (const row of grid.values) {
      const marker = row?.[MARKER_COLUMN - 1];
      if (typeof marker !== "string" || !marker.startsWith(tableMarker)) continue;
      const columns = TABLE_COLUMNS[marker.slice(tableMarker.length) as TableKey];
      if (!columns) continue;
      const headers = new Set(row.map((value) => normalizeHeader(value)));
      const matches = LANGS.map(
        (lang) => columns.filter((column) => headers.has(normalizeHeader(DICTIONARIES[lang][column.header]))).length,
      );
      const best = Math.max(...matches);
      if (best > 0 && matches.filter((m) => m === best).length === 1) return LANGS[matches.indexOf(best)];
    }
  }
  return undefined;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One highlight per cell for a check: every issue with a cell, and every required element the predicted
 * "incomplete" deduction names; a cell with several keeps the most severe colour and all the messages.
 */
export function highlightsOf(report: CheckReport, lang: Lang): Highlight[] {
  const byCell = new Map<string, { ref: CellRef; severity: Severity; notes: string[] }>();
  const add = (ref: CellRef, severity: Severity, note: string) => {
    const key = `${ref.sheet}\u0000${ref.row}\u0000${ref.column}`;
    const existing = byCell.get(key);
    if (!existing) {
      byCell.set(key, { ref, severity, notes: [note] });
      return;
    }
    if (SEVERITY_RANK[severity] < SEVERITY_RANK[existing.severity]) existing.severity = severity;
    if (!existing.notes.includes(note)) existing.notes.push(note);
  };
  for (const issue of report.issues) if (issue.ref) add(issue.ref, issue.severity, issue.message);
  for (const deduction of report.predicted) {
    for (const element of deduction.missing) {
      const ref = report.reading.cells.get(element.path);
      if (ref) add(ref, "warning", t(lang, "cli.check.missingNote", { element: describeMissing(lang, element) }));
    }
  }
  return Array.from(byCell.values()).map(({ ref, severity, notes }) => ({ ref, severity, note: notes.join("\n") }));
}

export function createBagalauApp(port: WorkbookPort, deps: AppDeps = {}): BagalauApp {
  async function saveState(patch: Partial<WorkbookState>): Promise<WorkbookState> {
    const merged = mergeState(await port.loadState(), patch);
    await port.saveState(merged);
    return merged;
  }

  return {
    state: () => port.loadState(),

    saveState,

    async insertTemplates(options, action): Promise<InsertReport> {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(0.4);
      const state = await port.loadState();
      const present = sheetsByRole(grids);
      // Templates added beside existing ones are written in their language, so that the formulas find their columns.
      const lang = (present.size > 0 ? templatesLanguage(grids) : undefined) ?? deps.templateLang ?? options.lang;
      const specs = templateSpecs({ ...options, lang, profile: state.profile });
      const existing = specs.filter((spec) => present.has(spec.role)).map((spec) => spec.role);
      const missing = specs.filter((spec) => !present.has(spec.role));
      // Templates already there: say so and insert nothing, unless asked to add only the missing ones.
      if (missing.length === 0 || (existing.length > 0 && !options.onlyMissing)) {
        steps.step(1);
        return { inserted: [], existing };
      }
      // Each template's formulas name the other templates' sheets: point them at the names the sheets really have.
      const { placed, ownedSheets } = placeNewSheets(specs, grids, present);
      steps.step(0.6);
      await port.writeSheets(placed, []);
      steps.step(0.9);
      await saveState({ ownedSheets, kind: options.kind, bodyKey: options.bodyKey, period: options.period });
      steps.step(1);
      return { inserted: placed.map((spec) => spec.name), existing };
    },

    async score(action) {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(0.7);
      const scored = scoreGrids(grids);
      steps.step(1);
      return scored;
    },

    async check(lang, today, action) {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(0.5);
      const report = checkGrids(grids, lang, today);
      steps.step(0.7);
      await port.highlight(highlightsOf(report, lang));
      steps.step(1);
      return report;
    },

    async clearHighlights(action) {
      const steps = new ActionSteps(action);
      steps.step(0);
      await port.clearHighlights();
      steps.step(1);
    },

    select: (ref) => port.select(ref),

    async readSheets(action) {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(1);
      return grids;
    },

    async importPlan(request, action): Promise<InsertReport> {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(0.4);
      const present = sheetsByRole(grids);
      const existing = INPUT_ROLES.filter((role) => present.has(role));
      // Only into a workbook without templates: a plan is never written over sheets a planner may have filled.
      if (existing.length > 0) {
        steps.step(1);
        return { inserted: [], existing };
      }
      const state = await port.loadState();
      const period = String(request.plan.year);
      const blank = templateEvaluation({ ...request, period, profile: state.profile });
      // The plan's templates load with the import (the pane's lazy chunk plan-import.js), not with the pane.
      const { planTemplateSheets } = await import(/* webpackChunkName: "plan-import" */ "../workbook/plan-import/plan-templates");
      const { placed, ownedSheets } = placeNewSheets(planTemplateSheets(request.plan, blank, request.lang), grids, present);
      steps.step(0.6);
      await port.writeSheets(placed, []);
      steps.step(0.9);
      await saveState({ ownedSheets, kind: request.kind, bodyKey: request.bodyKey, period });
      steps.step(1);
      return { inserted: placed.map((spec) => spec.name), existing: [] };
    },

    async nextPeriod(request, action) {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(0.5);
      const { nextPeriodSheets } = await import(/* webpackChunkName: "plan-import" */ "../workbook/plan-import/next-period");
      const outcome = nextPeriodSheets(scoreGrids(grids), request.lang, request.plan);
      steps.step(1);
      return outcome;
    },

    async generateConclusion(lang, action) {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(0.4);
      const { reading, result, appeal, history } = scoreGrids(grids);
      // What was typed on the App. 6 sheet (dates, objections, decisions) is written again into its replacement.
      const specs = buildConclusionSheets({ evaluation: reading.evaluation, result, lang, appeal, history });
      steps.step(0.6);
      // Only the sheets this action made before are replaced: found by their role marker (in any language),
      // and of several with one role (a user's copy keeps the marker) only the one the state records — none
      // when the recorded sheet is gone (what is left is a copy). Without a record: every marked sheet.
      const owned = (await port.loadState()).ownedSheets ?? {};
      const replace = GENERATED_ROLES.flatMap((role) => {
        const marked = grids.filter((grid) => sheetRoleOfGrid(grid) === role);
        const recorded = owned[role];
        return (recorded === undefined ? marked : marked.filter((grid) => sheetKey(grid.name) === sheetKey(recorded))).map(
          (grid) => grid.name,
        );
      });
      const replaced = new Set(replace.map(sheetKey));
      const taken = new Set(grids.map((grid) => sheetKey(grid.name)).filter((key) => !replaced.has(key)));
      const placed = specs.map((spec) => {
        const name = uniqueSheetName(spec.name, taken);
        taken.add(sheetKey(name));
        return { ...spec, name };
      });
      await port.writeSheets(placed, replace);
      steps.step(0.9);
      const ownedSheets: Record<string, string | undefined> = {};
      for (const role of GENERATED_ROLES) ownedSheets[role] = placed.find((spec) => spec.role === role)?.name;
      await saveState({ ownedSheets: ownedSheets as Record<string, string> });
      steps.step(1);
      return { sheets: placed.map((spec) => spec.name), result };
    },

    async applyProfile(profile, action) {
      const steps = new ActionSteps(action);
      steps.step(0);
      const grids = await port.readGrids();
      steps.step(0.5);
      const body = grids.find((grid) => sheetRoleOfGrid(grid) === "body");
      if (body) await port.writeValues(profileCellWrites(body, profile));
      const state = await saveState({ profile });
      steps.step(1);
      return state;
    },

    ...structureActions(port, deps),

    ...(port.onChanged
      ? { onChange: (listener: () => void, onFailure: (error: unknown) => void) => port.onChanged!(listener, onFailure) }
      : {}),
  };
}

const PROFILE_FIELDS = ["qualityRule", "indicatorRule", "resultRule", "rangeRule", "penaltyCapScope", "unreliableThreshold"] as const;

/** The kind of body the score sheet names (its kind field, in any language); central when it names none. */
export function kindOfBodyGrid(body: Grid): Kind {
  const markers = body.values.map((row) => row?.[MARKER_COLUMN - 1]);
  const kindRow = markers.findIndex((m) => m === `${MARKER_PREFIX}field:kind`);
  const kindText = kindRow >= 0 ? body.values[kindRow]?.[FIELD_VALUE_COLUMN - 1] : undefined;
  const local =
    LANGS.some((lang) => normalizeHeader(DICTIONARIES[lang]["kind.local"]) === normalizeHeader(kindText)) ||
    normalizeHeader(kindText) === "local";
  return local ? "local" : "central";
}

/** The score sheet's profile cells (found by their column-A markers) and its weights, set to `profile`. */
function profileCellWrites(body: Grid, profile: ProfileInput): CellWrite[] {
  const markers = body.values.map((row) => row?.[MARKER_COLUMN - 1]);
  const weights = resolveProfile(kindOfBodyGrid(body), profile).weights;
  const writes: CellWrite[] = [];
  markers.forEach((marker, index) => {
    if (typeof marker !== "string" || !marker.startsWith(`${MARKER_PREFIX}field:`)) return;
    const key = marker.slice(`${MARKER_PREFIX}field:`.length);
    const ref = (column: number) => ({ sheet: body.name, row: index + 1, column });
    if ((PROFILE_FIELDS as readonly string[]).includes(key)) {
      writes.push({ ref: ref(FIELD_VALUE_COLUMN), value: profile[key as (typeof PROFILE_FIELDS)[number]] ?? null });
    } else if (key.startsWith("weight.")) {
      writes.push({ ref: ref(SCORE_COLUMN.weight), value: weights[key.slice("weight.".length) as "B" | "C" | "D"] });
    }
  });
  return writes;
}
