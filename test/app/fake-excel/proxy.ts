// Office.js proxies over the fake's model (office-addin-mock's OfficeMockObject underneath): a property is
// readable only after load and sync, every use is counted into the sync's payload, and a proxy of an ended run throws.

/// <reference types="office-js" />

import type { Rect } from "../../../src/app/cell-blocks";
import type { Batch } from "./batch";
import { officeError } from "./errors";
import type { FakeSheet } from "./model";
import { OfficeMockObject } from "./office-mock";
import { LOADED_OBJECT_BYTES, OBJECT_PATH_BYTES, jsonBytes } from "./payload";

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

export interface PropSpec {
  get?: () => unknown;
  set?: (value: unknown) => void;
}

export type Methods = Record<string, (...args: never[]) => unknown>;

export interface ObjectSpec {
  label: string;
  props?: Record<string, PropSpec>;
  children?: Record<string, () => object>;
  methods?: Methods;
  /** Set for the objects of *OrNullObject methods. */
  isNull?: boolean;
}

/** Every proxy the fake made, with its batch: arguments are checked to belong to the batch using them. */
const PROXY_BATCH = new WeakMap<object, Batch>();
/** Where a range proxy points, for the methods that take a Range (tables.add, names.add, charts.add). */
const RANGE_TARGET = new WeakMap<object, { sheet: FakeSheet; rect: Rect }>();

export const isProxy = (value: unknown): boolean => typeof value === "object" && value !== null && PROXY_BATCH.has(value);

/** The bytes of a method's arguments in the request (a proxy argument is an object reference). */
export const argumentBytes = (args: readonly unknown[]): number => jsonBytes(args, isProxy);

/**
 * A proxy argument as `batch` may use it: from another request context Office.js refuses it
 * (InvalidRequestContext); from an earlier run of the same context its path was released (InvalidObjectPath).
 */
export function ownArgument(batch: Batch, value: unknown, label: string): void {
  const owner = typeof value === "object" && value !== null ? PROXY_BATCH.get(value) : undefined;
  if (!owner || owner === batch) return;
  if (owner.context !== batch.context)
    throw officeError("InvalidRequestContext", `${label}: cannot use the object across different request contexts.`);
  owner.use(label);
}

export function rangeTarget(batch: Batch, value: object, label: string): { sheet: FakeSheet; rect: Rect } | undefined {
  ownArgument(batch, value, label);
  return RANGE_TARGET.get(value);
}

export function markRange(proxy: object, sheet: FakeSheet, rect: Rect): void {
  RANGE_TARGET.set(proxy, { sheet, rect });
}

function loadProps(arg: unknown): string[] {
  if (arg === undefined) throw new Error("FakeExcel: load() without properties loads everything; name them");
  const list = Array.isArray(arg) ? arg : String(arg).split(",");
  return list.map((p) => String(p).trim()).filter((p) => p !== "");
}

/** A method as the queue sees it: checked against the run's end, its proxy arguments against the batch, its arguments counted. */
function method(batch: Batch, label: string, name: string, body: (...args: never[]) => unknown, isNull?: boolean) {
  return (...args: never[]) => {
    batch.use(`${label}.${name}()`);
    if (isNull) throw new Error(`FakeExcel: ${label}.${name}() called on a null object`);
    for (const arg of args) ownArgument(batch, arg, `${label}.${name}()`);
    batch.pending = true;
    batch.request(argumentBytes(args));
    return body(...args);
  };
}

/**
 * An Office.js proxy: its scalar properties live in an OfficeMockObject (unreadable until loaded and
 * synced), writes and method calls go to the model in queue order, and any member Office.js would not
 * have fails loudly, so the tests catch a call the real API does not offer. Values loaded before the
 * run ended stay readable after it, as in Office.js; anything else then throws InvalidObjectPath.
 */
export function proxyObject(batch: Batch, spec: ObjectSpec): any {
  const raw: any = new OfficeMockObject();
  const props = spec.props ?? {};
  for (const name of Object.keys(props)) raw.setValue(name, undefined);
  const children = new Map<string, object>();
  batch.request(OBJECT_PATH_BYTES);
  if (spec.isNull !== undefined) {
    raw.setValue("isNullObject", spec.isNull);
    raw.load("isNullObject");
    batch.load(LOADED_OBJECT_BYTES, () => raw.sync());
  }
  const proxy: any = new Proxy(raw, {
    get(target, prop) {
      if (typeof prop === "symbol") return undefined;
      if (prop === "then" || prop === "toJSON") return undefined;
      if (prop === "load") {
        return (arg?: unknown) => {
          batch.use(`${spec.label}.load()`);
          let bytes = LOADED_OBJECT_BYTES;
          let scalars = false;
          for (const path of loadProps(arg)) {
            const [first, ...rest] = path.split("/");
            if (rest.length > 0) {
              const child = spec.children?.[first];
              if (!child) throw new Error(`FakeExcel: ${spec.label} has no navigation property ${first}`);
              proxy[first].load(rest.join("/"));
              continue;
            }
            if (!(first in props)) throw new Error(`FakeExcel: ${spec.label} has no property ${first}`);
            const value = spec.isNull || batch.failure ? undefined : props[first].get?.();
            const loaded = value === undefined ? null : structuredClone(value);
            target.setValue(first, loaded);
            target.load(first);
            bytes += jsonBytes(first) + jsonBytes(loaded);
            scalars = true;
          }
          if (scalars) batch.load(bytes, () => target.sync());
          return proxy;
        };
      }
      if (prop === "isNullObject") {
        const value = target.isNullObject;
        if (spec.isNull === undefined || (typeof value === "string" && MOCK_ERRORS.has(value)))
          throw officeError("PropertyNotLoaded", `PropertyNotLoaded: ${spec.label}.isNullObject is not available before context.sync()`);
        return value;
      }
      const child = spec.children?.[prop];
      if (child) {
        batch.use(`${spec.label}.${prop}`);
        if (!children.has(prop)) children.set(prop, child());
        return children.get(prop);
      }
      const body = spec.methods?.[prop];
      if (body) return method(batch, spec.label, prop, body, spec.isNull);
      if (prop in props) {
        const value = target[prop];
        if (typeof value === "string" && MOCK_ERRORS.has(value))
          throw officeError(
            "PropertyNotLoaded",
            `PropertyNotLoaded: ${spec.label}.${prop} is not available: load it and sync first (${value})`,
          );
        return value;
      }
      throw new Error(`FakeExcel: ${spec.label} has no member ${prop}`);
    },
    set(_target, prop, value) {
      const p = typeof prop === "string" ? props[prop] : undefined;
      if (!p?.set) throw new Error(`FakeExcel: ${spec.label}.${String(prop)} cannot be set`);
      batch.use(`${spec.label}.${String(prop)}`);
      if (spec.isNull) throw new Error(`FakeExcel: ${spec.label}.${String(prop)} set on a null object`);
      batch.op(() => p.set?.(value), jsonBytes(value) + jsonBytes(prop));
      return true;
    },
  });
  PROXY_BATCH.set(proxy, batch);
  return proxy;
}

/** A collection: `load("items/…")` takes its items as they are now; `items` is readable after the sync. */
export function proxyCollection(
  batch: Batch,
  label: string,
  list: () => any[],
  methods: Methods = {},
  members: Record<string, () => object> = {},
): any {
  let captured: any[] | undefined;
  let delivered = false;
  const made = new Map<string, object>();
  batch.request(OBJECT_PATH_BYTES);
  const collection: any = new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        if (prop === "load") {
          return (arg?: unknown) => {
            batch.use(`${label}.load()`);
            captured = batch.failure ? [] : batch.fromResponse(list);
            delivered = false;
            batch.load(LOADED_OBJECT_BYTES, () => {
              delivered = true;
            });
            for (const path of loadProps(arg)) {
              if (!path.startsWith("items/")) throw new Error(`FakeExcel: ${label}.load("${path}") — load the items' properties`);
              for (const item of captured) item.load(path.slice("items/".length));
            }
            return collection;
          };
        }
        if (prop === "items") {
          if (!captured || !delivered)
            throw officeError("PropertyNotLoaded", `PropertyNotLoaded: ${label}.items are not available: load them and sync first`);
          return captured;
        }
        const body = methods[prop];
        if (body) return method(batch, label, prop, body);
        const member = members[prop];
        if (member) {
          batch.use(`${label}.${prop}`);
          if (!made.has(prop)) made.set(prop, member());
          return made.get(prop);
        }
        throw new Error(`FakeExcel: ${label} has no member ${prop}`);
      },
      set(_target, prop) {
        throw new Error(`FakeExcel: ${label}.${String(prop)} cannot be set`);
      },
    },
  );
  PROXY_BATCH.set(collection, batch);
  return collection;
}

/** What a failed getItem returns: anything goes, nothing happens (the batch already failed). */
export function deadObject(): any {
  const dead: any = new Proxy(function () {}, {
    get: (_t, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : dead),
    set: () => true,
    apply: () => dead,
  });
  return dead;
}
