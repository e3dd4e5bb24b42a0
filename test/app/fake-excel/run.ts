// Excel.run over the fake: a request context per run (or an earlier run's context again, as
// Excel.run(context, batch) does), its batch synced at the end, and its proxies dead once it returns.

/// <reference types="office-js" />

import { Batch, type FakeExcelCounters } from "./batch";
import { officeError } from "./errors";
import { EventRegistry } from "./events";
import { FakeWorkbook } from "./model";
import type { SyncRecord } from "./payload";
import { proxyObject } from "./proxy";
import type { Scope } from "./ranges";
import { workbookProxy } from "./workbook";

type BatchFunction<T> = (context: Excel.RequestContext) => Promise<T>;

/** The RequestContext a batch function gets: its workbook and sync belong to the run in progress. */
class FakeContext {
  private scope?: Scope;
  private made?: { batch: Batch; workbook?: any; application?: any };

  constructor(private readonly counters: FakeExcelCounters) {}

  get batch(): Batch | undefined {
    return this.scope?.batch;
  }

  open(scope: Scope): void {
    this.scope = scope;
    this.made = { batch: scope.batch };
  }

  close(): void {
    this.scope = undefined;
  }

  private current(member: string): Scope {
    if (!this.scope) throw officeError("InvalidObjectPath", `context.${member} was used after its Excel.run ended.`);
    return this.scope;
  }

  get workbook(): any {
    const scope = this.current("workbook");
    if (this.made && !this.made.workbook) this.made.workbook = workbookProxy(scope);
    return this.made?.workbook;
  }

  get application(): any {
    const scope = this.current("application");
    const counters = this.counters;
    if (this.made && !this.made.application)
      this.made.application = proxyObject(scope.batch, {
        label: "Application",
        methods: { suspendApiCalculationUntilNextSync: () => (counters.calculationSuspended += 1) },
      });
    return this.made?.application;
  }

  sync(): Promise<void> {
    return this.current("sync()").batch.sync();
  }
}

export interface FakeExcel {
  book: FakeWorkbook;
  counters: FakeExcelCounters;
  /** The event handlers registered with this Excel, and each removal. */
  events: EventRegistry;
  /** Every sync so far: the bytes it sent and received, and the code of its error if it failed. */
  syncLog: SyncRecord[];
  /** Excel.run over the fake: the batch function gets a new context; pending commands are synced at the end. */
  run<T>(batch: BatchFunction<T>): Promise<T>;
  /** Excel.run(context, batch): a new batch in the context of an earlier run (where its event handlers live). */
  run<T>(context: OfficeExtension.ClientRequestContext, batch: BatchFunction<T>): Promise<T>;
}

export function fakeExcel(book: FakeWorkbook = new FakeWorkbook()): FakeExcel {
  const counters: FakeExcelCounters = { syncs: 0, runs: 0, calculationSuspended: 0 };
  const events = new EventRegistry();
  const syncLog: SyncRecord[] = [];

  async function run<T>(...args: [BatchFunction<T>] | [OfficeExtension.ClientRequestContext, BatchFunction<T>]): Promise<T> {
    const [given, body] = args.length === 2 ? args : [undefined, args[0]];
    if (given !== undefined && !(given instanceof FakeContext))
      throw officeError("InvalidRequestContext", "Excel.run(context, …) needs a context of this Excel");
    const context = given ?? new FakeContext(counters);
    // A run inside a run of the same context shares its batch.
    if (context.batch) return body(context as unknown as Excel.RequestContext);
    counters.runs += 1;
    const batch = new Batch(counters, syncLog, context);
    context.open({ book, batch, events });
    events.openBatches.set(context, batch);
    try {
      const result = await body(context as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch function returns.
      if (batch.pending || batch.failure) await batch.sync();
      return result;
    } finally {
      // Excel releases the run's objects: any later use of its proxies fails.
      batch.open = false;
      context.close();
      events.openBatches.delete(context);
    }
  }

  return { book, counters, events, syncLog, run: run };
}
