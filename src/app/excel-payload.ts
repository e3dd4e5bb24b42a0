// Excel on the web's 5 MB limit on one request and one response: the request bytes of what the port
// queues, estimated as Office.js serializes it, and a plan that syncs the queue in chunks under the limit.

/// <reference types="office-js" />

/** Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** What the port lets one sync carry each way: under the limit by the estimates' margin of error. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/**
 * Office.js sends every object a batch touches as an object path with an instantiate action (≈ 150
 * bytes), and every load, property set or method call as an action (≈ 100 bytes) with its arguments as
 * JSON. Rounded up here: Office.js's own request builder gives ≈ 1,760 bytes for a highlighted cell.
 */
export const OBJECT_BYTES = 160;
export const ACTION_BYTES = 110;

/** UTF-8 bytes of a text (browser-safe: no Buffer). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a value as JSON (how its arguments or loaded values travel). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Bytes(text);
}

/** The estimated request bytes of `objects` new proxies and `actions` actions with `args` as arguments. */
export function requestBytes(objects: number, actions: number, args: unknown = undefined): number {
  return objects * OBJECT_BYTES + actions * ACTION_BYTES + jsonBytes(args);
}

/** Excel refused a sync for its size (request or response over 5 MB). */
export function isPayloadRefusal(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** A band of a matrix's rows: its first row (0-based), the rows and their bytes as JSON. */
export interface RowBand<T> {
  first: number;
  rows: T[][];
  bytes: number;
}

/** Rows of a matrix cut into consecutive bands of at most `bytes` each as JSON (one row at least). */
export function rowBands<T>(rows: readonly T[][], bytes: number): RowBand<T>[] {
  const bands: RowBand<T>[] = [];
  let current: RowBand<T> = { first: 0, rows: [], bytes: 2 };
  rows.forEach((row, index) => {
    const rowSize = jsonBytes(row) + 1;
    if (current.rows.length > 0 && current.bytes + rowSize > bytes) {
      bands.push(current);
      current = { first: index, rows: [], bytes: 2 };
    }
    current.rows.push(row);
    current.bytes += rowSize;
  });
  if (current.rows.length > 0) bands.push(current);
  return bands;
}

interface PlannedStep {
  request: number;
  response: number;
  queue: () => void;
}

/**
 * The queue of one action's batch, as steps with their estimated bytes. An ordinary batch is one sync;
 * one whose request or response would pass the budget is synced in chunks, in order, each within it —
 * one more sync per chunk, never one per row.
 */
export class RequestPlan {
  private readonly steps: PlannedStep[] = [];

  constructor(private readonly budget: number = PAYLOAD_BUDGET_BYTES) {}

  /** `queue` runs when the plan runs, after the steps added before it; `request` and `response` are its estimated bytes. */
  add(request: number, queue: () => void, response = 0): void {
    this.steps.push({ request, response, queue });
  }

  get empty(): boolean {
    return this.steps.length === 0;
  }

  /** The steps cut into consecutive chunks within the budget each way (a step over it alone, in a chunk of its own). */
  chunks(): PlannedStep[][] {
    const chunks: PlannedStep[][] = [[]];
    let request = 0;
    let response = 0;
    for (const step of this.steps) {
      const current = chunks[chunks.length - 1];
      if (current.length > 0 && (request + step.request > this.budget || response + step.response > this.budget)) {
        chunks.push([]);
        request = 0;
        response = 0;
      }
      chunks[chunks.length - 1].push(step);
      request += step.request;
      response += step.response;
    }
    return chunks;
  }

  /**
   * Queues each chunk and syncs it (at least one sync, so that what was queued before the plan is sent
   * too); `beforeSync` runs before each sync. Resolves with the number of syncs.
   */
  async run(context: Excel.RequestContext, beforeSync?: () => void): Promise<number> {
    const chunks = this.chunks();
    // One sync per chunk, in order: the chunks are the steps of one batch, split only by size.
    const syncChunk = async (index: number): Promise<number> => {
      if (index >= chunks.length) return index;
      for (const step of chunks[index]) step.queue();
      beforeSync?.();
      await context.sync();
      return syncChunk(index + 1);
    };
    return syncChunk(0);
  }
}
