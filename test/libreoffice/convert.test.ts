// The generated workbooks open in LibreOffice Calc: the templates (central for a ministry and local, in
// Kazakh), the filled examples and a conclusion workbook are converted to PDF by `soffice --headless`
// without error, and the PDFs hold the sheets' texts (read by pdftotext). Needs LibreOffice and poppler-utils:
// without them the tests skip, or fail under CI=true (test/support/required-tool.ts).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { t } from "../../src/i18n";
import { ensureBuilt, root, runCli } from "../cli/run-cli";
import { PDFTOTEXT, SOFFICE, requiredTool } from "../support/required-tool";

const soffice = requiredTool(SOFFICE);
const pdftotext = requiredTool(PDFTOTEXT);

soffice.describe("LibreOffice opens the generated workbooks", () => {
  let dir = "";
  let pdfDir = "";
  const workbooks: Record<string, string> = {
    "ministry-of-health": path.join(root, "examples/ministry-of-health.xlsx"),
    "zhambyl-oblast": path.join(root, "examples/zhambyl-oblast.xlsx"),
  };
  let conversion: { status: number | null; stdout: string; stderr: string };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-lo-"));
    pdfDir = path.join(dir, "pdf");
    workbooks["template-central"] = path.join(dir, "template-central.xlsx");
    workbooks["template-local"] = path.join(dir, "template-local.xlsx");
    workbooks.conclusion = path.join(dir, "conclusion.xlsx");
    ensureBuilt();
    expect(runCli("template", "--kind", "central", "--body", "ministryOfHealth", "-o", workbooks["template-central"]).status).toBe(0);
    expect(runCli("template", "--kind", "local", "-o", workbooks["template-local"]).status).toBe(0);
    expect(runCli("conclusion", "examples/ministry-of-health.xlsx", "-o", workbooks.conclusion).status).toBe(0);
    // One LibreOffice run for all files, with its own profile so that it never meets a running instance.
    const out = spawnSync(
      soffice.path,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        pdfDir,
        ...Object.values(workbooks),
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    conversion = { status: out.status, stdout: out.stdout ?? "", stderr: out.stderr ?? "" };
  }, 240_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("soffice converts every file without an error", () => {
    expect(conversion.status).toBe(0);
    // LibreOffice warns that it runs without Java (javaldx); anything else on stderr is a problem.
    const problems = conversion.stderr.split("\n").filter((line) => line.trim() !== "" && !line.includes("javaldx"));
    expect(problems).toEqual([]);
    for (const file of Object.values(workbooks)) {
      expect(conversion.stdout).toContain(`convert ${file}`);
      const pdf = path.join(pdfDir, `${path.basename(file, ".xlsx")}.pdf`);
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  pdftotext.describe("the PDFs hold the sheets' texts", () => {
    test.each(["template-central", "template-local", "ministry-of-health", "zhambyl-oblast", "conclusion"])(
      "%s.pdf is a PDF with the sheets' texts",
      (name) => {
        const pdf = path.join(pdfDir, `${path.basename(workbooks[name], ".xlsx")}.pdf`);
        expect(fs.existsSync(pdf)).toBe(true);
        expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
        const text = spawnSync(pdftotext.path, ["-layout", pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
        expect(text).toContain(t("kk", "wb.label.bodyName"));
        // The cached results show without the add-in: A = 64.128507 (ministry), 70.684088 (oblast), to 2 decimals.
        if (name === "ministry-of-health" || name === "conclusion") expect(text).toMatch(/Жалпы баға 64[.,]13/);
        if (name === "zhambyl-oblast") expect(text).toMatch(/Жалпы баға 70[.,]68/);
        if (name === "template-local") expect(text).toContain(t("kk", "wb.title.performance").split(":")[0]);
        if (name === "conclusion") expect(text).toContain(t("kk", "wb.sheet.conclusion").split(" ")[0]);
      },
    );
  });
});
