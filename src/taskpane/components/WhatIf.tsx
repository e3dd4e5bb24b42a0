// What-if (src/core/what-if.ts): what D the body needs for a target A, and for the indicator or direct
// result being explained, the fact that gives h (or p) = 1 and the score that fact would bring.

import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Evaluation, Result } from "../../core";
import { dForTargetA, factForAchievement, measureAt, scoreIfAchieved } from "../../core/what-if";
import { formatFixed, formatNumber, formatPlan, type Lang } from "../../i18n";
import { profileValueText } from "../../workbook/report/report-text";
import { useLang, useText, type Translate } from "../i18n-context";
import { parseTyped } from "../profile-options";
import { measurePathOf } from "../trace-text";
import { useStyles } from "./styles";

export interface WhatIfProps {
  result: Result;
  evaluation: Evaluation;
  /** The trace path being explained; an indicator's h or a result's p adds the measure's what-if. */
  path?: string;
}

function signed(lang: Lang, value: number): string {
  const text = formatFixed(lang, value, 2);
  return value > 0 && text !== formatFixed(lang, 0, 2) ? `+${text}` : text;
}

function targetText(t: Translate, lang: Lang, result: Result, typed: string): string | null {
  if (typed.trim() === "") return null;
  const target = parseTyped(typed);
  if (target === null) return t("pane.whatif.badTarget");
  const what = dForTargetA(result, target);
  const A = formatFixed(lang, result.A, 2);
  const targetShown = formatFixed(lang, target, 2);
  if (what.status === "reached") return t("pane.whatif.reached", { A, target: targetShown });
  if (what.D === null || what.points === null) return t("pane.whatif.noD", { A });
  if (what.status === "unreachable") return t("pane.whatif.unreachable", { target: targetShown, maxA: formatFixed(lang, what.maxA, 2) });
  return t("pane.whatif.needD", {
    target: targetShown,
    current: formatFixed(lang, what.currentD, 4),
    D: formatFixed(lang, what.D, 4),
    raise: formatFixed(lang, what.raise, 4),
    points: formatFixed(lang, what.points, 2),
  });
}

function MeasureWhatIf({ result, evaluation, path }: { result: Result; evaluation: Evaluation; path: string }) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const measure = measureAt(evaluation, path);
  if (!measure) return null;
  const symbol = path.includes(".results[") ? "p" : "h";
  const rule = symbol === "h" ? result.profile.indicatorRule : result.profile.resultRule;
  const needed = factForAchievement(measure, rule);
  const lines: string[] = [];
  if (needed.status === "notCounted") {
    lines.push(t(`pane.whatif.fact.${needed.reason}`));
  } else {
    const params = {
      symbol,
      fact: formatNumber(lang, needed.fact),
      unit: measure.unit ?? "",
      plan: measure.plan === null ? "—" : formatPlan(lang, measure.plan),
      upTo: needed.upTo === undefined ? "" : formatNumber(lang, needed.upTo),
      current: measure.fact === null ? "—" : formatNumber(lang, measure.fact),
    };
    lines.push(needed.reached ? t("pane.whatif.fact.reached", params) : t(`pane.whatif.fact.${needed.comparison}`, params));
    lines.push(t("pane.whatif.fact.rule", { rule: profileValueText(lang, needed.rule) }));
    if (!needed.reached) {
      const achieved = scoreIfAchieved(evaluation, result, path);
      if (achieved) lines.push(t("pane.whatif.gain", { symbol, A: formatFixed(lang, achieved.A, 2), gain: signed(lang, achieved.gain) }));
    }
  }
  return (
    <div className={styles.card} aria-live="polite">
      <h4 className={styles.subheading}>{t(symbol === "h" ? "pane.whatif.indicatorTitle" : "pane.whatif.resultTitle")}</h4>
      {lines.map((line) => (
        <p key={line} style={{ margin: 0 }}>
          {line}
        </p>
      ))}
    </div>
  );
}

export function WhatIf({ result, evaluation, path }: WhatIfProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const [typed, setTyped] = useState("");
  const answer = targetText(t, lang, result, typed);
  const measurePath = path ? measurePathOf(path) : undefined;
  return (
    <section className={styles.section} aria-labelledby="bagalau-whatif-heading">
      <h3 id="bagalau-whatif-heading" className={styles.heading}>
        {t("pane.whatif.title")}
      </h3>
      {measurePath ? (
        <MeasureWhatIf result={result} evaluation={evaluation} path={measurePath} />
      ) : (
        <p className={styles.muted}>{t("pane.whatif.pickIndicator")}</p>
      )}
      <Field label={t("pane.whatif.targetLabel")} hint={t("pane.whatif.targetHint")}>
        <Input inputMode="decimal" value={typed} onChange={(_, data) => setTyped(data.value)} />
      </Field>
      {answer ? (
        <p role="status" style={{ margin: 0 }}>
          {answer}
        </p>
      ) : null}
    </section>
  );
}
