// The `bagalau score` command end to end: the built bin/bagalau.js run as a user runs it, printing the
// readable table in Kazakh (default), Russian and English. The figures are the hand computations of
// test/examples/examples.test.ts, rounded as the table rounds them.
import * as fs from "fs";
import * as path from "path";
import { t, type Lang } from "../../src/i18n";
import { MINISTRY, ZHAMBYL, ensureBuilt, fixture, root, runCli } from "./run-cli";

beforeAll(ensureBuilt, 60_000);

/** The table line that starts with `label`, or a failure naming the label. */
function line(stdout: string, label: string): string {
  const found = stdout.split("\n").find((l) => l.startsWith(label));
  if (found === undefined) throw new Error(`no line starting with «${label}» in:\n${stdout}`);
  return found;
}

const criterionRow = (lang: Lang, key: "B" | "C" | "D" | "E") => `${key}  ${t(lang, `criterion.${key}`)}`;

test("scores the ministry example and prints the Kazakh table by default", () => {
  const out = runCli("score", MINISTRY);
  expect(out.status).toBe(0); // scored, although the file has eight warnings
  expect(out.stderr).toBe("");
  expect(out.stdout).toContain("Жалпы баға A");
  expect(line(out.stdout, "Қазақстан Республикасы Денсаулық сақтау министрлігі")).toContain("2017");
  // Header: criterion, coefficient, weight, points.
  expect(line(out.stdout, t("kk", "cli.col.criterion"))).toMatch(/Өлшем\s+Коэффициент\s+Салмақ\s+Балл$/);
  // B = 3.583333 / 5 = 0.716667, points 100 · 0.1 · B = 7.166667.
  expect(line(out.stdout, criterionRow("kk", "B"))).toMatch(/\s0,7167\s+0,10\s+7,17$/);
  // C = 2.5 / 4 = 0.625, points 6.25.
  expect(line(out.stdout, criterionRow("kk", "C"))).toMatch(/\s0,6250\s+0,10\s+6,25$/);
  // D = 2.640592 / 4 = 0.660148, points 100 · 0.8 · D = 52.811840.
  expect(line(out.stdout, criterionRow("kk", "D"))).toMatch(/\s0,6601\s+0,80\s+52,81$/);
  expect(out.stdout).not.toContain(criterionRow("kk", "E"));
  // W = 1.5 (late) + 0 + 3 · 0.2 = 2.1, shown as a deduction.
  expect(line(out.stdout, t("kk", "cli.deducted"))).toMatch(/\s−2,10$/);
  expect(out.stdout).toContain(t("kk", "cli.deductionParts", { late: "1,50", incomplete: "0,00", unreliable: "0,60" }));
  // A = 7.166667 + 6.25 + 52.811840 − 2.1 = 64.128507 → 64,13 (two decimals, decimal comma).
  expect(line(out.stdout, t("kk", "cli.total"))).toMatch(/\s64,13$/);
  // Goal 1.2: K = 0.5, Y = 0.9125, X = 0.45625 (rounded half away at 4 digits: toFixed gives 0,4562 or 0,4563).
  expect(line(out.stdout, "  1.2-мақсат")).toMatch(/K 0,5000 · Y 0,9125 · X 0,456[23]$/);
  // Counts: 4 full, 4 partial, 1 not achieved, 2 not counted.
  expect(out.stdout).toContain(t("kk", "cli.counts", { full: 4, partial: 4, notAchieved: 1, notCounted: 2 }));
  expect(out.stdout).toContain(t("kk", "cli.issues", { count: 8, errors: 0, warnings: 8, infos: 0 }));
});

test("scores the oblast example: E is a multiplier with a coefficient only, no C row", () => {
  const out = runCli("score", ZHAMBYL);
  expect(out.status).toBe(0);
  expect(line(out.stdout, "Жамбыл облысының әкімдігі")).toContain(t("kk", "kind.local"));
  // B = 4.4375 / 6 = 0.739583, points 100 · 0.2 · B · E = 14.429162.
  expect(line(out.stdout, criterionRow("kk", "B"))).toMatch(/\s0,7396\s+0,20\s+14,43$/);
  // D = 2.239443 / 3 = 0.746481, points 100 · 0.8 · D · E = 58.254926.
  expect(line(out.stdout, criterionRow("kk", "D"))).toMatch(/\s0,7465\s+0,80\s+58,25$/);
  // E = 0.861676^(1/6) = 0.975493; no weight, no points.
  expect(line(out.stdout, criterionRow("kk", "E"))).toMatch(/\s0,9755\s*$/);
  expect(out.stdout).not.toContain(criterionRow("kk", "C"));
  // W = 2 (one missing element); the single unreliable fact is below the threshold.
  expect(line(out.stdout, t("kk", "cli.deducted"))).toMatch(/\s−2,00$/);
  // A = 100 · (0.2 · 0.739583 + 0.8 · 0.746481) · 0.975493 − 2 = 70.684088.
  expect(line(out.stdout, t("kk", "cli.total"))).toMatch(/\s70,68$/);
  expect(line(out.stdout, "  4.4.2-мақсат")).toContain(`K ${t("kk", "cli.notCounted")}`);
});

test.each([
  ["ru", "64,13", "0,7167", "0,10", "7,17"],
  ["en", "64.13", "0.7167", "0.10", "7.17"],
] as const)("--lang %s prints the table in that language and its decimal separator", (lang, total, b, w, points) => {
  const out = runCli("score", MINISTRY, "--lang", lang);
  expect(out.status).toBe(0);
  expect(line(out.stdout, t(lang, "cli.col.criterion"))).toContain(t(lang, "cli.col.coefficient"));
  expect(line(out.stdout, criterionRow(lang, "B"))).toMatch(
    new RegExp(`\\s${b.replace(".", "\\.")}\\s+${w.replace(".", "\\.")}\\s+${points.replace(".", "\\.")}$`),
  );
  expect(line(out.stdout, t(lang, "cli.total"))).toMatch(new RegExp(`\\s${total.replace(".", "\\.")}$`));
  expect(out.stdout).toContain(t(lang, "kind.central"));
  expect(out.stdout).not.toContain("Жалпы баға");
});

test("--lang=en works in the key=value form too", () => {
  const out = runCli("score", `--lang=en`, MINISTRY);
  expect(out.status).toBe(0);
  expect(out.stdout).toContain("Total score A");
});

test("a file scored with errors in its data still exits 0 and reports them", () => {
  // q1 "бір" is no number (NOT_A_NUMBER) and counts as 0 (COEFFICIENT_INVALID): q = (0 + 1) / 2 = 0.5;
  // r = 0.7 is not 1, 0.5 or 0: R = 0, C = 0; no goal: D = 0 (NO_GOALS). A = 100 · 0.1 · 0.5 = 5.
  const out = runCli("score", fixture("with-errors.json"), "--lang", "en");
  expect(out.status).toBe(0);
  expect(out.stderr).toBe("");
  expect(line(out.stdout, "Total score A")).toMatch(/\s5\.00$/);
  expect(out.stdout).toContain(t("en", "cli.issues", { count: 4, errors: 4, warnings: 0, infos: 0 }));
});

test("several files: one table each, under the file's name", () => {
  const out = runCli("score", MINISTRY, ZHAMBYL);
  expect(out.status).toBe(0);
  const ministryAt = out.stdout.indexOf(`== ${MINISTRY}`);
  const zhambylAt = out.stdout.indexOf(`== ${ZHAMBYL}`);
  expect(ministryAt).toBeGreaterThanOrEqual(0);
  expect(zhambylAt).toBeGreaterThan(ministryAt);
  expect(out.stdout.slice(ministryAt, zhambylAt)).toMatch(/Жалпы баға A\s+64,13/);
  expect(out.stdout.slice(zhambylAt)).toMatch(/Жалпы баға A\s+70,68/);
});

test("--help prints the usage and exits 0; --version prints the package version", () => {
  const help = runCli("--help", "--lang", "ru");
  expect(help.status).toBe(0);
  expect(help.stdout).toBe(t("ru", "cli.help") + "\n");
  const version = runCli("--version");
  expect(version.status).toBe(0);
  const { version: packageVersion } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  expect(version.stdout).toBe(`bagalau ${packageVersion}\n`);
});
