// The bodies the Start view offers: the 2019 list of evaluated central bodies (with their blocks), the
// App. 2 ministries of the methodology not on that list, and the local executive bodies by level.

import {
  CENTRAL_BODIES,
  EVALUATED_BODIES,
  EVALUATION_BLOCKS,
  centralBody,
  type EvaluatedBody,
  type EvaluationBlock,
  type LocalBodyLevel,
  type LocalizedName,
} from "../data";
import type { Kind } from "../core";

type BodySource = "system2019" | "methodologyApp2";

export interface BodyOption {
  key: string;
  kind: Kind;
  name: LocalizedName;
  source: BodySource;
  /** The blocks of the 2019 System the body is evaluated in; undefined for an App. 2 body not on the 2019 list. */
  blocks?: readonly EvaluationBlock[];
  level?: LocalBodyLevel;
  note?: LocalizedName;
  /** Its spheres of activity are in App. 2 of the methodology (so the templates list them). */
  hasApp2Spheres: boolean;
}

function fromEvaluated(body: EvaluatedBody): BodyOption {
  return {
    key: body.key,
    kind: body.kind,
    name: body.name,
    source: "system2019",
    blocks: body.blocks,
    level: body.level,
    note: body.note,
    hasApp2Spheres: body.kind === "central" && centralBody(body.methodologyKey ?? body.key) !== undefined,
  };
}

const LINKED = new Set(EVALUATED_BODIES.map((body) => body.methodologyKey).filter((key): key is string => key !== undefined));

/** The central bodies: first the 2019 list in its order, then the App. 2 bodies it does not name. */
export const CENTRAL_OPTIONS: readonly BodyOption[] = [
  ...EVALUATED_BODIES.filter((body) => body.kind === "central").map(fromEvaluated),
  ...CENTRAL_BODIES.filter((body) => !LINKED.has(body.key)).map((body): BodyOption => ({
    key: body.key,
    kind: "central",
    name: body.name,
    source: "methodologyApp2",
    hasApp2Spheres: true,
  })),
];

export const LOCAL_LEVELS: readonly LocalBodyLevel[] = ["oblast", "cityOfRepublicanSignificance", "capital"];

export const LOCAL_OPTIONS: readonly BodyOption[] = EVALUATED_BODIES.filter((body) => body.kind === "local").map(fromEvaluated);

export function bodyOption(key: string | undefined): BodyOption | undefined {
  if (!key) return undefined;
  return CENTRAL_OPTIONS.find((o) => o.key === key) ?? LOCAL_OPTIONS.find((o) => o.key === key);
}

/** Whether the body's score by this methodology counts in its evaluation (the "achievement of goals" block). */
export function evaluatedInGoalsBlock(option: BodyOption): boolean | undefined {
  return option.blocks ? option.blocks.includes("goals") : undefined;
}

export function blockNames(option: BodyOption, lang: keyof LocalizedName): string[] {
  return (option.blocks ?? []).map((key) => EVALUATION_BLOCKS.find((block) => block.key === key)?.name[lang] ?? key);
}

const normalized = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase();

/** The body a workbook names (in any language, by its 2019 name or its App. 2 name), if it is on a list. */
export function findBodyByName(kind: Kind, name: string): BodyOption | undefined {
  const wanted = normalized(name);
  if (wanted === "") return undefined;
  const names = (option: BodyOption): LocalizedName[] => {
    const app2 = centralBody(option.key);
    return app2 ? [option.name, app2.name] : [option.name];
  };
  return (kind === "central" ? CENTRAL_OPTIONS : LOCAL_OPTIONS).find((option) =>
    names(option).some((n) => [n.kk, n.ru, n.en].some((text) => normalized(text) === wanted)),
  );
}
