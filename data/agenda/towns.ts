import MiniSearch from 'minisearch';
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

const SPELLED = new Map(TOWNS.map((town) => [normalizeText(town), town]));

/** A town as it is spelled (« Valence d'Agen » for « valence d agen »); any other place with a capital. */
export function townSpelled(written: string): string {
  return SPELLED.get(normalizeText(written)) ?? written.charAt(0).toUpperCase() + written.slice(1);
}

/** « ne viendra pas jusqu'à Montauban », « plus près que Montauban »: a town not asked for. */
const NOT_THERE =
  /\b(pas|plus|jamais) (aller |se deplacer |venir |monter |descendre )?(jusqu a|jusque|a|sur|vers|aller a|aller sur)( la)? $|\bque $|\b(plutot|au lieu) (que|de) $/;
/** « elle habite Moissac », « du côté de Caussade »: where the person is, which is what is asked. */
const WHERE_THEY_ARE =
  /\b(habite\w*|vit|vivent|domicilie\w*|du cote de|secteur de|pres de|cote) (a |sur |vers |du cote de )?$/;

/**
 * The town of Tarn-et-Garonne asked about in normalised text, if any: where the person lives
 * when the message says it, otherwise the last one named, never one the person will not go to.
 */
export function townIn(text: string): string | undefined {
  const matches = [...text.matchAll(TOWN_PATTERN)];
  if (matches.length === 0) return misspeltTownIn(text);
  const named = matches.filter(
    (match) => !NOT_THERE.test(text.slice(Math.max(0, match.index - 25), match.index)),
  );
  const home = named.find((match) =>
    WHERE_THEY_ARE.test(text.slice(Math.max(0, match.index - 25), match.index)),
  );
  return (home ?? named.at(-1))?.[1];
}

/**
 * « à Castel et à Valence », « moissac ou caussade », « Moissac, Caussade », « jpo montauban ou
 * jpo moissac »: towns asked side by side, the kind of event said again or not; « un sur Montauban,
 * un sur Castel », « 2 sur Castel et 1 à Valence »: people told where each lives.
 */
const SIDE_BY_SIDE =
  /^ (?:(?:et|ou) )?(?:(?:la |le |les |l |une |un |des )?(?:jpo|portes ouvertes|infos? coll\w*|informations? collectives?|visites?|reunions? metiers?|entrees?|sessions?) )?(?:(?:un|une|l autre|les autres|\d) )?(?:(?:a|sur|vers|de) )?$/;

/** Every town asked side by side, in the order named; none when only one is. */
export function townsSideBySide(text: string): string[] {
  const matches = [...text.matchAll(TOWN_PATTERN)];
  const towns: string[] = [];
  for (const [i, match] of matches.entries()) {
    const previous = matches[i - 1];
    const joined =
      previous && SIDE_BY_SIDE.test(text.slice(previous.index + previous[0].length, match.index));
    if (i > 0 && !joined) return [];
    if (!towns.includes(match[1]!)) towns.push(match[1]!);
  }
  return towns.length > 1 ? towns : [];
}

/**
 * The long one-word names, which a phone or a hurried hand misspells (« castelsarazin »,
 * « negrepelise »): one letter off from eight letters, two from eleven. Shorter names must be
 * written right, as too many words are a letter away from them.
 */
const LONG_NAMES = TOWNS.map((town) => normalizeText(town)).filter(
  (id) => !id.includes(' ') && id.length >= 8,
);
const misspeltTowns = new MiniSearch<{ id: string }>({ fields: ['id'] });
misspeltTowns.addAll(LONG_NAMES.map((id) => ({ id })));
/** A misspelt name keeps its first letters: only the words that start like a town are searched. */
const STARTS = new Set(LONG_NAMES.map((id) => id.slice(0, 3)));

function misspeltTownIn(text: string): string | undefined {
  for (const word of text.split(' ')) {
    if (word.length < 8 || !STARTS.has(word.slice(0, 3))) continue;
    const [hit] = misspeltTowns.search(word, { fuzzy: () => (word.length >= 11 ? 2 : 1) });
    if (hit) return hit.id as string;
  }
  return undefined;
}
