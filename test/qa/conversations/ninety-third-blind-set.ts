/**
 * Ninety-third blind set. Who speaks: the AFPA Montauban coordinators and the Département's
 * pilots (CD82) checking the bot before recommending it to their teams, typing as référents
 * do in Teams (abbreviations, no accents, typos, SMS style, rambling, terse follow-ups).
 *
 * Written blind, from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, its action
 * plan and the protocol of the three programmes), the product guide and the agenda fixture
 * (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without reading the bot.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation whose tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Alternatives, each also with the typographic apostrophe. */
const ap = (...alternatives: string[]): string[] => [
  ...new Set(alternatives.flatMap((a) => [a, a.replace(/'/g, '’')])),
];

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DURATION = ap(
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  'de 2 à 8',
  'entre 2 et 8',
  '2-8 jours',
  '8 jours max',
);
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const VOLET1_DURATION = ['5 à 6 jours', '5 et 6 jours', 'cinq à six jours', 'cinq et six jours', '5-6 jours', '5 ou 6 jours', '5 à 6 j'];
const VOLET2_DURATION = ['4 à 8 jours', '4 et 8 jours', 'quatre à huit jours', 'quatre et huit jours', '4-8 jours', '4 à 8 j'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 j répartis'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = ap('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi jusqu', 'pas le vendredi', 'sauf le vendredi', 'lundi, mardi, mercredi et jeudi');
const ON_SITE = ['présentiel', 'sur place', 'au centre', 'dans le centre'];
const REMOTE = ap('à distance', 'distanciel', 'en distance', 'visio', 'classe virtuelle');
const MISSION_LOCALE = ap('mission locale', 'missions locales', 'c.i.o', 'cio ', 'cio)', 'cio,', "centre d'information et d'orientation");
const SIX_MONTHS = ['6 mois', 'six mois'];
const COST = ap(
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'sans coût',
  'rien à payer',
  'ne coûte rien',
  'sans frais',
  'aucun frais',
  'pas de frais',
  'financé par',
  'prise en charge par',
  'pris en charge par',
  "l'état",
  'pic',
  "plan d'investissement",
);
const DGEFP = ['dgefp', 'd.g.e.f.p', 'délégation générale à l’emploi', "délégation générale à l'emploi"];
const DDETSPP = ['ddetspp', 'd.d.e.t.s.p.p', 'ddets', 'd.d.e.t.s'];
const BILAN = ['bilan individuel', 'bilan du parcours', 'bilan de parcours', 'un bilan', 'le bilan'];
const PANDA = ['panda'];
const VELLA = ['vella'];
const BATTEDOU = ['battedou'];
const WEILL = ['weill'];
const RAP = ['responsable accompagnement et parcours', 'responsable accompagnement', 'accompagnement et parcours'];

/** The agreement (or the bot) does not cover it: many wordings accepted. */
const NOT_COVERED = ap(
  'ne prévoit pas',
  'ne prévoit rien',
  'ne dit rien',
  "n'en dit rien",
  'ne précise pas',
  'pas précisé',
  'hors',
  'pas prévu',
  'non prévu',
  "n'est pas prévu",
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  "pas d'information",
  'ne mentionne pas',
  'pas mentionné',
  'ne traite pas',
  'pas traité',
  'ne parle pas',
  'ne figure pas',
  'ne contient pas',
  'ne concerne pas',
  'ne porte pas',
  "n'aborde pas",
  "n'indique pas",
  'ne fixe pas',
  'ne donne pas',
  'ne détaille pas',
  'ne sais pas',
  'pas de réponse',
  'rien à ce sujet',
  "pas d'élément",
  'aucun élément',
  'ne permet pas de répondre',
  'je ne trouve pas',
  'ne traite que',
);

/** Indicators without a target or a figure yet. */
const NO_FIGURE = ap(
  'pas encore',
  'pas disponible',
  'non disponible',
  'indisponible',
  'aucune donnée',
  'pas de donnée',
  'ne dispose pas',
  'aucun chiffre',
  'pas de chiffre',
  'ne précise pas',
  'ne fixe pas',
  'ne prévoit pas',
  'ne dit rien',
  "pas d'objectif",
  'aucun objectif',
  'pas de cible',
  'aucune cible',
  'non chiffré',
  "n'est pas chiffré",
  'pas fixé',
  'non fixé',
  'pas de valeur',
  'pas de résultat',
  'aucun résultat',
  'à venir',
  'non renseigné',
  'pas renseigné',
  'aucun ',
);

const ELIGIBLE = ap(
  'éligible',
  'peut bénéficier',
  'peut en bénéficier',
  'peut entrer',
  'peut intégrer',
  'peut suivre',
  'peut faire',
  'peut y accéder',
  'peut accéder',
  'peut être orienté',
  'peut être orientée',
  'peut être prescrit',
  'peut être prescrite',
  'vous pouvez le prescrire',
  'vous pouvez la prescrire',
  'vous pouvez l’orienter',
  'a accès',
  'correspond',
  'entre dans',
  'rentre dans',
  'relève',
  'remplit',
);
const INELIGIBLE = ap(
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'ne pourra pas',
  'pas possible',
  'ne relève pas',
  'réservé',
  "n'est pas ouvert",
  'pas ouvert',
  'ne correspond pas',
  'ne remplit pas',
  'ne rentre pas',
  "n'entre pas",
  'exclu',
  'pas accessible',
  'trop âgé',
  'trop jeune',
  'pas concerné',
  'non concerné',
  'uniquement',
  'seulement',
);
/** What a positive verdict on this person would say. */
const SAYS_ELIGIBLE = ap(
  'il est éligible',
  'elle est éligible',
  'est bien éligible',
  'il peut en bénéficier',
  'elle peut en bénéficier',
  'il peut faire la promo',
  'elle peut faire la promo',
);
/** What a negative verdict on this person would say. */
const SAYS_INELIGIBLE = ap("n'est pas éligible", 'pas éligible', 'non éligible', 'inéligible');

const PRESCRIPTION_FORM = ap(
  'formulaire',
  'fiche de prescription',
  'panda',
  'adhésion',
  'remplir',
  'renseign',
  'étape',
  'inscri',
  'saisi',
);

// ── Agenda facts, as alternatives ───────────────────────────────────────────

const FULL = ap(
  'complet',
  'aucune place',
  'plus de place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  ' 0 place',
  'plus aucune',
  "il n'y a plus",
);
const MONTAUBAN = ['montauban'];
const MOISSAC = ['moissac'];
const CASTELSARRASIN = ['castelsarrasin'];
const CAUSSADE = ['caussade'];
const NINE_THIRTY = ['9h30', '9 h 30', '09:30', '9:30', '09h30'];
const TWO_PM = ['14h', '14 h', '14:00'];
const NINE_AM = ['9h', '9 h', '09:00', '9:00', '09h'];
const OTHER_THAN_LOGISTICS = ['soudeur', 'plaquiste', 'agent de propreté', 'agent de restauration', 'maçon'];
const OTHER_THAN_BUILDING = ['soudeur', 'cariste', 'agent de propreté', 'agent de restauration', 'préparateur de commandes'];

// ── The set ─────────────────────────────────────────────────────────────────

export const NINETY_THIRD_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b93-dispo-prepa-duree', ['sms'], [
    turn('prepa comp ca dure cb de tps', 'dispositif', [PREPA_DURATION, TWO_WEEKS], ['13 semaines', '3,5 jours']),
  ]),
  c('b93-dispo-prepa-volets-jours', ['two-questions'], [
    turn(
      'c koi la diff entre le volet 1 et le volet 2 de la prepa comp? et cb de jours chacun',
      'dispositif',
      [['consolid', 'projet professionnel', 'projet pro'], ['sécuris', 'entrée en formation'], VOLET1_DURATION, VOLET2_DURATION],
      ['13 semaines'],
    ),
  ]),
  c('b93-dispo-volet1-suivi', ['follow-up'], [
    turn('volet 1 prepa comp ca sert a quoi', 'dispositif', [['consolid', 'projet', 'diagnostic de faisabilité']]),
    turn('duree ?', 'dispositif', [VOLET1_DURATION], ['13 semaines', '4 à 8 jours']),
    turn('et le volet 2 ?', 'dispositif', [VOLET2_DURATION, ['sécuris', 'entrée en formation']], ['13 semaines']),
  ]),
  c('b93-dispo-pec-duree', ['sms', 'two-questions'], [
    turn(
      'competences PEC c combien de jours au total pour le salarie et ca debouche sur quoi a la fin',
      'dispositif',
      [PEC_DURATION, ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'clea', 'certification']],
      ['13 semaines', '2 à 8 jours'],
    ),
  ]),
  c('b93-dispo-pec-phases', ['follow-up'], [
    turn(
      'les phases de competences pec ca se passe comment concretement',
      'dispositif',
      [['5 phases', 'cinq phases', 'phase', 'étape'], ['vae', 'v.a.e', 'validation des acquis'], ['cléa', 'clea']],
      ['13 semaines'],
    ),
    turn('et la vae dedans ca prend cb de temps', 'dispositif', [['3,5 jours', '3.5 jours', 'trois jours et demi', '3 jours et demi', '3 étapes', 'trois étapes']]),
  ]),
  c('b93-dispo-pec-ateliers', [], [
    turn(
      'competences pec les ateliers de reconnaissance des acquis c combien et de quelle duree ?',
      'dispositif',
      [['6 ateliers', 'six ateliers'], ['demi-journée', 'demi journée', 'demi-journées']],
    ),
  ]),
  c('b93-dispo-promo-duree', ['follow-up', 'two-questions'], [
    turn('la promo 1618 ca dure combien et c en presentiel ?', 'dispositif', [PROMO_DURATION, ON_SITE], ['2 à 8 jours']),
    turn('et si le jeune a besoin de plus de temps entre les phases ?', 'dispositif', [PROMO_MAX]),
  ]),
  c('b93-dispo-promo-vendredi', ['sms'], [
    turn('la promo c tous les jours ? le vendredi aussi ?', 'dispositif', [MON_THU]),
  ]),
  c('b93-dispo-promo-distance', ['rambling'], [
    turn(
      'bonjour, j ai un jeune qui habite a Lauzerte sans voiture ni bus, est ce que la promo 16/18 peut se faire a distance pour lui ou c obligatoirement sur place ?',
      'dispositif',
      [ON_SITE],
    ),
  ]),
  c('b93-dispo-prepa-distance', [], [
    turn('prepa comp possible en distanciel pr une maman sans mode de garde ?', 'dispositif', [REMOTE]),
  ]),
  c('b93-dispo-promo-public-prescripteur', ['two-questions'], [
    turn(
      'la promo 1618 c pour quel public exactement et c qui oriente normalement ?',
      'dispositif',
      [['mineur', 'décroch', 'quitté', 'ne travaill', 'pas en formation', 'ni en formation', 'sans emploi', 'sortis'], MISSION_LOCALE],
    ),
  ]),
  c('b93-dispo-cout', ['sms'], [
    turn('ca coute cmb au CD une prescription prepa comp ?', 'dispositif', [COST], ['€']),
  ]),
  c('b93-dispo-remuneration', ['rambling'], [
    turn(
      'question qui revient tout le temps chez mes BRSA : pendant la prepa comp ils sont remuneres ? indemnites ? ou ils gardent juste le rsa',
      'dispositif',
      [NOT_COVERED],
      ['€'],
    ),
  ]),
  c('b93-dispo-bilan-fin', ['follow-up'], [
    turn('a la fin d une prepa comp on recoit un retour ?', 'dispositif', [BILAN]),
    turn('qui l envoie ?', 'dispositif', [['afpa']]),
    turn('et pour la promo ?', 'dispositif', [
      [...SIX_MONTHS, ...NOT_COVERED, 'pas de bilan', 'mission locale', 'missions locales'],
    ]),
  ]),
  c('b93-dispo-suivi-promo', ['sms'], [
    turn(
      'apres la promo le jeune est lache dans la nature ou ya un suivi ?',
      'dispositif',
      [SIX_MONTHS, ['mission locale', 'missions locales']],
    ),
  ]),
  c('b93-dispo-portefeuille', [], [
    turn('le portefeuille de competences c dans quel dispositif et c pour qui ?', 'dispositif', [['compétences pec', 'compétences p.e.c']]),
  ]),
  c('b93-dispo-lieux', ['two-questions'], [
    turn(
      'les dispositifs ils se font ou ? que sur montauban ou aussi ailleurs dans le 82 ?',
      'dispositif',
      [MONTAUBAN, ['délocalis', 'ensemble du département', 'tout le département', 'dans le département', 'ailleurs']],
    ),
  ]),
  c('b93-dispo-fle', ['rambling'], [
    turn(
      'jai une dame primo arrivante BRSA qui parle peu francais, elle veut bosser en cuisine, l afpa a un truc pour elle ?',
      'dispositif',
      [ap('français à visée professionnelle', 'français langue étrangère', 'fle ', '(fle)', 'langue française')],
    ),
  ]),
  c('b93-dispo-rsfp', ['two-questions'], [
    turn(
      'c quoi la rsfp et c pour qui',
      'dispositif',
      [['reconnaissance des savoir'], ['prérequis', 'pré-requis', 'pas accès à la vae', 'accéder directement', 'siae', 's.i.a.e']],
    ),
  ]),
  c('b93-dispo-panda', ['follow-up'], [
    turn('c quoi panda ?', 'dispositif', [['traçabilité', 'tracer', 'trace', 'suivi des parcours', 'plateforme']]),
    turn('qui saisit dedans ?', 'dispositif', [['référent', 'travailleur', 'habilit']]),
  ]),
  c('b93-dispo-accord-duree', ['follow-up'], [
    turn('l accord CD AFPA il est conclu pour combien de temps', 'dispositif', [['2 ans', 'deux ans']]),
    turn('et pour en sortir ?', 'dispositif', [['2 mois', 'deux mois']]),
  ]),
  c('b93-dispo-abandon', ['rambling'], [
    turn(
      'si un BRSA lache en cours de prepa (ca arrive souvent chez nous) il se passe quoi, qui est prevenu, on a un retour ?',
      'dispositif',
      [['abandon', 'assiduité', 'référent', ...NOT_COVERED]],
    ),
  ]),
  c('b93-dispo-reporting', ['two-questions'], [
    turn(
      'l afpa envoie quoi comme reporting et a qui ?',
      'dispositif',
      [DGEFP, ['mensuel', 'chaque mois', 'tous les mois', 'trimestriel', 'annuel', 'tableau de bord']],
    ),
  ]),
  c('b93-dispo-bilan-annuel', ['follow-up'], [
    turn('le bilan annuel par dispositif il part ou', 'dispositif', [DDETSPP]),
    turn('et les tableaux de bord ?', 'dispositif', [DGEFP]),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b93-ag-cette-semaine', ['follow-up'], [
    turn(
      'qu est ce qui se passe cette semaine a l afpa ?',
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
    ),
    turn('il reste de la place ?', 'agenda', [seats(15)]),
    turn('heure ?', 'agenda', [NINE_THIRTY]),
  ]),
  c('b93-ag-semaine-pro', ['follow-up'], [
    turn(
      'semaine pro ya quoi comme info coll ou visites',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-02-03')],
    ),
    turn('la visite c ou ?', 'agenda', [MONTAUBAN]),
    turn('places ?', 'agenda', [seats(8)]),
  ]),
  c('b93-ag-jpo', ['follow-up'], [
    turn('prochaine jpo ?', 'agenda', [on('2027-02-03'), MONTAUBAN], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], notOn('2027-01-07')),
  ]),
  c('b93-ag-castel', ['follow-up'], [
    turn(
      'info coll prepa a castelsarrasin c quand',
      'agenda',
      [on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-03-04')],
    ),
    turn('horaire ?', 'agenda', [TWO_PM]),
    turn('c ou exactement', 'agenda', [ap("maison de l'emploi")]),
  ]),
  c('b93-ag-valence', [], [
    turn('ya qqch de prevu sur valence d agen ?', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
  ]),
  c('b93-ag-caussade', ['two-questions'], [
    turn(
      'des choses a caussade prochainement ? reunions, formations... et c sur quel metier',
      'agenda',
      [on('2027-02-23'), ['bâtiment', 'restauration']],
    ),
  ]),
  c('b93-ag-reunion-logistique', ['follow-up'], [
    turn('reunion metier logistique quand', 'agenda', [on('2027-01-26'), MONTAUBAN], notOn('2027-02-23')),
    turn('et batiment ?', 'agenda', [on('2027-02-23'), CAUSSADE], notOn('2027-01-26')),
    turn('places ?', 'agenda', [seats(12)]),
  ]),
  c('b93-ag-visites-plateaux', [], [
    turn(
      'les visites de plateaux techniques prevues ?',
      'agenda',
      [on('2027-01-19'), on('2027-03-10')],
      [...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),
  c('b93-ag-promo-infocoll', ['follow-up'], [
    turn('info coll promo 1618 ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    turn('a quelle heure', 'agenda', [TWO_PM]),
  ]),
  c('b93-ag-pec-infocoll', [], [
    turn(
      'une info coll pour les salaries PEC et leurs employeurs c prevu qque part ?',
      'agenda',
      [on('2027-02-09'), MOISSAC],
      notOn('2027-01-14'),
    ),
  ]),
  c('b93-ag-fevrier', [], [
    turn(
      'tous les evenements de fevrier svp (jpo info coll reunions)',
      'agenda',
      [on('2027-02-03'), on('2027-02-09'), on('2027-02-23')],
      [...notOn('2027-01-21'), ...notOn('2027-03-04')],
    ),
  ]),
  c('b93-ag-entree-prepa-v1', ['follow-up'], [
    turn('prochaine entree prepa comp volet 1', 'agenda', [on('2027-01-18'), seats(6), MONTAUBAN]),
    turn('et a distance ?', 'agenda', [on('2027-02-08'), seats(8)]),
    turn('et a moissac ?', 'agenda', [on('2027-03-08')], notOn('2027-02-08')),
  ]),
  c('b93-ag-v2-complet', ['follow-up'], [
    turn('session prepa volet 2 du 25 janvier il reste de la place ?', 'agenda', [FULL]),
    turn('la suivante ?', 'agenda', [on('2027-02-15'), CASTELSARRASIN, seats(5)]),
  ]),
  c('b93-ag-pec-entrees', ['follow-up'], [
    turn('entrees competences pec atelier 2 dispo ?', 'agenda', [on('2027-01-20'), seats(4)]),
    turn('en distanciel ?', 'agenda', [on('2027-03-03'), seats(3)]),
  ]),
  c('b93-ag-promo-entree', ['two-questions'], [
    turn('prochaine entree la promo 16/18 et combien de places', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b93-ag-places-soudure', ['sms'], [
    turn('il reste des places en soudure ?', 'agenda', [seats(4), on('2027-02-01')], ['plaquiste', 'cariste', 'maçon', 'agent de restauration']),
  ]),
  c('b93-ag-places-logistique', ['follow-up'], [
    turn('places en logistique ?', 'agenda', [['cariste'], ['préparateur']], OTHER_THAN_LOGISTICS),
    turn('le cariste ca commence quand ?', 'agenda', [on('2027-01-27')]),
  ]),
  c('b93-ag-places-plaquiste', ['rambling'], [
    turn(
      'jai un monsieur tres motive, 10 ans de chantier au noir, il veut se former plaquiste a montauban. il reste des places ?',
      'agenda',
      [FULL],
      ['soudeur', 'cariste'],
    ),
  ]),
  c('b93-ag-places-batiment', [], [
    turn('places dispo dans le batiment ?', 'agenda', [['maçon', 'électricien', 'plaquiste']], OTHER_THAN_BUILDING),
  ]),
  c('b93-ag-places-resto', ['two-questions'], [
    turn('agent de resto c ou et cb de places ?', 'agenda', [CAUSSADE, seats(4)]),
  ]),
  c('b93-ag-electricite', ['two-questions'], [
    turn(
      'visite atelier electricite c quand, et la formation electricien il reste combien de places ?',
      'agenda',
      [on('2027-03-10'), seats(2)],
    ),
  ]),
  c('b93-ag-visite-soudure', ['follow-up'], [
    turn('visite soudure le 19 il reste de la place ?', 'agenda', [seats(8)]),
    turn('horaires', 'agenda', [TWO_PM]),
  ]),
  c('b93-ag-montauban-places', [], [
    turn(
      'les formations qualifiantes avec places dispo sur le centre de montauban',
      'agenda',
      [['soudeur'], ['cariste']],
      ['agent de propreté', 'agent de restauration', 'préparateur de commandes'],
    ),
  ]),
  c('b93-ag-logistique-heure', ['two-questions'], [
    turn('reunion logistique du 26 ca commence a quelle heure et ya combien de places', 'agenda', [NINE_AM, seats(15)]),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b93-el-brsa-non-ft', ['rambling'], [
    turn(
      'mme 38 ans BRSA pas inscrite a FT, veut reprendre une formation mais pas sure de son projet (aide soignante ? secretariat ?) prepa comp possible pour elle ?',
      'eligibility',
      [ELIGIBLE],
      SAYS_INELIGIBLE,
    ),
  ]),
  c('b93-el-ase-17', ['sms', 'two-questions'], [
    turn(
      'jeune ASE 17 ans sorti du lycee en octobre, rien depuis, promo 1618 ok ? et la prochaine entree c quand',
      'eligibility',
      [ELIGIBLE, on('2027-02-01')],
      SAYS_INELIGIBLE,
    ),
  ]),
  c('b93-el-ase-19', [], [
    turn('jeune majeur 19 ans ex ASE, decroche, la promo 1618 c possible ?', 'eligibility', [INELIGIBLE], SAYS_ELIGIBLE),
  ]),
  c('b93-el-15', ['sms'], [
    turn('ado 15 ans place ASE deja decroche, promo ?', 'eligibility', [INELIGIBLE], SAYS_ELIGIBLE),
  ]),
  c('b93-el-scolarise', [], [
    turn(
      'jeune 16 ans ASE toujours scolarise en seconde, assidu, il veut juste changer d orientation : la promo 16/18 ?',
      'eligibility',
      [INELIGIBLE],
      SAYS_ELIGIBLE,
    ),
  ]),
  c('b93-el-pec-employeur', ['follow-up'], [
    turn('BRSA en PEC a la mairie depuis 2 mois, competences pec pour elle ?', 'eligibility', [ELIGIBLE], SAYS_INELIGIBLE),
    turn('faut faire quoi cote employeur', 'prescribe', [['accord', 'informe', 'recueill']]),
  ]),
  c('b93-el-sans-pec', [], [
    turn(
      'BRSA sans contrat de travail, on peut lui faire competences PEC pour valider ses acquis ?',
      'eligibility',
      [INELIGIBLE],
      SAYS_ELIGIBLE,
    ),
  ]),
  c('b93-el-ase-16', [], [
    turn(
      'jeune 16 ans pile, confie a l ASE, plus scolarise depuis juin, ne travaille pas. promo 1618 ?',
      'eligibility',
      [ELIGIBLE],
      SAYS_INELIGIBLE,
    ),
  ]),
  c('b93-el-ass-ft', ['rambling'], [
    turn(
      'mr 50 ans touche l ASS pas le RSA, suivi par FT et pas par nous, je peux le prescrire en prepa comp moi ?',
      'eligibility',
      [[...INELIGIBLE, 'france travail', 'pôle emploi']],
      SAYS_ELIGIBLE,
    ),
  ]),
  c('b93-el-rqth', [], [
    turn(
      'BRSA avec RQTH, inscrite FT, besoin de securiser son entree en formation secretaire assistante, prepa comp ok ?',
      'eligibility',
      [ELIGIBLE, ['volet 2', 'sécuris']],
      SAYS_INELIGIBLE,
    ),
  ]),
  c('b93-el-apprenti', [], [
    turn('jeune ASE 17 ans en apprentissage en boulangerie, il peut faire la promo ?', 'eligibility', [INELIGIBLE], SAYS_ELIGIBLE),
  ]),
  c('b93-el-pec-recent', [], [
    turn(
      'PEC signe la semaine derniere, c pas trop tot pour competences pec ?',
      'eligibility',
      [['signature', 'dès', 'immédiatement', 'pas trop tôt', 'premiers mois']],
    ),
  ]),
  c('b93-el-ml-17', [], [
    turn('jeune 17 ans suivi ML pas ASE, decrocheur depuis 6 mois, promo 1618 ?', 'eligibility', [ELIGIBLE], SAYS_INELIGIBLE),
  ]),
  c('b93-el-cariste', ['follow-up'], [
    turn('BRSA 29 ans inscrit FT qui veut devenir cariste, il peut faire la prepa comp avant ?', 'eligibility', [ELIGIBLE], SAYS_INELIGIBLE),
    turn('et des places en cariste ya ?', 'agenda', [seats(6), on('2027-01-27')]),
  ]),
  c('b93-el-fratrie', ['follow-up'], [
    turn('jeune ASE 17 ans decrocheur, promo ok ?', 'eligibility', [ELIGIBLE], SAYS_INELIGIBLE),
    turn('et son frere de 15 ans ?', 'eligibility', [INELIGIBLE], SAYS_ELIGIBLE),
    turn('et la grande soeur 19 ?', 'eligibility', [INELIGIBLE], SAYS_ELIGIBLE),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b93-oos-transport', ['rambling'], [
    turn(
      'les frais de transport pour aller a montauban pendant la prepa sont rembourses ? mes gens viennent de Beaumont-de-Lomagne',
      'out_of_scope',
      [NOT_COVERED],
      ['€'],
    ),
  ]),
  c('b93-oos-garde', [], [
    turn('la garde d enfants pendant la prepa comp est prise en charge par qui ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b93-oos-hebergement', [], [
    turn('hebergement a l afpa possible pour une BRSA sans logement pendant sa formation ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b93-oos-cpf', ['sms'], [
    turn('on peut mobiliser le cpf du BRSA en plus ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b93-oos-permis', [], [
    turn('le permis B peut etre finance par l afpa pour un BRSA ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b93-oos-prime', [], [
    turn('si le BRSA entre en formation il perd sa prime d activite ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b93-oos-salaire', [], [
    turn('un cariste a la sortie de formation il gagne combien ?', 'out_of_scope', [NOT_COVERED], ['€']),
  ]),
  c('b93-oos-toulouse', [], [
    turn('ma BRSA a demenage a toulouse, elle peut faire la prepa a l afpa de balma avec vous ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b93-oos-sanction', [], [
    turn('si il abandonne la prepa on peut suspendre son RSA ?', 'out_of_scope', [NOT_COVERED]),
  ]),
  c('b93-oos-accident', ['follow-up'], [
    turn('un stagiaire prepa qui se blesse a l afpa, il est couvert par quelle assurance ?', 'out_of_scope', [NOT_COVERED]),
    turn('et pour la mutuelle ?', 'out_of_scope', [NOT_COVERED]),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b93-ct-coordo', ['two-questions'], [
    turn('qui est le coordo departemental des dispositifs et qui gere le deploiement au quotidien ?', 'contact', [VELLA, BATTEDOU]),
  ]),
  c('b93-ct-battedou', [], [
    turn('c qui fabienne battedou ?', 'contact', [RAP, ['déploiement', 'prépa', 'pec', 'promo']]),
  ]),
  c('b93-ct-question-prepa', ['follow-up'], [
    turn('a qui je m adresse a l afpa pour une question sur une prescription prepa ?', 'contact', [[...BATTEDOU, ...VELLA, ...RAP]]),
    turn('son mail ou tel ?', 'contact', [[...NOT_COVERED, 'pas de coordonnées', 'ne communique pas']], ['@afpa.fr', '05 63']),
  ]),
  c('b93-ct-suivi-accord', ['two-questions'], [
    turn('qui suit l accord cote CD et cote afpa ?', 'contact', [VELLA, [...WEILL, 'président', 'référent']]),
  ]),
  c('b93-ct-referent-exp', [], [
    turn(
      'qui est le referent de l experimentation au departement ?',
      'contact',
      [ap('désign', 'ne nomme pas', 'pas nommé', 'non nommé', 'ne précise pas', 'ne donne pas', 'ne cite pas', "n'est pas nommé", 'pas de nom')],
    ),
  ]),
  c('b93-ct-directeur', ['sms'], [
    turn('le dirlo du centre de montauban c qui ?', 'contact', [VELLA]),
  ]),
  c('b93-ct-promo', [], [
    turn('pour orienter un jeune vers la promo 1618 qui je contacte ?', 'contact', [[...MISSION_LOCALE, ...BATTEDOU, ...VELLA]]),
  ]),
  c('b93-ct-signataire', [], [
    turn('qui a signe l accord pour le departement ?', 'contact', [WEILL]),
  ]),
  c('b93-ct-deploiement', ['follow-up'], [
    turn('qui deploie les prestations prepa pec promo a l afpa montauban ?', 'contact', [BATTEDOU]),
    turn('et au dessus d elle ?', 'contact', [VELLA]),
  ]),
  c('b93-ct-referent-formation', [], [
    turn(
      'cote CD qui travaille avec l afpa pour faciliter l acces a la formation des allocataires ?',
      'contact',
      [['référent', 'désign']],
    ),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b93-fig-prepa', ['sms'], [
    turn('objectif annuel prepa comp ?', 'figures', [['30 ', '30)', ': 30', 'trente']]),
  ]),
  c('b93-fig-pec-promo', ['two-questions'], [
    turn('objectif PEC et objectif promo ASE ?', 'figures', [['50 ', '50)', ': 50', 'cinquante'], ['10 ', '10)', ': 10', 'dix ']]),
  ]),
  c('b93-fig-tous', ['rambling'], [
    turn(
      'pour le copil de la semaine pro j ai besoin de savoir ou on en est par rapport aux objectifs annuels du plan d action, les trois dispositifs',
      'figures',
      [['30 ', '30)', ': 30', 'trente'], ['50 ', '50)', ': 50', 'cinquante'], ['10 ', '10)', ': 10', 'dix ']],
    ),
  ]),
  c('b93-fig-sortie-emploi', [], [
    turn('le taux de sortie emploi des BRSA on l a ? c quoi l objectif ?', 'figures', [NO_FIGURE]),
  ]),
  c('b93-fig-promo-national', [], [
    turn('promo 1618 objectif de sorties positives au national ?', 'figures', [['70']]),
  ]),
  c('b93-fig-suite', ['follow-up'], [
    turn('objectif BRSA prepa comp', 'figures', [['30 ', '30)', ': 30', 'trente']]),
    turn('et pec ?', 'figures', [['50 ', '50)', ': 50', 'cinquante']]),
    turn('et ase ?', 'figures', [['10 ', '10)', ': 10', 'dix ']]),
  ]),
  c('b93-fig-examens', [], [
    turn('taux de reussite aux examens des allocataires entres en formation, on a un objectif chiffre ?', 'figures', [NO_FIGURE]),
  ]),
  c('b93-fig-indicateurs-prepa', [], [
    turn(
      'quels indicateurs on suit pour la prepa comp dans le plan d action',
      'figures',
      [['volet 1', 'volet 2', 'entrés', 'entrées', 'nombre']],
    ),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b93-presc-prepa', [], [
    turn('je veux prescrire une prepa comp pour un BRSA', 'prescribe', [PRESCRIPTION_FORM]),
  ]),
  c('b93-presc-etapes', ['sms'], [
    turn('comment on fait pr inscrire qqn en prepa, les etapes ?', 'prescribe', [[...PANDA, 'formulaire', 'adhésion', 'inscri']]),
  ]),
  c('b93-presc-pec', ['follow-up'], [
    turn('prescrire competences pec pour une salariee en PEC a l ehpad', 'prescribe', [PRESCRIPTION_FORM]),
    turn('faut l accord de l employeur ?', 'prescribe', [['oui', 'recueill', 'informe', 'accord de l’employeur', "accord de l'employeur"]]),
  ]),
  c('b93-presc-panda', [], [
    turn('je peux inscrire moi meme sur panda ou c l afpa qui le fait ?', 'prescribe', [['habilit']]),
  ]),
  c('b93-presc-promo', [], [
    turn('orienter un jeune ASE vers la promo, je fais comment ?', 'prescribe', [[...PRESCRIPTION_FORM, ...MISSION_LOCALE]]),
  ]),
  c('b93-presc-mot', ['sms'], [
    turn('prescrire', 'prescribe', [PRESCRIPTION_FORM]),
  ]),
  c('b93-presc-annule', ['follow-up'], [
    turn('je veux faire une prescription prepa', 'prescribe', [PRESCRIPTION_FORM]),
    turn('laisse tomber en fait', 'other', [ap('annul', "d'accord", 'entendu', 'ok', 'pas de souci', 'pas de problème', 'abandon', 'arrêt')]),
  ]),
  c('b93-presc-et-infocoll', ['two-questions'], [
    turn(
      'je lance une prescription prepa pour mme D. et aussi c quand la prochaine info coll prepa ?',
      'prescribe',
      [PRESCRIPTION_FORM, on('2027-01-14')],
    ),
  ]),
  c('b93-presc-apres', ['rambling'], [
    turn(
      'bon j ai prescrit ce matin une prepa pour mr K, et maintenant il se passe quoi, on me tient au courant ? a la fin j ai un retour ?',
      'dispositif',
      [BILAN],
    ),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b93-other-bjr', ['sms'], [
    turn('bjr', 'other', [['bonjour', 'hello', 'salut']]),
  ]),
  c('b93-other-aide', [], [
    turn('aide', 'other', [['dispositif', 'agenda', 'prescri', 'éligib']]),
  ]),
  c('b93-other-merci', [], [
    turn(
      'merci c top',
      'other',
      [ap('de rien', 'avec plaisir', 'je vous en prie', 'bonne journée', 'à votre service', "n'hésitez", 'à bientôt', 'volontiers', 'ravi')],
    ),
  ]),
  c('b93-other-annule', ['sms'], [
    turn('annule', 'other', [ap('annul', 'rien à annuler', "d'accord", 'entendu', 'ok', 'aucune')]),
  ]),
  c('b93-other-salut-puis-question', ['follow-up'], [
    turn('salut', 'other', [['bonjour', 'hello', 'salut']]),
    turn('prochaine info coll prepa ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
  ]),
];
