// The core is pure: no module of src/core imports anything outside src/core (no i18n, data, Excel, files),
// and none reads the clock or the environment.

import * as fs from "fs";
import * as path from "path";

const CORE = path.join(__dirname, "..", "..", "src", "core");
const modules = fs.readdirSync(CORE).filter((name) => name.endsWith(".ts"));

test.each(modules)("src/core/%s imports only from src/core", (name) => {
  const text = fs.readFileSync(path.join(CORE, name), "utf8");
  const specifiers = Array.from(
    text.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|require\("([^"]+)"\)|import\("([^"]+)"\)/g),
    (m) => m[1] ?? m[2] ?? m[3],
  );
  const outside = specifiers.filter((s) => !s.startsWith("./") || path.resolve(CORE, s).startsWith(`${CORE}${path.sep}`) === false);
  expect(outside).toEqual([]);
});

test.each(modules)("src/core/%s reads no clock, no environment and no host", (name) => {
  const code = fs
    .readFileSync(path.join(CORE, name), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");
  expect(code).not.toMatch(
    /Date\.now\(|new Date\(\)|performance\.now\(|process\.|Math\.random\(|\bOffice\b|\bExcel\.|\bdocument\.|\bwindow\./,
  );
});
