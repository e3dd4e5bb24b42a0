// The Check view's Structure panel: the goals sheet's goals and tasks, with buttons to add a goal, a task
// or a table row and to remove them (a goal or a task after a confirmation), in Excel and in file mode alike.

import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { GoalOutline, StructureActions, StructureChange, StructureRefusal } from "../../app/api";
import type { MessageKey } from "../../i18n";
import type { ViewKey } from "../errors";
import { useText } from "../i18n-context";
import { ActionStatus } from "./ActionStatus";
import { useStyles } from "./styles";
import { useAction } from "./use-action";

export interface StructurePanelProps {
  actions: StructureActions;
  onNavigate?: (view: ViewKey) => void;
}

type Outcome = { refused?: StructureRefusal; outline: GoalOutline[] };

const DONE: Record<StructureChange["type"], MessageKey> = {
  addGoal: "pane.structure.done.addGoal",
  addTask: "pane.structure.done.addTask",
  addRow: "pane.structure.done.addRow",
  removeRow: "pane.structure.done.removeRow",
  removeTask: "pane.structure.done.removeTask",
  removeGoal: "pane.structure.done.removeGoal",
};

const REFUSED: Record<StructureRefusal, MessageKey> = {
  noGoalsSheet: "pane.structure.refused.noGoalsSheet",
  noSuchBlock: "pane.structure.refused.noSuchBlock",
  lastGoal: "pane.structure.refused.lastGoal",
  rowNotBlank: "pane.structure.refused.rowNotBlank",
};

/** A removal waiting for the user's yes: what it removes and the question asked. */
interface Pending {
  change: StructureChange;
  question: string;
}

export function StructurePanel({ actions, onNavigate }: StructurePanelProps) {
  const t = useText();
  const styles = useStyles();
  const loading = useAction<GoalOutline[]>();
  const changing = useAction<Outcome>();
  const [goals, setGoals] = useState<GoalOutline[] | undefined>(undefined);
  const [last, setLast] = useState<StructureChange["type"] | undefined>(undefined);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const busy = loading.status === "running" || changing.status === "running";

  const load = () =>
    void loading
      .run((options) => actions.outline(options))
      .then((outline) => {
        if (outline) setGoals(outline);
      });
  // The outline is read once when the panel opens; each change brings the outline after it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(load, []);

  const change = (c: StructureChange) => {
    setPending(undefined);
    setLast(c.type);
    void changing
      .run((options) => actions.changeStructure(c, options))
      .then((outcome) => {
        if (outcome) setGoals(outcome.outline);
      });
  };

  /** A goal's or a task's removal button: it asks `question` first. */
  const removeButton = (removal: StructureChange, question: string, label: MessageKey, disabled = false) => (
    <Button size="small" onClick={() => setPending({ change: removal, question })} disabled={busy || disabled}>
      {t(label)}
    </Button>
  );

  const outcome = changing.status === "done" ? changing.result : undefined;
  return (
    <section className={styles.section} aria-labelledby="bagalau-structure-heading" data-testid="structure">
      <h3 id="bagalau-structure-heading" className={styles.heading}>
        {t("pane.structure.title")}
      </h3>
      <p className={styles.muted}>{t("pane.structure.intro")}</p>
      <div className={styles.row}>
        <Button onClick={() => change({ type: "addGoal" })} disabled={busy || goals === undefined || goals.length === 0}>
          {t("pane.structure.addGoal")}
        </Button>
        <Button appearance="subtle" onClick={load} disabled={busy}>
          {t("pane.structure.refresh")}
        </Button>
      </div>
      <ActionStatus action={loading} label={t("pane.structure.loading")} onNavigate={onNavigate} />
      <ActionStatus action={changing} label={t("pane.structure.changing")} onNavigate={onNavigate} />
      {outcome ? (
        <MessageBar intent={outcome.refused ? "warning" : "success"} layout="multiline">
          <MessageBarBody>{t(outcome.refused ? REFUSED[outcome.refused] : DONE[last ?? "addGoal"])}</MessageBarBody>
        </MessageBar>
      ) : null}
      {pending ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{pending.question}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => change(pending.change)}>
              {t("pane.structure.confirm")}
            </Button>
            <Button onClick={() => setPending(undefined)}>{t("pane.structure.keep")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {goals !== undefined && goals.length === 0 ? <p className={styles.muted}>{t("pane.structure.empty")}</p> : null}
      <ul className={styles.list}>
        {(goals ?? []).map((goal, gi) => {
          const goalId = `bagalau-structure-goal-${gi}`;
          return (
            <li key={goalId} className={styles.section}>
              <div role="group" aria-labelledby={goalId}>
                <h4 id={goalId} className={styles.subheading}>
                  {t("pane.structure.goal", { code: goal.code })}
                </h4>
                <div className={styles.row}>
                  <Button size="small" onClick={() => change({ type: "addTask", goal: gi })} disabled={busy}>
                    {t("pane.structure.addTask")}
                  </Button>
                  <Button size="small" onClick={() => change({ type: "addRow", goal: gi })} disabled={busy}>
                    {t("pane.structure.addIndicatorRow")}
                  </Button>
                  <Button size="small" onClick={() => change({ type: "removeRow", goal: gi })} disabled={busy}>
                    {t("pane.structure.removeRow")}
                  </Button>
                  {removeButton(
                    { type: "removeGoal", goal: gi },
                    t("pane.structure.confirmGoal", { code: goal.code }),
                    "pane.structure.removeGoal",
                    goals?.length === 1,
                  )}
                </div>
              </div>
              <ul className={styles.list}>
                {goal.tasks.map((task, ti) => {
                  const taskId = `${goalId}-task-${ti}`;
                  return (
                    <li key={taskId}>
                      <div role="group" aria-labelledby={taskId}>
                        <span id={taskId}>{t("pane.structure.task", { code: task })}</span>
                        <div className={styles.row}>
                          <Button size="small" onClick={() => change({ type: "addRow", goal: gi, task: ti })} disabled={busy}>
                            {t("pane.structure.addResultRow")}
                          </Button>
                          <Button size="small" onClick={() => change({ type: "removeRow", goal: gi, task: ti })} disabled={busy}>
                            {t("pane.structure.removeRow")}
                          </Button>
                          {removeButton(
                            { type: "removeTask", goal: gi, task: ti },
                            t("pane.structure.confirmTask", { code: task }),
                            "pane.structure.removeTask",
                          )}
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
