// The application services as the pane uses them: BagalauApp, plus the change subscription a host may
// offer (Excel's worksheet change events) — optional, so the pane also runs where there is none.

import type { BagalauApp } from "../app/api";

export type ChangeListener = () => void;

export type LiveApp = BagalauApp & {
  /** Calls the listener when cells change; returns the unsubscribe function. */
  onChange?: (listener: ChangeListener) => () => void;
};

/** Subscribes when the app can tell about changes (undefined when it cannot); a failure to subscribe is thrown. */
export function subscribeToChanges(app: LiveApp, listener: ChangeListener): (() => void) | undefined {
  if (typeof app.onChange !== "function") return undefined;
  const unsubscribe = app.onChange(listener);
  return typeof unsubscribe === "function" ? unsubscribe : () => undefined;
}
