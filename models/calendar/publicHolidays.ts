/**
 * French public holidays (jours fériés) of metropolitan France.
 * Source: Code du travail, article L3133-1 (the eleven legal holidays): 1 January, Easter Monday, 1 May, 8 May,
 * Ascension Thursday (Easter + 39 days), Whit Monday (Easter + 50 days), 14 July, 15 August, 1 November,
 * 11 November, 25 December. Easter from the Meeus/Butcher algorithm (easter.ts).
 * Alsace-Moselle adds Good Friday and 26 December (Code du travail, article L3134-13): option `alsaceMoselle`.
 */
import { easterSunday } from './easter';
import { epochDayOf } from './parisTime';

export interface PublicHoliday {
  readonly epochDay: number;
  readonly name: string;
}

export function frenchPublicHolidays(year: number, options: { alsaceMoselle?: boolean } = {}): PublicHoliday[] {
  const easter = easterSunday(year);
  const easterDay = epochDayOf(year, easter.month1, easter.day);
  const list: PublicHoliday[] = [
    { epochDay: epochDayOf(year, 1, 1), name: "Jour de l'an" },
    { epochDay: easterDay + 1, name: 'Lundi de Pâques' },
    { epochDay: epochDayOf(year, 5, 1), name: 'Fête du Travail' },
    { epochDay: epochDayOf(year, 5, 8), name: 'Victoire 1945' },
    { epochDay: easterDay + 39, name: 'Ascension' },
    { epochDay: easterDay + 50, name: 'Lundi de Pentecôte' },
    { epochDay: epochDayOf(year, 7, 14), name: 'Fête nationale' },
    { epochDay: epochDayOf(year, 8, 15), name: 'Assomption' },
    { epochDay: epochDayOf(year, 11, 1), name: 'Toussaint' },
    { epochDay: epochDayOf(year, 11, 11), name: 'Armistice 1918' },
    { epochDay: epochDayOf(year, 12, 25), name: 'Noël' },
  ];
  if (options.alsaceMoselle) {
    list.push({ epochDay: easterDay - 2, name: 'Vendredi saint' }, { epochDay: epochDayOf(year, 12, 26), name: 'Saint-Étienne' });
  }
  return list.sort((x, y) => x.epochDay - y.epochDay);
}
