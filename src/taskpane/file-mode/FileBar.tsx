// The file mode's bar above the tabs: with no workbook, the area to open (choose or drop) an .xlsx or
// start a new one; with one, its name, Download (a new file) and Open another; and why a file was refused.

import { Button, MessageBar, MessageBarBody, Spinner, mergeClasses } from "@fluentui/react-components";
import { useEffect, useRef, type ChangeEvent } from "react";
import { t as translate, type MessageKey } from "../../i18n";
import { ErrorNotice } from "../components/ErrorNotice";
import { useLang, useText } from "../i18n-context";
import { openFailureText } from "./open-failure";
import { useFileStyles } from "./styles";
import type { WorkbookFile } from "./workbook-file";

/** What the file input offers: workbooks (an .xlsm opens too; its copy is saved as .xlsx). */
const ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileBarProps {
  workbook: WorkbookFile | null;
  /** The name of the file being opened, while it is. */
  opening?: string;
  failure?: { name: string; error: unknown };
  tooMany: boolean;
  dragging: boolean;
  unsaved: boolean;
  downloaded?: string;
  downloadError?: unknown;
  /** The workbook was just opened by the user: focus its name, so that a screen reader says which it is. */
  focusName: boolean;
  onOpen: (file: File) => void;
  onNew: () => void;
  onDownload: () => void;
}

export function FileBar(props: FileBarProps) {
  const { workbook, opening, failure, tooMany, dragging } = props;
  const lang = useLang();
  const t = useText();
  const styles = useFileStyles();
  const input = useRef<HTMLInputElement>(null);
  const name = useRef<HTMLParagraphElement>(null);
  const busy = opening !== undefined;

  useEffect(() => {
    if (props.focusName) name.current?.focus();
    // Only when this bar appears, i.e. for a newly opened workbook (the pane starts afresh for each).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only, by design
  }, []);

  const choose = () => input.current?.click();
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file may be chosen again after a refusal: clear the input.
    event.target.value = "";
    if (file) props.onOpen(file);
  };

  const fileInput = (
    <input
      ref={input}
      type="file"
      accept={ACCEPT}
      className={styles.fileInput}
      tabIndex={-1}
      aria-hidden="true"
      onChange={chosen}
      data-testid="file-input"
    />
  );

  const problems = (
    <>
      {failure ? (
        <div role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{openFailureText(lang, failure.name, failure.error)}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {tooMany ? (
        <div role="alert">
          <MessageBar intent="warning">
            <MessageBarBody>{t("file.tooMany")}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {busy ? (
        <div role="status">
          <Spinner size="tiny" labelPosition="after" label={t("file.opening", { name: opening ?? "" })} />
        </div>
      ) : null}
    </>
  );

  if (!workbook) {
    return (
      <section
        className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
        aria-labelledby="bagalau-file-title"
        data-testid="file-drop-zone"
      >
        <h2 id="bagalau-file-title" className={styles.title}>
          {t("file.drop.title")}
        </h2>
        <p className={styles.text}>{t("file.drop.intro")}</p>
        <div className={styles.row}>
          <Button appearance="primary" onClick={choose} disabled={busy} data-testid="file-choose">
            {t("file.drop.choose")}
          </Button>
          <span className={styles.muted}>{dragging ? t("file.drop.active") : t("file.drop.hint")}</span>
        </div>
        <div className={styles.row}>
          <Button onClick={props.onNew} disabled={busy} data-testid="file-new">
            {t("file.drop.new")}
          </Button>
        </div>
        {fileInput}
        {problems}
      </section>
    );
  }

  const parts = workbook.uncarried.map((part) => translate(lang, `cli.part.${part}` as MessageKey)).join(", ");
  return (
    <section className={mergeClasses(styles.bar, dragging && styles.dragging)} aria-label={t("file.bar.label")} data-testid="file-bar">
      <p ref={name} tabIndex={-1} className={styles.fileName} data-testid="file-name">
        {t("file.current", { name: workbook.fileName ?? t("file.newName") })}
      </p>
      {props.unsaved ? <p className={styles.unsaved}>{t("file.unsaved")}</p> : null}
      {workbook.fileName === undefined && !props.unsaved && props.downloaded === undefined ? (
        <p className={styles.text}>{t("file.newOpened")}</p>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onDownload} disabled={busy} data-testid="file-download">
          {t("file.download")}
        </Button>
        <Button onClick={choose} disabled={busy} data-testid="file-open-another">
          {t("file.openAnother")}
        </Button>
      </div>
      <p className={styles.muted}>{dragging ? t("file.drop.active") : t("file.downloadHint", { name: workbook.downloadName })}</p>
      <div role="status">{props.downloaded ? <p className={styles.text}>{t("file.downloaded", { name: props.downloaded })}</p> : null}</div>
      {workbook.uncarried.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("file.uncarried", { parts })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.downloadError !== undefined ? <ErrorNotice error={props.downloadError} onRetry={props.onDownload} /> : null}
      {fileInput}
      {problems}
    </section>
  );
}
