// What a test needs from the machine beyond Node — a program (soffice, pdftotext, Chromium) or a file beside
// the repository (the shared seeds) — and what a test does without it: skips visibly, or fails under CI=true.

import * as fs from "fs";
import * as path from "path";

/** The repository's root (this file is test/support/required-tool.ts). */
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** The project's shared specs, checked out beside the repository (../shared). */
export const SHARED_DIR = path.resolve(REPO_ROOT, "..", "shared");

/** CI=true (any value but "", "0" or "false"): a missing requirement fails its tests instead of skipping them. */
function underCi(): boolean {
  const ci = (process.env.CI ?? "").trim().toLowerCase();
  return ci !== "" && ci !== "0" && ci !== "false";
}

/** The executable file `command` names on the PATH, as the shell would find it; undefined when there is none. */
function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const full = path.join(dir, command);
    try {
      fs.accessSync(full, fs.constants.X_OK);
      if (fs.statSync(full).isFile()) return full;
    } catch {
      // not here
    }
  }
  return undefined;
}

type TestBody = jest.ProvidesCallback;

/**
 * A requirement of some tests. Where it is met, `describe` and `test` are jest's own. Where it is missing,
 * outside CI they are jest's skip with the reason in the name (counted as skipped, listed by the summary
 * reporter); under CI=true every test fails with `reason`, which names the tool and its Debian package.
 */
export interface Requirement {
  /** The program or file found; throws `reason` when missing (use it inside the gated tests). */
  readonly path: string;
  describe(name: string, body: () => void): void;
  test(name: string, body: TestBody, timeout?: number): void;
}

function requirement(found: string | undefined, missing: () => { short: string; reason: string }): Requirement {
  const why = found === undefined ? missing() : undefined;
  const fail = () => {
    const error = new Error(why!.reason);
    error.stack = `Error: ${why!.reason}`; // the reason alone, without this helper's code frame
    throw error;
  };
  const skippedName = (name: string) => `${name} [skipped: ${why!.short}]`;
  return {
    get path(): string {
      if (found === undefined) fail();
      return found!;
    },
    describe(name, body) {
      if (!why) describe(name, body);
      else if (!underCi()) describe.skip(skippedName(name), body);
      else
        describe(name, () => {
          // Registered before the block's own hooks: its tests fail with the reason; their bodies never run.
          beforeAll(fail);
          body();
        });
    },
    test(name, body, timeout) {
      if (!why) test(name, body, timeout);
      else if (!underCi()) test.skip(skippedName(name), body, timeout);
      else test(name, fail);
    },
  };
}

/** A program the tests run, and the Debian package that has it. */
export interface ToolSpec {
  /** What it is, for the messages: "LibreOffice Calc". */
  title: string;
  /** The commands looked up on the PATH, in order: ["soffice", "libreoffice"]. */
  commands: readonly string[];
  /** The Debian package that installs it (as `.ci/run` does). */
  aptPackage: string;
  /** An environment variable that names the program's file, looked at before the PATH. */
  envVariable?: string;
}

export const SOFFICE: ToolSpec = { title: "LibreOffice Calc", commands: ["soffice", "libreoffice"], aptPackage: "libreoffice-calc-nogui" };
export const PDFTOTEXT: ToolSpec = { title: "pdftotext (poppler)", commands: ["pdftotext"], aptPackage: "poppler-utils" };
export const CHROMIUM: ToolSpec = {
  title: "Chromium",
  commands: ["chromium", "chromium-browser"],
  aptPackage: "chromium",
  envVariable: "BAGALAU_CHROMIUM",
};

/** The program's file: $envVariable when set (it must exist), else the first command found on the PATH. */
function findTool(spec: ToolSpec): string | undefined {
  const named = spec.envVariable ? process.env[spec.envVariable] : undefined;
  if (named) return fs.existsSync(named) ? named : undefined;
  for (const command of spec.commands) {
    const found = onPath(command);
    if (found) return found;
  }
  return undefined;
}

/** Tests that run a program: without it they skip (outside CI) or fail naming the tool and its package (CI=true). */
export function requiredTool(spec: ToolSpec): Requirement {
  return requirement(findTool(spec), () => {
    const named = spec.envVariable ? process.env[spec.envVariable] : undefined;
    const where = named ? `${spec.envVariable}=${named} does not exist` : `no ${spec.commands.join(" or ")} on the PATH`;
    const install = `apt-get install -y ${spec.aptPackage}` + (spec.envVariable ? `, or set ${spec.envVariable}` : "");
    return {
      short: `${spec.title} missing (${where}); ${install}`,
      reason: `${spec.title} is required under CI=true but missing (${where}): install the Debian package ${spec.aptPackage} (apt-get install -y ${spec.aptPackage}; .ci/run does).`,
    };
  });
}

/** Tests that read a file outside the repository, such as the shared seeds in ../shared/seeds. */
export function requiredFile(file: string, title: string, howToGet: string): Requirement {
  return requirement(fs.existsSync(file) ? file : undefined, () => ({
    short: `${title} missing at ${file}`,
    reason: `${title} is required under CI=true but missing at ${file}: ${howToGet}.`,
  }));
}
