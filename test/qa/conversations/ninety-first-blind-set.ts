/**
 * Ninety-first blind set. Who speaks: experienced référents insertion and travailleurs sociaux
 * of the Département de Tarn-et-Garonne (CD82), who know the agreement with AFPA well and test
 * the assistant's precision in Teams chat: exact figures of the action plan, articles and points
 * by number, edge cases of eligibility (exactly 16, turning 18 during the programme, RSA recipient
 * followed by France Travail, PEC contract ending), the campaign deadline, the individual report,
 * two-part questions, and follow-ups that only make sense after the previous turn. They type as
 * in Teams: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, RQTH, CD, ASE, info coll, JPO),
 * no accents, typos, SMS style, long messages with the question buried inside.
 *
 * Written blind from the agreement (seed), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation: its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Ways an answer may say what the agreement does not say ─────────────────

const SILENT = [
  'prevoit pas',
  'prevoit rien',
  'dit rien',
  'precise pas',
  'pas precise',
  'hors',
  'pas prevu',
  'couvre pas',
  'pas couvert',
  'aucune information',
  'pas d information',
  'pas d’information',
  "pas d'information",
  'mentionne pas',
  'pas mentionne',
  'traite pas',
  'parle pas',
  'aborde pas',
  'figure pas',
  'contient pas',
  'porte pas sur',
  'fixe pas',
  'indique pas',
  'donne pas',
  'aucune donnee',
  'comporte pas',
  'rien sur',
  'ne sais pas',
  'pas en mesure',
  'ne dispose pas',
  'aucun element',
  'evoque pas',
  'ne concerne pas',
  'ne vise pas',
  'pas de reponse',
];

/** Figures the action plan asks for but that nobody has published yet. */
const NOT_AVAILABLE = [
  ...SILENT,
  'pas encore',
  'pas disponible',
  'indisponible',
  'non disponible',
  'aucun chiffre',
  'pas de chiffre',
  'pas de donnee',
  'aucun resultat',
  'pas de resultat',
  'pas connu',
  'non connu',
  'aucun bilan',
  'pas de bilan',
];

/** No contact detail (phone, mail) is in the agreement. */
const NO_DETAILS = [
  ...SILENT,
  'pas de numero',
  'aucun numero',
  'pas le numero',
  'pas de coordonnees',
  'aucune coordonnee',
  'pas ses coordonnees',
  'pas d adresse',
  'pas d’adresse',
  "pas d'adresse",
  'aucune adresse',
  'pas de mail',
  'aucun mail',
  'pas de courriel',
];

// ── Verdicts ────────────────────────────────────────────────────────────────

const YES = ['eligible', 'oui', 'peut', 'possible', 'correspond', 'rentre dans', 'entre dans', 'ok'];
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'pas possible',
  'impossible',
  'non,',
  'non.',
  'non :',
  'non !',
  'ne correspond pas',
  'ne rentre pas',
  'n’entre pas',
  "n'entre pas",
  'pas acces',
  'pas concerne',
  'reserve',
  'exclu',
  'ne remplit pas',
  'ne pourra pas',
  'pas ouvert',
];
/** A positive verdict must not say the person is not eligible. */
const NOT_NEGATIVE = ['pas eligible', 'non eligible', 'ineligible'];
/** A negative verdict for La Promo 16/18 must not say yes. */
const NOT_POSITIVE_PROMO = [
  'est eligible a la promo',
  'oui, il est eligible',
  'oui, elle est eligible',
  'oui il est eligible',
  'oui elle est eligible',
  'oui, il peut',
  'oui, elle peut',
  'oui il peut',
  'oui elle peut',
  'peut integrer la promo',
  'peut entrer dans la promo',
];

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = [
  '2 a 8 j',
  '2 et 8 j',
  'deux a huit jours',
  'deux et huit jours',
  '2 jours a 8 jours',
  '2 a 8 jours',
  '8 jours max',
  '2-8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 a 6 j', '5 et 6 j', 'cinq a six jours', '5-6 jours', '5 ou 6 jours', 'cinq ou six jours'];
const VOLET2_DURATION = ['4 a 8 j', '4 et 8 j', 'quatre a huit jours', '4-8 jours', 'quatre et huit jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j ', '5 journees', 'cinq journees'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const PEC_NAME = ['competences pec', 'competences p.e.c', 'competences – pec', 'competences - pec', 'comp pec', 'competences-pec'];
const PROMO_NAME = ['promo 16', 'promo1618', 'promo 1618'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const FRANCE_TRAVAIL = ['france travail', 'pole emploi'];
const END_OF_PARCOURS = ['fin du parcours', 'a la fin', 'issue du parcours', 'a l issue', 'a l’issue', "a l'issue", 'fin de parcours', 'terme du parcours', 'fin de la'];
const FULL = ['complet', '0 place', 'aucune place', 'plus de place', 'plus aucune place', 'places : 0', 'pas de place', 'plus une place'];
const FORM = ['formulaire', 'fiche de prescription', 'remplir', 'panda', 'inscri', 'carte'];
const CANCEL = ['annul', 'abandon', 'arrete', 'd accord', 'd’accord', "d'accord", 'c est note', 'c’est note', "c'est note", 'ok', 'tres bien', 'pas de souci', 'pas de probleme', 'stop'];
const HELP = ['dispositif', 'prepa', 'agenda', 'prescri', 'eligib', 'promo'];

const H14 = ['14h', '14 h', '14:00', '14 heures'];
const H930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const H10 = ['10h', '10 h', '10:00', '10 heures'];
const CASTEL = ['castelsarrasin', 'castel'];

/** A figure of the action plan, in the ways an answer may write it. */
function figure(n: number, word: string): string[] {
  return [` ${n} `, `${n} alloc`, `${n} benef`, `${n} pers`, `${n} jeunes`, `${n} brsa`, `(${n})`, `: ${n}`, `*${n}`, word];
}

export const NINETY_FIRST_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b91-prepa-duration', ['sms'], [
    turn('prepa comp ca dure cmb de tps en tout ?', 'dispositif', [PREPA_DURATION, TWO_WEEKS], [
      '13 semaines',
      'treize semaines',
    ]),
  ]),
  c('b91-volets-durations', ['follow-up'], [
    turn('volet 1 de prepa c combien de jours deja', 'dispositif', [VOLET1_DURATION], ['4 a 8 jours']),
    turn('et le volet 2 ?', 'dispositif', [VOLET2_DURATION], ['5 a 6 jours']),
  ]),
  c('b91-pec-days-spread', ['two-questions'], [
    turn(
      'competences PEC ca represente combien de jours pour le salarie ? et c etale sur quoi, qq semaines ?',
      'dispositif',
      [PEC_DAYS, ['duree du pec', 'duree du contrat', 'duree du parcours', 'pendant le pec', 'au long du', 'sur la duree', 'tout au long']],
      ['13 semaines', '2 a 8 jours'],
    ),
  ]),
  c('b91-promo-3-or-4-months', ['edge'], [
    turn(
      'la promo 1618 c 3 mois ou 4 mois ?? jai lu les deux dans la doc',
      'dispositif',
      [PROMO_DURATION, PROMO_MAX],
      ['2 a 8 jours'],
    ),
  ]),
  c('b91-promo-days-of-week', ['rambling'], [
    turn(
      'bjr, petite question rapide, un de mes jeunes a un entrainement de foot le vendredi apres midi et sa mere me demande si la promo 16 18 c bien du lundi au vendredi ou pas, vous savez ?',
      'dispositif',
      [['lundi au jeudi', 'lundi a jeudi', 'lundi-jeudi', 'du lundi au jeudi']],
    ),
  ]),
  c('b91-prepa-remote', ['rambling'], [
    turn(
      'jai une BRSA a Lauzerte sans voiture, bus quasi inexistant, elle serait partante pour prepa comp mais montauban c mort pour elle. ca peut se faire a distance ?',
      'dispositif',
      [['distance', 'distanciel']],
    ),
  ]),
  c('b91-art-2-1-4', ['article'], [
    turn('art 2.1.4 ?', 'dispositif', [['vae', 'validation des acquis', 'valorisation des acquis'], ['rsfp', 'r.s.f.p', 'reconnaissance des savoir']]),
  ]),
  c('b91-point-5-then-article-5', ['article', 'follow-up'], [
    turn('le § 5 du protocole (modalites d orga) il dit quoi exactement', 'dispositif', [['panda'], ['referent']]),
    turn('et l article 5 de l accord lui ?', 'dispositif', [
      ['rgpd', 'r.g.p.d', 'donnees personnelles', 'protection des donnees', 'informatique et libertes', '78-17', '2016/679'],
    ]),
  ]),
  c('b91-report-who-whom-when', ['two-questions'], [
    turn(
      'bilan individuel : c envoye par qui, a qui, et a quel moment ?',
      'dispositif',
      [['afpa', 'a.f.p.a'], ['referent'], END_OF_PARCOURS],
    ),
  ]),
  c('b91-report-promo', ['follow-up', 'edge'], [
    turn('y a un bilan individuel a la fin de prepa comp ?', 'dispositif', [['bilan individuel', 'bilan'], ['referent']]),
    turn('et pour la promo 1618 aussi ?', 'dispositif', [
      [...SILENT, 'uniquement', 'seulement', 'que pour', 'pas pour', 'prepa', 'vae'],
    ]),
  ]),
  c('b91-clea-socle-duration', [], [
    turn('clea socle dans comp pec c combien de temps', 'dispositif', [['1 jour', 'une journee', 'un jour', '1 journee']], [
      '3,5 jours',
    ]),
  ]),
  c('b91-vae-steps', ['two-questions'], [
    turn(
      'la VAE dans competences pec : les etapes et la duree svp',
      'dispositif',
      [['3,5 j', '3.5 j', 'trois jours et demi', '3 jours et demi', '3 jours 1/2'], ['recevabilite']],
    ),
  ]),
  c('b91-rsfp-who-duration', ['two-questions'], [
    turn(
      'rsfp c pour qui concretement ? et ca dure cmb',
      'dispositif',
      [
        ['prerequis', 'pre-requis', 'pre requis', 'pas acces a la vae', 'directement a la vae'],
        ['3,5 j', '3.5 j', 'trois jours et demi', '3 jours et demi', '3 jours 1/2'],
      ],
    ),
  ]),
  c('b91-panda', ['sms'], [
    turn('panda c koi deja', 'dispositif', [['tracabilite', 'tracer', 'trace', 'suivi des parcours'], ['afpa', 'a.f.p.a']]),
  ]),
  c('b91-promo-phases', [], [
    turn(
      'les phases de la promo 16 18 avec la duree de chacune',
      'dispositif',
      [['engagement'], ['1 semaine', 'une semaine'], ['6 semaines', 'six semaines'], ['2 semaines', 'deux semaines']],
      ['2 a 8 jours'],
    ),
  ]),
  c('b91-promo-after', ['two-questions'], [
    turn(
      'apres la promo le jeune est suivi combien de temps et par qui ?',
      'dispositif',
      [['6 mois', 'six mois'], MISSION_LOCALE],
    ),
  ]),
  c('b91-prepa-cost', [], [
    turn(
      'ca coute combien au CD une prescription prepa comp ? on a pas de ligne budgetaire la dessus',
      'dispositif',
      [['sans contrepartie', 'gratuit', 'aucun cout', 'pas de cout', 'aucune contrepartie', 'ne coute rien', 'rien', 'pas payant', 'aucun frais']],
    ),
  ]),
  c('b91-prepa-pay', ['two-questions', 'edge'], [
    turn('les stagiaires prepa comp sont remuneres ? et ils gardent leur rsa pendant ?', 'dispositif', [SILENT]),
  ]),
  c('b91-where', [], [
    turn(
      'ou ca se passe les dispositifs ? que montauban ?',
      'dispositif',
      [['montauban'], ['delocalis', 'ensemble du departement', 'tout le departement', 'ailleurs', 'autres communes']],
    ),
  ]),
  c('b91-pec-prescriber', [], [
    turn(
      'comp pec normalement c qui qui prescrit ? FT ?',
      'dispositif',
      [FRANCE_TRAVAIL, ['departement', 'conseil departemental', 'directement', 'cd82']],
    ),
  ]),
  c('b91-promo-orientation', [], [
    turn(
      'promo 1618 qui oriente les jeunes en temps normal, hors ASE',
      'dispositif',
      [MISSION_LOCALE, ['cio', 'c.i.o', 'centre d information']],
    ),
  ]),
  c('b91-portfolio', ['two-questions'], [
    turn(
      'le portefeuille de competences c dans quel dispositif et c pour tout le monde ?',
      'dispositif',
      [PEC_NAME, ['chaque', 'systematique', 'tous les', 'tout le monde', 'chacun']],
    ),
  ]),
  c('b91-art-6', ['article'], [
    turn(
      'art 6 de l accord ?',
      'dispositif',
      [['2 ans', 'deux ans'], ['1er janvier 2022', '01 janvier 2022', '1 janvier 2022', '01/01/2022', '1/01/2022']],
    ),
  ]),
  c('b91-campaign-deadline', ['two-questions'], [
    turn(
      'date limite d entree de la campagne et date de fin des parcours ?',
      'dispositif',
      [
        ['31 decembre 2022', '31/12/2022', '31 dec. 2022', '31 dec 2022'],
        ['30 avril 2023', '30/04/2023', '30 avr. 2023', '30 avr 2023'],
      ],
    ),
  ]),
  c('b91-pec-start-and-remote', ['follow-up'], [
    turn('competences PEC ca demarre quand, des la signature du contrat ?', 'dispositif', [['signature', 'premiers mois']]),
    turn('et ca peut se faire a distance ?', 'dispositif', [['distance', 'distanciel']]),
  ]),
  c('b91-volet2-outside-afpa', [], [
    turn(
      'volet 2 prepa c seulement pour entrer en formation a l afpa ??',
      'dispositif',
      [['hors afpa', 'hors a.f.p.a', 'autre organisme', 'autres organismes', 'hors de l afpa', 'hors de l’afpa', 'ou ailleurs', 'pas seulement', 'pas uniquement']],
    ),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b91-next-info-coll-prepa', ['sms'], [
    turn('c quand la prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b91-info-coll-castel-then-valence', ['follow-up'], [
    turn('y a une info coll prepa a castel bientot ?', 'agenda', [on('2027-01-21'), CASTEL], notOn('2027-01-14')),
    turn('et a valence d agen ?', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
  ]),
  c('b91-jpo-then-moissac', ['follow-up'], [
    turn('prochaines JPO ?', 'agenda', [on('2027-02-03'), on('2027-02-17')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-02-03')),
  ]),
  c('b91-welding-visit-seats', ['follow-up'], [
    turn('visite plateau soudure c quand ?', 'agenda', [on('2027-01-19'), H14], notOn('2027-03-10')),
    turn('il reste de la place ?', 'agenda', [seats(8)]),
  ]),
  c('b91-welding-places', [], [
    turn(
      'des places en soudure ? jai un BRSA hyper motive qui a fait de la soudure en interim',
      'agenda',
      [seats(4), on('2027-02-01')],
      ['maçon', 'cariste', 'plaquiste'],
    ),
  ]),
  c('b91-masonry-then-electricity', ['follow-up'], [
    turn('places dispo en maconnerie ?', 'agenda', [seats(3), on('2027-02-15')], ['soudeur', 'cariste']),
    turn('et en electricite ?', 'agenda', [seats(2), on('2027-03-08')], ['soudeur', 'plaquiste']),
  ]),
  c('b91-plasterer-full', [], [
    turn('il reste de la place en plaquiste ?', 'agenda', [FULL]),
  ]),
  c('b91-next-volet2', ['rambling'], [
    turn(
      'jai une dame qui doit entrer en formation aide a domicile au printemps, elle stresse a mort, je pensais au volet 2 de prepa, c quand la prochaine entree ou il reste de la place ?',
      'agenda',
      [on('2027-02-15'), CASTEL],
    ),
  ]),
  c('b91-prepa-remote-session', [], [
    turn('session prepa comp en distanciel ?', 'agenda', [on('2027-02-08'), seats(8)], notOn('2027-01-18')),
  ]),
  c('b91-pec-ateliers', ['two-questions'], [
    turn('comp pec atelier 2 prochaine entree ? et l atelier 3 ?', 'agenda', [on('2027-01-20'), on('2027-02-10')]),
  ]),
  c('b91-promo-entry-then-info', ['follow-up'], [
    turn('la promo 1618 prochaine entree ?', 'agenda', [on('2027-02-01'), seats(10)]),
    turn('et l info coll pour les parents ?', 'agenda', [on('2027-03-17'), H14]),
  ]),
  c('b91-logistics-then-building', ['follow-up'], [
    turn('reunion metier logistique ?', 'agenda', [on('2027-01-26')], notOn('2027-02-23')),
    turn('et batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b91-this-week-next-week', ['follow-up', 'sms'], [
    turn('kes ki se passe cette semaine ?', 'agenda', [on('2027-01-14')], [
      ...notOn('2027-01-07'),
      ...notOn('2027-01-19'),
      ...notOn('2027-01-21'),
    ]),
    turn('et la semaine pro ?', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-02-03')]),
  ]),
  c('b91-electricity-visit-then-places', ['follow-up'], [
    turn('visite plateau electricite ?', 'agenda', [on('2027-03-10'), H10], notOn('2027-01-19')),
    turn('et la formation electricien il reste combien de places ?', 'agenda', [seats(2)]),
  ]),
  c('b91-forklift', ['sms'], [
    turn('cariste places ?', 'agenda', [seats(6), on('2027-01-27')], ['soudeur', 'plaquiste']),
  ]),
  c('b91-order-picker', ['two-questions'], [
    turn('preparateur de commandes c ou ? combien de places ?', 'agenda', [CASTEL, seats(5)], ['soudeur']),
  ]),
  c('b91-info-coll-february', [], [
    turn('info coll en fevrier ?', 'agenda', [on('2027-02-09'), on('2027-02-11')], [...notOn('2027-01-14'), ...notOn('2027-03-04')]),
  ]),
  c('b91-volet1-moissac', ['two-questions'], [
    turn(
      'prepa volet 1 a moissac ? c en presentiel ?',
      'agenda',
      [on('2027-03-08'), ['mixte', 'hybride', 'distance et presentiel', 'presentiel et distanciel', 'presentiel et a distance', 'presentiel/distanciel']],
    ),
  ]),
  c('b91-full-volet2-then-next', ['follow-up'], [
    turn('reste de la place sur le volet 2 du 25 janvier ?', 'agenda', [FULL]),
    turn('et le suivant ?', 'agenda', [on('2027-02-15'), seats(5)]),
  ]),
  c('b91-caussade', ['follow-up'], [
    turn('y a quoi a caussade ?', 'agenda', [on('2027-02-23'), ['batiment']]),
    turn('c a quelle heure ?', 'agenda', [H14]),
  ]),
  c('b91-jpo-and-promo-info', ['two-questions'], [
    turn('prochaine JPO + prochaine info coll promo 1618 stp', 'agenda', [on('2027-02-03'), on('2027-03-17')], notOn('2027-01-07')),
  ]),
  c('b91-thursday-time', [], [
    turn('l info coll de jeudi c a quelle heure ?', 'agenda', [H930, ['montauban']]),
  ]),
  c('b91-montauban-onsite-entry', ['two-questions'], [
    turn(
      'prochaine entree prepa en presentiel a montauban ? combien de places ?',
      'agenda',
      [on('2027-01-18'), seats(6)],
    ),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b91-exactly-16', ['edge'], [
    turn(
      'jeune de 16 ans pile (anniv hier), sorti du lycee en juin, fait rien depuis, suivi ML. promo 1618 ok ?',
      'eligibility',
      [YES, PROMO_NAME],
      NOT_NEGATIVE,
    ),
  ]),
  c('b91-15-and-a-half-then-16', ['edge', 'follow-up'], [
    turn('ado 15 ans et demi decrocheur, ASE. on peut le mettre sur la promo ?', 'eligibility', [NO, ['16']], NOT_POSITIVE_PROMO),
    turn('et quand il aura 16 ans en avril ?', 'eligibility', [YES]),
  ]),
  c('b91-turning-18', ['edge'], [
    turn(
      'jeune ASE 17 ans et 10 mois, decrochee, elle aura 18 ans pendant la promo, ca passe quand meme ?',
      'eligibility',
      [['mineur', '16 a 18', '16-18', '16/18', 'moins de 18', '17 ans'], [...YES, ...SILENT]],
    ),
  ]),
  c('b91-brsa-ft', ['edge'], [
    turn(
      'BRSA inscrit a FT et suivi par son conseiller FT, je peux quand meme l orienter prepa comp ?',
      'eligibility',
      [YES, ['inscrit']],
      NOT_NEGATIVE,
    ),
  ]),
  c('b91-brsa-not-ft', [], [
    turn(
      'BRSA pas inscrit a FT, que suivi CD, prepa comp possible ?',
      'eligibility',
      [YES, ['non inscrit', 'pas inscrit', 'inscrits ou non', 'inscrit ou non', 'departement']],
      NOT_NEGATIVE,
    ),
  ]),
  c('b91-pec-ending', ['edge', 'rambling'], [
    turn(
      'bon alors situation un peu limite : salariee en PEC dans une mairie, BRSA, son contrat se termine dans 3 semaines et elle voudrait faire valider ce quelle a appris, comp pec encore jouable ou trop tard ?',
      'eligibility',
      [['signature', 'premiers mois', 'duree du pec', 'duree du contrat', 'fin du contrat', 'issue du contrat']],
    ),
  ]),
  c('b91-pec-ended', ['edge'], [
    turn(
      'son PEC est fini depuis octobre, comp pec possible ?',
      'eligibility',
      [[...NO, 'pendant le pec', 'en cours de pec', 'signataire', 'salaries en pec', 'duree du pec', 'en pec']],
      ['oui, elle peut', 'oui, il peut', 'oui elle peut', 'oui il peut'],
    ),
  ]),
  c('b91-ase-17', [], [
    turn('jeune 17 ans ASE, a quitte le college, pas de boulot. promo ?', 'eligibility', [YES, ['ase', 'aide sociale']], NOT_NEGATIVE),
  ]),
  c('b91-apprentice', [], [
    turn(
      'jeune 17 ans suivi ML, en apprentissage depuis septembre mais ca se passe mal, il veut faire la promo',
      'eligibility',
      [[...NO, 'travaill', 'emploi', 'contrat']],
      NOT_POSITIVE_PROMO,
    ),
  ]),
  c('b91-still-at-school', [], [
    turn(
      'gamine 16 ans toujours au lycee mais completement demotivee, promo 1618 ?',
      'eligibility',
      [NO, ['quitte', 'decroch', 'sorti', 'scolaris', 'plus au lycee', 'cursus']],
      NOT_POSITIVE_PROMO,
    ),
  ]),
  c('b91-brsa-19-promo', [], [
    turn(
      'BRSA 19 ans (jeune parent isole), peut faire la promo 16/18 ?',
      'eligibility',
      [NO, ['mineur', '16 a 18', '16-18', '16/18', '18 ans']],
      NOT_POSITIVE_PROMO,
    ),
  ]),
  c('b91-exactly-18', ['edge'], [
    turn(
      'jeune qui a 18 ans aujourd hui meme, sorti du lycee, rien depuis, promo encore possible ?',
      'eligibility',
      [[...NO, 'mineur']],
      NOT_POSITIVE_PROMO,
    ),
  ]),
  c('b91-are-not-rsa', ['edge'], [
    turn(
      'dem d emploi indemnise ARE, pas au rsa, suivi FT. je suis ref CD, je peux prescrire prepa ?',
      'eligibility',
      [['rsa'], FRANCE_TRAVAIL],
    ),
  ]),
  c('b91-rqth', [], [
    turn('BRSA avec RQTH suivie cap emploi, prepa comp ?', 'eligibility', [YES, ['rsa']], NOT_NEGATIVE),
  ]),
  c('b91-securing-training', ['rambling', 'two-questions'], [
    turn(
      'BRSA 45 ans, admise en formation qualifiante en septembre, elle a peur de pas suivre (pas fait d ecole depuis 25 ans), prepa quel volet et cmb de jours ?',
      'eligibility',
      [['volet 2', 'securis'], VOLET2_DURATION],
    ),
  ]),
  c('b91-ml-young-parents', ['follow-up'], [
    turn(
      'jeune 17 ans suivi ML, sorti du lycee en 1ere, ne travaille pas, pas en formation. promo ?',
      'eligibility',
      [YES],
      NOT_NEGATIVE,
    ),
    turn('faut l accord des parents ?', 'eligibility', [['autorisation', 'parent']]),
  ]),
  c('b91-unclear-project', ['follow-up'], [
    turn(
      'BRSA 30 ans, projet pas clair du tout, hesite entre 3 metiers',
      'eligibility',
      [['volet 1', 'consolider', 'projet'], VOLET1_DURATION],
    ),
    turn(
      'elle est suivie par FT aussi, ca bloque ?',
      'eligibility',
      [['inscrit', 'ne bloque pas', 'pas un obstacle', 'aucun probleme', 'pas de probleme', 'empeche pas', 'pas bloquant']],
    ),
  ]),
  c('b91-pec-not-rsa', ['edge'], [
    turn(
      'jeune de 24 ans en PEC prescrit par la ML, pas au RSA, comp pec ok pour lui ?',
      'eligibility',
      [YES, [...MISSION_LOCALE, ...FRANCE_TRAVAIL, 'cap emploi']],
    ),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b91-rsa-amount', [], [
    turn('c combien le RSA pour une personne seule en 2027 ?', 'out_of_scope', [SILENT]),
  ]),
  c('b91-prime-activite', [], [
    turn('la prime d activite elle la garde si elle entre en formation ?', 'out_of_scope', [SILENT]),
  ]),
  c('b91-driving-licence', [], [
    turn('vous financez le permis B pour les jeunes de la promo ?', 'out_of_scope', [SILENT]),
  ]),
  c('b91-cpf', [], [
    turn('elle peut utiliser son CPF pour completer apres prepa ?', 'out_of_scope', [SILENT]),
  ]),
  c('b91-pec-employer-aid', [], [
    turn('quel est le montant de l aide a l embauche PEC pour l employeur ?', 'out_of_scope', [SILENT]),
  ]),
  c('b91-childcare', [], [
    turn(
      'garde d enfants pendant prepa comp, c qui qui paie ?',
      'out_of_scope',
      [[...SILENT, 'conditions materielles']],
    ),
  ]),
  c('b91-weather', [], [
    turn('il va pleuvoir demain a montauban ?', 'out_of_scope', [[...SILENT, 'ne peux pas', 'uniquement', 'seulement']]),
  ]),
  c('b91-housing-canteen', ['two-questions'], [
    turn(
      'l afpa fait hebergement pour les stagiaires ? et le resto c combien le repas ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b91-aah', [], [
    turn('AAH compatible avec prepa comp ?', 'out_of_scope', [SILENT]),
  ]),
  c('b91-travel-costs', [], [
    turn(
      'frais de deplacement pour aller a l info coll de castel, rembourses par qui ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b91-coordinator', [], [
    turn('qui est le coordo departemental des dispositifs cote AFPA ?', 'contact', [['vella'], ['directeur']]),
  ]),
  c('b91-deployment', [], [
    turn(
      'qui s occupe du deploiement de prepa comp a l afpa ?',
      'contact',
      [['battedou'], ['responsable accompagnement', 'accompagnement et parcours']],
    ),
  ]),
  c('b91-battedou-phone-then-role', ['follow-up'], [
    turn('le num de tel de Fabienne Battedou ?', 'contact', [NO_DETAILS]),
    turn('et son role exact ?', 'contact', [['responsable accompagnement', 'accompagnement et parcours']]),
  ]),
  c('b91-art-3-department', ['article'], [
    turn('qui suit l accord pour le departement ? art 3', 'contact', [['weill'], ['president']]),
  ]),
  c('b91-experiment-referent', ['edge'], [
    turn(
      'c qui le referent de l experimentation cote CD ?',
      'contact',
      [[...SILENT, 'designe', 'nomme pas', 'pas nomme', 'pas de nom', 'aucun nom']],
    ),
  ]),
  c('b91-panda-habilitation', [], [
    turn('qui m habilite sur panda ?', 'contact', [['afpa', 'a.f.p.a'], ['habilit']]),
  ]),
  c('b91-vella-and-battedou', ['two-questions'], [
    turn(
      'qui est eric vella et c quoi le role de fabienne battedou ?',
      'contact',
      [['directeur'], ['responsable accompagnement', 'accompagnement et parcours', 'deploiement']],
    ),
  ]),
  c('b91-national-copil', ['two-questions'], [
    turn(
      'le comite de pilotage national il est pilote par qui et il se reunit tous les cmb ?',
      'contact',
      [['dgefp', 'd.g.e.f.p'], ['trimestr', 'tous les 3 mois', 'tous les trois mois']],
    ),
  ]),
  c('b91-vella-mail-then-role', ['follow-up'], [
    turn('le mail d eric vella ?', 'contact', [NO_DETAILS]),
    turn('il est quoi deja comme fonction ?', 'contact', [['directeur']]),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b91-targets-one-by-one', ['follow-up'], [
    turn('objectif 2022 prepa comp ?', 'figures', [figure(30, 'trente')]),
    turn('et PEC ?', 'figures', [figure(50, 'cinquante')]),
    turn('et la promo ?', 'figures', [figure(10, 'dix')]),
  ]),
  c('b91-targets-2022-and-2023', ['two-questions', 'edge'], [
    turn(
      'objectifs 2022 des 3 dispositifs svp, et ceux de 2023 ?',
      'figures',
      [
        figure(30, 'trente'),
        figure(50, 'cinquante'),
        figure(10, 'dix'),
        [...SILENT, 'uniquement', 'seulement', 'que pour 2022', 'pas d objectif', 'aucun objectif', 'pas d’objectif'],
      ],
    ),
  ]),
  c('b91-entries-so-far', ['follow-up'], [
    turn('combien de BRSA entres en prepa comp a ce jour ?', 'figures', [NOT_AVAILABLE]),
    turn('et l objectif c etait combien deja ?', 'figures', [figure(30, 'trente')]),
  ]),
  c('b91-promo-national', ['two-questions'], [
    turn(
      'la promo au niveau national c combien de jeunes et quel taux de sorties positives vise ?',
      'figures',
      [
        ['35 000', '35\u00a0000', '35\u202f000', '35000', '35.000', 'trente-cinq mille'],
        ['70 %', '70%', '70\u00a0%', '70\u202f%', '70 pour'],
      ],
    ),
  ]),
  c('b91-employment-rate', [], [
    turn('taux de sortie emploi des BRSA passes par l afpa ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b91-indicators-2-1-3', ['article'], [
    turn(
      'indicateurs de l action 2.1.3 ?',
      'figures',
      [['volet 1', 'volets 1'], ['atelier'], ['engagement', 'construction']],
    ),
  ]),
  c('b91-reporting-frequency', ['two-questions'], [
    turn(
      'tableau de bord DGEFP envoye a quelle frequence ? et les bilans ?',
      'figures',
      [['mensuel', 'chaque mois', 'tous les mois'], ['trimestr', 'annuel']],
    ),
  ]),
  c('b91-ase-target-vs-actual', ['two-questions'], [
    turn(
      'combien de jeunes ASE orientes vers la promo cette annee, et l objectif c etait quoi ?',
      'figures',
      [figure(10, 'dix'), NOT_AVAILABLE],
    ),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b91-prescribe-prepa', [], [
    turn('je veux prescrire prepa comp pour mme D., BRSA', 'prescribe', [FORM]),
  ]),
  c('b91-enrol-promo', [], [
    turn('comment on inscrit un jeune sur la promo 1618 ?', 'prescribe', [['panda'], ['invit', 'inscri']]),
  ]),
  c('b91-pec-employer-agreement', [], [
    turn('pour prescrire comp pec faut l accord de l employeur ?', 'prescribe', [['employeur'], ['accord']]),
  ]),
  c('b91-steps-before', [], [
    turn(
      'les etapes avant de prescrire prepa, je veux etre sure de rien oublier',
      'prescribe',
      [['adhesion', 'accord de la personne', 'consentement'], ['panda', 'inscri'], ['mobilite', 'garde', 'conditions materielles']],
    ),
  ]),
  c('b91-direct-or-ft', [], [
    turn('je peux prescrire en direct ou faut passer par FT ?', 'prescribe', [['directement', 'direct']]),
  ]),
  c('b91-prescribe-then-cancel', ['follow-up'], [
    turn('prescrire stp', 'prescribe', [['formulaire', 'quel dispositif', 'dispositif', 'panda']]),
    turn('annule', 'other', [CANCEL]),
  ]),
  c('b91-prescribe-session-18', ['two-questions'], [
    turn(
      'prescription prepa volet 1 pour la session du lundi 18, il reste des places ? et je fais comment ?',
      'prescribe',
      [seats(6), FORM],
    ),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b91-hello', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']])]),
  c('b91-what-can-you-do', [], [turn('tu sais faire quoi ?', 'other', [HELP])]),
  c('b91-thanks', [], [
    turn('merci !!', 'other', [['de rien', 'avec plaisir', 'je vous en prie', 'bonne journee', 'a votre service', 'hesitez']]),
  ]),
  c('b91-hello-then-prepa', ['follow-up'], [
    turn('salut', 'other', [['bonjour', 'salut', 'hello', 'bienvenue']]),
    turn('c koi prepa comp en 2 mots', 'dispositif', [['projet', 'formation'], ['rsa', 'eloign', 'emploi', ...PREPA_DURATION]]),
  ]),
];
