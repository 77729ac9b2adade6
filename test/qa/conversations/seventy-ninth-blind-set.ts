/**
 * Seventy-ninth blind set. Who speaks: a pilot of the steering committee asking about the
 * indicators and the yearly targets of the action plan, an AFPA trainer asking about workshop
 * visits and trade meetings by métier, and référents insertion of the Département typing in
 * Teams in a hurry (abbreviations, no accents, typos, SMS style, emojis, negative questions,
 * confirmations, follow-ups that only make sense after the previous turn).
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA (with
 * its action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking at the
 * bot's code or at any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const multi = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...multi, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA_DURATION = alt(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours max',
  'huit jours max',
);
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DURATION = [' 5 jours', '(5 jours', 'cinq jours', ' 5 journées', 'cinq journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const VOLET_DURATIONS = alt(
  '5 à 6 jours',
  '5 et 6 jours',
  '5-6 jours',
  'cinq à six jours',
  '4 à 8 jours',
  '4 et 8 jours',
  '4-8 jours',
  'quatre à huit jours',
);
const COST = alt(
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'aucun cout',
  'sans frais',
  'sans coût',
  'pas de coût',
  'ne coûte rien',
  'rien au département',
  "financé par l'état",
  "financés par l'état",
  "financement de l'état",
  "plan d'investissement dans les compétences",
  'pic',
);
const STATE_FUNDING = alt("l'état", 'etat', 'pic', "plan d'investissement");

/** What the agreement does not say, in the ways a French answer may say it. */
const SILENT = alt(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  'ne précise pas',
  'ne le précise pas',
  'pas précisé',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  "pas d'information",
  "n'en dit rien",
  'ne traite pas',
  'ne mentionne pas',
  'pas mentionné',
  'ne parle pas',
  'ne porte pas',
  'ne figure pas',
  "n'aborde pas",
  'ne fixe pas',
  'ne contient pas',
  'ne donne pas',
  'rien sur',
  'pas de réponse',
  'je ne sais pas',
  'je ne peux pas',
  'pas en mesure',
);

/** An answer that sees the person as eligible. */
const YES = alt(
  'oui',
  'est éligible',
  'bien éligible',
  'sont éligibles',
  'serait éligible',
  'semble éligible',
  'a priori éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut y entrer',
  'peut être orienté',
  'peut être prescrit',
  'pouvez le prescrire',
  'pouvez la prescrire',
  'vous pouvez',
  'fait partie du public',
  'entre dans',
  'rentre dans',
  'correspond bien',
  'correspond au public',
  '✅',
);

/** An answer that sees the person as not eligible. */
const NO = alt(
  'non,',
  'non.',
  'non !',
  'non :',
  'pas éligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'réservé',
  'ne relève pas',
  'ne correspond pas',
  'pas concerné',
  'ne remplit pas',
  'ne fait pas partie',
  'ne rentre pas',
  "n'entre pas",
  'pas accessible',
  'trop jeune',
  'hors du public',
  'pas encore',
  '❌',
);
const NOT_ELIGIBLE = alt("n'est pas éligible", 'ne peut pas en bénéficier', "ne peut pas l'intégrer");

const PRESCRIPTION_STEPS = alt(
  'formulaire',
  'fiche',
  'panda',
  'étape',
  'adhésion',
  'remplir',
  'remplissez',
  'complétez',
  'compléter',
  'inscri',
);

const FIGURES_NOT_YET = alt(
  'pas encore',
  'aucune donnée',
  'pas de donnée',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucun chiffre',
  'pas de chiffre',
  'aucune entrée',
  'aucune prescription',
  '0 /',
  '0/',
  '0 sur',
  ': 0',
  'réalisé',
  'suivi',
);

const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'propreté',
  'plaquiste',
  'restauration',
];
/** A places answer about one training names no other training. */
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.includes(t));

const MORNING_14 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];

// ── The cases ───────────────────────────────────────────────────────────────

export const SEVENTY_NINTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ──
  c(
    'b79-dis-01',
    ['referent'],
    [
      turn(
        'c quoi prepa comp en 2 mots ? jsuis nouvelle au CD',
        'dispositif',
        [alt('rsa', 'éloignées de l', 'éloignés de l', 'projet', 'entrée en formation'), PREPA_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b79-dis-02',
    ['confirmation'],
    [
      turn('c bien 3 mois la promo ?', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
      turn('et la prepa ??', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b79-dis-03',
    ['two-in-one'],
    [
      turn('la prepa c combien de jours max et sur cbien de temps ?', 'dispositif', [
        ['8 jours', 'huit jours'],
        TWO_WEEKS,
      ]),
    ],
  ),
  c(
    'b79-dis-04',
    ['two-in-one', 'negative'],
    [
      turn('competences PEC ca dure combien ? c pas 13 semaines comme la promo ?', 'dispositif', [
        PEC_DURATION,
        alt(
          'durée du pec',
          'durée du contrat',
          'pendant le pec',
          'au long du',
          'répartis',
          'réparti',
          'sur la durée',
        ),
      ]),
    ],
  ),
  c(
    'b79-dis-05',
    ['referent'],
    [
      turn('volet 1 / volet 2 prepa c quoi la diff svp', 'dispositif', [
        ['projet'],
        alt('entrée en formation', 'sécuris'),
        VOLET_DURATIONS,
      ]),
    ],
  ),
  c(
    'b79-dis-06',
    ['confirmation'],
    [turn('la promo 1618 c du lundi au vendredi c ca ?', 'dispositif', [['jeudi']])],
  ),
  c(
    'b79-dis-07',
    ['rambling'],
    [
      turn(
        'bjr alors j ai une dame au rsa a lafrancaise, pas de voiture, pas de bus le matin, elle est motivee mais bon... la prepa on peut la faire a distance ou pas ?',
        'dispositif',
        [['distance', 'distanciel']],
      ),
      turn('et la promo aussi a distance ?', 'dispositif', [['présentiel', 'sur place']]),
    ],
  ),
  c(
    'b79-dis-08',
    ['referent'],
    [
      turn('compétences pec: les phases c quoi en gros, ca debouche sur quoi ?', 'dispositif', [
        ['vae', 'v.a.e', 'validation des acquis'],
        ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
        ['cléa', 'clea'],
      ]),
    ],
  ),
  c(
    'b79-dis-10',
    ['two-in-one'],
    [
      turn('panda c quoi deja ?? et c qui qui nous habilite dessus', 'dispositif', [
        alt('traçabilité', 'plateforme', 'plate-forme', 'trace', 'suivi des parcours'),
        alt('habilit'),
      ]),
    ],
  ),
  c(
    'b79-dis-11',
    ['reports'],
    [
      turn('on recoit un bilan a la fin de la prepa ?', 'dispositif', [
        ['bilan'],
        alt('référent', 'accompagnement'),
      ]),
      turn('et pour la promo 1618 ?', 'dispositif', [
        [
          ...SILENT,
          ...alt(
            'pas de bilan',
            'uniquement',
            'seulement',
            'que pour',
            'accompagnement prolongé',
            '6 mois',
            'six mois',
          ),
        ],
      ]),
    ],
  ),
  c(
    'b79-dis-12',
    ['follow-up'],
    [
      turn('apres la promo y a un suivi du jeune ou il est lache dans la nature ?', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b79-dis-13',
    ['two-in-one', 'negative'],
    [
      turn('ca se passe ou prepa comp ? c que a montauban ?', 'dispositif', [
        ['montauban'],
        alt('délocalis', 'ensemble du département', 'dans le département', 'distance', 'ailleurs', 'autres'),
      ]),
    ],
  ),
  c(
    'b79-dis-14',
    ['negative'],
    [
      turn('c pas la ML qui prescrit la promo normalement ?', 'dispositif', [
        ['mission', 'cio', 'c.i.o', 'centre d’information'],
      ]),
    ],
  ),
  c(
    'b79-dis-15',
    ['two-in-one', 'costs'],
    [turn('ca coute combien au CD une prescription prepa ? faut un budget ?', 'dispositif', [COST])],
  ),
  c(
    'b79-dis-16',
    ['remuneration', 'silent'],
    [
      turn(
        'les stagiaires de la prepa ils sont remuneres ? pck ma dame au RSA elle me demande',
        'dispositif',
        [SILENT],
        ['€', ' euros'],
      ),
    ],
  ),
  c(
    'b79-dis-18',
    ['pec'],
    [
      turn('faut l accord de l employeur pour competences PEC ?', 'dispositif', [
        ['employeur'],
        alt('oui', 'accord'),
      ]),
    ],
  ),
  c(
    'b79-dis-19',
    ['trainer'],
    [
      turn('c quoi exactement le kit de com que vous donnez aux referents ?', 'dispositif', [
        ['flyer'],
        alt('argumentaire', 'titres professionnels', 'intervenants', 'places disponibles'),
      ]),
    ],
  ),
  c(
    'b79-dis-20',
    ['promo'],
    [
      turn('pour la promo faut l autorisation des parents ? 🙏', 'dispositif', [
        alt('oui', 'autorisations parentales', 'autorisation parentale', 'autorisation des parents'),
      ]),
    ],
  ),
  c(
    'b79-dis-21',
    ['promo'],
    [turn('les phases de la promo c quoi', 'dispositif', [['engagement'], ['construction'], ['suite']])],
  ),
  c(
    'b79-dis-22',
    ['confirmation'],
    [
      turn(
        'l accompagnement promo peut aller jusqu a 4 mois c ca ?',
        'dispositif',
        [FOUR_MONTHS],
        PREPA_DURATION,
      ),
    ],
  ),
  c(
    'b79-dis-23',
    ['two-in-one', 'agreement'],
    [
      turn('l accord il est signe pour cbien de temps ? on peut le prolonger ?', 'dispositif', [
        ['2 ans', 'deux ans'],
        alt('avenant', 'prolong', 'poursuite', 'modifié', 'complété'),
      ]),
    ],
  ),
  c(
    'b79-dis-24',
    ['two-in-one', 'campaign'],
    [
      turn('jusqu a quand les BRSA peuvent entrer ? et ils doivent avoir fini quand ?', 'dispositif', [
        ['31 décembre', '31/12', '31 déc'],
        ['30 avril', '30/04', '30 avr'],
      ]),
    ],
  ),
  c(
    'b79-dis-26',
    ['rsfp'],
    [
      turn('rsfp c pour qui ? ceux qui peuvent pas faire de vae ?', 'dispositif', [
        alt('prérequis', 'pré-requis'),
      ]),
    ],
  ),
  c(
    'b79-dis-27',
    ['two-in-one', 'pilot', 'reports'],
    [
      turn('le tableau de bord de chaque dispositif il part a qui et c tous les combien ?', 'dispositif', [
        ['dgefp', 'd.g.e.f.p', 'délégation générale'],
        ['mensuel', 'chaque mois', 'tous les mois'],
      ]),
    ],
  ),
  c(
    'b79-dis-29',
    ['pilot', 'reports'],
    [
      turn('le copil de l accord il se reunit tous les combien ?', 'dispositif', [
        alt('une fois par an', '1 fois par an', 'annuel', 'chaque année', 'par an'),
      ]),
      turn('et le copil national ?', 'dispositif', [
        ['trimestr', 'tous les 3 mois', 'tous les trois mois'],
        ['dgefp', 'd.g.e.f.p'],
      ]),
    ],
  ),
  c(
    'b79-dis-30',
    ['funding'],
    [
      turn('c quoi prepa comp ?', 'dispositif', [PREPA_DURATION]),
      turn('et c finance par qui ? la region ?', 'dispositif', [STATE_FUNDING]),
    ],
  ),
  c(
    'b79-dis-31',
    ['trainer'],
    [
      turn(
        'on doit venir combien de fois par an a la reunion d equipe du service insertion ?',
        'dispositif',
        [alt('semestre', 'deux fois par an', '2 fois par an', 'tous les 6 mois', 'tous les six mois')],
      ),
    ],
  ),

  // ── agenda ──
  c(
    'b79-age-01',
    ['referent'],
    [turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07'))],
  ),
  c(
    'b79-age-02',
    ['follow-up'],
    [
      turn('les JPO c quand ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
      turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03'), ...notOn('2027-01-07')]),
    ],
  ),
  c(
    'b79-age-03',
    ['negative'],
    [
      turn(
        'y a pas de JPO en fevrier ??',
        'agenda',
        [on('2027-02-03'), on('2027-02-17')],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b79-age-04',
    ['follow-up'],
    [
      turn(
        'cette semaine il se passe quoi a l afpa ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-07')],
      ),
      turn(
        'et la semaine pro ?',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b79-age-05',
    ['trainer', 'two-in-one'],
    [
      turn(
        'visite plateau soudure c quand ? et combien de places ?',
        'agenda',
        [on('2027-01-19'), seats(8)],
        notOn('2027-03-10'),
      ),
      turn(
        'et pour la formation soudeur il reste de la place ?',
        'agenda',
        [seats(4)],
        otherTrainings('soudeur'),
      ),
    ],
  ),
  c(
    'b79-age-06',
    ['trainer', 'two-in-one'],
    [
      turn(
        'la reunion metier logistique c quand ? ca concerne quels metiers ?',
        'agenda',
        [on('2027-01-26'), ['cariste', 'préparateur']],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b79-age-07',
    ['trainer', 'two-in-one'],
    [
      turn(
        'la reunion metiers du batiment c ou et c quand ?',
        'agenda',
        [['caussade'], on('2027-02-23')],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b79-age-08',
    ['trainer'],
    [
      turn(
        'y a une visite du plateau elec de prevue ?',
        'agenda',
        [on('2027-03-10'), ['10h', '10 h', '10:00']],
        notOn('2027-01-19'),
      ),
      turn('et la reunion metier ou y a l elec dedans ?', 'agenda', [on('2027-02-23'), ['caussade']]),
    ],
  ),
  c(
    'b79-age-09',
    ['places'],
    [turn('places soudeur dispo ?', 'agenda', [seats(4)], otherTrainings('soudeur'))],
  ),
  c(
    'b79-age-10',
    ['places', 'confirmation'],
    [
      turn('c bien complet la formation plaquiste ? 😕', 'agenda', [
        alt(
          'complet',
          '0 place',
          'aucune place',
          'plus de place',
          'pas de place',
          'places : 0',
          'places disponibles : 0',
        ),
      ]),
    ],
  ),
  c(
    'b79-age-11',
    ['follow-up', 'places'],
    [
      turn(
        'prochaine entree prepa volet 2 ?',
        'agenda',
        [[...on('2027-01-25'), ...on('2027-02-15')]],
        notOn('2027-01-18'),
      ),
      turn('il reste de la place ?', 'agenda', [
        [...seats(5), ...alt('complet', 'aucune place', '0 place', 'places : 0', 'plus de place')],
      ]),
      turn('et c ou celle du 15 fev ?', 'agenda', [['castelsarrasin']]),
    ],
  ),
  c(
    'b79-age-12',
    ['follow-up', 'promo'],
    [
      turn(
        'info coll promo 1618 c quand ?',
        'agenda',
        [on('2027-03-17'), ['montauban']],
        notOn('2027-01-14'),
      ),
      turn('et l entree dans le programme ?', 'agenda', [on('2027-02-01')]),
    ],
  ),
  c(
    'b79-age-13',
    ['two-in-one', 'pec'],
    [
      turn('prochain atelier 2 competences PEC ? y en a a distance ?', 'agenda', [
        on('2027-01-20'),
        on('2027-03-03'),
      ]),
    ],
  ),
  c(
    'b79-age-14',
    ['follow-up', 'pec', 'two-in-one'],
    [
      turn('l info coll PEC c ou ? y a cbien de places ?', 'agenda', [
        ['moissac'],
        on('2027-02-09'),
        seats(10),
      ]),
      turn('et l atelier 3 ?', 'agenda', [on('2027-02-10')]),
    ],
  ),
  c(
    'b79-age-15',
    ['follow-up', 'towns'],
    [
      turn(
        'y a quoi a castelsarrasin prochainement ?',
        'agenda',
        [on('2027-01-21'), ['castelsarrasin']],
        [...notOn('2027-02-03'), ...notOn('2027-01-14')],
      ),
      turn('et a valence d agen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
    ],
  ),
  c(
    'b79-age-16',
    ['two-in-one', 'confirmation'],
    [turn('c bien le 14 l info coll prepa ? a quelle heure svp', 'agenda', [on('2027-01-14'), MORNING_14])],
  ),
  c(
    'b79-age-17',
    ['follow-up', 'places'],
    [
      turn('places cariste asap 🙏', 'agenda', [seats(6)], otherTrainings('cariste')),
      turn('et preparateur de commandes ?', 'agenda', [seats(5), ['castelsarrasin']]),
    ],
  ),
  c(
    'b79-age-18',
    ['follow-up', 'places'],
    [
      turn(
        'il y a quoi comme formations en logistique avec des places ?',
        'agenda',
        [['cariste'], ['préparateur']],
        ['plaquiste', 'soudeur'],
      ),
      turn('et maçon ?', 'agenda', [seats(3), on('2027-02-15')]),
    ],
  ),
  c(
    'b79-age-19',
    ['modality'],
    [
      turn(
        'y a une session prepa a distance bientot ? ma dame est a beaumont',
        'agenda',
        [on('2027-02-08')],
        notOn('2027-03-03'),
      ),
    ],
  ),
  c(
    'b79-age-20',
    ['month'],
    [
      turn(
        'en mars y a quoi comme evenements ?',
        'agenda',
        [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b79-age-21',
    ['negative'],
    [turn('y a pas une jpo ce jeudi ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07'))],
  ),
  c(
    'b79-age-22',
    ['places'],
    [
      turn(
        'agent de proprete a moissac il reste combien de places ?',
        'agenda',
        [seats(7)],
        otherTrainings('propreté'),
      ),
    ],
  ),
  c(
    'b79-age-24',
    ['trainer', 'negative'],
    [
      turn('y a pas de visite plateau maconnerie de prevue ?', 'agenda', [
        [
          ...alt(
            'pas de visite',
            'aucune visite',
            'pas prévu',
            'pas prévue',
            'rien de prévu',
            'pas programmé',
            'aucun',
          ),
          ...on('2027-02-23'),
        ],
      ]),
    ],
  ),
  c(
    'b79-age-25',
    ['modality'],
    [
      turn(
        'prochaine entree prepa volet 1 en presentiel svp',
        'agenda',
        [on('2027-01-18'), ['montauban']],
        [...notOn('2027-02-08'), ...notOn('2027-01-25')],
      ),
    ],
  ),

  // ── eligibility ──
  c(
    'b79-eli-01',
    ['rambling'],
    [
      turn(
        'Mme 45a BRSA pas inscrite FT, veut faire aide soignante mais c flou, pas sure du tout, elle a jamais fait de formation. prepa ok pour elle ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      turn(
        'ok et elle peut commencer quand ?',
        'agenda',
        [[...on('2027-01-18'), ...on('2027-01-25'), ...on('2027-02-08')]],
        notOn('2027-01-07'),
      ),
    ],
  ),
  c(
    'b79-eli-02',
    ['ase', 'boundaries'],
    [
      turn(
        'jeune ASE 17 ans, a lache le lycee en octobre, fait rien depuis → promo 1618 possible ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
      turn('et si il avait 15 ans ?', 'eligibility', [NO, ['16', 'seize']]),
      turn('et 19 ans ?', 'eligibility', [NO, ['18', 'mineur']]),
    ],
  ),
  c(
    'b79-eli-03',
    ['pec'],
    [
      turn(
        'monsieur au RSA en PEC depuis 2 mois a la mairie, competences pec ok ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b79-eli-04',
    ['pec', 'negative'],
    [
      turn(
        'BRSA sans contrat aide, juste suivie par moi, elle peut pas faire competences pec ?',
        'eligibility',
        [NO, alt('pec', 'parcours emploi compétences', 'contrat')],
      ),
    ],
  ),
  c(
    'b79-eli-05',
    ['negative', 'age'],
    [
      turn('c pas pour les +26 ans la prepa ?', 'eligibility', [
        alt(
          'pas de limite',
          'aucune limite',
          "pas de condition d'âge",
          "aucune condition d'âge",
          "pas d'âge",
          "aucun critère d'âge",
          "pas de critère d'âge",
          'quel que soit',
          'sans limite',
          "n'est pas réservé",
          'pas réservé',
          'tout âge',
          'si,',
          'si !',
        ),
        ['rsa'],
      ]),
    ],
  ),
  c(
    'b79-eli-06',
    ['promo', 'school'],
    [
      turn('jeune 16 ans toujours en seconde mais veut arreter, promo possible ?', 'eligibility', [
        alt(
          'quitté',
          'décroch',
          'déscolaris',
          'scolarisé',
          'sortis du',
          'sorti du',
          'pas en formation',
          'une fois',
        ),
      ]),
    ],
  ),
  c(
    'b79-eli-07',
    ['rsa'],
    [
      turn(
        'un DE inscrit FT, pas au RSA, pas suivi par le CD, je peux lui prescrire prepa moi ?',
        'eligibility',
        [NO, ['france travail', 'pôle emploi', 'pole emploi']],
      ),
    ],
  ),
  c(
    'b79-eli-08',
    ['th'],
    [
      turn(
        'RQTH + BRSA, la prepa c ouvert ou faut passer par cap emploi ?',
        'eligibility',
        [YES, ['rsa']],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b79-eli-09',
    ['ase', 'promo'],
    [
      turn('jeune ASE 17a deja en apprentissage chez un boulanger, promo 1618 ?', 'eligibility', [
        NO,
        alt(
          'pas en formation',
          'ni en formation',
          'ne sont pas en formation',
          'ne travaillent pas',
          'déjà',
          'ni emploi',
          'ni en emploi',
          'sans emploi',
        ),
      ]),
    ],
  ),
  c(
    'b79-eli-10',
    ['age'],
    [
      turn(
        'mr BRSA 58 ans, c pas trop vieux pour la prepa ?',
        'eligibility',
        [
          alt(
            'non,',
            'pas trop',
            'pas de limite',
            'aucune limite',
            "condition d'âge",
            "critère d'âge",
            'quel que soit',
            'peut en bénéficier',
            'peut entrer',
            'peut bénéficier',
            'oui',
          ),
        ],
        NOT_ELIGIBLE,
      ),
    ],
  ),
  c(
    'b79-eli-11',
    ['needs', 'rambling'],
    [
      turn(
        'ma dame BRSA a un projet cariste valide, elle entre en formation en fevrier a l afpa mais elle a peur de pas tenir (ca fait 10 ans qu elle a pas ete en formation), quel volet de la prepa ?',
        'eligibility',
        [alt('volet 2', 'sécuriser', 'sécurisation')],
      ),
    ],
  ),
  c(
    'b79-eli-13',
    ['needs', 'siae'],
    [
      turn(
        'salarie SIAE au RSA, veut faire reconnaitre ses competences en espaces verts mais a pas le niveau pour une vae, on fait quoi ?',
        'eligibility',
        [alt('rsfp', 'r.s.f.p', 'reconnaissance des savoir')],
      ),
    ],
  ),
  c(
    'b79-eli-14',
    ['promo', 'age'],
    [
      turn('jeune maman 22 ans BRSA, elle pourrait faire la promo 1618 ?', 'eligibility', [
        NO,
        ['18', 'mineur', '16'],
      ]),
    ],
  ),
  c(
    'b79-eli-15',
    ['needs', 'fle'],
    [
      turn(
        'allocataire RSA primo arrivant, parle pas bien francais, on peut lui proposer quoi ?',
        'eligibility',
        [alt('français', 'fle', 'langue étrangère')],
      ),
    ],
  ),
  c(
    'b79-eli-16',
    ['rsa', 'two-in-one'],
    [
      turn(
        'BRSA pas inscrit a FT, juste suivi CD, la prepa c possible ou faut qu il s inscrive ?',
        'eligibility',
        [
          YES,
          alt(
            'non inscrit',
            'non-inscrit',
            'pas inscrit',
            'inscrits ou non',
            'ou non',
            'pas besoin',
            'pas nécessaire',
            'pas obligatoire',
          ),
        ],
        NOT_ELIGIBLE,
      ),
    ],
  ),

  // ── out_of_scope ──
  c(
    'b79-oos-01',
    ['transport'],
    [turn('l afpa rembourse les frais de transport des stagiaires ?', 'out_of_scope', [SILENT], ['€'])],
  ),
  c('b79-oos-02', [], [turn('vous faites des formations BAFA ?', 'out_of_scope', [SILENT])]),
  c(
    'b79-oos-03',
    ['housing'],
    [
      turn(
        'c possible d avoir un hebergement pdt la formation ? genre internat',
        'out_of_scope',
        [SILENT],
        ['€'],
      ),
    ],
  ),
  c(
    'b79-oos-04',
    ['salary'],
    [turn('ca gagne combien un soudeur debutant ?', 'out_of_scope', [SILENT], ['€', 'euros', 'smic'])],
  ),
  c(
    'b79-oos-05',
    ['chitchat'],
    [
      turn('il fait beau a montauban aujourd hui ? ☀️', 'out_of_scope', [
        [...SILENT, ...alt('ne peux', 'uniquement', 'seulement', 'que sur', 'météo')],
      ]),
    ],
  ),
  c(
    'b79-oos-06',
    ['cpf'],
    [turn('le CPF peut financer une formation afpa pour un BRSA ?', 'out_of_scope', [SILENT])],
  ),
  c(
    'b79-oos-07',
    ['benefits'],
    [
      turn('la prime d activite ca compte comme le RSA pour l eligibilite ?', 'out_of_scope', [
        [...SILENT, ...alt('uniquement', 'seulement')],
      ]),
    ],
  ),
  c(
    'b79-oos-08',
    ['territory'],
    [
      turn('et les formations a toulouse, l accord les couvre aussi ?', 'out_of_scope', [
        [...SILENT, ...alt('tarn', 'montauban')],
      ]),
    ],
  ),
  c(
    'b79-oos-09',
    ['meals'],
    [turn('y a des tickets resto pour les jeunes de la promo ? 🍔', 'out_of_scope', [SILENT], ['€'])],
  ),
  c(
    'b79-oos-11',
    ['follow-up', 'benefits'],
    [
      turn('c quoi la promo 1618 ?', 'dispositif', [PROMO_DURATION]),
      turn('et les jeunes touchent une allocation pendant ?', 'out_of_scope', [SILENT], ['€', ' euros']),
    ],
  ),

  // ── contact ──
  c(
    'b79-con-01',
    ['follow-up'],
    [
      turn('qui contacter a l afpa pour deployer prepa chez nous ?', 'contact', [['battedou', 'vella']]),
      turn('et pour la promo ?', 'contact', [['battedou', 'vella']]),
    ],
  ),
  c(
    'b79-con-02',
    ['pilot'],
    [
      turn('c qui le coordo departemental des dispositifs ?', 'contact', [
        ['vella'],
        ['directeur', 'coordonnat', 'coordinat'],
      ]),
    ],
  ),
  c('b79-con-03', [], [turn('la responsable accompagnement et parcours c qui ?', 'contact', [['battedou']])]),
  c(
    'b79-con-04',
    ['silent'],
    [
      turn(
        'tu as le tel de fabienne battedou ? asap',
        'contact',
        [
          ['battedou'],
          [
            ...SILENT,
            ...alt(
              'pas de numéro',
              'aucun numéro',
              'pas de téléphone',
              'aucun téléphone',
              'pas de coordonnées',
              'aucune coordonnée',
            ),
          ],
        ],
        ['05 63', '05.63', '0563', '+33'],
      ),
    ],
  ),
  c(
    'b79-con-05',
    ['pilot'],
    [
      turn('qui suit l accord cote departement ?', 'contact', [
        ['weill', 'référent', 'referent', 'président'],
      ]),
    ],
  ),
  c(
    'b79-con-07',
    ['silent'],
    [
      turn(
        'mail de eric vella stp',
        'contact',
        [
          ['vella'],
          [
            ...SILENT,
            ...alt(
              'pas d’adresse',
              'aucune adresse',
              'pas de mail',
              'aucun mail',
              'pas de courriel',
              'pas de coordonnées',
              'aucune coordonnée',
            ),
          ],
        ],
        ['@'],
      ),
    ],
  ),
  c(
    'b79-con-08',
    ['follow-up', 'pilot'],
    [
      turn('l interlocuteur du CD pour l afpa c qui ?', 'contact', [alt('référent', 'referent')]),
      turn('et cote afpa ?', 'contact', [['vella', 'battedou']]),
    ],
  ),
  c(
    'b79-con-09',
    ['panda'],
    [
      turn('pour etre habilite sur panda je m adresse a qui ?', 'contact', [
        ['afpa'],
        ['battedou', 'vella', 'habilit'],
      ]),
    ],
  ),

  // ── figures ──
  c(
    'b79-fig-01',
    ['pilot'],
    [
      turn('objectifs 2022 par dispositif svp', 'figures', [
        ['30', 'trente'],
        ['50', 'cinquante'],
        ['10', 'dix'],
      ]),
    ],
  ),
  c(
    'b79-fig-02',
    ['pilot', 'ase'],
    [
      turn('combien de jeunes ASE en objectif sur la promo ?', 'figures', [
        alt(' 10 ', 'dix', '10 jeunes', '10 personnes', ': 10', '**10**'),
      ]),
    ],
  ),
  c(
    'b79-fig-04',
    ['pilot'],
    [
      turn('on en est ou sur les entrees prepa par rapport a l objectif ?', 'figures', [
        ['30', 'trente'],
        FIGURES_NOT_YET,
      ]),
    ],
  ),
  c(
    'b79-fig-05',
    ['pilot', 'follow-up', 'indicators'],
    [
      turn('les indicateurs du 2.1.1 c quoi ?', 'figures', [
        ['portes ouvertes', 'jpo'],
        ['information', 'info coll'],
        ['plateau'],
      ]),
      turn('et ceux du 2.1.3 ?', 'figures', [['entrés', 'entrées', 'entrée'], ['volet']]),
    ],
  ),
  c(
    'b79-fig-06',
    ['pilot', 'two-in-one', 'indicators'],
    [turn('indicateurs du 2.1.2 ? y a un taux de reussite dedans ?', 'figures', [['réussite'], ['sortie']])],
  ),
  c(
    'b79-fig-07',
    ['pilot', 'promo'],
    [turn('taux de sorties positives vise pour la promo ?', 'figures', [['70']])],
  ),
  c(
    'b79-fig-08',
    ['pilot', 'silent'],
    [
      turn('les objectifs 2023 c combien ?', 'figures', [
        ['2022'],
        [
          ...SILENT,
          ...alt(
            'que pour 2022',
            'uniquement pour 2022',
            'seulement pour 2022',
            "pour l'année 2022",
            "pas d'objectif",
            'pas fixé',
            'pas défini',
            'non fixé',
            'pas encore',
          ),
        ],
      ]),
    ],
  ),
  c(
    'b79-fig-09',
    ['pilot', 'negative'],
    [
      turn('y a pas d objectif chiffre sur les JPO ?', 'figures', [
        [...SILENT, ...alt("pas d'objectif", 'aucun objectif', 'pas de cible', 'aucune cible', 'nombre')],
      ]),
    ],
  ),
  c(
    'b79-fig-10',
    ['pilot', 'follow-up'],
    [
      turn('objectif prepa ?', 'figures', [['30', 'trente']]),
      turn('et PEC ?', 'figures', [['50', 'cinquante']]),
      turn('et la promo', 'figures', [alt(' 10 ', 'dix', '10 jeunes', '10 personnes', ': 10', '**10**')]),
    ],
  ),

  // ── prescribe ──
  c('b79-pre-01', [], [turn('je veux prescrire une prepa pour une dame', 'prescribe', [PRESCRIPTION_STEPS])]),
  c(
    'b79-pre-02',
    ['promo'],
    [turn('comment on inscrit un jeune sur la promo ?', 'prescribe', [alt('panda', 'formulaire', 'fiche')])],
  ),
  c(
    'b79-pre-03',
    ['pec'],
    [turn('prescrire competences PEC asap pls 🙏', 'prescribe', [PRESCRIPTION_STEPS])],
  ),
  c(
    'b79-pre-04',
    ['two-in-one'],
    [
      turn('faut faire quoi avant de prescrire ? l adhesion de la personne c obligatoire ?', 'prescribe', [
        alt('adhésion', 'accord'),
        alt('oui', 'informe', 'recueill'),
      ]),
    ],
  ),
  c(
    'b79-pre-05',
    ['follow-up'],
    [
      turn('c quoi prepa competences ? rapidement', 'dispositif', [PREPA_DURATION]),
      turn('ok je prescris pour mr D.', 'prescribe', [PRESCRIPTION_STEPS]),
    ],
  ),
  c(
    'b79-pre-07',
    ['promo', 'ase'],
    [
      turn('prescription promo pour un jeune ASE 16 ans qui a quitte le college', 'prescribe', [
        PRESCRIPTION_STEPS,
      ]),
    ],
  ),
  c(
    'b79-pre-08',
    ['negative'],
    [turn('on prescrit pas par mail a l afpa ? je fais comment', 'prescribe', [PRESCRIPTION_STEPS])],
  ),

  // ── other ──
  c(
    'b79-oth-01',
    ['greeting', 'follow-up'],
    [
      turn('bonjour 👋', 'other', [alt('bonjour', 'salut', 'hello', 'bienvenue')]),
      turn('c quoi la promo 1618', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
    ],
  ),
  c(
    'b79-oth-02',
    ['help'],
    [turn('aide', 'other', [alt('prépa', 'dispositif', 'agenda', 'prescri', 'éligib', 'question')])],
  ),
  c(
    'b79-oth-03',
    ['thanks'],
    [
      turn('merci bcp 👍', 'other', [
        alt(
          'de rien',
          'avec plaisir',
          'je vous en prie',
          'bonne journée',
          'à votre service',
          "n'hésitez",
          'à bientôt',
          'volontiers',
        ),
      ]),
    ],
  ),
  c(
    'b79-oth-04',
    ['cancel', 'follow-up'],
    [
      turn('je veux prescrire', 'prescribe', [PRESCRIPTION_STEPS]),
      turn('non laisse tomber, annule', 'other', [
        alt('annul', 'abandon', 'arrêt', "d'accord", 'ok', 'entendu', "c'est noté"),
      ]),
    ],
  ),
  c(
    'b79-oth-05',
    ['help'],
    [
      turn('tu sais faire quoi au juste ?', 'other', [
        alt('prépa', 'dispositif', 'agenda', 'prescri', 'éligib', 'question'),
      ]),
    ],
  ),
];
