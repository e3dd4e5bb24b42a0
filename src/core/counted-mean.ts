// The mean the methodology takes at every level (K, P, Y, D, B, C, a sphere's q): over the counted values
// only, with "none counted" told apart from a mean of 0.

/** The mean of the counted values (Σv / n), or null when none is counted. */
export function meanOfCounted(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v !== null) {
      sum += v;
      n += 1;
    }
  }
  return n === 0 ? null : sum / n;
}
