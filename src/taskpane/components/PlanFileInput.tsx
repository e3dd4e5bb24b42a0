// A button that chooses a plan file (.xlsx or .docx) from the user's computer, and the name of the one
// chosen; the file input itself stays hidden.

import { Button } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { useText } from "../i18n-context";
import { useStyles } from "./styles";

/** What a plan's file may be: a workbook or a Word document. */
const PLAN_FILES =
  ".xlsx,.xlsm,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface PlanFileInputProps {
  label: string;
  file: File | undefined;
  onChoose: (file: File) => void;
  testId: string;
}

export function PlanFileInput({ label, file, onChoose, testId }: PlanFileInputProps) {
  const t = useText();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.files?.[0];
    event.target.value = "";
    if (next) onChoose(next);
  };
  return (
    <div className={styles.row}>
      <input ref={input} type="file" accept={PLAN_FILES} hidden tabIndex={-1} aria-hidden="true" onChange={chosen} data-testid={testId} />
      <Button onClick={() => input.current?.click()}>{label}</Button>
      {file ? <span className={styles.muted}>{t("pane.import.fileChosen", { file: file.name })}</span> : null}
    </div>
  );
}
