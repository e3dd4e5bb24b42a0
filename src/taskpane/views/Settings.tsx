// Settings: the language (kk, ru, en — remembered in the workbook and the browser) and the methodology
// profile options of METHODOLOGY.md §8, each with why it exists, saved in the workbook's state.

import { Button, Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Kind } from "../../core";
import type { Lang } from "../../i18n";
import type { WorkbookState } from "../../workbook/port";
import { profileValueText } from "../../workbook/report/report-text";
import { ActionStatus } from "../components/ActionStatus";
import { LanguagePicker } from "../components/LanguagePicker";
import { useStyles } from "../components/styles";
import { useAction } from "../components/use-action";
import { useLang, useText } from "../i18n-context";
import type { LiveApp } from "../live-app";
import { RULE_CHOICES, formOfProfile, profileOfForm, type ProfileForm, type ProfileProblem } from "../profile-options";

export interface SettingsProps {
  /** null where no workbook is connected: only the language can be chosen. */
  app: LiveApp | null;
  workbookState: WorkbookState;
  kind: Kind;
  onLangChange: (lang: Lang) => void;
  onStateSaved: (state: WorkbookState) => void;
}

function ProfileSettings({ app, workbookState, kind, onStateSaved }: Omit<SettingsProps, "onLangChange"> & { app: LiveApp }) {
  const lang = useLang();
  const t = useText();
  const styles = useStyles();
  const [form, setForm] = useState<ProfileForm>(() => formOfProfile(kind, workbookState.profile, lang));
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const saving = useAction<WorkbookState>();

  useEffect(() => {
    setForm(formOfProfile(kind, workbookState.profile, lang));
    // Re-read only when the stored profile or the kind changes, not on every language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the language only formats the numbers shown
  }, [kind, workbookState.profile]);

  const set = (field: keyof ProfileForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const problemOf = (field: ProfileProblem["field"]) => {
    const problem = problems.find((p) => p.field === field);
    if (!problem) return undefined;
    return "message" in problem ? t(problem.message) : problem.text;
  };

  const save = async () => {
    const { profile, problems: found } = profileOfForm(kind, form, lang);
    setProblems(found);
    if (found.length > 0) return;
    const state = await saving.run((action) => app.applyProfile(profile, action));
    if (state) onStateSaved(state);
  };

  const reset = async () => {
    setForm(formOfProfile(kind, {}, lang));
    setProblems([]);
    const state = await saving.run((action) => app.applyProfile({}, action));
    if (state) onStateSaved(state);
  };

  const weightKeys = kind === "central" ? (["B", "C", "D"] as const) : (["B", "D"] as const);
  const weightsProblem = problemOf("weights");

  return (
    <section className={styles.section} aria-labelledby="bagalau-profile-heading">
      <h3 id="bagalau-profile-heading" className={styles.heading}>
        {t("pane.settings.profile")}
      </h3>
      <p className={styles.muted}>{t("pane.settings.profileIntro")}</p>
      <p className={styles.muted}>{t("pane.settings.profileWhere")}</p>
      {RULE_CHOICES.map((choice) => (
        <Field key={choice.option} label={t(choice.label)} hint={t(choice.why)}>
          <Select className={styles.fill} value={form[choice.option]} onChange={(_, data) => set(choice.option)(data.value)}>
            {choice.values.map((value, i) => (
              <option key={value} value={value}>
                {i === 0 ? t("pane.settings.defaultValue", { value: profileValueText(lang, value) }) : profileValueText(lang, value)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Field
        label={t("wb.label.unreliableThreshold")}
        hint={t("pane.settings.why.unreliableThreshold")}
        validationMessage={problemOf("unreliableThreshold")}
        validationState={problemOf("unreliableThreshold") ? "error" : "none"}
      >
        <Input inputMode="numeric" value={form.unreliableThreshold} onChange={(_, data) => set("unreliableThreshold")(data.value)} />
      </Field>
      <p className={styles.muted}>{t("pane.settings.why.weights")}</p>
      {weightKeys.map((key) => {
        const field = `weight${key}` as const;
        const problem = problemOf(field);
        return (
          <Field
            key={key}
            label={t("report.label.weight", { key })}
            validationMessage={problem}
            validationState={problem ? "error" : "none"}
          >
            <Input inputMode="decimal" value={form[field]} onChange={(_, data) => set(field)(data.value)} />
          </Field>
        );
      })}
      {weightsProblem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{weightsProblem}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void save()} disabled={saving.status === "running"}>
          {t("pane.settings.save")}
        </Button>
        <Button onClick={() => void reset()} disabled={saving.status === "running"}>
          {t("pane.settings.reset")}
        </Button>
      </div>
      <ActionStatus action={saving} label={t("pane.settings.saving")} />
      {saving.status === "done" ? (
        <MessageBar intent="success">
          <MessageBarBody>{t("pane.settings.saved")}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

export function SettingsView(props: SettingsProps) {
  const t = useText();
  const styles = useStyles();
  const { app } = props;
  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>{t("pane.settings.title")}</h2>
      <LanguagePicker variant="radios" onChange={props.onLangChange} />
      {app ? <ProfileSettings {...props} app={app} /> : <p className={styles.muted}>{t("pane.settings.profileNeedsWorkbook")}</p>}
    </div>
  );
}
