// Check: validate the workbook — every check run (passed ones too), the issues grouped by sheet and
// severity, each selecting its cell; the cells are highlighted with a note, and can be cleared.

import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { CheckReport } from "../../workbook/workbook-services";
import type { CellRef } from "../../workbook/cell-ref";
import { inputRoles } from "../../workbook/templates/sheet-names";
import { DICTIONARIES, formatFixed, type Lang } from "../../i18n";
import { ActionStatus } from "../components/ActionStatus";
import { ChecksList } from "../components/ChecksList";
import { IssueList } from "../components/IssueList";
import { StructurePanel } from "../components/StructurePanel";
import { useStyles } from "../components/styles";
import { useAction } from "../components/use-action";
import type { ViewKey } from "../errors";
import { useLang, useText } from "../i18n-context";
import { countBySeverity } from "../issue-groups";
import type { LiveApp } from "../live-app";
import { predictedScore } from "../predicted-score";

export interface CheckProps {
  app: LiveApp;
  onNavigate: (view: ViewKey) => void;
  today: () => string;
}

function sheetOrderOf(report: CheckReport): string[] {
  const sheets = report.reading.sheets;
  return inputRoles(report.result.kind).flatMap((role) => (sheets[role] ? [sheets[role]] : []));
}

export function CheckView({ app, onNavigate, today }: CheckProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const check = useAction<CheckReport>();
  const clearing = useAction<void>();
  const selecting = useAction<void>();
  const report = check.result;
  // The issues' messages are written in the language of the check that produced them.
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const counts = report ? countBySeverity(report.issues) : undefined;

  const runCheck = () => {
    setReportLang(lang);
    void check.run((options) => app.check(lang, today(), options));
  };
  const clear = () => void clearing.run((options) => app.clearHighlights(options));
  const select = (ref: CellRef) => void selecting.run(() => app.select(ref));

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>{t("pane.check.title")}</h2>
      <p className={styles.muted}>{t("pane.check.intro")}</p>
      <div className={styles.row}>
        <Button appearance="primary" onClick={runCheck} disabled={check.status === "running"}>
          {report ? t("pane.check.runAgain") : t("pane.check.run")}
        </Button>
        <Button onClick={clear} disabled={clearing.status === "running"}>
          {t("pane.check.clear")}
        </Button>
      </div>
      <ActionStatus action={check} label={t("pane.check.running")} onNavigate={onNavigate} />
      <ActionStatus action={clearing} label={t("pane.check.clearing")} onNavigate={onNavigate} />
      {clearing.status === "done" ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("pane.check.cleared")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ActionStatus action={selecting} label={t("pane.check.selecting")} onNavigate={onNavigate} />
      {report && counts ? (
        <>
          {reportLang !== lang && check.status !== "running" ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t("pane.check.otherLanguage", { language: DICTIONARIES[reportLang]["lang.name"] })}</MessageBarBody>
              <MessageBarActions>
                <Button onClick={runCheck}>{t("pane.check.runAgain")}</Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          <MessageBar intent={counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              <div>{counts.error > 0 ? t("cli.check.hasErrors", { errors: counts.error }) : t("cli.check.noErrors")}</div>
              <div>
                {t("cli.issues", { count: report.issues.length, errors: counts.error, warnings: counts.warning, infos: counts.info })}
              </div>
              <div>
                {t("cli.check.score", {
                  A: formatFixed(lang, report.result.A, 2),
                  predicted: formatFixed(lang, predictedScore(report), 2),
                })}
              </div>
            </MessageBarBody>
          </MessageBar>
          {report.issues.some((issue) => issue.ref) ? <p className={styles.muted}>{t("pane.check.highlighted")}</p> : null}
          <ChecksList kind={report.result.kind} issues={report.issues} />
          {report.issues.length > 0 ? (
            <section className={styles.section} aria-labelledby="bagalau-issues-heading">
              <h3 id="bagalau-issues-heading" className={styles.heading}>
                {t("pane.check.issuesHeading")}
              </h3>
              <IssueList issues={report.issues} sheetOrder={sheetOrderOf(report)} onSelect={select} />
            </section>
          ) : null}
        </>
      ) : null}
      <StructurePanel actions={app} onNavigate={onNavigate} />
    </div>
  );
}
