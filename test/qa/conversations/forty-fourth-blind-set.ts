/**
 * Forty-fourth blind set: one winter (January to March 2027) of real use at the
 * Département's insertion antenna of Montauban.
 *
 * Who speaks: référents insertion and travailleurs sociaux of the Département de
 * Tarn-et-Garonne (CD82), typing on their phone between two appointments, and now and then
 * an AFPA Montauban colleague. They write as they do in Teams: abbreviations (BRSA, RSA,
 * ASE, PEC, 1618, prépa comp, FT, ML, TH, CD, JPO, info coll, SIAE, CDDI), no accents,
 * typos, SMS style, dictation slips, long rambling messages, one-word questions, two
 * questions in one message, corrections (« non pardon, à Moissac ») and follow-ups that only
 * make sense after the previous answer.
 *
 * Proportions follow real use: about a third eligibility checks on a described person, a
 * quarter agenda questions (against `agenda-fixture.ts`, today frozen at Monday
 * 11 January 2027, 9:00 Paris), a fifth questions about the programmes, the rest contacts,
 * targets, how to prescribe, out-of-scope questions and small talk.
 *
 * Written blind: only from the agreement (convention, action plan 2022-2023, protocol of
 * Prépa Compétences, Compétences PEC and La Promo 16/18), the product guide, the published
 * agenda fixture and the helpers of `sets.ts`, without looking at how the bot works. Every
 * expected fact comes from the agreement or the fixture; where the agreement is silent, the
 * expected answer says so and invents nothing.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Each alternative with a straight and a typographic apostrophe. */
function alt(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’'), x.replace(/’/g, "'")]))];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa', 'prepa'];
const PROMO = ['promo'];
const COMP_PEC = ['compétences pec', 'competences pec', 'compétences p.e.c', 'compétences – pec'];
const RSA = ['rsa', 'r.s.a'];
const ASE = alt('ase', 'a.s.e', 'aide sociale');

const PREPA_DURATION = alt('2 à 8 jours', '2 et 8 jours', '2 a 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', '2-8 jours');
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DAYS = ['5 à 6 jours', '5 a 6 jours', '5 ou 6 jours', '5-6 jours', 'cinq à six jours', '5 et 6 jours'];
const VOLET2_DAYS = ['4 à 8 jours', '4 a 8 jours', '4-8 jours', 'quatre à huit jours', '4 et 8 jours'];
const PEC_DAYS = ['5 jours', 'cinq jours'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi a jeudi', 'lundi-jeudi', 'lundi → jeudi', 'du lundi au jeudi'];
const PARENTS = ['autorisation parentale', 'autorisations parentales', 'parents', 'parental'];
const ML_CIO = ['mission locale', 'missions locales', 'cio', 'c.i.o'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['cléa', 'clea'];
const FLE = alt('français à visée professionnelle', 'francais a visee professionnelle', 'fle', 'langue étrangère', 'langue etrangere');
const PANDA = ['panda'];
const EMPLOYER = ['employeur'];
const TEN = ['10 jeunes', '10 personnes', 'dix', ' 10 ', ': 10', '10 orient', '10 allocataires', '(10)'];
const AGREEMENT_OF = ['accord', 'autoris', 'adhésion', 'adhesion', 'consent'];

const INSCRIT_OR_NOT = alt(
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'pas inscrite',
  'sans être inscrit',
  'sans inscription',
  'même sans',
  'pas obligatoire',
  'pas nécessaire',
  'pas besoin',
  'pas une condition',
  'ne sont pas inscrits',
  "qu'ils soient inscrits",
  "qu'il soit inscrit",
  "qu'elle soit inscrite",
);
const IN_A_PEC = alt(
  'contrat pec',
  'en pec',
  'un pec',
  'parcours emploi compétences',
  'parcours emploi competences',
  'salarié en pec',
  'salariés en pec',
  'signataire',
  'signataires',
  'contrat aidé',
  "d'un pec",
  'du pec',
);
const MINORS = alt('mineur', 'mineurs', 'moins de 18', '16 à 18', '16 et 18', '16-17', '16 ou 17', '16 à 17', '16-18 ans', '18 ans');
const LEFT_SCHOOL = alt(
  'quitté',
  'quitte',
  'décroch',
  'decroch',
  'plus scolarisé',
  'déscolarisé',
  'descolarise',
  'ni en formation',
  'pas en formation',
  'ne sont pas en formation',
  'prématurément',
  'prematurement',
  'sorti du',
  'sortis du',
);
const MOST_DISTANT = alt(
  'peu ou pas qualifi',
  'peu qualifi',
  'pas qualifi',
  "éloignées de l'emploi",
  "éloignés de l'emploi",
  "éloignée de l'emploi",
  "éloigné de l'emploi",
  'les plus éloign',
  'plus eloign',
);
const FULL = alt('complet', 'complète', 'aucune place', 'plus de place', '0 place', 'places : 0', 'pas de place', 'places disponibles : 0', 'zéro place');

/** A favourable verdict. */
const YES = alt(
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut y entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'peuvent',
  'possible',
  'oui',
  'accessible',
  'ouvert',
  'correspond',
  'remplit',
);
/** What a favourable verdict must not say about the programme asked. */
const NOT_ELIGIBLE = alt('pas éligible', 'non éligible', 'inéligible', "n'est pas éligible", 'ne peut pas en bénéficier');
/** An unfavourable verdict. */
const NO = alt(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'ne relève pas',
  'pas accessible',
  'pas ouvert',
  'ne rentre pas',
  "n'entre pas",
  'pas concerné',
  'pas dans le cadre',
  'hors du cadre',
  'réservé',
  'uniquement',
  'seulement',
  'trop âgé',
  'trop jeune',
  'pas encore',
  'tant qu',
  "ne s'adresse pas",
  "s'adresse aux",
  "s'adresse à",
  'destiné',
  'ne convient pas',
  'pas adapté',
  'pas prévu',
  'ne concerne pas',
  'ne vise pas',
  'pas allocataire',
  'non allocataire',
  'non,',
  'non.',
  'non :',
);
/** The agreement does not settle the matter / the bot does not deal with it. */
const SILENT = alt(
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'ne traite pas',
  'ne mentionne pas',
  'ne fixe pas',
  'ne parle pas',
  "n'aborde pas",
  'ne couvre pas',
  'hors',
  'pas prévu',
  "pas dans l'accord",
  'ne figure pas',
  'ne contient pas',
  'ne donne pas',
  "pas d'information",
  'aucune information',
  "je n'ai pas",
  'ne dispose pas',
  'ne peux pas',
  'pas en mesure',
  'pas de réponse',
  'ne sais pas',
  'pas indiqué',
);

/** Trainings of Info Places, by a word of their name. */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const OTHER_TRAININGS = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

// ── Eligibility checks ──────────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c('b44-elig-brsa-non-inscrit-ft', ['prepa-competences', 'abbreviations'], [
    turn('brsa 42a pas inscrit FT, il peut faire prepa comp ?', 'eligibility', [YES, INSCRIT_OR_NOT], NOT_ELIGIBLE),
  ]),
  c('b44-elig-ase-17-decroche-parents', ['promo-16-18', 'follow-up'], [
    turn('jeune ASE 17 ans, a arrete le lycee en sept, rien depuis, promo 1618 possible ??', 'eligibility', [
      YES,
      [...ASE, ...LEFT_SCHOOL],
    ], NOT_ELIGIBLE),
    turn('il faut l accord des parents ? il est placé en famille d accueil', 'dispositif', [PARENTS]),
  ]),
  c('b44-elig-19-ans-promo', ['promo-16-18', 'age-boundary'], [
    turn('jeune 19 ans sortie ASE l an dernier, promo 16 18 ok?', 'eligibility', [NO, MINORS]),
  ]),
  c('b44-elig-pec-3-mois-employeur', ['competences-pec', 'follow-up'], [
    turn(
      'Mme en PEC depuis 3 mois dans une asso d aide a domicile, elle voudrait faire reconnaitre ses competences, competences pec ca marche pour elle?',
      'eligibility',
      [YES, alt('premiers mois', 'dès la signature', 'signature', 'en cours de pec', 'pendant le pec', 'pendant son pec', 'durée du pec', 'en pec', 'contrat pec', 'parcours emploi')],
      NOT_ELIGIBLE,
    ),
    turn('faut l accord de son employeur ?', 'prescribe', [EMPLOYER, AGREEMENT_OF]),
  ]),
  c('b44-elig-cdi-pas-pec', ['competences-pec'], [
    turn('mr au rsa en cdi temps plein depuis 2 ans (c pas un pec), competences pec ?', 'eligibility', [NO, IN_A_PEC]),
  ]),
  c('b44-elig-55-ans-peur-formation', ['prepa-competences', 'rambling'], [
    turn(
      'dame 55a rsa inscrite FT peu qualifiee, elle veut rentrer en formation cariste mais elle a tres peur de lacher en cours de route comme la derniere fois, on peut faire quoi pour la securiser avant',
      'eligibility',
      [PREPA, alt('volet 2', 'sécuris', 'securis')],
    ),
  ]),
  c('b44-elig-aah-sans-rsa', ['prepa-competences', 'handicap'], [
    turn('personne AAH avec RQTH, pas de RSA, je peux la prescrire en prepa comp via le CD ?', 'eligibility', [NO, RSA]),
  ]),
  c('b44-elig-16-encore-au-lycee', ['promo-16-18'], [
    turn(
      'un jeune de 16 ans encore en 1ere au lycee mais qui veut tout arreter, je peux l orienter promo 1618 ?',
      'eligibility',
      [LEFT_SCHOOL],
    ),
  ]),
  c('b44-elig-cddi-rsfp', ['rsfp', 'siae', 'follow-up'], [
    turn(
      'salarie en ACI (CDDI) 45a, 10 ans d experience en espaces verts mais il a pas les prerequis pour une VAE. une piste ?',
      'eligibility',
      [RSFP],
    ),
    turn('et la rsfp l afpa la fait dans quel cadre ?', 'dispositif', [alt('service public', 'missions nationales', 'mission nationale')]),
  ]),
  c('b44-elig-ase-15-ans', ['promo-16-18', 'age-boundary'], [
    turn('ASE 15 ans et demi, on peut deja l inscrire promo ?', 'eligibility', [NO, ['16 ans', 'seize ans', '16 à 18', '16 et 18']]),
  ]),
  c('b44-elig-correction-promo-vers-prepa', ['correction', 'prepa-competences', 'promo-16-18'], [
    turn('une dame au RSA 30 ans, la promo 1618 c possible ?', 'eligibility', [NO, MINORS]),
    turn('non pardon je voulais dire prepa comp', 'eligibility', [YES, RSA]),
  ]),
  c('b44-elig-fle-primo-arrivant', ['fle'], [
    turn(
      'mr au rsa arrivé d afghanistan il y a 1 an, parle tres peu francais, quoi lui proposer a l afpa',
      'eligibility',
      [FLE],
    ),
  ]),
  c('b44-elig-droit-commun-garantie-activite', ['formation-droit-commun', 'correction'], [
    turn(
      'BRSA en garantie d activite, elle vise une formation qualifiante aide soignante.. non pardon agent de proprete a l afpa, elle peut y acceder ?',
      'eligibility',
      [YES, alt('région', 'regional', 'financeurs publics', 'droit commun', 'financeur public')],
    ),
  ]),
  c('b44-elig-ase-apprenti', ['promo-16-18'], [
    turn('ASE 17a en apprentissage CAP cuisine depuis septembre, promo 16/18 pour le remobiliser ?', 'eligibility', [
      NO,
      alt('en formation', 'ni en formation', 'pas en formation', 'ne travaillent pas', 'ne travaille pas', 'travaille déjà', 'apprentissage', 'apprenti', 'quitté', 'décroch'),
    ]),
  ]),
  c('b44-elig-siae-vae-maconnerie', ['vae', 'siae'], [
    turn('mr 58 ans en EI (siae) au RSA, 20 ans de maconnerie derriere lui sans aucun diplome, il veut le faire valider', 'eligibility', [
      [...VAE, ...RSFP],
    ]),
  ]),
  c('b44-elig-62-ans-limite-age', ['prepa-competences'], [
    turn('RSA 62 ans ya une limite d age pour prepa ?', 'eligibility', [
      alt('pas de limite', 'aucune limite', "limite d'âge", 'ne fixe pas', 'ne prévoit pas', 'quel que soit', 'ne mentionne pas', 'ne précise pas', 'pas d’âge', 'ne pose pas', 'sans limite'),
    ]),
  ]),
  c('b44-elig-ml-non-ase', ['promo-16-18'], [
    turn('jeune 17 ans suivi par la ML (pas ase), decrocheur depuis 1 an, promo?', 'eligibility', [YES, ML_CIO], NOT_ELIGIBLE),
  ]),
  c('b44-elig-bac-plus-5', ['prepa-competences'], [
    turn('rsa depuis 6 mois, bac+5 inge, juste pas de taf, prepa comp ca a du sens ?', 'eligibility', [MOST_DISTANT]),
  ]),
  c('b44-elig-vague-puis-ase', ['promo-16-18', 'follow-up'], [
    turn('j ai un jeune de 17 ans quoi lui proposer', 'eligibility', [PROMO]),
    turn('il est ase et a lache le lycee en juin, rien depuis', 'eligibility', [YES, [...ASE, ...LEFT_SCHOOL]], NOT_ELIGIBLE),
  ]),
  c('b44-elig-deux-questions-frere-soeur', ['two-questions', 'prepa-competences', 'promo-16-18'], [
    turn('2 questions: une brsa de 24 ans peut faire prepa ? et son petit frere 16a qui a decroche, la promo ?', 'eligibility', [
      PREPA,
      PROMO,
      YES,
    ]),
  ]),
  c('b44-elig-deja-en-formation', ['prepa-competences'], [
    turn('rsa inscrit FT, deja en formation soudeur afpa depuis novembre, je peux lui ajouter prepa comp ?', 'eligibility', [
      alt('en amont', 'avant', 'entrée en formation', 'entree en formation', 'préalable', 'accès à la qualification'),
    ]),
  ]),
  c('b44-elig-mobilite-valence', ['prepa-competences', 'mobilite'], [
    turn('monsieur rsa, pas de permis pas de voiture, habite valence d agen, prepa comp a montauban c mort ?', 'eligibility', [
      alt('distance', 'distanciel', 'délocalis', 'delocalis', 'valence'),
    ]),
  ]),
  c('b44-elig-ase-prepa-puis-duree', ['promo-16-18', 'follow-up'], [
    turn('jeune ASE 17a pour prepa comp ?', 'eligibility', [PROMO, RSA]),
    turn('ok et celle la elle dure cb de temps', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
  ]),
  c('b44-elig-pec-employeur-refuse', ['competences-pec'], [
    turn('PEC en mairie, l employeur veut pas le liberer pour les ateliers, on peut faire competences pec quand meme ?', 'eligibility', [
      EMPLOYER,
      AGREEMENT_OF,
    ]),
  ]),
  c('b44-elig-clea-lecture-calcul', ['clea'], [
    turn('dame 35a rsa, grosses difficultés en lecture et calcul, un truc pour les compétences de base ?', 'eligibility', [CLEA]),
  ]),
  c('b44-elig-18-tout-juste', ['promo-16-18', 'age-boundary'], [
    turn('gamin ASE qui a eu 18 ans la semaine derniere (contrat jeune majeur), promo 16-18 encore possible ?', 'eligibility', [
      NO,
      alt('mineur', 'mineurs', 'moins de 18', '16-17', '16 ou 17', '16 à 17', 'majeur'),
    ]),
  ]),
  c('b44-elig-pec-puis-cdd-classique', ['competences-pec', 'follow-up'], [
    turn('competences pec c pour qui exactement', 'dispositif', [IN_A_PEC]),
    turn('et une dame en CDD classique de 6 mois a carrefour ?', 'eligibility', [NO, IN_A_PEC]),
  ]),
  c('b44-elig-ft-sans-rsa', ['prepa-competences'], [
    turn('personne inscrite FT mais PAS au rsa, le CD peut prescrire prepa ?', 'eligibility', [
      RSA,
      ['france travail', 'pôle emploi', 'pole emploi'],
    ]),
  ]),
  c('b44-elig-ase-16-pile-jours', ['promo-16-18', 'follow-up'], [
    turn('ASE 16 ans tout pile, sorti du college en 3e sans rien, il peut ?', 'eligibility', [
      YES,
      ['16 ans', '16 à 18', '16-18', '16 et 18', '16 a 18'],
    ], NOT_ELIGIBLE),
    turn('il faut qu il soit dispo quels jours ?', 'dispositif', [MONDAY_THURSDAY]),
  ]),
  c('b44-elig-couple-rsa', ['prepa-competences'], [
    turn('couple au rsa, madame inscrite FT, monsieur non, les 2 peuvent faire prepa ?', 'eligibility', [YES, INSCRIT_OR_NOT], NOT_ELIGIBLE),
  ]),
  c('b44-elig-en-pec-lequel', ['competences-pec', 'prepa-competences'], [
    turn('mr RSA en PEC depuis 1 an aux espaces verts de la mairie, prepa comp ou competences pec, lequel ?', 'eligibility', [
      COMP_PEC,
      [...VAE, ...RSFP, ...CLEA, 'certification', 'valoris'],
    ]),
  ]),
];

// ── Agenda ──────────────────────────────────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c('b44-agenda-info-coll-prepa-puis-castel', ['info-collective', 'follow-up', 'town'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-01-14')),
  ]),
  c('b44-agenda-jpo-correction-moissac', ['jpo', 'correction', 'town'], [
    turn('JPO ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('non pardon, a Moissac', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-02-03')),
  ]),
  c('b44-agenda-visite-soudure', ['visite-plateau', 'trade'], [
    turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
  ]),
  c('b44-agenda-semaine-prochaine', ['week'], [
    turn('il y a quoi la semaine prochaine ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b44-agenda-entrees-volet-1-puis-2', ['entry-sessions', 'volet', 'follow-up'], [
    turn('entrees prepa volet 1 ?', 'agenda', [on('2027-01-18'), on('2027-02-08'), on('2027-03-08')], [
      ...notOn('2027-01-25'),
      ...notOn('2027-02-15'),
    ]),
    turn('et le volet 2 ?', 'agenda', [on('2027-02-15'), ['castelsarrasin']], [...notOn('2027-01-18'), ...notOn('2027-03-08')]),
  ]),
  c('b44-agenda-volet-2-25-janvier-complet', ['entry-sessions', 'full'], [
    turn('reste de la place sur le volet 2 du 25 janvier ?', 'agenda', [FULL]),
  ]),
  c('b44-agenda-plaquiste-puis-macon', ['info-places', 'full', 'follow-up'], [
    turn('reste t il de la place en plaquiste ?', 'agenda', [FULL], OTHER_TRAININGS('plaquiste')),
    turn('et en macon', 'agenda', [seats(3), on('2027-02-15')], OTHER_TRAININGS('maçon')),
  ]),
  c('b44-agenda-reunion-logistique-puis-cariste', ['reunion-metier', 'info-places', 'follow-up'], [
    turn('reunion metier logistique, date et lieu svp, j ai 3 pers interessees par cariste', 'agenda', [
      on('2027-01-26'),
      ['montauban'],
    ]),
    turn('il reste de la place dans la formation cariste derriere ?', 'agenda', [seats(6), on('2027-01-27')], OTHER_TRAININGS('cariste')),
  ]),
  c('b44-agenda-caussade-fevrier', ['town', 'month', 'reunion-metier'], [
    turn('des trucs sur caussade en fevrier ?', 'agenda', [on('2027-02-23'), ['bâtiment', 'batiment']], notOn('2027-03-15')),
  ]),
  c('b44-agenda-promo-info-coll-puis-entree', ['info-collective', 'entry-sessions', 'follow-up', 'promo-16-18'], [
    turn('info coll promo 1618 ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    turn('et l entree c quand ?', 'agenda', [on('2027-02-01')]),
  ]),
  c('b44-agenda-mars', ['month'], [
    turn('quoi en mars ?', 'agenda', [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')], [
      ...notOn('2027-02-23'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b44-agenda-pec-atelier-2-puis-3', ['entry-sessions', 'competences-pec', 'follow-up'], [
    turn('competences PEC atelier 2 prochaine entree', 'agenda', [on('2027-01-20')], notOn('2027-02-10')),
    turn('et atelier 3', 'agenda', [on('2027-02-10')]),
  ]),
  c('b44-agenda-cette-semaine', ['week'], [
    turn('cette semaine ?', 'agenda', [on('2027-01-14')], [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')]),
  ]),
  c('b44-agenda-places-proprete-moissac', ['info-places', 'town'], [
    turn('formation agent de proprete sur moissac il reste combien de places', 'agenda', [seats(7), on('2027-02-22')], OTHER_TRAININGS('propreté')),
  ]),
  c('b44-agenda-info-coll-fevrier-correction-mars', ['info-collective', 'month', 'correction'], [
    turn('info coll prepa en fevrier ?', 'agenda', [on('2027-02-11')], [...notOn('2027-01-14'), ...notOn('2027-03-04')]),
    turn('non pardon en mars', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-02-11')),
  ]),
];

// ── Programmes ──────────────────────────────────────────────────────────────

const DISPOSITIFS: ConversationCase[] = [
  c('b44-dispo-prepa-duree', ['prepa-competences'], [
    turn('prepa comp ca dure cb', 'dispositif', [PREPA_DURATION, TWO_WEEKS], PROMO_DURATION.slice(0, 2)),
  ]),
  c('b44-dispo-volets', ['prepa-competences', 'volet'], [
    turn('c quoi la diff entre volet 1 et volet 2 de prepa', 'dispositif', [
      alt('consolid', 'projet professionnel', 'faisabilité'),
      alt('sécuris', 'securis'),
      [...VOLET1_DAYS, ...VOLET2_DAYS],
    ]),
  ]),
  c('b44-dispo-promo-jours-puis-duree', ['promo-16-18', 'follow-up'], [
    turn('promo 1618 c quels jours de la semaine', 'dispositif', [MONDAY_THURSDAY]),
    turn('et ca dure combien au total', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
  ]),
  c('b44-dispo-pec-certification', ['competences-pec'], [
    turn('competences pec ca finit comment, ils ressortent avec un diplome ?', 'dispositif', [VAE, RSFP, CLEA]),
  ]),
  c('b44-dispo-open-badges', ['open-badges'], [
    turn('open badges c quoi', 'dispositif', [
      alt('soft skills', 'compétences douces', 'savoir-être', 'savoir être', 'transverses', 'transversales', 'reconnaissance'),
    ]),
  ]),
  c('b44-dispo-promo-phases', ['promo-16-18'], [
    turn('la promo 1618 ca se passe comment, c quoi les phases', 'dispositif', [
      ['engagement'],
      ['construction'],
      alt('préparation de la suite', 'preparation de la suite', 'suite'),
    ]),
  ]),
  c('b44-dispo-promo-suivi-apres', ['promo-16-18'], [
    turn('ya un suivi apres la promo ou ils sont lachés dans la nature ?', 'dispositif', [['6 mois', 'six mois'], ML_CIO.slice(0, 2)]),
  ]),
  c('b44-dispo-bilan-fin-prepa', ['prepa-competences', 'bilan'], [
    turn('le bilan en fin de prepa on le recoit nous ?', 'dispositif', [['bilan'], ['référent', 'referent']]),
  ]),
  c('b44-dispo-promo-code-route', ['promo-16-18'], [
    turn('dans la promo ils font quoi concretement ? le code de la route aussi ?', 'dispositif', [['code de la route']]),
  ]),
  c('b44-dispo-fle', ['fle'], [
    turn('le fle de l afpa c est quoi exactement', 'dispositif', [
      alt('primo-arrivant', 'primo arrivant', 'débutant', 'debutant'),
      ['professionnel'],
    ]),
  ]),
  c('b44-dispo-pec-premiere-etape', ['competences-pec'], [
    turn('competences PEC, la 1ere etape c quoi concretement', 'dispositif', [
      ['inscri'],
      alt('consultant', 'demi-journée', 'demi journée', 'première rencontre', 'premier rendez-vous'),
    ]),
  ]),
  c('b44-dispo-prepa-vs-pec', ['prepa-competences', 'competences-pec', 'comparison'], [
    turn('diff prepa comp et competences pec en 2 mots svp je suis en rdv', 'dispositif', [
      [...PREPA_DURATION, ...alt('entrée en formation', 'projet professionnel', 'en amont', 'éloign', 'rsa')],
      [...IN_A_PEC, ...PEC_DAYS],
    ]),
  ]),
  c('b44-dispo-prepa-distance-puis-session', ['prepa-competences', 'follow-up', 'entry-sessions'], [
    turn('ma benef rsa a 2 enfants en bas age, pas de garde, prepa en presentiel c impossible pour elle, y a du distanciel ?', 'dispositif', [
      ['distance', 'distanciel'],
    ]),
    turn('y a une session a distance bientot ?', 'agenda', [on('2027-02-08')], [...notOn('2027-01-18'), ...notOn('2027-02-15')]),
  ]),
];

// ── Contacts, figures, prescribing, out of scope, small talk ────────────────

const OTHERS: ConversationCase[] = [
  c('b44-contact-prescriptions-pec', ['contact'], [
    turn('qui contacter a l afpa pour les prescriptions competences PEC', 'contact', [['battedou']]),
  ]),
  c('b44-contact-directeur', ['contact'], [
    turn('le directeur de l afpa montauban c qui deja', 'contact', [['vella']]),
  ]),
  c('b44-contact-telephone-battedou', ['contact', 'silent'], [
    turn('c quoi le tel de fabienne battedou ?', 'contact', [
      [...SILENT, ...alt('pas de numéro', 'pas son numéro', 'pas le numéro', 'aucun numéro', 'pas de coordonnées', 'pas disponible')],
    ]),
  ]),
  c('b44-contact-suivi-departement', ['contact'], [
    turn('qui suit l accord cote departement ?', 'contact', [['weill', 'président', 'president', 'représentant', 'representant']]),
  ]),
  c('b44-contact-inscrire-ase-promo', ['contact', 'promo-16-18', 'follow-up'], [
    turn('qui je contacte pour inscrire un jeune ASE a la promo?', 'contact', [[...PANDA, 'battedou']]),
    turn('et c est qui la coordo departementale des dispositifs ?', 'contact', [['vella']]),
  ]),
  c('b44-figures-objectif-prepa', ['figures'], [
    turn('objectif prepa comp rsa ?', 'figures', [['30', 'trente']]),
  ]),
  c('b44-figures-ase-promo', ['figures', 'promo-16-18'], [
    turn('cb de jeunes ase vises sur la promo', 'figures', [TEN]),
  ]),
  c('b44-figures-pec-ou-on-en-est', ['figures', 'competences-pec'], [
    turn('on en est ou sur les PEC ? cb d entrés par rapport a l objectif', 'figures', [['50', 'cinquante']]),
  ]),
  c('b44-figures-tous-objectifs-puis-remontee', ['figures', 'follow-up'], [
    turn('c quoi les objectifs chiffres de l accord', 'figures', [['30', 'trente'], ['50', 'cinquante'], TEN]),
    turn('et ca remonte a qui les chiffres', 'figures', [['dgefp', 'd.g.e.f.p', 'ddetspp', 'd.d.e.t.s.p.p', 'comité de pilotage', 'comite de pilotage']]),
  ]),
  c('b44-prescribe-comment', ['prescribe', 'prepa-competences'], [
    turn('comment je prescris prepa comp concretement', 'prescribe', [[...PANDA, 'formulaire', 'prescrire', 'prescription']]),
  ]),
  c('b44-prescribe-cout', ['prescribe'], [
    turn('faut il payer qqch pour prescrire ? notre budget est a sec', 'prescribe', [
      alt('sans contrepartie', 'gratuit', 'aucun coût', 'pas de coût', 'rien à payer', 'pas payant', 'sans frais', 'financ', 'pris en charge', "l'état"),
    ]),
  ]),
  c('b44-prescribe-pec-avant', ['prescribe', 'competences-pec'], [
    turn('pour comp PEC je dois faire quoi avant de prescrire', 'prescribe', [EMPLOYER, AGREEMENT_OF]),
  ]),
  c('b44-prescribe-habilitation-panda', ['prescribe'], [
    turn('je suis pas habilitee panda, comment je fais', 'prescribe', [['habilit'], ['afpa']]),
  ]),
  c('b44-prescribe-session-du-18', ['prescribe', 'follow-up', 'entry-sessions'], [
    turn('prochaine entree prepa volet 1 a montauban ?', 'agenda', [on('2027-01-18'), ['montauban']], [
      ...notOn('2027-02-08'),
      ...notOn('2027-03-08'),
    ]),
    turn('ok je veux y inscrire ma benef', 'prescribe', [['prescri', 'inscri', 'formulaire', 'panda']]),
  ]),
  c('b44-oos-montant-rsa', ['out-of-scope'], [
    turn('montant du rsa personne seule en 2027 ?', 'out_of_scope', [SILENT]),
  ]),
  c('b44-oos-horaires-caf', ['out-of-scope'], [
    turn('horaires de la caf de montauban svp', 'out_of_scope', [SILENT]),
  ]),
  c('b44-oos-frais-deplacement', ['out-of-scope', 'silent'], [
    turn('l afpa rembourse les frais de deplacement pour aller a prepa ?', 'out_of_scope', [SILENT]),
  ]),
  c('b44-other-bonjour', ['small-talk'], [
    turn('bonjour', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']]),
  ]),
  c('b44-other-merci', ['small-talk'], [
    turn('merci !! top', 'other', [alt('de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'à votre service', 'à votre disposition', "n'hésitez pas")]),
  ]),
];

export const FORTY_FOURTH_BLIND_SET: ConversationCase[] = [...ELIGIBILITY, ...AGENDA, ...DISPOSITIFS, ...OTHERS];
