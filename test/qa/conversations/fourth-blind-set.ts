/**
 * A fourth blind set of Teams conversations for the Département de Tarn-et-Garonne /
 * AFPA assistant, written only from the 2022 agreement (accord, plan d'action 2022-2023,
 * protocole Prépa Compétences / Compétences PEC / La Promo 16/18), from the product guide
 * and from the agenda fixture (today frozen at Monday 11 January 2027, Europe/Paris).
 * Never from the bot's answers.
 *
 * Different questions from the first three sets: towns and months crossed with trades
 * and modalities, « mardi pro », « d'ici fin janvier », full sessions, corrections of an
 * age, RSA with or without France Travail, PEC without a PEC contract, SIAE, questions
 * on the phases of La Promo, the territorial studies, and new out-of-scope topics.
 *
 * Written by a helper who never saw the bot, at the end of the session that brought the
 * third set from 54.1 % to 97.3 %; its first replay, the out-of-sample measure of those
 * fixes, scored 29 / 51 answers (56.9 %) and 19 / 40 conversations.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as loose alternatives ───────────────────────────

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', 'quinze jours', '15 jours'];
const THREE_WEEKS = ['3 semaines', 'trois semaines'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const PEC_DAYS = [' 5 jours', 'cinq jours', ' 5 journées', '5 j de'];
const ONE_DAY = ['1 jour', 'une journée', '1 journée', 'un jour'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'aucun frais',
  'rien à payer',
  'financé par l’état',
  'financés par l’état',
  'financement de l’état',
  'l’état finance',
  'pris en charge par l’état',
  'plan d’investissement dans les compétences',
  '(pic)',
];
const MISSION_LOCALE_CIO = ['mission locale', 'missions locales', 'CIO', 'C.I.O'];
const FT = ['France Travail', 'Pôle emploi', 'conseiller FT'];
const PEC_CONTRACT = [
  'contrat PEC',
  'contrat P.E.C',
  'parcours emploi compétences',
  'salariés en PEC',
  'signataires d’un',
  'en PEC',
];
const SCHOOL_LEAVER = [
  'quitté',
  'décroch',
  'ni en formation',
  'pas en formation',
  'sans formation',
  'ne travaillent pas',
  'scolaris',
];

/** An eligible person: never written as a bare « éligible », which « non éligible » holds too. */
const YES = [
  ' oui',
  'est éligible',
  'sont éligibles',
  'critères remplis',
  'prescription possible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'vous pouvez prescrire',
  'vous pouvez l’orienter',
  'vous pouvez l’inscrire',
];
const NOT_ELIGIBLE_MARKERS = ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas', 'pas possible'];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne remplit pas',
  'ne correspond pas',
  'pas possible',
  'réservé',
  'réservée',
  'uniquement',
  'seulement',
  'ne relève pas',
];
const AGE_MINOR = [
  'mineur',
  'moins de 18',
  'avant 18',
  '16 à 18',
  '16 et 18',
  '16-17',
  '16 ou 17',
  '16 à 17',
  '16 et 17',
];

const OUT = [
  'ne prévoit pas',
  'ne dit rien',
  'n’en dit rien',
  'hors de l’accord',
  'hors accord',
  'hors du champ',
  'en dehors de l’accord',
  'n’est pas couvert',
  'ne couvre pas',
  'ne traite pas',
  'ne précise pas',
  'ne fixe pas',
  'n’aborde pas',
  'ne mentionne pas',
  'ne parle pas',
  'ne règle pas',
  'ne figure pas',
  'ne porte pas',
  'ne concerne pas',
  'pas prévu par l’accord',
  'pas dans l’accord',
  'pas d’information',
  'pas l’information',
];
/** Whom to ask instead: any way of sending the référent elsewhere. */
const WHO = [
  'adressez',
  'rapprochez',
  'contactez',
  'renseignez',
  'vous renseigner',
  'se renseigner',
  'voir avec',
  'voyez avec',
  'interlocuteur',
  'auprès de',
  'demandez',
  'consultez',
  'compétent',
  'compétente',
];
const NO_BOUNCE = ['reformulez'];

const NOT_AVAILABLE = [
  'pas disponible',
  'pas encore disponible',
  'indisponible',
  'pas de chiffre',
  'pas les chiffres',
  'aucun chiffre',
  'ne dispose pas',
  'n’ai pas accès',
  'pas accès',
  'pas encore de chiffres',
  'ne sont pas encore',
  'pas encore publi',
];
const TARGET_PEC = [
  '50 allocataires',
  '50 personnes',
  '50 bénéficiaires',
  'objectif de 50',
  'objectif : 50',
  '50 entrées',
  '50 brsa',
  '50 RSA',
  'cinquante',
];
const TARGET_PROMO = [
  '10 jeunes',
  '10 personnes',
  'objectif de 10',
  'objectif : 10',
  '10 orientations',
  '10 bénéficiaires',
  'dix jeunes',
];

const RAP = ['Responsable Accompagnement et Parcours', 'Responsable Accompagnement & Parcours'];
const DIRECTOR = ['directeur du centre', 'direction du centre', 'coordonnateur départemental'];
const DEPT_REFERENT = [
  'référent(e) de l’expérimentation',
  'référent de l’expérimentation',
  'référente de l’expérimentation',
  'référent(e) désigné(e)',
  'référent désigné',
  'référente désignée',
  'le Département désigne',
  'désigné par le Département',
  'désignée par le Département',
  'référent chargé de travailler avec l’AFPA',
];

/** A question about a dispositif, with a person in it, is not an eligibility interview. */
const NO_INTERVIEW = ['quel âge', 'quelle est sa situation'];

/** Trainings of the fixture's Info Places, by a word of their name. */
const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
const OTHER_TRAININGS = (...asked: string[]) =>
  TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

const FULL = [
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const PRESCRIBING = ['prescri', 'inscri', 'habilitation'];
const RECAP = ['récap', 'recap', 'abonn'];

// ── The set ─────────────────────────────────────────────────────────────────

export const FOURTH_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b4-disp-promo-construction1',
    ['dispositif', 'medium', 'follow-up', 'sms'],
    [
      t('promo 1618 la phase construction 1 ca dure cb', 'dispositif', [THREE_WEEKS]),
      t('et juste apres ya quoi', 'dispositif', [['mobilité'], TWO_WEEKS]),
    ],
  ),
  c(
    'b4-disp-promo-suite-accompagnement',
    ['dispositif', 'medium', 'follow-up', 'no-accent'],
    [
      t('la derniere phase de la promo 16 18 c quoi et ca dure combien', 'dispositif', [
        ['préparation de la suite', 'suite de parcours', 'démarches', 'la suite'],
        TWO_WEEKS,
      ]),
      t('et une fois sorti il est suivi pendant cb de temps ?', 'dispositif', [
        SIX_MONTHS,
        ['mission locale', 'missions locales'],
      ]),
    ],
  ),
  c(
    'b4-disp-pec-vae-preparation',
    ['dispositif', 'hard', 'typo', 'abbrev'],
    [
      t('vae ds comp pec la preparaton a la session d evaluation c cb de temps par personne', 'dispositif', [
        ONE_DAY,
      ]),
    ],
  ),
  c(
    'b4-disp-prepa-gratuit-duree',
    ['dispositif', 'medium', 'two-questions', 'cost', 'sms', 'abbrev'],
    [
      t(
        'prepa comp c payant pour le cd ? et ca dure cb',
        'dispositif',
        [FREE, PREPA_DURATION],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b4-disp-promo-badges',
    ['dispositif', 'medium', 'person-mention', 'rambling'],
    [
      t(
        'mon jeune de l ase il a aucun diplome, pendant la promo il valide quelque chose ou c juste de l occupationnel ?',
        'dispositif',
        [['open badges', 'open badge', 'badges']],
        NO_INTERVIEW,
      ),
    ],
  ),
  c(
    'b4-disp-siae-qualif',
    ['dispositif', 'hard', 'siae', 'rambling', 'no-accent'],
    [
      t(
        'un salarie de chantier d insertion qui a un projet de qualif il peut acceder aux formations de l afpa, ca passe par qui ?',
        'dispositif',
        [['Région', 'Conseil régional', 'financeurs publics', 'droit commun']],
      ),
    ],
  ),
  c(
    'b4-disp-correction-pec-promo',
    ['dispositif', 'medium', 'correction', 'follow-up', 'abbrev'],
    [
      t('comp pec c en presentiel ou pas', 'dispositif', [['présentiel', 'à distance', 'distanciel']]),
      t(
        'pardon je parlais de la promo 1618',
        'dispositif',
        [
          ['présentiel', 'sur place'],
          ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'jeudi'],
        ],
        PEC_DAYS,
      ),
    ],
  ),

  // ── Agenda (fixture, today = Monday 11 January 2027) ──────────────────────
  c(
    'b4-ag-moissac-mars',
    ['agenda', 'medium', 'town', 'month', 'sms'],
    [
      t(
        'ya quoi sur moissac en mars',
        'agenda',
        [on('2027-03-08')],
        [...notOn('2027-02-09'), ...notOn('2027-02-17'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b4-ag-montauban-fevrier-events',
    ['agenda', 'hard', 'town', 'month', 'no-accent'],
    [
      t(
        'les evenements a montauban en fevrier (jpo, info coll...)',
        'agenda',
        [on('2027-02-03'), on('2027-02-11')],
        [...notOn('2027-02-09'), ...notOn('2027-02-17'), ...notOn('2027-02-23'), ...notOn('2027-01-14')],
      ),
    ],
  ),
  c(
    'b4-ag-mardi-pro',
    ['agenda', 'hard', 'relative-date', 'sms'],
    [
      t(
        'mardi pro ya qqch a l afpa ?',
        'agenda',
        [on('2027-01-19'), ['soudure', 'soudeur']],
        [...notOn('2027-01-14'), ...notOn('2027-01-26')],
      ),
    ],
  ),
  c(
    'b4-ag-infocoll-fin-janvier',
    ['agenda', 'medium', 'relative-date', 'abbrev'],
    [
      t(
        'les info coll d ici fin janvier',
        'agenda',
        [on('2027-01-14'), on('2027-01-21')],
        [...notOn('2027-02-09'), ...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b4-ag-23-fevrier-heure',
    ['agenda', 'medium', 'follow-up', 'sms'],
    [
      t('il se passe un truc le 23 fevrier ?', 'agenda', [['bâtiment', 'Caussade']], notOn('2027-01-26')),
      t('c a quelle heure', 'agenda', [['14h', '14 h', '14:00', '14 heures']]),
    ],
  ),
  c(
    'b4-ag-logistique-montauban-places',
    ['agenda', 'medium', 'places', 'trade', 'town', 'abbrev'],
    [
      t(
        'places en logistique a montauban ?',
        'agenda',
        [['cariste'], [...seats(6), ...on('2027-01-27')]],
        ['Préparateur de commandes en entrepôt', ...OTHER_TRAININGS('cariste', 'préparateur')],
      ),
    ],
  ),
  c(
    'b4-ag-formations-fevrier-montauban',
    ['agenda', 'hard', 'places', 'town', 'with-places', 'relative-date'],
    [
      t(
        'quelles formations demarrent avant fin fevrier a montauban avec de la place',
        'agenda',
        [['soudeur'], ['maçon'], ['cariste']],
        [
          'agent de propreté',
          'préparateur de commandes',
          'électricien',
          'plaquiste',
          'agent de restauration',
        ],
      ),
    ],
  ),
  c(
    'b4-ag-pec-distance',
    ['agenda', 'medium', 'modality', 'session', 'sms'],
    [
      t(
        'entree comp pec en distanciel c quand',
        'agenda',
        [on('2027-03-03')],
        [...notOn('2027-01-20'), ...notOn('2027-02-10'), ...notOn('2027-02-08')],
      ),
    ],
  ),
  c(
    'b4-ag-prepa-moissac-places',
    ['agenda', 'medium', 'session', 'town', 'with-places', 'follow-up'],
    [
      t('la prepa a moissac ca commence quand', 'agenda', [on('2027-03-08')], notOn('2027-01-18')),
      t('il reste cb de places dessus ?', 'agenda', [seats(6)]),
    ],
  ),
  c(
    'b4-ag-correction-visite',
    ['agenda', 'hard', 'correction', 'follow-up', 'trade'],
    [
      t('visite du plateau soudure c quand', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      t('non en fait c l electricite qui l interesse', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
    ],
  ),
  c(
    'b4-ag-plaquiste-alternative',
    ['agenda', 'hard', 'places', 'trade', 'follow-up', 'rambling'],
    [
      t(
        'un mr veut faire plaquiste, ya encore de la place sur la formation ?',
        'agenda',
        [['plaquiste'], FULL],
        ['soudeur', 'cariste', 'agent de restauration'],
      ),
      t(
        'et la reunion metier du batiment c quand du coup',
        'agenda',
        [on('2027-02-23')],
        notOn('2027-01-26'),
      ),
    ],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b4-el-prepa-61',
    ['eligibility', 'medium', 'boundary', 'abbrev'],
    [
      t(
        'mme 61 ans brsa suivie au cd, pas inscrite ft, trop agee pour prepa comp ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b4-el-pec-cdi',
    ['eligibility', 'hard', 'employer', 'rambling'],
    [
      t(
        'brsa qui vient de signer un cdi classique dans un supermarche, pas un pec, il peut faire comp pec pour valider son experience ?',
        'eligibility',
        [NO, PEC_CONTRACT],
        ['il est éligible', 'prescription possible'],
      ),
    ],
  ),
  c(
    'b4-el-promo-age-correction',
    ['eligibility', 'hard', 'correction', 'follow-up', 'ase', 'boundary'],
    [
      t(
        'jeune ase 16 ans, a arrete le lycee en septembre, rien depuis, promo 1618 ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
      t(
        'ah non je me suis trompee de dossier il a 19 ans',
        'eligibility',
        [[...NO, ...AGE_MINOR]],
        ['il est éligible', 'prescription possible'],
      ),
    ],
  ),
  c(
    'b4-el-promo-17-pas-ase',
    ['eligibility', 'medium', 'prescriber', 'abbrev'],
    [
      t(
        'fille de 17 ans deco, pas de mesure ase, sa mere est brsa chez nous, on l oriente en promo ?',
        'eligibility',
        [MISSION_LOCALE_CIO],
      ),
    ],
  ),
  c(
    'b4-el-promo-ase-travaille',
    ['eligibility', 'hard', 'ase', 'boundary', 'sms'],
    [
      t(
        'jeune ase 17 ans qui bosse en cdd dans un resto depuis 2 mois, promo 1618 ?',
        'eligibility',
        [NO, [...SCHOOL_LEAVER, 'travaill', 'emploi']],
        ['il est éligible', 'prescription possible'],
      ),
    ],
  ),
  c(
    'b4-el-prepa-jeune-ml',
    ['eligibility', 'hard', 'prescriber', 'no-accent'],
    [
      t(
        'jeune 23 ans sans rsa suivi par la mission locale, on peut le mettre en prepa comp nous ?',
        'eligibility',
        [
          [
            ...NO,
            'allocataires du RSA',
            'allocataires du R.S.A',
            'bénéficiaires du RSA',
            ...FT,
            'mission locale',
          ],
        ],
        ['il est éligible', 'prescription possible'],
      ),
    ],
  ),
  c(
    'b4-el-pec-employeur-ok',
    ['eligibility', 'medium', 'employer', 'rambling', 'abbrev'],
    [
      t(
        'mr 44 ans rsa, pec signe la semaine derniere a la mairie de moissac, le maire est ok pour le liberer, comp pec go ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b4-oos-aah',
    ['out_of_scope', 'medium', 'benefit', 'abbrev'],
    [
      t(
        'elle touche l aah, si elle fait la prepa ca change qqch a son aah ?',
        'out_of_scope',
        [OUT, [...WHO, 'CAF', 'MDPH', 'MSA']],
        [...NO_BOUNCE, '€', ' euros'],
      ),
    ],
  ),
  c(
    'b4-oos-frais-deplacement',
    ['out_of_scope', 'medium', 'transport', 'sms'],
    [
      t(
        'les frais de km pour venir a l info coll de castel c rembourse ?',
        'out_of_scope',
        [[...OUT, 'ne finance pas', 'aucune aide'], WHO],
        [...NO_BOUNCE, '€'],
      ),
    ],
  ),
  c(
    'b4-oos-rqth',
    ['out_of_scope', 'hard', 'other-organisation', 'rambling'],
    [
      t(
        'il a une rqth et besoin d un amenagement de poste pdt la formation, c l afpa qui gere ca ou qui ?',
        'out_of_scope',
        [OUT, [...WHO, 'Cap emploi', 'Agefiph', 'MDPH']],
        NO_BOUNCE,
      ),
    ],
  ),
  c(
    'b4-oos-titre-sejour',
    ['out_of_scope', 'hard', 'other-organisation', 'no-accent'],
    [
      t(
        'pour le francais a visee pro faut un titre de sejour en cours de validite ?',
        'out_of_scope',
        [OUT, [...WHO, 'préfecture', 'OFII']],
        NO_BOUNCE,
      ),
    ],
  ),

  // ── Contacts (protocole § 6) ──────────────────────────────────────────────
  c(
    'b4-contact-vella',
    ['contact', 'easy', 'no-accent'],
    [t('eric vella c qui deja', 'contact', [DIRECTOR])],
  ),
  c(
    'b4-contact-session-complete',
    ['contact', 'medium', 'rambling', 'follow-up'],
    [
      t(
        'la session prepa de fin janvier est pleine, je peux demander a qui a l afpa si ils ouvrent des places ?',
        'contact',
        [['Battedou', ...RAP, 'Vella', ...DIRECTOR]],
      ),
      t('et chez nous au cd qui est l interlocuteur de l afpa ?', 'contact', [DEPT_REFERENT]),
    ],
  ),
  c(
    'b4-contact-signataire',
    ['contact', 'medium', 'sms'],
    [
      t('l accord c qui qui l a signe pour le departement et pour l afpa', 'contact', [
        ['Weill', 'Président du Conseil départemental'],
        ['Vella', 'directeur du centre'],
      ]),
    ],
  ),

  // ── Figures and targets ───────────────────────────────────────────────────
  c(
    'b4-fig-objectif-puis-realise',
    ['figures', 'medium', 'follow-up', 'abbrev'],
    [
      t('l objectif comp pec pour 2022 c cb deja', 'figures', [TARGET_PEC]),
      t('et on en est a combien ?', 'figures', [NOT_AVAILABLE]),
    ],
  ),
  c(
    'b4-fig-promo-engagement',
    ['figures', 'medium', 'ase', 'sms'],
    [
      t('cb de jeunes ase sont entres en phase d engagement promo cette annee', 'figures', [
        NOT_AVAILABLE,
        TARGET_PROMO,
      ]),
    ],
  ),

  // ── Other facts of the agreement, récap ───────────────────────────────────
  c(
    'b4-other-etude-publics',
    ['other', 'hard', 'rambling', 'no-accent'],
    [
      t(
        'pour le pdi on voudrait une etude sur le profil de nos brsa jeunes, l afpa peut faire ce genre de travail pour nous ?',
        'other',
        [['étude', 'études']],
      ),
    ],
  ),
  c(
    'b4-other-poursuite-2023',
    ['other', 'hard', 'sms'],
    [
      t('l experimentation prepa pec pour les brsa elle continue apres 2022 ?', 'other', [
        ['poursuite', 'poursuivre', 'prolong', 'reconduit', 'avenant', '2023'],
      ]),
    ],
  ),
  c(
    'b4-digest-logistique',
    ['other', 'medium', 'digest', 'trade', 'abbrev'],
    [t('je veux le recap hebdo mais que la logistique et le batiment', 'other', [RECAP])],
  ),

  // ── Prescribing ───────────────────────────────────────────────────────────
  c(
    'b4-pr-pec-atelier3',
    ['prescribe', 'hard', 'session', 'abbrev'],
    [
      t('inscrire une salariee pec sur l atelier 3 du 10 fevrier', 'prescribe', [
        PRESCRIBING,
        on('2027-02-10'),
      ]),
    ],
  ),
  c(
    'b4-pr-promo-fevrier',
    ['prescribe', 'medium', 'session', 'ase', 'sms'],
    [
      t('je positionne un jeune ase sur la promo qui demarre en fevrier', 'prescribe', [
        PRESCRIBING,
        on('2027-02-01'),
      ]),
    ],
  ),
  c(
    'b4-pr-volet2-complet',
    ['prescribe', 'agenda', 'hard', 'session', 'with-places', 'follow-up'],
    [
      t('je veux prescrire la prepa volet 2 du 25 janvier pour une dame', 'prescribe', [FULL]),
      t(
        'y a une autre session volet 2 apres ?',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-02-08'), ...notOn('2027-03-08')],
      ),
    ],
  ),
];
