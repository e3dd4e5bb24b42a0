// The BAGALAU.* custom functions as Excel's JavaScript runtime loads them: the built dist/functions.js run in a
// Node vm with a stand-in CustomFunctions (associate, Error, ErrorCode), and functions.json's parameter shapes.

import vm from "vm";
import { stubRuntime } from "../functions/cases";
import { readDist, readDistJson } from "../functions/dist";

export interface ParameterShape {
  name: string;
  /** "matrix": Excel passes a range as rows of cells; "scalar": one value. */
  dimensionality: "matrix" | "scalar";
  optional: boolean;
}

export interface BuiltFunction {
  id: string;
  parameters: ParameterShape[];
  /** "matrix": the function returns rows of cells (an array that spills); "scalar": one value. */
  result: "matrix" | "scalar";
  /** The registered JavaScript function, as Excel calls it. */
  call(...args: unknown[]): unknown;
}

/** What a function throws for an Excel error: the runtime's CustomFunctions.Error. */
export interface FunctionError {
  code: string;
  message?: string;
}

export interface BuiltFunctions {
  functions: Map<string, BuiltFunction>;
  isFunctionError(value: unknown): value is FunctionError;
  /** An error value as the runtime passes it to a function (a cell holding #DIV/0!, …). */
  makeError(code: string): FunctionError;
}

interface Metadata {
  functions: {
    id: string;
    parameters: { name: string; dimensionality?: string; optional?: boolean }[];
    result?: { dimensionality?: string };
  }[];
}

/** Loads dist/functions.js as Excel's runtime does (display language: `displayLanguage`, as Office reports it). */
export function loadBuiltFunctions(displayLanguage = "kk-KZ"): BuiltFunctions {
  const runtime = stubRuntime();
  const sandbox: Record<string, unknown> = { console, CustomFunctions: runtime, Office: { context: { displayLanguage } } };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.runInContext(readDist("functions.js"), vm.createContext(sandbox), { filename: "functions.js" });
  const metadata = readDistJson<Metadata>("functions.json");
  const functions = new Map<string, BuiltFunction>();
  for (const f of metadata.functions) {
    const call = runtime.registered.get(f.id);
    if (!call) throw new Error(`functions.json names ${f.id}, which functions.js did not register`);
    functions.set(f.id, {
      id: f.id,
      parameters: f.parameters.map((p) => ({
        name: p.name,
        dimensionality: p.dimensionality === "matrix" ? "matrix" : "scalar",
        optional: p.optional === true,
      })),
      result: f.result?.dimensionality === "matrix" ? "matrix" : "scalar",
      call,
    });
  }
  return {
    functions,
    isFunctionError: (value): value is FunctionError => value instanceof runtime.Error,
    makeError: (code) => new runtime.Error(code),
  };
}
