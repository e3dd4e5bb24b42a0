// What `bagalau` refuses: files it cannot score (exit 2, one localized stderr line naming the file and
// the reason, never a stack trace), mixed lists of good and bad files, and command-line mistakes.
import { spawnSync } from "child_process";
import { MINISTRY, ZHAMBYL, coreResult, ensureBuilt, expectOneLine, fixture, refusalLine, runCli, usageLine } from "./run-cli";
import type { MessageKey } from "../../src/i18n";

beforeAll(ensureBuilt, 60_000);

interface BadFile {
  what: string;
  file: string;
  reason: MessageKey;
  params?: Record<string, string | RegExp>;
}

const BAD_FILES: BadFile[] = [
  { what: "a missing file", file: fixture("no-such-file.json"), reason: "cli.error.noSuchFile" },
  { what: "a folder", file: "test/fixtures/cli", reason: "cli.error.isDirectory" },
  { what: "a file that is not JSON (its text spans several lines)", file: fixture("not-json.json"), reason: "refusal.notJson" },
  {
    what: "a format other than bagalau/evaluation@1",
    file: fixture("wrong-format.json"),
    reason: "refusal.format",
    params: { actual: '"bagalau/evaluation@2"', expected: "bagalau/evaluation@1" },
  },
  {
    what: "a body.kind other than central/local",
    file: fixture("wrong-kind.json"),
    reason: "refusal.kind",
    params: { actual: '"regional"' },
  },
  {
    what: "a field of the wrong type, named by its JSON path",
    file: fixture("wrong-shape.json"),
    reason: "refusal.type",
    params: { path: "goals" },
  },
];

describe.each(BAD_FILES)("$what", ({ file, reason, params }) => {
  test.each(["kk", "ru", "en"] as const)("exit 2 and one %s line naming the file and the reason", (lang) => {
    const out = runCli("score", file, "--lang", lang);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe("");
    expectOneLine(out.stderr);
    expect(out.stderr).toMatch(refusalLine(lang, file, reason, params));
  });

  test("with --json: the refused file prints null", () => {
    const out = runCli("score", file, "--json");
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toBeNull();
    expectOneLine(out.stderr);
    expect(out.stderr).toMatch(refusalLine("kk", file, reason, params));
  });
});

test("a mixed list scores the good files, prints null at the bad one's place, and exits 2", () => {
  const missing = fixture("no-such-file.json");
  const out = runCli("score", "--json", MINISTRY, missing, ZHAMBYL);
  expect(out.status).toBe(2);
  expect(JSON.parse(out.stdout)).toEqual([coreResult(MINISTRY), null, coreResult(ZHAMBYL)]);
  expectOneLine(out.stderr);
  expect(out.stderr).toMatch(refusalLine("kk", missing, "cli.error.noSuchFile"));
});

test("a mixed list in table mode prints the good files' tables, one line per bad file, and exits 2", () => {
  const out = runCli("score", fixture("not-json.json"), MINISTRY, fixture("wrong-kind.json"), "--lang", "en");
  expect(out.status).toBe(2);
  expect(out.stdout).toContain(`== ${MINISTRY}`);
  expect(out.stdout).toMatch(/Total score A\s+64\.13/); // the hand-computed A = 64.128507
  expect(out.stdout).not.toContain("not-json.json");
  const lines = out.stderr.split("\n");
  expect(lines).toHaveLength(3); // two lines and the final newline
  expect(lines[0] + "\n").toMatch(refusalLine("en", fixture("not-json.json"), "refusal.notJson"));
  expect(lines[1] + "\n").toMatch(refusalLine("en", fixture("wrong-kind.json"), "refusal.kind"));
  expect(lines[2]).toBe("");
});

describe("command-line mistakes: exit 2 and a localized message", () => {
  test.each([
    ["an unknown command", ["frobnicate", MINISTRY], "cli.error.unknownCommand", { command: "frobnicate" }],
    ["an unknown option", ["score", MINISTRY, "--frob"], "cli.error.unknownOption", { option: "--frob" }],
    ["score without files", ["score"], "cli.error.noFiles", {}],
    ["an option without its value", ["score", MINISTRY, "--profile"], "cli.error.missingValue", { option: "--profile" }],
  ] as const)("%s", (_what, args, key, params) => {
    for (const lang of ["kk", "ru", "en"] as const) {
      const out = runCli("--lang", lang, ...args);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe("");
      expectOneLine(out.stderr);
      expect(out.stderr).toMatch(usageLine(lang, key, params));
    }
  });

  test("an unknown language", () => {
    const out = runCli("score", MINISTRY, "--lang", "de");
    expect(out.status).toBe(2);
    expectOneLine(out.stderr);
    expect(out.stderr).toMatch(usageLine("kk", "cli.error.badLang", { lang: "de" }));
  });

  test("no arguments at all: the usage on stderr, exit 2", () => {
    const out = runCli();
    expect(out.status).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("bagalau score");
  });
});

test("a pipe (size 0 to stat) is read, not refused as an empty file: `… | bagalau score /dev/stdin`", () => {
  // Through a shell's pipe: Node's own `input` is a socket, which /dev/stdin cannot be opened on.
  const piped = spawnSync("sh", ["-c", 'cat "$1" | "$2" bin/bagalau.js score --json /dev/stdin', "sh", MINISTRY, process.execPath], {
    encoding: "utf8",
  });
  expect(piped.status).toBe(0);
  expect(JSON.parse(piped.stdout)).toEqual(coreResult(MINISTRY));
});
