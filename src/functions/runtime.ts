// The CustomFunctions object of Excel's JavaScript runtime, read from the global scope once, or a
// stand-in where none is loaded (the task pane page opened in a plain browser), so that no error is thrown.
//
// webpack.config.js maps the free identifier `CustomFunctions` in the functions bundle to this module's
// export (ProvidePlugin), including the CustomFunctions.associate(…) calls that
// custom-functions-metadata-plugin appends to functions.ts. In Excel the real object is always used.

/// <reference types="custom-functions-runtime" />

type Runtime = typeof CustomFunctions;

/** Error codes as office.js defines them (CustomFunctions.ErrorCode). */
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

class StandInError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

/** What the page has instead of Excel's runtime: associating does nothing, errors are plain objects. */
const STAND_IN = {
  associate: () => undefined,
  Error: StandInError,
  ErrorCode: ERROR_CODES,
} as unknown as Runtime;

function globalScope(): { CustomFunctions?: Runtime } | undefined {
  if (typeof self !== "undefined") return self;
  if (typeof window !== "undefined") return window;
  return undefined;
}

function resolveRuntime(): Runtime {
  const runtime = globalScope()?.CustomFunctions;
  return runtime && typeof runtime.associate === "function" ? runtime : STAND_IN;
}

export const customFunctionsRuntime: Runtime = resolveRuntime();
