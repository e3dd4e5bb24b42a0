// Tests of the reference lists in src/data: App. 2 and App. 3 of the methodology and the 2019 list of
// evaluated bodies. Expected counts were read off the seeds by hand (see the comments at each figure).

import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import {
  CENTRAL_BODIES,
  EVALUATED_BODIES,
  EVALUATION_BLOCKS,
  LOCAL_SPHERES,
  PERFORMANCE_INDICATORS,
  centralBody,
  evaluatedBody,
  evaluationBlock,
  isEvaluatedInGoalsBlock,
  localSphere,
  sphereOrDirection,
  type LocalizedName,
  type Sphere,
} from "../../src/data";
import { SHARED_DIR, requiredFile } from "../support/required-tool";

/** The methodology's text, in the project's shared specs beside the repository (../shared/seeds). */
const METHODOLOGY_SEED = requiredFile(
  path.join(SHARED_DIR, "seeds", "000_fe0966b36eba2e6a.txt"),
  "The methodology seed",
  "check out the project's shared specs beside the repository, as ../shared",
);

function allNames(): { where: string; name: LocalizedName }[] {
  const names: { where: string; name: LocalizedName }[] = [];
  const addSpheres = (where: string, spheres: readonly Sphere[]) => {
    for (const sphere of spheres) {
      names.push({ where: `${where} ${sphere.code}`, name: sphere.name });
      for (const direction of sphere.directions) names.push({ where: `${where} ${direction.code}`, name: direction.name });
    }
  };
  for (const body of CENTRAL_BODIES) {
    names.push({ where: body.key, name: body.name });
    addSpheres(body.key, body.spheres);
  }
  addSpheres("local", LOCAL_SPHERES);
  for (const body of EVALUATED_BODIES) {
    names.push({ where: `evaluated ${body.key}`, name: body.name });
    if (body.note) names.push({ where: `evaluated ${body.key} note`, name: body.note });
  }
  for (const block of EVALUATION_BLOCKS) names.push({ where: `block ${block.key}`, name: block.name });
  return names;
}

function directionCounts(spheres: readonly Sphere[]): number[] {
  return spheres.map((sphere) => sphere.directions.length);
}

function expectWellNumbered(spheres: readonly Sphere[]): void {
  // Spheres are numbered 1, 2, …, n; the directions of sphere s are s.1, s.2, …
  spheres.forEach((sphere, i) => {
    expect(sphere.code).toBe(String(i + 1));
    sphere.directions.forEach((direction, j) => {
      expect(direction.code.startsWith(`${sphere.code}.`)).toBe(true);
      expect(direction.code).toBe(`${sphere.code}.${j + 1}`);
    });
  });
}

describe("App. 2: central bodies, spheres and directions", () => {
  test("24 bodies, in the seed's order", () => {
    // Headings between "2-қосымша" and "3-қосымша": Finance … Religious Affairs.
    expect(CENTRAL_BODIES).toHaveLength(24);
    expect(CENTRAL_BODIES[0].key).toBe("ministryOfFinance");
    expect(CENTRAL_BODIES[23].key).toBe("religiousAffairsAgency");
  });

  test("sphere count of every body, and the totals", () => {
    // Counted in the seed, body by body.
    const expected = [10, 1, 4, 1, 3, 2, 14, 3, 1, 3, 4, 3, 6, 3, 4, 1, 1, 11, 2, 5, 2, 8, 5, 1];
    expect(CENTRAL_BODIES.map((body) => body.spheres.length)).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(98);
    // Directions: statistics 3, justice 7, foreign affairs 4, transport 6, environment 4, agriculture 5+4,
    // national bank 4, construction 6, education 4, natural monopolies 5, competition 5,
    // industry 4+7+3+3+4, civil service 4, health 3+3, religion 3.
    const directions = 3 + 7 + 4 + 6 + 4 + (5 + 4) + 4 + 6 + 4 + 5 + 5 + (4 + 7 + 3 + 3 + 4) + 4 + (3 + 3) + 3;
    expect(directions).toBe(91);
    const total = CENTRAL_BODIES.reduce((sum, body) => sum + body.spheres.reduce((s, sp) => s + sp.directions.length, 0), 0);
    expect(total).toBe(directions);
  });

  test("Ministry of Health: 5 spheres, directions 1.1–1.3 and 5.1–5.3", () => {
    const health = centralBody("ministryOfHealth");
    expect(health).toBeDefined();
    expect(health!.name.ru).toBe("Министерство здравоохранения Республики Казахстан");
    expect(health!.name.en).toBe("Ministry of Health of the Republic of Kazakhstan");
    expect(health!.name.kk).toBe("Қазақстан Республикасы Денсаулық сақтау министрлігі");
    expect(health!.spheres).toHaveLength(5);
    expect(directionCounts(health!.spheres)).toEqual([3, 0, 0, 0, 3]);
    expect(health!.spheres.flatMap((s) => s.directions.map((d) => d.code))).toEqual(["1.1", "1.2", "1.3", "5.1", "5.2", "5.3"]);
    expect(health!.spheres[4].directions[1].name.kk).toBe("Медициналық ғылымды дамыту");
  });

  test("a few more bodies as counted in the seed", () => {
    expect(directionCounts(centralBody("ministryOfFinance")!.spheres)).toEqual(new Array(10).fill(0));
    expect(directionCounts(centralBody("ministryOfJustice")!.spheres)).toEqual([7]);
    expect(directionCounts(centralBody("ministryOfIndustryAndNewTechnologies")!.spheres)).toEqual([0, 4, 7, 3, 3, 0, 0, 4, 0, 0, 0]);
    expect(directionCounts(centralBody("ministryOfAgriculture")!.spheres)).toEqual([5, 4, 0]);
    expect(directionCounts(centralBody("nationalBank")!.spheres)).toEqual([0, 0, 0, 0, 4, 0]);
    expect(directionCounts(centralBody("constructionAndHousingAgency")!.spheres)).toEqual([0, 0, 6]);
    expect(centralBody("ministryOfEconomicDevelopmentAndTrade")!.spheres).toHaveLength(14);
  });

  test("keys are unique camelCase; codes are unique and well numbered within each body", () => {
    const keys = CENTRAL_BODIES.map((body) => body.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][A-Za-z]*$/);
    for (const body of CENTRAL_BODIES) {
      const codes = body.spheres.flatMap((s) => [s.code, ...s.directions.map((d) => d.code)]);
      expect(new Set(codes).size).toBe(codes.length);
      expectWellNumbered(body.spheres);
    }
  });

  test("cleaning of PDF artefacts: joined hyphens, Cyrillic і, no trailing colon", () => {
    expect(centralBody("ministryOfEconomicDevelopmentAndTrade")!.spheres[3].name.kk).toBe(
      "Мемлекеттік инвестициялық саясат және мемлекеттік-жеке меншік әріптестікті дамыту",
    );
    expect(centralBody("constructionAndHousingAgency")!.spheres[2].name.kk).toBe("Тұрғын үй-коммуналдық шаруашылық");
    expect(centralBody("ministryOfCultureAndInformation")!.name.kk).toBe("Қазақстан Республикасы Мәдениет және ақпарат министрлігі");
    expect(centralBody("statisticsAgency")!.spheres[0].name.kk).toBe("Статистикалық қызмет");
  });

  test("centralBody and sphereOrDirection look-ups", () => {
    expect(centralBody("noSuchBody")).toBeUndefined();
    const agriculture = centralBody("ministryOfAgriculture")!;
    expect(sphereOrDirection(agriculture.spheres, "2.2")?.name.en).toBe("Forestry");
    expect(sphereOrDirection(agriculture.spheres, "3")?.code).toBe("3");
    expect(sphereOrDirection(agriculture.spheres, "2.9")).toBeUndefined();
  });

  test("property: every sphere and direction code of every body is found by sphereOrDirection", () => {
    const pairs = CENTRAL_BODIES.flatMap((body) =>
      body.spheres.flatMap((s) => [s.code, ...s.directions.map((d) => d.code)].map((code) => ({ body, code }))),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ({ body, code }) => {
        expect(sphereOrDirection(body.spheres, code)?.code).toBe(code);
      }),
    );
  });
});

describe("App. 3: local executive bodies' spheres", () => {
  test("6 spheres with 4, 7, 4, 0, 0, 0 directions", () => {
    expect(LOCAL_SPHERES).toHaveLength(6);
    expect(directionCounts(LOCAL_SPHERES)).toEqual([4, 7, 4, 0, 0, 0]);
    expectWellNumbered(LOCAL_SPHERES);
    expect(localSphere("2")?.directions[6].name.kk).toBe("Қоғамдық қауіпсіздік пен тәртіп");
    expect(localSphere("1")?.name.kk).toBe("Экономика");
    expect(localSphere("7")).toBeUndefined();
  });
});

describe("names in every language", () => {
  const names = allNames();

  test("no empty name, no doubled space, no line break, no outer whitespace", () => {
    for (const { where, name } of names) {
      for (const lang of ["kk", "ru", "en"] as const) {
        const text = name[lang];
        const label = `${where} ${lang}: ${JSON.stringify(text)}`;
        expect([label, text.trim().length > 0]).toEqual([label, true]);
        expect([label, /\s{2}|[\r\n\t]/.test(text)]).toEqual([label, false]);
        expect([label, text]).toEqual([label, text.trim()]);
        expect([label, / -\S/.test(text)]).toEqual([label, false]);
      }
    }
  });

  test("Kazakh and Russian names have no Latin letters (no mixed-script artefacts)", () => {
    for (const { where, name } of names) {
      expect([where, /[A-Za-z]/.test(name.kk)]).toEqual([where, false]);
      expect([where, /[A-Za-z]/.test(name.ru)]).toEqual([where, false]);
    }
  });

  METHODOLOGY_SEED.test("every Kazakh name of App. 2 and 3 is the seed's text (ignoring spacing)", () => {
    const seed = fs.readFileSync(METHODOLOGY_SEED.path, "utf8");
    const squash = (s: string) => s.replace(/\s+/g, "").replace(/(?<=[\u0400-\u04FF])i|i(?=[\u0400-\u04FF])/g, "і");
    const app2 = squash(seed.slice(seed.indexOf("2-қосымша   "), seed.indexOf("3-қосымша   ")));
    const app3 = squash(seed.slice(seed.indexOf("3-қосымша   "), seed.indexOf("4-қосымша   ")));
    expect(app2.length).toBeGreaterThan(1000);
    expect(app3.length).toBeGreaterThan(100);
    for (const body of CENTRAL_BODIES) {
      expect([body.key, app2.includes(squash(body.name.kk))]).toEqual([body.key, true]);
      for (const sphere of body.spheres) {
        for (const item of [sphere, ...sphere.directions]) {
          expect([body.key, item.code, app2.includes(squash(item.name.kk))]).toEqual([body.key, item.code, true]);
        }
      }
    }
    for (const sphere of LOCAL_SPHERES) {
      for (const item of [sphere, ...sphere.directions]) {
        expect([item.code, app3.includes(squash(item.name.kk))]).toEqual([item.code, true]);
      }
    }
  });
});

describe("2019 System: evaluated bodies and blocks", () => {
  const central = EVALUATED_BODIES.filter((body) => body.kind === "central");
  const local = EVALUATED_BODIES.filter((body) => body.kind === "local");

  test("21 central bodies in App. 2 of the decree; 14 oblasts, 2 cities and the capital", () => {
    // App. 2 of decree No. 136 lists 21 bodies: the Prosecutor General's Office … the Supreme Court's department.
    expect(central).toHaveLength(21);
    expect(central[0].key).toBe("prosecutorGeneralsOffice");
    expect(central[20].key).toBe("supremeCourtCourtsSupportDepartment");
    expect(local.filter((body) => body.level === "oblast")).toHaveLength(14);
    expect(local.filter((body) => body.level === "cityOfRepublicanSignificance").map((b) => b.key)).toEqual(["almatyCity", "shymkentCity"]);
    expect(local.filter((body) => body.level === "capital").map((b) => b.key)).toEqual(["nurSultan"]);
    expect(local).toHaveLength(14 + 2 + 1);
    for (const body of central) expect(body.level).toBeUndefined();
  });

  test("block keys: the three operational blocks of Sys. §18 and the performance evaluation", () => {
    expect(EVALUATION_BLOCKS.map((b) => b.key)).toEqual(["goals", "interaction", "organizationalDevelopment", "performanceEvaluation"]);
    expect(EVALUATION_BLOCKS.filter((b) => b.operational)).toHaveLength(3);
    expect(evaluationBlock("interaction").name.kk).toBe("Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы");
  });

  test("blocks of the qualified bodies", () => {
    expect(evaluatedBody("prosecutorGeneralsOffice")!.blocks).toEqual(["interaction", "performanceEvaluation"]);
    expect(evaluatedBody("ministryOfInternalAffairs")!.blocks).toEqual(["interaction", "performanceEvaluation"]);
    expect(evaluatedBody("ministryOfDefence")!.blocks).toEqual(["interaction"]);
    expect(evaluatedBody("supremeCourtCourtsSupportDepartment")!.blocks).toEqual(["interaction"]);
    expect(evaluatedBody("nationalBank")!.blocks).not.toContain("organizationalDevelopment");
    expect(evaluatedBody("nationalBank")!.blocks).toContain("goals");
    expect(evaluatedBody("ministryOfHealth")!.blocks).toEqual([
      "goals",
      "interaction",
      "organizationalDevelopment",
      "performanceEvaluation",
    ]);
    expect(evaluatedBody("ministryOfFinance")!.note?.en).toBe("Except its law-enforcement service");
  });

  test("goals block: not the Prosecutor General's Office, Defence, Internal Affairs or the courts' department", () => {
    expect(isEvaluatedInGoalsBlock("prosecutorGeneralsOffice")).toBe(false);
    expect(isEvaluatedInGoalsBlock("ministryOfDefence")).toBe(false);
    expect(isEvaluatedInGoalsBlock("ministryOfInternalAffairs")).toBe(false);
    expect(isEvaluatedInGoalsBlock("supremeCourtCourtsSupportDepartment")).toBe(false);
    expect(isEvaluatedInGoalsBlock("ministryOfHealth")).toBe(true);
    expect(isEvaluatedInGoalsBlock("nationalBank")).toBe(true);
    expect(isEvaluatedInGoalsBlock("karagandaOblast")).toBe(true);
    expect(isEvaluatedInGoalsBlock("noSuchBody")).toBe(false);
    // 21 central bodies, 4 of them outside the goals block; every local body inside it.
    expect(EVALUATED_BODIES.filter((b) => isEvaluatedInGoalsBlock(b.key))).toHaveLength(21 - 4 + 17);
  });

  test("keys unique; blocks known and not repeated; a restricted body says why", () => {
    const keys = EVALUATED_BODIES.map((body) => body.key);
    expect(new Set(keys).size).toBe(keys.length);
    const known = new Set(EVALUATION_BLOCKS.map((b) => b.key));
    for (const body of EVALUATED_BODIES) {
      expect(body.blocks.length).toBeGreaterThan(0);
      expect(new Set(body.blocks).size).toBe(body.blocks.length);
      for (const block of body.blocks) expect(known.has(block)).toBe(true);
      if (body.blocks.length < EVALUATION_BLOCKS.length) expect([body.key, body.note !== undefined]).toEqual([body.key, true]);
    }
  });

  test("methodologyKey points at the same institution in App. 2", () => {
    const linked = EVALUATED_BODIES.filter((body) => body.methodologyKey !== undefined);
    // Same name in both lists: civil service agency, national bank, agriculture, justice, education and
    // science, health, labour and social protection, finance, foreign affairs.
    expect(linked.map((b) => b.key).sort()).toEqual(
      [
        "civilServiceAffairsAgency",
        "nationalBank",
        "ministryOfAgriculture",
        "ministryOfJustice",
        "ministryOfEducationAndScience",
        "ministryOfHealth",
        "ministryOfLabourAndSocialProtection",
        "ministryOfFinance",
        "ministryOfForeignAffairs",
      ].sort(),
    );
    for (const body of linked) {
      const app2 = centralBody(body.methodologyKey!);
      expect(app2).toBeDefined();
      expect(body.name.ru).toBe(app2!.name.ru);
    }
    expect(evaluatedBody("ministryOfHealth")!.methodologyKey).toBe("ministryOfHealth");
    expect(evaluatedBody("prosecutorGeneralsOffice")!.methodologyKey).toBeUndefined();
  });

  test("the data index re-exports App. 4 too", () => {
    expect(PERFORMANCE_INDICATORS).toHaveLength(6);
  });
});
