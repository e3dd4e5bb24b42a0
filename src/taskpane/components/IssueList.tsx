// The issues of a check grouped by sheet and severity; each issue tied to a cell is a button that
// selects its cell in the workbook (activating its sheet first).

import { mergeClasses } from "@fluentui/react-components";
import type { MessageKey } from "../../i18n";
import type { CellRef } from "../../workbook/cell-ref";
import type { CheckedIssue } from "../../workbook/workbook-services";
import { useText } from "../i18n-context";
import { groupIssues } from "../issue-groups";
import { useStyles } from "./styles";

export interface IssueListProps {
  issues: readonly CheckedIssue[];
  sheetOrder?: readonly string[];
  onSelect: (ref: CellRef) => void;
}

/** The cell part of an address: `'3 Goals'!H12` → H12 (the sheet is the group's heading). */
function cellOnly(cell: string): string {
  const bang = cell.lastIndexOf("!");
  return bang < 0 ? cell : cell.slice(bang + 1);
}

export function IssueList({ issues, sheetOrder, onSelect }: IssueListProps) {
  const t = useText();
  const styles = useStyles();
  const groups = groupIssues(issues, sheetOrder);
  return (
    <div className={styles.stack}>
      {groups.map((group) => {
        const title = group.sheet ?? t("cli.check.noCell");
        return (
          <section key={group.sheet ?? ""} className={styles.section} aria-label={title}>
            <h4 className={styles.subheading}>{t("pane.check.sheetGroup", { sheet: title, count: group.count })}</h4>
            {group.severities.map(({ severity, issues: list }) => (
              <div key={severity} className={styles.stack}>
                <h5 className={mergeClasses(styles.muted, styles.subheading)}>
                  {t("pane.check.severityGroup", { severity: t(`severity.${severity}` as MessageKey), count: list.length })}
                </h5>
                <ul className={styles.list}>
                  {list.map((issue, i) => {
                    const ref = issue.ref;
                    const classes = mergeClasses(styles.issue, styles[severity], !ref && styles.issueStatic);
                    const content = (
                      <>
                        {issue.cell ? <span className={styles.cell}>{cellOnly(issue.cell)}</span> : null}
                        <span>{issue.message}</span>
                      </>
                    );
                    return (
                      <li key={`${issue.code}-${issue.cell ?? ""}-${i}`}>
                        {ref ? (
                          <button
                            type="button"
                            className={classes}
                            onClick={() => onSelect(ref)}
                            title={t("pane.check.selectCell", { cell: issue.cell ?? "" })}
                          >
                            {content}
                          </button>
                        ) : (
                          <div className={classes}>{content}</div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
