// The state of a long action under its button: a progress bar with a Cancel button while it runs, a
// note when it was cancelled, and the error with what to do (and Retry) when it failed.

import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { ViewKey } from "../errors";
import { useText } from "../i18n-context";
import { ErrorNotice } from "./ErrorNotice";
import type { Action } from "./use-action";
import { useStyles } from "./styles";

export interface ActionStatusProps {
  action: Action<unknown>;
  /** What is running, e.g. "Checking the workbook…". */
  label: string;
  onNavigate?: (view: ViewKey) => void;
}

export function ActionStatus({ action, label, onNavigate }: ActionStatusProps) {
  const t = useText();
  const styles = useStyles();
  if (action.status === "running") {
    const percent = action.progress === undefined ? undefined : Math.round(action.progress * 100);
    return (
      <div className={styles.row} role="status">
        <Field label={label} hint={percent === undefined ? undefined : t("pane.action.percent", { percent })} style={{ flexGrow: 1 }}>
          <ProgressBar value={action.progress} max={1} />
        </Field>
        <Button onClick={action.cancel}>{t("pane.action.cancel")}</Button>
      </div>
    );
  }
  if (action.status === "cancelled") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("pane.action.cancelled")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (action.status === "failed") return <ErrorNotice error={action.error} onRetry={() => void action.retry()} onNavigate={onNavigate} />;
  return null;
}
