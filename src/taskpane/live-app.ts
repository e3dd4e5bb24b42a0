// The application services as the pane uses them: BagalauApp, plus the change subscription a host may
// offer (Excel's worksheet change events) — optional, so the pane also runs where there is none.

import type { BagalauApp, Unsubscribe } from "../app/api";
import { LiveUpdatesFailed } from "../app/host-errors";

export type ChangeListener = () => void;

/** The app as the pane holds it; `onChange` (optional) calls the listener when cells change. */
export type LiveApp = BagalauApp;

/** A failure of the subscription as the pane shows it: whether starting or stopping failed, with Excel's error. */
function asLiveFailure(phase: "start" | "stop", error: unknown): LiveUpdatesFailed {
  return error instanceof LiveUpdatesFailed ? error : new LiveUpdatesFailed(phase, error);
}

/**
 * Subscribes when the app can tell about changes (undefined when it cannot). Every failure — subscribing
 * or unsubscribing, at once or later — reaches `onFailure` as a LiveUpdatesFailed; none is swallowed.
 */
export function subscribeToChanges(
  app: LiveApp,
  listener: ChangeListener,
  onFailure: (error: LiveUpdatesFailed) => void,
): (() => void) | undefined {
  if (typeof app.onChange !== "function") return undefined;
  let unsubscribe: unknown;
  try {
    unsubscribe = app.onChange(listener, (error) => onFailure(asLiveFailure("start", error)));
  } catch (error) {
    onFailure(asLiveFailure("start", error));
    return undefined;
  }
  if (typeof unsubscribe !== "function") return () => undefined;
  const stop = unsubscribe as Unsubscribe;
  return () => {
    try {
      const stopped = stop();
      if (stopped instanceof Promise) stopped.catch((error: unknown) => onFailure(asLiveFailure("stop", error)));
    } catch (error) {
      onFailure(asLiveFailure("stop", error));
    }
  };
}
