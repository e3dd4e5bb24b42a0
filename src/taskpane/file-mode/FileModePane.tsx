// File mode: the task pane outside Office over an .xlsx opened (chosen or dropped) in the browser, or a
// new empty workbook — every view through the XlsxWorkbookPort, the changed workbook downloaded as a
// new file. The pane starts afresh for each workbook; the language carries over.

import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../../i18n";
import type { CellRef } from "../../workbook/cell-ref";
import { App, type AppProps } from "../App";
import { FileBar } from "./FileBar";
import { newWorkbookFile, openWorkbookFile } from "./open-file";
import type { OpenWorkbook } from "../components/NextPeriod";
import { loadXlsxSession } from "../plan-files/read-plan-file";
import { saveFile } from "./save-file";
import { SelectedCell } from "./SelectedCell";
import type { WorkbookFile } from "./workbook-file";

export type FileModePaneProps = Omit<AppProps, "host" | "onLangChange">;

/** A drag that carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

export function FileModePane(props: FileModePaneProps) {
  const [lang, setLang] = useState<Lang>(props.initialLang);
  const [workbook, setWorkbook] = useState<WorkbookFile | null>(null);
  const [opening, setOpening] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<{ name: string; error: unknown } | undefined>(undefined);
  const [tooMany, setTooMany] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [selected, setSelected] = useState<CellRef | undefined>(undefined);
  const [unsaved, setUnsaved] = useState(false);
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  const [downloadError, setDownloadError] = useState<unknown>(undefined);
  const busy = useRef(false);

  const show = useCallback(async (name: string, load: () => Promise<WorkbookFile>) => {
    if (busy.current) return;
    busy.current = true;
    setOpening(name);
    setFailure(undefined);
    setTooMany(false);
    try {
      const opened = await load();
      setWorkbook(opened);
      setSelected(undefined);
      setUnsaved(false);
      setDownloaded(undefined);
      setDownloadError(undefined);
    } catch (error) {
      setFailure({ name, error });
    } finally {
      busy.current = false;
      setOpening(undefined);
    }
  }, []);

  const open = useCallback((file: File) => void show(file.name, () => openWorkbookFile(file)), [show]);
  const createNew = useCallback(() => void show("", newWorkbookFile), [show]);
  // The next period's workbook (Start) becomes the open one; the one it came from stays as it was downloaded.
  const openSheets = useCallback<OpenWorkbook>(
    async (sheets, name) => show(name, async () => (await loadXlsxSession()).sheetsAsFile(sheets, name)),
    [show],
  );

  useEffect(() => {
    if (!workbook) return undefined;
    return workbook.subscribe((event) => {
      if (event.type === "selected") setSelected(event.ref);
      else setUnsaved(true);
    });
  }, [workbook]);

  // A file dropped anywhere on the page opens (the browser would otherwise leave the page to show it).
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length !== 1) {
        setTooMany(files.length > 1);
        return;
      }
      open(files[0]);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [open]);

  // Leaving the page with changes not downloaded: the browser asks first.
  useEffect(() => {
    if (!unsaved || !workbook) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved, workbook]);

  const download = async () => {
    if (!workbook) return;
    setDownloadError(undefined);
    try {
      saveFile(await workbook.toBytes(), workbook.downloadName);
      setUnsaved(false);
      setDownloaded(workbook.downloadName);
    } catch (error) {
      setDownloadError(error);
    }
  };

  const bar = (
    <FileBar
      workbook={workbook}
      opening={opening}
      failure={failure}
      tooMany={tooMany}
      dragging={dragging}
      unsaved={unsaved}
      downloaded={downloaded}
      downloadError={downloadError}
      focusName={workbook !== null}
      onOpen={open}
      onNew={createNew}
      onDownload={() => void download()}
    />
  );

  // A new workbook starts where its templates are inserted; an opened one with its score.
  const initialView = workbook ? (workbook.fileName === undefined ? "start" : "score") : props.initialView;
  return (
    <App
      {...props}
      key={workbook?.id ?? 0}
      host={{
        kind: "file",
        app: workbook?.app ?? null,
        bar,
        footer: workbook ? <SelectedCell cell={selected} /> : null,
        openWorkbook: openSheets,
      }}
      initialLang={lang}
      initialView={initialView}
      onLangChange={setLang}
    />
  );
}
