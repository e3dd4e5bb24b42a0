// The name a workbook changed in file mode is downloaded under: the opened file's name with
// "-bagalau" added (a new .xlsx, never the name of the file that was opened), or "bagalau.xlsx" for a new one.

const SUFFIX = "-bagalau";
const NEW_WORKBOOK = "bagalau";

/** "report.xlsx" → "report-bagalau.xlsx"; "report-bagalau.xlsx" → "report-bagalau-2.xlsx"; an .xlsm is saved as .xlsx. */
export function downloadName(opened: string | undefined): string {
  const name = (opened ?? "").replace(/^.*[\\/]/, "").trim();
  const base = name.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, "") || NEW_WORKBOOK;
  if (opened === undefined) return `${base}.xlsx`;
  // A file this mode downloaded before: count up rather than pile up suffixes.
  const again = /^(.*-bagalau)(?:-(\d+))?$/i.exec(base);
  if (again) return `${again[1]}-${again[2] ? Number(again[2]) + 1 : 2}.xlsx`;
  return `${base}${SUFFIX}.xlsx`;
}
