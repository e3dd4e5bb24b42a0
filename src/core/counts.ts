// The outcome counts that published summaries use (FORMS.md): target indicators fully achieved
// (h = 1), partially (0 < h < 1), not achieved (h = 0) and not counted (excluded by §24).

import type { GoalScore } from "./goals";

export interface AchievementCounts {
  full: number;
  partial: number;
  notAchieved: number;
  notCounted: number;
}

export function achievementCounts(goals: readonly GoalScore[]): AchievementCounts {
  const counts: AchievementCounts = { full: 0, partial: 0, notAchieved: 0, notCounted: 0 };
  for (const goal of goals) {
    for (const { value } of goal.indicators) {
      if (value === null) counts.notCounted += 1;
      else if (value >= 1) counts.full += 1;
      else if (value <= 0) counts.notAchieved += 1;
      else counts.partial += 1;
    }
  }
  return counts;
}
