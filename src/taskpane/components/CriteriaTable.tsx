// A and its criteria as App. 5 shows them: each criterion's coefficient, weight and points, the
// deducted points with their parts, and the total; each row opens its trace for the drill-down.

import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, mergeClasses } from "@fluentui/react-components";
import type { Kind, Result } from "../../core";
import { formatFixed, formatNumber } from "../../i18n";
import { criterionTitle } from "../../workbook/report/report-text";
import type { CriterionKey } from "../../workbook/report/report-types";
import { useLang, useText } from "../i18n-context";
import { useStyles } from "./styles";

export interface CriteriaTableProps {
  result: Result;
  kind: Kind;
  /** Opens the trace of a number (its path: "B", "D", "W.total", …). */
  onExplain: (path: string) => void;
}

/** The criteria in the order of App. 5: quality, goals, then risks (central) or performance (local). */
function criterionKeys(result: Result): CriterionKey[] {
  return ["B", "D", ...(result.criteria.C ? (["C"] as const) : []), ...(result.criteria.E ? (["E"] as const) : [])];
}

export function CriteriaTable({ result, kind, onExplain }: CriteriaTableProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const coefficient = (value: number) => formatFixed(lang, value, 4);
  const points = (value: number) => formatFixed(lang, value, 2);
  return (
    <Table size="small" className={styles.table} aria-label={t("pane.score.tableLabel")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("cli.col.criterion")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("cli.col.coefficient")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("cli.col.weight")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("cli.col.points")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {criterionKeys(result).map((key) => {
          const criterion = result.criteria[key];
          if (!criterion) return null;
          const title = criterionTitle(lang, kind, key);
          return (
            <TableRow key={key} data-criterion={key}>
              <TableCell>
                <Link as="button" onClick={() => onExplain(key)} aria-label={t("pane.score.explain", { name: `${key} — ${title}` })}>
                  {key}
                </Link>{" "}
                {title}
              </TableCell>
              <TableCell className={styles.number}>{coefficient(criterion.coefficient)}</TableCell>
              <TableCell className={styles.number}>{criterion.weight === null ? "—" : formatNumber(lang, criterion.weight)}</TableCell>
              <TableCell className={styles.number}>{criterion.points === null ? t("report.note.E") : points(criterion.points)}</TableCell>
            </TableRow>
          );
        })}
        <TableRow data-criterion="W">
          <TableCell>
            <Link as="button" onClick={() => onExplain("W.total")} aria-label={t("pane.score.explain", { name: t("wb.label.W") })}>
              {t("wb.label.W")}
            </Link>
            <div className={styles.muted}>
              {t("cli.deductionParts", {
                late: points(result.W.late),
                incomplete: points(result.W.incomplete),
                unreliable: points(result.W.unreliable),
              })}
            </div>
          </TableCell>
          <TableCell />
          <TableCell />
          <TableCell className={styles.number}>{points(-result.W.total)}</TableCell>
        </TableRow>
        <TableRow data-criterion="A">
          <TableCell>
            <Link as="button" onClick={() => onExplain("A")} aria-label={t("pane.score.explain", { name: t("wb.label.A") })}>
              <strong>{t("wb.label.A")}</strong>
            </Link>
          </TableCell>
          <TableCell />
          <TableCell />
          <TableCell className={mergeClasses(styles.number)}>
            <strong>{points(result.A)}</strong>
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
