/**
 * Forty-first blind set: a year of questions typed in Teams at the Département's insertion
 * antenna of Castelsarrasin–Moissac, in real-use proportions (about a third eligibility
 * checks on a described person, a quarter agenda, a fifth questions about the three
 * programmes, the rest contacts, targets, prescribing, out-of-scope questions and small talk).
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département (CD82), who
 * type as they do between two appointments: BRSA, ASE, PEC, FT, ML, TH, CDDI, « prepa comp »,
 * « info coll », no accents, typos, SMS style, a dictated message, long rambling ones, two
 * questions in one, and follow-ups that only make sense after the previous turn.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023, protocol of
 * Prépa Compétences, Compétences PEC and La Promo 16/18), the product guide, the helpers
 * of sets.ts and the published agenda of agenda-fixture.ts (today frozen at Monday
 * 11 January 2027, 9:00 Paris), without looking at how the bot works. Where the agreement
 * is silent, the expected answer says so and invents nothing.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prepa competences', 'prépa comp', 'prepa comp', 'prépa-compétences'];
const PEC_PROG = [
  'compétences pec',
  'competences pec',
  'compétences p.e.c',
  'competences p.e.c',
  'compétences – pec',
  'compétences-pec',
  'competences-pec',
];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618'];

const PREPA_DURATION = ['2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '8 jours'];
const V2_DAYS = ['4 à 8', '4-8 jours', '4 et 8', 'quatre à huit'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 journées', 'cinq journées'];
const PROMO_WEEKS = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];

/** Why a 16-17 year-old who left school can enter La Promo 16/18. */
const PROMO_REASON = [
  '16 à 18',
  '16 et 18',
  '16-18 ans',
  'mineur',
  'décroch',
  'quitté',
  'quitte',
  'ni en formation',
  'pas en formation',
  'ne travaill',
  'sans emploi',
];

/** An RSA recipient needs no France Travail registration (protocol, 2 ; action plan 2.1.3). */
const NOT_REGISTERED = [
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'sans inscription',
  'sans être inscrit',
  'pas besoin',
  'pas obligatoire',
  'pas nécessaire',
  'même non',
  'qu’ils soient inscrits',
  "qu'ils soient inscrits",
];

/** The agreement does not settle the matter. */
const SILENT = [
  'ne dit rien',
  'ne prévoit pas',
  'ne précise pas',
  'ne mentionne pas',
  'ne règle pas',
  'ne tranche pas',
  'ne traite pas',
  'ne fixe pas',
  'ne dit pas',
  'ne parle pas',
  'ne le dit pas',
  'pas prévu',
  'pas précisé',
  'pas indiqué',
  'n’indique pas',
  "n'indique pas",
  'n’aborde pas',
  "n'aborde pas",
  'n’en dit rien',
  "n'en dit rien",
  'rien de prévu',
  'muet',
];

const OUT = [
  ...SILENT,
  'hors',
  'ne couvre pas',
  'ne concerne pas',
  'ne porte pas',
  'pas dans',
  'ne peux pas',
  'ne sais pas',
  'pas en mesure',
  'pas de réponse',
];

/** No phone number, e-mail or address in the agreement. */
const NO_DETAIL = [
  ...SILENT,
  'ne contient pas',
  'ne donne pas',
  'ne figure pas',
  'ne dispose pas',
  'n’ai pas',
  "n'ai pas",
  'pas de numéro',
  'pas le numéro',
  'pas de mail',
  'pas de courriel',
  'pas d’adresse',
  "pas d'adresse",
  'pas les coordonnées',
  'pas de coordonnées',
];

const NO = [
  'non',
  'pas éligible',
  'ne peut pas',
  'n’est pas',
  "n'est pas",
  'ne relève pas',
  'pas possible',
  'ne remplit pas',
  'trop jeune',
  'pas encore',
];

const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];

const THANKS = [
  'de rien',
  'avec plaisir',
  'je vous en prie',
  'à votre service',
  'bonne journée',
  'bonne continuation',
  'n’hésitez pas',
  "n'hésitez pas",
  'à bientôt',
];

const STATE_FUNDING = ['état', 'pic', 'plan d’investissement', "plan d'investissement", 'investissement dans les compétences'];

// ── Eligibility: a person described, which programme, yes or no ─────────────

const ELIGIBILITY: ConversationCase[] = [
  c('b41-elig-brsa-sans-ft', ['prepa-competences', 'sms'], [
    turn('ma BRSA (45a) nest pas inscrite a FT, elle peut aller sur prepa comp ?', 'eligibility', [
      PREPA,
      NOT_REGISTERED,
    ]),
  ]),
  c('b41-elig-ase-17-decroche', ['promo-16-18', 'abbreviations'], [
    turn(
      'jeune ase 17 ans a arrete le lycee en 1ere, fait rien depuis 6 mois. promo 1618 possible ?',
      'eligibility',
      [PROMO, PROMO_REASON],
      PREPA_DURATION.slice(0, 5),
    ),
  ]),
  c('b41-elig-fratrie-ase', ['promo-16-18', 'age-boundary', 'follow-up'], [
    turn("g une fratrie a l'ASE. le 2eme a 17 ans, descolarise, il peut faire la promo 16/18 ?", 'eligibility', [
      PROMO,
      PROMO_REASON,
    ]),
    turn('et le petit dernier il a 15 ans', 'eligibility', [
      NO,
      ['16 ans', 'seize ans', '16 à 18', '16 et 18', '16-18 ans', '16-17'],
    ]),
    turn("et la grande, 19 ans, en contrat jeune majeur a l'ase ?", 'eligibility', [
      NO,
      ['mineur', '18 ans', '16 à 18', '16 et 18', '16-17', 'majeur'],
    ]),
  ]),
  c('b41-elig-pec-mairie', ['competences-pec', 'follow-up'], [
    turn(
      "mr D., BRSA, en PEC a la mairie de Lafrancaise depuis 2 mois, je peux l'orienter sur competences pec ?",
      'eligibility',
      [
        PEC_PROG,
        [
          'premiers mois',
          'dès la signature',
          'dès signature',
          'signature du contrat',
          'employeur',
          'en pec',
          'contrat pec',
          'parcours emploi compétences',
        ],
      ],
    ),
    turn('je dois prevenir son employeur ?', 'prescribe', [
      ['employeur'],
      ['accord', 'inform', 'prévenir'],
    ]),
  ]),
  c('b41-elig-cdi-pas-pec', ['competences-pec', 'not-eligible'], [
    turn(
      'BRSA en CDI temps plein depuis 1 an chez un transporteur, il veut valider son experience, competences pec ?',
      'eligibility',
      [
        NO,
        [
          'contrat pec',
          'en pec',
          'un pec',
          'parcours emploi compétences',
          'signataire',
          'bénéficiaires de pec',
          'bénéficiaire d’un pec',
          "bénéficiaire d'un pec",
          'titulaire',
          'réservé',
        ],
      ],
    ),
  ]),
  c('b41-elig-cddi-siae-rsfp', ['rsfp', 'siae'], [
    turn(
      "salarie en CDDI dans un chantier d'insertion (SIAE), il voudrait faire reconnaitre ce qu'il sait faire mais il a pas le niveau pour une VAE",
      'eligibility',
      [['rsfp', 'r.s.f.p', 'reconnaissance des savoir']],
    ),
  ]),
  c('b41-elig-primo-arrivante-fle', ['francais-visee-pro'], [
    turn(
      "dame primo arrivante, BRSA, parle tres peu francais, qu'est ce que je peux lui proposer a l'afpa",
      'eligibility',
      [['visée professionnelle', 'langue étrangère', 'français à visée', '(fle)', ' fle ', 'f.l.e']],
    ),
  ]),
  c('b41-elig-soudeur-volet2', ['prepa-competences', 'volet-2', 'follow-up', 'places'], [
    turn(
      'BRSA 29 ans, projet soudeur valide avec FT, il veut rentrer en formation a l afpa mais a peur de decrocher. prepa volet 1 ou 2 ?',
      'eligibility',
      [['volet 2'], ['sécuris']],
    ),
    turn('et en soudure y a des places en ce moment ?', 'agenda', [['soudeur', 'soudure'], seats(4)], [
      'plaquiste',
      'cariste',
      'agent de restauration',
    ]),
  ]),
  c('b41-elig-de-non-rsa', ['prepa-competences', 'prescriber'], [
    turn(
      "demandeur d'emploi inscrit a FT, pas au RSA, pas suivi par le CD, je peux le prescrire en prepa ?",
      'eligibility',
      [
        ['france travail', 'pôle emploi'],
        ['rsa', 'allocataire'],
      ],
    ),
  ]),
  c('b41-elig-rqth', ['prepa-competences', 'handicap', 'agreement-silent'], [
    turn('BRSA avec RQTH (TH), elle peut faire prepa comp ou faut passer par cap emploi ?', 'eligibility', [
      ['rsa', 'allocataire'],
      [
        ...SILENT,
        'pas de condition',
        'aucune condition',
        'n’exclut',
        "n'exclut",
        'pas exclu',
        'pas d’exclusion',
        "pas d'exclusion",
        'rien de spécifique',
        'pas besoin',
        'pas obligé',
        'pas nécessaire',
        'pas obligatoire',
        'pas requis',
      ],
    ]),
  ]),
  c('b41-elig-deja-en-formation', ['prepa-competences'], [
    turn(
      "elle est deja en formation a l'afpa (titre pro ADVF) depuis 2 mois, ca sert a quelque chose une prepa comp ?",
      'eligibility',
      [
        [
          'en amont',
          'entrée en formation',
          'entrer en formation',
          'avant la formation',
          'avant une formation',
          'avant de se former',
          'déjà en formation',
        ],
      ],
    ),
  ]),
  c('b41-elig-garde-enfants', ['prepa-competences', 'distance'], [
    turn(
      'maman solo BRSA 3 enfants pas de mode de garde et pas le permis... prepa comp c jouable ?',
      'eligibility',
      [
        ['distance', 'distanciel'],
        ['garde', 'mobilit'],
      ],
    ),
  ]),
  c('b41-elig-16-ans-hors-ase', ['promo-16-18', 'prescriber'], [
    turn(
      "un jeune de 16 ans sorti du college, pas suivi a l'ASE, il peut faire la promo ? c qui qui l'oriente",
      'eligibility',
      [['mission locale', 'missions locales', 'cio', 'c.i.o']],
    ),
  ]),
  c('b41-elig-ase-lyceen', ['promo-16-18', 'not-eligible'], [
    turn('ado ASE 17 ans toujours inscrit au lycee pro mais absenteiste, promo 16/18 ?', 'eligibility', [
      [
        'quitté',
        'quitte',
        'décroch',
        'déscolaris',
        'plus scolaris',
        'ni en formation',
        'pas en formation',
        'sortis',
        'sorti du',
      ],
    ]),
  ]),
  c('b41-elig-ase-apprenti', ['promo-16-18', 'not-eligible'], [
    turn(
      'jeune ASE 16 ans en apprentissage depuis sept en boulangerie, il peut faire la promo en plus ?',
      'eligibility',
      [
        NO,
        [
          'ne travaill',
          'ni en formation',
          'pas en formation',
          'sans emploi',
          'ni en emploi',
          'pas en emploi',
          'ni emploi',
          'déjà en apprentissage',
          'est en apprentissage',
          'déjà apprenti',
          'est apprenti',
          'déjà en formation',
          'déjà en emploi',
        ],
      ],
    ),
  ]),
  c('b41-elig-58-ans', ['prepa-competences', 'age'], [
    turn('BRSA 58 ans, jamais eu de diplome, trop vieux pr prepa comp ?', 'eligibility', [
      [
        'pas de limite',
        'aucune limite',
        'pas d’âge',
        "pas d'âge",
        'pas de condition d',
        'aucune condition d',
        'sans limite',
        'ne fixe pas',
        'quel que soit',
        'quelque soit',
        'aucun âge',
        'pas trop',
      ],
    ]),
  ]),
  c('b41-elig-pec-non-rsa', ['competences-pec', 'prescriber'], [
    turn(
      "salariee en PEC dans une asso, pas au RSA, c'est la ML qui a fait le PEC. on peut la mettre sur competences pec ?",
      'eligibility',
      [['france travail', 'pôle emploi', 'mission locale']],
    ),
  ]),
  c('b41-elig-sait-pas-quel-metier', ['prepa-competences', 'volet-1', 'follow-up'], [
    turn("j'ai un BRSA qui sait pas du tout quel metier faire, tu conseilles quoi", 'eligibility', [
      PREPA,
      ['volet 1', 'consolider', 'projet professionnel'],
    ]),
    turn('ok et la prochaine entree volet 1 vers moissac ?', 'agenda', [on('2027-03-08'), ['moissac']], [
      ...notOn('2027-02-15'),
    ]),
  ]),
  c('b41-elig-pec-fin-contrat', ['competences-pec'], [
    turn(
      'PEC depuis 11 mois (contrat finit fin fevrier), c trop tard pour competences pec ?',
      'eligibility',
      [
        [
          'premiers mois',
          'dès la signature',
          'dès signature',
          'début du contrat',
          'début du pec',
          'début du parcours',
        ],
        ['durée du pec', 'durée du contrat', 'répartis', ...PEC_DAYS],
      ],
    ),
  ]),
  c('b41-elig-aide-soignante', ['prepa-competences', 'volet-2', 'follow-up'], [
    turn(
      'BRSA 32a inscrite FT, veut faire aide soignante dans un IFSI (pas afpa), elle a peur de pas tenir le rythme. quel dispositif ?',
      'eligibility',
      [
        ['volet 2', 'sécuriser'],
        [
          'hors afpa',
          'hors a.f.p.a',
          'autre organisme',
          'pas seulement à l',
          'ou ailleurs',
          'dans un autre',
          'ou hors',
        ],
      ],
    ),
    turn('ca dure cb', 'dispositif', [[...V2_DAYS, ...PREPA_DURATION], TWO_WEEKS], ['13 semaines']),
    turn("c'est payant pour elle ou pour nous ?", 'dispositif', [
      [
        ...STATE_FUNDING,
        'sans contrepartie',
        'gratuit',
        'aucun coût',
        'pas payant',
        'rien à payer',
        'sans frais',
      ],
    ]),
  ]),
  c('b41-elig-clea-illettrisme', ['clea'], [
    turn(
      'monsieur 50 ans BRSA quasi illettre, il voudrait un certif de base pour rassurer les employeurs',
      'eligibility',
      [['cléa']],
    ),
  ]),
  c('b41-elig-sortant-detention-batiment', ['prepa-competences', 'follow-up', 'reunion-metier'], [
    turn(
      'jeune homme 30 ans au RSA sorti de detention il y a 3 mois, aucun diplome, veut bosser dans le batiment mais sait pas trop quoi. prepa comp ok ?',
      'eligibility',
      [PREPA, ['rsa', 'allocataire']],
    ),
    turn('y a pas une reunion batiment bientot ?', 'agenda', [on('2027-02-23'), ['caussade']], [
      ...notOn('2027-01-26'),
    ]),
  ]),
  c('b41-elig-accompagnement-global', ['droit-commun'], [
    turn(
      "ma BRSA est en accompagnement global, elle peut acceder aux formations qualifiantes de l'afpa (droit commun) ?",
      'eligibility',
      [['région', 'financeurs publics', 'financeur public']],
    ),
  ]),
  c('b41-elig-ase-18-ans-pile', ['promo-16-18', 'age-boundary'], [
    turn("jeune ASE qui vient d'avoir 18 ans, decrocheur, trop tard pour la promo ?", 'eligibility', [
      ['mineur', 'moins de 18', '16 et 17', '16-17', '16 ou 17', 'avant 18', 'avant ses 18', '17 ans'],
    ]),
  ]),
  c('b41-elig-refaire-prepa', ['prepa-competences', 'agreement-silent'], [
    turn('un BRSA qui a deja fait une prepa comp en 2025, il peut en refaire une ?', 'eligibility', [SILENT]),
  ]),
  c('b41-elig-pec-pas-niveau-vae', ['competences-pec', 'rsfp'], [
    turn(
      'salariee PEC en creche, elle a pas les prerequis pour une VAE, elle peut quand meme faire competences pec ?',
      'eligibility',
      [['rsfp', 'r.s.f.p', 'reconnaissance des savoir']],
    ),
  ]),
  c('b41-elig-ase-16-moissac', ['promo-16-18', 'follow-up'], [
    turn('jeune ASE 16 ans, a lache le lycee en octobre, habite moissac, promo ou pas ?', 'eligibility', [
      PROMO,
      PROMO_REASON,
    ]),
    turn('il devra aller a montauban tous les jours ?', 'dispositif', [
      ['présentiel', 'lundi'],
      ['montauban', 'délocalis', 'le plus proche'],
    ]),
  ]),
  c('b41-elig-arret-maladie', ['prepa-competences', 'agreement-silent'], [
    turn('BRSA en arret maladie depuis 1 mois, je peux quand meme lancer la prepa ?', 'eligibility', [SILENT]),
  ]),
  c('b41-elig-pec-ehpad-clea', ['competences-pec', 'clea'], [
    turn(
      'salariee en PEC en ehpad, au RSA, elle veut juste valider les competences de base, pas de diplome precis',
      'eligibility',
      [PEC_PROG, ['cléa']],
    ),
  ]),
  c('b41-elig-menage-pec-long', ['competences-pec', 'rambling'], [
    turn(
      "bonjour alors voila j'ai une dame de 38 ans au RSA depuis 2019, elle a fait du menage pendant des annees sans etre declaree puis la elle a signe un PEC en septembre au college de castelsarrasin comme agent d'entretien, elle voudrait avoir un diplome pour tout ce qu'elle sait faire, qu'est ce qui colle le mieux ?",
      'eligibility',
      [PEC_PROG, ['vae', 'v.a.e', 'rsfp', 'validation des acquis']],
    ),
  ]),
  c('b41-elig-dictee-promo', ['promo-16-18', 'dictation'], [
    turn(
      "est-ce qu'un jeune de l'aide sociale à l'enfance de 17 ans peut faire la promo seize dix-huit virgule il a arrêté le lycée en juin et il travaille pas point d'interrogation",
      'eligibility',
      [PROMO, PROMO_REASON],
    ),
  ]),
];

// ── Agenda: open days, info sessions, visits, trade meetings, entries, places ──

const AGENDA: ConversationCase[] = [
  c('b41-ag-info-coll-castel', ['info-collective', 'town'], [
    turn('prochaine info coll prepa a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-11'),
      ...notOn('2027-03-04'),
    ]),
  ]),
  c('b41-ag-jpo-moissac', ['jpo', 'town'], [
    turn('jpo a moissac c quand ??', 'agenda', [on('2027-02-17'), ['moissac']], [
      ...notOn('2027-02-03'),
      ...notOn('2027-01-07'),
    ]),
  ]),
  c('b41-ag-cette-semaine-puis-suivante', ['week', 'follow-up'], [
    turn('y a quoi cette semaine a l afpa', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
    turn('et la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
    ]),
  ]),
  c('b41-ag-plaquiste-complet', ['places', 'typo', 'full'], [
    turn('plakiste il reste d la place ?', 'agenda', [FULL, ['plaquiste']], [
      'soudeur',
      'cariste',
      'agent de restauration',
    ]),
  ]),
  c('b41-ag-volet2-prochaine-entree', ['entries', 'volet-2', 'follow-up', 'full'], [
    turn('prochaine entree prepa volet 2 ?', 'agenda', [on('2027-02-15')], [
      ...notOn('2027-01-18'),
      ...notOn('2027-02-08'),
      ...notOn('2027-03-08'),
    ]),
    turn('et celle du 25 janvier a montauban ?', 'agenda', [FULL]),
  ]),
  c('b41-ag-pec-atelier2', ['entries', 'competences-pec'], [
    turn('dates entrees competences pec atelier 2', 'agenda', [on('2027-01-20'), on('2027-03-03')], [
      ...notOn('2027-02-10'),
    ]),
  ]),
  c('b41-ag-logistique-deux-questions', ['reunion-metier', 'places', 'two-questions'], [
    turn('reunion metier logistique c quand ? et il reste des places en cariste ?', 'agenda', [
      on('2027-01-26'),
      ['cariste'],
      seats(6),
    ]),
  ]),
  c('b41-ag-visites-mars', ['visite-plateau', 'month'], [
    turn('des visites de plateau technique en mars ?', 'agenda', [on('2027-03-10'), ['electric']], [
      ...notOn('2027-01-19'),
    ]),
  ]),
  c('b41-ag-promo-entree-info-parents', ['promo-16-18', 'entries', 'follow-up'], [
    turn('promo 16/18 prochaine entree ?', 'agenda', [on('2027-02-01'), ['montauban']]),
    turn("y a une reunion d'info pour les jeunes et les parents ?", 'agenda', [on('2027-03-17')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-09'),
    ]),
  ]),
  c('b41-ag-valence', ['info-collective', 'town'], [
    turn("info co a valence d'agen ?", 'agenda', [on('2027-03-04'), ['valence']], [...notOn('2027-01-21')]),
  ]),
  c('b41-ag-prepa-distance', ['entries', 'distance'], [
    turn('je cherche une session prepa en distanciel pr une dame sans voiture', 'agenda', [
      on('2027-02-08'),
      ['distance', 'distanciel', 'classe virtuelle'],
    ], [...notOn('2027-01-18'), ...notOn('2027-02-15')]),
  ]),
  c('b41-ag-moissac-fevrier', ['town', 'month'], [
    turn('quest ce quil y a a moissac en fevrier', 'agenda', [on('2027-02-09'), on('2027-02-17')], [
      ...notOn('2027-02-03'),
      ...notOn('2027-02-11'),
      ...notOn('2027-02-23'),
    ]),
  ]),
  c('b41-ag-agent-proprete-merci', ['places', 'follow-up', 'small-talk'], [
    turn('agent de proprete hygiene des places ?', 'agenda', [seats(7), ['moissac']], [
      'plaquiste',
      'soudeur',
      'cariste',
    ]),
    turn('top merci', 'other', [THANKS]),
  ]),
  c('b41-ag-jpo-ratee', ['jpo'], [
    turn("on a loupe la JPO de jeudi dernier, y en a une autre bientot ?", 'agenda', [on('2027-02-03')]),
  ]),
  c('b41-ag-electricien', ['places'], [
    turn("electricien d'equipement places dispo", 'agenda', [seats(2), on('2027-03-08')], [
      'plaquiste',
      'soudeur',
    ]),
  ]),
  c('b41-ag-fevrier', ['month'], [
    turn('agenda de fevrier stp', 'agenda', [
      on('2027-02-03'),
      on('2027-02-09'),
      on('2027-02-11'),
      on('2027-02-17'),
      on('2027-02-23'),
    ], [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-03-04')]),
  ]),
  c('b41-ag-restauration-caussade', ['places', 'town'], [
    turn('formation agent de restau a caussade y a de la place ?', 'agenda', [seats(4), ['caussade']], [
      'plaquiste',
      'soudeur',
    ]),
  ]),
  c('b41-ag-info-coll-pec', ['info-collective', 'competences-pec'], [
    turn('info coll competences pec ?', 'agenda', [on('2027-02-09'), ['moissac']], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
      ...notOn('2027-02-11'),
    ]),
  ]),
  c('b41-ag-volet1-montauban-places', ['entries', 'volet-1', 'two-questions'], [
    turn('prochaine entree prepa volet 1 a montauban, cb de places ?', 'agenda', [on('2027-01-18'), seats(6)], [
      ...notOn('2027-03-08'),
    ]),
  ]),
  c('b41-ag-bonjour-jpo', ['small-talk', 'jpo', 'follow-up'], [
    turn('bjr', 'other', [['bonjour']]),
    turn('c quand la prochaine jpo', 'agenda', [on('2027-02-03')], [...notOn('2027-01-07')]),
  ]),
];

// ── The three programmes: content, duration, where, who prescribes, who pays ──

const DISPOSITIFS: ConversationCase[] = [
  c('b41-disp-prepa-cestquoi', ['prepa-competences', 'sms'], [
    turn('c koi prepa comp', 'dispositif', [PREPA_DURATION], ['13 semaines']),
  ]),
  c('b41-disp-pec-duree', ['competences-pec', 'duration'], [
    turn('competences pec ca dure combien de temps', 'dispositif', [PEC_DAYS], ['13 semaines', '2 à 8 jours']),
  ]),
  c('b41-disp-promo-duree', ['promo-16-18', 'duration', 'follow-up'], [
    turn('la promo 16 18 c combien de temps', 'dispositif', [PROMO_WEEKS], ['2 à 8 jours']),
    turn('et si le jeune a besoin de plus de temps entre les phases ?', 'dispositif', [['4 mois', 'quatre mois']]),
  ]),
  c('b41-disp-promo-jours', ['promo-16-18'], [
    turn('promo 1618 c du lundi au vendredi ?', 'dispositif', [['jeudi']]),
  ]),
  c('b41-disp-prepa-visio', ['prepa-competences', 'distance'], [
    turn('prepa comp on peut la faire en visio ?', 'dispositif', [['distance', 'distanciel']]),
  ]),
  c('b41-disp-pec-certifs', ['competences-pec', 'follow-up'], [
    turn('competences pec ca debouche sur quelles certifs', 'dispositif', [
      ['vae', 'v.a.e', 'validation des acquis'],
      ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
      ['cléa'],
    ]),
    turn('c koi la diff rsfp / vae', 'dispositif', [['prérequis', 'pré-requis']]),
  ]),
  c('b41-disp-volets', ['prepa-competences'], [
    turn('volet 1 volet 2 c quoi la diff', 'dispositif', [['projet'], ['entrée en formation', 'sécuris']]),
  ]),
  c('b41-disp-bilan', ['prepa-competences'], [
    turn('a la fin de la prepa on a un retour de l afpa ?', 'dispositif', [['bilan']]),
  ]),
  c('b41-disp-promo-apres', ['promo-16-18'], [
    turn('apres les 13 semaines de promo le jeune est lache dans la nature ?', 'dispositif', [
      ['6 mois', 'six mois'],
      ['mission locale', 'missions locales'],
    ]),
  ]),
  c('b41-disp-signataires', ['agreement'], [
    turn("qui a signe l'accord cd82 / afpa ?", 'dispositif', [['weill'], ['vella']]),
  ]),
  c('b41-disp-financement', ['funding'], [
    turn('qui paye les prepa comp ? le departement ?', 'dispositif', [STATE_FUNDING]),
  ]),
  c('b41-disp-autorisation-parentale-ase', ['promo-16-18', 'agreement-silent'], [
    turn(
      "pour la promo il faut une autorisation parentale, mais pour un jeune place a l'ase qui signe ?",
      'dispositif',
      [['autorisation', 'parental'], SILENT],
    ),
  ]),
  c('b41-disp-prepa-lieu', ['prepa-competences', 'place'], [
    turn('la prepa ca se passe ou ? que sur montauban ?', 'dispositif', [
      ['montauban'],
      ['délocalis', 'ensemble du département', 'distance', 'ailleurs', 'autres villes', 'castelsarrasin', 'moissac'],
    ]),
  ]),
  c('b41-disp-promo-qui-oriente', ['promo-16-18', 'prescriber'], [
    turn('qui oriente les jeunes vers la promo 16/18 normalement ?', 'dispositif', [
      ['mission locale', 'missions locales', 'cio', 'c.i.o'],
    ]),
  ]),
];

// ── Contacts, figures, prescribing, out of scope, small talk ────────────────

const OTHERS: ConversationCase[] = [
  c('b41-contact-afpa-prepa', ['contact'], [
    turn("c'est qui mon contact a l'afpa pr les prescriptions prepa ?", 'contact', [['battedou', 'vella']]),
  ]),
  c('b41-contact-telephone', ['contact', 'agreement-silent'], [
    turn('tu as le tel de l afpa montauban ?', 'contact', [NO_DETAIL]),
  ]),
  c('b41-contact-coordo', ['contact'], [
    turn('le coordo departemental des dispositifs c qui', 'contact', [['vella']]),
  ]),
  c('b41-contact-referent-cd', ['contact', 'agreement-silent'], [
    turn("c qui le referent de l'expe cote departement ?", 'contact', [
      [
        ...SILENT,
        'désign',
        'pas nommé',
        'ne nomme pas',
        'pas de nom',
        'ne cite pas',
        'ne donne pas',
        'ne figure pas',
      ],
    ]),
  ]),
  c('b41-fig-objectifs-prepa-pec', ['figures', 'follow-up'], [
    turn('on en est ou sur les objectifs prepa comp ?', 'figures', [
      ['30 alloc', '30 bénéf', '30 person', '30 rsa', '30 brsa', '30 entr', 'trente', 'objectif de 30', 'objectif : 30', ': 30'],
    ]),
    turn('et pour competences pec ?', 'figures', [
      ['50 alloc', '50 bénéf', '50 person', '50 rsa', '50 brsa', '50 entr', 'cinquante', 'objectif de 50', 'objectif : 50', ': 50'],
    ]),
  ]),
  c('b41-fig-ase-promo', ['figures', 'promo-16-18'], [
    turn('combien de jeunes ase on doit envoyer sur la promo ?', 'figures', [
      ['10 jeunes', '10 personnes', '10 ase', '10 orient', 'dix jeunes', 'dix personnes', 'objectif de 10', 'objectif : 10', ': 10'],
    ]),
  ]),
  c('b41-fig-remontees', ['figures'], [
    turn('les chiffres sont remontes a qui et a quel rythme ?', 'figures', [
      ['dgefp', 'd.g.e.f.p'],
      ['mensuel', 'chaque mois', 'tous les mois'],
    ]),
  ]),
  c('b41-fig-sorties-positives', ['figures', 'promo-16-18'], [
    turn("c quoi l'objectif de sorties positives de la promo", 'figures', [['70 %', '70%', '70 pour', 'soixante-dix']]),
  ]),
  c('b41-presc-prepa', ['prescribe'], [
    turn('je veux prescrire une prepa comp pour une BRSA', 'prescribe', [PREPA, ['prescri']]),
  ]),
  c('b41-presc-panda', ['prescribe', 'panda'], [
    turn("comment j'ai acces a panda pour inscrire mes gens", 'prescribe', [['habilit']]),
  ]),
  c('b41-presc-adhesion', ['prescribe'], [
    turn("faut il l'accord de la personne avant de prescrire ?", 'prescribe', [
      ['adhésion', 'accord', 'consentement'],
    ]),
  ]),
  c('b41-presc-promo-ase', ['prescribe', 'promo-16-18'], [
    turn('je veux inscrire un jeune ase de 17 ans sur la promo, je fais comment', 'prescribe', [
      ['panda', 'formulaire', 'mission locale', 'missions locales', 'prescription'],
    ]),
  ]),
  c('b41-presc-qui-prescrit-suivi-ft', ['prescribe', 'prescriber'], [
    turn(
      "BRSA inscrite FT et suivie par sa conseillere FT (pas par nous), c'est moi ou FT qui prescrit la prepa ?",
      'prescribe',
      [
        ['france travail', 'pôle emploi', 'conseill'],
        ['accompagn'],
      ],
    ),
  ]),
  c('b41-oos-montant-rsa', ['out-of-scope'], [
    turn('c combien le rsa pour une personne seule en 2027 ?', 'out_of_scope', [OUT]),
  ]),
  c('b41-oos-meteo', ['out-of-scope', 'small-talk'], [
    turn('il va pleuvoir demain a moissac ?', 'out_of_scope', [OUT]),
  ]),
  c('b41-oos-courrier-caf', ['out-of-scope'], [
    turn('tu peux me faire un courrier pour la caf pour une dame ?', 'out_of_scope', [OUT]),
  ]),
  c('b41-other-aide', ['small-talk', 'help'], [
    turn('tu sers a quoi toi', 'other', [
      ['prépa', 'dispositif', 'promo', 'pec'],
      ['agenda', 'calendrier', 'événement', 'dates', 'jpo', 'session', 'information collective', 'info coll'],
    ]),
  ]),
];

export const FORTY_FIRST_BLIND_SET: ConversationCase[] = [...ELIGIBILITY, ...AGENDA, ...DISPOSITIFS, ...OTHERS];
