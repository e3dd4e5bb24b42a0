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

/** 0.2 points per unreliable fact once there are `threshold` or more; capped at 5 unless the cap is on W. */
export function unreliablePoints(count: number, threshold: number, capScope: Profile["penaltyCapScope"]): number {
  if (count < threshold) return 0;
  // n · 2 / 10 as n / (10 / 2): the same correctly rounded value, without overflowing to Infinity past n ≈ 9e307
  const points = count / (10 / UNRELIABLE_TENTHS_PER_FACT);
  return capScope === "unreliable" ? Math.min(points, PENALTY_CAP) : points;
}

export function scorePenalties(penalties: Penalties, profile: Profile, sink: Sink): PenaltyScore {
  const late = isLate(penalties) ? LATE_POINTS : 0;
  const incomplete = isIncomplete(penalties) ? INCOMPLETE_POINTS : 0;
  const count = unreliableCount(penalties);
  const unreliable = unreliablePoints(count, profile.unreliableThreshold, profile.penaltyCapScope);
  if (count > 0 && count < profile.unreliableThreshold) {
    sink.issues.push(
      makeIssue("UNRELIABLE_BELOW_THRESHOLD", "penalties", { type: "penalties" }, { count, threshold: profile.unreliableThreshold }),
    );
  }
  const sum = late + incomplete + unreliable;
  const total = profile.penaltyCapScope === "total" ? Math.min(sum, PENALTY_CAP) : sum;

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
