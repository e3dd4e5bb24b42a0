// What Excel's failures mean to the user: Office.js error codes and missing API sets turned into
// localized messages that say what happened and what to do — never a swallowed error.

import { t, type Lang, type MessageKey } from "../i18n";

/** The host features BAGALAU uses beyond the base set, each with the requirement set it needs. */
export type HostFeature = "excel" | "rangeAreas" | "mergedAreas" | "notes";

export const FEATURE_REQUIREMENTS: Record<HostFeature, { set: string; version: string }> = {
  /** Data validation, frozen panes, chart axes from a range: what the add-in cannot work without. */
  excel: { set: "ExcelApi", version: "1.8" },
  /** Formatting many cells at once, fill patterns, special cells, print layout. */
  rangeAreas: { set: "ExcelApi", version: "1.9" },
  /** Reading merged cells. */
  mergedAreas: { set: "ExcelApi", version: "1.13" },
  /** Cell notes (the highlights' messages). */
  notes: { set: "ExcelApi", version: "1.18" },
};

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The features this Excel lacks, in the order of FEATURE_REQUIREMENTS. */
export function unavailableFeatures(requirements: RequirementChecker): HostFeature[] {
  return (Object.keys(FEATURE_REQUIREMENTS) as HostFeature[]).filter((feature) => {
    const { set, version } = FEATURE_REQUIREMENTS[feature];
    try {
      return !requirements.isSetSupported(set, version);
    } catch {
      return true;
    }
  });
}

/** What is unavailable without a feature and what the user can do, in the user's language. */
export function featureMessage(lang: Lang, feature: HostFeature): string {
  const { set, version } = FEATURE_REQUIREMENTS[feature];
  return t(lang, `app.feature.${feature}` as MessageKey, { requirement: `${set} ${version}` });
}

/** An action needs a host feature this Excel does not have. */
export class UnsupportedApi extends Error {
  constructor(readonly feature: HostFeature) {
    super(`${FEATURE_REQUIREMENTS[feature].set} ${FEATURE_REQUIREMENTS[feature].version}`);
    this.name = "UnsupportedApi";
  }
}

/**
 * Live updates could not be started (Excel refused the change handler) or stopped (the handler could
 * not be removed): the Score view says so and what to do, instead of a swallowed error.
 */
export class LiveUpdatesFailed extends Error {
  constructor(
    readonly phase: "start" | "stop",
    /** Excel's error. */
    readonly failure: unknown,
  ) {
    super(`live updates could not ${phase}: ${detailOf(failure)}`);
    this.name = "LiveUpdatesFailed";
  }
}

export interface HostErrorAdvice {
  /** The localized message: what happened and what to do. */
  message: string;
  /** Whether the same action may succeed when tried again after doing what the message says. */
  retry: boolean;
  /** The Office.js error code, when the error came from Excel. */
  code?: string;
}

/** Office.js error codes (OfficeExtension.Error.code) → the message key and whether trying again can help. */
const OFFICE_CODES: Record<string, { key: MessageKey; retry: boolean }> = {
  InvalidOperationInCellEditMode: { key: "app.error.cellEditMode", retry: true },
  EditModeChangedDuringApiCall: { key: "app.error.cellEditMode", retry: true },
  AccessDenied: { key: "app.error.accessDenied", retry: true },
  ItemNotFound: { key: "app.error.itemNotFound", retry: true },
  ItemAlreadyExists: { key: "app.error.itemAlreadyExists", retry: true },
  InvalidArgument: { key: "app.error.invalid", retry: true },
  InvalidReference: { key: "app.error.invalid", retry: true },
  InvalidOperation: { key: "app.error.invalid", retry: true },
  InvalidRequest: { key: "app.error.invalid", retry: true },
  InsertDeleteConflict: { key: "app.error.conflict", retry: true },
  Conflict: { key: "app.error.conflict", retry: true },
  ActivityLimitReached: { key: "app.error.tooLarge", retry: true },
  RequestPayloadSizeLimitExceeded: { key: "app.error.tooLarge", retry: false },
  ResponsePayloadSizeLimitExceeded: { key: "app.error.tooLarge", retry: false },
  ApiNotFound: { key: "app.error.apiMissing", retry: false },
  NotImplemented: { key: "app.error.apiMissing", retry: false },
  ServiceNotAvailable: { key: "app.error.busy", retry: true },
  Timeout: { key: "app.error.busy", retry: true },
  RequestAborted: { key: "app.error.busy", retry: true },
  GeneralException: { key: "app.error.general", retry: true },
};

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  feature?: unknown;
  phase?: unknown;
  failure?: unknown;
}

function fieldsOf(error: unknown): ErrorFields {
  return typeof error === "object" && error !== null ? error : {};
}

function detailOf(error: unknown): string {
  const { message } = fieldsOf(error);
  const text = typeof message === "string" ? message : typeof error === "string" ? error : String(error);
  return text.replace(/\s+/g, " ").trim();
}

/** The Office.js error code of an error from Excel (OfficeExtension.Error), if it is one. */
function officeErrorCode(error: unknown): string | undefined {
  const { code } = fieldsOf(error);
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** An error of an action, as the pane shows it. */
export function describeHostError(lang: Lang, error: unknown): HostErrorAdvice {
  const { name, feature } = fieldsOf(error);
  const code = officeErrorCode(error);
  if (name === "AbortError" || code === "AbortError") return { message: t(lang, "app.cancelled"), retry: true };
  if (name === "NotABagalauWorkbook") return { message: t(lang, "app.error.noTemplates"), retry: false };
  if (name === "UnsupportedApi" && typeof feature === "string" && feature in FEATURE_REQUIREMENTS) {
    return { message: featureMessage(lang, feature as HostFeature), retry: false };
  }
  const { phase, failure } = fieldsOf(error);
  if (name === "LiveUpdatesFailed" && (phase === "start" || phase === "stop")) {
    const cause = officeErrorCode(failure);
    // Starting again can help; a handler that could not be removed goes away when the pane is reopened.
    return {
      message: t(lang, phase === "start" ? "app.error.liveStart" : "app.error.liveStop", { detail: detailOf(failure) }),
      retry: phase === "start",
      ...(cause ? { code: cause } : {}),
    };
  }
  const known = code !== undefined ? OFFICE_CODES[code] : undefined;
  if (known) return { message: t(lang, known.key, { detail: detailOf(error) }), retry: known.retry, code };
  return { message: t(lang, "app.error.unexpected", { detail: detailOf(error) }), retry: true, ...(code ? { code } : {}) };
}
