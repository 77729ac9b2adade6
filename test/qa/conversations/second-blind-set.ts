/**
 * A second blind set of Teams conversations for the Département de Tarn-et-Garonne /
 * AFPA assistant, written only from the 2022 agreement (accord, plan d'action 2022-2023,
 * protocole Prépa Compétences / Compétences PEC / La Promo 16/18) and from the agenda fixture
 * (today frozen at Monday 11 January 2027, Europe/Paris). Never from the bot's answers.
 *
 * Written by a helper who never saw the bot; its first replay, before any fix it led to,
 * scored 59 / 81 answers (72.8 %). Run it with `npm run eval` (or `replay.ts --set second`).
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

// The turns, dates and seats are written as in the first set (the replay reads ' and ’ alike).

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

const FULL = [
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'places : 0',
  'plus aucune',
  'pas de place',
];

// Facts of the agreement, as loose alternatives.
const PREPA = ['Prépa Compétences', 'prepa competence', 'prépa-compétences'];
const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  'entre 2 et 8',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET1_DAYS = ['5 à 6 jours', '5 et 6 jours', '5 à 6 j', 'cinq à six jours', '5-6 jours'];
const VOLET2_DAYS = ['4 à 8 jours', '4 et 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours'];
const FIVE_DAYS = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MONTAUBAN = ['Montauban'];
const REMOTE = ['à distance', 'distanciel', 'a distance'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place', 'dans le centre'];
const YES = [
  'oui',
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'possible',
  'peut être orienté',
  'peut être orientée',
  'peut y entrer',
  'peut entrer',
  'peut intégrer',
  'peut le faire',
  'peut la faire',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'ne correspond pas',
  'réservé',
  'réservée',
  'uniquement',
  'seulement',
  'pas possible',
  'ne relève pas',
];
const NOT_ELIGIBLE_MARKERS = ['pas éligible', 'non éligible', 'inéligible', 'ne peut pas'];
const OUT = [
  'ne dit rien',
  'hors de l’accord',
  'ne prévoit pas',
  'ne couvre pas',
  'pas dans l’accord',
  'hors du champ',
  'ne traite pas',
  'ne précise pas',
  'ne mentionne pas',
  'ne parle pas',
  'pas prévu',
  'ne sais pas',
  'pas d’information',
  'pas l’information',
  'ne porte pas',
  'ne concerne pas',
];
const NOT_YET = [
  'pas encore disponibles',
  'pas disponible',
  'ne dispose pas',
  'pas encore disponible',
  'pas encore de chiffre',
  'aucun chiffre',
];
const VAE = ['VAE', 'V.A.E', 'validation des acquis'];
const RSFP = ['RSFP', 'R.S.F.P', 'reconnaissance des savoir'];
const CLEA = ['CléA', 'clea'];
const MISSION_LOCALE = ['Mission locale', 'missions locales'];

// ── The set ─────────────────────────────────────────────────────────────────

export const SECOND_BLIND_SET: ConversationCase[] = [
  // ── Dispositifs ───────────────────────────────────────────────────────────
  c(
    'b2-disp-prepa-duree-sms',
    ['dispositif', 'easy', 'sms'],
    [t('prepa comp ca dure cb de temps en tout', 'dispositif', [PREPA_DURATION, TWO_WEEKS])],
  ),
  c(
    'b2-disp-prepa-volets-followup',
    ['dispositif', 'medium', 'followup', 'no-accent'],
    [
      t('le volet 1 de prepa competences c pour quoi faire', 'dispositif', [
        ['consolider', 'consolidation', 'projet professionnel', 'diagnostic de faisabilité'],
        VOLET1_DAYS,
      ]),
      t('et le 2 ?', 'dispositif', [['sécuriser', 'sécurisation', 'sécurise'], VOLET2_DAYS]),
    ],
  ),
  c(
    'b2-disp-prepa-volet2-koi',
    ['dispositif', 'medium', 'sms'],
    [
      t('c koi exactement le volet 2 prepa? la personne a deja une formation en vue', 'dispositif', [
        ['sécuriser', 'sécurisation', 'sécurise'],
        ['entrée en formation', 'entrée de formation', 'entrer en formation', 'parcours de formation'],
      ]),
    ],
  ),
  c(
    'b2-disp-pec-duree-phases',
    ['dispositif', 'medium', 'followup', 'sms'],
    [
      t('competences pec ca mobilise la personne cb de jours ?', 'dispositif', [FIVE_DAYS]),
      t('c en combien de phases ?', 'dispositif', [['5 phases', 'cinq phases', '5 étapes', 'cinq étapes']]),
    ],
  ),
  c(
    'b2-disp-pec-certifs',
    ['dispositif', 'medium', 'no-accent'],
    [
      t('a la fin de competences pec on peut passer quelles certifs ?', 'dispositif', [VAE, RSFP]),
      t('et clea aussi ?', 'dispositif', [CLEA]),
    ],
  ),
  c(
    'b2-disp-rsfp-pour-qui',
    ['dispositif', 'medium', 'sms'],
    [
      t('la rsfp c pour qui exactement, c pas pareil que la vae ?', 'dispositif', [
        ['prérequis', 'pré-requis', 'pre-requis'],
        VAE,
      ]),
    ],
  ),
  c(
    'b2-disp-pec-vae-jours',
    ['dispositif', 'hard', 'typo'],
    [
      t('dans competences pec l atelier vae il fait cmb de jours ? ya des etapes ?', 'dispositif', [
        ['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3,5 j'],
        ['3 étapes', 'trois étapes', 'recevabilité'],
      ]),
    ],
  ),
  c(
    'b2-disp-pec-clea-duree',
    ['dispositif', 'medium', 'sms'],
    [
      t('clea socle ds la pec c combien de tps', 'dispositif', [
        ['1 jour', 'un jour', 'une journée', '1 journée', '1 j'],
      ]),
    ],
  ),
  c(
    'b2-disp-promo-duree-followup',
    ['dispositif', 'medium', 'followup', 'sms'],
    [
      t('promo1618 duree ?', 'dispositif', [PROMO_DURATION]),
      t('et si le jeune a besoin de souffler entre les phases ca peut durer plus ?', 'dispositif', [
        FOUR_MONTHS,
      ]),
    ],
  ),
  c(
    'b2-disp-promo-jours-semaine',
    ['dispositif', 'medium', 'no-accent'],
    [
      t('la promo 16 18 c du lundi au vendredi ? et c en presentiel ?', 'dispositif', [
        ['lundi au jeudi', 'lundi à jeudi', 'lundi au jeudi'],
        ON_SITE,
      ]),
    ],
  ),
  c(
    'b2-disp-prepa-lieu-distanciel',
    ['dispositif', 'medium', 'followup', 'sms'],
    [t('prepa comp c ou ?', 'dispositif', [MONTAUBAN]), t('et en distanciel ?', 'dispositif', [REMOTE])],
  ),
  c(
    'b2-disp-prepa-qui-prescrit',
    ['dispositif', 'medium', 'rambling'],
    [
      t(
        'question bete mais nous les referents du departement on peut prescrire prepa comp nous memes ou faut passer par ft ?',
        'dispositif',
        [
          [
            'directement',
            'sans contrepartie',
            'vous pouvez prescrire',
            'peuvent prescrire',
            'pouvez la prescrire',
            'pouvez le prescrire',
          ],
        ],
      ),
    ],
  ),
  c(
    'b2-disp-promo-qui-oriente',
    ['dispositif', 'medium', 'sms'],
    [
      t('c qui qui oriente les jeunes vers la promo 1618 normalement', 'dispositif', [
        MISSION_LOCALE,
        ['CIO', 'C.I.O', 'centre d’information et d’orientation', 'ASE', 'aide sociale à l’enfance'],
      ]),
    ],
  ),
  c(
    'b2-disp-compare-prepa-pec',
    ['dispositif', 'hard', 'comparison', 'sms'],
    [t('prepa comp vs competences pec, c koi la diff en duree ?', 'dispositif', [PREPA_DURATION, FIVE_DAYS])],
  ),
  c(
    'b2-disp-bilan-followup',
    ['dispositif', 'medium', 'followup', 'no-accent'],
    [
      t('a la fin de prepa comp est ce que j ai un retour de l afpa sur la personne ?', 'dispositif', [
        ['bilan individuel', 'bilan'],
        ['référent', 'vous', 'accompagnateur'],
      ]),
      t('et pour la pec ?', 'dispositif', [['bilan', 'portefeuille de compétences', 'portefeuille']]),
    ],
  ),
  c(
    'b2-disp-prepa-4-phases',
    ['dispositif', 'medium', 'sms'],
    [
      t('les 4 phases de prepa comp c koi', 'dispositif', [
        ['se préparer', 'préparer'],
        ['réfléchir', 'agir', 's’engager'],
      ]),
    ],
  ),
  c(
    'b2-disp-promo-phases',
    ['dispositif', 'medium', 'typo'],
    [
      t('la promo 16/18 se deroul coment, les differentes phase svp', 'dispositif', [
        ['engagement'],
        ['construction', 'préparation de la suite'],
      ]),
    ],
  ),
  c(
    'b2-disp-prepa-objectif',
    ['dispositif', 'easy', 'no-accent'],
    [
      t('prepa competences ca sert a quoi en gros', 'dispositif', [
        ['projet professionnel', 'projet'],
        ['formation'],
      ]),
    ],
  ),
  c(
    'b2-disp-pec-quand-mobiliser',
    ['dispositif', 'hard', 'rambling'],
    [
      t(
        'mon gars vient de signer son pec chez un employeur associatif, c trop tot pour competences pec ou faut attendre qq mois ?',
        'dispositif',
        [['dès la signature', 'signature du contrat', 'premiers mois', 'immédiatement']],
      ),
    ],
  ),
  c(
    'b2-disp-pec-premiere-etape',
    ['dispositif', 'medium', 'sms'],
    [
      t('competences pec la 1ere etape c koi', 'dispositif', [
        ['inscription', 'inscrit', 'plateforme'],
        ['consultant', 'demi-journée', 'demi journée', 'première rencontre'],
      ]),
    ],
  ),
  c(
    'b2-disp-pec-ateliers-acquis',
    ['dispositif', 'hard', 'no-accent'],
    [
      t('ateliers de reconnaissance des acquis dans la pec ya en a combien et ca dure cb', 'dispositif', [
        ['6 ateliers', 'six ateliers'],
        ['demi-journée', 'demi journée', 'demi-journées', 'demi journées'],
      ]),
    ],
  ),
  c(
    'b2-disp-promo-apres',
    ['dispositif', 'hard', 'followup', 'sms'],
    [
      t('apres la promo 1618 le jeune est lache dans la nature ou ya un suivi ?', 'dispositif', [
        ['6 mois', 'six mois'],
        MISSION_LOCALE,
      ]),
    ],
  ),
  c(
    'b2-disp-clea-numerique',
    ['dispositif', 'easy', 'no-accent'],
    [
      t("c'est quoi clea numerique", 'dispositif', [
        ['numérique'],
        ['usages', 'environnement de travail', 'compétences'],
      ]),
    ],
  ),
  c(
    'b2-disp-fle',
    ['dispositif', 'medium', 'rambling'],
    [
      t(
        'jai plusieurs primo arrivants qui galerent en francais pour trouver du taf, l afpa a un truc ?',
        'dispositif',
        [['français à visée professionnelle', 'français langue étrangère', 'FLE', 'visée professionnelle']],
      ),
    ],
  ),
  c(
    'b2-disp-promo-parents-code',
    ['dispositif', 'hard', 'two-questions', 'sms'],
    [
      t('promo 16 18 : les parents doivent signer qqch ? et ya le code de la route dedans ?', 'dispositif', [
        ['autorisation parentale', 'autorisations parentales', 'parents'],
        ['code de la route', 'code la route'],
      ]),
    ],
  ),
  c(
    'b2-disp-prepa-hors-afpa',
    ['dispositif', 'hard', 'no-accent'],
    [
      t('prepa comp c seulement si la personne veut aller en formation a l afpa ?', 'dispositif', [
        [
          'autre organisme',
          'hors AFPA',
          'hors de l’AFPA',
          'ailleurs',
          'autre centre',
          'pas seulement',
          'pas uniquement',
        ],
      ]),
    ],
  ),

  // ── Agenda ────────────────────────────────────────────────────────────────
  c(
    'b2-ag-next-jpo',
    ['agenda', 'easy', 'sms'],
    [t('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07'))],
  ),
  c(
    'b2-ag-infocoll-this-week',
    ['agenda', 'medium', 'sms'],
    [
      t(
        'ya une info coll prepa comp cette semaine ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-02-11'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b2-ag-next-week',
    ['agenda', 'hard', 'relative-date', 'sms'],
    [
      t(
        'koi de prevu la semaine pro a l afpa',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-26'), ...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b2-ag-visites-plateaux',
    ['agenda', 'medium', 'no-accent'],
    [
      t(
        'les prochaines visites de plateaux techniques c quand',
        'agenda',
        [on('2027-01-19'), on('2027-03-10')],
        [...notOn('2027-02-03')],
      ),
    ],
  ),
  c(
    'b2-ag-reunion-batiment',
    ['agenda', 'medium', 'followup', 'sms'],
    [
      t(
        'y a des reunions metiers sur le batiment bientot ?',
        'agenda',
        [on('2027-02-23')],
        notOn('2027-01-26'),
      ),
      t('c ou ?', 'agenda', [['Caussade']]),
    ],
  ),
  c(
    'b2-ag-places-soudure',
    ['agenda', 'medium', 'places', 'sms'],
    [
      t(
        'places dispo en soudure ?',
        'agenda',
        [seats(4), ['soudeur', 'soudure']],
        ['cariste', 'plaquiste', 'agent de restauration', 'agent de propreté'],
      ),
    ],
  ),
  c(
    'b2-ag-places-cariste',
    ['agenda', 'medium', 'places', 'typo'],
    [
      t(
        'reste til des place en formation cariste',
        'agenda',
        [seats(6), ['cariste']],
        ['soudeur', 'plaquiste', 'maçon', 'agent de restauration'],
      ),
    ],
  ),
  c(
    'b2-ag-moissac',
    ['agenda', 'hard', 'town', 'no-accent'],
    [
      t(
        'qu est ce qui se passe a moissac prochainement',
        'agenda',
        [on('2027-02-09'), on('2027-02-17')],
        ['Valence', ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b2-ag-entrees-prepa-pec',
    ['agenda', 'medium', 'followup', 'sms'],
    [
      t('prochaine entree en prepa comp c quand ?', 'agenda', [on('2027-01-18')]),
      t('et pour la pec ?', 'agenda', [on('2027-01-20')]),
    ],
  ),
  c(
    'b2-ag-fevrier-infocoll',
    ['agenda', 'hard', 'relative-date', 'no-accent'],
    [
      t(
        'en fevrier y a quoi comme infos collectives',
        'agenda',
        [on('2027-02-09'), on('2027-02-11')],
        [...notOn('2027-01-14'), ...notOn('2027-01-21'), ...notOn('2027-03-04')],
      ),
    ],
  ),
  c(
    'b2-ag-plaquiste-full',
    ['agenda', 'medium', 'places'],
    [t('il reste de la place pour la formation plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste'])],
  ),
  c(
    'b2-ag-promo-session-lieu',
    ['agenda', 'medium', 'followup', 'sms'],
    [
      t('prochaine session promo 16 18 ca demarre quand', 'agenda', [on('2027-02-01')]),
      t('c ou ?', 'agenda', [MONTAUBAN]),
    ],
  ),
  c(
    'b2-ag-prepa-volet2-25',
    ['agenda', 'hard', 'places', 'typo'],
    [
      t('la session prepa volet 2 du 25 janvier il y a encor de la place ? sinon la suivante', 'agenda', [
        FULL,
        [...on('2027-02-15'), 'Castelsarrasin'],
      ]),
    ],
  ),
  c(
    'b2-ag-castel',
    ['agenda', 'medium', 'town', 'sms'],
    [t('info coll sur castel sarrasin c quand ?', 'agenda', [on('2027-01-21')], notOn('2027-01-14'))],
  ),

  // ── Eligibility ───────────────────────────────────────────────────────────
  c(
    'b2-elig-prepa-brsa-non-inscrite',
    ['eligibility', 'medium', 'sms'],
    [
      t(
        'dame 37 ans brsa suivie par le cd, pas inscrite a ft, prepa comp possible ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b2-elig-promo-ase-17',
    ['eligibility', 'medium', 'sms'],
    [
      t(
        'jeune 17 ans confie a l ase, a lache le lycee en octobre, rien depuis. promo1618 ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b2-elig-promo-20ans',
    ['eligibility', 'hard', 'sms'],
    [
      t('mr 20 ans decrocheur sans diplome, la promo 1618 ca peut le faire ?', 'eligibility', [
        [...NO, '16 à 18', '16 et 18', '16-18', 'mineur', 'trop âgé'],
      ]),
    ],
  ),
  c(
    'b2-elig-pec-brsa-signe',
    ['eligibility', 'medium', 'rambling'],
    [
      t(
        'bjr, un monsieur au rsa a signe un contrat pec a la mairie il y a 1 mois, il voudrait valoriser ce qu il fait. competences pec ok pour lui ?',
        'eligibility',
        [YES],
        NOT_ELIGIBLE_MARKERS,
      ),
    ],
  ),
  c(
    'b2-elig-pec-sans-contrat',
    ['eligibility', 'hard', 'no-accent'],
    [
      t(
        'brsa pas en contrat pec mais il a 10 ans d experience en maconnerie, il peut faire competences pec ?',
        'eligibility',
        [[...NO, 'contrat PEC', 'parcours emploi compétences', 'signataire', 'doit être', 'il faut']],
      ),
    ],
  ),
  c(
    'b2-elig-promo-15ans',
    ['eligibility', 'hard', 'boundary', 'sms'],
    [
      t('jeune de 15 ans qui a quitte le college, promo 16 18 ?', 'eligibility', [
        ['16 ans', '16 à 18', '16 et 18', '16-18', 'à partir de 16', 'trop jeune'],
      ]),
    ],
  ),
  c(
    'b2-elig-promo-apprenti',
    ['eligibility', 'hard', 'rambling'],
    [
      t(
        'un ado de 16 ans suivi ase mais il est deja en apprentissage chez un boulanger, ca a un sens de l orienter promo 1618 ?',
        'eligibility',
        [
          [
            ...NO,
            'ne travaillent pas',
            'pas en formation',
            'ni en formation',
            'ni en emploi',
            'sans formation',
            'déjà en apprentissage',
            'ne sont pas en formation',
          ],
        ],
      ),
    ],
  ),
  c(
    'b2-elig-prepa-peur-formation',
    ['eligibility', 'hard', 'rambling', 'no-accent'],
    [
      t(
        'femme 45 ans au rsa, elle veut entrer en formation cariste mais elle a peur de pas suivre, on peut lui proposer quoi avant ?',
        'eligibility',
        [PREPA, ['volet 2', 'sécuriser', 'sécurisation', 'sécurise']],
      ),
    ],
  ),

  // ── Out of scope ──────────────────────────────────────────────────────────
  c(
    'b2-oos-montant-rsa',
    ['out_of_scope', 'easy', 'sms'],
    [t('le montant du rsa pour une personne seule c cb en ce moment', 'out_of_scope', [OUT])],
  ),
  c(
    'b2-oos-transport',
    ['out_of_scope', 'medium', 'no-accent'],
    [
      t(
        'y a une aide pour payer l essence des gens qui viennent de castelsarrasin a montauban pour la formation ?',
        'out_of_scope',
        [OUT],
      ),
    ],
  ),
  c(
    'b2-oos-remuneration',
    ['out_of_scope', 'hard', 'sms'],
    [t('pdt prepa comp la personne est remuneree ? elle garde son rsa ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b2-oos-cej',
    ['out_of_scope', 'medium', 'sms'],
    [t('c quoi les conditions du cej pour un jeune de 19 ans', 'out_of_scope', [OUT])],
  ),
  c(
    'b2-oos-e2c',
    ['out_of_scope', 'hard', 'typo'],
    [t('comment on inscrit qqun a l ecole de la deuxieme chance de montauban ?', 'out_of_scope', [OUT])],
  ),
  c(
    'b2-oos-apl',
    ['out_of_scope', 'easy', 'no-accent'],
    [t('elle a droit a l apl si elle entre en formation ?', 'out_of_scope', [OUT])],
  ),

  // ── Contacts ──────────────────────────────────────────────────────────────
  c(
    'b2-contact-afpa-prepa',
    ['contact', 'easy', 'sms'],
    [t('qui contacter a l afpa pour prepa comp ?', 'contact', [['Battedou', 'Vella']])],
  ),
  c(
    'b2-contact-directeur',
    ['contact', 'easy', 'sms'],
    [t('c qui le directeur du centre afpa de montauban', 'contact', [['Vella']])],
  ),
  c(
    'b2-contact-rap',
    ['contact', 'medium', 'no-accent'],
    [t('la responsable accompagnement et parcours a l afpa c qui ?', 'contact', [['Battedou']])],
  ),
  c(
    'b2-contact-suivi-accord-cd',
    ['contact', 'hard', 'typo'],
    [
      t('le suivi de l acord cote departement c qui qui s en occupe', 'contact', [
        ['Weill', 'Président du Conseil départemental', 'président du département'],
      ]),
    ],
  ),

  // ── Figures ───────────────────────────────────────────────────────────────
  c(
    'b2-fig-objectifs-followup',
    ['figures', 'medium', 'followup', 'sms'],
    [
      t('l objectif prepa comp pour les brsa du cd c combien ?', 'figures', [
        [
          '30 allocataires',
          '30 personnes',
          '30 bénéficiaires',
          '30 entrées',
          'objectif de 30',
          'objectif : 30',
          ': 30',
          '30 RSA',
          'trente',
        ],
      ]),
      t('et pour la pec ?', 'figures', [
        [
          '50 allocataires',
          '50 personnes',
          '50 bénéficiaires',
          '50 entrées',
          'objectif de 50',
          'objectif : 50',
          ': 50',
          '50 RSA',
          'cinquante',
        ],
      ]),
    ],
  ),
  c(
    'b2-fig-objectif-ase-promo',
    ['figures', 'medium', 'no-accent'],
    [
      t('combien de jeunes de l ase on doit orienter sur la promo 16 18, c quoi l objectif', 'figures', [
        [
          '10 jeunes',
          '10 personnes',
          'objectif de 10',
          'objectif : 10',
          ': 10',
          'dix jeunes',
          '10 orientations',
        ],
      ]),
    ],
  ),
  c(
    'b2-fig-realisation-prepa',
    ['figures', 'hard', 'sms'],
    [t('on en est ou du nb de brsa entres en prepa comp ?', 'figures', [NOT_YET])],
  ),
  c(
    'b2-fig-promo-sorties',
    ['figures', 'medium', 'no-accent'],
    [
      t('taux de sorties positives vise pour la promo 1618 ?', 'figures', [
        ['70 %', '70%', '70 pour', '70\u00a0%', '70\u202f%'],
      ]),
    ],
  ),
  c(
    'b2-fig-promo-national',
    ['figures', 'hard', 'sms'],
    [
      t('la promo 16 18 au niveau national c pour combien de jeunes', 'figures', [
        ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000'],
      ]),
    ],
  ),

  // ── Other agreement facts ─────────────────────────────────────────────────
  c(
    'b2-other-duree-resiliation',
    ['other', 'medium', 'followup', 'sms'],
    [
      t('l accord cd afpa il court sur combien de temps ?', 'other', [
        ['2 ans', 'deux ans'],
        ['janvier 2022', '01/01/2022', '1/1/2022', '2022-01-01'],
      ]),
      t('et si on veut arreter avant ?', 'other', [['2 mois', 'deux mois']]),
    ],
  ),
  c(
    'b2-other-rgpd',
    ['other', 'medium', 'no-accent'],
    [
      t('les donnees perso des beneficiaires c encadre comment dans l accord', 'other', [
        ['RGPD', 'R.G.P.D', '2016/679', 'informatique et libertés', '78-17', 'protection des données'],
      ]),
    ],
  ),
  c(
    'b2-other-copil',
    ['other', 'medium', 'sms'],
    [
      t('le copil de l accord se reunit cb de fois ?', 'other', [
        [
          '1 fois par an',
          'une fois par an',
          'au moins une fois',
          'au moins 1 fois',
          'annuel',
          'chaque année',
        ],
      ]),
    ],
  ),
  c(
    'b2-other-panda',
    ['other', 'easy', 'sms'],
    [
      t('c koi panda ?', 'other', [
        ['traçabilité', 'tracer', 'tracé', 'trace', 'suivi des parcours'],
        ['plateforme', 'outil', 'AFPA'],
      ]),
    ],
  ),
  c(
    'b2-other-kit-com',
    ['other', 'medium', 'no-accent'],
    [
      t('le kit de communication de l afpa il contient quoi', 'other', [
        ['flyer'],
        ['argumentaire', 'titres professionnels', 'intervenants'],
      ]),
    ],
  ),
  c(
    'b2-other-campagne-dates',
    ['other', 'hard', 'two-questions', 'sms'],
    [
      t('jusqu a quand on peut faire entrer des brsa et les parcours doivent etre finis quand ?', 'other', [
        ['31 décembre 2022', '31/12/2022', '31 déc', '2022-12-31'],
        ['30 avril 2023', '30/04/2023', '30 avr', '2023-04-30'],
      ]),
    ],
  ),
  c(
    'b2-other-logos',
    ['other', 'hard', 'rambling', 'no-accent'],
    [
      t(
        'on veut faire une affiche pour une info coll prepa comp dans notre MDS, y a des logos obligatoires ?',
        'other',
        [
          ['État', 'Etat'],
          ['plan d’investissement', 'PIC', 'investissement dans les compétences'],
        ],
      ),
    ],
  ),
];
