// Help: what BAGALAU does and the BAGALAU.* worksheet functions with their signatures in the reader's
// language (the anchors #fn-<ID> are the functions' help links from functions.json).

import { useEffect } from "react";
import { useStyles } from "../components/styles";
import { taskPaneContent } from "../content";
import { useLang } from "../i18n-context";

export interface HelpProps {
  connected: boolean;
  /** An anchor to scroll to, e.g. "fn-GOAL". */
  anchor?: string;
  /** What the pane is connected to, where the host says it itself (file mode). */
  status?: string;
}

export function HelpView({ connected, anchor, status }: HelpProps) {
  const lang = useLang();
  const styles = useStyles();
  const content = taskPaneContent(lang, connected);
  useEffect(() => {
    if (!anchor || typeof document === "undefined") return;
    const target = document.getElementById(anchor);
    if (target && typeof target.scrollIntoView === "function") target.scrollIntoView();
  }, [anchor]);
  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>{content.title}</h2>
      <p>{content.intro}</p>
      <p className={styles.muted} role="status">
        {status ?? content.status}
      </p>
      <h3 className={styles.subheading}>{content.functionsHeading}</h3>
      <dl className={styles.stack} style={{ margin: 0 }}>
        {content.functions.map((fn) => (
          <div key={fn.id}>
            <dt id={fn.anchor}>
              <code className={styles.formula}>{fn.signature}</code>
            </dt>
            <dd style={{ margin: "2px 0 0 0" }}>{fn.description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
