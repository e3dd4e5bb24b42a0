// fast-check generators of JSON text that is mostly NOT a valid evaluation: random text, random JSON
// values, valid evaluations with fields deleted, retyped, nulled, wrapped or renamed, cut-off files.
// The parser must answer each with an evaluation or an EvaluationRefused, never anything else.

import fc from "fast-check";
import { arbitraryRawEvaluation } from "../core/arbitrary-raw-evaluation";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type MutationOp = "delete" | "replace" | "retype" | "null" | "wrap" | "rename";

interface Mutation {
  /** Which value of the evaluation (by its index in a depth-first listing, wrapped around). */
  at: number;
  op: MutationOp;
  /** The new value, for "replace". */
  value: Json;
}

/** Every path (a list of keys) inside a JSON value, depth first, the root left out. */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      pathsOf(v, [...prefix, i], out);
    });
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      pathsOf(v, [...prefix, k], out);
    }
  return out;
}

/** A value of another JSON type that a person (or a bad export) might put in its place. */
function retyped(value: Json): Json {
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "string") return value === "" ? 0 : Number.isNaN(Number(value)) ? value.length : Number(value);
  if (typeof value === "boolean") return String(value);
  if (value === null) return 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return Object.values(value);
}

/** Applies the mutations to a copy of `root`, each at its own place. */
function mutate(root: Json, mutations: readonly Mutation[]): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  for (const m of mutations) {
    const paths = pathsOf(copy);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length];
    let parent = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const key = path[path.length - 1];
    const old = parent[key];
    if (m.op === "delete") {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (m.op === "replace") parent[key] = m.value;
    else if (m.op === "retype") parent[key] = retyped(old);
    else if (m.op === "null") parent[key] = null;
    else if (m.op === "wrap") parent[key] = [old];
    else if (Array.isArray(parent)) parent.splice(key as number, 0, old);
    else {
      delete parent[key];
      parent[String(key).toUpperCase() === String(key) ? `${key}_` : String(key).toUpperCase()] = old;
    }
  }
  return copy;
}

const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

const arbitraryMutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<MutationOp>("delete", "replace", "retype", "null", "wrap", "rename"),
  value: jsonValue,
});

const validJson = arbitraryRawEvaluation.map((raw) => JSON.parse(JSON.stringify(raw)) as Json);

/** JSON text of any kind: mostly broken evaluations, also random values and text that is no JSON at all. */
export const arbitraryJunkText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(validJson, fc.array(arbitraryMutation, { minLength: 1, maxLength: 4 }))
      .map(([raw, mutations]) => JSON.stringify(mutate(raw, mutations))),
  },
  { weight: 2, arbitrary: jsonValue.map((v) => JSON.stringify(v)) },
  // an evaluation-shaped object around random parts
  {
    weight: 2,
    arbitrary: fc
      .record(
        {
          format: fc.constantFrom("bagalau/evaluation@1", "bagalau/evaluation@2", 1),
          body: fc.oneof(jsonValue, fc.record({ kind: fc.oneof(fc.constantFrom("central", "local", "Central"), jsonValue) })),
          quality: jsonValue,
          goals: jsonValue,
          risks: jsonValue,
          performance: jsonValue,
          penalties: jsonValue,
          profile: jsonValue,
        },
        { requiredKeys: ["format", "body"] },
      )
      .map((v) => JSON.stringify(v)),
  },
  // a file cut off while copying, or with a byte-order mark
  {
    weight: 1,
    arbitrary: fc.tuple(validJson, fc.nat()).map(([raw, cut]) => {
      const text = JSON.stringify(raw);
      return text.slice(0, cut % (text.length + 1));
    }),
  },
  { weight: 1, arbitrary: validJson.map((raw) => `\uFEFF${JSON.stringify(raw)}`) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.constantFrom("", "null", "[]", "{}", '"x"', "1e999", "-0", "NaN", '{"format":"bagalau/evaluation@1"}'),
    ),
  },
);
