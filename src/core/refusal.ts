// Why an evaluation file cannot be scored at all: the reason (an i18n key under `refusal.`), the JSON path
// and the parameters of the message. Thrown by the parser, formatted by src/i18n.

/** Why a file cannot be scored at all; `reason` is an i18n key under `refusal.`. */
export type RefusalReason = "notJson" | "notObject" | "format" | "kind" | "type" | "enum" | "date" | "integer" | "range" | "weights";

export class EvaluationRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly path: string,
    readonly params: Record<string, string> = {},
  ) {
    super(`${reason} at ${path || "(root)"} ${JSON.stringify(params)}`);
    this.name = "EvaluationRefused";
  }
}
