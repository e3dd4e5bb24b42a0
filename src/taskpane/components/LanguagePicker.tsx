// The language switch: Kazakh, Russian or English, each named in its own language so that a reader
// who does not know the current one still finds theirs.

import { Radio, RadioGroup, Select, Field } from "@fluentui/react-components";
import { DICTIONARIES, LANGS, isLang, type Lang } from "../../i18n";
import { useLang, useText } from "../i18n-context";

export interface LanguagePickerProps {
  onChange: (lang: Lang) => void;
  /** A compact drop-down (the header) or radio buttons (Settings). */
  variant: "compact" | "radios";
}

export function LanguagePicker({ onChange, variant }: LanguagePickerProps) {
  const lang = useLang();
  const t = useText();
  const choose = (value: string) => {
    if (isLang(value) && value !== lang) onChange(value);
  };
  if (variant === "compact") {
    return (
      <Select size="small" value={lang} onChange={(_, data) => choose(data.value)} aria-label={t("pane.lang.label")}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {DICTIONARIES[l]["lang.name"]}
          </option>
        ))}
      </Select>
    );
  }
  return (
    <Field label={t("pane.lang.label")} hint={t("pane.lang.hint")}>
      <RadioGroup value={lang} onChange={(_, data) => choose(data.value)}>
        {LANGS.map((l) => (
          <Radio key={l} value={l} label={<span lang={l}>{DICTIONARIES[l]["lang.name"]}</span>} />
        ))}
      </RadioGroup>
    </Field>
  );
}
