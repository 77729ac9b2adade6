import type { Aspect } from '../catalogue/schema.js';
import { normalizeText } from './normalize.js';

/**
 * How people ask for each aspect, on normalised text (no accents, lower case).
 * When a question asks for two aspects, the one asked first wins.
 */
const ASPECT_PATTERNS: ReadonlyArray<readonly [Exclude<Aspect, 'overview'>, RegExp]> = [
  ['comparison', /\b(difference|differences|different|differents|differencier|distinguer|vs|versus|compar\w*|choisir entre|plutot)\b/],
  [
    'duration',
    /\b(combien de (temps|jours?|semaines?|mois|heures?|demi journees?)|duree|durees|dure|durent|ca prend combien|long|longtemps|nombre de (jours?|semaines?|mois|heures?))\b/,
  ],
  [
    'target',
    /\b(objectifs? (chiffres?|2022|2023|annuels?|de l annee|du departement|quantitatifs?|fixes?)|objectifs? pour (2022|2023|l annee)|cible|cibles|quota|combien d (personnes|places|beneficiaires|allocataires|jeunes|entrees|prescriptions)|combien de (personnes|places|beneficiaires|allocataires|jeunes|entrees|prescriptions)|vises?|objectifs?(?! (de|du|d|des|est|c est)\b)|nombre de (personnes|places|beneficiaires|allocataires|jeunes|entrees) (prevu|vise|attendu)\w*|combien (sont|en) prevu\w*|chiffres?)\b/,
  ],
  [
    'prescription',
    /\b(prescri\w*|inscrire|inscription|inscris|inscrivez|inscrivent|orient\w*|comment (l |les |des |en )?obtenir|demarches?|candidat\w*|positionner|panda|comment (y )?(entrer|acceder|faire entrer|envoyer|proposer)|qui (l |la )?(propose|oriente|envoie)|faire la demande|fiche de liaison|porte d entree)\b/,
  ],
  [
    'modality',
    /\b(a distance|distanciel|distance|presentiel|visio\w*|en ligne|sur place|teletravail|a domicile|de chez (soi|lui|elle|moi)|ou (ca |cela |il |elle )?se (passe|deroule|fait)|ou a lieu|ou ca a lieu|se passe ou|se deroule ou|se fait ou|c est ou|quel lieu|lieu|locaux|centre afpa|montauban|hybride|mixte|en vrai|deplacer)\b/,
  ],
  [
    'phases',
    /\b(etapes?|phases?|deroul\w*|volets?|comment (ca|cela|c) se passe|comment se passe|se passe comment|organis\w*|sequences?|temps forts|chronologie|planning)\b/,
  ],
  [
    'audience',
    /\b(pour qui|a qui|public|publics|qui peut (en )?(beneficier|faire|suivre|y aller|participer|entrer|acceder)|beneficier|beneficiaires?|eligib\w*|s adresse|conditions?|criteres?|peut (il|elle|on) (faire|suivre|entrer|acceder|beneficier|y aller|participer)|accessible|ouvert a|reserve a|c est pour (les|des|qui|quel)|pour les (salaries|jeunes|allocataires|personnes|demandeurs|beneficiaires|mineurs)|concerne qui|qui est concerne|qui sont concernes)\b/,
  ],
  [
    'content',
    /\b(contenus?|qu est ce qu on (y )?fait|on y fait quoi|on fait quoi|que fait on|qu y fait on|programme du|au programme|ateliers?|activites?|qu est ce qu on (y )?apprend|on y apprend|on apprend quoi|font|programme de|obtien\w*|evalu\w*|valide\w*|titres?|travaille\w* (sur|quoi)|qu est ce qu il y a dedans|modules?|evaluations?)\b/,
  ],
];

/** The aspect a question asks about, `overview` when it asks for nothing in particular. */
export function detectAspect(question: string): Aspect {
  const text = normalizeText(question);
  let best: { aspect: Aspect; index: number } = { aspect: 'overview', index: Number.POSITIVE_INFINITY };
  for (const [aspect, pattern] of ASPECT_PATTERNS) {
    const match = pattern.exec(text);
    if (match && match.index < best.index) best = { aspect, index: match.index };
  }
  return best.aspect;
}
