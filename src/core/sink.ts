// Where every scoring step of the core writes what it finds: the issues raised and, when asked for, the
// trace of every number. One sink per scoring of an evaluation.

import type { Issue } from "./issues";
import type { Trace } from "./trace";

/** The sink every scoring step writes its issues and trace entries into. */
export interface Sink {
  issues: Issue[];
  /** The trace being built; null when the caller does not want one, which makes scoring a big evaluation cheaper. */
  trace: Trace | null;
}
