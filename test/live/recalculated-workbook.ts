// A written workbook recalculated by a real formula engine (HyperFormula) with the BAGALAU.* functions bound to
// the built dist/functions.js: formulas as stored in the file, structured references and defined names resolved
// as Excel resolves them, empty cells passed to the functions as null or as "" (both are what Excel may pass).

import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ImplementedFunctions } from "hyperformula/typings/interpreter/plugin/FunctionPlugin";
import type { BuiltFunctions, FunctionError } from "./built-functions";
import { formulaTokens, tokensText } from "../../src/workbook/formula-references";
import { resolveStructuredRefs } from "./structured-refs";
import { cellKey, type ModelValue, type WorkbookModel } from "./xlsx-model";

export type EmptyAs = "null" | "emptyText";

const ERROR_CODES: Record<string, string> = {
  DIV_BY_ZERO: "#DIV/0!",
  NAME: "#NAME?",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  NA: "#N/A",
  CYCLE: "#CYCLE!",
  REF: "#REF!",
  SPILL: "#SPILL!",
  LIC: "#LIC!",
  ERROR: "#ERROR!",
};

const ERROR_TYPE_OF_CODE: Record<string, ErrorType> = {
  "#N/A": ErrorType.NA,
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

/** Bare TRUE and FALSE (Excel's boolean constants) as HyperFormula spells them, TRUE() and FALSE(); text left alone. */
function booleanConstants(formula: string): string {
  return tokensText(
    formulaTokens(formula).map((token) =>
      token.kind === "text" ? { ...token, text: token.text.replace(/(?<![A-Za-z0-9_.])(TRUE|FALSE)(?![A-Za-z0-9_.(])/gi, "$1()") } : token,
    ),
  );
}

/** A stored formula as HyperFormula reads it: BAGALAU.* under its name in Excel's UI, structured references as A1. */
export function engineFormula(formula: string, at: { sheet: string; row: number; column: number }, model: WorkbookModel): string {
  const named = formula.replace(/_xldudf_BAGALAU_([A-Z]+)\(/g, "BAGALAU.$1(");
  return `=${booleanConstants(resolveStructuredRefs(named, at, model.tables))}`;
}

interface Bindings {
  functions: BuiltFunctions;
  emptyAs: EmptyAs;
  /** Every BAGALAU.* call made during a recalculation, counted by function. */
  calls: Map<string, number>;
  makeError(code: string): FunctionError;
}

let bindings: Bindings | undefined;

/** A value as the custom function receives it from Excel. */
function argumentValue(value: unknown, b: Bindings): unknown {
  if (value === EmptyValue || value === undefined) return b.emptyAs === "null" ? null : "";
  if (value instanceof CellError) return b.makeError(ERROR_CODES[value.type] ?? "#VALUE!");
  if (typeof value === "object" && value !== null && "val" in value) return value.val; // a rich number
  return value;
}

class BagalauPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};

  callBuilt(ast: { args: unknown[] }, state: unknown, name: string): unknown {
    const b = bindings as Bindings;
    const id = name.slice("BAGALAU.".length);
    const fn = b.functions.functions.get(id)!;
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => {
      const values = fn.parameters.map((p, i) => {
        const arg = args[i];
        if (arg === undefined) return null; // an omitted optional argument: Excel passes null
        if (arg instanceof SimpleRangeValue) return arg.data.map((row) => row.map((v) => argumentValue(v, b)));
        const value = argumentValue(arg, b);
        return p.dimensionality === "matrix" ? [[value]] : value;
      });
      b.calls.set(id, (b.calls.get(id) ?? 0) + 1);
      try {
        const result = fn.call(...values);
        if (typeof result === "number" && !Number.isFinite(result)) return new CellError(ErrorType.NUM, "not finite");
        if (Array.isArray(result)) return SimpleRangeValue.onlyValues((result as unknown[][]).map((row) => row.map(engineValue)));
        return result as number | string | boolean;
      } catch (error) {
        if (b.functions.isFunctionError(error)) return new CellError(ERROR_TYPE_OF_CODE[error.code] ?? ErrorType.VALUE, error.message);
        throw error;
      }
    });
  }
}

/** A value of an array result as HyperFormula holds it ("" stays text, as Excel shows it). */
function engineValue(value: unknown): number | string | boolean {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return value === null || value === undefined ? "" : String(value);
}

let registered: BuiltFunctions | undefined;

/** Registers BAGALAU.* once per loaded bundle, each a method of the plugin calling the built function. */
function register(functions: BuiltFunctions): void {
  if (registered === functions) return;
  if (registered) HyperFormula.unregisterFunctionPlugin(BagalauPlugin);
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  for (const fn of functions.functions.values()) {
    const name = `BAGALAU.${fn.id}`;
    const method = `fn_${fn.id}`;
    (BagalauPlugin.prototype as unknown as Record<string, unknown>)[method] = function (
      this: BagalauPlugin,
      ast: { args: unknown[] },
      state: unknown,
    ) {
      return this.callBuilt(ast, state, name);
    };
    // A function that returns a matrix (BAGALAU.ROWS) spills as tall as its first argument, one column wide.
    const sizeMethod = `size_${fn.id}`;
    (BagalauPlugin.prototype as unknown as Record<string, unknown>)[sizeMethod] = function (this: BagalauPlugin, ast: { args: unknown[] }) {
      const first = ast.args[0] as { start?: { row: number }; end?: { row: number } } | undefined;
      return first?.start && first.end ? new ArraySize(1, first.end.row - first.start.row + 1) : ArraySize.scalar();
    };
    implemented[name] = {
      method,
      ...(fn.result === "matrix" ? { sizeOfResultArrayMethod: sizeMethod, vectorizationForbidden: true } : {}),
      parameters: fn.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        ...(p.optional ? { optionalArg: true } : {}),
      })),
    };
    translations[name] = name;
  }
  BagalauPlugin.implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(BagalauPlugin, { enGB: translations });
  registered = functions;
}

export interface Recalculated {
  engine: HyperFormula;
  sheetId(name: string): number;
  /** A cell's value after recalculation: a number, text, boolean, null for empty, or { error } . */
  value(sheet: string, row: number, column: number): ModelValue;
  /** How many BAGALAU.* calls the recalculation made, by function. */
  calls: Map<string, number>;
}

function plainValue(value: unknown): ModelValue {
  if (value === null || value === undefined) return null;
  if (value instanceof CellError || (typeof value === "object" && value !== null && "type" in value && "message" in value)) {
    return { error: ERROR_CODES[(value as CellError).type] ?? "#ERROR!" };
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** Builds the engine from the workbook model and recalculates it. */
export function recalculate(model: WorkbookModel, functions: BuiltFunctions, emptyAs: EmptyAs): Recalculated {
  register(functions);
  const calls = new Map<string, number>();
  bindings = { functions, emptyAs, calls, makeError: (code) => functions.makeError(code) };
  const engine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true, maxRows: 100_000, maxColumns: 300 });
  const ids = new Map<string, number>();
  for (const sheet of model.sheets) {
    engine.addSheet(sheet.name);
    ids.set(sheet.name, engine.getSheetId(sheet.name) as number);
  }
  for (const [name, formula] of model.names) engine.addNamedExpression(name, `=${formula}`);
  engine.batch(() => {
    for (const sheet of model.sheets) {
      const id = ids.get(sheet.name) as number;
      for (const [key, cell] of sheet.cells) {
        if (cell.spilled) continue; // left empty for the array formula to spill into, as in Excel
        const [row, column] = key.split(",").map(Number);
        const content =
          cell.formula !== undefined
            ? engineFormula(cell.formula, { sheet: sheet.name, row, column }, model)
            : cell.value !== null && typeof cell.value === "object"
              ? cell.value.error
              : typeof cell.value === "string"
                ? `'${cell.value}` // text stays text (HyperFormula takes one leading apostrophe as that mark)
                : cell.value;
        engine.setCellContents({ sheet: id, row: row - 1, col: column - 1 }, [[content]]);
      }
    }
  });
  return {
    engine,
    sheetId: (name) => ids.get(name) as number,
    value: (sheet, row, column) => plainValue(engine.getCellValue({ sheet: ids.get(sheet) as number, row: row - 1, col: column - 1 })),
    calls,
  };
}

export { cellKey };
