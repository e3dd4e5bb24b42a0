// Start: choose the evaluated body (a central body of the 2019 list or of App. 2, with the blocks it is
// evaluated in, or a local one) and the period, and insert the templates as new sheets — only the
// missing ones when some are already there; existing sheets are never touched. A workbook without
// templates can import the planner's own plan table; one with them can roll over to the next period.

import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from "react";
import type { ActionOptions, InsertReport } from "../../app/api";
import type { Kind } from "../../core";
import type { Lang } from "../../i18n";
import type { WorkbookState } from "../../workbook/port";
import { GENERATED_ROLES, INPUT_ROLES, type SheetRole } from "../../workbook/layout";
import { inputRoles, sheetName } from "../../workbook/templates/sheet-names";
import { DEFAULT_TEMPLATE_SHAPE, TEMPLATE_SHAPE_LIMITS } from "../../workbook/workbook-services";
import {
  CENTRAL_OPTIONS,
  LOCAL_LEVELS,
  LOCAL_OPTIONS,
  blockNames,
  bodyOption,
  evaluatedInGoalsBlock,
  findBodyByName,
  type BodyOption,
} from "../bodies";
import { ActionStatus } from "../components/ActionStatus";
import type { OpenWorkbook } from "../components/NextPeriod";
import { useStyles } from "../components/styles";
import { useAction } from "../components/use-action";
import type { ViewKey } from "../errors";
import { useLang, useText } from "../i18n-context";
import type { LiveApp } from "../live-app";

// The plan's import and the roll-over, with the recognizer, load when Start shows them (the chunk plan-import.js).
const ImportPlan = lazy(() =>
  import(/* webpackChunkName: "plan-import" */ "../components/ImportPlan").then((m) => ({ default: m.ImportPlan })),
);
const NextPeriod = lazy(() =>
  import(/* webpackChunkName: "plan-import" */ "../components/NextPeriod").then((m) => ({ default: m.NextPeriod })),
);

/** The body typed by hand (not on either list). */
export const OTHER_BODY = "other";

export interface StartProps {
  app: LiveApp;
  /** The view is the one shown: what the workbook holds is read again each time it is opened. */
  active: boolean;
  workbookState: WorkbookState;
  onStateSaved: (state: WorkbookState) => void;
  onNavigate: (view: ViewKey) => void;
  today: () => string;
  /** Opens sheets as a new workbook (the next period's), where the host can. */
  openWorkbook?: OpenWorkbook;
}

interface Detected {
  /** The input roles whose sheets are in the workbook. */
  roles: string[];
  body?: { name: string; kind: Kind; period: string };
}

/** Which templates the workbook already has (read only; no BAGALAU sheet at all is not an error here). */
async function detectTemplates(app: LiveApp, options: ActionOptions): Promise<Detected> {
  try {
    const scored = await app.score(options);
    return { roles: Object.keys(scored.reading.sheets), body: scored.reading.evaluation.body };
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === "NotABagalauWorkbook") return { roles: [] };
    throw error;
  }
}

/** A whole number typed within the limits, or undefined. */
export function shapeCount(text: string, limits: { min: number; max: number }): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= limits.min && n <= limits.max ? n : undefined;
}

const KNOWN_ROLES: readonly string[] = [...INPUT_ROLES, ...GENERATED_ROLES];

/** A template's sheet name in the language, from its role ("goals" → "3 Мақсаттар"); an unknown role as given. */
function roleName(role: string, kind: Kind, lang: Lang): string {
  return KNOWN_ROLES.includes(role) ? sheetName(role as SheetRole, kind, lang) : role;
}

function BodyFacts({ option }: { option: BodyOption }) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const inGoals = evaluatedInGoalsBlock(option);
  return (
    <div className={styles.stack}>
      {option.blocks ? <p className={styles.muted}>{t("pane.start.blocks", { blocks: blockNames(option, lang).join("; ") })}</p> : null}
      {option.note ? <p className={styles.muted}>{option.note[lang]}</p> : null}
      {inGoals === false ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.start.notInGoalsTitle")}</MessageBarTitle>
            {t("pane.start.notInGoals", { body: option.name[lang] })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {option.source === "methodologyApp2" ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("pane.start.app2Only")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {option.kind === "central" && !option.hasApp2Spheres ? <p className={styles.muted}>{t("pane.start.noSpheres")}</p> : null}
    </div>
  );
}

export function StartView({ app, active, workbookState, onStateSaved, onNavigate, today, openWorkbook }: StartProps) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const detection = useAction<Detected>();
  const insertion = useAction<InsertReport>();
  const [kind, setKind] = useState<Kind>(workbookState.kind ?? bodyOption(workbookState.bodyKey)?.kind ?? "central");
  const [bodyKey, setBodyKey] = useState<string>(workbookState.bodyKey ?? "");
  const [bodyName, setBodyName] = useState("");
  const [period, setPeriod] = useState(workbookState.period ?? String(Number(today().slice(0, 4)) - 1));
  const [missingChoice, setMissingChoice] = useState(false);
  const [goalCount, setGoalCount] = useState(String(DEFAULT_TEMPLATE_SHAPE.goals));
  const [taskCount, setTaskCount] = useState(String(DEFAULT_TEMPLATE_SHAPE.tasks));
  // A plan imported here: its section stays, saying what was written, once the templates are there.
  const [imported, setImported] = useState(false);

  const runDetection = detection.run;
  const detect = useCallback(() => runDetection((options) => detectTemplates(app, options)), [app, runDetection]);
  useEffect(() => {
    if (active) void detect();
  }, [active, detect]);

  // A workbook that already holds filled templates says which body and period it is about.
  const found = detection.result?.body;
  useEffect(() => {
    if (!found || workbookState.bodyKey || workbookState.kind) return;
    setKind(found.kind);
    if (found.period) setPeriod(found.period);
    const known = findBodyByName(found.kind, found.name);
    if (known) setBodyKey(known.key);
    else if (found.name) {
      setBodyKey(OTHER_BODY);
      setBodyName(found.name);
    }
  }, [found, workbookState.bodyKey, workbookState.kind]);

  const option = bodyKey && bodyKey !== OTHER_BODY ? bodyOption(bodyKey) : undefined;
  const roles = inputRoles(kind);
  const present = detection.result ? roles.filter((role) => detection.result?.roles.includes(role)) : [];
  const missing = roles.filter((role) => !present.includes(role));
  const chosen = option !== undefined || (bodyKey === OTHER_BODY && bodyName.trim() !== "");

  const changeKind = (next: string) => {
    if (next !== "central" && next !== "local") return;
    setKind(next);
    if (bodyOption(bodyKey)?.kind !== next) setBodyKey("");
  };

  const insert = async (onlyMissing: boolean) => {
    setMissingChoice(true);
    const goals = shapeCount(goalCount, TEMPLATE_SHAPE_LIMITS.goals);
    const tasks = shapeCount(taskCount, TEMPLATE_SHAPE_LIMITS.tasks);
    if (!chosen || period.trim() === "" || goals === undefined || tasks === undefined) return;
    const report = await insertion.run(async (options) => {
      const inserted = await app.insertTemplates(
        {
          kind,
          bodyKey: option?.key,
          bodyName: option ? option.name[lang] : bodyName.trim(),
          period: period.trim(),
          lang,
          onlyMissing,
          shape: { goals, tasks },
        },
        options,
      );
      onStateSaved(await app.saveState({ kind, bodyKey: option?.key, period: period.trim() }));
      return inserted;
    });
    if (report) await detect();
  };

  const groups = useMemo(() => {
    if (kind === "central") {
      return [
        { key: "system2019", label: t("pane.start.group.system2019"), options: CENTRAL_OPTIONS.filter((o) => o.source === "system2019") },
        { key: "app2", label: t("pane.start.group.app2"), options: CENTRAL_OPTIONS.filter((o) => o.source === "methodologyApp2") },
      ];
    }
    return LOCAL_LEVELS.map((level) => ({
      key: level,
      label: t(`pane.start.level.${level}`),
      options: LOCAL_OPTIONS.filter((o) => o.level === level),
    }));
  }, [kind, t]);

  const report = insertion.status === "done" ? insertion.result : undefined;
  const bodyProblem = missingChoice && !chosen ? t("pane.start.chooseBodyFirst") : undefined;
  const periodProblem = missingChoice && period.trim() === "" ? t("pane.start.periodMissing") : undefined;
  const { goals: goalLimits, tasks: taskLimits } = TEMPLATE_SHAPE_LIMITS;
  const goalsProblem =
    shapeCount(goalCount, goalLimits) === undefined
      ? t("pane.start.goalsInvalid", { min: goalLimits.min, max: goalLimits.max })
      : undefined;
  const tasksProblem =
    shapeCount(taskCount, taskLimits) === undefined
      ? t("pane.start.tasksInvalid", { min: taskLimits.min, max: taskLimits.max })
      : undefined;
  const shapeFields = (
    <div className={styles.row}>
      <Field label={t("pane.start.goalCount")} validationMessage={goalsProblem} validationState={goalsProblem ? "error" : "none"}>
        <Input value={goalCount} onChange={(_, data) => setGoalCount(data.value)} inputMode="numeric" />
      </Field>
      <Field label={t("pane.start.taskCount")} validationMessage={tasksProblem} validationState={tasksProblem ? "error" : "none"}>
        <Input value={taskCount} onChange={(_, data) => setTaskCount(data.value)} inputMode="numeric" />
      </Field>
    </div>
  );
  const shapeOk = goalsProblem === undefined && tasksProblem === undefined;

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>{t("pane.start.title")}</h2>
      <p className={styles.muted}>{t("pane.start.intro")}</p>

      <Field label={t("pane.start.kind")}>
        <RadioGroup value={kind} onChange={(_, data) => changeKind(data.value)}>
          <Radio value="central" label={t("pane.start.kind.central")} />
          <Radio value="local" label={t("pane.start.kind.local")} />
        </RadioGroup>
      </Field>

      <Field label={t("pane.start.body")} validationMessage={bodyProblem} validationState={bodyProblem ? "error" : "none"}>
        <Select className={styles.fill} value={bodyKey} onChange={(_, data) => setBodyKey(data.value)}>
          <option value="">{t("pane.start.chooseBody")}</option>
          {groups.map((group) => (
            <optgroup key={group.key} label={group.label}>
              {group.options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.name[lang]}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={OTHER_BODY}>{t("pane.start.otherBody")}</option>
        </Select>
      </Field>
      {bodyKey === OTHER_BODY ? (
        <Field label={t("pane.start.bodyName")}>
          <Input value={bodyName} onChange={(_, data) => setBodyName(data.value)} />
        </Field>
      ) : null}
      {option ? <BodyFacts option={option} /> : null}

      <Field
        label={t("pane.start.period")}
        hint={t("pane.start.periodHint")}
        validationMessage={periodProblem}
        validationState={periodProblem ? "error" : "none"}
      >
        <Input value={period} onChange={(_, data) => setPeriod(data.value)} inputMode="numeric" />
      </Field>

      <section className={styles.section} aria-labelledby="bagalau-templates-heading">
        <h3 id="bagalau-templates-heading" className={styles.subheading}>
          {t("pane.start.templatesHeading")}
        </h3>
        <ActionStatus action={detection} label={t("pane.start.detecting")} onNavigate={onNavigate} />
        {detection.result && present.length === 0 ? (
          <>
            <p>{t("pane.start.templates.none", { sheets: roles.map((role) => roleName(role, kind, lang)).join(", ") })}</p>
            {shapeFields}
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void insert(false)} disabled={insertion.status === "running" || !shapeOk}>
                {t("pane.start.insert")}
              </Button>
            </div>
          </>
        ) : null}
        {detection.result && present.length > 0 && missing.length > 0 ? (
          <>
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t("pane.start.templates.some", {
                  present: present.map((role) => roleName(role, kind, lang)).join(", "),
                  missing: missing.map((role) => roleName(role, kind, lang)).join(", "),
                })}
              </MessageBarBody>
            </MessageBar>
            {missing.includes("goals") ? shapeFields : null}
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void insert(true)} disabled={insertion.status === "running" || !shapeOk}>
                {t("pane.start.insertMissing")}
              </Button>
            </div>
          </>
        ) : null}
        {detection.result && missing.length === 0 ? (
          <>
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {t("pane.start.templates.all", { present: present.map((role) => roleName(role, kind, lang)).join(", ") })}
              </MessageBarBody>
            </MessageBar>
            <div className={styles.row}>
              <Button onClick={() => onNavigate("check")}>{t("pane.nav.go.check")}</Button>
              <Button onClick={() => onNavigate("score")}>{t("pane.nav.go.score")}</Button>
            </div>
          </>
        ) : null}
        <ActionStatus action={insertion} label={t("pane.start.inserting")} onNavigate={onNavigate} />
        {report ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {report.inserted.length > 0
                ? t("pane.start.inserted", { count: report.inserted.length, sheets: report.inserted.join(", ") })
                : t("pane.start.insertedNone")}
              {report.existing.length > 0
                ? ` ${t("pane.start.leftUntouched", { sheets: report.existing.map((role) => roleName(role, kind, lang)).join(", ") })}`
                : ""}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      <Suspense fallback={null}>
        {(detection.result && present.length === 0) || imported ? (
          <ImportPlan
            app={app}
            kind={kind}
            bodyKey={option?.key}
            bodyName={option ? option.name[lang] : bodyName.trim()}
            period={period}
            onNavigate={onNavigate}
            onWritten={() => {
              setImported(true);
              void app.state().then(onStateSaved);
              void detect();
            }}
          />
        ) : null}
        {detection.result && missing.length === 0 && openWorkbook ? (
          <NextPeriod app={app} openWorkbook={openWorkbook} onNavigate={onNavigate} />
        ) : null}
      </Suspense>
    </div>
  );
}
