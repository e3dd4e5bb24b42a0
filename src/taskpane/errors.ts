// What the pane says when an action fails: the services' advice for host errors (src/app/host-errors.ts:
// finish editing the cell, unprotect the sheet…), plus where the pane can send the user to fix the cause.

import { formatRefusal, t, type Lang, type MessageKey } from "../i18n";
import type { EvaluationRefused } from "../core";
import { describeHostError } from "../app/host-errors";

/** The views the pane can send the user to from an error. */
export type ViewKey = "start" | "check" | "score" | "conclusion" | "settings" | "help";

export interface ErrorAdvice {
  /** The localized message: what happened and what to do. */
  message: string;
  /** Trying the same action again can help (e.g. after finishing a cell edit). */
  retry: boolean;
  /** A view that fixes the cause (e.g. Start, to insert the templates). */
  goTo?: ViewKey;
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  reason?: unknown;
  path?: unknown;
}

function fields(error: unknown): ErrorLike {
  return typeof error === "object" && error !== null ? error : {};
}

/** The action was cancelled (an AbortSignal fired, or the services said so). */
export function isAbort(error: unknown): boolean {
  const { name, code } = fields(error);
  return name === "AbortError" || code === "AbortError";
}

/** The values an error's message names (`{limit}`, `{year}`…), where it carries them. */
function paramsOf(error: unknown): Record<string, string | number> {
  const params = (error as { params?: unknown }).params;
  return typeof params === "object" && params !== null ? (params as Record<string, string | number>) : {};
}

export function adviceFor(lang: Lang, error: unknown): ErrorAdvice {
  const { name, reason, path } = fields(error);
  if (name === "EvaluationRefused" && typeof reason === "string" && typeof path === "string") {
    return { message: t(lang, "pane.error.refused", { reason: formatRefusal(lang, error as EvaluationRefused) }), retry: true };
  }
  // A plan file or table that cannot be read (src/taskpane/plan-files/, src/workbook/plan-import/recognize.ts).
  if ((name === "PlanFileRefused" || name === "PlanNotRecognized") && typeof reason === "string") {
    return { message: t(lang, `plan.refusal.${reason}` as MessageKey, paramsOf(error)), retry: false };
  }
  if (name === "PeriodNotAYear") {
    return { message: t(lang, "next.notAYear", { period: String((error as { period?: string | number }).period ?? "") }), retry: false };
  }
  if (name === "XlsxRefused" && typeof reason === "string") {
    return { message: t(lang, `wb.refusal.${reason}` as MessageKey, paramsOf(error)), retry: false };
  }
  const advice = describeHostError(lang, error);
  return { message: advice.message, retry: advice.retry, ...(name === "NotABagalauWorkbook" ? { goTo: "start" as const } : {}) };
}
