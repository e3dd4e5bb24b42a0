// A long action of a view: runs one service call with an AbortController and progress, keeps its
// outcome (done, cancelled or failed with the error) and lets the user cancel or retry it.

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionOptions } from "../../app/api";
import { isAbort } from "../errors";

type ActionStatus = "idle" | "running" | "done" | "cancelled" | "failed";

interface ActionState<T> {
  status: ActionStatus;
  /** From 0 to 1 when the service reports progress; undefined until it does. */
  progress?: number;
  result?: T;
  error?: unknown;
}

export interface Action<T> extends ActionState<T> {
  run(this: void, task: (options: ActionOptions) => Promise<T>): Promise<T | undefined>;
  cancel(this: void): void;
  /** Runs the last task again. */
  retry(this: void): Promise<T | undefined>;
  reset(this: void): void;
}

export function useAction<T>(): Action<T> {
  const [state, setState] = useState<ActionState<T>>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  const lastTask = useRef<((options: ActionOptions) => Promise<T>) | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const run = useCallback(async (task: (options: ActionOptions) => Promise<T>) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    lastTask.current = task;
    const current = () => mounted.current && controller.current === own;
    // The last result stays shown while the action runs again (a live score does not blink).
    setState((s) => ({ status: "running", result: s.result }));
    try {
      const result = await task({
        signal: own.signal,
        onProgress: (fraction) => {
          if (current() && !own.signal.aborted) setState((s) => ({ ...s, progress: Math.max(0, Math.min(1, fraction)) }));
        },
      });
      if (own.signal.aborted) return undefined;
      if (current()) setState({ status: "done", result });
      return result;
    } catch (error) {
      if (current())
        setState((s) =>
          own.signal.aborted || isAbort(error) ? { status: "cancelled", result: s.result } : { status: "failed", error, result: s.result },
        );
      return undefined;
    }
  }, []);

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setState((s) => (s.status === "running" ? { status: "cancelled", result: s.result } : s));
  }, []);

  const retry = useCallback(() => (lastTask.current ? run(lastTask.current) : Promise.resolve(undefined)), [run]);
  const reset = useCallback(() => setState({ status: "idle" }), []);

  return { ...state, run, cancel, retry, reset };
}
