import { agreementText } from '../catalogue/agreement-text.js';
import { withoutAccents } from '../text.js';

/**
 * The slips of fast typing in the words this domain is asked in (« prescrirre », « sessiin »,
 * « reunoin », « Moissca », « palces »), put right before anything reads the message. A word
 * is corrected only when it is no word of the agreement, and one slip away from exactly one
 * word of the domain: a letter swapped with the next, one letter missing or one too many,
 * and, in words of seven letters or more, one wrong letter. Applied to normal-form text.
 */

// prettier-ignore
const DOMAIN_WORDS = [
  // The programmes, and what a référent does with them.
  'prepa', 'competences', 'competence', 'prescrire', 'prescription', 'prescriptions', 'prescrit',
  'inscrire', 'inscription', 'inscriptions', 'positionner', 'orienter', 'orientation',
  'dispositif', 'dispositifs', 'programme', 'parcours', 'accompagnement', 'eligible', 'eligibilite',
  'habilitation', 'certification', 'numerique', 'objectif', 'objectifs', 'indicateur', 'indicateurs',
  'allocataire', 'allocataires', 'beneficiaire', 'beneficiaires', 'referent', 'referente',
  'responsable', 'coordonnateur', 'contacter', 'contenu', 'duree', 'combien', 'comment', 'quand',
  'quels', 'quelle', 'quelles', 'seulement', 'semaine', 'semaines', 'prochaine', 'suivante',
  // The agenda.
  'session', 'sessions', 'entree', 'entrees', 'volet', 'volets', 'atelier', 'ateliers', 'phase',
  'phases', 'place', 'places', 'disponible', 'disponibles', 'information', 'informations', 'collective',
  'collectives', 'reunion', 'reunions', 'metier', 'metiers', 'visite', 'visites', 'plateau',
  'plateaux', 'technique', 'techniques', 'portes', 'ouvertes', 'journee', 'formation',
  'formations', 'distanciel', 'presentiel', 'distance', 'calendrier', 'agenda', 'complet', 'route',
  'janvier', 'fevrier', 'avril', 'juillet', 'septembre', 'octobre', 'novembre', 'decembre',
  // Trades and towns of the published agenda.
  'soudure', 'soudeur', 'plaquiste', 'maconnerie', 'electricite', 'electricien', 'batiment',
  'logistique', 'cariste', 'preparateur', 'commandes', 'restauration', 'proprete',
  'montauban', 'moissac', 'castelsarrasin', 'caussade',
  // « inof coll »: the one short word worth putting right, and only when swapped.
  'info',
];

/** Words of everyday French one slip away from a word above, which the agreement may not use. */
// prettier-ignore
const EVERYDAY_WORDS = [
  'entre', 'plage', 'toute', 'routes', 'voler', 'vole', 'phrase', 'quel', 'visiter', 'cession',
  'metre', 'metres', 'dure', 'durer', 'comme', 'combine', 'quant', 'prochain', 'suivant', 'sortie',
  'inscrit', 'inscrite', 'orient', 'contenue', 'complete', 'completes', 'porte', 'ouverte',
  'journees', 'prepare', 'prepas', 'objet', 'infos', 'into', 'inox', 'compet', 'continu',
  'continue', 'reperent', 'repere', 'reperer', 'inscrive', 'inscrivent', 'prescrive',
  'prescrivent', 'prescrite', 'prescrites', 'prescrits', 'inscrits', 'inscrites', 'coordinateur',
  'coordinatrice',
];

let known: ReadonlySet<string> | undefined;
let byLength: ReadonlyMap<number, readonly string[]> | undefined;

/** The words never corrected: the agreement's own, the domain's, everyday ones. Read once. */
function knownWords(): ReadonlySet<string> {
  known ??= new Set([
    ...withoutAccents(agreementText()).split(/[^a-z0-9]+/),
    ...DOMAIN_WORDS,
    ...EVERYDAY_WORDS,
  ]);
  return known;
}

function domainWordsOfLength(length: number): readonly string[] {
  if (!byLength) {
    const grouped = new Map<number, string[]>();
    for (const word of DOMAIN_WORDS) grouped.set(word.length, [...(grouped.get(word.length) ?? []), word]);
    byLength = grouped;
  }
  return byLength.get(length) ?? [];
}

/**
 * Whether `typed` is `word` with one slip: two neighbouring letters swapped, or, inside the word,
 * one letter missing, one too many or (in a long word) one wrong. The ends of a word are left to
 * grammar (« prescris », « orientée », « prochaines », « l'entrée »), but for a letter typed twice
 * (« distanciell »).
 */
function oneSlipFrom(typed: string, word: string): boolean {
  if (typed.length === word.length) {
    const differ: number[] = [];
    for (let i = 0; i < word.length && differ.length <= 2; i++) if (typed[i] !== word[i]) differ.push(i);
    if (differ.length === 2) {
      const [i, j] = differ as [number, number];
      return j === i + 1 && typed[i] === word[j] && typed[j] === word[i];
    }
    // A wrong letter only inside a long word: in a short one, or at the end, it makes another word too often.
    return differ.length === 1 && word.length >= 7 && differ[0]! > 0 && differ[0]! < word.length - 1;
  }
  if (word.length < 5) return false;
  const [longer, shorter] = typed.length > word.length ? [typed, word] : [word, typed];
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  if (longer.slice(i + 1) !== shorter.slice(i)) return false;
  const doubledLast = i === shorter.length && typed === longer && longer[i] === longer[i - 1];
  return (i > 0 && i < shorter.length) || doubledLast;
}

function corrected(token: string): string {
  if (token.length < 4 || /\d/.test(token) || knownWords().has(token)) return token;
  const candidates = [token.length - 1, token.length, token.length + 1]
    .flatMap(domainWordsOfLength)
    .filter((word) => oneSlipFrom(token, word));
  return candidates.length === 1 ? candidates[0]! : token;
}

/** A normal-form text with the domain's words typed with a slip put right. */
export function withoutSlips(normal: string): string {
  return (
    normal
      .replace(/\b[a-z]{4,}\b/g, corrected)
      // « la promo 1816 », « la 16118 »: the programme's number, its figures swapped or doubled.
      .replace(/\b(promo|la|le|en|pour) (1816|16118|16188|1681)\b/g, '$1 1618')
  );
}
