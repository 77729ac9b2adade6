import MiniSearch from 'minisearch';
import { normalizeText } from '../qa/normalize.js';

/**
 * Trades and trainings as référents name them, so that « places soudure » or
 * « formations logistique » are read without « en » before the trade. Matched on the
 * first letters (« maçonnerie » finds « Maçon »); a trade missing here is still found
 * after « en », « métier » or « places en ».
 */
const TRADES = [
  'soudure',
  'soudeur',
  'maçonnerie',
  'maçon',
  'cariste',
  'logistique',
  // « les métiers de l'entrepôt »: logistics, as the titles say.
  'entrepôt',
  'préparateur de commandes',
  'préparateur',
  'magasinier',
  'électricité',
  // « visite plateau élec »
  'élec',
  'électricien',
  'plaquiste',
  'plâtrier',
  'peintre',
  'peinture',
  'plomberie',
  'plombier',
  'chauffagiste',
  'menuiserie',
  'menuisier',
  'carreleur',
  'couvreur',
  'bâtiment',
  'btp',
  'propreté',
  'agent d’entretien',
  'restauration',
  'cuisine',
  'cuisinier',
  'hôtellerie',
  'serveur',
  'vente',
  'commerce',
  'vendeur',
  'secrétariat',
  'secrétaire',
  'comptabilité',
  'comptable',
  'informatique',
  'numérique',
  'transport',
  'conducteur',
  'aide à domicile',
  // Trainings référents often ask of AFPA, published or not: the answer says when none is.
  'aide-soignant',
  'aide-soignante',
  'auxiliaire de vie',
  'aide à la personne',
  'services à la personne',
  'espaces verts',
  'jardinier',
  'paysagiste',
  'mécanique',
  'mécanicien',
  'industrie',
  'usinage',
  'agriculture',
];

/** One pattern for all, longest names first. */
const TRADE_PATTERN = new RegExp(
  `\\b(${TRADES.map((t) => normalizeText(t))
    .sort((a, b) => b.length - a.length)
    .join('|')})s?\\b`,
);

const EVERY_TRADE = new RegExp(TRADE_PATTERN.source, 'g');

/**
 * « passionné de mécanique et de soudure »: the trades named, when there are several; the
 * same trade named twice (« soudure », « soudeur ») counts once.
 */
export function namesSeveralTrades(text: string): string[] | undefined {
  const distinct = tradesNamed(text);
  // « électricien bâtiment », « réunion bâtiment… la maçonnerie »: a trade within its sector is
  // one; « le bâtiment et la logistique » and « soudure et logistique » are two.
  const sectors = distinct.filter((trade) => SECTORS[trade] !== undefined);
  const inNamedSector = (trade: string) => sectors.some((sector) => SECTORS[sector]!.test(trade));
  if (sectors.length > 0 && distinct.every((trade) => sectors.includes(trade) || inNamedSector(trade)))
    return sectors.length > 1 ? sectors : undefined;
  return distinct.length > 1 ? distinct : undefined;
}
/** The trades named, each once (« soudure », « soudeur » are one). */
function tradesNamed(text: string): string[] {
  const named = [...text.matchAll(EVERY_TRADE)].map((m) => m[1]!);
  return [...new Map(named.map((trade) => [trade.slice(0, 4), trade])).values()];
}

/**
 * « ancien du bâtiment qui voudrait faire plaquiste, y a de la place ? »: a sector and one
 * trade within it; a training is published under the trade, which is the one asked.
 */
export function tradeWithinSector(text: string): string | undefined {
  const [first, second, ...more] = tradesNamed(text);
  if (!first || !second || more.length > 0) return undefined;
  const within = (sector: string, trade: string) => SECTORS[sector]?.test(trade) === true;
  return within(first, second) ? second : within(second, first) ? first : undefined;
}

/** « le bâtiment »: the first letters of the trades within that sector, when a sector is named. */
export function tradesOfSector(trade: string): RegExp | undefined {
  return SECTORS[normalizeText(trade)];
}

/** « cuisine »: the sector a trade belongs to (« restauration »), by the name the published titles use. */
export function sectorOf(trade: string): string | undefined {
  const normal = normalizeText(trade);
  return Object.keys(SECTORS).find(
    (sector) => sector !== 'btp' && sector !== normal && SECTORS[sector]!.test(normal),
  );
}

/** Each sector and the trades within it, as normalised text. */
const BUILDING = /^(mac|elec|plaqu|platr|peint|plomb|chauff|menuis|carrel|couvr)/;
const SECTORS: Readonly<Record<string, RegExp>> = {
  batiment: BUILDING,
  btp: BUILDING,
  industrie: /^(soud|usin|mecani)/,
  logistique: /^(carist|preparateur|magasin|entrepo)/,
  commerce: /^vend|^vente/,
  transport: /^conduct/,
  restauration: /^(cuisin|serveur|hotel)/,
};

/** The trades' one-word names, long enough that one letter off still names only them. */
const misspelt = new MiniSearch<{ id: string; name: string }>({ fields: ['id'], storeFields: ['name'] });
misspelt.addAll(
  TRADES.filter((t) => !/[ ’']/.test(t) && t.length >= 6).map((name) => ({ id: normalizeText(name), name })),
);

/** Only where a trade is expected: « soudur dispo ? », « electricen places », « visite plaquist ». */
const TRADE_EXPECTED = /\b(places?|dispos?|disponibles?|visites?|reunions?|formations?|metiers?|plateaux?)\b/;

/**
 * The trade named in normalised text, if any (the first one named); one letter off when
 * the message asks for places, a visit or a trade meeting.
 */
export function knownTradeIn(text: string): string | undefined {
  const named = TRADE_PATTERN.exec(text)?.[1];
  if (named || !TRADE_EXPECTED.test(text)) return named;
  // Only a word right beside what asks for it: « commence » is no misspelt « commerce ».
  const words = text.split(' ');
  for (const [i, word] of words.entries()) {
    const beside = [words[i - 1], words[i + 1]].some((w) => w !== undefined && TRADE_EXPECTED.test(w));
    // « plakiste il reste d la place ? »: a short message that opens on the trade.
    const opening = i === 0 && words.length <= 8;
    if (word.length < 5 || !(beside || opening)) continue;
    // One letter only: two would take « technique » for « mécanique »; « k » typed for « qu » is no letter off.
    const [hit] = [word, word.replace(/k(?=[aeiouy])/g, 'qu')].flatMap((w) =>
      misspelt.search(w, { fuzzy: () => 1 }),
    );
    // As the published titles write it, accents included: « électricien ».
    if (hit) return hit['name'] as string;
  }
  return undefined;
}

/** « btp »: the word the published titles use instead. */
const SAME_TRADE: Readonly<Record<string, string>> = { btp: 'batiment', entrepot: 'logistique' };

/** The trade as the agenda's titles name it, to match them. */
export function tradeAsPublished(trade: string): string {
  const normal = normalizeText(trade);
  return SAME_TRADE[normal] ?? normal;
}
