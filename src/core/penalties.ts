// Penalty points W (METHODOLOGY.md §6, methodology §38–43, App. 1): late reporting, incomplete
// reporting and unreliable facts, with the 5-point cap applied as the profile says.

import { makeIssue } from "./issues";
import type { Penalties } from "./model";
import type { Profile } from "./profile";
import type { Sink } from "./sink";
import { traceEntry } from "./trace";

export const LATE_POINTS = 1.5;
export const INCOMPLETE_POINTS = 2;
/** Points per unreliable fact, in tenths so that 0.2·n stays exact: n·2/10. */
export const UNRELIABLE_TENTHS_PER_FACT = 2;
export const PENALTY_CAP = 5;

export interface PenaltyScore {
  late: number;
  incomplete: number;
  unreliable: number;
  total: number;
}

export function isLate(penalties: Pick<Penalties, "deadline" | "submitted" | "late">): boolean {
  if (penalties.late === true) return true;
  return penalties.deadline !== undefined && penalties.submitted !== undefined && penalties.submitted > penalties.deadline;
}

export function isIncomplete(penalties: Pick<Penalties, "missingElements" | "incomplete">): boolean {
  return penalties.incomplete === true || penalties.missingElements.length > 0;
}

export function unreliableCount(penalties: Pick<Penalties, "unreliableFacts" | "unreliableFactsListed" | "unreliableFactCount">): number {
  return penalties.unreliableFactsListed ? penalties.unreliableFacts.length : (penalties.unreliableFactCount ?? 0);
}

/** Points per unreliable fact: 0.2 exactly (the double nearest 2/10), what each fact's row of the act shows. */
export const UNRELIABLE_POINTS_PER_FACT = UNRELIABLE_TENTHS_PER_FACT / 10;

/** The deduction for unreliable facts as the verification act shows it: a row per fact, then the cap. */
export interface UnreliableDeduction {
  count: number;
  threshold: number;
  /** Fewer facts than the threshold: each costs 0 (UNRELIABLE_BELOW_THRESHOLD). */
  belowThreshold: boolean;
  /** Each fact's deduction: 0.2, or 0 below the threshold. */
  perFact: number;
  /** count · perFact, before the cap. */
  uncapped: number;
  /** What the 5-point cap takes off this deduction (cap scope "unreliable", more than 5 points); else 0. */
  cap: number;
  /** uncapped − cap: W.unreliable. */
  points: number;
}

/** W as the act and the conclusion show it: its parts, their sum and what the cap on W takes off. */
export interface PenaltyBreakdown {
  late: number;
  incomplete: number;
  unreliable: UnreliableDeduction;
  /** late + incomplete + unreliable.points, before the cap on W. */
  sum: number;
  /** What the 5-point cap takes off W (cap scope "total", more than 5 points); else 0. */
  cap: number;
  /** sum − cap: W. */
  total: number;
}

/** 0.2 points per unreliable fact once there are `threshold` or more; capped at 5 unless the cap is on W. */
export function unreliableDeduction(count: number, threshold: number, capScope: Profile["penaltyCapScope"]): UnreliableDeduction {
  const belowThreshold = count < threshold;
  // n · 2 / 10 as n / (10 / 2): the same correctly rounded value, without overflowing to Infinity past n ≈ 9e307
  const uncapped = belowThreshold ? 0 : count / (10 / UNRELIABLE_TENTHS_PER_FACT);
  const points = capScope === "unreliable" ? Math.min(uncapped, PENALTY_CAP) : uncapped;
  return {
    count,
    threshold,
    belowThreshold,
    perFact: belowThreshold ? 0 : UNRELIABLE_POINTS_PER_FACT,
    uncapped,
    // uncapped − 5 is exact below 2^53 (Sterbenz up to 10, then 5 is a multiple of uncapped's ulp)
    cap: points < uncapped ? uncapped - points : 0,
    points,
  };
}

/** The unreliable deduction's points (W.unreliable). */
export function unreliablePoints(count: number, threshold: number, capScope: Profile["penaltyCapScope"]): number {
  return unreliableDeduction(count, threshold, capScope).points;
}

/** W and its parts, with the 5-point cap where the profile puts it; what scorePenalties, the act and the conclusion show. */
export function penaltyBreakdown(
  penalties: Penalties,
  profile: Pick<Profile, "penaltyCapScope" | "unreliableThreshold">,
): PenaltyBreakdown {
  const late = isLate(penalties) ? LATE_POINTS : 0;
  const incomplete = isIncomplete(penalties) ? INCOMPLETE_POINTS : 0;
  const unreliable = unreliableDeduction(unreliableCount(penalties), profile.unreliableThreshold, profile.penaltyCapScope);
  const sum = late + incomplete + unreliable.points;
  const total = profile.penaltyCapScope === "total" ? Math.min(sum, PENALTY_CAP) : sum;
  return { late, incomplete, unreliable, sum, cap: total < sum ? sum - total : 0, total };
}

export function scorePenalties(penalties: Penalties, profile: Profile, sink: Sink): PenaltyScore {
  const breakdown = penaltyBreakdown(penalties, profile);
  const { late, incomplete, total } = breakdown;
  const { count, points: unreliable } = breakdown.unreliable;
  if (count > 0 && breakdown.unreliable.belowThreshold) {
    sink.issues.push(
      makeIssue("UNRELIABLE_BELOW_THRESHOLD", "penalties", { type: "penalties" }, { count, threshold: profile.unreliableThreshold }),
    );
  }

  if (sink.trace)
    sink.trace["W.late"] = traceEntry(
      "W.late",
      "W",
      late,
      "W.late",
      {
        deadline: penalties.deadline ?? null,
        submitted: penalties.submitted ?? null,
        late: penalties.late === undefined ? null : String(penalties.late),
      },
      "§40",
      [],
    );
  if (sink.trace)
    sink.trace["W.incomplete"] = traceEntry(
      "W.incomplete",
      "W",
      incomplete,
      "W.incomplete",
      { missing: penalties.missingElements.length, incomplete: penalties.incomplete === undefined ? null : String(penalties.incomplete) },
      "§41",
      [],
    );
  if (sink.trace)
    sink.trace["W.unreliable"] = traceEntry(
      "W.unreliable",
      "W",
      unreliable,
      profile.penaltyCapScope === "unreliable" ? "W.unreliableCapped" : "W.unreliable",
      { n: count, threshold: profile.unreliableThreshold },
      "§42",
      [],
      count > 0 && count < profile.unreliableThreshold ? "UNRELIABLE_BELOW_THRESHOLD" : undefined,
    );
  if (sink.trace)
    sink.trace["W.total"] = traceEntry(
      "W.total",
      "W",
      total,
      profile.penaltyCapScope === "total" ? "W.totalCapped" : "W.total",
      { late, incomplete, unreliable },
      "§38–43",
      ["W.late", "W.incomplete", "W.unreliable"],
    );
  return { late, incomplete, unreliable, total };
}
