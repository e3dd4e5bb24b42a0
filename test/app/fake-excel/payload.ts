// What one context.sync() sends and receives, counted as Office.js serializes it, and Excel on the web's
// 5 MB limit on each: a request or a response over it fails with Excel's payload error.

import { officeError } from "./errors";

/**
 * Excel on the web refuses a request or a response over 5 MB ("RichAPI.Error will be thrown if that limit
 * is exceeded", Microsoft's resource limits for Excel add-ins). Read here as 5,000,000 bytes, the stricter
 * of 5 MB and 5 MiB, so that code within the fake's limit is within Excel's.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * Office.js sends each object a batch touches as an object path plus an instantiate action, and each
 * load, property set or method call as an action (`{"Id":12,"ActionType":4,"Name":"color",
 * "ObjectPathId":9,"ArgumentInfo":{"Arguments":[…]}}`): about this many bytes each, arguments aside.
 * Calibrated on Office.js's own request builder (excel-web-16.00.js): a cell's fill loaded and set with a
 * comment added is ≈ 1,760 bytes there; see fake-excel-calibration.test.ts.
 */
export const OBJECT_PATH_BYTES = 130;
export const ACTION_BYTES = 90;
/** The envelope of one loaded object in the response (its id, type, property names). */
export const LOADED_OBJECT_BYTES = 40;

/** UTF-8 bytes of a value as JSON; proxies inside (a range passed to tables.add) count as an object reference. */
export function jsonBytes(value: unknown, isProxy: (v: unknown) => boolean = () => false): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value, (_key, v: unknown) => (isProxy(v) ? 0 : v));
  return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
}

/** The payload error Excel gives, with the size for the test's message. */
export function payloadError(side: "request" | "response", bytes: number): Error {
  const code = side === "request" ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded";
  return officeError(code, `The ${side} payload size has exceeded the limit (${bytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`);
}

/** What one sync sent and received, and how it ended (the code of its error, if it failed). */
export interface SyncRecord {
  request: number;
  response: number;
  failed?: string;
}

/** The bytes queued for the next sync, in both directions. */
export class PayloadMeter {
  request = 0;
  response = 0;

  /** The request is over the limit once these bytes are added (the action that crossed it is not sent). */
  send(bytes: number): boolean {
    this.request += bytes;
    return this.request > PAYLOAD_LIMIT_BYTES;
  }

  receive(bytes: number): void {
    this.response += bytes;
  }

  /** The sizes of the sync being made; the meter starts again at zero for the next one. */
  take(): { request: number; response: number } {
    const taken = { request: this.request, response: this.response };
    this.request = 0;
    this.response = 0;
    return taken;
  }
}
