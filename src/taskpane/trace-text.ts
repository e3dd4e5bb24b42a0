// The trace (src/core/trace.ts) in the reader's language: what each number is, its formula and inputs
// in words where the core wrote words, the paragraph of the methodology, and the numbers it came from.

import { formatIssue, formatNumber, formatSubject, t, type Lang, type MessageKey } from "../i18n";
import type { Evaluation, Issue, Kind, Result, TraceEntry } from "../core";
import { criterionTitle, formatDate } from "../workbook/report/report-text";

// ---------------------------------------------------------------- paragraphs

/** "§23" → "23-тармақ" / "п. 23" / "§23"; "§16–17" → a range; "App. 4" → the appendix; parts joined. */
export function paragraphText(lang: Lang, paragraph: string): string {
  return paragraph
    .split(/,\s*/)
    .map((part) => {
      const single = /^§(\d+)$/.exec(part);
      if (single) return t(lang, "pane.trace.paragraph", { n: single[1] });
      const range = /^§(\d+\s*[–-]\s*\d+)$/.exec(part);
      if (range) return t(lang, "pane.trace.paragraphs", { n: range[1] });
      const appendix = /^App\.\s*(\d+)$/.exec(part);
      if (appendix) return t(lang, "pane.trace.appendix", { n: appendix[1] });
      return part;
    })
    .join(", ");
}

// ---------------------------------------------------------------- symbols and inputs

const SYMBOL_KEYS: Record<string, MessageKey> = {
  A: "pane.symbol.A",
  B: "criterion.B",
  C: "criterion.C",
  D: "criterion.D",
  E: "criterion.E",
  W: "pane.symbol.W",
  h: "pane.symbol.h",
  p: "pane.symbol.p",
  K: "pane.symbol.K",
  P: "pane.symbol.P",
  Y: "pane.symbol.Y",
  X: "pane.symbol.X",
  q: "pane.symbol.q",
  R: "pane.symbol.R",
  S: "pane.symbol.S",
};

/** What a symbol of the methodology stands for (h — achievement of a target indicator, …). */
export function symbolMeaning(lang: Lang, symbol: string): string | undefined {
  const key = SYMBOL_KEYS[symbol];
  return key ? t(lang, key) : undefined;
}

const INPUT_KEYS: Record<string, MessageKey> = {
  F: "pane.input.F",
  F0: "pane.input.F0",
  P: "pane.input.P",
  L: "pane.input.L",
  U: "pane.input.U",
  better: "pane.input.better",
  m: "pane.input.m",
  r: "pane.input.r",
  t: "pane.input.t",
  k: "pane.input.k",
  d: "pane.input.d",
  q1: "field.q1",
  q2: "field.q2",
  SR: "pane.input.SR",
  SB: "pane.input.SB",
  w: "pane.input.w",
  deadline: "pane.input.deadline",
  submitted: "pane.input.submitted",
  missing: "pane.input.missing",
  threshold: "pane.input.threshold",
  late: "wb.label.late",
  incomplete: "wb.label.incomplete",
  unreliable: "wb.label.unreliable",
};

/** Inputs whose meaning depends on the number they feed: `symbol:input` or `path:input`. */
const CONTEXT_INPUT_KEYS: Record<string, MessageKey> = {
  "R:r": "pane.input.mark",
  "D:n": "pane.input.n.D",
  "B:n": "pane.input.n.B",
  "E:n": "pane.input.n.E",
  "W.unreliable:n": "pane.input.n.W",
  "W.late:late": "pane.input.lateFlag",
  "W.incomplete:incomplete": "pane.input.incompleteFlag",
};

/** What an input of a trace entry is, in words; undefined for a name the pane does not know. */
export function inputMeaning(lang: Lang, entry: Pick<TraceEntry, "path" | "symbol">, name: string): string | undefined {
  const key = CONTEXT_INPUT_KEYS[`${entry.path}:${name}`] ?? CONTEXT_INPUT_KEYS[`${entry.symbol}:${name}`] ?? INPUT_KEYS[name];
  if (key) return t(lang, key);
  return symbolMeaning(lang, name);
}

/** An input's value as the language writes it: numbers, directions, yes/no, dates; a dash for none. */
export function inputValueText(lang: Lang, value: number | string | null): string {
  if (value === null) return "—";
  if (typeof value === "number") return formatNumber(lang, value, 6);
  if (value === "higher" || value === "lower") return t(lang, `pane.better.${value}`);
  if (value === "true") return t(lang, "pane.yes");
  if (value === "false") return t(lang, "pane.no");
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(lang, value);
  return value;
}

// ---------------------------------------------------------------- what each path is

const INDEX = /\[(\d+)\]/g;

function indexes(path: string): number[] {
  return [...path.matchAll(INDEX)].map((m) => Number(m[1]));
}

/** The name of the item a trace path is about, in the language: a criterion, a goal, an indicator… */
export function traceLabel(lang: Lang, path: string, evaluation: Evaluation, kind: Kind): string {
  if (path === "A") return t(lang, "wb.label.A");
  const points = /^criteria\.([BCD])\.points$/.exec(path);
  if (points) return t(lang, "pane.trace.points", { criterion: criterionTitle(lang, kind, points[1] as "B" | "C" | "D") });
  if (path === "B" || path === "C" || path === "D" || path === "E") return criterionTitle(lang, kind, path);
  if (path === "W.total") return t(lang, "wb.label.W");
  if (path === "W.late" || path === "W.incomplete" || path === "W.unreliable") return t(lang, `wb.label.${path.slice(2)}` as MessageKey);
  const [i, j, k] = indexes(path);
  const goal = /^goals\[\d+\]/.test(path) ? evaluation.goals[i] : undefined;
  if (goal) {
    if (/^goals\[\d+\]\.[XKY]$/.test(path)) {
      const subject = formatSubject(lang, { type: "goal", code: goal.code, name: goal.name });
      const symbol = path.slice(-1);
      return symbol === "X" ? subject : `${subject} · ${symbolMeaning(lang, symbol)}`;
    }
    if (/\.indicators\[\d+\]\.h$/.test(path)) {
      const indicator = goal.indicators[j];
      return formatSubject(lang, { type: "indicator", goal: goal.code, row: j + 1, name: indicator?.name });
    }
    const task = goal.tasks[j];
    if (/\.tasks\[\d+\]\.P$/.test(path)) return formatSubject(lang, { type: "task", code: task?.code, name: task?.name, goal: goal.code });
    if (/\.results\[\d+\]\.p$/.test(path))
      return formatSubject(lang, { type: "result", task: task?.code, row: k + 1, name: task?.results[k]?.name });
  }
  const sphere = /^quality\[\d+\]/.test(path) ? evaluation.quality[i] : undefined;
  if (sphere) {
    const direction = /\.directions\[\d+\]\.q$/.test(path) ? sphere.directions[j] : undefined;
    if (direction) return formatSubject(lang, { type: "direction", code: direction.code, name: direction.name });
    return formatSubject(lang, { type: "sphere", code: sphere.code, name: sphere.name });
  }
  if (/^risks\[\d+\]\.R$/.test(path)) return formatSubject(lang, { type: "risk", row: i + 1, name: evaluation.risks[i]?.name });
  if (/^performance\[\d+\]\.S$/.test(path)) {
    const entry = evaluation.performance[i];
    return formatSubject(lang, { type: "performance", code: entry?.key, name: entry?.name });
  }
  return path;
}

/** Lists whose members are shown under a number even when not counted (so the reader sees why). */
function memberPattern(path: string): RegExp | undefined {
  if (path === "D") return /^goals\[\d+\]\.X$/;
  if (path === "E") return /^performance\[\d+\]\.S$/;
  const goal = /^goals\[(\d+)\]\.([KY])$/.exec(path);
  if (goal)
    return goal[2] === "K"
      ? new RegExp(`^goals\\[${goal[1]}\\]\\.indicators\\[\\d+\\]\\.h$`)
      : new RegExp(`^goals\\[${goal[1]}\\]\\.tasks\\[\\d+\\]\\.P$`);
  const task = /^goals\[(\d+)\]\.tasks\[(\d+)\]\.P$/.exec(path);
  if (task) return new RegExp(`^goals\\[${task[1]}\\]\\.tasks\\[${task[2]}\\]\\.results\\[\\d+\\]\\.p$`);
  return undefined;
}

/** The trace paths a number is drilled down into: its parts, and for lists every member, counted or not. */
export function childrenOf(trace: Result["trace"], path: string): string[] {
  const entry = trace[path];
  if (!entry) return [];
  const pattern = memberPattern(path);
  if (!pattern) return entry.parts.filter((part) => trace[part] !== undefined);
  return Object.keys(trace).filter((key) => pattern.test(key));
}

/** The path of the item a measure's trace entry is about: `goals[0].indicators[1].h` → `goals[0].indicators[1]`. */
export function measurePathOf(path: string): string | undefined {
  const m = /^(goals\[\d+\]\.(?:indicators\[\d+\]|tasks\[\d+\]\.results\[\d+\]))\.[hp]$/.exec(path);
  return m ? m[1] : undefined;
}

/** The issue that decided how a number was computed (its trace `note`), as a localized sentence. */
export function noteText(lang: Lang, entry: TraceEntry, issues: readonly Issue[]): string | undefined {
  if (!entry.note) return undefined;
  const candidates = issues.filter((issue) => issue.code === entry.note);
  const own = candidates
    .filter((issue) => entry.path === issue.path || entry.path.startsWith(`${issue.path}.`) || entry.path.startsWith(`${issue.path}[`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const issue = own ?? candidates[0];
  return issue ? formatIssue(lang, issue) : undefined;
}
