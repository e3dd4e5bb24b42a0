// Every .xlsx BAGALAU writes, made as users make them: the `bagalau` commands (template, fill, check -o,
// conclusion and a regenerated one, the ranking, history -o) and the file-mode download after each pane action.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Lang } from "../../src/i18n";
import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { SMALL_PLAN, TODAY } from "../app/data-safety-actions";
import { recognizePlan } from "../../src/workbook/plan-import/recognize";
import type { BagalauApp } from "../../src/app/api";
import { addUsersSheet } from "../app/data-safety-xlsx";
import { evaluationWithRows } from "../app/excel-harness";
import { filledSheets } from "../../src/workbook/workbook-services";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { ensureBuilt, MINISTRY, ZHAMBYL, root, runCli } from "../cli/run-cli";

export interface WrittenFile {
  /** What wrote it, e.g. "kk: bagalau check -o" or "en: file mode after generateConclusion". */
  label: string;
  bytes: Uint8Array;
}

/** The files the command line writes, in one language (each command run as a user runs it). */
export function commandLineFiles(lang: Lang): WrittenFile[] {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bagalau-ooxml-${lang}-`));
  const out = (name: string) => path.join(dir, name);
  const files: WrittenFile[] = [];
  const run = (label: string, output: string, ...args: string[]) => {
    const result = runCli(...args, "--lang", lang);
    if (result.status !== 0 && !(args[0] === "check" && result.status === 1)) {
      throw new Error(`bagalau ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
    }
    files.push({ label: `${lang}: ${label}`, bytes: fs.readFileSync(output) });
  };
  const ministryJson = path.join(root, MINISTRY);
  const oblastJson = path.join(root, ZHAMBYL);
  run(
    "bagalau template --kind central --body",
    out("central.xlsx"),
    "template",
    "--kind",
    "central",
    "--body",
    "ministryOfHealth",
    "-o",
    out("central.xlsx"),
  );
  run("bagalau template --kind local", out("local.xlsx"), "template", "--kind", "local", "-o", out("local.xlsx"));
  run("bagalau fill (central)", out("ministry.xlsx"), "fill", ministryJson, "-o", out("ministry.xlsx"));
  run("bagalau fill (local)", out("oblast.xlsx"), "fill", oblastJson, "-o", out("oblast.xlsx"));
  run(
    "bagalau check -o (central)",
    out("ministry-checked.xlsx"),
    "check",
    out("ministry.xlsx"),
    "--today",
    TODAY,
    "-o",
    out("ministry-checked.xlsx"),
  );
  run(
    "bagalau check -o (local)",
    out("oblast-checked.xlsx"),
    "check",
    out("oblast.xlsx"),
    "--today",
    TODAY,
    "-o",
    out("oblast-checked.xlsx"),
  );
  run(
    "bagalau conclusion (central)",
    out("ministry-conclusion.xlsx"),
    "conclusion",
    out("ministry.xlsx"),
    "--today",
    TODAY,
    "-o",
    out("ministry-conclusion.xlsx"),
  );
  run(
    "bagalau conclusion (local)",
    out("oblast-conclusion.xlsx"),
    "conclusion",
    out("oblast.xlsx"),
    "--today",
    TODAY,
    "-o",
    out("oblast-conclusion.xlsx"),
  );
  run(
    "bagalau conclusion, regenerated",
    out("ministry-conclusion-2.xlsx"),
    "conclusion",
    out("ministry-conclusion.xlsx"),
    "--today",
    TODAY,
    "-o",
    out("ministry-conclusion-2.xlsx"),
  );
  run(
    "bagalau score --ranking",
    out("ranking.xlsx"),
    "score",
    out("ministry.xlsx"),
    out("oblast.xlsx"),
    "--today",
    TODAY,
    "--ranking",
    out("ranking.xlsx"),
  );
  run(
    "bagalau import-plan",
    out("health-plan.xlsx"),
    "import-plan",
    path.join(root, "test/fixtures/plans/health-2010-2014.docx"),
    "--year",
    "2010",
    "-o",
    out("health-plan.xlsx"),
  );
  run(
    "bagalau next-period --plan",
    out("health-next.xlsx"),
    "next-period",
    out("health-plan.xlsx"),
    "--plan",
    path.join(root, "test/fixtures/plans/health-2010-2014.xlsx"),
    "-o",
    out("health-next.xlsx"),
  );
  // Two periods of one body: the same evaluation as 2016 and 2017.
  const earlier = JSON.parse(fs.readFileSync(ministryJson, "utf8"));
  earlier.body.period = String(Number(earlier.body.period) - 1);
  fs.writeFileSync(out("ministry-earlier.json"), JSON.stringify(earlier));
  run(
    "bagalau history -o",
    out("history.xlsx"),
    "history",
    out("ministry-earlier.json"),
    out("ministry-conclusion.xlsx"),
    "--today",
    TODAY,
    "-o",
    out("history.xlsx"),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return files;
}

/** The pane's actions in the order a user clicks through them, in one language; a new action is a type error here. */
function paneActions(lang: Lang, port: XlsxWorkbookPort): Record<keyof BagalauApp, (app: BagalauApp) => Promise<unknown>> {
  const goals = sheetName("goals", "central", lang);
  return {
    state: (app) => app.state(),
    saveState: (app) => app.saveState({ lang, period: "2024" }),
    insertTemplates: async (app) => {
      // The user deleted one template: only the missing one is added again.
      port.workbook.removeWorksheet(port.workbook.getWorksheet(sheetName("penalties", "central", lang))!.id);
      return app.insertTemplates({ kind: "central", lang, onlyMissing: true });
    },
    score: (app) => app.score(),
    check: (app) => app.check(lang, TODAY),
    clearHighlights: (app) => app.clearHighlights(),
    select: (app) => app.select({ sheet: goals, row: 5, column: 3 }),
    applyProfile: (app) => app.applyProfile({ qualityRule: "product", indicatorRule: "ratio", unreliableThreshold: 2 }),
    onChange: async (app) =>
      app.onChange?.(
        () => undefined,
        (error) => {
          throw error;
        },
      )?.(),
    generateConclusion: (app) => app.generateConclusion(lang),
    readSheets: (app) => app.readSheets(),
    importPlan: (app) => app.importPlan({ plan: recognizePlan(SMALL_PLAN, 2010), kind: "central", lang }),
    outline: async (app) => app.outline?.(),
    changeStructure: async (app) => app.changeStructure?.({ type: "addTask", goal: 0 }),
    nextPeriod: (app) => app.nextPeriod({ lang }),
  };
}

/**
 * The files the browser's file mode downloads: a user's workbook (their own sheets beside the templates)
 * after each action of the pane, the actions run one after another as a user clicks through them.
 */
export async function fileModeFiles(lang: Lang): Promise<WrittenFile[]> {
  // Start: the templates inserted into a new workbook that already holds a sheet of the user's.
  const blank = new ExcelJS.Workbook();
  addUsersSheet(blank, "Budget");
  const start = new XlsxWorkbookPort(blank);
  await createBagalauApp(start).insertTemplates({ kind: "central", lang, onlyMissing: false, bodyName: "Test ministry", period: "2024" });
  const files: WrittenFile[] = [{ label: `${lang}: file mode after insertTemplates into a new workbook`, bytes: await start.toBytes() }];
  // Start: a plan kept on a sheet of the workbook, imported into templates beside it.
  const planned = new ExcelJS.Workbook();
  addUsersSheet(planned, "Budget");
  const importing = new XlsxWorkbookPort(planned);
  await createBagalauApp(importing).importPlan({ plan: recognizePlan(SMALL_PLAN, 2010), kind: "local", lang, bodyName: "Test oblast" });
  files.push({ label: `${lang}: file mode after importPlan into a new workbook`, bytes: await importing.toBytes() });

  // A filled workbook (a user's sheet beside the templates) opened from its file, then every action in turn.
  const filled = new ExcelJS.Workbook();
  addUsersSheet(filled, "Budget");
  const writer = new XlsxWorkbookPort(filled);
  const { evaluation, result } = evaluationWithRows(6);
  await writer.writeSheets(filledSheets(evaluation, result, lang), []);
  const port = await XlsxWorkbookPort.fromBytes(await writer.toBytes());
  const app = createBagalauApp(port);
  const actions = paneActions(lang, port);
  for (const action of Object.keys(actions) as (keyof BagalauApp)[]) {
    await actions[action](app);
    files.push({ label: `${lang}: file mode after ${action}`, bytes: await port.toBytes() });
  }
  // The next period's sheets, opened as a new workbook as the pane does.
  const next = XlsxWorkbookPort.empty();
  await next.writeSheets((await app.nextPeriod({ lang, plan: recognizePlan(SMALL_PLAN, 2011) })).sheets, []);
  files.push({ label: `${lang}: file mode, the next period's new workbook`, bytes: await next.toBytes() });
  // A check's highlights, then the conclusion generated again over the first one.
  await app.check(lang, TODAY);
  await app.generateConclusion(lang);
  files.push({ label: `${lang}: file mode after check and a regenerated conclusion`, bytes: await port.toBytes() });
  return files;
}
