// The cell an issue or a link selected, in file mode where there is no grid to select it in: its address
// large in a bar fixed at the bottom of the pane, announced (a live region) whenever it changes.

import { useEffect } from "react";
import type { CellRef } from "../../workbook/cell-ref";
import { formatCell } from "../../workbook/cell-ref";
import { useText } from "../i18n-context";
import { SELECTED_BAR_HEIGHT, useFileStyles } from "./styles";

export function SelectedCell({ cell }: { cell?: CellRef }) {
  const t = useText();
  const styles = useFileStyles();
  // Whatever gets focus is scrolled clear of the bar.
  useEffect(() => {
    if (!cell || typeof document === "undefined") return undefined;
    const root = document.documentElement;
    root.style.scrollPaddingBottom = SELECTED_BAR_HEIGHT;
    return () => {
      root.style.scrollPaddingBottom = "";
    };
  }, [cell]);
  // The live region is always there (so that its first text is announced too); it shows once a cell is selected.
  return (
    <>
      {cell ? <div className={styles.selectedSpacer} aria-hidden="true" /> : null}
      <div role="status" aria-live="polite" data-testid="selected-cell" className={cell ? styles.selectedBar : undefined}>
        {cell ? (
          <>
            <div className={styles.selectedLine}>
              <span className={styles.muted}>{t("file.cell.label")}</span>
              <span className={styles.address} data-testid="selected-cell-address">
                {formatCell(cell)}
              </span>
            </div>
            <p className={styles.muted}>{t("file.cell.hint")}</p>
          </>
        ) : null}
      </div>
    </>
  );
}
