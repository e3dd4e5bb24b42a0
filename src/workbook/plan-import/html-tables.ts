// The tables of a Word document, as mammoth writes them in HTML, as plan grids (merged cells expanded, a
// cell's paragraphs its lines), over any DOM with these few members: the browser's, or @xmldom/xmldom's.

import type { PlanCell, PlanGrid } from "./plan-grid";

/** The members of a DOM node read here, which both the browser's DOM and @xmldom/xmldom have. */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<HtmlNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const BLOCKS = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr"]);

const tag = (node: HtmlNode) => node.nodeName.toLowerCase();
const children = (node: HtmlNode) => Array.from(node.childNodes);

/** The text of a cell: its paragraphs on lines of their own, <br> a line break. */
function cellText(node: HtmlNode): string {
  let text = "";
  const walk = (n: HtmlNode) => {
    if (n.nodeType === TEXT || n.nodeType === CDATA) text += n.nodeValue ?? "";
    if (n.nodeType !== ELEMENT) return;
    const name = tag(n);
    if (name === "br") text += "\n";
    const block = BLOCKS.has(name);
    if (block && text !== "" && !text.endsWith("\n")) text += "\n";
    children(n).forEach(walk);
    if (block && text !== "" && !text.endsWith("\n")) text += "\n";
  };
  children(node).forEach(walk);
  return text.replace(/\n+$/, "").trim();
}

function span(node: HtmlNode, name: string): number {
  const value = Number(node.getAttribute?.(name) ?? "1");
  return Number.isInteger(value) && value >= 1 ? Math.min(value, 256) : 1;
}

/** The rows of a table, not those of a table nested in one of its cells. */
function rowsOf(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const child of children(table)) {
    const name = tag(child);
    if (name === "tr") rows.push(child);
    else if (name === "thead" || name === "tbody" || name === "tfoot") rows.push(...children(child).filter((n) => tag(n) === "tr"));
  }
  return rows;
}

/** One table as a grid of cell texts, a merged cell's text in every cell it covers. */
export function tableGrid(table: HtmlNode, number: number): PlanGrid {
  const grid: PlanCell[][] = [];
  rowsOf(table).forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of children(tr).filter((n) => tag(n) === "td" || tag(n) === "th")) {
      while (grid[r][c] !== undefined) c++;
      const text = cellText(td);
      const rows = span(td, "rowspan");
      const columns = span(td, "colspan");
      for (let dr = 0; dr < rows; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < columns; dc++) grid[r + dr][c + dc] = text === "" ? null : text;
      }
      c += columns;
    }
  });
  const rows = Array.from(grid, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  return { kind: "table", name: String(number), rows, mergesExpanded: true };
}

/** Every table of the document (not those nested in a cell), numbered from 1 in document order. */
export function documentTables(root: HtmlNode): PlanGrid[] {
  const tables: HtmlNode[] = [];
  const find = (node: HtmlNode) => {
    if (node.nodeType !== ELEMENT && node.nodeType !== 9) return;
    if (node.nodeType === ELEMENT && tag(node) === "table") return void tables.push(node);
    children(node).forEach(find);
  };
  find(root);
  return tables.map((table, i) => tableGrid(table, i + 1));
}
