// What the first task pane page says, in one language: the heading, what the add-in does and the
// BAGALAU.* functions with their signatures and descriptions, all from src/i18n. Pure (no DOM).

import { FUNCTION_CATALOG, FUNCTIONS_NAMESPACE } from "../functions/catalog";
import { argumentLabel } from "../functions/cells";
import { t, type Lang, type MessageKey } from "../i18n";

interface FunctionListing {
  id: string;
  /** The help anchor of functions.json's helpUrl: taskpane.html#fn-<ID>. */
  anchor: string;
  /** BAGALAU.GOAL(indicators, [rule], [rangeRule]) with the language's parameter names. */
  signature: string;
  description: string;
}

export interface TaskPaneContent {
  lang: Lang;
  title: string;
  intro: string;
  functionsHeading: string;
  status: string;
  functions: FunctionListing[];
}

/** The argument separator Excel shows: ";" where the decimal separator is a comma (kk, ru). */
function separator(lang: Lang): string {
  return lang === "en" ? ", " : "; ";
}

export function taskPaneContent(lang: Lang, connectedToExcel: boolean): TaskPaneContent {
  return {
    lang,
    title: t(lang, "addin.name"),
    intro: t(lang, "addin.intro"),
    functionsHeading: t(lang, "addin.functionsHeading"),
    status: t(lang, connectedToExcel ? "addin.status.office" : "addin.status.noOffice"),
    functions: FUNCTION_CATALOG.map((entry) => {
      const parameters = entry.parameters.map((p) => (p.optional ? `[${argumentLabel(lang, p.name)}]` : argumentLabel(lang, p.name)));
      return {
        id: entry.id,
        anchor: `fn-${entry.id}`,
        signature: `${FUNCTIONS_NAMESPACE}.${entry.id}(${parameters.join(separator(lang))})`,
        description: t(lang, `fn.${entry.id}.description` as MessageKey),
      };
    }),
  };
}
