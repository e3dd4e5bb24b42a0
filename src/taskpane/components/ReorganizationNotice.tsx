// The reorganization or liquidation of the body, said plainly with its date (§36–37, Sys. §53–54): in the
// first half-year it is evaluated within its legal successor; in the second, not evaluated — analysis only; a
// date outside the evaluated year is not applied.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { reorganizationOutcome, type Body } from "../../core";
import { t as translate } from "../../i18n";
import { formatDate } from "../../workbook/report/report-text";
import { useLang, useText } from "../i18n-context";

export function ReorganizationNotice({ body }: { body: Pick<Body, "period" | "reorganized"> }) {
  const lang = useLang();
  const t = useText();
  const { reorganized } = body;
  const outcome = reorganizationOutcome(body);
  if (!reorganized || !outcome) return null;
  const secondHalf = outcome === "secondHalf";
  const successor = reorganized.successor
    ? `${translate(lang, "quote.open")}${reorganized.successor}${translate(lang, "quote.close")}`
    : "";
  const params = { date: formatDate(lang, reorganized.date), successor, period: body.period };
  if (outcome === "otherYear") {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="reorganization">
        <MessageBarBody>
          <MessageBarTitle>{t("report.status.otherYearShort")}</MessageBarTitle>
          {t("report.status.otherYear", params)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={secondHalf ? "warning" : "info"} layout="multiline" data-testid="reorganization">
      <MessageBarBody>
        <MessageBarTitle>{t(secondHalf ? "report.status.notEvaluatedShort" : "report.status.reorganizedShort")}</MessageBarTitle>
        {t(secondHalf ? "report.status.notEvaluated" : "report.status.firstHalf", params)}
      </MessageBarBody>
    </MessageBar>
  );
}
