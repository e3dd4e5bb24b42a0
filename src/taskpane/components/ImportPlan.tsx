// "Import from my plan" (Start): the plan's table from a file or a sheet, recognized for a year and shown —
// every row's base and plan, the notes, the rows not placed — before the templates are written on request.

import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { InsertReport } from "../../app/api";
import type { Kind } from "../../core";
import { planGridsOfSheets } from "../../workbook/plan-import/plan-grid";
import { noteText, planCounts, rowText, unplacedText } from "../../workbook/plan-import/plan-text";
import { recognizePlan, type RecognizedPlan } from "../../workbook/plan-import/recognize";
import type { Grid } from "../../workbook/sheet-spec";
import type { ViewKey } from "../errors";
import { useLang, useText } from "../i18n-context";
import type { LiveApp } from "../live-app";
import { planGridsOfFile } from "../plan-files/read-plan-file";
import { ActionStatus } from "./ActionStatus";
import { PlanFileInput } from "./PlanFileInput";
import { useStyles } from "./styles";
import { useAction } from "./use-action";

export interface ImportPlanProps {
  app: LiveApp;
  kind: Kind;
  bodyKey?: string;
  bodyName?: string;
  /** The period chosen in Start: the year imported unless the user types another. */
  period: string;
  onWritten: () => void;
  onNavigate: (view: ViewKey) => void;
}

function PlanPreview({ plan }: { plan: RecognizedPlan }) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const counts = planCounts(plan);
  return (
    <div className={styles.stack} data-testid="plan-preview">
      <MessageBar intent={plan.goals.length > 0 ? "info" : "warning"} layout="multiline">
        <MessageBarBody>
          {t("plan.preview.year", {
            year: plan.year,
            baseYear: plan.baseYear,
            basePeriod: t(`plan.period.${plan.years.find((y) => y.year === plan.baseYear)?.period ?? "unknown"}`),
          })}{" "}
          {t("plan.preview.counts", { ...counts })}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {plan.goals.map((goal) => (
          <li key={goal.code}>
            <strong>{t("plan.preview.goal", { code: goal.code, name: goal.name })}</strong>
            <ul className={styles.list}>
              {goal.indicators.map((row, i) => (
                <li key={`i${i}`} className={styles.muted}>
                  {rowText(lang, row)}
                </li>
              ))}
              {goal.tasks.map((task) => (
                <li key={task.code}>
                  {t("plan.preview.task", { code: task.code, name: task.name })}
                  <ul className={styles.list}>
                    {task.results.map((row, i) => (
                      <li key={i} className={styles.muted}>
                        {rowText(lang, row)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h4 className={styles.subheading}>{t("plan.preview.notes", { count: plan.notes.length })}</h4>
      <ul className={styles.list} data-testid="plan-notes">
        {plan.notes.map((note, i) => (
          <li key={i} className={styles.muted}>
            {noteText(lang, note)}
          </li>
        ))}
      </ul>
      {plan.unplaced.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("plan.preview.unplaced", { count: plan.unplaced.length })}
            <ul className={styles.list} data-testid="plan-unplaced">
              {plan.unplaced.map((row, i) => (
                <li key={i}>{unplacedText(lang, row)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p className={styles.muted}>{t("plan.preview.allPlaced")}</p>
      )}
    </div>
  );
}

export function ImportPlan({ app, kind, bodyKey, bodyName, period, onWritten, onNavigate }: ImportPlanProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const [source, setSource] = useState<"file" | "sheet">("file");
  const [file, setFile] = useState<File | undefined>(undefined);
  const [sheet, setSheet] = useState("");
  const [year, setYear] = useState(period);
  const [yearProblem, setYearProblem] = useState(false);
  const sheets = useAction<Grid[]>();
  const recognition = useAction<RecognizedPlan>();
  const writing = useAction<InsertReport>();

  const chooseSource = (next: string) => {
    if (next !== "file" && next !== "sheet") return;
    setSource(next);
    recognition.reset();
    writing.reset();
    if (next === "sheet" && sheets.status === "idle") void sheets.run((options) => app.readSheets(options));
  };

  const recognize = async () => {
    const wanted = year.trim();
    if (!/^\d{4}$/.test(wanted)) return setYearProblem(true);
    setYearProblem(false);
    writing.reset();
    await recognition.run(async () => {
      const grids =
        source === "file"
          ? await planGridsOfFile(file as File)
          : planGridsOfSheets((await app.readSheets()).filter((grid) => grid.name === sheet));
      return recognizePlan(grids, Number(wanted));
    });
  };

  const plan = recognition.status === "done" ? recognition.result : undefined;
  const write = async () => {
    if (!plan) return;
    const report = await writing.run((options) => app.importPlan({ plan, kind, bodyKey, bodyName, lang }, options));
    if (report && report.inserted.length > 0) onWritten();
  };
  const ready = source === "file" ? file !== undefined : sheet !== "";
  const report = writing.status === "done" ? writing.result : undefined;

  return (
    <section className={styles.section} aria-labelledby="bagalau-import-heading">
      <h3 id="bagalau-import-heading" className={styles.subheading}>
        {t("pane.import.heading")}
      </h3>
      <p className={styles.muted}>{t("pane.import.intro")}</p>
      <Field label={t("pane.import.source")}>
        <RadioGroup value={source} onChange={(_, data) => chooseSource(data.value)}>
          <Radio value="file" label={t("pane.import.source.file")} />
          <Radio value="sheet" label={t("pane.import.source.sheet")} />
        </RadioGroup>
      </Field>
      {source === "file" ? (
        <PlanFileInput
          label={t("pane.import.file")}
          file={file}
          onChoose={(next) => (setFile(next), recognition.reset())}
          testId="plan-file-input"
        />
      ) : (
        <>
          <ActionStatus action={sheets} label={t("pane.import.recognizing")} onNavigate={onNavigate} />
          <Field label={t("pane.import.sheet")}>
            <Select className={styles.fill} value={sheet} onChange={(_, data) => (setSheet(data.value), recognition.reset())}>
              <option value="">{t("pane.import.chooseSheet")}</option>
              {(sheets.result ?? []).map((grid) => (
                <option key={grid.name} value={grid.name}>
                  {grid.name}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
      <Field
        label={t("pane.import.year")}
        hint={t("pane.import.yearHint")}
        validationMessage={yearProblem ? t("pane.import.yearProblem") : undefined}
        validationState={yearProblem ? "error" : "none"}
      >
        <Input value={year} onChange={(_, data) => setYear(data.value)} inputMode="numeric" />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void recognize()} disabled={!ready || recognition.status === "running"}>
          {t("pane.import.recognize")}
        </Button>
      </div>
      <ActionStatus action={recognition} label={t("pane.import.recognizing")} onNavigate={onNavigate} />
      {plan ? (
        <>
          <h4 className={styles.subheading}>{t("pane.import.previewHeading")}</h4>
          <PlanPreview plan={plan} />
          {plan.goals.length === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t("pane.import.noGoals")}</MessageBarBody>
            </MessageBar>
          ) : (
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void write()} disabled={writing.status === "running"}>
                {t("pane.import.write")}
              </Button>
            </div>
          )}
        </>
      ) : null}
      <ActionStatus action={writing} label={t("pane.import.writing")} onNavigate={onNavigate} />
      {report ? (
        <MessageBar intent={report.inserted.length > 0 ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            {report.inserted.length > 0
              ? t("pane.import.written", { sheets: report.inserted.join(", ") })
              : t("pane.import.existing", { sheets: report.existing.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
