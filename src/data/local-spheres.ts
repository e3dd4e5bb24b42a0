// App. 3 of the methodology: the spheres (сала) and directions (бағыт) of a local executive body's
// activity within its territorial development programme, the same for every oblast and city.
//
// Source: /work/shared/seeds/000_fe0966b36eba2e6a.txt, from "3-қосымша" to "4-қосымша". Kazakh as in the
// seed (the trailing ":" after "Экономика" dropped); Russian and English are our translations.

import type { Sphere } from "./central-bodies";

export const LOCAL_SPHERES: readonly Sphere[] = [
  {
    code: "1",
    name: { kk: "Экономика", ru: "Экономика", en: "Economy" },
    directions: [
      { code: "1.1", name: { kk: "Өнеркәсіп", ru: "Промышленность", en: "Industry" } },
      {
        code: "1.2",
        name: { kk: "Агроөнеркәсіп кешені", ru: "Агропромышленный комплекс", en: "Agro-industrial complex" },
      },
      {
        code: "1.3",
        name: {
          kk: "Шағын және орта бизнес, сауда",
          ru: "Малый и средний бизнес, торговля",
          en: "Small and medium-sized business, trade",
        },
      },
      {
        code: "1.4",
        name: { kk: "Инновациялар мен инвестициялар", ru: "Инновации и инвестиции", en: "Innovation and investment" },
      },
    ],
  },
  {
    code: "2",
    name: { kk: "Әлеуметтік сала", ru: "Социальная сфера", en: "Social sphere" },
    directions: [
      { code: "2.1", name: { kk: "Білім", ru: "Образование", en: "Education" } },
      { code: "2.2", name: { kk: "Денсаулық сақтау", ru: "Здравоохранение", en: "Healthcare" } },
      {
        code: "2.3",
        name: {
          kk: "Халықты әлеуметтік қорғау",
          ru: "Социальная защита населения",
          en: "Social protection of the population",
        },
      },
      {
        code: "2.4",
        name: {
          kk: "Мәдениет және тілдерді дамыту",
          ru: "Культура и развитие языков",
          en: "Culture and language development",
        },
      },
      {
        code: "2.5",
        name: {
          kk: "Дене шынықтыру және спорт, туризм",
          ru: "Физическая культура и спорт, туризм",
          en: "Physical culture and sport, tourism",
        },
      },
      { code: "2.6", name: { kk: "Ішкі саясат", ru: "Внутренняя политика", en: "Domestic policy" } },
      {
        code: "2.7",
        name: {
          kk: "Қоғамдық қауіпсіздік пен тәртіп",
          ru: "Общественная безопасность и правопорядок",
          en: "Public safety and law and order",
        },
      },
    ],
  },
  {
    code: "3",
    name: { kk: "Инфрақұрылым", ru: "Инфраструктура", en: "Infrastructure" },
    directions: [
      {
        code: "3.1",
        name: {
          kk: "Байланыс және коммуникациялар",
          ru: "Связь и коммуникации",
          en: "Telecommunications and communications",
        },
      },
      { code: "3.2", name: { kk: "Құрылыс", ru: "Строительство", en: "Construction" } },
      { code: "3.3", name: { kk: "Жолдар және көлік", ru: "Дороги и транспорт", en: "Roads and transport" } },
      {
        code: "3.4",
        name: {
          kk: "Тұрғын үй-коммуналдық шаруашылық",
          ru: "Жилищно-коммунальное хозяйство",
          en: "Housing and utilities",
        },
      },
    ],
  },
  {
    code: "4",
    name: {
      kk: "Ауылдық аумақтарды, экологияны дамыту",
      ru: "Развитие сельских территорий, экологии",
      en: "Development of rural areas and the environment",
    },
    directions: [],
  },
  {
    code: "5",
    name: {
      kk: "Мемлекеттік қызметтерді көрсету",
      ru: "Оказание государственных услуг",
      en: "Provision of public services",
    },
    directions: [],
  },
  {
    code: "6",
    name: { kk: "Қоршаған ортаны қорғау", ru: "Охрана окружающей среды", en: "Environmental protection" },
    directions: [],
  },
];

export function localSphere(code: string): Sphere | undefined {
  return LOCAL_SPHERES.find((sphere) => sphere.code === code);
}
