// The application services over a recording port: one highlight per cell, progress from 0 to 1 and
// cancellation between steps, the templates for a chosen body (name, spheres, profile), and the state
// merged patch by patch.

import * as fc from "fast-check";
import { createBagalauApp, highlightsOf, templateSpecs } from "../../src/app/bagalau-app";
import { mergeState, parseState } from "../../src/app/workbook-state";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { centralBody } from "../../src/data/central-bodies";
import { evaluatedBody } from "../../src/data/evaluated-bodies";
import { t } from "../../src/i18n";
import type { Highlight, WorkbookPort, WorkbookState } from "../../src/workbook/port";
import { readWorkbook } from "../../src/workbook/reader/read-workbook";
import { checkGrids, filledSheets } from "../../src/workbook/workbook-services";
import { describeMissing } from "../../src/workbook/self-check";
import type { Grid, SheetSpec } from "../../src/workbook/sheet-spec";
import { evaluationWithRows } from "./excel-harness";

/** A port over an XlsxWorkbookPort that records which methods each action called. */
function recordingPort(): { port: WorkbookPort; calls: string[]; inner: XlsxWorkbookPort } {
  const inner = XlsxWorkbookPort.empty();
  const calls: string[] = [];
  const port = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return value.apply(target, args);
      };
    },
  }) as WorkbookPort;
  return { port, calls, inner };
}

async function filled(rows: number) {
  const rec = recordingPort();
  const { evaluation, result } = evaluationWithRows(rows);
  await rec.inner.writeSheets(filledSheets(evaluation, result, "en"), []);
  return { ...rec, app: createBagalauApp(rec.port) };
}

describe("highlights of a check", () => {
  test("one per cell: the most severe colour, every message once, and the required elements the deduction names", async () => {
    const { inner } = await filled(6);
    const grids = await inner.readGrids();
    const report = checkGrids(grids, "en", "2024-03-01");
    const highlights = highlightsOf(report, "en");
    const keys = highlights.map((h) => `${h.ref.sheet}!${h.ref.row}:${h.ref.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const issue of report.issues.filter((i) => i.ref)) {
      const h = highlights.find(
        (x) => x.ref.sheet === issue.ref!.sheet && x.ref.row === issue.ref!.row && x.ref.column === issue.ref!.column,
      )!;
      expect(h.note.split("\n")).toContain(issue.message);
      const rank = { error: 0, warning: 1, info: 2 };
      expect(rank[h.severity]).toBeLessThanOrEqual(rank[issue.severity]);
    }
    const incomplete = report.predicted.find((p) => p.code === "PREDICTED_INCOMPLETE")!;
    const element = incomplete.missing[0];
    const ref = report.reading.cells.get(element.path)!;
    const h = highlights.find((x) => x.ref.row === ref.row && x.ref.column === ref.column && x.ref.sheet === ref.sheet)!;
    expect(h.note.split("\n")).toContain(t("en", "cli.check.missingNote", { element: describeMissing("en", element) }));
  });

  test("merging by hand-made issues: an error and a warning on one cell make one error highlight with both notes", () => {
    const ref = { sheet: "S", row: 5, column: 9 };
    const report = {
      issues: [
        { code: "A", severity: "warning" as const, cell: "S!I5", ref, message: "w" },
        { code: "B", severity: "error" as const, cell: "S!I5", ref, message: "e" },
        { code: "C", severity: "info" as const, cell: "S!I5", ref, message: "w" },
      ],
      predicted: [],
      reading: { cells: new Map() },
    } as unknown as Parameters<typeof highlightsOf>[0];
    expect(highlightsOf(report, "en")).toEqual<Highlight[]>([{ ref, severity: "error", note: "w\ne" }]);
  });
});

describe("progress and cancellation", () => {
  test.each(["score", "check", "clearHighlights", "generateConclusion", "insertTemplates"] as const)(
    "%s reports progress from 0 to 1, never going back",
    async (action) => {
      const { app } = await filled(3);
      const fractions: number[] = [];
      const options = { onProgress: (f: number) => fractions.push(f) };
      if (action === "check") await app.check("en", "2024-03-01", options);
      else if (action === "generateConclusion") await app.generateConclusion("en", options);
      else if (action === "insertTemplates") await app.insertTemplates({ kind: "central", lang: "en", onlyMissing: true }, options);
      else await app[action](options);
      expect(fractions[0]).toBe(0);
      expect(fractions[fractions.length - 1]).toBe(1);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    },
  );

  test("an action cancelled before it starts touches nothing; one cancelled after reading writes nothing", async () => {
    const { app, calls } = await filled(3);
    const stopped = new AbortController();
    stopped.abort();
    await expect(app.generateConclusion("en", { signal: stopped.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(calls).toEqual([]);
    const later = new AbortController();
    await expect(
      app.check("en", "2024-03-01", { signal: later.signal, onProgress: (f) => f >= 0.5 && later.abort() }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(calls).toEqual(["readGrids"]);
  });

  test("a workbook without BAGALAU sheets is refused by name, for the pane to send the user to Start", async () => {
    const app = createBagalauApp(XlsxWorkbookPort.empty());
    await expect(app.score()).rejects.toMatchObject({ name: "NotABagalauWorkbook" });
  });
});

describe("templates for a body", () => {
  const bodyGrid = (specs: SheetSpec[]): Grid[] =>
    specs.map((spec) => ({
      name: spec.name,
      values: spec.rows.map((cells) => cells.map((c) => (c ? (c.formula !== undefined ? (c.result ?? null) : (c.value ?? null)) : null))),
    }));

  test("a ministry of the 2019 list: its name in the language, App. 2 spheres in section 2, the period typed", () => {
    const specs = templateSpecs({ kind: "central", bodyKey: "ministryOfEducationAndScience", period: " 2024 ", lang: "ru" });
    const reading = readWorkbook(bodyGrid(specs));
    expect(reading.evaluation.body).toMatchObject({ name: evaluatedBody("ministryOfEducationAndScience")!.name.ru, period: "2024" });
    const spheres = centralBody("ministryOfEducationAndScience")!.spheres;
    expect(reading.evaluation.quality.map((s) => s.code)).toEqual(spheres.map((s) => s.code));
  });

  test("an oblast: its name, the local sheets; a typed name wins; the settings' profile is in the score sheet", () => {
    const oblast = templateSpecs({ kind: "local", bodyKey: "zhambylOblast", lang: "kk" });
    expect(readWorkbook(bodyGrid(oblast)).evaluation.body.name).toBe("Жамбыл облысы");
    expect(oblast.map((s) => s.role)).toEqual(["body", "quality", "goals", "performance", "penalties"]);
    const typed = templateSpecs({
      kind: "local",
      bodyKey: "zhambylOblast",
      bodyName: "Жамбыл облысының әкімдігі",
      lang: "kk",
      profile: { qualityRule: "product", unreliableThreshold: 2 },
    });
    const reading = readWorkbook(bodyGrid(typed));
    expect(reading.evaluation.body.name).toBe("Жамбыл облысының әкімдігі");
    expect(reading.evaluation.profile).toMatchObject({ qualityRule: "product", unreliableThreshold: 2 });
  });
});

describe("the state", () => {
  test("a patch replaces the fields it names, removes those set to undefined and merges the owned sheets by role", () => {
    const state: WorkbookState = { lang: "kk", bodyKey: "a", ownedSheets: { body: "Score", goals: "Goals" }, highlights: [] };
    expect(mergeState(state, { bodyKey: undefined, ownedSheets: { goals: "Goals (2)", conclusion: "C" } })).toEqual({
      lang: "kk",
      ownedSheets: { body: "Score", goals: "Goals (2)", conclusion: "C" },
      highlights: [],
    });
    expect(mergeState(state, { ownedSheets: { body: undefined } as unknown as Record<string, string> }).ownedSheets).toEqual({
      goals: "Goals",
    });
  });

  test("whatever is stored, parsing gives a well-formed state", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const state = parseState(value);
        expect(typeof state).toBe("object");
        for (const h of state.highlights ?? []) expect(typeof h.sheet === "string" && typeof h.address === "string").toBe(true);
        if (state.lang !== undefined) expect(["kk", "ru", "en"]).toContain(state.lang);
      }),
    );
    expect(parseState("{not json")).toEqual({});
    expect(
      parseState(
        JSON.stringify({
          lang: "de",
          kind: "x",
          highlights: [{ sheet: "S", address: "B2", fill: "none", note: null, noteAdded: true }, { sheet: 1 }],
        }),
      ),
    ).toEqual({
      highlights: [{ sheet: "S", address: "B2", fill: "none", note: null, noteAdded: true }],
    });
  });
});
