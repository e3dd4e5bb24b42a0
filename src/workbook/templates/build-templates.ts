// The official templates as SheetSpecs (kk/ru/en): the score sheet, section 2 quality, section 3/4
// goals, section 6 risks or App. 4 performance, and the reporting sheet — empty, or filled with an
// evaluation and its result (cached values for every live formula).

import type { SheetSpec } from "../sheet-spec";
import { buildBodySheet } from "./body-sheet";
import { buildGoalsSheet } from "./goals-sheet";
import { buildPenaltiesSheet } from "./penalties-sheet";
import { buildPerformanceSheet } from "./performance-sheet";
import { buildQualitySheet } from "./quality-sheet";
import { buildRisksSheet } from "./risks-sheet";
import type { TemplateOptions } from "./template-options";

export function buildTemplates(options: TemplateOptions): SheetSpec[] {
  const kind = options.evaluation.body.kind;
  const goals = buildGoalsSheet(options);
  const sheets = [buildQualitySheet(options), goals];
  sheets.push(kind === "central" ? buildRisksSheet(options) : buildPerformanceSheet(options));
  sheets.push(buildPenaltiesSheet(options));
  return [buildBodySheet(options), ...sheets];
}
