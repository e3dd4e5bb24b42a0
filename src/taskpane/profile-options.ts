// The profile options of METHODOLOGY.md §8 as the Settings view offers them: the values of each rule
// (the methodology's default first), why the option exists, and the weights with their check.

import {
  ACHIEVEMENT_RULES,
  PENALTY_CAP_SCOPES,
  QUALITY_RULES,
  RANGE_RULES,
  checkWeights,
  defaultWeights,
  resolveProfile,
  DEFAULT_UNRELIABLE_THRESHOLD,
  type Kind,
  type ProfileInput,
} from "../core";
import { formatRefusal, type Lang, type MessageKey } from "../i18n";
import type { EvaluationRefused } from "../core";

type RuleOption = "qualityRule" | "indicatorRule" | "resultRule" | "rangeRule" | "penaltyCapScope";

export interface RuleChoice {
  option: RuleOption;
  /** Allowed values, the default first. */
  values: readonly string[];
  label: MessageKey;
  why: MessageKey;
}

export const RULE_CHOICES: readonly RuleChoice[] = [
  { option: "qualityRule", values: QUALITY_RULES, label: "wb.label.qualityRule", why: "pane.settings.why.qualityRule" },
  { option: "indicatorRule", values: ACHIEVEMENT_RULES, label: "wb.label.indicatorRule", why: "pane.settings.why.indicatorRule" },
  { option: "resultRule", values: [...ACHIEVEMENT_RULES].reverse(), label: "wb.label.resultRule", why: "pane.settings.why.resultRule" },
  { option: "rangeRule", values: RANGE_RULES, label: "wb.label.rangeRule", why: "pane.settings.why.rangeRule" },
  { option: "penaltyCapScope", values: PENALTY_CAP_SCOPES, label: "wb.label.penaltyCapScope", why: "pane.settings.why.penaltyCapScope" },
];

/** The editable profile: every option as the form holds it (numbers as typed text). */
export interface ProfileForm {
  qualityRule: string;
  indicatorRule: string;
  resultRule: string;
  rangeRule: string;
  penaltyCapScope: string;
  unreliableThreshold: string;
  weightB: string;
  weightC: string;
  weightD: string;
}

function numberText(lang: Lang, value: number): string {
  const text = String(value);
  return lang === "en" ? text : text.replace(".", ",");
}

export function formOfProfile(kind: Kind, profile: ProfileInput | undefined, lang: Lang): ProfileForm {
  const resolved = resolveProfile(kind, profile ?? {});
  return {
    qualityRule: resolved.qualityRule,
    indicatorRule: resolved.indicatorRule,
    resultRule: resolved.resultRule,
    rangeRule: resolved.rangeRule,
    penaltyCapScope: resolved.penaltyCapScope,
    unreliableThreshold: String(resolved.unreliableThreshold),
    weightB: numberText(lang, resolved.weights.B),
    weightC: numberText(lang, kind === "central" ? resolved.weights.C : defaultWeights("central").C),
    weightD: numberText(lang, resolved.weights.D),
  };
}

/** A number typed with a comma or a point, or null. */
export function parseTyped(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(normalized) && !/^-?\.\d+$/.test(normalized)) return null;
  return Number(normalized);
}

export type ProfileProblem = { field: keyof ProfileForm; message: MessageKey } | { field: "weights"; text: string };

/**
 * The form as profile options to store: only the options that differ from the methodology's defaults
 * (so a workbook with no choice made keeps following the defaults), or the problems found.
 */
export function profileOfForm(kind: Kind, form: ProfileForm, lang: Lang): { profile: ProfileInput; problems: ProfileProblem[] } {
  const defaults = resolveProfile(kind, {});
  const problems: ProfileProblem[] = [];
  const profile: ProfileInput = {};
  if (form.qualityRule !== defaults.qualityRule) profile.qualityRule = form.qualityRule as ProfileInput["qualityRule"];
  if (form.indicatorRule !== defaults.indicatorRule) profile.indicatorRule = form.indicatorRule as ProfileInput["indicatorRule"];
  if (form.resultRule !== defaults.resultRule) profile.resultRule = form.resultRule as ProfileInput["resultRule"];
  if (form.rangeRule !== defaults.rangeRule) profile.rangeRule = form.rangeRule as ProfileInput["rangeRule"];
  if (form.penaltyCapScope !== defaults.penaltyCapScope) profile.penaltyCapScope = form.penaltyCapScope as ProfileInput["penaltyCapScope"];
  const threshold = parseTyped(form.unreliableThreshold);
  if (threshold === null || !Number.isInteger(threshold) || threshold < 1)
    problems.push({ field: "unreliableThreshold", message: "pane.settings.badThreshold" });
  else if (threshold !== DEFAULT_UNRELIABLE_THRESHOLD) profile.unreliableThreshold = threshold;
  const weights: Partial<Record<"B" | "C" | "D", number>> = {};
  const keys = kind === "central" ? (["B", "C", "D"] as const) : (["B", "D"] as const);
  for (const key of keys) {
    const field = `weight${key}` as const;
    const value = parseTyped(form[field]);
    if (value === null || value < 0 || value > 1) problems.push({ field, message: "pane.settings.badWeight" });
    else weights[key] = value;
  }
  const changed = keys.some((key) => weights[key] !== undefined && weights[key] !== defaults.weights[key]);
  if (changed && problems.every((p) => !p.field.startsWith("weight"))) {
    try {
      checkWeights(kind, { weights });
      profile.weights = weights;
    } catch (error) {
      problems.push({ field: "weights", text: formatRefusal(lang, error as EvaluationRefused) });
    }
  }
  return { profile, problems };
}
