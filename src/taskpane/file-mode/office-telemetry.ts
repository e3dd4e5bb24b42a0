// office.js loaded outside Office (file mode in a plain browser) opens Microsoft's telemetry frame three
// seconds after it starts. Outside Office the page makes no request but its own files: that frame is not opened.

interface UlsEndpoint {
  loadProxyFrame?: () => void;
}

/** Best effort over office.js's internals (OSF.Logger.ulsEndpoint): where they differ, nothing is changed. */
export function keepOfficeTelemetryClosed(scope: unknown = globalThis): boolean {
  const osf = (scope as { OSF?: { Logger?: { ulsEndpoint?: UlsEndpoint } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (!endpoint || typeof endpoint.loadProxyFrame !== "function") return false;
  endpoint.loadProxyFrame = () => undefined;
  return true;
}
