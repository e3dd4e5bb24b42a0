// The body's scores by period from the workbook's history sheet (Sys. §73): A by period, and each decline
// two or more years in a row flagged plainly, or a note that there is none.

import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { HistoryAnalysis } from "../../core";
import { declineText, seriesValueText } from "../../workbook/history-text";
import { useLang, useText } from "../i18n-context";
import { useStyles } from "./styles";

export function HistoryPanel({ history }: { history: HistoryAnalysis | undefined }) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  if (!history) return null;
  return (
    <section className={styles.section} aria-labelledby="bagalau-history-heading" data-testid="history">
      <h3 id="bagalau-history-heading" className={styles.subheading}>
        {t("history.pane.title")}
      </h3>
      {history.declines.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("history.flagTitle")}</MessageBarTitle>
            <ul className={styles.list}>
              {history.declines.map((decline) => (
                <li key={`${decline.series}-${decline.periods[0]}`}>{declineText(lang, decline)}</li>
              ))}
            </ul>
            {t("history.flag")}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p className={styles.muted}>{t("history.declines.none")}</p>
      )}
      <Table size="small" className={styles.table} aria-label={t("history.chart.title")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("history.col.period")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("wb.label.A")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {history.periods.map((period) => (
            <TableRow key={period.period}>
              <TableCell>{period.period}</TableCell>
              <TableCell className={styles.number}>{seriesValueText(lang, "A", period.A)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
