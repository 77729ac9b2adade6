/**
 * Twenty-fourth blind set: a general evaluation set, written by an outside evaluator from the
 * agreement alone (accord Département de Tarn-et-Garonne – AFPA, its 2022-2023 action plan and
 * the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18) and from AFPA's
 * published agenda (`agenda-fixture.ts`, today frozen at Monday 11 January 2027, Europe/Paris).
 *
 * 55 conversations, 85 turns: dispositif 22, agenda 18, eligibility 16, out_of_scope 8,
 * contact 7, figures 7, prescribe 7. Mostly référents insertion of the CD, with Mission locale
 * conseillers, AFPA staff and pilots. Alternatives are written without accents nor apostrophes:
 * the check ignores case and accents, and the bot may use either kind of apostrophe.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prepa comp', 'prepa-comp', 'prepacomp'];
const PEC = ['competences pec', 'competences p.e.c', 'competences-pec', 'parcours emploi competences', 'pec'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618'];

/** Prépa Compétences: 2 to 8 days over 2 weeks. */
const PREPA_DAYS = ['2 a 8 j', '2-8 j', '2 et 8 j', 'deux a huit', '8 jours max', '2 jours a 8', 'entre 2 et 8'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
/** Volet 1 « consolider son projet »: 5 to 6 days; volet 2 « sécuriser l'entrée en formation »: 4 to 8 days. */
const VOLET1_DAYS = ['5 a 6 j', '5-6 j', '5 ou 6 j', '5 et 6 j', 'cinq a six', 'cinq ou six', '5 jours a 6'];
const VOLET2_DAYS = ['4 a 8 j', '4-8 j', '4 et 8 j', 'quatre a huit', '4 jours a 8', 'entre 4 et 8'];
/** La Promo 16/18: 13 weeks (3 months, up to 4), on site Monday to Thursday. */
const PROMO_LENGTH = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const ON_SITE = ['presentiel', 'sur place', 'dans le centre', 'lundi au jeudi', 'lundi a jeudi'];
const REMOTE = ['a distance', 'distanciel', 'en ligne', 'visio', 'classe virtuelle'];
/** The Département prescribes « sans contrepartie financière »; the State pays through the PIC. */
const FREE = [
  'sans contrepartie',
  'aucune contrepartie',
  'gratuit',
  'aucun cout',
  'pas de cout',
  'sans cout',
  'aucun frais',
  'pas de frais',
  'rien a payer',
  'ne coute rien',
  'pas payant',
  'finance par l',
  'prise en charge par l',
  'pris en charge par l',
  'investissement dans les competences',
];
const EMPLOYER = ['employeur'];

/** What a prescription answer (form, card or explanation) holds. */
const PRESCRIBE = ['prescri', 'inscri', 'orient', 'positionn', 'formulaire', 'fiche', 'panda', 'demande'];

// ── Verdicts ────────────────────────────────────────────────────────────────

const YES = [
  'oui',
  'eligible',
  'peut en beneficier',
  'peut beneficier',
  'peut entrer',
  'peut y entrer',
  'peut etre orient',
  'peut etre prescrit',
  'peut la prescrire',
  'peut le prescrire',
  'peut y pretendre',
  'peut suivre',
  'peut faire',
  'correspond',
  'accessible',
  'ouvert a',
  'tout a fait',
];
/** A « yes » answer never says « not eligible ». */
const NOT_YES = ['pas eligible', 'non eligible', 'ineligible', 'pas accessible'];
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'impossible',
  'non,',
  'non.',
  'non :',
  'non !',
  'ne correspond pas',
  'pas accessible',
  'reserve',
  'ne remplit pas',
  'ne rentre pas',
  'ne releve pas',
  'pas concerne',
  'exclu',
  'malheureusement',
];

// Reasons of a « no ».
const TOO_YOUNG = ['16 ans', '16 a 18', '16 et 18', 'moins de 16', 'trop jeune', 'age minimum', 'des 16', 'a partir de 16', 'pas encore 16'];
const TOO_OLD = ['mineur', 'moins de 18', '18 ans', 'majeur', 'trop age', 'plus de 18', 'depasse', 'limite d age', '16 a 18', '16 et 18'];
const AT_SCHOOL = ['scolaris', 'lycee', 'decroch', 'quitte', 'cursus', 'en formation', 'etudes', 'ecole', 'systeme scolaire'];
const AT_WORK = ['apprenti', 'travaill', 'en emploi', 'un emploi', 'contrat', 'activite', 'salarie'];
const NO_PEC_CONTRACT = ['parcours emploi', 'contrat pec', 'en pec', 'un pec', 'signataire', 'salarie', 'contrat', 'beneficiaire de p', 'beneficiaires de p'];

// ── Out of scope, figures, contacts ─────────────────────────────────────────

const OUT_OF_SCOPE = [
  'ne couvre pas',
  'ne dit rien',
  'ne prevoit pas',
  'ne precise pas',
  'pas prevu',
  'hors de l',
  'hors du champ',
  'hors champ',
  'hors perimetre',
  'en dehors',
  'ne mentionne pas',
  'ne parle pas',
  'ne traite pas',
  'ne concerne pas',
  'ne porte pas sur',
  'ne figure pas',
  'ne contient pas',
  'ne fixe pas',
  'aborde pas',
  'pas couvert',
  'aucune information',
  'pas d information',
  'pas d’information',
  "pas d'information",
  'ne peux pas repondre',
  'pas en mesure',
  'je ne dispose pas',
  'ne sais pas',
];
const NOT_YET = [
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de chiffre',
  'aucun chiffre',
  'pas de donnee',
  'aucune donnee',
  'pas de resultat',
  'aucun resultat',
  'pas de realise',
  'aucun realise',
  'ne dispose pas',
  'pas connu',
];
/** The target of the action plan (objectifs 2022), in the ways an answer may write it. */
function target(n: number, word: string): string[] {
  return [
    `${n} allocataire`,
    `${n} beneficiaire`,
    `${n} personne`,
    `${n} jeune`,
    `${n} brsa`,
    `${n} rsa`,
    `${n} entree`,
    `${n} orient`,
    `${n} ase`,
    `objectif de ${n}`,
    `objectif : ${n}`,
    `objectif ${n}`,
    `objectif 2022 : ${n}`,
    `cible de ${n}`,
    `cible : ${n}`,
    `: ${n} `,
    `/ ${n}`,
    `/${n} `,
    `sur ${n} `,
    word,
  ];
}
const SEVENTY = ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour', 'soixante-dix'];

const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const WEILL = ['weill'];

// Trainings of Info Places, for answers that must list one trade only.
const TRAININGS_BUT_WELDING = ['cariste', 'macon', 'plaquiste', 'electricien', 'proprete', 'restauration', 'preparateur de commandes'];

// ── The set ─────────────────────────────────────────────────────────────────

export const TWENTY_FOURTH_BLIND_SET: ConversationCase[] = [
  // ── Multi-turn conversations ──────────────────────────────────────────────
  c('b24-prepa-decouverte-distanciel', ['referent', 'sms', 'follow-up', 'remote'], [
    t('slt, c koi exactement la prepa comp ? jamais prescrit encore', 'dispositif', [['projet'], ['formation']], ['13 semaines']),
    t('et en distanciel ?', 'dispositif', [REMOTE, ['tout ou partie', 'possible', 'peut', 'oui', 'partie', 'entierement', 'mixte']]),
    t('ok et y a une session a distance bientot ??', 'agenda', [on('2027-02-08')], [
      ...notOn('2027-01-18'),
      ...notOn('2027-02-15'),
      ...notOn('2027-03-03'),
    ]),
  ]),

  c('b24-jpo-prochaine-puis-moissac', ['referent', 'short', 'follow-up', 'town'], [
    t('Prochaine JPO svp', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    t('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], [...notOn('2027-02-03'), ...notOn('2027-01-07')]),
  ]),

  c('b24-infocoll-prepa-ce-mois', ['referent', 'polite', 'month', 'places', 'cost'], [
    t(
      'Bonjour, y a-t-il des informations collectives Prépa Compétences ce mois-ci ? Merci',
      'agenda',
      [on('2027-01-14'), on('2027-01-21')],
      [...notOn('2027-02-11'), ...notOn('2027-03-04'), ...notOn('2027-01-07')],
    ),
    t('il reste de la place ?', 'agenda', [seats(15), seats(12)]),
    t('et c payant pr la personne ou pr le CD ?', 'dispositif', [FREE]),
  ]),

  c('b24-pec-atelier2-entrees', ['referent', 'abbreviations', 'volet', 'remote', 'follow-up'], [
    t('cb c la prochaine entree sur competences PEC atelier 2', 'agenda', [on('2027-01-20')], notOn('2027-02-10')),
    t('et en distanciel ?', 'agenda', [on('2027-03-03')], notOn('2027-01-20')),
  ]),

  c('b24-ml-jeune-17-manque-info', ['mission-locale', 'missing-fact', 'promo'], [
    t(
      'Bonjour je suis conseillere a la ML de castel, j ai un jeune de 17 ans, est ce qu il peut aller sur la promo 1618 ?',
      'eligibility',
      [['scolaris', 'decroch', 'quitte', 'lycee', 'college', 'formation', 'travaill', 'emploi', 'situation', ...YES, ...NO]],
    ),
    t('il a lache le lycee en octobre, il fait rien depuis, pas de taf ni de formation', 'eligibility', [YES], NOT_YES),
    t('top, je l inscris comment ?', 'prescribe', [['panda', 'prescri', 'inscri', 'formulaire', 'orient']]),
  ]),

  c('b24-rsa-sans-contrat-pec', ['referent', 'rambling', 'pec', 'follow-up'], [
    t(
      'Mme B est au RSA, pas de contrat en ce moment, je pensais a competences PEC pr valoriser son experience d auxiliaire de vie, c jouable ?',
      'eligibility',
      [NO, NO_PEC_CONTRACT],
    ),
    t('ah ok. et la prepa comp elle y a droit du coup ?', 'eligibility', [YES], NOT_YES),
  ]),

  c('b24-chiffres-entrees-prepa-pec', ['pilot', 'follow-up'], [
    t('on a combien de BRSA entres en prepa comp depuis le debut ?', 'figures', [NOT_YET, target(30, 'trente')]),
    t('et pour la PEC ?', 'figures', [NOT_YET, target(50, 'cinquante')]),
  ]),

  c('b24-promo-duree-parents-infocoll', ['referent', 'two-questions', 'no-accents', 'promo'], [
    t('la promo 16 18 ca dure cb de temps et c en presentiel ou pas ?', 'dispositif', [PROMO_LENGTH, ON_SITE], ['2 a 8 j']),
    t('les parents doivent donner leur accord ?', 'dispositif', [['parent'], ['autorisation', 'oui', 'engag']]),
    t('y a une info coll pour eux ?', 'agenda', [on('2027-03-17')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-21'),
      ...notOn('2027-02-09'),
    ]),
  ]),

  c('b24-pec-contenu-moment', ['referent', 'pec', 'follow-up'], [
    t(
      'Competences PEC ça consiste en quoi concretement ? une collegue m en a parle en reunion de MDS',
      'dispositif',
      [['vae', 'validation des acquis', 'rsfp', 'clea', 'certification']],
      ['13 semaines'],
    ),
    t('on peut la mobiliser a quel moment du contrat ?', 'dispositif', [
      ['signature', 'premiers mois', 'debut du contrat', 'des le debut', 'immediatement'],
    ]),
  ]),

  c('b24-pec-accord-employeur', ['referent', 'abbreviations', 'who-agrees'], [
    t('pr la PEC qui doit donner son accord ?', 'dispositif', [EMPLOYER]),
    t('et si l employeur veut pas, je peux qd meme l inscrire ?', 'eligibility', [
      [
        ...NO,
        'requis',
        'necessaire',
        'obligatoire',
        'indispensable',
        'sans son accord',
        'sans l accord',
        "sans l'accord",
        'sans l’accord',
        'sans accord',
        'doit donner son accord',
        'recueill',
      ],
      EMPLOYER,
    ]),
  ]),

  c('b24-rsa-non-inscrit-ft-positionne', ['referent', 'abbreviations', 'prepa'], [
    t('mon allocataire n est pas inscrite a FT, elle peut faire la prepa comp qd meme ?', 'eligibility', [YES], NOT_YES),
    t('parfait je la positionne alors', 'prescribe', [PRESCRIBE, PREPA]),
  ]),

  c('b24-semaine-prochaine-et-suivante', ['referent', 'relative-date', 'places', 'follow-up'], [
    t(
      'qu est ce qu il y a la semaine prochaine a l afpa ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-01-07')],
    ),
    t('et la suivante ?', 'agenda', [on('2027-01-26')], [...notOn('2027-01-19'), ...notOn('2027-01-21')]),
    t('il reste combien de places a la reunion logistique ?', 'agenda', [seats(15)]),
  ]),

  c('b24-soudure-places-visite', ['referent', 'trade', 'places'], [
    t('y a t il encore des places en formation soudeur ? j ai un monsieur motive', 'agenda', [seats(4)], TRAININGS_BUT_WELDING),
    t('et la visite de l atelier soudure c est qd ?', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),

  c('b24-contacts-afpa-puis-cd', ['referent', 'contacts'], [
    t('qui je contacte a l afpa pour la prepa comp ?', 'contact', [[...BATTEDOU, ...VELLA]]),
    t('et cote departement c est qui l interlocuteur ?', 'contact', [
      [...WEILL, 'referent de l', 'referent(e)', 'referente de l', 'designe', 'representant'],
    ]),
  ]),

  c('b24-ml-fratrie-promo', ['mission-locale', 'promo', 'ages', 'follow-up'], [
    t('J ai un gamin de 15 ans qui a décroché du college, promo 1618 possible ?', 'eligibility', [NO, TOO_YOUNG]),
    t('et son frere 17 ans il est en apprentissage chez un boulanger ?', 'eligibility', [NO, AT_WORK]),
    t(
      'et leur cousine, 17 ans, placee a l ASE, sortie du lycee depuis septembre et qui fait rien',
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t('ça démarre quand ?', 'agenda', [on('2027-02-01')]),
  ]),

  c('b24-pilote-copil', ['pilot', 'polite', 'follow-up'], [
    t(
      'Pour le copil de mars : combien d allocataires suivis par le CD ont participe aux JPO et aux infos coll ?',
      'figures',
      [NOT_YET],
    ),
    t('et l objectif pour les jeunes ASE sur la promo ?', 'figures', [target(10, 'dix jeunes')]),
    t('et le taux de sorties positives vise ?', 'figures', [SEVENTY]),
    t('ok, et c qui deja le coordo departemental des dispositifs cote afpa ?', 'contact', [VELLA]),
  ]),

  c('b24-remuneration-puis-volet2', ['referent', 'out-of-scope', 'follow-up'], [
    t('les gens en prepa comp sont remuneres combien par jour ?', 'out_of_scope', [OUT_OF_SCOPE]),
    t('ok tant pis. et le volet 2 il dure combien de jours ?', 'dispositif', [VOLET2_DAYS], ['13 semaines']),
  ]),

  c('b24-rsfp-salarie-aci', ['referent', 'siae', 'follow-up'], [
    t('c quoi la RSFP exactement', 'dispositif', [
      ['prerequis', 'pre-requis', 'pre requis', 'savoir-faire', 'savoir faire'],
      ['vae', 'validation des acquis'],
    ]),
    t('un salarie d ACI qui a pas les prerequis pr une VAE, ça lui irait ?', 'eligibility', [YES], NOT_YES),
  ]),

  c('b24-afpa-planning-fevrier-caussade', ['afpa-staff', 'month', 'town'], [
    t(
      'je prepare le planning des formateurs : quels evenements en fevrier ?',
      'agenda',
      [on('2027-02-03'), on('2027-02-09'), on('2027-02-11'), on('2027-02-17'), on('2027-02-23')],
      [...notOn('2027-01-26'), ...notOn('2027-03-04'), ...notOn('2027-01-14')],
    ),
    t('et sur caussade ?', 'agenda', [on('2027-02-23')], [
      ...notOn('2027-02-03'),
      ...notOn('2027-02-09'),
      ...notOn('2027-02-11'),
      ...notOn('2027-02-17'),
    ]),
  ]),

  c('b24-volets-prepa-places', ['referent', 'volet', 'places', 'follow-up'], [
    t('le volet 1 de la prepa comp ça dure combien', 'dispositif', [VOLET1_DAYS], ['13 semaines']),
    t('et le volet 2 c pour qui ?', 'dispositif', [['securis'], ['formation']]),
    t('il reste de la place dessus ?', 'agenda', [on('2027-02-15'), seats(5)]),
  ]),

  // ── One question ──────────────────────────────────────────────────────────
  c('b24-dame-reconversion-deroulement', ['referent', 'rambling', 'person-described'], [
    t(
      'J ai une dame de 45 ans au RSA, ancienne aide-soignante, qui veut se reconvertir dans le tertiaire, elle a pas trop confiance en elle, bref, concretement la prepa comp ça se passe comment ?',
      'dispositif',
      [['volet', 'projet', 'diagnostic', 'atelier', 'securis'], [...PREPA_DAYS, ...TWO_WEEKS]],
      ['13 semaines'],
    ),
  ]),

  c('b24-prepa-ou-inscrire', ['referent', 'no-accents', 'practical'], [
    t('pour la prepa on inscrit les gens ou ? sur le site FT ou ailleurs ?', 'dispositif', [['panda']]),
  ]),

  c('b24-prepa-retour-fin', ['referent', 'practical'], [
    t('a la fin de la prepa comp est ce que l afpa nous fait un retour sur la personne ?', 'dispositif', [['bilan']]),
  ]),

  c('b24-promo-contenu', ['referent', 'promo', 'content'], [
    t(
      'concretement ils font quoi les jeunes pdt la promo 16/18 ? c des cours comme a l ecole ?',
      'dispositif',
      [['chantier solidaire', 'open badge', 'code de la route', 'atelier', 'metier', 'sport', 'cultur', 'mobilite']],
      ['5 a 6 j', '4 a 8 j'],
    ),
  ]),

  c('b24-clea-numerique', ['referent', 'accents'], [
    t('CléA numérique c est quoi la diff avec CléA tout court ?', 'dispositif', [
      ['numerique'],
      ['usages', 'fondamentaux', 'base', 'socle', 'environnement de travail'],
    ]),
  ]),

  c('b24-fle-primo-arrivants', ['referent', 'mds', 'distractor-town'], [
    t(
      'tu aurais un truc pour des primo-arrivants qui maitrisent pas le francais ? orientes par la MDS de Moissac',
      'dispositif',
      [['langue etrangere', 'fle', 'visee professionnelle', 'francais a visee', 'francais professionnel']],
    ),
  ]),

  c('b24-apres-promo-suivi', ['referent', 'promo', 'typos'], [
    t(
      'apres les 13 semaines de promo le jeune il est encore suivi ou il est lache dans la nature ?',
      'dispositif',
      [['6 mois', 'six mois']],
    ),
  ]),

  c('b24-pec-atelier-vae-duree', ['referent', 'pec', 'part-length'], [
    t('dans competences pec l atelier VAE ça prend combien de temps ?', 'dispositif', [
      ['3,5 j', '3.5 j', '3 jours et demi', 'trois jours et demi', '3 jours 1/2', '3,5 jour'],
    ], ['13 semaines']),
  ]),

  c('b24-promo-phase-engagement', ['referent', 'promo', 'polite', 'part-length'], [
    t('la phase d engagement de la promo elle dure combien de temps svp ?', 'dispositif', [
      ['1 semaine', 'une semaine', '1 sem', 'premiere semaine'],
    ]),
  ]),

  c('b24-financement-et-distance', ['referent', 'two-questions'], [
    t('qui finance la prepa comp et la pec, et est ce que ca peut se faire a distance ?', 'dispositif', [
      ['etat', 'pic', 'p.i.c', 'investissement dans les competences'],
      REMOTE,
    ]),
  ]),

  c('b24-cette-semaine', ['referent', 'relative-date', 'short'], [
    t('il se passe quoi cette semaine ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
      ...notOn('2027-01-07'),
    ]),
  ]),

  c('b24-brsa-en-pec-mairie', ['referent', 'abbreviations', 'pec'], [
    t('Mr K, BRSA, en PEC depuis novembre dans une mairie, il peut faire competences pec ?', 'eligibility', [YES], NOT_YES),
  ]),

  c('b24-jeune-majeur-19', ['referent', 'ase', 'promo', 'ages'], [
    t('jeune majeur de 19 ans (contrat jeune majeur ASE), decrocheur, la promo 1618 c bon ?', 'eligibility', [NO, TOO_OLD]),
  ]),

  c('b24-ase-16-en-seconde', ['referent', 'ase', 'promo'], [
    t(
      'une jeune de 16 ans suivie ASE, toujours scolarisee en seconde mais ça se passe mal, on peut l orienter promo ?',
      'eligibility',
      [[...NO, 'tant qu', 'pas encore', 'pour l instant'], AT_SCHOOL],
    ),
  ]),

  c('b24-brsa-35-promo', ['referent', 'promo', 'ages'], [
    t('j ai un BRSA de 35 ans qui veut se remobiliser, je le mets sur la promo 16/18 ?', 'eligibility', [
      NO,
      ['16 a 18', '16 et 18', 'mineur', '18 ans', 'jeune', 'moins de 18', 'trop age', 'limite d age'],
    ]),
  ]),

  c('b24-pec-depuis-3-mois', ['referent', 'pec', 'timing'], [
    t('une salariee en PEC depuis 3 mois, c est pas trop tard pour competences PEC ?', 'eligibility', [
      [...YES, 'pas trop tard', 'premiers mois', 'toujours possible', 'encore possible', 'encore temps'],
    ], NOT_YES),
  ]),

  c('b24-ft-et-rsa-prepa', ['referent', 'abbreviations', 'prepa'], [
    t('il est inscrit a france travail ET au RSA, ça bloque pour la prepa comp ?', 'eligibility', [
      [...YES, 'inscrit ou non', 'inscrits ou non', 'ne bloque pas', 'bloque pas', 'pas de probleme', 'aucun probleme', 'aucun obstacle', 'pas un obstacle'],
    ], NOT_YES),
  ]),

  c('b24-permis-b', ['referent', 'out-of-scope'], [
    t('le CD peut financer le permis B d un BRSA dans le cadre de l accord avec l afpa ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  c('b24-hebergement', ['referent', 'out-of-scope', 'rambling'], [
    t(
      'est ce que l afpa peut heberger un allocataire qui habite a 60 km pendant sa formation, il a pas de voiture et pas de bus le matin',
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b24-montant-rsa', ['referent', 'out-of-scope', 'sms'], [
    t('c combien le RSA pr une personne seule en 2027 ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  c('b24-garde-enfants-aide', ['referent', 'out-of-scope'], [
    t('l accord prevoit une aide financiere pour la garde d enfants pdt la prepa ?', 'out_of_scope', [
      [...OUT_OF_SCOPE, 'conditions materielles', 'securis'],
    ]),
  ]),

  c('b24-meteo', ['referent', 'out-of-scope', 'polite'], [
    t('Bonjour ! Savez-vous s il va pleuvoir à Montauban jeudi ? merci', 'out_of_scope', [OUT_OF_SCOPE], notOn('2027-01-14')),
  ]),

  c('b24-cpf', ['referent', 'out-of-scope'], [
    t('on peut mobiliser le CPF d un BRSA en complement d une formation afpa ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  c('b24-frais-repas-transport', ['afpa-staff', 'out-of-scope'], [
    t('les frais de repas et de transport des stagiaires orientes par le CD ils sont rembourses par qui ?', 'out_of_scope', [
      OUT_OF_SCOPE,
    ]),
  ]),

  c('b24-responsable-deploiement-pec', ['referent', 'polite'], [
    t(
      'Bonjour, pourriez-vous m indiquer qui est en charge du déploiement de Compétences PEC à l AFPA ? Merci d avance',
      'contact',
      [BATTEDOU],
    ),
  ]),

  c('b24-signataires', ['pilot', 'short'], [
    t('l accord CD82 afpa il a ete signe par qui ?', 'contact', [VELLA, WEILL]),
  ]),

  c('b24-acces-panda', ['referent', 'practical'], [
    t('je dois m adresser a qui pour avoir mes acces panda ?', 'contact', [
      ['afpa', ...BATTEDOU, ...VELLA],
      ['habilit', 'acces', 'compte', 'identifiant'],
    ]),
  ]),

  c('b24-contact-et-objectif-ase', ['referent', 'two-questions', 'ase'], [
    t('slt pr orienter un jeune de l ASE sur la promo 1618 je contacte qui ? et c quoi l objectif fixe ?', 'contact', [
      [...BATTEDOU, ...VELLA, 'mission'],
      target(10, 'dix jeunes'),
    ]),
  ]),

  c('b24-promo-national', ['pilot', 'promo'], [
    t('la promo 16/18 ça concerne combien de jeunes au niveau national ?', 'figures', [
      ['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000', 'trente-cinq mille'],
    ]),
  ]),

  c('b24-reussite-examens', ['pilot', 'rambling'], [
    t(
      'taux de reussite aux examens des BRSA entres en formation afpa ? c est pour le bilan annuel de la DDETSPP',
      'figures',
      [NOT_YET],
    ),
  ]),

  c('b24-prescrire-prepa', ['referent', 'short'], [
    t('je veux prescrire une prepa comp pour Mme Dupont', 'prescribe', [PRESCRIBE, PREPA]),
  ]),

  c('b24-orienter-pec-polie', ['referent', 'polite', 'pec'], [
    t(
      'Bonjour, je souhaiterais orienter une salariée en PEC vers Compétences PEC, comment dois-je procéder ?',
      'prescribe',
      [[...PRESCRIBE, 'plateforme'], PEC],
    ),
  ]),

  c('b24-prescription-directe', ['referent', 'abbreviations'], [
    t('on peut prescrire en direct nous au CD ou ca doit passer par un conseiller FT ?', 'prescribe', [
      ['directement', 'en direct', 'sans passer', 'oui'],
    ]),
  ]),

  c('b24-positionner-session', ['referent', 'session', 'volet'], [
    t('positionner mr X sur la session volet 1 du 18 janvier', 'prescribe', [PRESCRIBE, [...PREPA, 'volet 1']]),
  ]),

  c('b24-inscription-promo-ase', ['referent', 'ase', 'sms'], [
    t('inscription promo 1618 pr un jeune ASE stp', 'prescribe', [PRESCRIBE, PROMO]),
  ]),
];
