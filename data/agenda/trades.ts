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
  'préparateur de commandes',
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

/** The trade named in normalised text, if any (the first one named). */
export function knownTradeIn(text: string): string | undefined {
  return TRADE_PATTERN.exec(text)?.[1];
}
