// The 2019 System's evaluated bodies: App. 2 of decree No. 136 (the central state bodies whose
// effectiveness is evaluated, with the blocks each is evaluated in) and the local executive bodies.
//
// Source: /work/shared/seeds/001_e341f75f4240f484.txt. What the seed says and what we assumed:
// - Blocks: the operational evaluation has three blocks (Sys. §18: achievement of goals; interaction with
//   individuals and legal entities; organizational development); the evaluation of effectiveness also
//   includes the performance evaluation (нәтижелілікті бағалау, Sys. §4, §63), which App. 2 names beside
//   the blocks for some bodies, so it is listed here as a fourth, non-operational "block".
// - A body listed in App. 2 without a qualification is assumed to be evaluated in all three blocks and in
//   the performance evaluation. A qualification "… блогы бойынша" ("in the … block") is read as "only in
//   that block" (and the performance evaluation only where it is named with it); "… қоспағанда"
//   ("except …") removes only what it names. The qualification itself is kept in `note`.
// - The Ministry of Finance is evaluated "except its law-enforcement service": all blocks, with the note.
// - The seed does not list the local executive bodies; Sys. §1 and the decree's title name the oblasts,
//   the cities of republican significance and the capital. Listed here: the 14 oblasts, Almaty and
//   Shymkent, and the capital Nur-Sultan, as they were on 26.08.2019 (Abai, Jetisu and Ulytau oblasts came
//   in 2022, when Nur-Sultan became Astana again). They are assumed to be evaluated in all blocks.
// - `methodologyKey` links a body to its App. 2 entry of the methodology (src/data/central-bodies.ts)
//   only where it is the same institution under the same name; successors with a changed remit (e.g. the
//   Ministry of Industry and Infrastructural Development after the Ministry of Industry and New
//   Technologies) are not linked, since their spheres differ.

import type { LocalizedName } from "./central-bodies";

export type EvaluationBlock = "goals" | "interaction" | "organizationalDevelopment" | "performanceEvaluation";

export interface EvaluationBlockInfo {
  key: EvaluationBlock;
  /** True for the three blocks of the operational evaluation (Sys. §18); false for the performance evaluation. */
  operational: boolean;
  name: LocalizedName;
}

export const EVALUATION_BLOCKS: readonly EvaluationBlockInfo[] = [
  {
    key: "goals",
    operational: true,
    name: { kk: "Мақсаттарға қол жеткізу", ru: "Достижение целей", en: "Achievement of goals" },
  },
  {
    key: "interaction",
    operational: true,
    name: {
      kk: "Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы",
      ru: "Взаимодействие государственного органа с физическими и юридическими лицами",
      en: "Interaction of the state body with individuals and legal entities",
    },
  },
  {
    key: "organizationalDevelopment",
    operational: true,
    name: {
      kk: "Мемлекеттік органның ұйымдастырушылық дамуы",
      ru: "Организационное развитие государственного органа",
      en: "Organizational development of the state body",
    },
  },
  {
    key: "performanceEvaluation",
    operational: false,
    name: {
      kk: "Нәтижелілікті бағалау",
      ru: "Оценка результативности",
      en: "Performance evaluation",
    },
  },
];

type EvaluatedBodyKind = "central" | "local";
export type LocalBodyLevel = "oblast" | "cityOfRepublicanSignificance" | "capital";

export interface EvaluatedBody {
  /** Stable camelCase English identifier; the same as the App. 2 key where `methodologyKey` is set. */
  key: string;
  name: LocalizedName;
  kind: EvaluatedBodyKind;
  /** For a local body: an oblast, a city of republican significance or the capital. */
  level?: LocalBodyLevel;
  blocks: readonly EvaluationBlock[];
  /** The key of the same institution in the methodology's App. 2, when there is one. */
  methodologyKey?: string;
  /** The qualification App. 2 of the decree attaches to the body, or a remark on its name. */
  note?: LocalizedName;
}

const ALL_BLOCKS: readonly EvaluationBlock[] = ["goals", "interaction", "organizationalDevelopment", "performanceEvaluation"];

const CENTRAL: readonly EvaluatedBody[] = [
  {
    key: "prosecutorGeneralsOffice",
    name: {
      kk: "Қазақстан Республикасының Бас прокуратурасы",
      ru: "Генеральная прокуратура Республики Казахстан",
      en: "Prosecutor General's Office of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ["interaction", "performanceEvaluation"],
    note: {
      kk: "«Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы» блогы және нәтижелілікті бағалау бойынша",
      ru: "По блоку «Взаимодействие государственного органа с физическими и юридическими лицами» и оценке результативности",
      en: "In the “Interaction of the state body with individuals and legal entities” block and the performance evaluation",
    },
  },
  {
    key: "civilServiceAffairsAgency",
    name: {
      kk: "Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі",
      ru: "Агентство Республики Казахстан по делам государственной службы",
      en: "Agency of the Republic of Kazakhstan for Civil Service Affairs",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "civilServiceAffairsAgency",
  },
  {
    key: "nationalBank",
    name: {
      kk: "Қазақстан Республикасының Ұлттық Банкі",
      ru: "Национальный Банк Республики Казахстан",
      en: "National Bank of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ["goals", "interaction", "performanceEvaluation"],
    methodologyKey: "nationalBank",
    note: {
      kk: "«Мемлекеттік органдардың ұйымдастырушылық дамуы» блогын қоспағанда",
      ru: "За исключением блока «Организационное развитие государственных органов»",
      en: "Except the “Organizational development of state bodies” block",
    },
  },
  {
    key: "ministryOfInformationAndSocialDevelopment",
    name: {
      kk: "Қазақстан Республикасының Ақпарат және қоғамдық даму министрлігі",
      ru: "Министерство информации и общественного развития Республики Казахстан",
      en: "Ministry of Information and Social Development of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "ministryOfAgriculture",
    name: {
      kk: "Қазақстан Республикасының Ауыл шаруашылығы министрлігі",
      ru: "Министерство сельского хозяйства Республики Казахстан",
      en: "Ministry of Agriculture of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "ministryOfAgriculture",
  },
  {
    key: "ministryOfJustice",
    name: {
      kk: "Қазақстан Республикасының Әділет министрлігі",
      ru: "Министерство юстиции Республики Казахстан",
      en: "Ministry of Justice of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "ministryOfJustice",
  },
  {
    key: "ministryOfEducationAndScience",
    name: {
      kk: "Қазақстан Республикасының Білім және ғылым министрлігі",
      ru: "Министерство образования и науки Республики Казахстан",
      en: "Ministry of Education and Science of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "ministryOfEducationAndScience",
  },
  {
    key: "ministryOfHealth",
    name: {
      kk: "Қазақстан Республикасының Денсаулық сақтау министрлігі",
      ru: "Министерство здравоохранения Республики Казахстан",
      en: "Ministry of Health of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "ministryOfHealth",
  },
  {
    key: "ministryOfLabourAndSocialProtection",
    name: {
      kk: "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі",
      ru: "Министерство труда и социальной защиты населения Республики Казахстан",
      en: "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "ministryOfLabourAndSocialProtection",
  },
  {
    key: "ministryOfIndustryAndInfrastructuralDevelopment",
    name: {
      kk: "Қазақстан Республикасы Индустрия және инфрақұрылымдық даму министрлігі",
      ru: "Министерство индустрии и инфраструктурного развития Республики Казахстан",
      en: "Ministry of Industry and Infrastructural Development of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "ministryOfFinance",
    name: {
      kk: "Қазақстан Республикасының Қаржы министрлігі",
      ru: "Министерство финансов Республики Казахстан",
      en: "Ministry of Finance of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "ministryOfFinance",
    note: {
      kk: "Құқық қорғау қызметін қоспағанда",
      ru: "За исключением правоохранительной службы",
      en: "Except its law-enforcement service",
    },
  },
  {
    key: "ministryOfDefence",
    name: {
      kk: "Қазақстан Республикасының Қорғаныс министрлігі",
      ru: "Министерство обороны Республики Казахстан",
      en: "Ministry of Defence of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ["interaction"],
    note: {
      kk: "«Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы» блогы бойынша",
      ru: "По блоку «Взаимодействие государственного органа с физическими и юридическими лицами»",
      en: "In the “Interaction of the state body with individuals and legal entities” block",
    },
  },
  {
    key: "ministryOfCultureAndSports",
    name: {
      kk: "Қазақстан Республикасының Мәдениет және спорт министрлігі",
      ru: "Министерство культуры и спорта Республики Казахстан",
      en: "Ministry of Culture and Sports of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "ministryOfTradeAndIntegration",
    name: {
      kk: "Қазақстан Республикасының Сауда және интеграция министрлігі",
      ru: "Министерство торговли и интеграции Республики Казахстан",
      en: "Ministry of Trade and Integration of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "ministryOfForeignAffairs",
    name: {
      kk: "Қазақстан Республикасының Сыртқы істер министрлігі",
      ru: "Министерство иностранных дел Республики Казахстан",
      en: "Ministry of Foreign Affairs of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
    methodologyKey: "ministryOfForeignAffairs",
  },
  {
    key: "ministryOfNationalEconomy",
    name: {
      kk: "Қазақстан Республикасының Ұлттық экономика министрлігі",
      ru: "Министерство национальной экономики Республики Казахстан",
      en: "Ministry of National Economy of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "ministryOfDigitalDevelopmentInnovationAndAerospaceIndustry",
    name: {
      kk: "Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі",
      ru: "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
      en: "Ministry of Digital Development, Innovation and Aerospace Industry of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "ministryOfInternalAffairs",
    name: {
      kk: "Қазақстан Республикасының Ішкі істер министрлігі",
      ru: "Министерство внутренних дел Республики Казахстан",
      en: "Ministry of Internal Affairs of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ["interaction", "performanceEvaluation"],
    note: {
      kk: "«Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы» блогы және нәтижелілікті бағалау бойынша",
      ru: "По блоку «Взаимодействие государственного органа с физическими и юридическими лицами» и оценке результативности",
      en: "In the “Interaction of the state body with individuals and legal entities” block and the performance evaluation",
    },
  },
  {
    key: "ministryOfEcologyGeologyAndNaturalResources",
    name: {
      kk: "Қазақстан Республикасының Экология, геология және табиғи ресурстар министрлігі",
      ru: "Министерство экологии, геологии и природных ресурсов Республики Казахстан",
      en: "Ministry of Ecology, Geology and Natural Resources of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "ministryOfEnergy",
    name: {
      kk: "Қазақстан Республикасының Энергетика министрлігі",
      ru: "Министерство энергетики Республики Казахстан",
      en: "Ministry of Energy of the Republic of Kazakhstan",
    },
    kind: "central",
    blocks: ALL_BLOCKS,
  },
  {
    key: "supremeCourtCourtsSupportDepartment",
    name: {
      kk: "Қазақстан Республикасы Жоғарғы Сотының жанындағы Соттардың қызметін қамтамасыз ету департаменті (Қазақстан Республикасы Жоғарғы Сотының аппараты)",
      ru: "Департамент по обеспечению деятельности судов при Верховном Суде Республики Казахстан (аппарат Верховного Суда Республики Казахстан)",
      en: "Department for Supporting the Activities of the Courts under the Supreme Court of the Republic of Kazakhstan (Office of the Supreme Court of the Republic of Kazakhstan)",
    },
    kind: "central",
    blocks: ["interaction"],
    note: {
      kk: "«Мемлекеттік органның жеке және заңды тұлғалармен өзара іс-қимылы» блогы бойынша өзінің қызметіне қатысты көрсеткіштер бойынша бағаланады",
      ru: "Оценивается по блоку «Взаимодействие государственного органа с физическими и юридическими лицами» по показателям, относящимся к его собственной деятельности",
      en: "Evaluated in the “Interaction of the state body with individuals and legal entities” block on the indicators that concern its own activities",
    },
  },
];

function oblast(key: string, kk: string, ru: string, en: string): EvaluatedBody {
  return { key, name: { kk, ru, en }, kind: "local", level: "oblast", blocks: ALL_BLOCKS };
}

// Not in the seed: the oblasts, cities of republican significance and the capital as of 26.08.2019, in
// the usual official order (oblasts by their Russian names, then the capital and the two cities).
const LOCAL: readonly EvaluatedBody[] = [
  oblast("akmolaOblast", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
  oblast("aktobeOblast", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
  oblast("almatyOblast", "Алматы облысы", "Алматинская область", "Almaty Region"),
  oblast("atyrauOblast", "Атырау облысы", "Атырауская область", "Atyrau Region"),
  oblast("eastKazakhstanOblast", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
  oblast("zhambylOblast", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
  oblast("westKazakhstanOblast", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
  oblast("karagandaOblast", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
  oblast("kostanayOblast", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
  oblast("kyzylordaOblast", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
  oblast("mangystauOblast", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
  oblast("pavlodarOblast", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
  oblast("northKazakhstanOblast", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
  oblast("turkistanOblast", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
  {
    key: "nurSultan",
    name: { kk: "Нұр-Сұлтан қаласы", ru: "город Нур-Султан", en: "City of Nur-Sultan" },
    kind: "local",
    level: "capital",
    blocks: ALL_BLOCKS,
    note: {
      kk: "Астана — 2019 жылғы 23 наурызға дейін және 2022 жылғы 17 қыркүйектен бастап",
      ru: "Астана — до 23 марта 2019 года и с 17 сентября 2022 года",
      en: "Astana until 23 March 2019 and again from 17 September 2022",
    },
  },
  {
    key: "almatyCity",
    name: { kk: "Алматы қаласы", ru: "город Алматы", en: "City of Almaty" },
    kind: "local",
    level: "cityOfRepublicanSignificance",
    blocks: ALL_BLOCKS,
  },
  {
    key: "shymkentCity",
    name: { kk: "Шымкент қаласы", ru: "город Шымкент", en: "City of Shymkent" },
    kind: "local",
    level: "cityOfRepublicanSignificance",
    blocks: ALL_BLOCKS,
  },
];

/** The central bodies of App. 2 of decree No. 136 in its order, then the local executive bodies. */
export const EVALUATED_BODIES: readonly EvaluatedBody[] = [...CENTRAL, ...LOCAL];

export function evaluatedBody(key: string): EvaluatedBody | undefined {
  return EVALUATED_BODIES.find((body) => body.key === key);
}

export function evaluationBlock(key: EvaluationBlock): EvaluationBlockInfo {
  const info = EVALUATION_BLOCKS.find((block) => block.key === key);
  if (!info) throw new Error(`Unknown evaluation block: ${key}`);
  return info;
}

/** Whether the body is evaluated in the "achievement of goals" block (scored by this methodology); false for an unknown key. */
export function isEvaluatedInGoalsBlock(key: string): boolean {
  return evaluatedBody(key)?.blocks.includes("goals") ?? false;
}
