// Score: A and each criterion (coefficient, weight, points), updated live as cells change (debounced),
// the drill-down from A to a criterion, a goal and an indicator with the trace, and the what-if; the
// reorganization, the score after the appeal and the declines over the periods, where the workbook has them.

import { Button } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { LiveUpdatesFailed } from "../../app/host-errors";
import type { ScoredWorkbook } from "../../workbook/workbook-services";
import { formatFixed, type MessageKey } from "../../i18n";
import { ActionStatus } from "../components/ActionStatus";
import { AppealSummary } from "../components/AppealSummary";
import { HistoryPanel } from "../components/HistoryPanel";
import { ReorganizationNotice } from "../components/ReorganizationNotice";
import { CriteriaTable } from "../components/CriteriaTable";
import { ErrorNotice } from "../components/ErrorNotice";
import { TraceExplorer } from "../components/TraceExplorer";
import { WhatIf } from "../components/WhatIf";
import { useStyles } from "../components/styles";
import { useAction } from "../components/use-action";
import type { ViewKey } from "../errors";
import { useLang, useText } from "../i18n-context";
import { subscribeToChanges, type LiveApp } from "../live-app";

export interface ScoreProps {
  app: LiveApp;
  /** The view is the one shown: it scores on opening and follows the changes only while shown. */
  active: boolean;
  onNavigate: (view: ViewKey) => void;
  /** How long the cells must stay unchanged before the score is read again. */
  changeDebounceMs?: number;
  /** Today as an ISO date, for the appeal's days left (default: the computer's date). */
  today?: () => string;
}

/** The computer's local date as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const CHANGE_DEBOUNCE_MS = 500;

export function ScoreView({ app, active, onNavigate, changeDebounceMs = CHANGE_DEBOUNCE_MS, today = localToday }: ScoreProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const score = useAction<ScoredWorkbook>();
  const [stack, setStack] = useState<string[]>(["A"]);
  const [live, setLive] = useState<"unknown" | "on" | "off">("unknown");
  // Live updates that could not start, or could not stop (shown when the view is back on screen).
  const [liveError, setLiveError] = useState<LiveUpdatesFailed | undefined>(undefined);
  const [subscription, setSubscription] = useState(0);

  const runScore = score.run;
  const refresh = useCallback(() => void runScore((options) => app.score(options)), [app, runScore]);

  useEffect(() => {
    if (active) refresh();
  }, [active, refresh]);

  useEffect(() => {
    if (!active) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A new subscription replaces a failed start; a failed stop stays said.
    setLiveError((shown) => (shown?.phase === "start" ? undefined : shown));
    const unsubscribe = subscribeToChanges(
      app,
      () => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          refresh();
        }, changeDebounceMs);
      },
      (error) => {
        setLiveError(error);
        if (error.phase === "start") setLive("off");
      },
    );
    setLive(unsubscribe ? "on" : "off");
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [app, active, refresh, changeDebounceMs, subscription]);

  const scored = score.result;
  // After a change a drilled-into number may be gone (a goal deleted): keep the part of the path that still exists.
  const trace = scored?.result.trace;
  const firstMissing = trace ? stack.findIndex((p) => !trace[p]) : -1;
  const shownStack = firstMissing < 0 ? stack : stack.slice(0, Math.max(1, firstMissing));
  const explain = (path: string) => setStack(path === "A" ? ["A"] : ["A", path]);

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>{t("pane.score.title")}</h2>
      {liveError ? (
        <ErrorNotice
          error={liveError}
          onRetry={() => {
            setLiveError(undefined);
            setSubscription((n) => n + 1);
          }}
        />
      ) : null}
      {/* A re-score after an edit keeps the last score on screen with a quiet note, not a progress bar. */}
      {scored && score.status === "running" ? (
        <p className={styles.muted} role="status">
          {t("pane.score.reading")}
        </p>
      ) : (
        <ActionStatus action={score} label={t("pane.score.reading")} onNavigate={onNavigate} />
      )}
      {scored ? (
        <>
          <p className={styles.muted}>
            {t("pane.score.body", {
              name: scored.reading.evaluation.body.name || t("pane.score.unnamed"),
              period: scored.reading.evaluation.body.period || "—",
              kind: t(`kind.${scored.result.kind}` as MessageKey),
            })}
          </p>
          <ReorganizationNotice body={scored.reading.evaluation.body} />
          <div>
            <div className={styles.muted}>{t("wb.label.A")}</div>
            <div className={styles.total} aria-live="polite" data-testid="total-score">
              {formatFixed(lang, scored.result.A, 2)}
            </div>
          </div>
          <div className={styles.row}>
            <span className={styles.muted}>{live === "on" ? t("pane.score.live") : t("pane.score.notLive")}</span>
            <Button size="small" onClick={refresh} disabled={score.status === "running"}>
              {t("pane.score.refresh")}
            </Button>
          </div>
          <AppealSummary appeal={scored.appeal} original={scored.result.A} today={today()} />
          <CriteriaTable result={scored.result} kind={scored.result.kind} onExplain={explain} />
          <p className={styles.muted}>{t("cli.counts", { ...scored.result.counts })}</p>
          <TraceExplorer
            result={scored.result}
            evaluation={scored.reading.evaluation}
            kind={scored.result.kind}
            stack={shownStack}
            onStackChange={setStack}
          />
          <WhatIf result={scored.result} evaluation={scored.reading.evaluation} path={shownStack[shownStack.length - 1]} />
          <HistoryPanel history={scored.history?.analysis} />
        </>
      ) : null}
    </div>
  );
}
