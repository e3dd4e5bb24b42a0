// The progress bar of a long `score` batch: drawn on stderr in place (carriage returns, one line) only
// when stderr is a terminal and the output is not JSON, and erased before anything else is written.
import * as path from "path";
import { main, type CliIO } from "../../src/cli/bagalau";
import { ProgressBar } from "../../src/cli/progress";
import { MINISTRY, ZHAMBYL, root } from "./run-cli";

function capture(stderrIsTTY: boolean): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stderrIsTTY,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    today: () => "2024-01-01",
  };
  return io;
}

const FILES = [MINISTRY, ZHAMBYL, MINISTRY, ZHAMBYL].map((f) => path.join(root, f));

test("four files on a terminal: one line redrawn with \\r, erased at the end; the tables on stdout are whole", async () => {
  const io = capture(true);
  expect(await main(["score", ...FILES], io)).toBe(0);
  const frames = io.err.split("\r\x1b[K").filter((f) => f !== "");
  expect(frames).toHaveLength(4);
  frames.forEach((frame, i) =>
    expect(frame).toMatch(new RegExp(`^\\[[#.]{24}\\] ${i}/4 .*${path.basename(FILES[i]).replace(".", "\\.")}$`)),
  );
  expect(io.err.endsWith("\r\x1b[K")).toBe(true); // erased
  expect(io.err).not.toContain("\n");
  expect(io.out.match(/^== /gm)).toHaveLength(4);
  expect(io.out).not.toContain("\r");
});

test("no bar when stderr is not a terminal, with --json, or for three files", async () => {
  for (const [tty, args] of [
    [false, ["score", ...FILES]],
    [true, ["score", "--json", ...FILES]],
    [true, ["score", ...FILES.slice(0, 3)]],
  ] as const) {
    const io = capture(tty);
    expect(await main([...args], io)).toBe(0);
    expect(io.err).toBe("");
  }
});

test("a refusal line in the middle of a batch starts on a clean line", async () => {
  const io = capture(true);
  expect(await main(["score", FILES[0], path.join(root, "test/fixtures/cli/empty.json"), ...FILES.slice(1)], io)).toBe(2);
  const [before, after] = io.err.split(/\r\x1b\[K(?=[^[\r])/);
  expect(before).toContain("1/5");
  expect(after).toMatch(/^.*empty\.json: .*\n/);
});

test("the bar fills in proportion", () => {
  const frames: string[] = [];
  const bar = new ProgressBar((text) => frames.push(text), 8, true);
  bar.update(2, "a.xlsx");
  bar.update(8, "z.xlsx");
  expect(frames[0]).toBe(`\r\x1b[K[${"#".repeat(6)}${".".repeat(18)}] 2/8 a.xlsx`); // 2/8 of 24 = 6
  expect(frames[1]).toBe(`\r\x1b[K[${"#".repeat(24)}] 8/8 z.xlsx`);
});
