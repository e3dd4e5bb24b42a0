// Event handlers of the fake Excel: `onChanged.add` registers a handler in the context of its run, and
// `EventHandlerResult.remove()` must run in that same context (Excel.run(registration.context, …)).

import type { Batch } from "./batch";
import { officeError } from "./errors";
import { ACTION_BYTES } from "./payload";

/** A handler Excel knows about: the event it listens to, and the request context it was added in. */
export interface Registration {
  event: string;
  context: object;
  handler: (args: unknown) => Promise<unknown>;
}

/**
 * Every handler registered with the fake, and each removal with the context it ran in. Office.js queues a
 * removal on the context the handler was added in: synced from any other context it never reaches Excel
 * and the handler stays registered, silently (OfficeDev/office-js-docs-reference#730). The fake makes that
 * loud: `remove()` outside a run of the registration's context throws InvalidRequestContext.
 */
export class EventRegistry {
  readonly handlers: Registration[] = [];
  readonly removals: { event: string; context: object; registeredIn: object }[] = [];
  /** The open batch of each context (set by the fake's Excel.run while it runs). */
  readonly openBatches = new Map<object, Batch>();

  /** Calls every handler of `event`, as Excel does after a change (the handlers' promises awaited). */
  async fire(event: string, args: unknown = {}): Promise<void> {
    await Promise.all(this.handlers.filter((r) => r.event === event).map((r) => r.handler(args)));
  }

  count(event: string): number {
    return this.handlers.filter((r) => r.event === event).length;
  }
}

/** `<object>.onChanged` and its kind: `add(handler)` returns an EventHandlerResult bound to the batch's context. */
export function eventHandlers(batch: Batch, registry: EventRegistry, event: string): object {
  return {
    add(handler: (args: unknown) => Promise<unknown>) {
      batch.use(`${event}.add()`);
      const registration: Registration = { event, context: batch.context, handler };
      batch.op(() => registry.handlers.push(registration), ACTION_BYTES);
      let removed = false;
      return {
        context: batch.context,
        remove() {
          if (removed) return;
          const open = registry.openBatches.get(registration.context);
          if (!open)
            throw officeError(
              "InvalidRequestContext",
              `${event}: remove() outside Excel.run(registration.context, …) — a handler is removed only in the context it was added in.`,
            );
          removed = true;
          open.op(() => {
            const index = registry.handlers.indexOf(registration);
            if (index >= 0) registry.handlers.splice(index, 1);
            registry.removals.push({ event, context: open.context, registeredIn: registration.context });
          });
        },
      };
    },
  };
}
