// Excel's errors and missing API sets as messages in kk, ru and en: each says what happened and what to
// do, keeps Excel's own detail, and says whether trying again can help.

import {
  describeHostError,
  featureMessage,
  FEATURE_REQUIREMENTS,
  unavailableFeatures,
  UnsupportedApi,
  type HostFeature,
} from "../../src/app/host-errors";
import { ActionCancelled } from "../../src/app/bagalau-app";
import { NotABagalauWorkbook } from "../../src/workbook/reader/read-workbook";
import { DICTIONARIES, LANGS, type Lang } from "../../src/i18n";
import { officeError } from "./fake-excel";

/** What each message must tell the user to do, in each language (a phrase of the advice). */
const ADVICE: Record<string, Record<Lang, string>> = {
  InvalidOperationInCellEditMode: { en: "finish editing a cell", ru: "закончите редактировать ячейку", kk: "өңдеуді аяқтауыңызды" },
  AccessDenied: { en: "Unprotect", ru: "Снимите защиту", kk: "қорғауын алыңыз" },
  ItemNotFound: { en: "Run the check again", ru: "Запустите проверку заново", kk: "тексеруді қайта іске қосып" },
  ItemAlreadyExists: { en: "Rename or remove yours", ru: "Переименуйте или удалите свой", kk: "атауын өзгертіңіз" },
  Conflict: { en: "Wait until their changes appear", ru: "Дождитесь", kk: "күтіп" },
  RequestPayloadSizeLimitExceeded: { en: "Delete empty rows", ru: "Удалите пустые строки", kk: "бос жолдарды өшіріңіз" },
  ApiNotFound: { en: "Update Office", ru: "Обновите Office", kk: "Office-ті жаңартыңыз" },
  GeneralException: { en: "Save your work", ru: "Сохраните работу", kk: "Жұмысыңызды сақтап" },
};

describe.each(LANGS)("in %s", (lang) => {
  test.each(Object.keys(ADVICE))("%s: what to do, with Excel's detail", (code) => {
    const advice = describeHostError(lang, officeError(code, `detail of ${code}`));
    expect(advice.message).toContain(ADVICE[code][lang]);
    // Excel's own words help support, except where the advice says all there is (finish editing the cell).
    if (code !== "InvalidOperationInCellEditMode") expect(advice.message).toContain(`detail of ${code}`);
    expect(advice.code).toBe(code);
  });

  test("a cell being edited can be retried; a missing API cannot", () => {
    expect(describeHostError(lang, officeError("InvalidOperationInCellEditMode", "x")).retry).toBe(true);
    expect(describeHostError(lang, officeError("ApiNotFound", "x")).retry).toBe(false);
  });

  test("a cancelled action, a workbook without templates and an unknown failure", () => {
    expect(describeHostError(lang, new ActionCancelled()).message).toBe(DICTIONARIES[lang]["app.cancelled"]);
    expect(describeHostError(lang, new NotABagalauWorkbook())).toEqual({
      message: DICTIONARIES[lang]["app.error.noTemplates"],
      retry: false,
    });
    const unknown = describeHostError(lang, new TypeError("x is undefined"));
    expect(unknown.message).toContain("x is undefined");
    expect(unknown.retry).toBe(true);
  });

  test.each(Object.keys(FEATURE_REQUIREMENTS) as HostFeature[])(
    "a missing %s says which requirement set and what is unavailable",
    (feature) => {
      const { set, version } = FEATURE_REQUIREMENTS[feature];
      const message = featureMessage(lang, feature);
      expect(message).toContain(`${set} ${version}`);
      expect(describeHostError(lang, new UnsupportedApi(feature)).message).toBe(message);
    },
  );
});

test("the three languages say different things (translated, not copied)", () => {
  for (const code of Object.keys(ADVICE)) {
    const [kk, ru, en] = (["kk", "ru", "en"] as const).map((lang) => describeHostError(lang, officeError(code, "d")).message);
    expect(new Set([kk, ru, en]).size).toBe(3);
  }
});

test("the features an Excel lacks, from its requirement sets", () => {
  const upTo = (max: number) => ({
    isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1]) <= max,
  });
  expect(unavailableFeatures(upTo(18))).toEqual([]);
  expect(unavailableFeatures(upTo(13))).toEqual(["notes"]);
  expect(unavailableFeatures(upTo(9))).toEqual(["mergedAreas", "notes"]);
  expect(unavailableFeatures(upTo(7))).toEqual(["excel", "rangeAreas", "mergedAreas", "notes"]);
  // A host whose check throws is treated as lacking everything rather than failing.
  expect(
    unavailableFeatures({
      isSetSupported: () => {
        throw new Error("no Office");
      },
    }),
  ).toHaveLength(4);
});
