// Conclusion: generate — or regenerate, replacing only the sheets BAGALAU made — the conclusion (App. 5),
// the verification act (App. 1) and the disagreement table (App. 6); the analytical report previewed.

import { Button, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { Kind, Result } from "../../core";
import { formatFixed, t as translate, type Lang } from "../../i18n";
import { GENERATED_ROLES } from "../../workbook/layout";
import type { WorkbookState } from "../../workbook/port";
import { buildReport } from "../../workbook/report/build-report";
import { findingText, recommendationText } from "../../workbook/report/report-text";
import type { ConclusionReport, ReportSection } from "../../workbook/report/report-types";
import type { ScoredWorkbook } from "../../workbook/workbook-services";
import { ActionStatus } from "../components/ActionStatus";
import { ReorganizationNotice } from "../components/ReorganizationNotice";
import { useStyles } from "../components/styles";
import { useAction } from "../components/use-action";
import type { ViewKey } from "../errors";
import { useLang, useText } from "../i18n-context";
import type { LiveApp } from "../live-app";

export interface ConclusionProps {
  app: LiveApp;
  /** The view is the one shown: the preview is read again each time it is opened. */
  active: boolean;
  workbookState: WorkbookState;
  onNavigate: (view: ViewKey) => void;
  /** The services changed the workbook state (the sheets they own): read it again. */
  onStateChanged: () => void;
}

function sectionHeading(lang: Lang, kind: Kind, section: ReportSection): string {
  if (section === "goals") return translate(lang, kind === "central" ? "report.section.goals.central" : "report.section.goals.local");
  return translate(lang, `report.section.${section}`);
}

function ReportPreview({ report }: { report: ConclusionReport }) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="bagalau-report-heading">
      <h3 id="bagalau-report-heading" className={styles.heading}>
        {t(report.kind === "central" ? "report.heading.analysis.central" : "report.heading.analysis.local")}
      </h3>
      {report.sections.map((section, i) => (
        <div key={section} className={styles.stack}>
          <h4 className={styles.subheading}>
            {t("pane.conclusion.sectionHeading", { no: i + 1, title: sectionHeading(lang, report.kind, section) })}
          </h4>
          <ul className={styles.list}>
            {report.findings
              .filter((finding) => finding.section === section)
              .map((finding, j) => (
                <li key={`${finding.key}-${j}`}>{findingText(lang, finding)}</li>
              ))}
          </ul>
        </div>
      ))}
      <h3 className={styles.heading}>
        {t(report.kind === "central" ? "report.heading.recommendations.central" : "report.heading.recommendations.local")}
      </h3>
      <ol style={{ margin: 0, paddingInlineStart: "1.5em" }}>
        {report.recommendations.map((recommendation, i) => (
          <li key={`${recommendation.key}-${i}`}>{recommendationText(lang, recommendation)}</li>
        ))}
      </ol>
    </section>
  );
}

export function ConclusionView({ app, active, workbookState, onNavigate, onStateChanged }: ConclusionProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const preview = useAction<ScoredWorkbook>();
  const generation = useAction<{ sheets: string[]; result: Result }>();
  const selecting = useAction<void>();
  const [generatedHere, setGeneratedHere] = useState(false);

  const runPreview = preview.run;
  const refresh = useCallback(() => void runPreview((options) => app.score(options)), [app, runPreview]);
  useEffect(() => {
    if (active) refresh();
  }, [active, refresh]);

  const owned = Object.keys(workbookState.ownedSheets ?? {}).some((role) => (GENERATED_ROLES as readonly string[]).includes(role));
  const regenerate = owned || generatedHere;

  const generate = async () => {
    const done = await generation.run((options) => app.generateConclusion(lang, options));
    if (done) {
      setGeneratedHere(true);
      onStateChanged();
    }
  };

  const written = generation.status === "done" ? generation.result : undefined;
  const report = preview.result ? buildReport(preview.result.reading.evaluation, preview.result.result) : undefined;

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>{t("pane.conclusion.title")}</h2>
      <p className={styles.muted}>{t("pane.conclusion.intro")}</p>
      {regenerate ? <p className={styles.muted}>{t("pane.conclusion.replaces")}</p> : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void generate()} disabled={generation.status === "running"}>
          {regenerate ? t("pane.conclusion.regenerate") : t("pane.conclusion.generate")}
        </Button>
        <Button onClick={refresh} disabled={preview.status === "running"}>
          {t("pane.conclusion.refreshPreview")}
        </Button>
      </div>
      <ActionStatus action={generation} label={t("pane.conclusion.generating")} onNavigate={onNavigate} />
      {written ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("pane.conclusion.written", { count: written.sheets.length, A: formatFixed(lang, written.result.A, 2) })}
            <ul className={styles.list}>
              {written.sheets.map((sheet) => (
                <li key={sheet}>
                  <Link as="button" onClick={() => void selecting.run(() => app.select({ sheet, row: 1, column: 2 }))}>
                    {sheet}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ActionStatus action={selecting} label={t("pane.check.selecting")} onNavigate={onNavigate} />
      <ActionStatus action={preview} label={t("pane.score.reading")} onNavigate={onNavigate} />
      {preview.result ? <ReorganizationNotice body={preview.result.reading.evaluation.body} /> : null}
      {report ? <ReportPreview report={report} /> : null}
    </div>
  );
}
