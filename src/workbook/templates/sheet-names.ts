// The names of the template sheets in each language, and which input sheets a kind of body has, in the
// order planners meet them.

import type { Kind } from "../../core";
import { t, type Lang, type MessageKey } from "../../i18n";
import type { SheetRole } from "../layout";

export function sheetName(role: SheetRole, kind: Kind, lang: Lang): string {
  if (role === "goals") return t(lang, kind === "central" ? "wb.sheet.goals.central" : "wb.sheet.goals.local");
  return t(lang, `wb.sheet.${role}` as MessageKey);
}

/** The sheets of the templates for one body, in the order planners meet them. */
export function inputRoles(kind: Kind): SheetRole[] {
  return kind === "central" ? ["body", "quality", "goals", "risks", "penalties"] : ["body", "quality", "goals", "performance", "penalties"];
}
