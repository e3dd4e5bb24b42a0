// The task pane: Fluent UI's provider and light theme, the language (kk by default, remembered in the
// workbook and the browser), the tabs Start · Check · Score · Conclusion · Settings · Help, the notice
// shown where no workbook is connected, and the file mode's own bar (open, download, the selected cell).

import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useLayoutEffect, useState, type ReactNode } from "react";
import { t as translate, type Lang, type MessageKey } from "../i18n";
import type { WorkbookState } from "../workbook/port";
import { ErrorNotice } from "./components/ErrorNotice";
import type { OpenWorkbook } from "./components/NextPeriod";
import { LanguagePicker } from "./components/LanguagePicker";
import { useAction } from "./components/use-action";
import type { ViewKey } from "./errors";
import { LangProvider } from "./i18n-context";
import type { LiveApp } from "./live-app";
import { storeLanguage } from "./preferences";
import { CheckView } from "./views/Check";
import { ConclusionView } from "./views/Conclusion";
import { HelpView } from "./views/Help";
import { ScoreView } from "./views/Score";
import { SettingsView } from "./views/Settings";
import { StartView } from "./views/Start";

/**
 * Where the pane runs: inside Excel with the services over the workbook; in file mode (a browser without
 * Office: an .xlsx opened in the page, over the XlsxWorkbookPort — `app` is null until one is open, and
 * the file mode brings its bar above the tabs and its footer); or with no workbook at all (a host other
 * than Excel).
 */
export type PaneHost =
  | { kind: "excel"; app: LiveApp; openWorkbook?: OpenWorkbook }
  | { kind: "file"; app: LiveApp | null; bar: ReactNode; footer?: ReactNode; openWorkbook?: OpenWorkbook }
  | { kind: "none"; reason: "noOffice" | "otherHost"; error?: unknown };

export interface AppProps {
  host: PaneHost;
  initialLang: Lang;
  /** The page address chose the language (?lang=): the workbook's saved language does not override it. */
  langFixed?: boolean;
  initialView?: ViewKey;
  /** An element to scroll to in Help (the functions' help links, #fn-<ID>). */
  anchor?: string;
  /** Today as an ISO date (YYYY-MM-DD), for the expected late-reporting deduction. */
  today: () => string;
  changeDebounceMs?: number;
  /** Told each language the user chooses (file mode keeps it for the next workbook it opens). */
  onLangChange?: (lang: Lang) => void;
}

const WORKBOOK_VIEWS: readonly ViewKey[] = ["start", "check", "score", "conclusion", "settings", "help"];
const NO_WORKBOOK_VIEWS: readonly ViewKey[] = ["help", "settings"];

const useAppStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  brand: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  tabs: { flexWrap: "wrap" },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export function App({ host, initialLang, langFixed = false, initialView, anchor, today, changeDebounceMs, onLangChange }: AppProps) {
  const styles = useAppStyles();
  const app = host.kind === "none" ? null : host.app;
  const views = app ? WORKBOOK_VIEWS : NO_WORKBOOK_VIEWS;
  const [lang, setLang] = useState<Lang>(initialLang);
  const [view, setView] = useState<ViewKey>(initialView && views.includes(initialView) ? initialView : views[0]);
  // A view is mounted on its first visit and then kept (hidden), so a check's results survive a look at the score.
  const [visited, setVisited] = useState<ReadonlySet<ViewKey>>(() => new Set([view]));
  const [workbookState, setWorkbookState] = useState<WorkbookState>({});
  const stateLoad = useAction<WorkbookState>();
  const langSave = useAction<WorkbookState>();
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);

  const runStateLoad = stateLoad.run;
  const loadState = useCallback(async () => {
    if (!app) return;
    const state = await runStateLoad(() => app.state());
    if (!state) return;
    setWorkbookState(state);
    if (state.lang && !langFixed) setLang(state.lang);
  }, [app, langFixed, runStateLoad]);

  useEffect(() => {
    void loadState();
  }, [loadState]);

  // Before the browser paints: a screen reader never reads the texts with the page's previous language.
  useLayoutEffect(() => {
    if (typeof document === "undefined") return;
    document.documentElement.lang = lang;
    document.title = translate(lang, "addin.name");
  }, [lang]);

  const changeLang = (next: Lang) => {
    setLang(next);
    storeLanguage(next);
    onLangChange?.(next);
    if (app) {
      void langSave
        .run(() => app.saveState({ lang: next }))
        .then((state) => {
          if (state) setWorkbookState(state);
        });
    }
  };

  const navigate = (next: ViewKey) => {
    if (!views.includes(next)) return;
    setView(next);
    setVisited((before) => (before.has(next) ? before : new Set([...before, next])));
  };

  const render = (key: ViewKey, active: boolean) => {
    if (key === "settings")
      return <SettingsView app={app} workbookState={workbookState} kind={kind} onLangChange={changeLang} onStateSaved={setWorkbookState} />;
    if (key === "help")
      return <HelpView connected={app !== null} anchor={anchor} status={host.kind === "file" ? t("file.help.status") : undefined} />;
    if (!app) return null;
    if (key === "start")
      return (
        <StartView
          app={app}
          active={active}
          workbookState={workbookState}
          onStateSaved={setWorkbookState}
          onNavigate={navigate}
          today={today}
          openWorkbook={host.kind === "none" ? undefined : host.openWorkbook}
        />
      );
    if (key === "check") return <CheckView app={app} onNavigate={navigate} today={today} />;
    if (key === "score") return <ScoreView app={app} active={active} onNavigate={navigate} changeDebounceMs={changeDebounceMs} />;
    return (
      <ConclusionView
        app={app}
        active={active}
        workbookState={workbookState}
        onNavigate={navigate}
        onStateChanged={() => void loadState()}
      />
    );
  };

  const kind = workbookState.kind ?? "central";

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangProvider value={lang}>
        <div className={styles.root}>
          <header className={styles.header}>
            <img src="assets/icon-32.png" alt="" width={24} height={24} />
            <h1 className={styles.brand}>{t("pane.brand")}</h1>
            <LanguagePicker variant="compact" onChange={changeLang} />
          </header>
          {host.kind === "file" ? host.bar : null}
          {host.kind === "none" ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("pane.host.noneTitle")}</MessageBarTitle>
                {t(host.reason === "otherHost" ? "pane.host.otherHost" : "pane.host.noOffice")}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {host.kind === "none" && host.error !== undefined ? <ErrorNotice error={host.error} /> : null}
          {stateLoad.status === "failed" ? <ErrorNotice error={stateLoad.error} onRetry={() => void loadState()} /> : null}
          {langSave.status === "failed" ? <ErrorNotice error={langSave.error} onRetry={() => void langSave.retry()} /> : null}
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={view}
            onTabSelect={(_, data) => navigate(data.value as ViewKey)}
            aria-label={t("pane.nav.label")}
          >
            {views.map((key) => (
              <Tab key={key} value={key} id={`bagalau-tab-${key}`} aria-controls="bagalau-panel">
                {t(`pane.nav.${key}`)}
              </Tab>
            ))}
          </TabList>
          <main id="bagalau-panel" role="tabpanel" aria-labelledby={`bagalau-tab-${view}`} className={styles.panel}>
            {views.map((key) =>
              visited.has(key) ? (
                <div key={key} hidden={key !== view}>
                  {render(key, key === view)}
                </div>
              ) : null,
            )}
          </main>
          {host.kind === "file" ? host.footer : null}
        </div>
      </LangProvider>
    </FluentProvider>
  );
}
