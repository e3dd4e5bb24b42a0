// The error a fuzz check throws when an invariant does not hold: which invariant, and what was found,
// so that the fuzz script and the property tests report a counterexample by the invariant's name.

export class InvariantBroken extends Error {
  constructor(
    readonly invariant: string,
    detail: string,
  ) {
    super(`${invariant}: ${detail}`);
    this.name = "InvariantBroken";
  }
}
