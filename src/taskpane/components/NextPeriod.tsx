// "Next period" (Start): the workbook's goals, tasks and rows rolled over — base = its facts, plans from the
// plan's table when one is chosen, its score in the history — opened as a new workbook; this one is not changed.

import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { nextPeriodLines } from "../../workbook/plan-import/plan-text";
import { nextPeriodName } from "../../workbook/plan-import/next-period";
import { recognizePlan } from "../../workbook/plan-import/recognize";
import type { SheetSpec } from "../../workbook/sheet-spec";
import type { ViewKey } from "../errors";
import { useLang, useText } from "../i18n-context";
import type { LiveApp } from "../live-app";
import { planGridsOfFile } from "../plan-files/read-plan-file";
import { ActionStatus } from "./ActionStatus";
import { PlanFileInput } from "./PlanFileInput";
import { useStyles } from "./styles";
import { useAction } from "./use-action";

/** Opens sheets as a new workbook (a new Excel window, or the file mode's next file); resolves with its name. */
export type OpenWorkbook = (sheets: readonly SheetSpec[], name: string) => Promise<void>;

export interface NextPeriodProps {
  app: LiveApp;
  openWorkbook: OpenWorkbook;
  onNavigate: (view: ViewKey) => void;
}

export function NextPeriod({ app, openWorkbook, onNavigate }: NextPeriodProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const [file, setFile] = useState<File | undefined>(undefined);
  const rolling = useAction<{ lines: string[]; period: string; name: string }>();

  const roll = () =>
    void rolling.run(async (options) => {
      const scored = await app.score(options);
      const next = nextPeriodName(scored.reading.evaluation.body.period);
      const plan = file ? recognizePlan(await planGridsOfFile(file), Number(next)) : undefined;
      const { sheets, report } = await app.nextPeriod({ lang, plan }, options);
      const name = `${scored.reading.evaluation.body.name || t("addin.name")}-${next}.xlsx`.replace(/[\\/:*?"<>|]+/g, "_");
      await openWorkbook(sheets, name);
      return { lines: nextPeriodLines(lang, report, name), period: next, name };
    });
  const done = rolling.status === "done" ? rolling.result : undefined;

  return (
    <section className={styles.section} aria-labelledby="bagalau-next-heading">
      <h3 id="bagalau-next-heading" className={styles.subheading}>
        {t("pane.next.heading")}
      </h3>
      <p className={styles.muted}>{t("pane.next.intro")}</p>
      <PlanFileInput label={t("pane.next.plan")} file={file} onChoose={setFile} testId="next-plan-input" />
      <div className={styles.row}>
        <Button onClick={roll} disabled={rolling.status === "running"}>
          {t("pane.next.run")}
        </Button>
      </div>
      <ActionStatus action={rolling} label={t("pane.next.running")} onNavigate={onNavigate} />
      {done ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("pane.next.opened", { period: done.period, file: done.name })}
            <ul className={styles.list}>
              {done.lines.slice(1).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
