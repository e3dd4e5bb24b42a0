// Which way is better for a row, where its name says so: «Снижение / Сокращение …» lower, «Увеличение /
// Рост / Повышение …» higher, «не более X» lower, «не менее X» higher — and their Kazakh and English words.

import type { Better } from "../../core";

/** The start of a word (a letter must not come before it). */
const W = String.raw`(?<!\p{L})`;

const LOWER_WORDS = new RegExp(
  `${W}(?:сниж|сокращ|уменьш|понижен|төменд|азай|қысқар|кеміт|reduc|decreas|lower|cut(?:ting)?${W}|declin)`,
  "iu",
);
const HIGHER_WORDS = new RegExp(
  `${W}(?:увелич|рост|рос(?:та|ту)${W}|повыш|прирост|артт|ұлғай|өс(?:у|ім)|көбей|increas|rais|grow|rise|improv)`,
  "iu",
);
const AT_MOST = new RegExp(`${W}(?:не\\s+более|не\\s+выше|at\\s+most|no\\s+more\\s+than|аспайт|аспайды|көп\\s+емес)`, "iu");
const AT_LEAST = new RegExp(`${W}(?:не\\s+менее|не\\s+ниже|at\\s+least|no\\s+less\\s+than|кемінде|кем\\s+емес)`, "iu");

export type BetterReading =
  /** The name says it (a bound or a word of change), and nothing in it says otherwise. */
  | { kind: "said"; better: Better; by: "bound" | "word" }
  /** The name says nothing about it. */
  | { kind: "unsaid" }
  /** The name says both (“Увеличение … при снижении …”). */
  | { kind: "conflict" };

/** Which way is better, as a row's name says it: a bound in the name first, then a word of change. */
export function betterFromName(name: string): BetterReading {
  const atMost = AT_MOST.test(name);
  const atLeast = AT_LEAST.test(name);
  if (atMost !== atLeast) return { kind: "said", better: atMost ? "lower" : "higher", by: "bound" };
  if (atMost && atLeast) return { kind: "conflict" };
  const lower = LOWER_WORDS.test(name);
  const higher = HIGHER_WORDS.test(name);
  if (lower && higher) return { kind: "conflict" };
  if (lower || higher) return { kind: "said", better: lower ? "lower" : "higher", by: "word" };
  return { kind: "unsaid" };
}
