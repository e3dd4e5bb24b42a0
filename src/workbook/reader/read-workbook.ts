// Reading filled templates: grids → the bagalau/evaluation@1 object the core parses, with the cell of
// every value. Sheets are found by their hidden marker or their headers (any language), not position.

import { parseEvaluation, type Kind, type ParsedEvaluation } from "../../core";
import type { SheetRole } from "../layout";
import type { Grid } from "../sheet-spec";
import { CellIndex } from "./cell-index";
import { readBodySheet } from "./read-body";
import { readGoalsSheet } from "./read-goals";
import type { ReadIssue } from "./read-issues";
import { readPenaltiesSheet } from "./read-penalties";
import { readPerformanceSheet } from "./read-performance";
import { readQualitySheet } from "./read-quality";
import { readRisksSheet } from "./read-risks";
import { SheetReader, type SheetToRead } from "./sheet-reader";
import { walkSheet } from "./sheet-walk";

export interface WorkbookReading extends ParsedEvaluation {
  /** The JSON the sheets amount to (what `bagalau fill` would need to write the same workbook). */
  json: Record<string, unknown>;
  /** JSON path (e.g. `goals[0].indicators[2].plan`, `goals[0]`) → the cell it was read from. */
  cells: CellIndex;
  readIssues: ReadIssue[];
  /** Which sheet holds each input role. */
  sheets: Partial<Record<SheetRole, string>>;
}

/** The workbook has no BAGALAU sheet at all: it cannot be scored. */
export class NotABagalauWorkbook extends Error {
  constructor() {
    super("no BAGALAU sheets");
    this.name = "NotABagalauWorkbook";
  }
}

/** Reads every BAGALAU sheet of a workbook into an evaluation. Throws NotABagalauWorkbook when there is none. */
export function readWorkbook(grids: readonly Grid[]): WorkbookReading {
  const cells = new CellIndex();
  const walks = grids.map((grid) => ({ grid, walk: walkSheet(grid), reader: new SheetReader(grid, cells) }));
  const byRole = new Map<SheetRole, SheetToRead & { grid: Grid }>();
  for (const w of walks) if (w.walk.role && !byRole.has(w.walk.role)) byRole.set(w.walk.role, w);
  const inputRoles = (["body", "quality", "goals", "risks", "performance", "penalties"] as SheetRole[]).filter((r) => byRole.has(r));
  if (inputRoles.length === 0) throw new NotABagalauWorkbook();

  const json: Record<string, unknown> = { format: "bagalau/evaluation@1" };
  const extraIssues: ReadIssue[] = [];

  // The score sheet: the body and the profile. Without a readable kind, the sheets tell it: App. 4 and
  // no risk section is a local body.
  const kindOfSheets: Kind = byRole.has("performance") && !byRole.has("risks") ? "local" : "central";
  const { kind, body, profile } = readBodySheet(byRole.get("body"), kindOfSheets);
  json.body = body;
  if (Object.keys(profile).length > 0) json.profile = profile;

  json.quality = readQualitySheet(byRole.get("quality"));
  json.goals = readGoalsSheet(byRole.get("goals"));
  json.risks = readRisksSheet(byRole.get("risks"));
  json.performance = readPerformanceSheet(byRole.get("performance"));
  json.penalties = readPenaltiesSheet(byRole.get("penalties"));

  // Sheets the kind of body needs but the workbook lacks.
  const needed: SheetRole[] = kind === "central" ? ["quality", "goals", "risks"] : ["quality", "goals", "performance"];
  for (const role of needed) if (!byRole.has(role)) extraIssues.push({ code: "SHEET_MISSING", severity: "error", params: { role } });

  const readIssues: ReadIssue[] = [...extraIssues];
  for (const w of walks) readIssues.push(...w.reader.readIssues);
  const sheets: Partial<Record<SheetRole, string>> = {};
  for (const [role, w] of byRole) sheets[role] = w.grid.name;
  const parsed = parseEvaluation(json);
  return { ...parsed, json, cells, readIssues, sheets };
}
