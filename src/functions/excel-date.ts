// Excel dates in the 1900 date system (Windows and web default): serial 1 = 1900-01-01, serial 60 = the
// non-existent 1900-02-29 Excel keeps for Lotus compatibility, 25569 = 1970-01-01 (day number 0).

import { dayNumberOf } from "../core/calendar";

/** The serial of 1970-01-01, day number 0 of src/core/calendar.ts. */
export const SERIAL_OF_DAY_ZERO = 25569;
/** The serial of 9999-12-31, the last date Excel shows. */
export const LAST_SERIAL = 2958465;

/** The day number of an Excel serial (its time of day dropped), or null outside Excel's dates or for 60. */
export function dayNumberOfSerial(serial: number): number | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL || whole === 60) return null;
  // Serials 1–59 come before Excel's fictitious 29 February 1900, so they are one day later than the rest.
  return whole < 60 ? whole - SERIAL_OF_DAY_ZERO + 1 : whole - SERIAL_OF_DAY_ZERO;
}

/** The Excel serial of a day number. */
export function serialOfDayNumber(dayNumber: number): number {
  const serial = dayNumber + SERIAL_OF_DAY_ZERO;
  return serial < 61 ? serial - 1 : serial;
}

const ISO_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_TEXT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A date typed as text, "2024-03-15" or "15.03.2024", as a day number; null when it is not one. */
export function dayNumberOfText(text: string): number | null {
  const s = text.trim();
  const iso = ISO_TEXT.exec(s);
  if (iso) return dayNumberOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOTTED_TEXT.exec(s);
  if (dotted) return dayNumberOf(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return null;
}
