// Every check the Check view ran, the passed ones too: a mark, what the check asks and how many
// issues broke it (coloured by the worst severity).

import { mergeClasses } from "@fluentui/react-components";
import type { Kind } from "../../core";
import type { CheckedIssue } from "../../workbook/workbook-services";
import { checkRuns } from "../checks";
import { useText } from "../i18n-context";
import { useStyles } from "./styles";

const MARK = { passed: "✓", error: "✗", warning: "!", info: "i" } as const;

export function ChecksList({ kind, issues }: { kind: Kind; issues: readonly CheckedIssue[] }) {
  const t = useText();
  const styles = useStyles();
  const { runs } = checkRuns(kind, issues);
  const passed = runs.filter((run) => run.worst === null).length;
  return (
    <section className={styles.section} aria-labelledby="bagalau-checks-heading">
      <h3 id="bagalau-checks-heading" className={styles.subheading}>
        {t("pane.check.runs", { passed, total: runs.length })}
      </h3>
      <ul className={styles.list}>
        {runs.map((run) => {
          const state = run.worst ?? "passed";
          const tone =
            state === "passed" ? styles.passed : state === "error" ? styles.failed : state === "warning" ? styles.warned : styles.muted;
          return (
            <li key={run.check.id} className={styles.checkItem} data-check={run.check.id} data-state={state}>
              <span aria-hidden="true" className={mergeClasses(styles.cell, tone)}>
                {MARK[state]}
              </span>
              <span>
                {t(run.check.key)}
                {" — "}
                <span className={tone}>
                  {run.worst === null ? t("pane.check.passed") : t("pane.check.failed", { count: run.issues.length })}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
