// The appeal of the workbook (App. 6, §28–35) in the Score view: the total score taking the appeal into
// account beside the original, each deadline with its date and days left (passed ones flagged), late objections.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { appealDeadlines, type AppealDeadlines } from "../../core";
import { formatFixed } from "../../i18n";
import type { AppealState } from "../../workbook/appeal-state";
import { DEADLINE_KEYS, deadlineFlagged, deadlineLine, outcomeText, totalAfterText } from "../../workbook/appeal-text";
import { formatDate } from "../../workbook/report/report-text";
import { useLang, useText } from "../i18n-context";
import { useStyles } from "./styles";

export interface AppealSummaryProps {
  appeal: AppealState | undefined;
  /** The total score before the appeal. */
  original: number;
  /** Today (ISO), for the days left. */
  today: string;
}

function deadlinesOf(appeal: AppealState, today: string): AppealDeadlines {
  try {
    return appealDeadlines(appeal.reading.input, today);
  } catch {
    return appeal.assessment?.deadlines ?? {};
  }
}

export function AppealSummary({ appeal, original, today }: AppealSummaryProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const assessment = appeal?.assessment;
  if (!appeal || !assessment) return null;
  const deadlines = deadlinesOf(appeal, today);
  // Only the commission's texts typed: nothing to say here.
  if (DEADLINE_KEYS.every((key) => !deadlines[key]) && assessment.outcomes.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="bagalau-appeal-heading" data-testid="appeal">
      <h3 id="bagalau-appeal-heading" className={styles.subheading}>
        {t("appeal.heading")}
      </h3>
      {assessment.accepted > 0 ? (
        <div>
          <div className={styles.muted}>{t("appeal.totalAfter")}</div>
          <div className={styles.total} data-testid="total-after-appeal">
            {formatFixed(lang, assessment.result.A, 2)}
          </div>
          <p className={styles.muted}>{totalAfterText(lang, original, assessment)}</p>
        </div>
      ) : null}
      {assessment.late && deadlines.objections ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("appeal.lateTitle")}</MessageBarTitle>
            {t("appeal.late", { due: formatDate(lang, deadlines.objections.date) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list}>
        {DEADLINE_KEYS.map((key) => {
          const deadline = deadlines[key];
          if (!deadline) return null;
          return (
            <li
              key={key}
              className={deadlineFlagged(deadline) ? styles.failed : undefined}
              data-flagged={deadlineFlagged(deadline) ? "true" : "false"}
            >
              {deadlineLine(lang, key, deadline)}
            </li>
          );
        })}
      </ul>
      {assessment.outcomes.length > 0 ? (
        <ul className={styles.list}>
          {assessment.outcomes.map((outcome) => (
            <li key={outcome.number} className={styles.muted}>
              {outcomeText(lang, outcome)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
