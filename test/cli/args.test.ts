// The command line's grammar: each command with its options, and each mistake refused with its own
// localized key before anything is read or written.
import { CliUsageError, parseArgs } from "../../src/cli/args";

function refusal(argv: string[]): { key: string; params: Record<string, string> } {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof CliUsageError) return { key: error.key, params: error.params };
    throw error;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
}

test("template: kind, body, output and language", () => {
  expect(parseArgs(["template", "--kind", "local", "-o", "t.xlsx", "--lang", "ru"])).toMatchObject({
    command: "template",
    kind: "local",
    output: "t.xlsx",
    lang: "ru",
    files: [],
  });
  // --body alone means a central body.
  expect(parseArgs(["template", "--body", "ministryOfHealth", "--output=t.xlsx"])).toMatchObject({
    kind: "central",
    body: "ministryOfHealth",
    output: "t.xlsx",
    lang: "kk",
  });
});

test("fill, check, conclusion take one file; score any number; bodies none", () => {
  expect(parseArgs(["fill", "e.json", "-o", "e.xlsx"])).toMatchObject({ command: "fill", files: ["e.json"], output: "e.xlsx" });
  expect(parseArgs(["check", "e.xlsx", "--today", "2024-02-29", "--json", "-o", "h.xlsx"])).toMatchObject({
    command: "check",
    today: "2024-02-29",
    json: true,
    output: "h.xlsx",
  });
  expect(parseArgs(["conclusion", "e.xlsx", "-o", "c.xlsx", "--lang=en"])).toMatchObject({
    command: "conclusion",
    output: "c.xlsx",
    lang: "en",
  });
  expect(parseArgs(["score", "a.xlsx", "b.json", "c.xlsx", "--ranking", "r.xlsx"])).toMatchObject({
    command: "score",
    files: ["a.xlsx", "b.json", "c.xlsx"],
    ranking: "r.xlsx",
  });
  expect(parseArgs(["bodies", "--lang", "en"])).toMatchObject({ command: "bodies", files: [], lang: "en" });
  expect(parseArgs(["help"])).toMatchObject({ command: "help" });
});

test.each([
  [["template", "-o", "t.xlsx"], "cli.error.kindRequired", {}],
  [["template", "--kind", "regional", "-o", "t.xlsx"], "cli.error.badKind", { kind: "regional" }],
  [["template", "--kind", "local", "--body", "ministryOfHealth", "-o", "t.xlsx"], "cli.error.bodyIsCentral", { body: "ministryOfHealth" }],
  [["template", "--kind", "central"], "cli.error.outputRequired", { command: "template" }],
  [["template", "--kind", "central", "out.xlsx"], "cli.error.noFilesExpected", { command: "template", file: "out.xlsx" }],
  [
    ["template", "--kind", "central", "--goals", "0", "-o", "t.xlsx"],
    "cli.error.badCount",
    { option: "--goals", value: "0", min: "1", max: "60" },
  ],
  [["template", "--kind", "central", "--goals", "61", "-o", "t.xlsx"], "cli.error.badCount", { option: "--goals", value: "61" }],
  [
    ["template", "--kind", "central", "--tasks", "2.5", "-o", "t.xlsx"],
    "cli.error.badCount",
    { option: "--tasks", value: "2.5", max: "30" },
  ],
  [["template", "--kind", "central", "--tasks=-1", "-o", "t.xlsx"], "cli.error.badCount", { option: "--tasks", value: "-1" }],
  [["template", "--kind", "central", "--tasks", "31", "-o", "t.xlsx"], "cli.error.badCount", { option: "--tasks", min: "0" }],
  [["fill", "e.json", "-o", "x.xlsx", "--goals", "3"], "cli.error.optionNotFor", { option: "--goals", command: "fill" }],
  [["fill", "e.json"], "cli.error.outputRequired", { command: "fill" }],
  [["conclusion", "e.xlsx"], "cli.error.outputRequired", { command: "conclusion" }],
  [["check"], "cli.error.oneFile", { command: "check" }],
  [["check", "a.xlsx", "b.xlsx"], "cli.error.oneFile", { command: "check", file: "b.xlsx" }],
  [["check", "a.xlsx", "--today", "2024-13-01"], "cli.error.badToday", { today: "2024-13-01" }],
  [["check", "a.xlsx", "--today", "01.02.2024"], "cli.error.badToday", { today: "01.02.2024" }],
  [["score", "a.xlsx", "-o", "x.xlsx"], "cli.error.optionNotFor", { option: "-o", command: "score" }],
  [["fill", "e.json", "-o", "x.xlsx", "--json"], "cli.error.optionNotFor", { option: "--json", command: "fill" }],
  [["check", "a.xlsx", "--ranking", "r.xlsx"], "cli.error.optionNotFor", { option: "--ranking", command: "check" }],
  [
    ["template", "--kind", "central", "-o", "t.xlsx", "--profile", "qualityRule=product"],
    "cli.error.optionNotFor",
    { option: "--profile", command: "template" },
  ],
  [["score", "a.xlsx", "--ranking"], "cli.error.missingValue", { option: "--ranking" }],
  [["fill", "e.json", "-o"], "cli.error.missingValue", { option: "-o" }],
  [["score"], "cli.error.noFiles", { command: "score" }],
])("%j is refused with %s", (argv, key, params) => {
  const got = refusal(argv);
  expect(got.key).toBe(key);
  expect(got.params).toMatchObject(params);
});
