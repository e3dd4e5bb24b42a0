// App. 2 of the methodology: the central state bodies and, for each, its spheres of activity (сала) and
// their directions (бағыт), in the seed's order, named in Kazakhstan's three working languages.
//
// Source: /work/shared/seeds/000_fe0966b36eba2e6a.txt, from "2-қосымша" to "3-қосымша" (the edition of
// 29.12.2012, so the bodies are those of 2012, not today's). The Kazakh text is the seed's, cleaned only of
// PDF-extraction artefacts: line breaks and doubled spaces, a space before a joining hyphen
// ("мемлекеттік -жеке" → "мемлекеттік-жеке"), a missing space before "(", a Latin "i" inside Kazakh
// words, and the trailing ":" or "." that the table put after some names. Wording and spelling are
// otherwise kept, even where the seed has a typo (marked "sic" below). Russian and English are our
// translations in official style; where the Kazakh is garbled they give the sense it names.

export interface LocalizedName {
  kk: string;
  ru: string;
  en: string;
}

/** A direction (бағыт) of a sphere; its code is the sphere's code, a dot and its number ("5.2"). */
export interface Direction {
  code: string;
  name: LocalizedName;
}

/** A sphere of activity (сала); code "1", "2", …; directions may be empty. */
export interface Sphere {
  code: string;
  name: LocalizedName;
  directions: readonly Direction[];
}

export interface CentralBody {
  /** Stable camelCase English identifier. */
  key: string;
  name: LocalizedName;
  spheres: readonly Sphere[];
}

export const CENTRAL_BODIES: readonly CentralBody[] = [
  {
    key: "ministryOfFinance",
    name: {
      kk: "Қазақстан Республикасы Қаржы министрлігі",
      ru: "Министерство финансов Республики Казахстан",
      en: "Ministry of Finance of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Салық салу", ru: "Налогообложение", en: "Taxation" },
        directions: [],
      },
      {
        code: "2",
        name: { kk: "Кеден ісі", ru: "Таможенное дело", en: "Customs affairs" },
        directions: [],
      },
      {
        code: "3",
        name: { kk: "Бюджеттік жоспарлау", ru: "Бюджетное планирование", en: "Budget planning" },
        directions: [],
      },
      {
        code: "4",
        name: {
          kk: "Бюджеттің атқарылуы және мемлекеттік сатып алулар",
          ru: "Исполнение бюджета и государственные закупки",
          en: "Budget execution and public procurement",
        },
        directions: [],
      },
      {
        code: "5",
        name: { kk: "Бюджеттік кредиттеу", ru: "Бюджетное кредитование", en: "Budget lending" },
        directions: [],
      },
      {
        code: "6",
        name: {
          kk: "Республикалық мемлекеттік меншікке иелік ету және меншіктің мемлекеттік мониторингін жүргізу",
          ru: "Распоряжение республиканской государственной собственностью и ведение государственного мониторинга собственности",
          en: "Disposal of republican state property and state monitoring of property",
        },
        directions: [],
      },
      {
        code: "7",
        name: {
          kk: "Мемлекеттік және мемлекет кепілдік беретін қарыз алу, үкіметтік және мемлекеттік кепілдік беретін борышты және мемлекет алдындағы борышты басқару",
          ru: "Государственные и гарантированные государством заимствования, управление правительственным и гарантированным государством долгом и долгом перед государством",
          en: "State and state-guaranteed borrowing; management of government and state-guaranteed debt and of debt owed to the state",
        },
        directions: [],
      },
      {
        code: "8",
        name: {
          kk: "Банкроттық рәсімдердің жүргізілуін бақылау",
          ru: "Контроль за проведением процедур банкротства",
          en: "Oversight of bankruptcy proceedings",
        },
        directions: [],
      },
      {
        code: "9",
        name: {
          kk: "Бухгалтерлік есеп, қаржылық есептілік пен аудиторлық қызмет",
          ru: "Бухгалтерский учет, финансовая отчетность и аудиторская деятельность",
          en: "Accounting, financial reporting and auditing",
        },
        directions: [],
      },
      {
        code: "10",
        name: { kk: "Қаржы мониторингі", ru: "Финансовый мониторинг", en: "Financial monitoring" },
        directions: [],
      },
    ],
  },
  {
    key: "statisticsAgency",
    name: {
      kk: "Қазақстан Республикасы Статистика агенттігі",
      ru: "Агентство Республики Казахстан по статистике",
      en: "Agency of the Republic of Kazakhstan on Statistics",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Статистикалық қызмет", ru: "Статистическая деятельность", en: "Statistical activity" },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Статистикалық әдіснама мен статистикалық құралдарды қалыптастыру",
              ru: "Формирование статистической методологии и статистического инструментария",
              en: "Development of statistical methodology and statistical tools",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Ресми статистикалық ақпаратта қоғамның, мемлекеттің және халықаралық қоғамдастықтың қажеттілігін қанағаттандыру",
              ru: "Удовлетворение потребностей общества, государства и международного сообщества в официальной статистической информации",
              en: "Meeting the needs of society, the state and the international community for official statistical information",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Мемлекеттік статистикалық қызметті салааралық үйлестіру",
              ru: "Межотраслевая координация государственной статистической деятельности",
              en: "Cross-sector coordination of state statistical activity",
            },
          },
        ],
      },
    ],
  },
  {
    key: "ministryOfLabourAndSocialProtection",
    name: {
      kk: "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
      ru: "Министерство труда и социальной защиты населения Республики Казахстан",
      en: "Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Еңбек, оның ішінде еңбек қауіпсіздігі және оны қорғау",
          ru: "Труд, в том числе безопасность и охрана труда",
          en: "Labour, including occupational safety and health",
        },
        directions: [],
      },
      {
        code: "2",
        name: { kk: "Жұмыспен қамтылушылық", ru: "Занятость", en: "Employment" },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Әлеуметтік қамсыздандыру, оның ішінде зейнетақы қамсыздандыру және міндетті әлеуметтік сақтандыру",
          ru: "Социальное обеспечение, в том числе пенсионное обеспечение и обязательное социальное страхование",
          en: "Social security, including pension provision and compulsory social insurance",
        },
        directions: [],
      },
      {
        code: "4",
        name: {
          kk: "Әлеуметтік қолдау, оның ішінде әлеуметтік көмек, арнайы әлеуметтік қызмет көрсету",
          ru: "Социальная поддержка, в том числе социальная помощь, оказание специальных социальных услуг",
          en: "Social support, including social assistance and the provision of special social services",
        },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfJustice",
    name: {
      kk: "Қазақстан Республикасы Әділет министрлігі",
      ru: "Министерство юстиции Республики Казахстан",
      en: "Ministry of Justice of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Мемлекет қызметін құқықтық қамсыздандыру",
          ru: "Правовое обеспечение деятельности государства",
          en: "Legal support of the activities of the state",
        },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Адамның және азаматтың құқықтары мен бостандықтарының жоғары тұруын және Қазақстан Республикасының егемендігін қамтамасыз етуге, жалпы мемлекеттің даму стратегиясын әзірлеуге және іске асыруға, заң жобалау жұмысын жүргізуге, заңнаманы талдауға, жетілдіруге және жүйелеуге, нормативтік құқықтық актілердің заңдық сараптамасын жүргізуге қатысу арқылы қоғамды және мемлекетті тұрақты және үдемелі дамытуға ұлттық заңнаманы қалыптастыруға қатысу",
              ru: "Участие в формировании национального законодательства для стабильного и поступательного развития общества и государства посредством участия в обеспечении верховенства прав и свобод человека и гражданина и суверенитета Республики Казахстан, в разработке и реализации стратегии развития государства в целом, в законопроектной работе, анализе, совершенствовании и систематизации законодательства, в проведении юридической экспертизы нормативных правовых актов",
              en: "Participation in shaping national legislation for the stable and progressive development of society and the state through participation in ensuring the supremacy of the rights and freedoms of the individual and citizen and the sovereignty of the Republic of Kazakhstan, in drafting and implementing the development strategy of the state as a whole, in legislative drafting, in the analysis, improvement and systematization of legislation, and in the legal review of regulatory legal acts",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Республиканың әлемдік қоғамдастықта ұлттық мүдделерін қорғау мен беделін нығайту мақсатында Қазақстанның халықаралық аренадағы қызметін, оның ішінде Қазақстан Республикасының халықаралық шарттарын жасау мен дайындау арқылы құқықтық қамтамасыз ету",
              ru: "Правовое обеспечение деятельности Казахстана на международной арене, в том числе посредством подготовки и заключения международных договоров Республики Казахстан, в целях защиты национальных интересов и укрепления авторитета Республики в мировом сообществе",
              en: "Legal support of Kazakhstan's activities in the international arena, including through the preparation and conclusion of international treaties of the Republic of Kazakhstan, in order to protect the national interests and strengthen the standing of the Republic in the world community",
            },
          },
          // The kk sentence is garbled in the seed; ru/en give the registration functions it lists.
          {
            code: "1.3",
            name: {
              kk: "Заңды тұлғалардың мемлекеттік тіркелуін қозғалмайтын мүлікке олармен мәмілелер жасау, қозғалатын мүліктің жекелеген түрлеріне кепілдіктерін мемлекеттік органдардың нормативтік құқықтық актілері, жергілікті өкілдік және атқарушы органдардың, азаматтық жағдайының актілерін сонымен бірге Қазақстан Республикасының нормативтік құқықтық актілерінің мемлекеттік есепке алынуы мен олардың бағалауын жүзеге асыру",
              ru: "Осуществление государственной регистрации юридических лиц, прав на недвижимое имущество и сделок с ним, залога отдельных видов движимого имущества, нормативных правовых актов государственных органов, местных представительных и исполнительных органов, актов гражданского состояния, а также государственного учета нормативных правовых актов Республики Казахстан и их оценки",
              en: "State registration of legal entities, of rights to immovable property and transactions with it, of pledges of certain types of movable property, of regulatory legal acts of state bodies and of local representative and executive bodies, and of civil status acts, as well as the state record of the regulatory legal acts of the Republic of Kazakhstan and their evaluation",
            },
          },
          {
            code: "1.4",
            name: {
              kk: "Құқықтық көмек көрсетуді ұйымдастыру және заңды қызмет көрсету мен құқықтық насихаттауды қамтамасыз ету",
              ru: "Организация оказания юридической помощи и обеспечение оказания юридических услуг и правовой пропаганды",
              en: "Organizing legal aid and ensuring the provision of legal services and legal awareness-raising",
            },
          },
          {
            code: "1.5",
            name: {
              kk: "Сот-сараптама қызметін ұйымдастыру және жүзеге асыру",
              ru: "Организация и осуществление судебно-экспертной деятельности",
              en: "Organizing and conducting forensic expert activity",
            },
          },
          {
            code: "1.6",
            name: {
              kk: "Зияткерлік меншік құқықтарын қорғау саласында мемлекеттік саясатты жүзеге асыру",
              ru: "Реализация государственной политики в сфере защиты прав интеллектуальной собственности",
              en: "Implementing state policy on the protection of intellectual property rights",
            },
          },
          {
            code: "1.7",
            name: {
              kk: "Әкімшілік құқық бұзушылықтар туралы істер бойынша заңнамаға сәйкес іс жүргізуді жүзеге асыру",
              ru: "Осуществление производства по делам об административных правонарушениях в соответствии с законодательством",
              en: "Conducting proceedings in cases of administrative offences in accordance with the law",
            },
          },
        ],
      },
    ],
  },
  {
    key: "ministryOfEmergencySituations",
    name: {
      kk: "Қазақстан Республикасы Төтенше жағдайлар министрлігі",
      ru: "Министерство по чрезвычайным ситуациям Республики Казахстан",
      en: "Ministry of Emergency Situations of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Азаматтық қорғаныс пен материалдық резерв жүйесін қалыптастыру",
          ru: "Формирование системы гражданской обороны и материального резерва",
          en: "Building the civil defence and material reserve system",
        },
        directions: [],
      },
      {
        code: "2",
        name: {
          kk: "Техногендік сипаттағы төтенше жағдайларды алдын алу, жою",
          ru: "Предупреждение и ликвидация чрезвычайных ситуаций техногенного характера",
          en: "Prevention and elimination of man-made emergencies",
        },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Табиғи сипаттағы төтенше жағдайларды алдын алу, жою",
          ru: "Предупреждение и ликвидация чрезвычайных ситуаций природного характера",
          en: "Prevention and elimination of natural emergencies",
        },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfForeignAffairs",
    name: {
      kk: "Қазақстан Республикасы Сыртқы істер министрлігі",
      ru: "Министерство иностранных дел Республики Казахстан",
      en: "Ministry of Foreign Affairs of the Republic of Kazakhstan",
    },
    spheres: [
      // kk sic: "бағытын курсын" (both words for "course") as in the seed.
      {
        code: "1",
        name: {
          kk: "Қазақстан Республикасының сыртқы саяси бағытын курсын іске асыру",
          ru: "Реализация внешнеполитического курса Республики Казахстан",
          en: "Implementing the foreign policy course of the Republic of Kazakhstan",
        },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Қазақстан Республикасының сыртқы саяси бағытын курсын іске асыру, сыртқы экономикалық саясаттың жүзеге асырылуына жәрдемдесу және Қазақстан Республикасының халықаралық беделін нығайту",
              ru: "Реализация внешнеполитического курса Республики Казахстан, содействие реализации внешнеэкономической политики и укрепление международного авторитета Республики Казахстан",
              en: "Implementing the foreign policy course of the Republic of Kazakhstan, supporting the implementation of foreign economic policy and strengthening the international standing of the Republic of Kazakhstan",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Қазақстан Республикасының Егемендігін, қауіпсіздігін, аумағының тұтастығы мен шекарасының беріктігін, оның халықаралық аренада және басқа мемлекеттермен қатынастарында оның саяси сауда-экономикалық және өзге де мүдделерін қорғау",
              ru: "Защита суверенитета, безопасности, территориальной целостности и нерушимости границ Республики Казахстан, ее политических, торгово-экономических и иных интересов на международной арене и в отношениях с другими государствами",
              en: "Protecting the sovereignty, security, territorial integrity and inviolability of the borders of the Republic of Kazakhstan and its political, trade, economic and other interests in the international arena and in relations with other states",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Қазақстан Республикасының шетелдік мемлекеттермен, халықаралық ұйымдармен дипломатиялық және консулдық қатынастарды жүзеге асыруы, Қазақстан Республикасының халықаралық беделін арттыру",
              ru: "Осуществление дипломатических и консульских отношений Республики Казахстан с иностранными государствами и международными организациями, повышение международного авторитета Республики Казахстан",
              en: "Conducting the diplomatic and consular relations of the Republic of Kazakhstan with foreign states and international organizations, raising the international standing of the Republic of Kazakhstan",
            },
          },
          {
            code: "1.4",
            name: {
              kk: "Халықаралық бейбітшілік пен жаһандық және өңірлік қауіпсіздікті қамтамасыз ету бойынша Қазақстан Республикасының күш-жігерінің іске асырылуы",
              ru: "Реализация усилий Республики Казахстан по обеспечению международного мира, глобальной и региональной безопасности",
              en: "Carrying out the efforts of the Republic of Kazakhstan to ensure international peace and global and regional security",
            },
          },
        ],
      },
      {
        code: "2",
        name: {
          kk: "Қазақстан Республикасының азаматтары мен шет елдегі заңды тұлғаларының мүдделері мен құқықтарын қорғау",
          ru: "Защита прав и интересов граждан и юридических лиц Республики Казахстан за рубежом",
          en: "Protecting the rights and interests of citizens and legal entities of the Republic of Kazakhstan abroad",
        },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfEconomicDevelopmentAndTrade",
    name: {
      kk: "Қазақстан Республикасы Экономикалық даму және сауда министрлігі",
      ru: "Министерство экономического развития и торговли Республики Казахстан",
      en: "Ministry of Economic Development and Trade of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Стратегиялық жоспарлау Қазақстан Республикасының әлеуметтік-экономикалық дамуының негізгі басымдықтарын қалыптастыру",
          ru: "Стратегическое планирование, формирование основных приоритетов социально-экономического развития Республики Казахстан",
          en: "Strategic planning, setting the main priorities of the socio-economic development of the Republic of Kazakhstan",
        },
        directions: [],
      },
      {
        code: "2",
        name: {
          kk: "Салықтық, кедендік және бюджеттік саясат",
          ru: "Налоговая, таможенная и бюджетная политика",
          en: "Tax, customs and budget policy",
        },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Мемлекеттік және мемлекет кепілдік беретін қарыз алу және борыш",
          ru: "Государственные и гарантированные государством заимствования и долг",
          en: "State and state-guaranteed borrowing and debt",
        },
        directions: [],
      },
      {
        code: "4",
        name: {
          kk: "Мемлекеттік инвестициялық саясат және мемлекеттік-жеке меншік әріптестікті дамыту",
          ru: "Государственная инвестиционная политика и развитие государственно-частного партнерства",
          en: "State investment policy and development of public-private partnership",
        },
        directions: [],
      },
      {
        code: "5",
        name: { kk: "Өңірлік даму", ru: "Региональное развитие", en: "Regional development" },
        directions: [],
      },
      {
        code: "6",
        name: {
          kk: "Бәсекелестікті қорғау және монополиялық қызметті шектеу",
          ru: "Защита конкуренции и ограничение монополистической деятельности",
          en: "Protection of competition and restriction of monopolistic activity",
        },
        directions: [],
      },
      // kk sic: "нарықтықтар" (for "нарықтар", markets) as in the seed.
      {
        code: "7",
        name: {
          kk: "Табиғи монополиялар және реттелетін нарықтықтар",
          ru: "Естественные монополии и регулируемые рынки",
          en: "Natural monopolies and regulated markets",
        },
        directions: [],
      },
      {
        code: "8",
        name: {
          kk: "Халықаралық экономикалық және қаржылық қатынастар, оның ішінде халықаралық экономикалық интеграцияны реттеу",
          ru: "Международные экономические и финансовые отношения, в том числе регулирование международной экономической интеграции",
          en: "International economic and financial relations, including the regulation of international economic integration",
        },
        directions: [],
      },
      {
        code: "9",
        name: {
          kk: "Сыртқы сауда қызметін реттеу және дамыту",
          ru: "Регулирование и развитие внешнеторговой деятельности",
          en: "Regulation and development of foreign trade",
        },
        directions: [],
      },
      {
        code: "10",
        name: {
          kk: "Ішкі сауданы реттеу және дамыту",
          ru: "Регулирование и развитие внутренней торговли",
          en: "Regulation and development of domestic trade",
        },
        directions: [],
      },
      {
        code: "11",
        name: {
          kk: "Жеке кәсіпкерлікті дамыту және қолдау",
          ru: "Развитие и поддержка частного предпринимательства",
          en: "Development and support of private entrepreneurship",
        },
        directions: [],
      },
      {
        code: "12",
        name: {
          kk: "Мемлекеттік активтерді басқару, оның ішінде корпоративтік басқару сапасын арттыру",
          ru: "Управление государственными активами, в том числе повышение качества корпоративного управления",
          en: "Management of state assets, including improving the quality of corporate governance",
        },
        directions: [],
      },
      {
        code: "13",
        name: {
          kk: "Мемлекеттік басқару жүйесін дамыту",
          ru: "Развитие системы государственного управления",
          en: "Development of the public administration system",
        },
        directions: [],
      },
      {
        code: "14",
        name: {
          kk: "Жұмылдырылған дайындық және жұмылдыру",
          ru: "Мобилизационная подготовка и мобилизация",
          en: "Mobilization preparedness and mobilization",
        },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfTransportAndCommunications",
    name: {
      kk: "Қазақстан Республикасы Көлік және коммуникация министрлігі",
      ru: "Министерство транспорта и коммуникаций Республики Казахстан",
      en: "Ministry of Transport and Communications of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Көлік және коммуникация", ru: "Транспорт и коммуникации", en: "Transport and communications" },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Автожол секторын дамыту",
              ru: "Развитие дорожного сектора",
              en: "Development of the road sector",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Теміржол көлігін дамыту",
              ru: "Развитие железнодорожного транспорта",
              en: "Development of rail transport",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Азаматтық авиацияны дамыту",
              ru: "Развитие гражданской авиации",
              en: "Development of civil aviation",
            },
          },
          {
            code: "1.4",
            name: { kk: "Су көлігін дамыту", ru: "Развитие водного транспорта", en: "Development of water transport" },
          },
          {
            code: "1.5",
            name: {
              kk: "Автомобильдік көлікті дамыту",
              ru: "Развитие автомобильного транспорта",
              en: "Development of motor transport",
            },
          },
          {
            code: "1.6",
            name: {
              kk: "Көлік қауіпсіздігін қамтамасыз ету",
              ru: "Обеспечение транспортной безопасности",
              en: "Ensuring transport safety",
            },
          },
        ],
      },
      {
        code: "2",
        name: {
          kk: "«Электронды үкімет» және ақпараттандыру",
          ru: "«Электронное правительство» и информатизация",
          en: "“E-government” and informatization",
        },
        directions: [],
      },
      {
        code: "3",
        name: { kk: "Байланыс", ru: "Связь", en: "Telecommunications and post" },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfEnvironmentalProtection",
    name: {
      kk: "Қазақстан Республикасы Қоршаған ортаны қорғау министрлігі",
      ru: "Министерство охраны окружающей среды Республики Казахстан",
      en: "Ministry of Environmental Protection of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Қоршаған ортаны қорғау", ru: "Охрана окружающей среды", en: "Environmental protection" },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Қоршаған ортаның тұрақтылығы және оны жақсарту",
              ru: "Устойчивость окружающей среды и ее улучшение",
              en: "Environmental sustainability and improvement",
            },
          },
          // kk sic: "төмен сутекті" (literally "low-hydrogen"); the sense, rendered in ru/en, is low-carbon.
          {
            code: "1.2",
            name: {
              kk: "«Жасыл» экономика қағидаттарын қалыптастыру және төмен сутекті даму",
              ru: "Формирование принципов «зеленой» экономики и низкоуглеродное развитие",
              en: "Establishing the principles of a “green” economy and low-carbon development",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Экологиялық реттеу және бақылау",
              ru: "Экологическое регулирование и контроль",
              en: "Environmental regulation and control",
            },
          },
          {
            code: "1.4",
            name: {
              kk: "Гидрометеорологиялық қызмет пен экологиялық мониторинг",
              ru: "Гидрометеорологическая служба и экологический мониторинг",
              en: "Hydrometeorological service and environmental monitoring",
            },
          },
        ],
      },
    ],
  },
  {
    key: "sportAndPhysicalCultureAgency",
    name: {
      kk: "Қазақстан Республикасы Спорт және дене шынықтыру істері агенттігі",
      ru: "Агентство Республики Казахстан по делам спорта и физической культуры",
      en: "Agency of the Republic of Kazakhstan for Sport and Physical Culture Affairs",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Денешынықтыру мәдениеті және тәрбие",
          ru: "Физическая культура и воспитание",
          en: "Physical culture and education",
        },
        directions: [],
      },
      {
        code: "2",
        name: { kk: "Спорт", ru: "Спорт", en: "Sport" },
        directions: [],
      },
      {
        code: "3",
        name: { kk: "Ойын бизнесі", ru: "Игорный бизнес", en: "Gambling business" },
        directions: [],
      },
    ],
  },
  {
    key: "nationalSpaceAgency",
    name: {
      kk: "Қазақстан Республикасы Ұлттық ғарыш агенттігі",
      ru: "Национальное космическое агентство Республики Казахстан",
      en: "National Space Agency of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Мақсатты ғарыш жүйелерін құру",
          ru: "Создание целевых космических систем",
          en: "Creation of dedicated space systems",
        },
        directions: [],
      },
      {
        code: "2",
        name: {
          kk: "«Байқоңыр» кешенін қоса алғанда, жерүсті ғарыш инфрақұрылымының объектілерін дамыту",
          ru: "Развитие объектов наземной космической инфраструктуры, включая комплекс «Байконур»",
          en: "Development of ground space infrastructure facilities, including the Baikonur complex",
        },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Ғарыштық зерттеулер жүргізу мен технологияларды дамыту",
          ru: "Проведение космических исследований и развитие технологий",
          en: "Space research and technology development",
        },
        directions: [],
      },
      {
        code: "4",
        name: {
          kk: "Ғарыш саласының ұшқыштары мен кадрларын дайындау",
          ru: "Подготовка космонавтов и кадров космической отрасли",
          en: "Training of cosmonauts and personnel for the space industry",
        },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfAgriculture",
    name: {
      kk: "Қазақстан Республикасы Ауыл шаруашылығы министрлігі",
      ru: "Министерство сельского хозяйства Республики Казахстан",
      en: "Ministry of Agriculture of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Ауылшаруашылық кешенінің салаларын дамыту",
          ru: "Развитие отраслей агропромышленного комплекса",
          en: "Development of the branches of the agro-industrial complex",
        },
        directions: [
          { code: "1.1", name: { kk: "Мал шаруашылығы", ru: "Животноводство", en: "Livestock farming" } },
          { code: "1.2", name: { kk: "Өсімдік шаруашылығы", ru: "Растениеводство", en: "Crop farming" } },
          {
            code: "1.3",
            name: {
              kk: "Ауылшаруашылық кешенінің өндірісі мен өнімін қайта өңдеу",
              ru: "Производство и переработка продукции агропромышленного комплекса",
              en: "Production and processing of agro-industrial products",
            },
          },
          {
            code: "1.4",
            name: {
              kk: "Ауылшаруашылық кешенін техникалық жарақтандыру",
              ru: "Техническое оснащение агропромышленного комплекса",
              en: "Technical equipment of the agro-industrial complex",
            },
          },
          {
            code: "1.5",
            name: {
              kk: "Ауылшаруашылық кешенін ғылыми қамтамасыз ету және кадрларды даярлау",
              ru: "Научное обеспечение агропромышленного комплекса и подготовка кадров",
              en: "Scientific support of the agro-industrial complex and personnel training",
            },
          },
        ],
      },
      {
        code: "2",
        name: {
          kk: "Балық, орман ресурстарын, жануарлар әлемінің ресурсын ерекше сақталатын табиғат аумақтарын сақтау, ұтымды қолдану мен қайта қалпына келтіру",
          ru: "Сохранение, рациональное использование и воспроизводство рыбных и лесных ресурсов, ресурсов животного мира, особо охраняемых природных территорий",
          en: "Conservation, sustainable use and restoration of fish and forest resources, wildlife resources and specially protected natural areas",
        },
        directions: [
          { code: "2.1", name: { kk: "Балық шаруашылығы", ru: "Рыбное хозяйство", en: "Fisheries" } },
          { code: "2.2", name: { kk: "Орман шаруашылығы", ru: "Лесное хозяйство", en: "Forestry" } },
          {
            code: "2.3",
            name: {
              kk: "Жануарлар әлемінің түрлі алуандылығын сақтау, қорғау, қайта қалпына келтіру",
              ru: "Сохранение, охрана и воспроизводство биоразнообразия животного мира",
              en: "Conservation, protection and restoration of wildlife diversity",
            },
          },
          {
            code: "2.4",
            name: {
              kk: "Ерекше сақталатын табиғат аумақтары",
              ru: "Особо охраняемые природные территории",
              en: "Specially protected natural areas",
            },
          },
        ],
      },
      {
        code: "3",
        name: {
          kk: "Су қорының қолданылуы мен сақталуы",
          ru: "Использование и охрана водного фонда",
          en: "Use and protection of the water fund",
        },
        directions: [],
      },
    ],
  },
  {
    key: "nationalBank",
    name: {
      kk: "Қазақстан Республикасы Ұлттық банкі",
      ru: "Национальный Банк Республики Казахстан",
      en: "National Bank of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Мемлекеттің ақша-кредит саясатын әзірлеу мен жүргізілуі",
          ru: "Разработка и проведение денежно-кредитной политики государства",
          en: "Development and conduct of the state's monetary policy",
        },
        directions: [],
      },
      {
        code: "2",
        name: {
          kk: "Төлем жүйелерінің жұмыс істеуін қамтамасыз ету",
          ru: "Обеспечение функционирования платежных систем",
          en: "Ensuring the functioning of payment systems",
        },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Валюталық реттеу мен валюталық бақылауды жүзеге асыру",
          ru: "Осуществление валютного регулирования и валютного контроля",
          en: "Foreign exchange regulation and control",
        },
        directions: [],
      },
      {
        code: "4",
        name: {
          kk: "Қаржы жүйесінің тұрақтылығының қамтамасыз етуінің жәрдемдесуі",
          ru: "Содействие обеспечению стабильности финансовой системы",
          en: "Promoting the stability of the financial system",
        },
        directions: [],
      },
      {
        code: "5",
        name: {
          kk: "Қаржы нарығының және қаржы ұйымдарының өзге тұлғалардың қызметін құзыреті шегінде реттеу, бақылау және қадағалауы",
          ru: "Регулирование, контроль и надзор финансового рынка, финансовых организаций и иных лиц в пределах компетенции",
          en: "Regulation, control and supervision of the financial market, financial organizations and other persons within its competence",
        },
        directions: [
          { code: "5.1", name: { kk: "Банк жүйесі", ru: "Банковская система", en: "Banking system" } },
          {
            code: "5.2",
            name: {
              kk: "Жинақтаушы зейнетақы қоры",
              ru: "Накопительный пенсионный фонд",
              en: "Accumulative pension fund",
            },
          },
          { code: "5.3", name: { kk: "Бағалы қағаздар нарығы", ru: "Рынок ценных бумаг", en: "Securities market" } },
          {
            code: "5.4",
            name: {
              kk: "Сақтандыру және сақтандыру қызметі",
              ru: "Страхование и страховая деятельность",
              en: "Insurance and insurance activity",
            },
          },
        ],
      },
      {
        code: "6",
        name: {
          kk: "Қаржылық қызметті тұтынушылардың құқықтары мен заңды мүдделерінің қорғалуының тиісті деңгейін қамтамасыз ету",
          ru: "Обеспечение надлежащего уровня защиты прав и законных интересов потребителей финансовых услуг",
          en: "Ensuring an adequate level of protection of the rights and legitimate interests of consumers of financial services",
        },
        directions: [],
      },
    ],
  },
  {
    key: "constructionAndHousingAgency",
    name: {
      kk: "Қазақстан Республикасы Құрылыс және тұрғын үй шаруашылығы агенттігі",
      ru: "Агентство Республики Казахстан по делам строительства и жилищно-коммунального хозяйства",
      en: "Agency of the Republic of Kazakhstan for Construction, Housing and Utilities",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Сәулет мен қала құрылысы қызметі",
          ru: "Архитектурная и градостроительная деятельность",
          en: "Architecture and urban planning",
        },
        directions: [],
      },
      {
        code: "2",
        name: { kk: "Құрылыс қызметі", ru: "Строительная деятельность", en: "Construction" },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Тұрғын үй-коммуналдық шаруашылық",
          ru: "Жилищно-коммунальное хозяйство",
          en: "Housing and utilities",
        },
        directions: [
          {
            code: "3.1",
            name: {
              kk: "Электрмен жабдықтау (электрожелілік объектілер 0,4 кВ)",
              ru: "Электроснабжение (электросетевые объекты 0,4 кВ)",
              en: "Electricity supply (0.4 kV grid facilities)",
            },
          },
          {
            code: "3.2",
            name: {
              kk: "Сумен жабдықтау және су бұру",
              ru: "Водоснабжение и водоотведение",
              en: "Water supply and sanitation",
            },
          },
          {
            code: "3.3",
            name: {
              kk: "Жылумен жабдықтау (100 Гкал/сағ одан да көп қуаттылығы белгіленген ЖЭО)",
              ru: "Теплоснабжение (ТЭЦ установленной мощностью 100 Гкал/ч и более)",
              en: "Heat supply (combined heat and power plants with an installed capacity of 100 Gcal/h or more)",
            },
          },
          { code: "3.4", name: { kk: "Газбен жабдықтау", ru: "Газоснабжение", en: "Gas supply" } },
          {
            code: "3.5",
            name: {
              kk: "Коммуналдық қалдықтармен жұмыс істеу",
              ru: "Обращение с коммунальными отходами",
              en: "Municipal waste management",
            },
          },
          {
            code: "3.6",
            name: {
              kk: "Тұрғын үй шаруашылығын абаттандыру",
              ru: "Благоустройство жилищного хозяйства",
              en: "Improvement of the housing stock",
            },
          },
        ],
      },
    ],
  },
  {
    key: "ministryOfEducationAndScience",
    name: {
      kk: "Қазақстан Республикасы Білім және ғылым министрлігі",
      ru: "Министерство образования и науки Республики Казахстан",
      en: "Ministry of Education and Science of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Білім", ru: "Образование", en: "Education" },
        directions: [
          {
            code: "1.1",
            name: { kk: "Мектепке дейінгі білім", ru: "Дошкольное образование", en: "Preschool education" },
          },
          { code: "1.2", name: { kk: "Орта білім", ru: "Среднее образование", en: "Secondary education" } },
          {
            code: "1.3",
            name: {
              kk: "Техникалық және кәсіби білім",
              ru: "Техническое и профессиональное образование",
              en: "Technical and vocational education",
            },
          },
          { code: "1.4", name: { kk: "Жоғары білім", ru: "Высшее образование", en: "Higher education" } },
        ],
      },
      {
        code: "2",
        name: {
          kk: "Ғылыми және ғылыми-техникалық қызмет",
          ru: "Научная и научно-техническая деятельность",
          en: "Scientific and scientific-technical activity",
        },
        directions: [],
      },
      {
        code: "3",
        name: { kk: "Балалар құқығын қорғау", ru: "Защита прав детей", en: "Protection of children's rights" },
        directions: [],
      },
      {
        code: "4",
        name: { kk: "Жастар саясаты", ru: "Молодежная политика", en: "Youth policy" },
        directions: [],
      },
    ],
  },
  {
    key: "naturalMonopoliesRegulationAgency",
    name: {
      kk: "Қазақстан Республикасы Табиғи монополияларды реттеу агенттігі",
      ru: "Агентство Республики Казахстан по регулированию естественных монополий",
      en: "Agency of the Republic of Kazakhstan for the Regulation of Natural Monopolies",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Табиғи монополиялар саласын және реттелетін нарықтардағы баға белгілеуді мемлекеттік реттеу",
          ru: "Государственное регулирование в сфере естественных монополий и ценообразования на регулируемых рынках",
          en: "State regulation of natural monopolies and of pricing on regulated markets",
        },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Табиғи монополиялар субъектілерінің қызметін бақылау және реттеу",
              ru: "Контроль и регулирование деятельности субъектов естественных монополий",
              en: "Control and regulation of the activities of natural monopoly entities",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Реттелетін нарық субъектілерінің бағаларын белгілеуін мемлекеттік реттеу және бақылау",
              ru: "Государственное регулирование и контроль ценообразования субъектов регулируемых рынков",
              en: "State regulation and control of pricing by regulated market entities",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Реттелетін қызметтер көрсетуге (тауарларға, жұмыстарға) кемсітушіліксіз қол жеткізуді қамтамасыз ету",
              ru: "Обеспечение недискриминационного доступа к регулируемым услугам (товарам, работам)",
              en: "Ensuring non-discriminatory access to regulated services (goods, works)",
            },
          },
          // kk sic: "қорға" (for "қорғау", protection) as in the seed.
          {
            code: "1.4",
            name: {
              kk: "Табиғи монополиялар субъектілерінің қызметін жүзеге асыру саласында тұтынушылардың құқығын қорға",
              ru: "Защита прав потребителей в сфере деятельности субъектов естественных монополий",
              en: "Protection of consumers' rights in the activities of natural monopoly entities",
            },
          },
          {
            code: "1.5",
            name: {
              kk: "Агенттіктің қарамағындағы мемлекеттік басқару аяларында (салаларында) бәсекелестіктің дамуына жәрдемдесу",
              ru: "Содействие развитию конкуренции в сферах (отраслях) государственного управления, отнесенных к ведению Агентства",
              en: "Promoting competition in the areas (sectors) of public administration under the Agency's remit",
            },
          },
        ],
      },
    ],
  },
  {
    key: "competitionProtectionAgency",
    name: {
      kk: "Қазақстан Республикасы Бәсекелестікті қорғау агенттігі",
      ru: "Агентство Республики Казахстан по защите конкуренции",
      en: "Agency of the Republic of Kazakhstan for Competition Protection",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Бәсекелестікті қорғау және тиісті тауар нарықтарындағы сәйкес монополиялық қызметі шектеулері іске асыру, сонымен бірге тұтынушылардың құқығын қорғау",
          ru: "Защита конкуренции и ограничение монополистической деятельности на соответствующих товарных рынках, а также защита прав потребителей",
          en: "Protection of competition and restriction of monopolistic activity on the relevant commodity markets, and consumer protection",
        },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Адал бәсекелестіктің дамуына жәрдемдесу",
              ru: "Содействие развитию добросовестной конкуренции",
              en: "Promoting fair competition",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Қазақстан Республикасының монополияға қарсы заңнамасын бұзушылықтардың алдын алу және тергеу, ескерту",
              ru: "Предупреждение и расследование нарушений антимонопольного законодательства Республики Казахстан, вынесение предупреждений",
              en: "Prevention and investigation of violations of the antimonopoly legislation of the Republic of Kazakhstan, and issuing warnings",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Экономикалық шоғырландыруды бақылау",
              ru: "Контроль за экономической концентрацией",
              en: "Control of economic concentration",
            },
          },
          {
            code: "1.4",
            name: {
              kk: "Бәсекелестікті шегеретін нарық субъектілерін монополиясыздандыру",
              ru: "Демонополизация субъектов рынка, ограничивающих конкуренцию",
              en: "Demonopolization of market entities that restrict competition",
            },
          },
          {
            code: "1.5",
            name: { kk: "Тұтынушылардың құқығын қорғау", ru: "Защита прав потребителей", en: "Consumer protection" },
          },
        ],
      },
    ],
  },
  // The seed's heading lacks "Қазақстан Республикасы"; kk kept as in the seed, ru/en give the official name.
  {
    key: "ministryOfIndustryAndNewTechnologies",
    name: {
      kk: "Индустрия және жаңа технологиялар министрлігі",
      ru: "Министерство индустрии и новых технологий Республики Казахстан",
      en: "Ministry of Industry and New Technologies of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Еліміздің ғылыми-техникалық дамуы мен инновациялары",
          ru: "Научно-техническое развитие страны и инновации",
          en: "Scientific and technological development of the country and innovation",
        },
        directions: [],
      },
      {
        code: "2",
        name: {
          kk: "Арнайы экономикалық аймақтардың инвестицияларды мемлекеттік қолдау мен жұмыс істеуі",
          ru: "Государственная поддержка инвестиций и функционирование специальных экономических зон",
          en: "State support of investment and the functioning of special economic zones",
        },
        directions: [
          {
            code: "2.1",
            name: {
              kk: "Қолайлы инвестициялық ахуал жасау",
              ru: "Создание благоприятного инвестиционного климата",
              en: "Creating a favourable investment climate",
            },
          },
          {
            code: "2.2",
            name: {
              kk: "Экономиканың шикізат емес секторына инвестициялар тарту",
              ru: "Привлечение инвестиций в несырьевой сектор экономики",
              en: "Attracting investment into the non-resource sector of the economy",
            },
          },
          {
            code: "2.3",
            name: {
              kk: "Инвестициялық жобалардың іске асуы мен мониторингі",
              ru: "Реализация и мониторинг инвестиционных проектов",
              en: "Implementation and monitoring of investment projects",
            },
          },
          {
            code: "2.4",
            name: {
              kk: "Арнайы экономикалық аймақтардың жұмыс істеуі",
              ru: "Функционирование специальных экономических зон",
              en: "Functioning of special economic zones",
            },
          },
        ],
      },
      {
        code: "3",
        name: { kk: "Өнеркәсіп", ru: "Промышленность", en: "Industry" },
        directions: [
          {
            code: "3.1",
            name: {
              kk: "Тау кен-металлургиялық кешені",
              ru: "Горно-металлургический комплекс",
              en: "Mining and metallurgical complex",
            },
          },
          { code: "3.2", name: { kk: "Машина жасайтын сала", ru: "Машиностроение", en: "Mechanical engineering" } },
          {
            code: "3.3",
            name: {
              kk: "Құрылыс индустриясы мен құрылыс материалдары",
              ru: "Строительная индустрия и строительные материалы",
              en: "Construction industry and building materials",
            },
          },
          { code: "3.4", name: { kk: "Химия өнеркәсібі", ru: "Химическая промышленность", en: "Chemical industry" } },
          {
            code: "3.5",
            name: {
              kk: "Фармацевтикалық және медициналық өнеркәсіп",
              ru: "Фармацевтическая и медицинская промышленность",
              en: "Pharmaceutical and medical industry",
            },
          },
          {
            code: "3.6",
            name: {
              kk: "Жеңіл, жиһаз және ағаш жасайтын өнеркәсіп",
              ru: "Легкая, мебельная и деревообрабатывающая промышленность",
              en: "Light, furniture and woodworking industry",
            },
          },
          { code: "3.7", name: { kk: "Көмір өнеркәсібі", ru: "Угольная промышленность", en: "Coal industry" } },
        ],
      },
      {
        code: "4",
        name: { kk: "Туризм", ru: "Туризм", en: "Tourism" },
        directions: [
          {
            code: "4.1",
            name: {
              kk: "Туристік саладағы сервистің дамуы",
              ru: "Развитие сервиса в туристской отрасли",
              en: "Development of services in the tourism sector",
            },
          },
          {
            code: "4.2",
            name: {
              kk: "Туристік саладағы инфрақұрылымның дамуы",
              ru: "Развитие инфраструктуры в туристской отрасли",
              en: "Development of tourism infrastructure",
            },
          },
          { code: "4.3", name: { kk: "Туристерді тарту", ru: "Привлечение туристов", en: "Attracting tourists" } },
        ],
      },
      {
        code: "5",
        name: { kk: "Энергетика", ru: "Энергетика", en: "Energy" },
        directions: [
          { code: "5.1", name: { kk: "Электрэнергетика", ru: "Электроэнергетика", en: "Electric power industry" } },
          // kk literally "renewal of the energy source"; rendered in ru/en as renewable energy sources, the sphere it names.
          {
            code: "5.2",
            name: {
              kk: "Энергия көзінің жаңаруы",
              ru: "Возобновляемые источники энергии",
              en: "Renewable energy sources",
            },
          },
          { code: "5.3", name: { kk: "Жылу энергетикасы", ru: "Теплоэнергетика", en: "Heat power industry" } },
        ],
      },
      {
        code: "6",
        name: {
          kk: "Энергияны үнемдеу мен энергия тиімділік",
          ru: "Энергосбережение и энергоэффективность",
          en: "Energy saving and energy efficiency",
        },
        directions: [],
      },
      {
        code: "7",
        name: {
          kk: "Техникалық реттеу мен метрология",
          ru: "Техническое регулирование и метрология",
          en: "Technical regulation and metrology",
        },
        directions: [],
      },
      {
        code: "8",
        name: {
          kk: "Геология мен жер қойнауларын пайдалану",
          ru: "Геология и недропользование",
          en: "Geology and subsoil use",
        },
        directions: [
          {
            code: "8.1",
            name: { kk: "Геологиялық зерттеулер", ru: "Геологические исследования", en: "Geological surveys" },
          },
          {
            code: "8.2",
            name: {
              kk: "Минералды-шикізат базасын қалпына келтіру, жер қойнауын ұтымды және кешенді қолдану",
              ru: "Воспроизводство минерально-сырьевой базы, рациональное и комплексное использование недр",
              en: "Replenishment of the mineral resource base, rational and integrated use of subsoil",
            },
          },
          // kk "Көміртегі шикізаты" (literally "carbon raw materials") is the seed's rendering of hydrocarbons.
          {
            code: "8.3",
            name: {
              kk: "Көміртегі шикізатын қоспағанда, минералды ресурстарды қолдану",
              ru: "Использование минеральных ресурсов, за исключением углеводородного сырья",
              en: "Use of mineral resources other than hydrocarbons",
            },
          },
          {
            code: "8.4",
            name: {
              kk: "Қатты пайдалы қазбалар, жерасты сулар мен емдік балшықтар",
              ru: "Твердые полезные ископаемые, подземные воды и лечебные грязи",
              en: "Solid minerals, groundwater and therapeutic muds",
            },
          },
        ],
      },
      {
        code: "9",
        name: {
          kk: "Машиналар мен жабдықтардың химиялық өнімнің қауіпсіздігі (сала бағытына сәйкес)",
          ru: "Безопасность машин и оборудования, химической продукции (в соответствии с отраслевой направленностью)",
          en: "Safety of machinery and equipment and of chemical products (by sector)",
        },
        directions: [],
      },
      {
        code: "10",
        name: {
          kk: "Жергілікті (Қазақстандық) қамтуды дамыту",
          ru: "Развитие местного (казахстанского) содержания",
          en: "Development of local (Kazakhstani) content",
        },
        directions: [],
      },
      {
        code: "11",
        name: { kk: "Экспорттық бақылау", ru: "Экспортный контроль", en: "Export control" },
        directions: [],
      },
    ],
  },
  {
    key: "civilServiceAffairsAgency",
    name: {
      kk: "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі",
      ru: "Агентство Республики Казахстан по делам государственной службы",
      en: "Agency of the Republic of Kazakhstan for Civil Service Affairs",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Мемлекеттік қызмет аясында бірыңғай мемлекеттік саясатын іске асыру",
          ru: "Реализация единой государственной политики в сфере государственной службы",
          en: "Implementing a unified state policy in the civil service",
        },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Мемлекеттік қызмет жүйесін жетілдіру",
              ru: "Совершенствование системы государственной службы",
              en: "Improving the civil service system",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Мемлекеттік қызмет кадрларының жай-күйі мониторингісі мен мемлекеттік органдардың мемлекеттік қызмет саласында заңнаманың сақталуын бақылау",
              ru: "Мониторинг состояния кадров государственной службы и контроль за соблюдением государственными органами законодательства о государственной службе",
              en: "Monitoring the state of civil service personnel and overseeing state bodies' compliance with civil service legislation",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Мемлекеттік қызметшілерді даярлау, қайта даярлау және біліктілігін арттыру мәселелері бойынша мемлекеттік органдар қызметін үйлестіру",
              ru: "Координация деятельности государственных органов по вопросам подготовки, переподготовки и повышения квалификации государственных служащих",
              en: "Coordinating state bodies' activities in the training, retraining and professional development of civil servants",
            },
          },
          {
            code: "1.4",
            name: {
              kk: "Персоналды басқару тиімділігін бағалау",
              ru: "Оценка эффективности управления персоналом",
              en: "Evaluating the effectiveness of personnel management",
            },
          },
        ],
      },
      {
        code: "2",
        name: {
          kk: "Мемлекеттік қызмет көрсету сапасын бағалау мен бақылау",
          ru: "Оценка и контроль качества оказания государственных услуг",
          en: "Evaluation and control of the quality of public service delivery",
        },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfOilAndGas",
    name: {
      kk: "Қазақстан Республикасы Мұнай және газ министрлігі",
      ru: "Министерство нефти и газа Республики Казахстан",
      en: "Ministry of Oil and Gas of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Мұнай саласын дамыту", ru: "Развитие нефтяной отрасли", en: "Development of the oil industry" },
        directions: [],
      },
      {
        code: "2",
        name: { kk: "Газ саласын дамыту", ru: "Развитие газовой отрасли", en: "Development of the gas industry" },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Мұнай-химиялық өнімнің өндірісін қамтамасыз ету",
          ru: "Обеспечение производства нефтехимической продукции",
          en: "Ensuring the production of petrochemical products",
        },
        directions: [],
      },
      // kk "Көміртегі" (literally "carbon") is the seed's rendering of hydrocarbons, as in sphere 5.
      {
        code: "4",
        name: { kk: "Көміртегі", ru: "Углеводороды", en: "Hydrocarbons" },
        directions: [],
      },
      {
        code: "5",
        name: {
          kk: "Қазақстандық қамту бойынша көміртегі шикізатын барлау, өндіру және бірігіп барлау мен өндіруді өткізуге жер қойнауын пайдаланушылардың келісімшарттардың шарттарын бақылау және мониторингі",
          ru: "Контроль и мониторинг выполнения недропользователями условий контрактов на разведку, добычу и совмещенную разведку и добычу углеводородного сырья, в том числе по казахстанскому содержанию",
          en: "Control and monitoring of subsoil users' compliance with the terms of contracts for the exploration, production, and combined exploration and production of hydrocarbons, including on local (Kazakhstani) content",
        },
        directions: [],
      },
    ],
  },
  {
    key: "landResourcesManagementAgency",
    name: {
      kk: "Қазақстан Республикасы Жер ресурстарын басқару агенттігі",
      ru: "Агентство Республики Казахстан по управлению земельными ресурсами",
      en: "Agency of the Republic of Kazakhstan for Land Resources Management",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Жер ресурстарының басқару саласында оның ішінде жерлерді ұтымды пайдалану мен қорғауды қамтамасыз ету үшін мемлекеттік реттеу",
          ru: "Государственное регулирование в сфере управления земельными ресурсами, в том числе обеспечение рационального использования и охраны земель",
          en: "State regulation in land resources management, including ensuring the rational use and protection of land",
        },
        directions: [],
      },
      {
        code: "2",
        name: {
          kk: "Геодезиялық және картографиялық өнім",
          ru: "Геодезическая и картографическая продукция",
          en: "Geodetic and cartographic products",
        },
        directions: [],
      },
    ],
  },
  // The seed writes "министрлiгi" with Latin "i"; corrected to Cyrillic "і".
  {
    key: "ministryOfCultureAndInformation",
    name: {
      kk: "Қазақстан Республикасы Мәдениет және ақпарат министрлігі",
      ru: "Министерство культуры и информации Республики Казахстан",
      en: "Ministry of Culture and Information of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Мәдениетті дамыту", ru: "Развитие культуры", en: "Development of culture" },
        directions: [],
      },
      {
        code: "2",
        name: {
          kk: "Тарихи-мәдени мұра объектілерін пайдалану және күзету",
          ru: "Использование и охрана объектов историко-культурного наследия",
          en: "Use and protection of historical and cultural heritage sites",
        },
        directions: [],
      },
      {
        code: "3",
        name: { kk: "Тілдерді дамыту", ru: "Развитие языков", en: "Development of languages" },
        directions: [],
      },
      {
        code: "4",
        name: {
          kk: "Этносаралық келісімнің Ішкі саяси тұрақтылығын бекіту",
          ru: "Укрепление внутриполитической стабильности и межэтнического согласия",
          en: "Strengthening internal political stability and interethnic harmony",
        },
        directions: [],
      },
      {
        code: "5",
        name: {
          kk: "Мемлекеттік рәміздерді әзірлеу мен пайдалану",
          ru: "Разработка и использование государственных символов",
          en: "Development and use of state symbols",
        },
        directions: [],
      },
      {
        code: "6",
        name: { kk: "Ақпарат", ru: "Информация", en: "Information" },
        directions: [],
      },
      {
        code: "7",
        name: {
          kk: "Мұрағат іс және құжаттама",
          ru: "Архивное дело и документация",
          en: "Archives and records management",
        },
        directions: [],
      },
      {
        code: "8",
        name: {
          kk: "Мемлекеттік әлеуметтік тапсырыс",
          ru: "Государственный социальный заказ",
          en: "State social procurement",
        },
        directions: [],
      },
    ],
  },
  {
    key: "ministryOfHealth",
    name: {
      kk: "Қазақстан Республикасы Денсаулық сақтау министрлігі",
      ru: "Министерство здравоохранения Республики Казахстан",
      en: "Ministry of Health of the Republic of Kazakhstan",
    },
    spheres: [
      {
        code: "1",
        name: {
          kk: "Денсаулық сақтау субъектілері қызметінің тиімділігін қамтамасыз ету жолымен халыққа сапалы медициналық көмектің барлық түрлерін ұйымдастыру",
          ru: "Организация всех видов качественной медицинской помощи населению путем обеспечения эффективности деятельности субъектов здравоохранения",
          en: "Organizing all types of quality medical care for the population by ensuring the effectiveness of healthcare entities",
        },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Халыққа сапалы медициналық көмектің барлық түрлерін ұйымдастыру",
              ru: "Организация всех видов качественной медицинской помощи населению",
              en: "Organizing all types of quality medical care for the population",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Тегін медициналық көмектің кепілді көлемін қамтамасыз ету",
              ru: "Обеспечение гарантированного объема бесплатной медицинской помощи",
              en: "Provision of the guaranteed volume of free medical care",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Медициналық қызметтер сапасын бақылау",
              ru: "Контроль качества медицинских услуг",
              en: "Quality control of medical services",
            },
          },
        ],
      },
      {
        code: "2",
        name: {
          kk: "Аурулардың алдын алу және салауатты өмір салтын қалыптастыру",
          ru: "Профилактика заболеваний и формирование здорового образа жизни",
          en: "Disease prevention and promotion of a healthy lifestyle",
        },
        directions: [],
      },
      {
        code: "3",
        name: {
          kk: "Санитарлық-эпидемиологиялық салауаттылықты қамтамасыз ету",
          ru: "Обеспечение санитарно-эпидемиологического благополучия",
          en: "Ensuring sanitary and epidemiological well-being",
        },
        directions: [],
      },
      {
        code: "4",
        name: {
          kk: "Халыққа дәрілік құралдардың сапасы мен қолжетімдігін арттыру",
          ru: "Повышение качества и доступности лекарственных средств для населения",
          en: "Improving the quality and availability of medicines for the population",
        },
        directions: [],
      },
      {
        code: "5",
        name: {
          kk: "Медициналық білім және ғылым, денсаулық сақтау саласындағы кадр саясаты",
          ru: "Медицинское образование и наука, кадровая политика в здравоохранении",
          en: "Medical education and science, human resources policy in healthcare",
        },
        directions: [
          {
            code: "5.1",
            name: {
              kk: "Саланы білікті кадрлармен қамтамасыз ету",
              ru: "Обеспечение отрасли квалифицированными кадрами",
              en: "Staffing the sector with qualified personnel",
            },
          },
          {
            code: "5.2",
            name: {
              kk: "Медициналық ғылымды дамыту",
              ru: "Развитие медицинской науки",
              en: "Development of medical science",
            },
          },
          {
            code: "5.3",
            name: {
              kk: "Фармацевтикалық ғылымды дамыту",
              ru: "Развитие фармацевтической науки",
              en: "Development of pharmaceutical science",
            },
          },
        ],
      },
    ],
  },
  {
    key: "religiousAffairsAgency",
    name: {
      kk: "Қазақстан Республикасы Дін істері агенттігі",
      ru: "Агентство Республики Казахстан по делам религий",
      en: "Agency of the Republic of Kazakhstan for Religious Affairs",
    },
    spheres: [
      {
        code: "1",
        name: { kk: "Діни қызмет", ru: "Религиозная деятельность", en: "Religious activity" },
        directions: [
          {
            code: "1.1",
            name: {
              kk: "Діни қызмет саласындағы мемлекеттік реттеу және діни бірлестіктерімен өзара іс-қимыл",
              ru: "Государственное регулирование в сфере религиозной деятельности и взаимодействие с религиозными объединениями",
              en: "State regulation of religious activity and interaction with religious associations",
            },
          },
          {
            code: "1.2",
            name: {
              kk: "Ақпараттық-насихаттау және түсіндіру жұмысы",
              ru: "Информационно-пропагандистская и разъяснительная работа",
              en: "Information, outreach and explanatory work",
            },
          },
          {
            code: "1.3",
            name: {
              kk: "Құқық қорғау органдарымен өзара іс-қимыл және жергілікті атқарушы органдар қызметінің өз құзыреті шегінде үйлестірілуін жүзеге асыру",
              ru: "Взаимодействие с правоохранительными органами и координация деятельности местных исполнительных органов в пределах компетенции",
              en: "Interaction with law enforcement bodies and coordination of the activities of local executive bodies within its competence",
            },
          },
        ],
      },
    ],
  },
];

export function centralBody(key: string): CentralBody | undefined {
  return CENTRAL_BODIES.find((body) => body.key === key);
}

/** The sphere ("3") or direction ("3.2") with this code in a list of spheres, if any. */
export function sphereOrDirection(spheres: readonly Sphere[], code: string): Sphere | Direction | undefined {
  for (const sphere of spheres) {
    if (sphere.code === code) return sphere;
    const direction = sphere.directions.find((candidate) => candidate.code === code);
    if (direction) return direction;
  }
  return undefined;
}
