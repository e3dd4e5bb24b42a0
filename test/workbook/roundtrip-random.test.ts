// Fill → write .xlsx → read → score equals scoring the JSON, for random evaluations of both kinds of
// body in the three languages (each run writes and reads a real file, so the runs are few).
import { resultMessages } from "../../src/i18n";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { parseEvaluation, scoreEvaluation, toResultJson } from "../../src/core";
import { filledSheets, scoreGrids } from "../../src/workbook/workbook-services";
import { newWorkbook, readWorkbookFile, writeWorkbookFile } from "../../src/workbook/xlsx-files";
import { arbitraryEvaluation } from "./arbitrary-evaluation";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-rt-random-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a random evaluation scores the same from its filled workbook as from its JSON", async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(arbitraryEvaluation, fc.constantFrom("kk", "ru", "en" as const), async (json, lang) => {
      const parsed = parseEvaluation(json);
      const result = scoreEvaluation(parsed.evaluation, parsed.issues);
      const file = path.join(dir, `random-${run++}.xlsx`);
      await writeWorkbookFile(newWorkbook(filledSheets(parsed.evaluation, result, lang)), file);
      const { grids } = await readWorkbookFile(file);
      const scored = scoreGrids(grids);
      expect(scored.reading.readIssues).toEqual([]);
      expect(toResultJson(scored.result, resultMessages("en"))).toEqual(toResultJson(result, resultMessages("en")));
    }),
    { numRuns: Number(process.env.BAGALAU_RUNS ?? 25) },
  );
}, 60_000);
