// Live score on the fake Excel: the worksheets' change event reaches the app's listener, the unsubscribe
// removes the handler in the context it was added in (the registry is empty after), and a failure to add
// or to remove it reaches onFailure as LiveUpdatesFailed with the pane's message — never swallowed.

import { createBagalauApp } from "../../src/app/bagalau-app";
import { createExcelPort } from "../../src/app/excel-port";
import { describeHostError, LiveUpdatesFailed } from "../../src/app/host-errors";
import { t } from "../../src/i18n";
import type { WorkbookPort } from "../../src/workbook/port";
import { harness } from "./excel-harness";
import { fakeOffice, officeError } from "./fake-excel";

const CHANGED = "worksheets.onChanged";
const flush = () => new Promise((resolve) => setImmediate(resolve));

test("a cell change calls the listener until it unsubscribes; the handler is removed in the context it was added in", async () => {
  const h = harness();
  const failures: unknown[] = [];
  let calls = 0;
  const unsubscribe = h.app.onChange!(
    () => {
      calls += 1;
    },
    (error) => failures.push(error),
  );
  await flush();
  expect(h.excel.events.count(CHANGED)).toBe(1);
  const addedIn = h.excel.events.handlers[0].context;
  await h.excel.events.fire(CHANGED);
  await h.excel.events.fire(CHANGED);
  expect(calls).toBe(2);

  await unsubscribe();
  expect(h.excel.events.handlers).toEqual([]);
  expect(h.excel.events.removals).toEqual([{ event: CHANGED, context: addedIn, registeredIn: addedIn }]);
  expect(failures).toEqual([]);
  await h.excel.events.fire(CHANGED);
  expect(calls).toBe(2);
});

test("closing the Score view ten times leaves no handler behind", async () => {
  const h = harness();
  for (let i = 0; i < 10; i++) {
    const unsubscribe = h.app.onChange!(
      () => undefined,
      (error) => {
        throw error;
      },
    );
    await flush();
    await unsubscribe();
  }
  expect(h.excel.events.handlers).toHaveLength(0);
  expect(h.excel.events.removals).toHaveLength(10);
});

test("unsubscribing before the handler is added removes it once added, in its own context", async () => {
  const h = harness();
  const unsubscribe = h.app.onChange!(
    () => undefined,
    (error) => {
      throw error;
    },
  );
  await unsubscribe();
  expect(h.excel.events.handlers).toEqual([]);
  expect(h.excel.events.removals).toHaveLength(1);
  expect(h.excel.events.removals[0].context).toBe(h.excel.events.removals[0].registeredIn);
});

test("a handler Excel refuses to add reaches onFailure as LiveUpdatesFailed (start), with a message saying what to do", async () => {
  const { office } = fakeOffice();
  const refusal = officeError("InvalidOperationInCellEditMode", "The cell is being edited.");
  const port = createExcelPort({
    run: () => Promise.reject(refusal),
    runIn: () => Promise.reject(new Error("not reached")),
    requirements: office.context.requirements,
    settings: { get: () => null, set: () => undefined, saveAsync: async () => undefined },
  });
  const failures: unknown[] = [];
  const unsubscribe = createBagalauApp(port).onChange!(
    () => undefined,
    (error) => failures.push(error),
  );
  await flush();
  expect(failures).toHaveLength(1);
  expect(failures[0]).toBeInstanceOf(LiveUpdatesFailed);
  expect(failures[0]).toMatchObject({ phase: "start", failure: refusal });
  const advice = describeHostError("en", failures[0]);
  expect(advice).toEqual({
    message: t("en", "app.error.liveStart", { detail: "The cell is being edited." }),
    retry: true,
    code: "InvalidOperationInCellEditMode",
  });
  // Nothing was added: unsubscribing reports nothing more.
  await unsubscribe();
  expect(failures).toHaveLength(1);
});

test("a handler Excel fails to remove reaches onFailure as LiveUpdatesFailed (stop); the handler is still there", async () => {
  const h = harness();
  const failure = officeError("GeneralException", "Excel could not unregister the event.");
  const port = createExcelPort({
    run: (batch) => h.excel.run(batch),
    runIn: () => Promise.reject(failure),
    requirements: fakeOffice().office.context.requirements,
    settings: { get: () => null, set: () => undefined, saveAsync: async () => undefined },
  });
  const failures: unknown[] = [];
  const unsubscribe = port.onChanged(
    () => undefined,
    (error) => failures.push(error),
  );
  await flush();
  await unsubscribe();
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatchObject({ name: "LiveUpdatesFailed", phase: "stop", failure });
  expect(describeHostError("ru", failures[0]).message).toBe(
    t("ru", "app.error.liveStop", { detail: "Excel could not unregister the event." }),
  );
  expect(describeHostError("kk", failures[0]).retry).toBe(false);
  expect(h.excel.events.count(CHANGED)).toBe(1);
});

test("without ExcelApi 1.9 there are no change events: subscribing registers nothing", async () => {
  const h = harness({ excelApi: "1.8" });
  const unsubscribe = h.app.onChange!(
    () => undefined,
    (error) => {
      throw error;
    },
  );
  await flush();
  expect(h.excel.events.handlers).toHaveLength(0);
  await unsubscribe();
});

test("a host without change events gives an app without onChange", () => {
  const port = { onChanged: undefined } as unknown as WorkbookPort;
  expect(createBagalauApp(port).onChange).toBeUndefined();
});
