import { normalizeText } from '../qa/normalize.js';

/**
 * Towns of Tarn-et-Garonne where AFPA may hold a session or an event (the agreement
 * allows sessions outside Montauban across the département, protocol § 4), so that
 * « JPO moissac » is read as a town without « à » before it. Written as people write
 * them; matched on normalised text. A town missing here is still found after « à ».
 */
const TOWNS = [
  'Montauban',
  'Castelsarrasin',
  // « castel », as it is called locally.
  'Castel',
  'Moissac',
  'Caussade',
  "Valence d'Agen",
  'Valence',
  'Nègrepelisse',
  'Beaumont-de-Lomagne',
  'Grisolles',
  'Verdun-sur-Garonne',
  'Montech',
  'Lafrançaise',
  'Labastide-Saint-Pierre',
  'Saint-Antonin-Noble-Val',
  'Caylus',
  'Lauzerte',
  'Montaigu-de-Quercy',
  'Molières',
  'Montricoux',
  'Réalville',
  'Bressols',
  'Finhan',
  'Saint-Nicolas-de-la-Grave',
  'Auvillar',
  'Lavit',
  'Montbeton',
  'Albias',
  'Saint-Étienne-de-Tulmont',
  'Golfech',
  'Septfonds',
  'Laguépie',
  'Monclar-de-Quercy',
  'Bourg-de-Visa',
  'Castelsagrat',
  'Dieupentale',
  'Pompignan',
  'Nohic',
  'Labastide-du-Temple',
  'Saint-Porquier',
  'Escatalens',
  'Larrazet',
  'Lamagistère',
  'Malause',
];

/** One pattern for all, longest names first, so that « valence d agen » wins over « valence ». */
const TOWN_PATTERN = new RegExp(
  `\\b(${TOWNS.map((town) => normalizeText(town))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

/** The town of Tarn-et-Garonne named in normalised text, if any (the last one named wins). */
export function townIn(text: string): string | undefined {
  return [...text.matchAll(TOWN_PATTERN)].at(-1)?.[1];
}
