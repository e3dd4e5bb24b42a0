// The built task pane page (dist/taskpane.html, `npm run build`) carries its Content-Security-Policy: right
// after <meta charset>, before any script or style; every directive as webpack.config.js means it; each
// inline <script> and <style> allowed by its exact hash and nothing inline or eval'd otherwise.

import { createHash } from "crypto";
import { readDist } from "../functions/dist";

const html = readDist("taskpane.html");
const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const inlineBlocks = (tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]);

test("the policy is a meta tag right after <meta charset>, before every script, style and link", () => {
  expect(meta).not.toBeNull();
  const at = html.indexOf(meta![0]);
  expect(html.slice(0, at)).toMatch(/<head>\s*<meta charset="utf-8" \/>\s*$/);
  expect(html.slice(0, at)).not.toMatch(/<(script|style|link)\b/);
  expect(html.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
});

test("its directives: only the add-in's origin and office.js's CDN; inline code only by hash; no plugins, forms or <base>", () => {
  const policy = directives(meta![1]);
  expect([...policy.keys()]).toEqual([
    "default-src",
    "script-src",
    "style-src",
    "img-src",
    "connect-src",
    "object-src",
    "base-uri",
    "form-action",
  ]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  expect(policy.get("form-action")).toEqual(["'none'"]);
  // The inline fallback that loads office-js/office.js where the CDN cannot be reached, by its hash.
  const scripts = inlineBlocks("script");
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toContain("document.write('<script src=\"office-js/office.js\"><\\/script>')");
  expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com", hash(scripts[0])]);
  // The page's frame styles, and the empty text of the <style> elements Griffel fills through the CSSOM.
  const styles = inlineBlocks("style");
  expect(styles).toHaveLength(1);
  expect(policy.get("style-src")).toEqual(["'self'", hash(styles[0]), hash("")]);
  for (const sources of policy.values()) {
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("*");
    expect(sources.filter((s) => /^https?:/.test(s) && s !== "https://appsforoffice.microsoft.com")).toEqual([]);
  }
});

test("the page has no inline event handler or javascript: URL a hash could not allow", () => {
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
});
