// Why a file could not be opened in file mode, in the reader's language: the CLI's refusal reasons
// (src/i18n wb.refusal.*) after the file's name, or that the reading part could not be loaded.

import { t, type Lang, type MessageKey } from "../../i18n";
import { XlsxRefused } from "../../workbook/xlsx-bytes";
import { FileModeUnavailable } from "./open-file";

export function openFailureText(lang: Lang, fileName: string, error: unknown): string {
  if (error instanceof FileModeUnavailable) return t(lang, "file.loadFailed", { detail: error.detail });
  // Anything else ExcelJS or the reader stumbled on is a damaged workbook, as the CLI says.
  const reason = error instanceof XlsxRefused ? error.reason : "corrupt";
  const params = error instanceof XlsxRefused ? error.params : {};
  const text = t(lang, "file.refused", { name: fileName, reason: t(lang, `wb.refusal.${reason}` as MessageKey, params) });
  return reason === "noBagalauSheets" ? `${text} ${t(lang, "file.refused.tryNew")}` : text;
}
