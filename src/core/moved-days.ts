// The days off moved by an act each year (METHODOLOGY.md §9; Labour Code, Art. 85 para. 3), built in for
// 2022–2025: a weekend day made a working day and a weekday made a day off in its place. Pure.
//
// Until 2023 the move was a decree of the Government; since 2024 it is an order of the Minister of Labour
// and Social Protection of the Population. The acts are named below as far as they could be confirmed
// from their publication; where a number could not be confirmed it is left out. Moves of other years
// (before 2022, and from 2026 on) are not built in: the user adds them as extra days off and working days.

/** The kind of act that moved a day off. */
export type MoveAct = "governmentDecree" | "labourMinisterOrder";

/** One move: `workingDay` (a Saturday or Sunday) is worked, and `dayOff` (a weekday) is not. */
export interface MovedDay {
  /** ISO date of the weekend day that becomes a working day. */
  workingDay: string;
  /** ISO date of the weekday that becomes a day off in its place. */
  dayOff: string;
  act: MoveAct;
}

export const MOVED_DAYS: readonly MovedDay[] = [
  // 2022: Government decree No. 713 of 6 October 2021 "On the moving of days off in 2022".
  { workingDay: "2022-03-05", dayOff: "2022-03-07", act: "governmentDecree" },
  { workingDay: "2022-08-27", dayOff: "2022-08-29", act: "governmentDecree" },
  // 2022: the same decree as amended by a Government decree of October 2022, after 25 October became a
  // holiday again (number not confirmed; as listed in METHODOLOGY.md §9).
  { workingDay: "2022-10-22", dayOff: "2022-10-24", act: "governmentDecree" },
  // 2023: Government decree of 25 April 2023 "On the moving of a day off in 2023" (number not confirmed;
  // as listed in METHODOLOGY.md §9).
  { workingDay: "2023-07-01", dayOff: "2023-07-07", act: "governmentDecree" },
  // 2024: order of the acting Minister of Labour and Social Protection of the Population of 17 April 2024
  // "On the moving of a day off in 2024" (number not confirmed; as listed in METHODOLOGY.md §9).
  { workingDay: "2024-05-04", dayOff: "2024-05-08", act: "labourMinisterOrder" },
  // 2025: order of the Minister of Labour and Social Protection of the Population announced in November
  // 2024 (date and number not confirmed; as listed in METHODOLOGY.md §9).
  { workingDay: "2025-01-05", dayOff: "2025-01-03", act: "labourMinisterOrder" },
];
