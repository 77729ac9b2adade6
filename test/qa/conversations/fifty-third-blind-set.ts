/**
 * Fifty-third blind set: one month in the Teams chat of a référente insertion of the
 * Département's Montauban city antenna (quartiers prioritaires). She follows RSA recipients of
 * every age: single parents, people far from work for years, newcomers with little French, a
 * few young people (ASE or followed by the Mission locale). She asks what each programme is and
 * how long it lasts, whether a given person can enter it, what is on the agenda in Montauban
 * and around, whether seats are left, how to prescribe and follow her prescriptions, whom to
 * call, and things the agreement does not cover. She types as in an SMS: abbreviations (BRSA,
 * FT, ML, PEC, prepa, 1618, info coll, JPO, CDDI), no accents, typos, dictation slips, one-word
 * questions and follow-ups that only make sense after the previous turn.
 *
 * Written blind: only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its
 * action plan and the protocol of the three programmes), the product guide, the helpers of
 * `sets.ts` and the published agenda of `agenda-fixture.ts` (today frozen at Monday
 * 11 January 2027, 9:00 Paris), without looking at how the bot works.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** The alternatives, each with and without accents, with a straight and a typographic apostrophe. */
function g(...alternatives: string[]): string[] {
  const plain = (a: string) => a.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return [
    ...new Set(
      alternatives
        .flatMap((a) => [a, plain(a)])
        .flatMap((a) => [a, a.replace(/'/g, '’'), a.replace(/’/g, "'")]),
    ),
  ];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = g(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '8 jours maxi',
  '8 jours maximum',
);
const TWO_WEEKS = g('2 semaines', 'deux semaines');
const VOLET1_DURATION = g('5 à 6 jours', '5 et 6 jours', '5 à 6 j', 'cinq à six jours', '5-6 jours', '5 ou 6 jours');
const VOLET2_DURATION = g('4 à 8 jours', '4 et 8 jours', '4 à 8 j', 'quatre à huit jours', '4-8 jours');
const PEC_DURATION = g('5 jours', 'cinq jours');
const PROMO_DURATION = g('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const PROMO_MAX = g('4 mois', 'quatre mois');
const MONDAY_THURSDAY = g('lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi');
const MINORS = g('mineur', '16 à 18 ans', '16 et 18 ans', '16-18 ans', 'moins de 18', '16 ou 17', '16-17', '16 à 17', '18 ans');
const MIN_AGE = g('16 ans', 'à partir de 16', 'au moins 16', 'moins de 16', '16 à 18');
const DROPPED_OUT = g(
  'quitté',
  'décroch',
  'sorti',
  'ni en formation',
  'pas en formation',
  'ne travaille',
  'sans emploi',
  'mineur',
  '16 à 18',
  '16 et 18',
);
const RSA_WITH_OR_WITHOUT_FT = g(
  'inscrits ou non',
  'inscrit ou non',
  'inscrite ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'sans inscription',
  "qu'ils soient inscrits",
  "qu'elle soit inscrite",
  'que la personne soit inscrite',
  'pas obligatoire',
  'pas nécessaire',
  'pas besoin',
  "n'est pas exigée",
  "n'est pas requise",
  'ne sont pas inscrits',
);
const ELIGIBLE = g(
  'éligible',
  'peut en bénéficier',
  'peut bénéficier',
  'peut y entrer',
  'peut entrer',
  'peut suivre',
  'peut intégrer',
  'peut y accéder',
  'peut accéder',
  'ouvert aux',
  'ouverte aux',
  'accessible',
  'oui',
);
const NOT_ELIGIBLE = g(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne relève pas',
  'réservé',
  "n'est pas ouvert",
  "n'est pas accessible",
  'pas accessible',
  'ne correspond pas',
  'exclu',
  'non,',
  'non.',
  'non :',
);
const SILENT = g(
  'ne prévoit pas',
  'ne dit rien',
  'ne précise pas',
  'hors',
  'pas prévu',
  'ne couvre pas',
  'ne traite pas',
  'ne mentionne pas',
  "n'aborde pas",
  'ne règle pas',
  'rien sur',
  'aucune information',
  "pas d'information",
  'ne sais pas',
  'ne fixe pas',
  'ne parle pas',
  "pas dans l'accord",
  'ne figure pas',
  'pas mentionné',
  'aucune mention',
  'ne le prévoit',
  'ne relève pas',
  "n'indique pas",
);
const VAE = g('vae', 'v.a.e', 'validation des acquis');
const RSFP = g('rsfp', 'r.s.f.p', 'reconnaissance des savoir');
const FRENCH_COURSE = g(
  'français à visée professionnelle',
  'français langue étrangère',
  'fle',
  'visée professionnelle',
);
const FRANCE_TRAVAIL = g('france travail', 'pôle emploi');
const MISSION_LOCALE = g('mission locale', 'missions locales');
const ML_OR_CIO = g(
  'mission locale',
  'missions locales',
  ' cio',
  'c.i.o',
  "centre d'information et d'orientation",
  "centres d'information et d'orientation",
);
const EMPLOYER = g('employeur');
const PARENTS = g('autorisation parentale', 'autorisations parentales', 'parents', 'parental', 'pièces administratives');
const FULL = g(
  'complet',
  'complète',
  '0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
);
const AT_9_30 = g('9h30', '9 h 30', '09:30', '9:30', '09h30');
const AT_14 = g('14h', '14 h', '14:00');

/** A yes answer never says no. */
const STRICTLY_NOT = g('pas éligible', 'non éligible', 'inéligible');

/** The trainings of the published Info Places: a places answer about one lists no other. */
const TRAININGS = ['soudeur', 'maçon', 'cariste', 'préparateur de commandes', 'électricien', 'agent de propreté', 'plaquiste', 'agent de restauration'];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((t) => !asked.some((a) => t.includes(a)));

/** The JPO of Thursday 7 January is past and is never listed. */
const PAST_JPO = notOn('2027-01-07');

export const FIFTY_THIRD_BLIND_SET: ConversationCase[] = [
  // ── What each programme is, how long it lasts ─────────────────────────────
  c('b53-prepa-cest-quoi', ['prepa-competences', 'sms'], [
    turn('prepa comp c quoi exactement et ca dure cb de tps', 'dispositif', [PREPA_DURATION, TWO_WEEKS], [
      '13 semaines',
    ]),
  ]),
  c('b53-prepa-volets', ['prepa-competences', 'follow-up'], [
    turn('volet 1 volet 2 de prepa c koi la diff', 'dispositif', [VOLET1_DURATION, VOLET2_DURATION, g('projet')]),
    turn('le 2 c aussi pr une formation hors afpa ?', 'dispositif', [
      g('hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'ailleurs', 'pas seulement', 'oui'),
    ]),
  ]),
  c('b53-pec-duree', ['competences-pec', 'two-questions'], [
    turn(
      'competences pec ca dure combien ? c pendant le contrat ?',
      'dispositif',
      [
        PEC_DURATION,
        g('durée du pec', 'pendant le pec', 'pendant le contrat', 'au long du contrat', 'sur la durée', 'répartis', 'en cours de pec'),
      ],
      ['2 à 8 jours', '13 semaines'],
    ),
  ]),
  c('b53-promo-duree', ['promo-16-18', 'dictation', 'follow-up'], [
    turn('la promo seize dix-huit ça dure combien de temps', 'dispositif', [PROMO_DURATION], ['2 à 8 jours']),
    turn('elle y va tous les jours ?', 'dispositif', [MONDAY_THURSDAY]),
    turn('et si elle a besoin de temps entre les phases ca peut durer plus ?', 'dispositif', [PROMO_MAX]),
  ]),
  c('b53-pec-phases', ['competences-pec', 'two-questions'], [
    turn('comp PEC y a combien de phases et ca finit par quoi', 'dispositif', [
      g('5 phases', 'cinq phases'),
      g('vae', 'v.a.e', 'validation des acquis', 'rsfp', 'reconnaissance des savoir', 'cléa'),
    ]),
  ]),
  c('b53-prepa-distance', ['prepa-competences', 'mobility'], [
    turn('prepa ca peut se faire a distance ? ma dame habite negrepelisse sans voiture', 'dispositif', [g('distance')]),
  ]),
  c('b53-rsfp-one-word', ['rsfp', 'one-word'], [
    turn('rsfp ?', 'dispositif', [g('reconnaissance des savoir'), g('prérequis', 'pré-requis'), VAE]),
  ]),
  c('b53-apres-promo', ['promo-16-18', 'rambling'], [
    turn(
      'apres la promo 1618 le jeune il est lache dans la nature ou y a un suivi derriere ??',
      'dispositif',
      [g('6 mois', 'six mois'), MISSION_LOCALE],
    ),
  ]),
  c('b53-bilan-fin', ['bilan', 'follow-up'], [
    turn("a la fin de prepa jai un retour de l'afpa sur la personne ?", 'dispositif', [
      g('bilan'),
      g('référent'),
    ]),
    turn('et pr comp pec aussi ?', 'dispositif', [g('bilan'), g('oui', 'également', 'aussi', 'de même')]),
  ]),
  c('b53-cout-cd', ['prepa-competences', 'funding'], [
    turn('ca coute qqch au departement de prescrire prepa ?', 'dispositif', [
      g(
        'sans contrepartie',
        'gratuit',
        'pas de contrepartie',
        'aucun coût',
        'sans coût',
        "financé par l'état",
        "financement de l'état",
        "pris en charge par l'état",
        'p.i.c',
        "plan d'investissement",
      ),
    ]),
  ]),
  c('b53-clauses-sociales', ['clauses-sociales'], [
    turn("l'afpa peut preparer des brsa pour des missions en clause sociale ou chantier d'insertion ?", 'dispositif', [
      g('premiers gestes', 'gestes techniques'),
    ]),
  ]),
  c('b53-prepa-duree-et-infocoll', ['prepa-competences', 'two-questions', 'hard'], [
    turn('prepa ca dure cb et la prochaine info coll c quand ?', 'dispositif', [PREPA_DURATION, on('2027-01-14')], [
      ...PAST_JPO,
    ]),
  ]),

  // ── Eligibility: adults on RSA ─────────────────────────────────────────────
  c('b53-elig-prepa-52-non-ft', ['prepa-competences', 'far-from-work'], [
    turn(
      'mme 52a BRSA depuis 6 ans, pas inscrite FT, veut retravailler son projet pro. prepa possible ?',
      'eligibility',
      [ELIGIBLE, RSA_WITH_OR_WITHOUT_FT],
      STRICTLY_NOT,
    ),
  ]),
  c('b53-elig-pec-mairie', ['competences-pec'], [
    turn('mr BRSA en PEC a la mairie depuis 2 mois, je peux le mettre sur comp pec ?', 'eligibility', [
      ELIGIBLE,
      EMPLOYER,
    ], STRICTLY_NOT),
  ]),
  c('b53-elig-ft-pas-rsa', ['prepa-competences', 'not-rsa'], [
    turn('jeune 28 ans inscrit FT mais pas au RSA (il touche l ARE), je peux lui prescrire prepa moi ?', 'eligibility', [
      g('rsa'),
      FRANCE_TRAVAIL,
    ]),
  ]),
  c('b53-elig-rqth', ['prepa-competences', 'handicap'], [
    turn('dame TH (rqth) brsa 47 ans pas inscrite FT, prepa ok ou faut passer par cap emploi ?', 'eligibility', [
      ELIGIBLE,
      g('rsa'),
    ], STRICTLY_NOT),
  ]),
  c('b53-elig-vae-macon', ['vae', 'far-from-work'], [
    turn(
      'mr 58a brsa, 20 ans de maconnerie mais aucun diplome, pas en PEC. il peut faire une VAE ?',
      'eligibility',
      [VAE, g('rsfp', 'r.s.f.p', 'reconnaissance des savoir', 'titre professionnel', 'titres professionnels', 'titres pro')],
    ),
  ]),
  c('b53-elig-maman-solo', ['prepa-competences', 'single-parent'], [
    turn(
      'maman solo 3 enfants brsa, pas de mode de garde, elle veut faire prepa c jouable ?',
      'eligibility',
      [g('garde', 'conditions matérielles', 'distance')],
    ),
  ]),
  c('b53-elig-deja-en-formation', ['prepa-competences', 'already-in-training'], [
    turn(
      "il est deja en titre pro cuisinier a l'afpa depuis 1 mois, prepa volet 2 ca a encore un sens ?",
      'eligibility',
      [
        g(
          'en amont',
          "avant l'entrée",
          "avant d'entrer",
          'avant son entrée',
          "sécuriser l'entrée",
          'sécuriser son entrée',
          'entrée en formation',
          'déjà en formation',
        ),
      ],
    ),
  ]),
  c('b53-elig-pec-fini', ['competences-pec'], [
    turn('brsa 30 ans, son PEC est fini depuis septembre, comp pec encore possible ?', 'eligibility', [
      NOT_ELIGIBLE,
      g(
        'durée du pec',
        'pendant le pec',
        'en cours de pec',
        'sur la durée',
        'dès la signature',
        'premiers mois',
        'en cours',
        'pendant son contrat',
        'pendant le contrat',
      ),
    ]),
  ]),
  c('b53-elig-pec-trop-tot', ['competences-pec'], [
    turn("PEC signé la semaine derniere chez emmaus, c pas trop tot pour comp pec?", 'eligibility', [
      g('dès la signature', 'dès signature', 'immédiatement', 'dès le début', 'premiers mois'),
    ]),
  ]),
  c('b53-elig-ft-avec-conseiller', ['prepa-competences'], [
    turn('brsa inscrit a FT avec un conseiller, je peux qd meme lui prescrire prepa moi ou c FT qui doit le faire', 'eligibility', [
      g(...RSA_WITH_OR_WITHOUT_FT, 'prescrire directement', 'directement', 'département peut prescrire', 'services du département'),
    ]),
  ]),
  c('b53-elig-24-ans', ['prepa-competences', 'promo-16-18', 'young'], [
    turn('brsa 24 ans sans diplome ni projet, promo 1618 ou prepa ?', 'eligibility', [g('prépa'), MINORS]),
  ]),
  c('b53-elig-pec-pas-rsa', ['competences-pec', 'not-rsa'], [
    turn("dame en PEC a l'ehpad mais pas au rsa, je peux lui proposer comp pec ?", 'eligibility', [
      g('rsa'),
      g('france travail', 'pôle emploi', 'mission locale', 'cap emploi', 'prescripteur', 'conseiller'),
    ]),
  ]),
  c('b53-elig-employeur-refuse', ['competences-pec'], [
    turn("mr 50a brsa en PEC, l'employeur veut pas le liberer pr comp pec, on fait comment", 'eligibility', [
      g('accord'),
      EMPLOYER,
    ]),
  ]),
  c('b53-elig-long-aide-soignante', ['prepa-competences', 'rambling'], [
    turn(
      "bonjour alors je vous explique j'ai une dame de 44 ans au rsa depuis 2015, elle a eu des soucis de sante, elle a jamais ete inscrite a pole emploi enfin france travail maintenant, elle aimerait faire une formation d'aide soignante mais elle sait pas si elle va tenir, elle a peur de se planter, est ce qu'il y a un truc pour la preparer avant d'entrer en formation ?",
      'eligibility',
      [g('prépa'), g('volet 2', 'sécuriser')],
    ),
  ]),
  c('b53-elig-jeune-parent-20', ['prepa-competences', 'young'], [
    turn('jeune 20 ans brsa jeune papa, suivi par la ML, on peut lui proposer quoi a l afpa', 'eligibility', [g('prépa')]),
  ]),
  c('b53-elig-60-ans', ['prepa-competences', 'senior'], [
    turn('brsa 60 ans, y a une limite d age pour prepa ?', 'eligibility', [
      g('pas de limite', 'aucune limite', 'pas de condition', 'aucune condition', 'ne fixe pas', 'ne prévoit pas', 'éligible', 'oui'),
    ]),
  ]),

  c('b53-elig-deja-fait-prepa', ['prepa-competences', 'silent'], [
    turn('dame 38a brsa, elle a deja fait prepa l an dernier, elle peut la refaire ?', 'eligibility', [
      g(...SILENT, 'ne dit pas', 'ne limite pas', 'aucune limite', 'pas de limite'),
    ]),
  ]),
  c('b53-elig-illettrisme', ['clea', 'basic-skills'], [
    turn('mme 33a brsa parle bien francais mais sait pas lire ni ecrire, y a quoi pour elle', 'eligibility', [
      g('cléa', 'compétences de base', 'socle'),
    ]),
  ]),
  c('b53-elig-pec-vae-entretien', ['competences-pec', 'vae'], [
    turn("mr brsa en PEC agent d'entretien a la ville, il veut une vae, c'est comp pec ca ?", 'eligibility', [
      VAE,
      ELIGIBLE,
    ], STRICTLY_NOT),
  ]),

  // ── Eligibility: young people ──────────────────────────────────────────────
  c('b53-elig-ase-17', ['promo-16-18', 'ase', 'follow-up'], [
    turn('jeune ase 17 ans sortie du lycee en novembre, fait rien depuis. promo 1618 ?', 'eligibility', [
      ELIGIBLE,
      DROPPED_OUT,
    ], STRICTLY_NOT),
    turn('faut quoi comme papiers ?', 'eligibility', [PARENTS]),
    turn('et si elle avait 15 ans', 'eligibility', [NOT_ELIGIBLE, MIN_AGE]),
  ]),
  c('b53-elig-ase-19', ['promo-16-18', 'ase'], [
    turn('jeune majeur ASE 19 ans decroché, la promo ca marche ?', 'eligibility', [NOT_ELIGIBLE, MINORS]),
  ]),
  c('b53-elig-17-en-terminale', ['promo-16-18'], [
    turn('17 ans en terminale bac pro, il va en cours mais demotivé, la promo 16 18 ?', 'eligibility', [
      NOT_ELIGIBLE,
      g('quitté', 'décroch', 'sorti', 'plus scolarisé', 'déscolarisé', 'pas en formation', 'ni en formation', 'scolarisé', 'lycée'),
    ]),
  ]),
  c('b53-elig-16-apprenti', ['promo-16-18'], [
    turn('16 ans en apprentissage boulangerie depuis septembre, la promo peut l aider ?', 'eligibility', [
      NOT_ELIGIBLE,
      g('ne travaillent pas', 'ne travaille pas', 'ni en emploi', 'pas en formation', 'ni en formation', 'déjà en', 'apprenti', 'en emploi'),
    ]),
  ]),
  c('b53-elig-ml-17', ['promo-16-18', 'mission-locale'], [
    turn('jeune 17 ans pas ASE, suivi ML, a quitte le college en 3eme, peut il aller en promo', 'eligibility', [
      ELIGIBLE,
      DROPPED_OUT,
    ], STRICTLY_NOT),
  ]),
  c('b53-elig-16-exclu', ['promo-16-18', 'two-questions', 'follow-up'], [
    turn('ado 16 ans exclu du college, rien depuis, parents ok, promo 1618 ? c a temps plein ?', 'eligibility', [
      ELIGIBLE,
      MONDAY_THURSDAY,
    ], STRICTLY_NOT),
    turn('il habite caussade, ca se passe ou ?', 'dispositif', [g('montauban')]),
  ]),
  c('b53-elig-ase-foyer-autorisation', ['promo-16-18', 'ase', 'silent'], [
    turn(
      "jeune ASE 16 ans en foyer, sorti de 3e, c le juge ou les parents qui signent l'autorisation pour la promo ?",
      'eligibility',
      [g('autorisation'), g(...SILENT, 'ne dit pas', 'voir avec', 'rapprocher', 'vérifier avec')],
    ),
  ]),

  // ── Eligibility: SIAE, newcomers ───────────────────────────────────────────
  c('b53-elig-cddi', ['competences-pec', 'siae', 'follow-up'], [
    turn('brsa en CDDI dans un ACI depuis 6 mois, comp pec possible ?', 'eligibility', [
      NOT_ELIGIBLE,
      g('contrat pec', 'contrat p.e.c', 'parcours emploi compétences', 'signataires', 'en pec', 'salariés en pec', 'bénéficiaires de pec'),
    ]),
    turn("et pr reconnaitre ce qu'il a appris sur le chantier alors", 'eligibility', [g(...RSFP, ...VAE)]),
  ]),
  c('b53-elig-aci-soudure', ['siae', 'places', 'follow-up'], [
    turn("brsa en chantier d'insertion, projet soudure, il peut rentrer en formation qualifiante afpa ?", 'eligibility', [
      g('conseil régional', 'région', 'financeurs publics', 'droit commun'),
    ]),
    turn('y a des places soudeur ?', 'agenda', [seats(4), on('2027-02-01')], otherTrainings('soudeur')),
  ]),
  c('b53-elig-primo-afghan', ['newcomer', 'french', 'follow-up'], [
    turn('primo arrivant afghan, brsa, parle tres peu francais, je lui propose quoi a l afpa', 'eligibility', [FRENCH_COURSE]),
    turn('c combien de temps ?', 'dispositif', [SILENT], ['2 à 8 jours', '13 semaines']),
  ]),
  c('b53-elig-cariste-a1', ['newcomer', 'french', 'places', 'follow-up'], [
    turn('gars 35a brsa niveau A1 en francais veut etre cariste', 'eligibility', [FRENCH_COURSE]),
    turn('et y a des places cariste en ce moment ?', 'agenda', [seats(6), on('2027-01-27')], otherTrainings('cariste', 'préparateur')),
  ]),

  // ── Agenda ─────────────────────────────────────────────────────────────────
  c('b53-agenda-infocoll-montauban', ['info-collective', 'follow-up'], [
    turn('prochaine info coll prepa a montauban', 'agenda', [on('2027-01-14')], [
      ...PAST_JPO,
      ...notOn('2027-01-21'),
      ...notOn('2027-03-04'),
    ]),
    turn('a quelle heure ?', 'agenda', [AT_9_30]),
    turn('et la suivante a montauban ?', 'agenda', [on('2027-02-11')], [...notOn('2027-03-04')]),
  ]),
  c('b53-agenda-jpo', ['jpo', 'one-word'], [
    turn('JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], PAST_JPO),
  ]),
  c('b53-agenda-semaines', ['follow-up'], [
    turn('y a quoi cette semaine cote afpa', 'agenda', [on('2027-01-14')], [
      ...PAST_JPO,
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
    turn('et la semaine pro', 'agenda', [on('2027-01-19'), on('2027-01-21')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-01-26'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b53-agenda-visite-soudure', ['visite-plateau', 'follow-up'], [
    turn('visite plateau soudure c quand', 'agenda', [on('2027-01-19'), AT_14], [...notOn('2027-03-10')]),
    turn('combien de places', 'agenda', [seats(8)]),
  ]),
  c('b53-agenda-reunion-batiment', ['reunion-metier', 'follow-up'], [
    turn('reunion metier batiment ?', 'agenda', [on('2027-02-23'), g('caussade')], [...notOn('2027-01-26')]),
    turn("c'est ou exactement a caussade", 'agenda', [g('salle des fêtes')]),
  ]),
  c('b53-agenda-moissac', ['territory'], [
    turn('quoi a moissac prochainement', 'agenda', [on('2027-02-09'), on('2027-02-17')], [
      ...notOn('2027-01-14'),
      ...notOn('2027-02-03'),
    ]),
  ]),
  c('b53-agenda-infocoll-promo', ['info-collective', 'promo-16-18'], [
    turn('info coll promo 1618 ?', 'agenda', [on('2027-03-17')], [...notOn('2027-01-14'), ...notOn('2027-01-21')]),
  ]),
  c('b53-agenda-mars', ['month'], [
    turn('en mars y a quoi comme evenements', 'agenda', [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')], [
      ...notOn('2027-02-23'),
      ...notOn('2027-01-14'),
    ]),
  ]),
  c('b53-agenda-castel', ['territory', 'sms'], [
    turn('agenda castel', 'agenda', [on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-02-23')]),
  ]),
  c('b53-agenda-prepa-v2-complet', ['sessions', 'follow-up'], [
    turn('prepa volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
    turn('et apres ?', 'agenda', [on('2027-02-15'), g('castelsarrasin')]),
  ]),
  c('b53-agenda-plaquiste', ['places'], [
    turn('places plaquiste', 'agenda', [FULL], otherTrainings('plaquiste')),
  ]),
  c('b53-agenda-caussade-formations', ['places', 'territory'], [
    turn('formations avec des places a caussade ?', 'agenda', [g('restauration'), seats(4)], otherTrainings('restauration', 'maçon')),
  ]),
  c('b53-agenda-entrees-pec', ['sessions', 'competences-pec'], [
    turn('prochaines entrees competences pec', 'agenda', [on('2027-01-20')], [
      ...notOn('2027-01-18'),
      ...notOn('2027-01-25'),
    ]),
  ]),
  c('b53-agenda-entree-promo', ['sessions', 'promo-16-18'], [
    turn('prochaine entree promo 1618 ?', 'agenda', [on('2027-02-01'), g('montauban')], [
      ...notOn('2027-01-18'),
      ...notOn('2027-01-20'),
    ]),
  ]),
  // ── Out of scope: the agreement says nothing ──────────────────────────────
  c('b53-hors-transport', ['silent', 'mobility'], [
    turn("l'afpa rembourse le transport pour venir a l'info coll ?", 'out_of_scope', [SILENT]),
  ]),
  c('b53-hors-remuneration-prepa', ['silent', 'prepa-competences'], [
    turn('les gens en prepa ils sont remuneres pendant ?', 'out_of_scope', [SILENT]),
  ]),
  c('b53-hors-montant-rsa', ['silent'], [
    turn('tu peux me calculer le montant rsa dune maman solo 2 enfants', 'out_of_scope', [SILENT]),
  ]),
  c('b53-hors-titre-sejour', ['silent', 'newcomer'], [
    turn('renouvellement titre de sejour c ou', 'out_of_scope', [SILENT]),
  ]),
  c('b53-hors-garderie', ['silent', 'single-parent'], [
    turn("y a une garderie a l'afpa pr les enfants pendant la formation", 'out_of_scope', [SILENT]),
  ]),
  c('b53-hors-promo-remuneree', ['silent', 'promo-16-18'], [
    turn('la promo le jeune il touche qqch ?', 'out_of_scope', [SILENT]),
  ]),
  c('b53-hors-permis', ['silent', 'mobility'], [
    turn("l'afpa finance le permis b pour mes brsa ?", 'out_of_scope', [SILENT]),
  ]),

  // ── Contacts ───────────────────────────────────────────────────────────────
  c('b53-contact-deploiement', ['afpa'], [
    turn("qui s'occupe des prestas prepa / comp pec / promo a l'afpa montauban", 'contact', [g('battedou')]),
  ]),
  c('b53-contact-directeur', ['afpa', 'sms'], [
    turn('c qui le directeur du centre afpa', 'contact', [g('vella')]),
  ]),
  c('b53-contact-prescription-bloquee', ['afpa', 'prescription'], [
    turn("ma prescription elle bouge pas depuis 3 semaines, j'appelle qui", 'contact', [
      g('battedou', 'vella', 'responsable accompagnement'),
    ]),
  ]),
  c('b53-contact-orientation-promo', ['promo-16-18'], [
    turn('jeune decrocheur 16a pas ASE, c qui qui oriente sur la promo normalement', 'contact', [ML_OR_CIO]),
  ]),
  c('b53-contact-referent-cd', ['silent'], [
    turn("le referent de l'experimentation cote CD c'est qui ?", 'contact', [
      g('désigne', 'ne précise pas', 'ne donne pas', 'ne nomme pas', 'pas nommé', 'pas de nom', 'ne cite pas', 'ne mentionne pas', "n'indique pas"),
    ]),
  ]),

  // ── Figures: the targets ───────────────────────────────────────────────────
  c('b53-chiffres-objectif-prepa', ['targets'], [
    turn('objectif brsa prepa ?', 'figures', [
      g(' 30 ', '*30', '30*', '30 allocataires', '30 bénéficiaires', '30 personnes', 'trente', ': 30', '(30'),
    ]),
  ]),
  c('b53-chiffres-pec-promo', ['targets', 'follow-up'], [
    turn("on en est ou sur comp pec, combien d'entrees ?", 'figures', [
      g(' 50 ', '*50', '50*', '50 allocataires', '50 bénéficiaires', '50 personnes', 'cinquante', ': 50', '(50'),
    ]),
    turn('et la promo pour les ase ?', 'figures', [
      g(' 10 ', '*10', '10*', '10 jeunes', '10 personnes', 'dix jeunes', 'dix personnes', ': 10', '(10'),
    ]),
  ]),
  c('b53-chiffres-destinataires', ['reporting', 'two-questions'], [
    turn('les chiffres partent a qui ? tous les mois ?', 'figures', [
      g('dgefp', 'd.g.e.f.p'),
      g('mensuel', 'chaque mois', 'tous les mois', 'par mois'),
    ]),
  ]),
  c('b53-chiffres-promo-national', ['promo-16-18', 'national'], [
    turn('la promo au national c combien de jeunes', 'figures', [g('35 000', '35000', '35\u00a0000', '35\u202f000')]),
  ]),

  // ── Prescribing and following prescriptions ───────────────────────────────
  c('b53-prescrire-prepa', ['prepa-competences'], [
    turn('je veux prescrire prepa pour mme K', 'prescribe', [g('prescri', 'formulaire')]),
  ]),
  c('b53-prescrire-session-18', ['prepa-competences', 'sessions'], [
    turn('je voudrais inscrire mr D sur prepa volet 1 du 18 janvier', 'prescribe', [g('prescri', 'formulaire')]),
  ]),
  c('b53-suivi-prescriptions', ['tracking', 'sms'], [
    turn('mes prescriptions ou en sont elles', 'prescribe', [g('prescription')]),
  ]),
  c('b53-panda-acces', ['panda'], [
    turn("comment je l'inscris sur panda, j'ai pas d'acces", 'prescribe', [g('panda'), g('habilit')]),
  ]),
  c('b53-adhesion-personne', ['consent'], [
    turn("avant de prescrire faut l'accord de la personne ?", 'prescribe', [g('adhésion', 'accord')]),
  ]),

  // ── Small talk ─────────────────────────────────────────────────────────────
  c('b53-bonjour', ['greeting'], [turn('bonjour', 'other', [g('bonjour', 'bienvenue')])]),
  c('b53-merci', ['thanks'], [
    turn('merci bcp t top', 'other', [
      g('de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', "n'hésitez", 'à votre service', 'ravi'),
    ]),
  ]),
  c('b53-tu-sais-faire-quoi', ['help'], [
    turn('tu sais faire quoi au juste', 'other', [
      g('dispositif', 'prépa'),
      g('agenda', 'calendrier', 'événement', 'dates'),
    ]),
  ]),
];
