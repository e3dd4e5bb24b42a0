// Ribbon commands of the shared runtime: the action "BAGALAU.ShowTaskpane", which opens the task pane
// (Office.addin.showAsTaskpane), for buttons, keyboard shortcuts or menus that run a function instead of
// the manifest's declarative ShowTaskpane button. Registered only where Office is loaded.

/// <reference types="office-js" />

export const SHOW_TASKPANE_ACTION = "BAGALAU.ShowTaskpane";

/** Opens the task pane, then tells Office the command is done (whatever happened). */
export async function showTaskpane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The host cannot show the task pane now (not a shared runtime, or an older Office): nothing to undo.
  } finally {
    event?.completed();
  }
}

function register(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  Office.onReady()
    .then(() => {
      if (Office.actions && typeof Office.actions.associate === "function")
        Office.actions.associate(SHOW_TASKPANE_ACTION, (event?: Office.AddinCommands.Event) => void showTaskpane(event));
    })
    .catch(() => undefined);
}

register();
