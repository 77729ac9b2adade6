/**
 * Fortieth blind set: « a month of questions, as a log file would show them ».
 *
 * Imagine the assistant's anonymised question log for one month and read a representative
 * sample of it, in the order the questions came: référents insertion of the Département
 * (most of them), AFPA Montauban staff (coordinator, Responsable Accompagnement et
 * Parcours) and the pilots of the steering committee. The messages are typed as people
 * type in Teams: abbreviations (BRSA, ASE, PEC, 1618, prépa comp, FT, ML, TH, CD, JPO,
 * info coll), no accents, typos, one-word questions next to long rambling ones, two
 * questions in one message, follow-ups that only make sense after the previous turn.
 * Each case's `log-wN` tag says in which week of the month it was asked; every question
 * is replayed on the frozen « today » of the fixture (Monday 11 January 2027, Paris).
 *
 * Written blind: from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan and the protocol of the three programmes), from `agenda-fixture.ts` and from
 * the types and helpers of `sets.ts`, without reading the bot, its tests or any other set.
 * Every expected fact comes from the agreement or the fixture; where the agreement is
 * silent, the expected answer says so and invents nothing.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function alt(...alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’')]))];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa compétences', 'prépa-compétences', 'prepa competences'];
const COMP_PEC = ['compétences pec', 'compétences p.e.c', 'compétences-pec', 'competences pec'];
const PROMO = ['promo 16/18', 'promo 16-18', 'promo 16.18', 'promo 1618', 'promo1618', 'promo 16 18'];
const PROMO_AGE = ['16 à 18', '16-18', '16 et 18', '16 à 17', '16-17', '16 ou 17', 'mineur'];
const PREPA_DAYS = ['2 à 8', '2 et 8', '2 a 8', 'deux à huit', 'deux et huit', '2 jours à 8'];
const TWO_WEEKS = ['2 semaines', 'deux semaines'];
const VOLET2_DAYS = ['4 à 8', '4 et 8', '4 a 8', 'quatre à huit', '4-8 jours'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const BILAN = ['bilan individuel', 'bilan du parcours', 'bilan de parcours', 'bilan de fin de parcours'];
const FT = ['france travail', 'pôle emploi'];
const ML = ['mission locale', 'missions locales'];
const ASE = alt("aide sociale à l'enfance", ' ase', '(ase', "l'ase", 'ase)');
const REMOTE = ['distance', 'distanciel'];
const MOBILITY = alt('mobilité', 'garde d', 'conditions matérielles', 'transport');
const NON_REGISTERED = alt(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  "qu'ils soient inscrits",
  'sans être inscrit',
  'même sans inscription',
);
const LEFT_SCHOOL = alt(
  'quitté',
  'décroch',
  'sorti',
  'déscolaris',
  'plus scolarisé',
  'pas en formation',
  'ni en formation',
  'ne sont pas en formation',
  'sans formation',
);

/** A yes for the one programme asked about. */
const YES = alt(
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peuvent bénéficier',
  'pourra en bénéficier',
  'pourra bénéficier',
  'peut intégrer',
  'pourra intégrer',
  'peut y entrer',
  'peut entrer',
  'pourra entrer',
  'peut suivre',
  'peut être orienté',
  'pourra être orienté',
  'oui',
);
/** A no, in the ways an answer may say it. */
const NO = alt(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  'ne correspond pas',
  'pas accès',
  'réservé',
  'pas encore',
  'trop jeune',
  "n'a pas l'âge",
  'uniquement',
  'seulement',
);
/** The agreement does not cover it / says nothing about it. */
const NOT_COVERED = alt(
  'ne couvre pas',
  'ne traite pas',
  "n'aborde pas",
  'ne prévoit pas',
  'ne précise pas',
  'ne dit pas',
  "n'indique pas",
  'ne mentionne pas',
  'ne parle pas',
  'ne porte pas',
  'ne concerne pas',
  'ne figure pas',
  'ne figurent pas',
  'ne relève pas',
  'ne contient pas',
  'ne donne pas',
  'pas couvert',
  'pas prévu',
  'pas précisé',
  'pas indiqué',
  'hors du champ',
  'hors champ',
  'hors de mon champ',
  'sort du cadre',
  'en dehors',
  "pas dans l'accord",
  'ne sais pas',
  "pas d'information",
  'aucune information',
  'je ne peux pas',
  'ne peux pas répondre',
  'ne dispose pas',
  "je n'ai pas",
);
const FULL = alt(
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune',
  ' 0 place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'zéro place',
);

// Targets of 2022 (protocol, § 4).
const THIRTY = alt('30 allocataires', '30 personnes', '30 bénéficiaires', '30 brsa', '30 entrées', ': 30', '| 30', 'objectif 30', 'objectif de 30', '/ 30', '/30', 'sur 30', 'trente');
const FIFTY = alt('50 allocataires', '50 personnes', '50 bénéficiaires', '50 brsa', '50 entrées', ': 50', '| 50', 'objectif 50', 'objectif de 50', '/ 50', '/50', 'sur 50', 'cinquante');
const TEN = alt('10 jeunes', '10 personnes', '10 bénéficiaires', '10 ase', '10 orient', '10 entrées', ': 10', '| 10', 'objectif 10', 'objectif de 10', '/ 10', '/10', 'sur 10', 'dix jeunes');

// ── The fixture's Info Places ───────────────────────────────────────────────

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
/** A places answer about some trainings names no other. */
const trainingsOtherThan = (...asked: string[]) => TRAININGS.filter((t) => !asked.includes(t));

const days = (...isos: string[]) => isos.flatMap((iso) => notOn(iso));
const NINE_THIRTY = ['9h30', '9 h 30', '09h30', '9:30', '09:30', '9h 30'];

// ── The log ─────────────────────────────────────────────────────────────────

export const FORTIETH_BLIND_SET: ConversationCase[] = [
  // Week 1
  c('b40-01-bjr', ['log-w1', 'referent', 'small-talk', 'abbrev'], [
    turn('bjr', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']]),
  ]),

  c('b40-02-prepa-cquoi-duree-distance', ['log-w1', 'referent', 'abbrev', 'no-accent', 'follow-up'], [
    turn('c quoi prepa comp ?', 'dispositif', [
      PREPA,
      ['projet professionnel', 'projet pro', 'consolider', 'son projet'],
      alt('entrée en formation', "l'entrée en formation", 'sécuriser', 'sécurisation'),
    ]),
    turn('ca dure cb de temps', 'dispositif', [PREPA_DAYS, TWO_WEEKS], ['13 semaines']),
    turn('et a distance c possible ou faut venir a montauban ?', 'dispositif', [REMOTE], ['lundi au jeudi']),
  ]),

  c('b40-03-jpo-then-moissac', ['log-w1', 'referent', 'abbrev', 'town', 'follow-up'], [
    turn('prochaine jpo ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ya pas un truc aussi ?', 'agenda', [on('2027-02-17')], days('2027-01-07', '2027-02-03')),
  ]),

  c('b40-04-brsa-45-non-inscrit-ft', ['log-w1', 'referent', 'abbrev', 'no-accent'], [
    turn(
      'mr 45 ans brsa pas inscrit a FT, il sait pas trop quoi faire comme metier. prepa comp possible pour lui ?',
      'eligibility',
      [PREPA, NON_REGISTERED],
    ),
  ]),

  c('b40-05-promo-pour-qui-qui-oriente', ['log-w1', 'referent', 'abbrev', 'follow-up'], [
    turn('la promo 1618 c pour qui exactement', 'dispositif', [PROMO_AGE, LEFT_SCHOOL]),
    turn("et c qui qui les oriente d'habitude ?", 'dispositif', [ML, alt(' cio', '(cio', 'cio)', 'c.i.o', "centre d'information et d'orientation")]),
  ]),

  c('b40-06-cette-semaine', ['log-w1', 'referent', 'relative-date', 'town-without-a', 'no-accent'], [
    turn(
      'ya quoi cette semaine montauban',
      'agenda',
      [on('2027-01-14')],
      days('2027-01-07', '2027-01-18', '2027-01-19', '2027-01-21', '2027-02-03'),
    ),
  ]),

  c('b40-07-pec-mairie-concretement-employeur', ['log-w1', 'referent', 'long', 'abbrev', 'follow-up'], [
    turn(
      "Mr 52 ans BRSA, en PEC a la mairie depuis 3 mois comme agent d'entretien. il aimerait faire reconnaitre ce qu'il sait faire, possible ?",
      'eligibility',
      [COMP_PEC, [...VAE, ...RSFP, ...CLEA, 'certification']],
    ),
    turn('ca se passe comment concretement', 'dispositif', [PEC_DAYS, ['phase', 'étape', 'atelier']], ['13 semaines']),
    turn("et son employeur il doit etre d'accord ou pas ?", 'dispositif', [['employeur'], ['accord']]),
  ]),

  c('b40-08-contact-prepa', ['log-w1', 'referent', 'no-accent'], [
    turn('qui contacter a l afpa pour la prepa comp', 'contact', [['battedou']]),
  ]),

  c('b40-09-afpa-habilitation-panda', ['log-w1', 'afpa', 'two-questions'], [
    turn(
      "bonjour c'est l'afpa montauban. les referents du CD c'est bien nous qui les habilitons sur panda ? ils peuvent inscrire eux memes les gens ?",
      'dispositif',
      [['panda'], ['habilit'], ['inscri']],
    ),
  ]),

  c('b40-10-info-coll-castel', ['log-w1', 'referent', 'typo', 'town', 'filter'], [
    turn(
      'info coll prepa comp a castelsarasin ?',
      'agenda',
      [on('2027-01-21')],
      days('2027-01-14', '2027-02-11', '2027-03-04'),
    ),
  ]),

  c('b40-11-ase-15-ans-puis-16-puis-entree', ['log-w1', 'referent', 'boundary', 'abbrev', 'follow-up'], [
    turn(
      'jeune de 15 ans suivi ASE, sorti du college en juin, il fait rien depuis. promo 1618 ?',
      'eligibility',
      [[...PROMO_AGE, '16 ans'], NO],
    ),
    turn('et quand il aura 16 ans en mars ?', 'eligibility', [YES], alt('ne pourra pas', 'ne sera pas éligible')),
    turn('c quand la prochaine entree ?', 'agenda', [on('2027-02-01')], days('2027-01-18', '2027-01-20', '2027-02-10')),
  ]),

  c('b40-12-objectifs-2022', ['log-w1', 'pilot', 'follow-up'], [
    turn('objectifs 2022 de la convention ?', 'figures', [THIRTY, FIFTY, TEN]),
    turn('les 10 de la promo c quel public ?', 'figures', [ASE]),
  ]),

  c('b40-13-rsfp-vs-vae', ['log-w1', 'referent', 'abbrev', 'follow-up'], [
    turn('c quoi la rsfp', 'dispositif', [
      ['reconnaissance des savoir', 'savoir-faire'],
      ['prérequis', 'pré-requis', 'pas accès à la vae', 'conditions de la vae'],
    ]),
    turn('et la difference avec la vae du coup ?', 'dispositif', [
      VAE,
      ['prérequis', 'pré-requis', 'certification', 'diplôme', 'titre professionnel', 'titres professionnels'],
    ]),
  ]),

  c('b40-14-demande-rsa-montant', ['log-w1', 'referent', 'two-questions', 'follow-up'], [
    turn(
      "comment on fait une demande de rsa pour un couple avec 2 enfants ? c'est la caf ou nous ?",
      'out_of_scope',
      [NOT_COVERED],
    ),
    turn('et ca leur ferait combien par mois a peu pres', 'out_of_scope', [NOT_COVERED]),
  ]),

  c('b40-15-volet2-avec-places', ['log-w1', 'referent', 'with-seats', 'filter'], [
    turn(
      'entrees prepa comp volet 2 avec des places',
      'agenda',
      [on('2027-02-15')],
      days('2027-01-25', '2027-01-18', '2027-02-08', '2027-03-08', '2027-01-20'),
    ),
  ]),

  // Week 2
  c('b40-16-primo-arrivante-puis-rsa', ['log-w2', 'referent', 'long', 'follow-up'], [
    turn(
      "j'ai une dame afghane arrivee il y a 1 an, elle parle un peu mais ecrit pas le francais, elle veut bosser. y a quoi a l'afpa pour elle ?",
      'eligibility',
      [['français à visée professionnelle', 'visée professionnelle', 'français langue étrangère', 'langue étrangère']],
    ),
    turn('elle touche le rsa, elle pourrait faire prepa comp ensuite ?', 'eligibility', [PREPA, YES]),
  ]),

  c('b40-17-apres-prepa-retour', ['log-w2', 'referent', 'two-questions', 'no-accent'], [
    turn(
      'apres la prepa comp on a un retour nous les referents ? et la personne elle fait quoi ensuite',
      'dispositif',
      [BILAN, ['formation qualifiante', 'une formation', 'en formation', 'la formation']],
    ),
  ]),

  c('b40-18-places-soudure-puis-maconnerie', ['log-w2', 'referent', 'places', 'follow-up'], [
    turn(
      'places dispo en soudure ?',
      'agenda',
      [seats(4), on('2027-02-01')],
      trainingsOtherThan('soudeur'),
    ),
    turn(
      'et en maconnerie',
      'agenda',
      [seats(3), on('2027-02-15')],
      trainingsOtherThan('maçon'),
    ),
  ]),

  c('b40-19-pec-jours-et-debouche', ['log-w2', 'referent', 'two-questions', 'no-accent'], [
    turn(
      'competences pec ca fait combien de jours au total et ca debouche sur quoi ?',
      'dispositif',
      [PEC_DAYS, VAE, RSFP, CLEA],
      ['13 semaines'],
    ),
  ]),

  c('b40-20-promo-19-ans', ['log-w2', 'referent', 'boundary'], [
    turn(
      "une jeune de 19 ans en rupture, plus suivie par l'ASE, elle peut faire la promo 16 18 ?",
      'eligibility',
      [[...PROMO_AGE, '18 ans', 'moins de 18'], NO],
    ),
  ]),

  c('b40-21-prescrire-prepa-gratuit', ['log-w2', 'referent', 'follow-up'], [
    turn('je voudrais prescrire prepa comp pour mme R.', 'prescribe', [['formulaire', 'prescription']]),
    turn(
      'au fait c payant pour le departement ?',
      'dispositif',
      [
        alt(
          'sans contrepartie financière',
          'contrepartie',
          'gratuit',
          'aucun coût',
          'sans coût',
          'pas payant',
          "financé par l'état",
          "financés par l'état",
          "financement de l'état",
          "plan d'investissement dans les compétences",
          ' pic',
          'p.i.c',
        ),
      ],
    ),
  ]),

  c('b40-22-semaine-pro', ['log-w2', 'referent', 'relative-date', 'abbrev'], [
    turn(
      'la semaine pro ya quoi comme evenements ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      days('2027-01-07', '2027-01-14', '2027-01-26', '2027-02-03'),
    ),
  ]),

  c('b40-23-promo-presentiel-vendredi', ['log-w2', 'referent', 'two-questions'], [
    turn('la promo c en presentiel tous les jours ? le vendredi aussi ?', 'dispositif', [
      ['présentiel'],
      ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi'],
    ]),
  ]),

  c('b40-24-aci-pas-pec', ['log-w2', 'referent', 'abbrev'], [
    turn(
      'salariee en ACI (CDDI), pas en PEC, 41 ans, BRSA. on peut lui faire competences pec pour valider ses acquis ?',
      'eligibility',
      [alt('réservé', 'pas éligible', 'non éligible', 'ne peut pas', 'uniquement', 'seulement', 'signataire', 'pas accès', 'ne relève pas', 'ne concerne pas'), RSFP],
    ),
  ]),

  c('b40-25-reunion-batiment-puis-logistique', ['log-w2', 'referent', 'two-questions', 'follow-up'], [
    turn('reunion metier batiment c quand et ou', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    turn('et celle sur la logistique ?', 'agenda', [on('2027-01-26'), ['montauban']], notOn('2027-02-23')),
  ]),

  c('b40-26-indicateurs-jpo-visites', ['log-w2', 'pilot'], [
    turn(
      'pour le copil, quels indicateurs on doit suivre sur les jpo, info coll et visites de plateau ?',
      'figures',
      [['nombre'], ['allocataires', 'bénéficiaires', 'participant']],
    ),
  ]),

  c('b40-27-nouvelle-referente-role', ['log-w2', 'referent', 'long', 'no-accent'], [
    turn(
      "bonjour, je suis nouvelle referente sur le secteur de caussade, on m'a parle de la convention afpa. concretement moi je dois faire quoi quand je propose un dispositif a un allocataire ? genre inscription, papiers, etc",
      'dispositif',
      [['adhésion', 'informe', 'information'], ['panda'], MOBILITY],
    ),
  ]),

  c('b40-28-aide-soignante-volet2', ['log-w2', 'referent', 'long', 'follow-up'], [
    turn(
      "mme 38a BRSA veut entrer en formation aide soignante mais elle a peur de pas tenir, elle a arrete l'ecole tot. prepa ?",
      'eligibility',
      [PREPA, ['volet 2', 'sécuriser', 'sécurisation']],
    ),
    turn('ca dure combien ce volet la', 'dispositif', [VOLET2_DAYS, TWO_WEEKS]),
  ]),

  c('b40-29-entrees-prepa-places-distance', ['log-w2', 'referent', 'with-seats', 'remote', 'filter', 'follow-up'], [
    turn('prochaines entrees prepa comp ?', 'agenda', [on('2027-01-18')], days('2027-01-20', '2027-02-01', '2027-02-10')),
    turn("que celles ou il reste de la place", 'agenda', [on('2027-01-18')], days('2027-01-25', '2027-01-20', '2027-02-01')),
    turn('et a distance ?', 'agenda', [on('2027-02-08')], days('2027-01-18', '2027-02-15', '2027-01-20', '2027-03-03')),
  ]),

  c('b40-30-directeur-puis-mail', ['log-w2', 'referent', 'silent', 'follow-up'], [
    turn('c qui le directeur de l afpa montauban', 'contact', [['vella']]),
    turn('tu as son mail ou son tel ?', 'contact', [NOT_COVERED], ['@afpa']),
  ]),

  // Week 3
  c('b40-31-clea-puis-numerique', ['log-w3', 'referent', 'follow-up'], [
    turn('c quoi clea', 'dispositif', [['compétences de base', 'socle', 'compétences clés'], ['certif']]),
    turn('et la version numerique ?', 'dispositif', [['numérique'], ['usages', 'environnement de travail']]),
  ]),

  c('b40-32-visites-mars', ['log-w3', 'referent', 'month'], [
    turn(
      'visites de plateau technique en mars ?',
      'agenda',
      [on('2027-03-10'), ['électricité', 'électricien']],
      notOn('2027-01-19'),
    ),
  ]),

  c('b40-33-lyceen-16-ans', ['log-w3', 'referent', 'boundary', 'no-accent'], [
    turn(
      "jeune 16 ans encore au lycee en 1ere, il s'ennuie, sa mere demande pour la promo 1618",
      'eligibility',
      [LEFT_SCHOOL, NO],
    ),
  ]),

  c('b40-34-places-moissac', ['log-w3', 'referent', 'places', 'town', 'with-seats'], [
    turn(
      'formations avec des places a moissac ?',
      'agenda',
      [['propreté'], seats(7)],
      trainingsOtherThan('agent de propreté'),
    ),
  ]),

  c('b40-35-panda-puis-qui-inscrit', ['log-w3', 'referent', 'follow-up'], [
    turn('c quoi panda ?', 'dispositif', [['traçabilité', 'trace', 'tracé', 'suivi des parcours', 'suivre les parcours']]),
    turn('et c qui qui inscrit les gens dessus ?', 'dispositif', [
      ['référent', 'travailleurs sociaux', 'travailleur social', 'conseiller'],
      ['habilit'],
    ]),
  ]),

  c('b40-36-afpa-dgefp-ddets', ['log-w3', 'afpa', 'two-questions', 'abbrev'], [
    turn(
      'on doit envoyer quoi a la dgefp et a quelle frequence ? et a la ddets ?',
      'figures',
      [['tableau de bord'], ['mensuel', 'chaque mois', 'tous les mois'], ['annuel', 'chaque année']],
    ),
  ]),

  c('b40-37-ase-17-decrocheur-autorisation', ['log-w3', 'referent', 'abbrev', 'follow-up'], [
    turn(
      "ado 17 ans confie a l'ase, a quitte le lycee en octobre, fait rien depuis. promo 1618 c jouable ?",
      'eligibility',
      [PROMO, YES],
      alt('pas éligible', "n'est pas éligible", 'non éligible'),
    ),
    turn("il faut l'accord des parents ? il est place", 'dispositif', [['autorisation']]),
  ]),

  c('b40-38-open-badges', ['log-w3', 'referent'], [
    turn('open badges c quoi ?', 'dispositif', [
      ['formel', 'informel', 'soft skills', 'savoir-être', 'transvers', 'compétences douces'],
    ]),
  ]),

  c('b40-39-merci', ['log-w3', 'referent', 'small-talk'], [
    turn("merci t'es top", 'other', [
      alt('de rien', 'avec plaisir', 'je vous en prie', 'à votre service', 'bonne journée', "n'hésitez pas", 'ravi'),
    ]),
  ]),

  c('b40-40-fin-janvier', ['log-w3', 'referent', 'relative-date'], [
    turn(
      "d'ici fin janvier qu'est ce qu'il y a comme evenements",
      'agenda',
      [on('2027-01-14'), on('2027-01-19'), on('2027-01-21'), on('2027-01-26')],
      days('2027-01-07', '2027-02-03', '2027-02-09'),
    ),
  ]),

  c('b40-41-de-ft-pas-rsa-puis-rsa', ['log-w3', 'referent', 'abbrev', 'follow-up'], [
    turn(
      'mr 30 ans DE inscrit FT, pas au RSA, pas suivi par nous. il peut faire prepa comp via la convention ?',
      'eligibility',
      [FT, ['rsa']],
    ),
    turn("et s'il passe au rsa le mois prochain ?", 'eligibility', [[...YES, ...NON_REGISTERED, 'pourra']], alt('ne pourra pas')),
  ]),

  c('b40-42-apres-promo-suivi', ['log-w3', 'referent', 'follow-up'], [
    turn('et apres la promo 1618 le jeune il devient quoi ?', 'dispositif', [
      ['alternance', 'apprentissage', 'e2c', 'epide', 'e.p.i.d.e', 'préparation de la suite', 'un emploi', 'une formation'],
      ['6 mois', 'six mois'],
    ]),
    turn('il reste suivi par qui pendant ce temps', 'dispositif', [ML]),
  ]),

  c('b40-43-plaquiste-complet', ['log-w3', 'referent', 'places', 'no-accent'], [
    turn('plaquiste ya encore de la place ?', 'agenda', [FULL], trainingsOtherThan('plaquiste')),
  ]),

  c('b40-44-cv', ['log-w3', 'referent'], [
    turn('tu peux me faire un cv pour une brsa qui cherche dans la vente ?', 'out_of_scope', [NOT_COVERED]),
  ]),

  c('b40-45-inscrite-ft-et-rsa', ['log-w3', 'referent', 'abbrev'], [
    turn(
      'elle est inscrite a FT ET au RSA, ca bloque pour prepa comp ou pas ?',
      'eligibility',
      [[...NON_REGISTERED, ...alt('ne bloque pas', "n'empêche pas", 'éligible', 'pas de problème', 'aucun problème')]],
    ),
  ]),

  // Week 4
  c('b40-46-info-coll-prepa-valence-places', ['log-w4', 'referent', 'town', 'follow-up'], [
    turn('prochaine info coll prepa comp', 'agenda', [on('2027-01-14')], days('2027-01-07', '2027-02-09', '2027-03-17')),
    turn('et sur valence d agen ?', 'agenda', [on('2027-03-04')], days('2027-01-14', '2027-01-21', '2027-02-11')),
    turn('ya combien de places', 'agenda', [seats(10)], [' 15 place', 'places : 15', ' 12 place', 'places : 12']),
  ]),

  c('b40-47-afpa-quoi-communiquer-cd', ['log-w4', 'afpa', 'abbrev'], [
    turn('on doit communiquer quoi au CD exactement ? jpo, places... ?', 'figures', [
      ['jpo', 'portes ouvertes'],
      ['info places', 'places disponibles'],
      alt("calendrier d'entrées", 'calendrier des entrées', "dates d'entrée", 'entrées'),
    ]),
  ]),

  c('b40-48-mes-prescriptions', ['log-w4', 'referent'], [
    turn('ou en sont mes prescriptions ?', 'prescribe', [['prescription']]),
  ]),

  c('b40-49-places-logistique', ['log-w4', 'referent', 'places'], [
    turn(
      'places en logistique ?',
      'agenda',
      [['cariste'], seats(6), ['préparateur de commandes', 'préparateur'], seats(5)],
      trainingsOtherThan('cariste', 'préparateur de commandes'),
    ),
  ]),

  c('b40-50-deux-volets', ['log-w4', 'referent', 'two-questions'], [
    turn('prepa comp c quoi les 2 volets, lequel pour qui ?', 'dispositif', [
      ['volet 1'],
      ['volet 2'],
      ['consolider', 'projet professionnel'],
      alt('sécuriser', 'sécurisation', "entrée en formation"),
    ]),
  ]),

  c('b40-51-58-ans-caussade-transport', ['log-w4', 'referent', 'long', 'two-questions'], [
    turn(
      "bonjour, j'accompagne un monsieur de 58 ans au RSA depuis longtemps, il habite a Caussade, pas de voiture pas de permis, il aimerait se remettre a niveau et voir ce qu'il pourrait faire comme metier mais il peut pas aller tous les jours a Montauban. est-ce que la prepa comp est possible pour lui et comment on fait pour le transport ?",
      'eligibility',
      [PREPA, [...REMOTE, 'délocalis'], MOBILITY],
    ),
  ]),

  c('b40-52-remuneration', ['log-w4', 'referent', 'silent', 'two-questions'], [
    turn('la prepa comp c remunere pour la personne ? elle garde son RSA ?', 'out_of_scope', [NOT_COVERED]),
  ]),

  c('b40-53-qui-suit-accord', ['log-w4', 'pilot'], [
    turn("qui suit l'accord de partenariat de chaque cote ?", 'contact', [
      ['vella'],
      ['weill', 'président du conseil départemental', 'président du département'],
    ]),
  ]),

  c('b40-54-help-puis-entrees-promo', ['log-w4', 'referent', 'follow-up'], [
    turn('tu sais faire quoi ?', 'other', [
      ['dispositif', 'prépa compétences', 'programme'],
      ['agenda', 'calendrier', 'événement', 'jpo', 'dates', 'session'],
      ['prescri'],
    ]),
    turn("ok alors les dates d'entree de la promo", 'agenda', [on('2027-02-01')], days('2027-01-18', '2027-01-20', '2027-02-10')),
  ]),

  c('b40-55-jeudi-ou-heure', ['log-w4', 'referent', 'relative-date', 'two-questions'], [
    turn(
      "l'info coll de jeudi c ou et a quelle heure",
      'agenda',
      [['montauban'], NINE_THIRTY],
      notOn('2027-01-21'),
    ),
  ]),

  c('b40-56-prepa-que-montauban', ['log-w4', 'referent', 'no-accent'], [
    turn("prepa comp ca se fait que a montauban ? j'ai des gens sur moissac", 'dispositif', [
      ['montauban'],
      [
        'délocalis',
        "l'ensemble du département",
        'tout le département',
        ...REMOTE,
        ...on('2027-03-08'),
      ],
    ]),
  ]),

  c('b40-57-garantie-activite-qualif', ['log-w4', 'referent', 'long', 'abbrev'], [
    turn(
      "BRSA en garantie d'activite, 34 ans, veut devenir cariste, faut une formation qualifiante. il a droit aux formations de la region via l'afpa ?",
      'eligibility',
      [['région', 'régional', 'droit commun', 'financeurs publics']],
    ),
  ]),

  c('b40-58-pec-depuis-1-semaine', ['log-w4', 'referent', 'boundary'], [
    turn(
      'mme en PEC depuis 1 semaine seulement, c pas trop tot pour competences pec ?',
      'eligibility',
      [alt('dès la signature', 'dès signature', 'premiers mois', 'immédiatement', 'dès le début')],
    ),
  ]),

  c('b40-59-illettrisme-certificat', ['log-w4', 'referent', 'no-accent'], [
    turn(
      'allocataire rsa 50 ans, maitrise mal lire ecrire compter, voudrait un certificat pour rassurer les employeurs. ya quoi ?',
      'eligibility',
      [CLEA],
    ),
  ]),

  c('b40-60-fevrier-montauban', ['log-w4', 'referent', 'month', 'town-without-a'], [
    turn(
      'evenements en fevrier montauban',
      'agenda',
      [on('2027-02-03'), on('2027-02-11')],
      days('2027-01-14', '2027-01-19', '2027-01-26', '2027-02-09', '2027-02-17', '2027-02-23'),
    ),
  ]),
];
