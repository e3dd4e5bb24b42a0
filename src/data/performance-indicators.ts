// App. 4 of the methodology: the six indicators of a local executive body's performance coefficient E,
// in the form's order, named and with their units in Kazakh, Russian and English (directions: the core's).

import type { Better } from "../core/model";
import { app4Direction } from "../core/performance-directions";

export interface PerformanceIndicator {
  key: string;
  better: Better;
  name: { kk: string; ru: string; en: string };
  unit: { kk: string; ru: string; en: string };
}

export const PERFORMANCE_INDICATORS: readonly PerformanceIndicator[] = [
  {
    key: "unemployment",
    better: app4Direction("unemployment") as Better,
    name: { kk: "Жұмыссыздық деңгейі", ru: "Уровень безработицы", en: "Unemployment rate" },
    unit: { kk: "%", ru: "%", en: "%" },
  },
  {
    key: "selfEmployedShare",
    better: app4Direction("selfEmployedShare") as Better,
    name: {
      kk: "Жұмыспен қамтылған халықтың құрамындағы өзін-өзі жұмыспен қамтығандардың үлесі",
      ru: "Доля самостоятельно занятых в составе занятого населения",
      en: "Share of the self-employed in the employed population",
    },
    unit: { kk: "%", ru: "%", en: "%" },
  },
  {
    key: "housingQueue",
    better: app4Direction("housingQueue") as Better,
    name: {
      kk: "Баспананы қажет ететін азаматтар саны",
      ru: "Количество граждан, нуждающихся в жилье",
      en: "Citizens in need of housing",
    },
    unit: { kk: "адам", ru: "человек", en: "persons" },
  },
  {
    key: "emissionsPerCapita",
    better: app4Direction("emissionsPerCapita") as Better,
    name: {
      kk: "Стационарлық көздерден атмосфераға шығарылған ластаушы заттардың жан басына шаққандағы көлемі",
      ru: "Выбросы загрязняющих веществ в атмосферу от стационарных источников на душу населения",
      en: "Air pollutant emissions from stationary sources per capita",
    },
    unit: { kk: "кг жан басына", ru: "кг на душу населения", en: "kg per capita" },
  },
  {
    key: "realIncomeIndex",
    better: app4Direction("realIncomeIndex") as Better,
    name: {
      kk: "Халықтың нақты ақшалай табыстарының индексі",
      ru: "Индекс реальных денежных доходов населения",
      en: "Index of the real money income of the population",
    },
    unit: { kk: "%", ru: "%", en: "%" },
  },
  {
    key: "grpPerCapita",
    better: app4Direction("grpPerCapita") as Better,
    name: {
      kk: "Жан басына шаққандағы жалпы өңірлік өнім",
      ru: "Валовой региональный продукт на душу населения",
      en: "Gross regional product per capita",
    },
    unit: { kk: "мың теңге", ru: "тыс. тенге", en: "thousand tenge" },
  },
];

export function performanceIndicator(key: string): PerformanceIndicator | undefined {
  return PERFORMANCE_INDICATORS.find((indicator) => indicator.key === key);
}
