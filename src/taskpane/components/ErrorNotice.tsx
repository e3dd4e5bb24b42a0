// An error shown as a message with what to do (never swallowed): the advice of ../errors.ts, a Retry
// button when trying again can help, and a button to the view that fixes the cause.

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { adviceFor, type ViewKey } from "../errors";
import { useLang, useText } from "../i18n-context";

export interface ErrorNoticeProps {
  error: unknown;
  onRetry?: () => void;
  onNavigate?: (view: ViewKey) => void;
}

export function ErrorNotice({ error, onRetry, onNavigate }: ErrorNoticeProps) {
  const lang = useLang();
  const t = useText();
  const advice = adviceFor(lang, error);
  const goTo = advice.goTo;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("pane.error.title")}</MessageBarTitle>
        {advice.message}
      </MessageBarBody>
      <MessageBarActions>
        {advice.retry && onRetry ? <Button onClick={onRetry}>{t("pane.action.retry")}</Button> : null}
        {goTo && onNavigate ? <Button onClick={() => onNavigate(goTo)}>{t(`pane.nav.go.${goTo}`)}</Button> : null}
      </MessageBarActions>
    </MessageBar>
  );
}
