// The built dist/functions.js as Excel's runtime loads it: in a Node vm with a stub global CustomFunctions
// (associate, Error, ErrorCode) and a minimal window/self, it registers every function of functions.json
// and returns the same numbers and messages as the source.

import vm from "vm";
import { CASES, SOURCE_FUNCTIONS, outcomeOf, stubRuntime } from "./cases";
import { readDist, readDistJson } from "./dist";

interface Metadata {
  functions: { id: string }[];
}

type Runtime = ReturnType<typeof stubRuntime>;

/** Loads the bundle into a fresh context; `displayLanguage` is what Office.context would report. */
function loadBundle(displayLanguage?: string, withRuntime = true): { runtime: Runtime; context: vm.Context } {
  const runtime = stubRuntime();
  const sandbox: Record<string, unknown> = { console };
  if (withRuntime) sandbox.CustomFunctions = runtime;
  if (displayLanguage) sandbox.Office = { context: { displayLanguage } };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(readDist("functions.js"), context, { filename: "functions.js" });
  return { runtime, context };
}

const scope = globalThis as unknown as { CustomFunctions?: unknown; Office?: unknown };

afterEach(() => {
  delete scope.CustomFunctions;
  delete scope.Office;
});

test("registers exactly the functions of functions.json", () => {
  const { runtime } = loadBundle();
  const ids = readDistJson<Metadata>("functions.json").functions.map((f) => f.id);
  expect([...runtime.registered.keys()].sort()).toEqual([...ids].sort());
  expect(ids.sort()).toEqual(Object.keys(SOURCE_FUNCTIONS).sort());
});

describe.each([undefined, "ru-RU", "en-US"])("same outcome as the source, display language %p", (displayLanguage) => {
  const { runtime } = loadBundle(displayLanguage);
  test.each(CASES.map((c, i) => [i, c.id, c] as const))("case %p: BAGALAU.%s", (_, id, c) => {
    scope.CustomFunctions = stubRuntime();
    if (displayLanguage) scope.Office = { context: { displayLanguage } };
    const fromSource = outcomeOf(() => SOURCE_FUNCTIONS[id](...(c.args as never[])));
    const fromBundle = outcomeOf(() => (runtime.registered.get(id) as (...args: unknown[]) => unknown)(...c.args));
    expect(fromBundle).toEqual(fromSource);
    if (typeof c.expected === "number") expect("value" in fromBundle && fromBundle.value).toBeCloseTo(c.expected, 12);
    else if (Array.isArray(c.expected)) expect(fromBundle).toEqual({ value: c.expected });
    else expect(fromBundle).toMatchObject({ code: c.expected });
  });
});

test("the errors are the runtime's CustomFunctions.Error", () => {
  const { runtime } = loadBundle("en-US");
  let thrown: unknown;
  try {
    (runtime.registered.get("GOAL") as (...args: unknown[]) => unknown)(5);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(runtime.Error);
  expect(thrown).toMatchObject({
    code: "#VALUE!",
    message: "indicators: select the whole table with its header row, e.g. Table[[#Headers],[#Data]].",
  });
});

test("outside Office (no CustomFunctions, no Office) the bundle loads without an error and defines no global", () => {
  const { context } = loadBundle(undefined, false);
  expect(vm.runInContext("typeof CustomFunctions", context)).toBe("undefined");
});

test("the bundle carries no React, no ExcelJS and only the run-time messages", () => {
  const source = readDist("functions.js");
  expect(source).not.toMatch(/react\.element|__SECRET_INTERNALS|react-dom/i);
  expect(source).not.toMatch(/exceljs|ExcelJS|JSZip/);
  expect(source).not.toContain("fn.GOAL.description");
  expect(source).not.toContain("cli.title");
  expect(source).toContain("fn.error.notANumber");
});
