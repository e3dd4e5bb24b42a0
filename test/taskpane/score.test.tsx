/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Score view in kk, ru and en: A and the criteria of a workbook scored by hand, the drill-down from
// A to D, a goal and an indicator with the trace in the language, the what-if, live updates as cells
// change (debounced) and their failures shown with what to do, the ministry example, and an empty workbook.

import * as fs from "fs";
import * as path from "path";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { parseEvaluationText, scoreEvaluation } from "../../src/core";
import { formatFixed, formatSubject } from "../../src/i18n";
import { readWorkbook } from "../../src/workbook/reader/read-workbook";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { LiveUpdatesFailed } from "../../src/app/host-errors";
import { HAND_EVALUATION, LANGS, ROOT, cleanWorkbook, emptyWorkbook, harness, renderPane, tx, workbookOf } from "./harness";

const panel = () => within(screen.getByRole("tabpanel"));
const total = () => screen.getByTestId("total-score").textContent;

/** "44,50" in kk and ru, "44.50" in en. */
const points = (lang: (typeof LANGS)[number], value: number) => formatFixed(lang, value, 2);

describe.each(LANGS.map((lang) => [lang]))("%s", (lang) => {
  test("A = 44.5 and its criteria, computed by hand (see HAND_EVALUATION)", async () => {
    const h = harness(workbookOf(HAND_EVALUATION, lang));
    renderPane(h, { lang, view: "score" });
    await waitFor(() => expect(total()).toBe(points(lang, 44.5)));
    const table = panel().getByRole("table", { name: tx(lang, "pane.score.tableLabel") });
    const row = (key: string) => within(table.querySelector(`[data-criterion="${key}"]`) as HTMLElement);
    // B = 0.75 · 0.1 · 100 = 7.5; C = 0.5 → 5; D = 0.4 → 32; W = 0; A = 44.5.
    expect(row("B").getByText(formatFixed(lang, 0.75, 4))).toBeTruthy();
    expect(row("B").getByText(points(lang, 7.5))).toBeTruthy();
    expect(row("C").getByText(points(lang, 5))).toBeTruthy();
    expect(row("D").getByText(formatFixed(lang, 0.4, 4))).toBeTruthy();
    expect(row("D").getByText(points(lang, 32))).toBeTruthy();
    expect(row("A").getByText(points(lang, 44.5))).toBeTruthy();
    expect(panel().getByText(tx(lang, "cli.counts", { full: 0, partial: 1, notAchieved: 0, notCounted: 0 }))).toBeTruthy();
  });

  test("drill-down A → D → goal → K → indicator, with formula, inputs and paragraph in the language; what-if", async () => {
    const h = harness(workbookOf(HAND_EVALUATION, lang));
    renderPane(h, { lang, view: "score" });
    await waitFor(() => expect(total()).toBe(points(lang, 44.5)));
    fireEvent.click(
      panel().getByRole("button", { name: tx(lang, "pane.score.explain", { name: `D — ${tx(lang, "report.criterion.D.central")}` }) }),
    );
    expect(panel().getByText("D = ΣX / n")).toBeTruthy();
    expect(
      panel().getByText(tx(lang, "pane.trace.methodology", { paragraph: tx(lang, "pane.trace.paragraphs", { n: "23–24" }) })),
    ).toBeTruthy();

    const goal = formatSubject(lang, { type: "goal", code: "1", name: "Goal one" });
    fireEvent.click(panel().getByRole("button", { name: goal }));
    expect(panel().getByText("X = K · Y")).toBeTruthy();
    fireEvent.click(panel().getByRole("button", { name: `${goal} · ${tx(lang, "pane.symbol.K")}` }));
    expect(panel().getByText("K = Σh / m")).toBeTruthy();
    const indicator = formatSubject(lang, { type: "indicator", goal: "1", row: 1, name: "Indicator one" });
    fireEvent.click(panel().getByRole("button", { name: indicator }));
    expect(panel().getByText("h = clamp((F − F0) / (P − F0), 0, 1)")).toBeTruthy();
    expect(panel().getByText(tx(lang, "pane.trace.input", { name: "F0", value: "10" }))).toBeTruthy();
    expect(panel().getByText(tx(lang, "pane.trace.input", { name: "better", value: tx(lang, "pane.better.higher") }))).toBeTruthy();
    expect(
      panel().getByText(tx(lang, "pane.trace.methodology", { paragraph: tx(lang, "pane.trace.paragraph", { n: "23" }) })),
    ).toBeTruthy();

    // h = 1 needs the plan, 20 %, at least; then X = 1 · 0.8 = 0.8 and A = 7.5 + 5 + 64 = 76.5 (+32).
    expect(
      panel().getByText(tx(lang, "pane.whatif.fact.atLeast", { symbol: "h", fact: "20", unit: "%", plan: "20", current: "15" })),
    ).toBeTruthy();
    expect(
      panel().getByText(tx(lang, "pane.whatif.gain", { symbol: "h", A: points(lang, 76.5), gain: `+${points(lang, 32)}` })),
    ).toBeTruthy();

    // Back to A through the breadcrumb.
    fireEvent.click(
      within(panel().getByRole("navigation", { name: tx(lang, "pane.trace.breadcrumb") })).getByRole("button", {
        name: tx(lang, "wb.label.A"),
      }),
    );
    expect(panel().getByText(tx(lang, "pane.whatif.pickIndicator"))).toBeTruthy();

    // Target A = 64.5 (typed the language's way): D = ((64.5 + 0) / 100 − 0.075 − 0.05) / 0.8 = 0.52 / 0.8 = 0.65,
    // from 0.4 (+0.25); D's points 100 · 0.8 · 0.65 = 52.
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.whatif.targetLabel")), { target: { value: lang === "en" ? "64.5" : "64,5" } });
    expect(
      panel().getByText(
        tx(lang, "pane.whatif.needD", {
          target: points(lang, 64.5),
          current: formatFixed(lang, 0.4, 4),
          D: formatFixed(lang, 0.65, 4),
          raise: formatFixed(lang, 0.25, 4),
          points: points(lang, 52),
        }),
      ),
    ).toBeTruthy();
    // 95 > 92.5 (D = 1): out of reach.
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.whatif.targetLabel")), { target: { value: "95" } });
    expect(panel().getByText(tx(lang, "pane.whatif.unreachable", { target: points(lang, 95), maxA: points(lang, 92.5) }))).toBeTruthy();
  });

  test("the ministry example: the A the core gives for its JSON, with a 2-decimal display", async () => {
    const json = parseEvaluationText(fs.readFileSync(path.join(ROOT, "examples", "ministry-of-health.json"), "utf8"));
    const expected = scoreEvaluation(json.evaluation, json.issues).A;
    const h = harness(await cleanWorkbook());
    renderPane(h, { lang, view: "score" });
    await waitFor(() => expect(total()).toBe(points(lang, expected)));
    expect(panel().getByText(tx(lang, "pane.score.notLive"))).toBeTruthy();
  });

  test("live updates Excel refuses to start: the notice says what to do, and Retry subscribes again", async () => {
    const refusal = Object.assign(new Error("The cell is being edited."), {
      name: "RichApi.Error",
      code: "InvalidOperationInCellEditMode",
    });
    const h = harness(workbookOf(HAND_EVALUATION, lang), { live: true, liveFailure: { start: new LiveUpdatesFailed("start", refusal) } });
    renderPane(h, { lang, view: "score" });
    await waitFor(() => expect(total()).toBe(points(lang, 44.5)));
    const notice = await waitFor(() => panel().getByText(tx(lang, "app.error.liveStart", { detail: "The cell is being edited." })));
    expect(notice).toBeTruthy();
    expect(panel().getByText(tx(lang, "pane.score.notLive"))).toBeTruthy();
    expect(h.calls.subscribe).toBe(1);
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.action.retry") }));
    await waitFor(() => expect(h.calls.subscribe).toBe(2));
  });

  test("live updates that could not be stopped when the view was left: the notice is there on coming back", async () => {
    const failure = Object.assign(new Error("Excel could not unregister the event."), { name: "RichApi.Error", code: "GeneralException" });
    const h = harness(workbookOf(HAND_EVALUATION, lang), { live: true, liveFailure: { stop: new LiveUpdatesFailed("stop", failure) } });
    renderPane(h, { lang, view: "score" });
    await waitFor(() => expect(total()).toBe(points(lang, 44.5)));
    expect(panel().queryByText(tx(lang, "app.error.liveStop", { detail: "Excel could not unregister the event." }))).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: tx(lang, "pane.nav.check") }));
    fireEvent.click(screen.getByRole("tab", { name: tx(lang, "pane.nav.score") }));
    await waitFor(() =>
      expect(panel().getByText(tx(lang, "app.error.liveStop", { detail: "Excel could not unregister the event." }))).toBeTruthy(),
    );
    // Nothing to retry: reopening the pane is what helps.
    expect(panel().queryByRole("button", { name: tx(lang, "pane.action.retry") })).toBeNull();
  });

  test("an empty workbook: no score, the message says to insert the templates", async () => {
    const h = harness(emptyWorkbook());
    renderPane(h, { lang, view: "score" });
    await waitFor(() => expect(panel().getByText(tx(lang, "app.error.noTemplates"))).toBeTruthy());
    expect(screen.queryByTestId("total-score")).toBeNull();
    expect(panel().getByRole("button", { name: tx(lang, "pane.nav.go.start") })).toBeTruthy();
  });
});

test("live: a cell change is scored again after the debounce, and a burst of changes costs one read", async () => {
  const workbook = workbookOf(HAND_EVALUATION, "en");
  const h = harness(workbook, { live: true });
  renderPane(h, { lang: "en", view: "score", changeDebounceMs: 80 });
  await waitFor(() => expect(total()).toBe("44.50"));
  expect(screen.getByText(tx("en", "pane.score.live"))).toBeTruthy();
  const reads = h.calls.score;

  // The indicator's fact goes from 15 to 20 (its plan): h = 1, A = 76.5.
  const ref = readWorkbook(readGrids(workbook)).cells.get("goals[0].indicators[0].fact");
  if (!ref) throw new Error("no fact cell");
  const sheet = workbook.getWorksheet(ref.sheet);
  if (!sheet) throw new Error("no goals sheet");
  sheet.getCell(ref.row, ref.column).value = 20;
  h.emitChange();
  h.emitChange();
  h.emitChange();
  await waitFor(() => expect(total()).toBe("76.50"));
  expect(h.calls.score).toBe(reads + 1);
});
