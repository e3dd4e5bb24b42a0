// Fill → write .xlsx → read → score equals scoring the JSON, for every example and every language.
import { resultMessages } from "../../src/i18n";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseEvaluationText, scoreEvaluation, toResultJson } from "../../src/core";
import { filledSheets, scoreGrids } from "../../src/workbook/workbook-services";
import { newWorkbook, readWorkbookFile, writeWorkbookFile } from "../../src/workbook/xlsx-files";

const examples = ["ministry-of-health", "zhambyl-oblast"];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-rt-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(examples)("%s", (example) => {
  const parsed = parseEvaluationText(fs.readFileSync(path.join(__dirname, "../../examples", `${example}.json`), "utf8"));
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  test.each(["kk", "ru", "en"] as const)("round trip in %s", async (lang) => {
    const file = path.join(dir, `${example}.${lang}.xlsx`);
    await writeWorkbookFile(newWorkbook(filledSheets(parsed.evaluation, result, lang)), file);
    const { grids } = await readWorkbookFile(file);
    const scored = scoreGrids(grids);
    expect(scored.reading.readIssues).toEqual([]);
    expect(toResultJson(scored.result, resultMessages("en"))).toEqual(toResultJson(result, resultMessages("en")));
  });
});
