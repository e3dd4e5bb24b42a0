// Live score: Excel's worksheet change events reach the task pane through the ExcelPort and the app,
// the registration is removed on unsubscribe, and hosts without events (or ExcelApi < 1.9) offer none.

import { createBagalauApp } from "../../src/app/bagalau-app";
import { createExcelPort, type ExcelHost } from "../../src/app/excel-port";
import type { WorkbookPort } from "../../src/workbook/port";

/** An Excel host whose worksheets collection records its onChanged handlers, as Office.js would. */
function eventHost(supports19: boolean) {
  const handlers = new Set<() => Promise<void>>();
  let syncs = 0;
  const context = {
    workbook: {
      worksheets: {
        onChanged: {
          add(handler: () => Promise<void>) {
            handlers.add(handler);
            return { remove: () => handlers.delete(handler), context };
          },
        },
      },
    },
    sync: async () => {
      syncs += 1;
    },
  };
  const host = {
    run: async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(context as unknown as Excel.RequestContext),
    requirements: { isSetSupported: (name: string, version?: string) => name === "ExcelApi" && (supports19 || Number(version) < 1.9) },
    settings: { get: () => null, set: () => undefined, saveAsync: async () => undefined },
  } as unknown as ExcelHost;
  return { host, handlers, fire: async () => Promise.all(Array.from(handlers, (h) => h())), syncs: () => syncs };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test("a cell change in Excel calls the app's listener until it unsubscribes", async () => {
  const { host, handlers, fire } = eventHost(true);
  const app = createBagalauApp(createExcelPort(host));
  expect(typeof app.onChange).toBe("function");
  let calls = 0;
  const unsubscribe = app.onChange!(() => {
    calls += 1;
  });
  await flush();
  expect(handlers.size).toBe(1);
  await fire();
  await fire();
  expect(calls).toBe(2);
  unsubscribe();
  await flush();
  expect(handlers.size).toBe(0);
});

test("without ExcelApi 1.9 there are no change events: subscribing registers nothing", async () => {
  const { host, handlers } = eventHost(false);
  const app = createBagalauApp(createExcelPort(host));
  const unsubscribe = app.onChange!(() => undefined);
  await flush();
  expect(handlers.size).toBe(0);
  unsubscribe();
});

test("a host without change events gives an app without onChange", () => {
  const port = { onChanged: undefined } as unknown as WorkbookPort;
  expect(createBagalauApp(port).onChange).toBeUndefined();
});
