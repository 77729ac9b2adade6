/**
 * Sixty-fifth blind set. Who speaks: référents insertion and travailleurs sociaux of the
 * Département (CD82) in a Teams chat — new ones who do not know the programmes' names and
 * describe what they need in plain words, experienced ones who type nothing but acronyms
 * (prépa comp, PEC, 1618, BRSA, FT, ML, ASE, RQTH, info coll, JPO), and a pilot of the
 * steering committee asking for figures and the agreement's dates. They write as in Teams:
 * no accents, typos, SMS style, rambling messages with the question buried inside, two
 * questions at once, follow-ups that only make sense after the previous turn.
 *
 * Written blind, from the agreement between the Département de Tarn-et-Garonne and AFPA
 * (with its 2022-2023 action plan and the protocol of the three programmes), the product
 * guide and the agenda fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris),
 * without looking at the bot's code or at any other set. Where the agreement is silent,
 * the expected answer says so and invents nothing.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case: its tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every way an apostrophe may be typed: ' ’ or left out as a space. */
function apo(...words: string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, w.replace(/'/g, '’'), w.replace(/'/g, ' ')]))];
}

// ── Names and facts of the agreement, as alternatives ─────────────────────────

const PREPA = ['prepa competences', 'prepa-competences', 'prepa comp'];
const PEC_NAME = ['competences pec', 'competences p.e.c', 'competences – p.e.c', 'competences - p.e.c', 'competences-pec'];
const PROMO = ['promo 16', 'promo1618', 'promo 1618', 'promo16'];

const PREPA_DURATION = ['2 a 8 jours', '2 et 8 jours', '2 a 8 j', 'deux a huit jours', '2 jours a 8 jours', '2 a 8 jours maxi'];
const VOLET1_DURATION = ['5 a 6 jours', '5 et 6 jours', 'cinq a six jours', '5 a 6 j', '5-6 jours', '5 ou 6 jours'];
const VOLET2_DURATION = ['4 a 8 jours', '4 et 8 jours', 'quatre a huit jours', '4 a 8 j', '4-8 jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 journees', 'cinq journees'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const ON_SITE = ['presentiel', 'sur place', 'dans le centre', 'au centre'];
const REMOTE = ['distance', 'distanciel', 'distantiel'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = ['delocalis', 'ensemble du departement', 'tout le departement', 'dans le departement', 'autres communes'];

const RSA = ['rsa', 'r.s.a'];
const FREE = [
  ...apo('sans contrepartie', 'gratuit', 'aucun cout', 'pas de cout', 'rien a payer', 'ne coute rien', 'aucune contrepartie'),
  ...apo('pas de contrepartie', "finance par l'etat", "pris en charge par l'etat", "prise en charge par l'etat", 'sans frais'),
];
const STATE = ['etat'];
const PIC = [...apo("plan d'investissement", 'investissement dans les competences'), 'pic', 'p.i.c'];
const BILAN = ['bilan individuel', 'bilan'];
const REFERENT = ['referent', 'conseiller'];
const VAE = ['vae', 'v.a.e', 'validation des acquis'];
const RSFP = ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'];
const CLEA = ['clea'];
const ML = ['mission locale', 'missions locales'];
const EMPLOYER = ['employeur'];
const PARENTS = ['autorisation parentale', 'autorisations parentales', 'parents', 'parental'];

const END_OF_ENTRIES = ['31 decembre 2022', '31/12/2022', '2022-12-31', '31 dec 2022', '31 dec. 2022', 'fin 2022'];
const END_OF_PARCOURS = ['30 avril 2023', '30/04/2023', '2023-04-30', '30 avr 2023', '30 avr. 2023'];
const TWO_YEARS = ['2 ans', 'deux ans', '24 mois', '31 decembre 2023', '31/12/2023', 'fin 2023'];
const AVENANT = ['avenant'];

const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const WEILL = ['weill'];
const DIRECTOR = ['directeur', 'coordonnateur', 'coordinateur'];
const RAP = ['responsable accompagnement', 'accompagnement et parcours', 'deploiement'];
const DGEFP = ['dgefp', 'd.g.e.f.p', 'delegation generale a l emploi', 'délégation générale à l’emploi'];

const TARGET_30 = [' 30 ', '30 allocataires', '30 personnes', '30 beneficiaires', 'trente', ': 30', '30 entrees'];
const TARGET_50 = [' 50 ', '50 allocataires', '50 personnes', '50 beneficiaires', 'cinquante', ': 50', '50 entrees'];
const TARGET_10 = [' 10 ', '10 jeunes', '10 personnes', 'dix', ': 10', '10 orientations'];

/** The agreement (or the data at hand) does not say: many wordings. */
const NOT_COVERED = [
  ...apo('ne prevoit pas', 'ne dit rien', 'ne precise pas', 'hors', 'pas prevu', 'ne couvre pas', 'aucune information'),
  ...apo('ne traite pas', 'ne mentionne pas', "pas d'information", 'ne concerne pas', 'ne porte pas', 'ne parle pas'),
  ...apo('ne figure pas', 'pas couvert', 'non couvert', 'ne fixe pas', 'ne donne pas', 'rien dans', 'ne contient pas'),
  ...apo('pas mentionne', "n'en parle pas", 'ne le precise pas', 'pas traite', "pas dans l'accord", 'ne sais pas'),
  ...apo('ne prevoient pas', 'aucune mention', "pas d'element", 'aucun element', 'ne indique pas', "n'indique pas"),
  ...apo('ne peux pas repondre', 'pas en mesure', "je n'ai pas", 'rien de prevu', 'ne repond pas', 'ne permet pas de'),
];
/** Something outside the bot's field: it says so, or says what it can do instead. */
const OUT_OF_FIELD = [...NOT_COVERED, ...apo('je ne peux pas', 'je peux vous renseigner', 'je peux repondre', 'je reponds', 'uniquement', 'seulement')];
/** Figures not yet there. */
const NOT_AVAILABLE = [
  ...NOT_COVERED,
  ...apo('pas encore', 'pas disponible', 'non disponible', 'indisponible', 'aucune donnee', 'aucun chiffre', 'pas de donnee'),
  ...apo('pas de chiffre', 'aucune entree', 'aucune prescription', 'ne dispose pas', 'aucun', ' 0 ', 'pas connu', 'pas de resultat'),
];

const YES = [
  'eligible', 'peut beneficier', 'peut en beneficier', 'peut y acceder', 'peut acceder', 'peut entrer', 'peut integrer',
  'peut suivre', 'peut etre oriente', 'peut etre orientee', 'peut etre prescrit', 'peut etre prescrite', 'oui',
  'correspond', 'rentre dans', 'entre dans', 'remplit', 'possible', 'peut faire', 'peut y entrer',
];
const NO = [
  ...apo('pas eligible', 'non eligible', 'ineligible', 'ne peut pas', 'pas possible', 'non,', 'non.', 'non :', 'ne rentre pas'),
  ...apo('ne correspond pas', 'pas accessible', 'ne remplit pas', 'trop jeune', 'pas concerne', 'exclu', 'reserve aux'),
  ...apo('reservee aux', 'uniquement', 'seulement', "n'est pas ouvert", "n'est pas ouverte", 'pas ouvert', "n'entre pas"),
  ...apo('ne pourra pas', 'pas pour', 'pas le cas', 'ne releve pas', "n'y a pas droit", 'il faut'),
];
/** A positive verdict, for someone eligible to nothing asked. */
const NOT_YES = [...apo('est bien eligible', 'oui, il', 'oui, elle', 'oui il ', 'oui elle ', 'remplit les conditions', 'remplit bien')];

const FORM = [
  'formulaire', 'fiche de prescription', 'adhesion', 'panda', 'remplir', 'remplissez', 'renseign', 'saisir', 'saisie',
  'completez', 'compléter', 'inscri',
];
const CANCEL = [
  ...apo('annul', 'abandon', 'arret', "c'est note", 'entendu', 'pas de souci', 'pas de probleme', 'tres bien', "d'accord"),
  'ok',
];
const GREETING = ['bonjour', 'salut', 'hello', 'bienvenue', 'bonsoir'];
const HELP_PROGRAMMES = ['dispositif', 'prepa', 'promo', 'competences pec', 'programme'];
const HELP_ACTIONS = ['agenda', 'evenement', 'prescri', 'eligib', 'jpo', 'calendrier', 'places'];
const THANKS = [...apo('avec plaisir', 'de rien', 'je vous en prie', 'bonne', "n'hesitez", 'a votre service', 'plaisir', 'a bientot')];

const FULL = ['complet', ' 0 place', 'aucune place', 'plus de place', 'pas de place', 'places : 0', 'places disponibles : 0', 'place(s) : 0'];
const TIME_0930 = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const TIME_1400 = ['14h', '14 h', '14:00'];
const MIXED = ['mixte', 'hybride', 'presentiel et a distance', 'distance et presentiel', 'presentiel et distanciel', 'distanciel et presentiel'];

// ── The set ─────────────────────────────────────────────────────────────────

export const SIXTY_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif: facts of the three programmes ────────────────────────────
  c('b65-dispo-01', ['acronyms', 'two-questions'], [
    turn('c koi prepa comp et c pour qui ?', 'dispositif', [RSA, ['projet', 'formation']], ['13 semaines']),
  ]),
  c('b65-dispo-02', ['newcomer', 'rambling', 'two-questions'], [
    turn(
      "bjr, je suis nouvelle au service insertion depuis lundi, on m'a parle d'un truc de l'afpa pour aider les gens au rsa a voir si leur projet de formation tient la route avant de se lancer, ca s'appelle comment deja et ca dure combien ?",
      'dispositif',
      [PREPA, [...VOLET1_DURATION, ...PREPA_DURATION]],
      ['13 semaines'],
    ),
  ]),
  c('b65-dispo-03', ['acronyms'], [
    turn('prepa comp volet 1 volet 2 c koi la diff', 'dispositif', [['projet'], ['securis', 'entree en formation'], VOLET1_DURATION, VOLET2_DURATION]),
  ]),
  c('b65-dispo-04', ['acronyms'], [
    turn('comp pec ca debouche sur quoi comme certif', 'dispositif', [VAE, RSFP, CLEA]),
  ]),
  c('b65-dispo-05', ['acronyms', 'two-questions'], [
    turn('la promo 1618 c combien de temps et c a distance ou pas ?', 'dispositif', [PROMO_DURATION, [...ON_SITE, 'lundi']], PREPA_DURATION),
  ]),
  c('b65-dispo-06', ['acronyms'], [
    turn('c payant pour le CD la prepa ? on a pas de budget', 'dispositif', [FREE], ['€', 'euros']),
  ]),
  c('b65-dispo-07', ['pilot'], [
    turn('Qui finance les dispositifs Prépa Compétences et Compétences PEC pour nos allocataires ?', 'dispositif', [STATE, PIC], ['€']),
  ]),
  c('b65-dispo-08', ['acronyms', 'silent'], [
    turn('les BRSA sont remuneres pendant la prepa comp ?', 'dispositif', [NOT_COVERED], ['€', 'euros']),
  ]),
  c('b65-dispo-09', ['typos'], [
    turn('c ou la prepa, faut forcement aller a montauban ? mon monsieur est a lauzerte sans voiture', 'dispositif', [[...MONTAUBAN, ...DELOCALISED], [...REMOTE, ...DELOCALISED]]),
  ]),
  c('b65-dispo-10', ['acronyms'], [
    turn('le bilan a la fin de prepa comp on le recoit nous ?', 'dispositif', [BILAN, [...REFERENT, 'oui', 'vous']]),
  ]),
  c('b65-dispo-11', ['acronyms'], [
    turn('les phases de la promo 1618 ?', 'dispositif', [['engagement'], ['construction'], ['preparation de la suite', 'suite']], PREPA_DURATION),
  ]),
  c('b65-dispo-12', ['sms'], [
    turn('apres la promo 1618 y a un suivi des jeunes ou ils sont lachés dans la nature ?', 'dispositif', [['6 mois', 'six mois'], ML]),
  ]),
  c('b65-dispo-13', ['newcomer', 'two-questions'], [
    turn("la promo 16/18 c'est pour quels jeunes exactement et quel age ?", 'dispositif', [['decroch', 'quitte', 'pas en formation', 'ni en formation', 'ne travaillent pas', 'sans emploi', 'ni emploi', 'ni en emploi'], ['16 ans', '16 a 18 ans', '16 et 17 ans', '16-17 ans', 'mineur', '16 a 18']]),
  ]),
  c('b65-dispo-14', ['rambling'], [
    turn(
      "alors j'ai une dame qui a signe un PEC a la mairie de negrepelisse il y a 3 semaines et l'employeur est plutot partant mais je me demande si c'est pas trop tot pour comp pec, faut attendre la fin du contrat ou pas ?",
      'dispositif',
      [['signature', 'premiers mois', 'debut', 'des maintenant', 'tout de suite', 'immediatement']],
    ),
  ]),
  c('b65-dispo-15', ['newcomer', 'rambling'], [
    turn(
      "j'accompagne un monsieur arrive d'afghanistan il y a un an, au RSA, motive mais il parle tres peu francais, est-ce que l'afpa a quelque chose pour lui pour apprendre le francais du travail ?",
      'dispositif',
      [['francais a visee professionnelle', 'francais langue etrangere', 'fle', 'visee professionnelle']],
    ),
  ]),
  c('b65-dispo-16', ['pilot', 'two-questions', 'dates'], [
    turn("L'accord avec l'AFPA court jusqu'à quand ? Et peut-on le prolonger ?", 'dispositif', [TWO_YEARS, AVENANT]),
  ]),
  c('b65-dispo-17', ['pilot', 'two-questions', 'dates'], [
    turn("Quelle était la date limite d'entrée des allocataires sur la campagne, et la date de fin des parcours ?", 'dispositif', [END_OF_ENTRIES, END_OF_PARCOURS]),
  ]),
  c('b65-dispo-18', ['pilot', 'two-questions'], [
    turn('Qui reçoit les tableaux de bord des dispositifs et à quel rythme ?', 'dispositif', [DGEFP, ['mensuel', 'chaque mois', 'tous les mois', 'par mois']]),
  ]),
  c('b65-dispo-19', ['acronyms', 'silent'], [
    turn('on recoit un bilan indiv a la fin de la promo 1618 comme pour prepa ?', 'dispositif', [[...NOT_COVERED, 'mission locale', 'missions locales', 'prepa competences']]),
  ]),

  // dispositif, follow-ups
  c('b65-dispo-20', ['acronyms', 'follow-up'], [
    turn('c quoi comp pec', 'dispositif', [['parcours emploi competences', 'pec', 'p.e.c'], [...VAE, 'certification', 'valoris']]),
    turn('ca dure cmb', 'dispositif', [PEC_DURATION], ['13 semaines', ...PREPA_DURATION]),
    turn('et c ou ?', 'dispositif', [[...MONTAUBAN, ...REMOTE]]),
  ]),
  c('b65-dispo-21', ['acronyms', 'follow-up'], [
    turn('prepa comp c combien de temps', 'dispositif', [PREPA_DURATION], ['13 semaines']),
    turn('et la promo ?', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
  ]),
  c('b65-dispo-22', ['newcomer', 'follow-up'], [
    turn("c'est quoi le volet 1 de la prepa", 'dispositif', [['projet'], VOLET1_DURATION]),
    turn('et le 2 ?', 'dispositif', [['securis', 'entree en formation', 'reussite'], VOLET2_DURATION]),
  ]),
  c('b65-dispo-23', ['acronyms', 'follow-up'], [
    turn('promo 1618 c quoi le contenu', 'dispositif', [['atelier', 'metiers', 'projet', 'autonomie', 'confiance', 'open badge']]),
    turn('ca dure cmb au total', 'dispositif', [PROMO_DURATION], PREPA_DURATION),
  ]),

  // ── agenda: against the fixture ──────────────────────────────────────────
  c('b65-agenda-01', ['acronyms'], [
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07')),
  ]),
  c('b65-agenda-02', ['acronyms', 'follow-up'], [
    turn('c quand la prochaine jpo', 'agenda', [on('2027-02-03'), MONTAUBAN], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-01-07')),
  ]),
  c('b65-agenda-03', ['acronyms', 'follow-up'], [
    turn('info coll prepa sur castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-03-04')),
    turn('il reste de la place ?', 'agenda', [seats(12)]),
  ]),
  c('b65-agenda-04', ['typos'], [
    turn('kelk chose cette semaine a l afpa ?', 'agenda', [on('2027-01-14')], [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')]),
  ]),
  c('b65-agenda-05', ['sms'], [
    turn('semaine pro y a quoi comme evenements', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')]),
  ]),
  c('b65-agenda-06', ['two-questions'], [
    turn('visite plateau soudure c quand et il y a combien de places ?', 'agenda', [on('2027-01-19'), seats(8)], notOn('2027-03-10')),
  ]),
  c('b65-agenda-07', ['newcomer'], [
    turn("j'ai plusieurs allocataires interesses par les metiers de l'entrepot, il y a une reunion pour leur presenter ?", 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
  ]),
  c('b65-agenda-08', ['acronyms', 'follow-up'], [
    turn('y a une reu metiers batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
    turn('ca commence a quelle heure', 'agenda', [TIME_1400]),
  ]),
  c('b65-agenda-09', ['acronyms'], [
    turn('prochaine entree prepa volet 2 avec de la place', 'agenda', [on('2027-02-15'), ['castelsarrasin']]),
  ]),
  c('b65-agenda-10', ['acronyms', 'follow-up'], [
    turn("dates d'entree prepa volet 1 ?", 'agenda', [on('2027-01-18'), on('2027-02-08'), on('2027-03-08')], [...notOn('2027-02-15'), ...notOn('2027-01-25')]),
    turn('y en a une a distance ?', 'agenda', [on('2027-02-08'), REMOTE]),
  ]),
  c('b65-agenda-11', ['two-questions'], [
    turn('prepa comp a moissac c possible ? c en presentiel ?', 'agenda', [on('2027-03-08'), ['moissac'], MIXED]),
  ]),
  c('b65-agenda-12', ['acronyms', 'two-questions'], [
    turn('atelier 3 comp pec c quand et ya combien de places', 'agenda', [on('2027-02-10'), seats(6)], notOn('2027-01-20')),
  ]),
  c('b65-agenda-13', ['acronyms', 'follow-up'], [
    turn('promo 1618 prochaine rentree ?', 'agenda', [on('2027-02-01'), MONTAUBAN]),
    turn("et il y a une reunion d'info pour les parents avant ?", 'agenda', [on('2027-03-17')]),
  ]),
  c('b65-agenda-14', ['follow-up'], [
    turn('des places en formation soudeur en ce moment ?', 'agenda', [seats(4), on('2027-02-01')], ['cariste', 'plaquiste']),
    turn('et macon ?', 'agenda', [seats(3), on('2027-02-15')], ['cariste', 'plaquiste']),
  ]),
  c('b65-agenda-15', ['sms'], [
    turn('plaquiste il reste de la place ??', 'agenda', [FULL]),
  ]),
  c('b65-agenda-16', ['two-questions'], [
    turn("t'as une formation dans la restauration ? c'est ou ?", 'agenda', [['caussade'], seats(4)]),
  ]),
  c('b65-agenda-17', ['newcomer'], [
    turn("qu'est-ce qui est prevu en fevrier comme evenements ?", 'agenda', [on('2027-02-03'), on('2027-02-09'), on('2027-02-23')], [...notOn('2027-01-14'), ...notOn('2027-03-04')]),
  ]),
  c('b65-agenda-18', ['acronyms'], [
    turn('info coll PEC ?', 'agenda', [on('2027-02-09'), ['moissac']], [...notOn('2027-01-14'), ...notOn('2027-01-21')]),
  ]),
  c('b65-agenda-19', ['two-questions'], [
    turn('visite atelier electricite c quand ? et la formation electricien il reste cmb de places', 'agenda', [on('2027-03-10'), seats(2)]),
  ]),
  c('b65-agenda-20', ['follow-up'], [
    turn('vous avez des sessions prepa en presentiel a montauban ?', 'agenda', [on('2027-01-18'), MONTAUBAN]),
    turn('et celle du 25 janvier ?', 'agenda', [FULL]),
  ]),
  c('b65-agenda-21', ['acronyms', 'follow-up'], [
    turn("l'info coll de jeudi c a quelle heure ?", 'agenda', [TIME_0930]),
    turn('il reste de la place ?', 'agenda', [seats(15)]),
  ]),
  c('b65-agenda-22', ['newcomer', 'not-in-agenda'], [
    turn('est-ce que vous avez des places en formation aide-soignant ?', 'agenda', [[...NOT_COVERED, ...apo('aucune', 'pas de', 'rien', 'pas trouve', 'ne trouve', 'aucun', "n'ai pas", 'ne propose pas')]], ['aide-soignant : ']),
  ]),

  // ── eligibility: a person described, the verdict per the agreement ───────
  c('b65-elig-01', ['acronyms', 'rambling'], [
    turn(
      "BRSA 45 ans non inscrite FT, elle veut faire une formation d'aide a domicile mais elle doute de ses capacites, ca rentre dans prepa comp ?",
      'eligibility',
      [YES, PREPA],
    ),
  ]),
  c('b65-elig-02', ['acronyms'], [
    turn('jeune ASE 17 ans a lache le lycee en novembre, fait rien depuis, promo 1618 possible ?', 'eligibility', [YES, PROMO]),
  ]),
  c('b65-elig-03', ['acronyms'], [
    turn('jeune ASE de 15 ans decrocheuse, on peut la mettre en promo 1618 ?', 'eligibility', [NO, ['16 ans', '16 a 18', 'mineur', 'trop jeune', 'age']], NOT_YES),
  ]),
  c('b65-elig-04', ['acronyms'], [
    turn('mr 22 ans suivi ML, pas de rsa, il peut faire la promo 1618 ?', 'eligibility', [NO, ['mineur', '16', '18 ans']], NOT_YES),
  ]),
  c('b65-elig-05', ['acronyms'], [
    turn('Mme en PEC depuis 2 mois dans une asso, BRSA, comp pec ok ?', 'eligibility', [YES, PEC_NAME]),
  ]),
  c('b65-elig-06', ['rambling'], [
    turn(
      "monsieur en CDI classique a temps partiel dans un supermarche avec un complement RSA, il voudrait faire reconnaitre son experience, je peux le mettre sur comp pec ?",
      'eligibility',
      [NO, ['contrat pec', 'parcours emploi competences', 'en pec', 'un pec', 'p.e.c']],
      NOT_YES,
    ),
  ]),
  c('b65-elig-07', ['acronyms'], [
    turn('17 ans en apprentissage depuis septembre, promo 1618 ?', 'eligibility', [NO, ['formation', 'apprentissage', 'emploi', 'travail', 'contrat']], NOT_YES),
  ]),
  c('b65-elig-08', ['newcomer'], [
    turn("une jeune de 16 ans, pas suivie par l'ASE, sortie de 3e sans rien, elle est suivie par la mission locale. est ce que le programme pour les jeunes decrocheurs est possible pour elle ?", 'eligibility', [YES, PROMO]),
  ]),
  c('b65-elig-09', ['acronyms', 'birth-date'], [
    turn('jeune ASE ne le 03/05/2010, decrocheur depuis la rentree, promo ?', 'eligibility', [YES, PROMO]),
  ]),
  c('b65-elig-10', ['acronyms', 'birth-date'], [
    turn('jeune ASE nee le 20/09/2011, plus au college depuis 2 mois, promo 1618 ?', 'eligibility', [NO, ['16', 'age', 'trop jeune', 'mineur']], NOT_YES),
  ]),
  c('b65-elig-11', ['rambling'], [
    turn(
      "une ado de 17 ans encore inscrite au lycee mais qui y va quasi plus, absenteisme massif, la famille est d'accord pour la promo 16/18, ca passe ?",
      'eligibility',
      [NO, ['scolaris', 'inscrite', 'lycee', 'quitte', 'decroch', 'formation']],
      NOT_YES,
    ),
  ]),
  c('b65-elig-12', ['newcomer', 'rambling'], [
    turn(
      "je suis une dame en accompagnement social au CD, elle n'a pas le RSA (ARE), inscrite a FT, elle voudrait faire la prepa comp, je peux la prescrire moi ?",
      'eligibility',
      [NO, ['pole emploi', 'france travail', ...RSA]],
    ),
  ]),
  c('b65-elig-13', ['acronyms', 'follow-up'], [
    turn("j'ai un jeune de 17 ans confie a l'ASE qui a quitte le lycee en juin, promo 1618 ?", 'eligibility', [YES, PROMO]),
    turn("qui signe l'autorisation parentale du coup, nous ou les parents ?", 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b65-elig-14', ['newcomer', 'follow-up'], [
    turn(
      "Mme BRSA 38 ans veut entrer en formation cariste mais a peur de pas tenir le rythme, y a un dispositif pour securiser son entree en formation ?",
      'eligibility',
      [PREPA, ['volet 2', 'securis']],
    ),
    turn('elle peut le faire a distance ? pas de voiture', 'dispositif', [REMOTE, ['oui', 'possible', 'peut']]),
  ]),
  c('b65-elig-15', ['acronyms', 'follow-up'], [
    turn("j'ai un BRSA qui vient de signer un PEC a la mairie, comp pec possible ?", 'eligibility', [YES, PEC_NAME]),
    turn('faut prevenir son employeur ?', 'prescribe', [EMPLOYER, ['accord', 'inform']]),
  ]),
  c('b65-elig-16', ['acronyms', 'follow-up'], [
    turn('BRSA 30 ans qui veut construire un projet pro, prepa ok ?', 'eligibility', [YES, PREPA]),
    turn('prochaine entree volet 1 ?', 'agenda', [on('2027-01-18'), MONTAUBAN], notOn('2027-02-15')),
    turn('ok je prescris', 'prescribe', [FORM]),
  ]),
  c('b65-elig-17', ['two-questions'], [
    turn('jeune ASE 16 ans, decrocheur, promo 1618 possible ? et il faut que les parents soient d accord ?', 'eligibility', [YES, PARENTS]),
  ]),

  // ── out_of_scope: the agreement does not cover it ────────────────────────
  c('b65-oos-01', ['acronyms'], [
    turn("l'afpa peut financer le permis B d'un BRSA ?", 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b65-oos-02', ['newcomer'], [
    turn("c'est combien le montant du RSA pour un couple avec 2 enfants ?", 'out_of_scope', [OUT_OF_FIELD], ['€']),
  ]),
  c('b65-oos-03', ['rambling'], [
    turn(
      "une de mes allocataires habite a 80 km de montauban, est-ce que l'afpa peut l'heberger pendant sa formation ?",
      'out_of_scope',
      [NOT_COVERED],
      ['€'],
    ),
  ]),
  c('b65-oos-04', ['acronyms'], [
    turn('le CEJ c compatible avec la promo 1618 ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b65-oos-05', ['acronyms'], [
    turn("y a une aide pour l'employeur PEC qui libere son salarie pour comp pec ?", 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b65-oos-06', ['other'], [
    turn('quel temps il fait demain a montauban', 'out_of_scope', [OUT_OF_FIELD], ['°']),
  ]),
  c('b65-oos-07', ['acronyms'], [
    turn('les frais de garde pendant la prepa c qui qui paye ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b65-oos-08', ['acronyms'], [
    turn('mon BRSA peut cumuler le RSA et une remuneration de stage ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b65-oos-09', ['pilot'], [
    turn('tu peux me donner le taux de chomage du 82 ?', 'out_of_scope', [OUT_OF_FIELD], ['%']),
  ]),
  c('b65-oos-10', ['rambling'], [
    turn(
      "question un peu a part : est-ce que l'afpa rembourse les frais de transport des stagiaires en prepa comp ? mon monsieur fait 40 km aller",
      'out_of_scope',
      [NOT_COVERED],
      ['€'],
    ),
  ]),

  // ── contact: section 6 of the protocol ───────────────────────────────────
  c('b65-contact-01', ['newcomer'], [
    turn("qui est le bon contact a l'afpa pour les prestations prepa / pec / promo ?", 'contact', [[...BATTEDOU, ...VELLA], [...RAP, ...DIRECTOR]]),
  ]),
  c('b65-contact-02', ['pilot'], [
    turn('Qui coordonne les dispositifs au niveau départemental ?', 'contact', [VELLA, DIRECTOR]),
  ]),
  c('b65-contact-03', ['follow-up'], [
    turn('le tel de Mme Battedou ?', 'contact', [[...NOT_COVERED, ...apo('pas de numero', 'aucun numero', 'pas le numero', 'ne dispose pas', 'ne communique pas', 'pas de coordonnees', 'aucune coordonnee', "n'ai pas")]], ['05 63', '0563', '+33']),
    turn('elle fait quoi exactement ?', 'contact', [RAP]),
  ]),
  c('b65-contact-04', ['pilot'], [
    turn("qui a signe l'accord pour le departement", 'contact', [WEILL, ['president']]),
  ]),
  c('b65-contact-05', ['pilot', 'two-questions'], [
    turn("qui suit l'accord cote afpa et cote CD ?", 'contact', [VELLA, [...WEILL, 'president', 'referent']]),
  ]),
  c('b65-contact-06', ['acronyms'], [
    turn("c qui le referent de l'experimentation au CD ?", 'contact', [[...apo('designe', 'ne nomme pas', 'pas nomme', 'ne precise pas', 'ne donne pas', 'non nomme', 'pas de nom', "n'est pas nomme")]]),
  ]),
  c('b65-contact-07', ['newcomer'], [
    turn("pour etre habilitee sur panda je m'adresse a qui ?", 'contact', [['afpa', ...BATTEDOU, ...VELLA], ['habilit']]),
  ]),
  c('b65-contact-08', ['follow-up'], [
    turn('qui coordonne les dispositifs a l afpa ?', 'contact', [VELLA]),
    turn('et pour le deploiement au quotidien ?', 'contact', [BATTEDOU]),
  ]),

  // ── figures: yearly targets, figures not yet there ───────────────────────
  c('b65-figures-01', ['pilot'], [
    turn('objectif prepa comp 2022 ?', 'figures', [TARGET_30]),
  ]),
  c('b65-figures-02', ['pilot'], [
    turn("Quels étaient les objectifs annuels du plan d'action pour les trois dispositifs ?", 'figures', [TARGET_30, TARGET_50, TARGET_10]),
  ]),
  c('b65-figures-03', ['pilot'], [
    turn('combien de jeunes ASE vises pour la promo 16/18 dans le plan d action', 'figures', [TARGET_10]),
  ]),
  c('b65-figures-04', ['pilot'], [
    turn('on en est ou des entrees prepa comp cette annee ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b65-figures-05', ['pilot', 'follow-up'], [
    turn('objectif comp pec ?', 'figures', [TARGET_50]),
    turn('et combien sont entres pour de vrai ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b65-figures-06', ['pilot'], [
    turn('taux de sortie emploi apres la prepa ?', 'figures', [NOT_AVAILABLE], ['%']),
  ]),
  c('b65-figures-07', ['pilot'], [
    turn('combien de BRSA sont venus aux JPO de l afpa ?', 'figures', [NOT_AVAILABLE]),
  ]),
  c('b65-figures-08', ['pilot'], [
    turn('la promo 16/18 vise quel taux de sorties positives ?', 'figures', [['70 %', '70%', '70 pour', 'soixante-dix']]),
  ]),
  c('b65-figures-09', ['pilot', 'follow-up'], [
    turn('objectif promo 1618 pour les jeunes ASE ?', 'figures', [TARGET_10]),
    turn('et la date limite des entrees pour ces objectifs ?', 'figures', [END_OF_ENTRIES]),
  ]),
  c('b65-figures-10', ['pilot', 'two-questions'], [
    turn('objectif comp pec et qui je contacte a l afpa pour le suivi ?', 'figures', [TARGET_50, [...VELLA, ...BATTEDOU]]),
  ]),

  // ── prescribe: the form or the steps ─────────────────────────────────────
  c('b65-prescribe-01', ['acronyms'], [
    turn('je veux prescrire une prepa comp', 'prescribe', [FORM]),
  ]),
  c('b65-prescribe-02', ['newcomer', 'two-questions'], [
    turn('comment on prescrit comp pec ? y a des etapes a respecter avec l employeur ?', 'prescribe', [['adhesion', 'accord'], EMPLOYER]),
  ]),
  c('b65-prescribe-03', ['acronyms'], [
    turn('je peux inscrire moi meme mes BRSA sur panda ?', 'prescribe', [['habilit'], ['oui', 'peu', 'inscri']]),
  ]),
  c('b65-prescribe-04', ['acronyms', 'follow-up'], [
    turn('prescrire promo 1618 pour un jeune ASE', 'prescribe', [FORM]),
    turn("faut l'accord des parents ?", 'dispositif', [PARENTS]),
  ]),
  c('b65-prescribe-05', ['acronyms'], [
    turn('orienter mme D. sur le volet 2 prepa qui commence le 15 fev a castel', 'prescribe', [FORM]),
  ]),
  c('b65-prescribe-06', ['newcomer'], [
    turn('avant de prescrire je dois faire quoi avec la personne ?', 'prescribe', [['adhesion', 'accord', 'inform'], ['mobilite', 'garde', 'conditions materielles']]),
  ]),
  c('b65-prescribe-07', ['follow-up', 'cancel'], [
    turn('je veux prescrire', 'prescribe', [[...FORM, 'quel dispositif', 'lequel', 'prepa']]),
    turn('laisse tomber', 'other', [CANCEL]),
  ]),
  c('b65-prescribe-08', ['rambling'], [
    turn(
      "bon j'ai vu mme L. ce matin, BRSA, elle est d'accord pour faire le point sur son projet avec l'afpa, on a regle la question de la garde du petit, comment je l'inscris ?",
      'prescribe',
      [FORM],
    ),
  ]),
  c('b65-prescribe-09', ['acronyms', 'two-questions'], [
    turn('je prescris comp pec pour un PEC mairie, c gratuit pour nous ?', 'prescribe', [FORM, FREE], ['€']),
  ]),

  // ── other: greetings, help, cancel ───────────────────────────────────────
  c('b65-other-01', ['greeting'], [turn('bonjour', 'other', [GREETING])]),
  c('b65-other-02', ['help'], [turn('aide', 'other', [HELP_PROGRAMMES, HELP_ACTIONS])]),
  c('b65-other-03', ['thanks'], [turn('merci !!', 'other', [THANKS])]),
  c('b65-other-04', ['help'], [turn('tu sers a quoi toi ?', 'other', [HELP_PROGRAMMES, HELP_ACTIONS])]),
  c('b65-other-05', ['cancel'], [turn('annuler', 'other', [CANCEL])]),
  c('b65-other-06', ['greeting', 'help', 'follow-up'], [
    turn('slt', 'other', [GREETING]),
    turn('tu peux faire quoi', 'other', [HELP_PROGRAMMES, HELP_ACTIONS]),
  ]),
  c('b65-other-07', ['thanks'], [turn('ok super merci bonne journee', 'other', [THANKS])]),
  c('b65-dispo-24', ['cross', 'follow-up'], [
    turn('c quoi la promo 1618', 'dispositif', [['decroch', 'quitte', 'pas en formation', 'ni en formation', 'mineur', '16 a 18', '16 ans']]),
    turn('prochaine session ?', 'agenda', [on('2027-02-01')], notOn('2027-01-18')),
  ]),
];
