// The lazy part of reading a Word plan in the pane (webpack's chunk plan-docx.js): mammoth turns the .docx
// into HTML, the browser's DOMParser reads it, and its tables become plan grids.

import mammoth from "mammoth";
import { documentTables } from "../../workbook/plan-import/html-tables";
import type { PlanGrid } from "../../workbook/plan-import/plan-grid";

export async function docxPlanGrids(bytes: Uint8Array): Promise<PlanGrid[]> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // The bytes under both of mammoth's names: `arrayBuffer` in its browser build, `buffer` in Node's (the tests).
  const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  const { value: html } = await mammoth.convertToHtml(input);
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
  return documentTables(document.body ?? document);
}
