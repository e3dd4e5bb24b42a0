// The one place an ExcelJS workbook becomes .xlsx bytes (CLI and browser file mode): ExcelJS writes it, then the package
// is finished — calc engine stamped, validations written once, charts added, sheets in schema order, dynamic arrays marked.

import { chartsOf } from "../charts/chart-spec";
import { addChart } from "../charts/chart-parts";
import { writeValidationsOnce } from "./data-validations";
import { withDynamicArrays } from "./dynamic-arrays";
import { orderWorksheetChildren } from "./worksheet-order";
import { ZipPackage } from "./zip-package";

/** The calculation-engine id of current Excel (Microsoft 365 writes 191029). */
export const CURRENT_CALC_ID = "191029";

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * ExcelJS stamps workbooks with the calc engine of Excel 2016 (calcId 171027), and Excel recalculates a
 * workbook from an older engine when it opens it — which, without the add-in, would replace the stored
 * values of the BAGALAU.* formulas by #NAME?. Stamped with the current engine, the stored values show.
 */
function withCurrentCalcEngine(workbookXml: string): string {
  return workbookXml.replace(/(<calcPr\b[^>]*\bcalcId=")\d+(")/, `$1${CURRENT_CALC_ID}$2`);
}

/** What ExcelJS leaves to fix in a written package, fixed: every part then follows ECMA-376 and Excel's rules. */
export async function finishPackage(written: Uint8Array, charts: Parameters<typeof addChart>[1][] = [], time?: Date): Promise<Uint8Array> {
  const pkg = await ZipPackage.open(written);
  const workbook = await pkg.text("xl/workbook.xml");
  if (workbook !== undefined) pkg.put("xl/workbook.xml", withCurrentCalcEngine(workbook));
  for (const chart of charts) await addChart(pkg, chart);
  for (const part of pkg.partsMatching(WORKSHEET_PART)) {
    const xml = (await pkg.text(part)) as string;
    pkg.put(part, orderWorksheetChildren(writeValidationsOnce(xml)));
  }
  await withDynamicArrays(pkg, pkg.partsMatching(WORKSHEET_PART));
  return pkg.bytes(time);
}

/**
 * The time to stamp a written package with instead of now, for reproducible files (the committed examples):
 * SOURCE_DATE_EPOCH, the reproducible-builds convention, in seconds; undefined in the browser or when unset.
 */
export function reproducibleTime(): Date | undefined {
  const epoch = typeof process !== "undefined" ? process.env?.SOURCE_DATE_EPOCH : undefined;
  if (epoch === undefined || !/^\d+$/.test(epoch)) return undefined;
  return new Date(Number(epoch) * 1000);
}

/** The bytes of an ExcelJS workbook as .xlsx: what ExcelJS writes, finished (with the charts of its BAGALAU sheets). */
export async function workbookBytes(workbook: {
  xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
  created?: Date;
  modified?: Date;
}): Promise<Uint8Array> {
  const fixed = reproducibleTime();
  if (fixed) {
    workbook.created = fixed;
    workbook.modified = fixed;
  }
  const written = await workbook.xlsx.writeBuffer();
  return finishPackage(written instanceof Uint8Array ? written : new Uint8Array(written), chartsOf(workbook), fixed);
}
