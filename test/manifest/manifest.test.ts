// Offline validation of manifest.xml (office-addin-manifest validate needs a web service): well-formed,
// schema order, shared runtime, custom functions, resource ids, URLs of built files, icons, texts.

import fs from "fs";
import nodePath from "path";
import { DICTIONARIES, type MessageKey } from "../../src/i18n";
import { distPath, readDist } from "../functions/dist";
import { allElements, childNamed, childrenNamed, parseXml, path, XmlError, type XmlElement } from "./xml";

const ROOT = nodePath.join(__dirname, "..", "..");
const SOURCE = fs.readFileSync(nodePath.join(ROOT, "manifest.xml"), "utf8");
const manifest = parseXml(SOURCE);
const DEV_URL = "https://localhost:3000/";

const versionOverrides = childNamed(manifest, "VersionOverrides");
const host = path(versionOverrides, "Hosts", "Host");
const resources = childNamed(versionOverrides, "Resources");

/** Every resource the manifest defines, by id: bt:Image, bt:Url and bt:String elements. */
const defined = new Map<string, XmlElement>();
for (const group of resources.children) {
  for (const item of group.children) {
    if (defined.has(item.attributes.id)) throw new Error(`resource id "${item.attributes.id}" is defined twice`);
    defined.set(item.attributes.id, item);
  }
}

function resource(resid: string): XmlElement {
  const element = defined.get(resid);
  if (!element) throw new Error(`resid "${resid}" is not defined in <Resources>`);
  return element;
}

function readPngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the XML reader refuses what is not well-formed", () => {
  test.each([
    ["<a><b></a></b>", /closes/],
    ["<a x=1/>", /malformed start tag/],
    ['<a x="1" x="2"/>', /repeated/],
    ["<a>AT&T</a>", /bare "&"/],
    ["<a/><b/>", /second root/],
    ["<a>", /never closed/],
    ["text<a/>", /outside the root/],
  ])("%s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe("manifest.xml", () => {
  test("is a TaskPaneApp whose elements come in the schema's order", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const names = manifest.children.map((c) => c.name);
    expect(names.every((n) => order.includes(n))).toBe(true);
    expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names);
    expect(childNamed(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test("its version is the package's (0.1.0 → 0.1.0.0)", () => {
    const { version } = JSON.parse(fs.readFileSync(nodePath.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(childNamed(manifest, "Version").text).toBe(`${version}.0`);
  });

  test("Excel only, ReadWriteDocument, the SharedRuntime 1.1 requirement, no foreign domains", () => {
    expect(childrenNamed(childNamed(manifest, "Hosts"), "Host").map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(childNamed(manifest, "Permissions").text).toBe("ReadWriteDocument");
    const sets = path(manifest, "Requirements", "Sets").children;
    expect(sets.map((s) => s.attributes)).toEqual([{ Name: "SharedRuntime", MinVersion: "1.1" }]);
    expect(childrenNamed(manifest, "AppDomains").flatMap((d) => d.children)).toEqual([]);
  });

  test("the shared runtime: <Runtimes> right after <Host>, lifetime long, the same page for functions, commands and task pane", () => {
    expect(host.attributes["xsi:type"]).toBe("Workbook");
    expect(host.children[0].name).toBe("Runtimes");
    const runtimes = childrenNamed(host.children[0], "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attributes.lifetime).toBe("long");
    const page = runtimes[0].attributes.resid;
    const customFunctions = path(host, "AllFormFactors", "ExtensionPoint");
    expect(path(customFunctions, "Page", "SourceLocation").attributes.resid).toBe(page);
    const desktop = childNamed(host, "DesktopFormFactor");
    expect(childNamed(desktop, "FunctionFile").attributes.resid).toBe(page);
    const button = allElements(desktop).find((e) => e.name === "Control") as XmlElement;
    expect(path(button, "Action").attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(path(button, "Action", "SourceLocation").attributes.resid).toBe(page);
    expect(resource(page).attributes.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  test("the CustomFunctions extension point: namespace BAGALAU, functions.js, functions.json with kk-KZ and ru-RU metadata", () => {
    const point = path(host, "AllFormFactors", "ExtensionPoint");
    expect(point.attributes["xsi:type"]).toBe("CustomFunctions");
    expect(point.children.map((c) => c.name)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(resource(childNamed(point, "Namespace").attributes.resid).attributes.DefaultValue).toBe("BAGALAU");
    expect(resource(path(point, "Script", "SourceLocation").attributes.resid).attributes.DefaultValue).toBe(`${DEV_URL}functions.js`);
    const metadata = resource(path(point, "Metadata", "SourceLocation").attributes.resid);
    expect(metadata.attributes.DefaultValue).toBe(`${DEV_URL}functions.json`);
    expect(metadata.children.map((o) => [o.attributes.Locale, o.attributes.Value])).toEqual([
      ["kk-KZ", `${DEV_URL}functions-kk.json`],
      ["ru-RU", `${DEV_URL}functions-ru.json`],
    ]);
  });

  test("a ribbon button on the Home tab that opens the task pane", () => {
    const commandSurface = childrenNamed(childNamed(host, "DesktopFormFactor"), "ExtensionPoint");
    expect(commandSurface.map((e) => e.attributes["xsi:type"])).toEqual(["PrimaryCommandSurface"]);
    const tab = childNamed(commandSurface[0], "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    const controls = allElements(tab).filter((e) => e.name === "Control");
    expect(controls.map((c) => c.attributes["xsi:type"])).toEqual(["Button"]);
  });

  test("every resid is defined, at most 32 characters, and every resource is used", () => {
    const referenced = new Set(
      allElements(manifest)
        .filter((e) => "resid" in e.attributes)
        .map((e) => e.attributes.resid),
    );
    for (const resid of referenced) {
      expect(resid.length).toBeLessThanOrEqual(32);
      resource(resid);
    }
    for (const id of defined.keys()) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(referenced.has(id)).toBe(true);
    }
  });

  test("every URL is https://localhost:3000/… and names a file the build produces in dist/", () => {
    const values = allElements(manifest).flatMap((e) => [
      e.text,
      ...Object.entries(e.attributes)
        .filter(([name]) => !name.startsWith("xmlns"))
        .map(([, v]) => v),
    ]);
    expect(values.filter((v) => /http:\/\//i.test(v))).toEqual([]);
    const urls = allElements(manifest).flatMap((e) =>
      Object.entries(e.attributes)
        .filter(([name, value]) => !name.startsWith("xmlns") && /^[a-z]+:\/\//i.test(value))
        .map(([, value]) => value),
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = new URL(url).pathname.slice(1);
      expect(fs.existsSync(distPath(file))).toBe(true);
    }
  });

  test("icons: 32 and 64 px for the add-in, 16/32/80 px ribbon images of the sizes they claim", () => {
    expect(readPngSize(distPath("assets/icon-32.png"))).toEqual({ width: 32, height: 32 });
    expect(childNamed(manifest, "IconUrl").attributes.DefaultValue).toBe(`${DEV_URL}assets/icon-32.png`);
    expect(childNamed(manifest, "HighResolutionIconUrl").attributes.DefaultValue).toBe(`${DEV_URL}assets/icon-64.png`);
    expect(readPngSize(distPath("assets/icon-64.png"))).toEqual({ width: 64, height: 64 });
    for (const image of allElements(host).filter((e) => e.name === "bt:Image")) {
      const size = Number(image.attributes.size);
      const file = new URL(resource(image.attributes.resid).attributes.DefaultValue).pathname.slice(1);
      expect(readPngSize(distPath(file))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80]) expect(readPngSize(distPath(`assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  test("name, description and ribbon texts in English with kk-KZ and ru-RU overrides, the same as src/i18n", () => {
    const expectTexts = (element: XmlElement, key: MessageKey, maxLength: number, value = "DefaultValue"): void => {
      expect(element.attributes[value]).toBe(DICTIONARIES.en[key]);
      expect(element.children.map((o) => [o.attributes.Locale, o.attributes.Value])).toEqual([
        ["kk-KZ", DICTIONARIES.kk[key]],
        ["ru-RU", DICTIONARIES.ru[key]],
      ]);
      for (const text of [element.attributes[value], ...element.children.map((o) => o.attributes.Value)])
        expect(text.length).toBeLessThanOrEqual(maxLength);
    };
    expect(childNamed(manifest, "DefaultLocale").text).toBe("en-US");
    expectTexts(childNamed(manifest, "DisplayName"), "addin.name", 125);
    expectTexts(childNamed(manifest, "Description"), "addin.description", 250);
    const strings: Record<string, MessageKey> = {
      "GetStarted.Title": "addin.getStarted.title",
      "CommandsGroup.Label": "addin.ribbon.group",
      "TaskpaneButton.Label": "addin.ribbon.button",
      "GetStarted.Description": "addin.getStarted.description",
      "TaskpaneButton.Tooltip": "addin.ribbon.tooltip",
    };
    for (const [id, key] of Object.entries(strings)) {
      const long = childNamed(resources, "bt:LongStrings").children.includes(resource(id));
      expectTexts(resource(id), key, long ? 250 : 125);
    }
  });

  test("dist/manifest.xml is the manifest, unchanged in a development build", () => {
    expect(readDist("manifest.xml")).toBe(SOURCE);
  });
});
