// One batch of a fake Excel.run: the queue (operations in order, the first failure rejects the sync and
// skips the rest), what each sync sends and receives, and the end of the run that invalidates its proxies.

import { officeError } from "./errors";
import { ACTION_BYTES, PAYLOAD_LIMIT_BYTES, PayloadMeter, payloadError, type SyncRecord } from "./payload";

export interface FakeExcelCounters {
  syncs: number;
  runs: number;
  calculationSuspended: number;
}

/** The queue of one Excel.run: what waits for a sync, the first failure, what the sync makes readable. */
export class Batch {
  pending = false;
  failure?: Error;
  syncs = 0;
  /** False once its Excel.run has ended: Excel has released the batch's objects. */
  open = true;
  readonly payload = new PayloadMeter();
  /** Run at a successful sync: loaded values become readable. */
  private readonly deliveries: (() => Promise<void> | void)[] = [];

  constructor(
    readonly counters: FakeExcelCounters,
    readonly log: SyncRecord[],
    /** The context the batch runs in (an Excel.run may reopen an earlier run's context). */
    readonly context: object,
  ) {}

  /** Every use of a proxy goes through here: after its run, Excel no longer knows the object's path. */
  use(label: string): void {
    if (!this.open)
      throw officeError(
        "InvalidObjectPath",
        `${label} was used after its Excel.run ended: the object path isn't working for what you're trying to do.`,
      );
  }

  /** Objects made from a response (a collection's items) are not in the request. */
  private paths = true;

  /**
   * Counts `bytes` into the request; false once the request is over Excel's limit. Excel would refuse the
   * whole request; the fake has already applied what was queued before the limit was crossed, and applies
   * nothing after it (the sync then rejects with RequestPayloadSizeLimitExceeded).
   */
  request(bytes: number): boolean {
    if (!this.paths) return true;
    if (this.payload.send(bytes) && !this.failure) this.failure = payloadError("request", this.payload.request);
    return this.payload.request <= PAYLOAD_LIMIT_BYTES;
  }

  /** Runs `make` without counting the objects it makes into the request (they came back in a response). */
  fromResponse<T>(make: () => T): T {
    const before = this.paths;
    this.paths = false;
    try {
      return make();
    } finally {
      this.paths = before;
    }
  }

  /** An action (a property set, a method call): `bytes` of arguments; run in queue order unless the batch already failed. */
  op(action: () => void, bytes = 0): void {
    this.pending = true;
    if (!this.request(ACTION_BYTES + bytes) || this.failure) return;
    try {
      action();
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
    }
  }

  /** A load: its query action goes into the request, its values into the response; readable after the sync. */
  load(responseBytes: number, deliver: () => Promise<void> | void): void {
    this.pending = true;
    this.request(ACTION_BYTES);
    this.payload.receive(responseBytes);
    this.deliveries.push(deliver);
  }

  async sync(): Promise<void> {
    this.use("context.sync()");
    this.counters.syncs += 1;
    this.syncs += 1;
    this.pending = false;
    const { request, response } = this.payload.take();
    const deliveries = this.deliveries.splice(0);
    let failure = this.failure;
    this.failure = undefined;
    if (!failure && response > PAYLOAD_LIMIT_BYTES) failure = payloadError("response", response);
    this.log.push({ request, response, ...(failure ? { failed: (failure as Error & { code?: string }).code ?? failure.message } : {}) });
    // A refused payload delivers nothing; an action's failure still returns what was loaded before it.
    const refused = failure !== undefined && /PayloadSizeLimitExceeded$/.test((failure as Error & { code?: string }).code ?? "");
    if (!refused) for (const deliver of deliveries) await deliver();
    await new Promise((resolve) => setImmediate(resolve));
    if (failure) throw failure;
  }
}
