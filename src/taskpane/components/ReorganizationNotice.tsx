// The reorganization or liquidation of the body, said plainly with its date (§36–37, Sys. §53–54): in the
// first half-year it is evaluated within its legal successor; in the second, not evaluated — analysis only.

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { reorganizedInSecondHalf, type Reorganization } from "../../core";
import { t as translate } from "../../i18n";
import { formatDate } from "../../workbook/report/report-text";
import { useLang, useText } from "../i18n-context";

export function ReorganizationNotice({ reorganized }: { reorganized: Reorganization | undefined }) {
  const lang = useLang();
  const t = useText();
  if (!reorganized) return null;
  const secondHalf = reorganizedInSecondHalf(reorganized);
  const successor = reorganized.successor
    ? `${translate(lang, "quote.open")}${reorganized.successor}${translate(lang, "quote.close")}`
    : "";
  const params = { date: formatDate(lang, reorganized.date), successor };
  return (
    <MessageBar intent={secondHalf ? "warning" : "info"} layout="multiline" data-testid="reorganization">
      <MessageBarBody>
        <MessageBarTitle>{t(secondHalf ? "report.status.notEvaluatedShort" : "report.status.reorganizedShort")}</MessageBarTitle>
        {t(secondHalf ? "report.status.notEvaluated" : "report.status.firstHalf", params)}
      </MessageBarBody>
    </MessageBar>
  );
}
