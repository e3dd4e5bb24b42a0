// The drill-down: from A to a criterion, a goal, an indicator — each number with what it is, its
// formula and inputs, the paragraph of the methodology and the numbers it was computed from.

import { Link } from "@fluentui/react-components";
import { Fragment } from "react";
import type { Evaluation, Kind, Result } from "../../core";
import { formatFixed, formatTraceFormula } from "../../i18n";
import { useLang, useText } from "../i18n-context";
import { childrenOf, inputMeaning, inputValueText, noteText, paragraphText, symbolMeaning, traceLabel } from "../trace-text";
import { useStyles } from "./styles";

export interface TraceExplorerProps {
  result: Result;
  evaluation: Evaluation;
  kind: Kind;
  /** The drill-down path from A: ["A", "D", "goals[0].X", …]. */
  stack: string[];
  onStackChange: (stack: string[]) => void;
}

/** A computed value: points with 2 decimals, coefficients with 4. */
function valueText(lang: ReturnType<typeof useLang>, path: string, value: number | null, notDefined: string): string {
  if (value === null) return notDefined;
  const asPoints = path === "A" || path.startsWith("W.") || path.endsWith(".points");
  return formatFixed(lang, value, asPoints ? 2 : 4);
}

export function TraceExplorer({ result, evaluation, kind, stack, onStackChange }: TraceExplorerProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const path = stack[stack.length - 1];
  const entry = path ? result.trace[path] : undefined;
  if (!entry) return null;
  const label = (p: string) => traceLabel(lang, p, evaluation, kind);
  const notDefined = t("pane.trace.notDefined");
  const meaning = symbolMeaning(lang, entry.symbol);
  const note = noteText(lang, entry, result.issues);
  const children = childrenOf(result.trace, path);
  const inputs = Object.entries(entry.inputs);
  return (
    <section className={styles.section} aria-labelledby="bagalau-trace-heading">
      {stack.length > 1 ? (
        <nav aria-label={t("pane.trace.breadcrumb")} className={styles.crumbs}>
          {stack.map((p, i) => (
            <Fragment key={p}>
              {i > 0 ? <span aria-hidden="true">{"›"}</span> : null}
              {i === stack.length - 1 ? (
                <span className={styles.crumb} aria-current="location" title={label(p)}>
                  {label(p)}
                </span>
              ) : (
                <Link as="button" className={styles.crumb} onClick={() => onStackChange(stack.slice(0, i + 1))} title={label(p)}>
                  {label(p)}
                </Link>
              )}
            </Fragment>
          ))}
        </nav>
      ) : null}
      <div className={styles.card}>
        <h3 id="bagalau-trace-heading" className={styles.subheading}>
          {label(path)}
        </h3>
        <div>
          <strong>{t("pane.trace.value", { symbol: entry.symbol, value: valueText(lang, path, entry.value, notDefined) })}</strong>
          {meaning ? <span className={styles.muted}>{t("pane.trace.meaning", { meaning })}</span> : null}
        </div>
        <dl className={styles.definitions}>
          <dt className={styles.term}>{t("pane.trace.formula")}</dt>
          <dd className={`${styles.definition} ${styles.formula}`}>{formatTraceFormula(lang, entry)}</dd>
          {inputs.length > 0 ? (
            <>
              <dt className={styles.term}>{t("pane.trace.inputs")}</dt>
              <dd className={styles.definition}>
                <ul className={styles.list}>
                  {inputs.map(([name, value]) => {
                    const what = inputMeaning(lang, entry, name);
                    return (
                      <li key={name}>
                        <span className={styles.formula}>{t("pane.trace.input", { name, value: inputValueText(lang, value) })}</span>
                        {what ? <span className={styles.muted}>{t("pane.trace.meaning", { meaning: what })}</span> : null}
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </>
          ) : null}
          <dt className={styles.term}>{t("pane.trace.source")}</dt>
          <dd className={styles.definition}>{t("pane.trace.methodology", { paragraph: paragraphText(lang, entry.paragraph) })}</dd>
          {note ? (
            <>
              <dt className={styles.term}>{t("pane.trace.note")}</dt>
              <dd className={styles.definition}>{note}</dd>
            </>
          ) : null}
        </dl>
      </div>
      {children.length > 0 ? (
        <div className={styles.stack}>
          <h4 className={styles.subheading}>{t("pane.trace.parts")}</h4>
          <ul className={styles.list}>
            {children.map((child) => {
              const part = result.trace[child];
              return (
                <li key={child} className={styles.row}>
                  <Link as="button" onClick={() => onStackChange([...stack, child])}>
                    {label(child)}
                  </Link>
                  <span className={styles.number}>
                    {t("pane.trace.value", { symbol: part.symbol, value: valueText(lang, child, part.value, notDefined) })}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
