// The one place where a worksheet's data validations are written once each: every rule in one
// <dataValidation> whose sqref covers its cells in disjoint rectangles, and no cell under two rules.

import { columnLetter, columnNumber } from "../sheet-spec";
import { attribute, elementAt, rootChildren } from "./xml-text";

/** A block of cells, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B4:E9" or "C7" as a rectangle; null when the text is not one (a whole column, a name). */
export function parseRect(ref: string): CellRect | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const [r1, c1] = [Number(m[2]), columnNumber(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]), columnNumber(m[3])] : [r1, c1];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function rectText(rect: CellRect): string {
  const first = `${columnLetter(rect.left)}${rect.top}`;
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${columnLetter(rect.right)}${rect.bottom}`;
}

function overlap(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** a − b as up to four disjoint rectangles (bands above and below b, then the parts left and right of it). */
export function subtractRect(a: CellRect, b: CellRect): CellRect[] {
  if (!overlap(a, b)) return [a];
  const pieces: CellRect[] = [];
  if (a.top < b.top) pieces.push({ top: a.top, left: a.left, bottom: b.top - 1, right: a.right });
  if (a.bottom > b.bottom) pieces.push({ top: b.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) pieces.push({ top, left: a.left, bottom, right: b.left - 1 });
  if (a.right > b.right) pieces.push({ top, left: b.right + 1, bottom, right: a.right });
  return pieces;
}

/** Disjoint rectangles joined where two share a whole edge, until none do (F5:G9 + F10:G13 → F5:G13). */
export function joinRects(rects: readonly CellRect[]): CellRect[] {
  const list = rects.map((r) => ({ ...r }));
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < list.length && !joined; i++) {
      for (let j = 0; j < list.length && !joined; j++) {
        if (i === j) continue;
        const a = list[i];
        const b = list[j];
        const below = a.left === b.left && a.right === b.right && a.bottom + 1 === b.top;
        const beside = a.top === b.top && a.bottom === b.bottom && a.right + 1 === b.left;
        if (below || beside) {
          list[i] = { top: a.top, left: a.left, bottom: b.bottom, right: b.right };
          list.splice(j, 1);
          joined = true;
        }
      }
    }
  }
  return list.sort((a, b) => a.top - b.top || a.left - b.left);
}

interface Rule {
  /** The <dataValidation> without its sqref: two entries with the same text are one rule. */
  key: string;
  openTag: string;
  body: string;
  rects: CellRect[];
}

/**
 * A worksheet part whose <dataValidations> holds each rule once, over disjoint cells. Where ExcelJS merged
 * one rule's cells into overlapping ranges (F5:G13 and F10:G13), the union is written once; where two
 * rules claimed one cell, the later one keeps it (as ExcelJS itself reads such a file). A part with no
 * validations, or with a range this step cannot read, is returned as it is.
 */
export function writeValidationsOnce(xml: string): string {
  const at = xml.indexOf("<dataValidations");
  if (at < 0) return xml;
  const span = elementAt(xml, at);
  const element = xml.slice(span.start, span.end);
  const { head, children } = rootChildren(element);
  const rules: Rule[] = [];
  const byKey = new Map<string, Rule>();
  const claims: { rule: Rule; rect: CellRect }[] = [];
  for (const child of children) {
    if (child.name !== "dataValidation") return xml;
    const text = element.slice(child.start, child.end);
    const openEnd = text.indexOf(">") + 1;
    const openTag = text.slice(0, openEnd);
    const sqref = attribute(openTag, "sqref");
    if (sqref === undefined) return xml;
    const withoutRef = openTag.replace(/\ssqref="[^"]*"/, "");
    const body = text.slice(openEnd);
    const key = withoutRef + body;
    let rule = byKey.get(key);
    if (!rule) {
      rule = { key, openTag: withoutRef, body, rects: [] };
      byKey.set(key, rule);
      rules.push(rule);
    }
    for (const piece of sqref.split(/\s+/).filter(Boolean)) {
      const rect = parseRect(piece);
      if (!rect) return xml;
      claims.push({ rule, rect });
    }
  }
  // The last claim on a cell wins: claims are taken from the last, each keeping what no later claim took.
  const taken: CellRect[] = [];
  for (let i = claims.length - 1; i >= 0; i--) {
    let pieces = [claims[i].rect];
    for (const t of taken) {
      if (pieces.length === 0) break;
      pieces = pieces.flatMap((p) => subtractRect(p, t));
    }
    claims[i].rule.rects.push(...pieces);
    taken.push(claims[i].rect);
  }
  const written = rules
    .map((rule) => ({ rule, rects: joinRects(rule.rects) }))
    .filter((r) => r.rects.length > 0)
    .map(({ rule, rects }) => {
      const sqref = ` sqref="${rects.map(rectText).join(" ")}"`;
      const open = rule.openTag.endsWith("/>") ? `${rule.openTag.slice(0, -2)}${sqref}/>` : `${rule.openTag.slice(0, -1)}${sqref}>`;
      return open + rule.body;
    });
  const replacement =
    written.length === 0 ? "" : head.replace(/\scount="\d+"/, ` count="${written.length}"`) + written.join("") + "</dataValidations>";
  return xml.slice(0, span.start) + replacement + xml.slice(span.end);
}
