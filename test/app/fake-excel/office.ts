// Office.context for the ExcelPort tests: the requirement sets of a chosen ExcelApi version and the
// document settings (kept as if saved in the file), on office-addin-mock.

import { OfficeMockObject } from "./office-mock";

/** Office.context with its requirement sets and the document settings (kept as if saved in the file), on office-addin-mock. */
export function fakeOffice(options: { excelApi?: string; stored?: Map<string, unknown> } = {}): {
  office: any;
  stored: Map<string, unknown>;
  saves: { count: number };
} {
  const version = (v: string) => v.split(".").map(Number);
  const max = version(options.excelApi ?? "1.18");
  const supported = (name: string, minVersion = "1.1") => {
    if (name !== "ExcelApi") return false;
    const [major, minor] = version(minVersion);
    return major < max[0] || (major === max[0] && minor <= max[1]);
  };
  const stored = options.stored ?? new Map<string, unknown>();
  const working = new Map(stored);
  const saves = { count: 0 };
  const office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, minVersion?: string) => supported(name, minVersion) },
      document: {
        settings: {
          get: (name: string) => (working.has(name) ? structuredClone(working.get(name)) : null),
          set: (name: string, value: unknown) => working.set(name, structuredClone(value)),
          remove: (name: string) => working.delete(name),
          saveAsync: (callback?: (result: { status: string }) => void) => {
            saves.count += 1;
            stored.clear();
            for (const [key, value] of working) stored.set(key, structuredClone(value));
            setImmediate(() => callback?.({ status: "succeeded" }));
          },
        },
      },
    },
  });
  return { office, stored, saves };
}
