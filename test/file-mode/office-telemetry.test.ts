// Outside Office the page keeps office.js's telemetry frame closed, through office.js's own logger
// object where it has one, and changes nothing where it has none.

import { keepOfficeTelemetryClosed } from "../../src/taskpane/file-mode/office-telemetry";

test("office.js's ULS endpoint no longer opens its frame", () => {
  const opened: string[] = [];
  const endpoint = { proxyFrame: null, loadProxyFrame: () => void opened.push("telemetry frame") };
  const scope = { OSF: { Logger: { ulsEndpoint: endpoint } } };
  expect(keepOfficeTelemetryClosed(scope)).toBe(true);
  // office.js calls it from a timer 3 s after it starts.
  endpoint.loadProxyFrame();
  expect(opened).toEqual([]);
});

test("without office.js, or where its internals differ, nothing is changed", () => {
  expect(keepOfficeTelemetryClosed({})).toBe(false);
  expect(keepOfficeTelemetryClosed({ OSF: {} })).toBe(false);
  const other = { OSF: { Logger: { ulsEndpoint: { write: () => undefined } } } };
  expect(keepOfficeTelemetryClosed(other)).toBe(false);
  expect(Object.keys(other.OSF.Logger.ulsEndpoint)).toEqual(["write"]);
});
