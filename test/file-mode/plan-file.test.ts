// A plan file read in the browser's way (src/taskpane/plan-files/): an .xlsx through the lazy xlsx-workbook
// chunk, a .docx through the lazy plan-docx chunk (mammoth and a DOMParser — here @xmldom/xmldom's, the
// browser's in the pane) into the same grids the command line reads; what is not a plan file refused.

import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { PlanFileRefused, planGridsOfFile } from "../../src/taskpane/plan-files/read-plan-file";
import { docxPlanGrids } from "../../src/cli/plan-files";
import { recognizePlan } from "../../src/workbook/plan-import/recognize";
import { planCounts } from "../../src/workbook/plan-import/plan-text";

jest.setTimeout(60_000);

const PLANS = path.resolve(__dirname, "../fixtures/plans");
const file = (name: string) => new File([fs.readFileSync(path.join(PLANS, name))], name);

beforeAll(() => {
  (globalThis as { DOMParser?: unknown }).DOMParser = DOMParser;
});
afterAll(() => {
  delete (globalThis as { DOMParser?: unknown }).DOMParser;
});

test.each(["health-2010-2014.xlsx", "health-2010-2014.docx"])("%s: the pane reads the same table as the command line", async (name) => {
  const plan = recognizePlan(await planGridsOfFile(file(name)), 2010);
  expect(planCounts(plan)).toEqual({ goals: 10, tasks: 21, indicators: 18, results: 54, split: 4 });
  expect(plan.unplaced).toEqual([]);
  if (name.endsWith(".docx")) {
    const cli = await docxPlanGrids(fs.readFileSync(path.join(PLANS, name)), "en");
    expect(await planGridsOfFile(file(name))).toEqual(cli);
  }
});

test("what is not a plan file is refused with its reason", async () => {
  const reason = async (blob: File) =>
    planGridsOfFile(blob).then(
      () => "read",
      (error: unknown) => (error as PlanFileRefused).reason,
    );
  expect(await reason(new File(["%PDF-1.4"], "plan.docx"))).toBe("notPlanFile");
  expect(await reason(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], "plan.doc"))).toBe("encrypted");
  const zip = new JSZip();
  zip.file("readme.txt", "not a document");
  expect(await reason(new File([(await zip.generateAsync({ type: "uint8array" })) as BlobPart], "plan.docx"))).toBe("notPlanFile");
  const broken = new JSZip();
  broken.file("word/document.xml", "<w:document");
  expect(await reason(new File([(await broken.generateAsync({ type: "uint8array" })) as BlobPart], "plan.docx"))).toBe("corrupt");
  expect(await reason(new File([], "empty.docx"))).toBe("empty");
});
