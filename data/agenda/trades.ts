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

const NORMALIZED = TRADES.map((t) => normalizeText(t)).sort((a, b) => b.length - a.length);

/** The trade named in normalised text, if any (the first one named). */
export function knownTradeIn(text: string): string | undefined {
  let found: { name: string; index: number } | undefined;
  for (const name of NORMALIZED) {
    const match = new RegExp(`\\b${name}s?\\b`).exec(text);
    if (match && (!found || match.index < found.index)) found = { name, index: match.index };
  }
  return found?.name;
}
