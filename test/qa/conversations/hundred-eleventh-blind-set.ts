/**
 * Hundred-eleventh blind set. The speakers are careful référents insertion and travailleurs
 * sociaux of the Département de Tarn-et-Garonne (CD82) who test the limits of eligibility
 * with borderline profiles (exactly 16 or 18, a birthday in the coming weeks, contrat jeune
 * majeur ASE, a PEC contract that ends next month, RSA recipients registered or not at France
 * Travail, people not on the RSA, students, CDDI, RQTH, a second Prépa Compétences, people
 * living outside the département), plus a few plain programme and agenda questions. They type
 * as in Teams: abbreviations, no accents, typos, SMS style, rambling, follow-ups.
 *
 * Written blind, only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris). Where the agreement is
 * silent, the expected answer says so and invents no rule.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case whose tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA_DUR = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  'deux a huit jours',
  'deux et huit jours',
  '2 jours a 8 jours',
  '2 a 8 demi',
  '8 jours max',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours', 'quinzaine'];
const V1_DUR = ['5 a 6 jours', '5 ou 6 jours', '5-6 jours', '5 et 6 jours', 'cinq a six jours', 'cinq ou six jours'];
const V2_DUR = ['4 a 8 jours', '4 et 8 jours', '4-8 jours', 'quatre a huit jours', 'quatre et huit jours'];
const PEC_DUR = ['5 jours', 'cinq jours'];
const PROMO_DUR = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_DAYS = ['lundi au jeudi', 'lundi-jeudi', 'du lundi', 'lundi a jeudi', '4 jours par semaine', 'quatre jours par semaine'];

/** Ways of saying « the agreement does not say / does not cover it ». */
const SILENT = [
  'ne prevoit pas',
  'ne prevoit rien',
  'ne dit rien',
  'ne dit pas',
  'ne precise pas',
  'pas precise',
  'hors',
  'pas prevu',
  'ne couvre pas',
  'pas couvert',
  'aucune information',
  'ne mentionne pas',
  'pas mentionne',
  'ne traite pas',
  'ne parle pas',
  'ne concerne pas',
  'ne contient pas',
  'ne donne pas',
  'ne figure pas',
  'aborde pas',
  'indique pas',
  'pas indique',
  'ne fixe pas',
  'ne regle pas',
  'ne tranche pas',
  'ne detaille pas',
  'ne sais pas',
  'pas en mesure',
  'rien sur',
  'silencieux',
  'muet',
  'ne permet pas de',
  'pas de regle',
  'aucune regle',
];
/** A positive verdict. */
const YES = [
  'eligible',
  'oui',
  'peut en beneficier',
  'peut beneficier',
  'peut entrer',
  'peut etre oriente',
  'peut etre orientee',
  'peut y acceder',
  'possible',
  'peut suivre',
  'peut faire',
  'peut etre prescrit',
  'peut integrer',
  'peut participer',
];
/** A negative verdict (or the reason why not). */
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'pas dans le cadre',
  'ne releve pas',
  'reserve',
  'uniquement',
  'seulement',
  'pas concerne',
  'pas le public',
  'ne fait pas partie',
  'ne vise pas',
  'hors',
  'pas couvert',
  'ne couvre pas',
  'ne concerne pas',
  'non,',
  'non.',
];
/** A positive verdict given to someone the rules leave out. */
const WRONG_YES = [
  'est bien eligible',
  'oui, il est eligible',
  'oui, elle est eligible',
  'oui il est eligible',
  'oui elle est eligible',
];
/** Said of someone eligible. */
const WRONG_NO = ['pas eligible', 'non eligible', 'ineligible'];
const RSA = ['rsa', 'allocataire'];
const MINORS = [
  'mineur',
  '16 a 18 ans',
  '16 et 18 ans',
  '16-18 ans',
  '16 a 17 ans',
  '16-17 ans',
  '16 ou 17 ans',
  'moins de 18',
  '18 ans',
];
const AGE_16 = ['16 ans', '16 a 18', '16 et 18', '16-18 ans', '16 a 17', '16-17', 'moins de 16', 'a partir de 16', 'des 16'];
const NOT_YET_AVAILABLE = [
  'pas disponible',
  'pas encore',
  'aucune donnee',
  'pas de donnee',
  'ne dispose pas',
  'non disponible',
  'pas de chiffre',
  'indisponible',
  'aucun chiffre',
  'pas connu',
  'pas en mesure',
  'pas de resultat',
  'aucun resultat',
  'pas publi',
  'pas acces',
  'ne permet pas',
  'pas de bilan',
];
const FORM = ['formulaire', 'fiche de prescription', 'remplir', 'renseign', 'prescrire', 'prescription'];
const FULL = [
  'complet',
  ' 0 place',
  'aucune place',
  'plus de place',
  'pas de place',
  'plus aucune place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
];
const BATTEDOU = ['battedou', 'responsable accompagnement'];
const VELLA = ['vella'];

export const HUNDRED_ELEVENTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ────────────────────────────────────────────────────────────
  c('b111-prepa-duree', ['sms'], [
    turn('prepa comp ca dure cb de tps en tout ?', 'dispositif', [PREPA_DUR, TWO_WEEKS], ['13 semaines']),
  ]),
  c('b111-prepa-volets-diff', ['two-questions'], [
    turn(
      'c quoi la diff entre volet 1 et volet 2 de prepa comp ? et ca se cumule ?',
      'dispositif',
      [['consolid', 'projet professionnel', 'projet pro', 'diagnostic'], ['securis']],
    ),
    turn('et le volet 2 ca dure combien', 'dispositif', [V2_DUR], ['13 semaines']),
    turn('et le 1 ?', 'dispositif', [V1_DUR], ['13 semaines']),
  ]),
  c('b111-pec-duree', ['two-questions'], [
    turn(
      'competences pec c combien de jours au total ? et c etale comment sur le contrat',
      'dispositif',
      [PEC_DUR, ['duree du pec', 'duree du contrat', 'pendant le pec', 'au long du', 'reparti', 'ateliers', 'sur la duree']],
      ['13 semaines', '2 a 8 jours'],
    ),
  ]),
  c('b111-pec-phases', [], [
    turn(
      'les phases de competences PEC vous pouvez me les lister svp c pour expliquer a un employeur',
      'dispositif',
      [
        ['inscription', 'plateforme', 'premiere rencontre'],
        ['reconnaissance des acquis', 'ateliers individualises', 'ateliers individuels'],
        ['positionnement'],
        ['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'clea'],
      ],
    ),
  ]),
  c('b111-promo-duree-rythme', ['two-questions'], [
    turn('promo 1618 ca dure combien et c tous les jours ?', 'dispositif', [PROMO_DUR, PROMO_DAYS], ['2 a 8 jours']),
  ]),
  c('b111-promo-suivi-apres', ['rambling'], [
    turn(
      'bonjour, je me pose une question pour un jeune que je suis (ASE), si il fait la promo 16 18 et qu a la fin il a rien trouve, il y a un suivi apres ou il est lache dans la nature ? merci',
      'dispositif',
      [['6 mois', 'six mois'], ['mission locale', 'missions locales']],
    ),
  ]),
  c('b111-prepa-distanciel', ['rambling'], [
    turn(
      'ma dame a pas de voiture elle habite a 40 km de montauban, pas de bus le matin... prepa comp on peut le faire a distance ou faut venir au centre ?',
      'dispositif',
      [['distance', 'distanciel']],
      ['lundi au jeudi'],
    ),
  ]),
  c('b111-pec-certifs', [], [
    turn(
      'competences pec ca debouche sur quoi comme certif ?',
      'dispositif',
      [['vae', 'v.a.e', 'validation des acquis'], ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'], ['clea']],
    ),
  ]),
  c('b111-rsfp', ['sms'], [
    turn(
      'c quoi la RSFP ?? jamais entendu',
      'dispositif',
      [['reconnaissance des savoir'], ['prerequis', 'pre-requis', 'pre requis', 'vae', 'v.a.e']],
    ),
  ]),
  c('b111-cout', [], [
    turn(
      'ca coute quelque chose au CD de prescrire prepa comp ? on a plus de budget formation cette annee',
      'dispositif',
      [
        [
          'sans contrepartie',
          'gratuit',
          'aucun cout',
          'pas de cout',
          'aucune contrepartie',
          'aucun frais',
          'ne coute rien',
          'sans cout',
          'rien',
        ],
      ],
    ),
  ]),
  c('b111-financeur', ['two-questions'], [
    turn(
      'bjr qui finance tout ca ? c le CD ou l etat ?',
      'dispositif',
      [['etat'], ['pic', 'p.i.c', 'investissement dans les competences']],
    ),
  ]),
  c('b111-bilan', ['two-questions'], [
    turn(
      'le bilan a la fin de prepa comp on le recoit nous ? ou c FT qui l a ?',
      'dispositif',
      [['bilan individuel', 'bilan'], ['referent']],
    ),
    turn('et pour competences pec ya aussi un bilan ?', 'dispositif', [['bilan', 'vae', 'v.a.e', 'portefeuille']]),
  ]),
  c('b111-panda', [], [
    turn('c quoi PANDA ? on m en parle en reunion', 'dispositif', [
      ['plateforme', 'outil', 'logiciel'],
      ['tracab', 'trace', 'suivi des parcours', 'assiduite'],
    ]),
    turn('et c qui nous donne les acces ?', 'dispositif', [['afpa', 'habilit']]),
  ]),
  c('b111-remuneration', ['limit'], [
    turn(
      'la remu pendant prepa comp, la personne touche qqch en plus du rsa ?',
      'dispositif',
      [SILENT],
      ['€'],
    ),
  ]),
  c('b111-prepa-lieu', [], [
    turn('prepa comp c a montauban uniquement ?', 'dispositif', [
      ['montauban'],
      ['delocalis', 'ensemble du departement', 'tout le departement', 'ailleurs', 'distance', 'autres communes'],
    ]),
  ]),
  c('b111-pec-enchaine', [], [
    turn('c quoi competences pec', 'dispositif', [['vae', 'v.a.e', 'rsfp', 'clea', 'certification']]),
    turn('c pour qui ?', 'dispositif', [['pec', 'parcours emploi competences', 'contrat']]),
    turn('et qui prescrit ?', 'dispositif', [
      ['departement', 'referent', 'cd82', 'conseil departemental', 'france travail', 'pole emploi'],
    ]),
  ]),
  c('b111-prepa-puis-promo', [], [
    turn('prepa competences cest quoi', 'dispositif', [PREPA_DUR]),
    turn('et la promo 16/18 ?', 'dispositif', [PROMO_DUR], PREPA_DUR),
  ]),
  c('b111-promo-phases', [], [
    turn('la promo c quoi les differentes phases ?', 'dispositif', [
      ['engagement'],
      ['construction'],
      ['suite', 'preparation de la suite'],
    ]),
  ]),
  c('b111-fle', ['rambling'], [
    turn(
      'BRSA arrivee d afghanistan y a 1 an, titre de sejour ok, parle tres peu francais, veut bosser en restauration. l afpa a un truc pour elle ?',
      'dispositif',
      [['francais'], ['visee professionnelle', 'langue etrangere', 'fle', 'primo']],
    ),
  ]),
  c('b111-garde-enfants', [], [
    turn(
      'pdt prepa comp c qui gere la garde des enfants et les transports ? l afpa ?',
      'dispositif',
      [['referent', 'conseiller'], ['garde', 'mobilite', 'conditions materielles']],
    ),
  ]),
  c('b111-campagne', ['limit'], [
    turn(
      'jusqu a quand on peut faire entrer des BRSA dans les dispositifs ? la convention est encore valable ?',
      'dispositif',
      [['31 decembre 2022', '31/12/2022', 'avenant', 'prolong', 'reconduit', 'poursuite', '2 ans', 'deux ans']],
    ),
  ]),

  // ── agenda ────────────────────────────────────────────────────────────────
  c('b111-ag-info-coll-prepa', ['sms'], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), ['montauban']], notOn('2027-01-07')),
  ]),
  c('b111-ag-castel-puis-valence', [], [
    turn('ya des info coll prepa a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']]),
    turn('et a valence ?', 'agenda', [on('2027-03-04'), ['valence']], notOn('2027-01-21')),
  ]),
  c('b111-ag-jpo-puis-moissac', [], [
    turn('jpo a venir ?', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17')], [...notOn('2027-02-03'), ...notOn('2027-01-07')]),
  ]),
  c('b111-ag-prepa-v1', ['two-questions'], [
    turn('prochaine entree prepa comp volet 1 ? combien de places ?', 'agenda', [on('2027-01-18'), seats(6)], notOn('2027-01-25')),
  ]),
  c('b111-ag-prepa-v2-places', [], [
    turn('entree prepa volet 2 ?', 'agenda', [on('2027-02-15')]),
    turn('il reste de la place ?', 'agenda', [seats(5)]),
    turn('c a montauban ?', 'agenda', [['castelsarrasin']]),
  ]),
  c('b111-ag-v2-complet', [], [
    turn('le volet 2 du 25 janvier a montauban c complet ?', 'agenda', [FULL]),
  ]),
  c('b111-ag-soudure', [], [
    turn('des places en soudure ?', 'agenda', [seats(4), ['soudeur', 'soudure']], ['plaquiste', 'cariste']),
    turn('ca commence quand', 'agenda', [on('2027-02-01')]),
  ]),
  c('b111-ag-logistique', [], [
    turn('info places logistique ?', 'agenda', [seats(6), seats(5)], ['soudeur', 'plaquiste']),
    turn('et a castel c est quand ?', 'agenda', [on('2027-03-01')]),
    turn('ya une reunion metier logistique aussi non ?', 'agenda', [on('2027-01-26')]),
  ]),
  c('b111-ag-plaquiste', [], [
    turn('plaquiste ya de la place ?', 'agenda', [FULL], ['soudeur', 'cariste', 'electricien']),
  ]),
  c('b111-ag-visites', [], [
    turn('visites de plateau technique prevues ?', 'agenda', [on('2027-01-19'), on('2027-03-10')]),
  ]),
  c('b111-ag-cette-semaine', ['sms'], [
    turn('cette semaine ya quoi ?', 'agenda', [on('2027-01-14')], [...notOn('2027-01-07'), ...notOn('2027-01-19')]),
  ]),
  c('b111-ag-semaine-pro', [], [
    turn(
      'ya quoi la semaine pro ?',
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26')],
    ),
  ]),
  c('b111-ag-pec-atelier2', ['two-questions'], [
    turn(
      'competences pec prochaine entree atelier 2 ? et en distanciel c possible ?',
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
    ),
  ]),
  c('b111-ag-pec-atelier3', [], [
    turn('atelier 3 pec c quand ?', 'agenda', [on('2027-02-10'), ['montauban']]),
  ]),
  c('b111-ag-promo', [], [
    turn('promo 16 18 prochaine entree ?', 'agenda', [on('2027-02-01'), ['montauban']]),
    turn('et l info coll pour les parents ?', 'agenda', [on('2027-03-17')]),
  ]),
  c('b111-ag-batiment', ['two-questions'], [
    turn('reunion metiers batiment c quand ? c ou ?', 'agenda', [on('2027-02-23'), ['caussade']]),
  ]),
  c('b111-ag-electricien', ['two-questions'], [
    turn(
      'formation electricien il reste des places ? et la visite de l atelier elec c quand ?',
      'agenda',
      [seats(2), on('2027-03-10')],
    ),
  ]),
  c('b111-ag-moissac-fevrier', [], [
    turn(
      'ya des trucs en fevrier a moissac ?',
      'agenda',
      [on('2027-02-09'), on('2027-02-17')],
      [...notOn('2027-02-03'), ...notOn('2027-02-23')],
    ),
  ]),
  c('b111-ag-proprete', ['two-questions'], [
    turn('agent de proprete combien de places ? c ou ?', 'agenda', [seats(7), ['moissac']]),
  ]),
  c('b111-ag-prepa-distance', [], [
    turn('prepa en distanciel prochaine session ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
  ]),
  c('b111-ag-info-coll-pec', [], [
    turn('info coll pec ?', 'agenda', [on('2027-02-09'), ['moissac']]),
    turn('c pour les employeurs aussi ?', 'agenda', [['employeur']]),
  ]),
  c('b111-ag-macon', ['two-questions'], [
    turn('macon il reste combien de places et ca demarre quand', 'agenda', [seats(3), on('2027-02-15')]),
    turn('et la reunion metiers du batiment c quand ?', 'agenda', [on('2027-02-23'), ['caussade']]),
  ]),

  // ── eligibility ───────────────────────────────────────────────────────────
  c('b111-el-ase-16-pile', ['borderline'], [
    turn(
      'jeune ASE 16 ans pile (anniv hier), sorti du lycee en novembre, fait rien depuis. promo 1618 ok ?',
      'eligibility',
      [YES],
      WRONG_NO,
    ),
  ]),
  c('b111-el-15-anniv-fevrier', ['borderline', 'rambling'], [
    turn(
      'gamin de 15 ans confie a l ASE, il a 16 ans le 3 fevrier, il a lache le college depuis septembre. on peut l inscrire a la promo qui demarre le 1er fevrier ??',
      'eligibility',
      [AGE_16],
      WRONG_YES,
    ),
  ]),
  c('b111-el-18-jeune-majeur', ['borderline'], [
    turn(
      'jeune 18 ans depuis la semaine derniere, contrat jeune majeur ASE, decroche depuis 1 an. promo 1618 ?',
      'eligibility',
      [MINORS],
    ),
  ]),
  c('b111-el-19-ase', ['borderline', 'two-questions'], [
    turn(
      '19 ans, contrat jeune majeur ASE, pas de RSA. prepa comp possible ? sinon la promo ?',
      'eligibility',
      [RSA, [...MINORS, 'trop age', 'depasse', 'plus de 18']],
      WRONG_YES,
    ),
  ]),
  c('b111-el-rsa-inscrite-ft', ['borderline'], [
    turn(
      'Mme X BRSA, inscrite a FT, mais c nous (CD) qui la suivons en accompagnement. prepa comp ok ou faut passer par FT ?',
      'eligibility',
      [YES, ['inscrit', 'france travail', 'pole emploi']],
      WRONG_NO,
    ),
  ]),
  c('b111-el-rsa-non-inscrite', ['borderline'], [
    turn(
      'BRSA jamais inscrite FT, prepa comp c jouable quand meme ?',
      'eligibility',
      [YES],
      [...WRONG_NO, 'doit etre inscrite', 'doit s inscrire'],
    ),
  ]),
  c('b111-el-pas-rsa', ['borderline'], [
    turn(
      'monsieur pas au RSA (il touche l ARE), 45 ans, on l accompagne un peu en ASLL. prepa comp par le CD ?',
      'eligibility',
      [RSA, [...NO, 'france travail', 'pole emploi']],
      WRONG_YES,
    ),
  ]),
  c('b111-el-pec-fin-mois-pro', ['borderline'], [
    turn(
      'BRSA en PEC a la mairie jusqu au 28 fevrier, donc ca finit le mois pro. competences pec encore possible ?',
      'eligibility',
      [
        [
          'signature',
          'premiers mois',
          'duree du pec',
          'duree du contrat',
          'pendant le contrat',
          'pendant le pec',
          'avant la fin',
          'fin du contrat',
          ...SILENT,
        ],
      ],
    ),
    turn('et apres la fin du PEC, elle pourra faire prepa comp ?', 'eligibility', [RSA, YES]),
  ]),
  c('b111-el-ml-17', [], [
    turn(
      'jeune suivi ML, 17 ans, a arrete le lycee pro en octobre, bosse pas. la ML peut l orienter promo 1618 ?',
      'eligibility',
      [YES],
      WRONG_NO,
    ),
  ]),
  c('b111-el-lyceenne', ['borderline'], [
    turn(
      'lyceenne 17 ans en terminale qui veut se reorienter, ASE, promo 1618 ?',
      'eligibility',
      [['decroch', 'quitte', 'pas en formation', 'ni en formation', 'scolaris', 'ne sont pas en formation', 'sortie']],
      WRONG_YES,
    ),
  ]),
  c('b111-el-etudiant', ['borderline'], [
    turn(
      'etudiant 21 ans en fac, son pere est au rsa mais lui non. prepa comp via nous ?',
      'eligibility',
      [RSA, NO],
      WRONG_YES,
    ),
  ]),
  c('b111-el-cddi', ['borderline', 'two-questions'], [
    turn(
      'salarie en CDDI ds un chantier d insertion, encore BRSA. prepa comp ou competences pec, lequel ?',
      'eligibility',
      [['rsfp', 'r.s.f.p', 'reconnaissance des savoir', 'siae', 's.i.a.e', 'droit commun', 'pas un pec', 'pas un contrat pec', 'pas un parcours emploi', 'pas en pec', ...SILENT]],
    ),
  ]),
  c('b111-el-rqth', ['borderline'], [
    turn(
      'personne RQTH, BRSA suivie par le CD. prepa comp possible ou faut passer par cap emploi ?',
      'eligibility',
      [RSA, YES],
      WRONG_NO,
    ),
  ]),
  c('b111-el-deja-fait', ['borderline'], [
    turn(
      'elle a deja fait prepa comp l an dernier (volet 1), elle voudrait faire le volet 2 maintenant, possible ?',
      'eligibility',
      [[...SILENT, 'a la carte', 'securis', 'volet 2']],
    ),
  ]),
  c('b111-el-hors-82', ['borderline'], [
    turn(
      'BRSA qui habite a toulouse, suivi par le CD31. il peut passer par cette convention pour prepa comp ?',
      'eligibility',
      [['tarn-et-garonne', 'tarn et garonne', '82', 'departement'], [...NO, ...SILENT]],
      WRONG_YES,
    ),
  ]),
  c('b111-el-ml-16-pas-ase', [], [
    turn(
      'jeune 16 ans suivi par la ML mais pas ASE, decrocheur, rien depuis juin. promo ?',
      'eligibility',
      [YES],
      WRONG_NO,
    ),
  ]),
  c('b111-el-apprenti', ['borderline'], [
    turn(
      'jeune ASE 17 ans, apprenti en CAP (contrat en cours). il peut faire la promo 1618 en plus ?',
      'eligibility',
      [['pas en formation', 'ne travaill', 'ni en formation', 'ni en emploi', 'deja en formation', 'apprentissage', 'apprenti', 'decroch', ...NO]],
      WRONG_YES,
    ),
  ]),
  c('b111-el-pec-recent', [], [
    turn(
      'BRSA en PEC depuis 2 semaines (signe le 28/12), son employeur est ok. competences pec ?',
      'eligibility',
      [YES],
      WRONG_NO,
    ),
  ]),
  c('b111-el-17-anniv-5-semaines', ['borderline'], [
    turn('j ai un jeune de 17 ans ASE, decrocheur, rien depuis septembre. promo ?', 'eligibility', [YES], WRONG_NO),
    turn(
      'il a 18 ans dans 5 semaines, ca pose pb pour la promo de fevrier ?',
      'eligibility',
      [[...MINORS, ...SILENT, 'entree']],
    ),
  ]),
  c('b111-el-soudeur-58', ['rambling'], [
    turn(
      'BRSA 58 ans, pas de diplome, a bosse 20 ans en usine sans papier officiel, veut faire soudeur. prepa comp volet 2 ou direct la formation ?',
      'eligibility',
      [['volet 2', 'securis', 'entree en formation']],
      WRONG_NO,
    ),
  ]),
  c('b111-el-pec-sans-rsa', ['borderline'], [
    turn(
      'personne en PEC mais PAS au RSA, suivie par FT. competences pec prescrit par nous ?',
      'eligibility',
      [['france travail', 'pole emploi', 'mission locale', 'cap emploi', ...RSA]],
      WRONG_YES,
    ),
  ]),
  c('b111-el-college-inscrit', ['borderline'], [
    turn(
      'jeune 16 ans ASE encore inscrit au college mais absenteiste total depuis 3 mois, pas desco officiellement. promo ?',
      'eligibility',
      [['quitte', 'decroch', 'pas en formation', 'ni en formation', 'scolar', ...SILENT]],
    ),
  ]),
  c('b111-el-62-ans', ['borderline'], [
    turn('BRSA 62 ans, presque retraite, prepa comp ya une limite d age ?', 'eligibility', [
      [...SILENT, 'pas de limite', 'aucune limite', 'condition d', 'aucun age'],
    ]),
  ]),
  c('b111-el-formation-region', ['borderline'], [
    turn(
      'BRSA deja en formation region (titre pro ADVF), elle peut faire prepa comp en parallele ?',
      'eligibility',
      [[...SILENT, 'en amont', 'avant', 'entree en formation']],
    ),
  ]),
  c('b111-el-promo-loin', ['two-questions'], [
    turn(
      'jeune ASE 17 ans en foyer a castelsarrasin, decrocheur. il est eligible promo ? et c est ou, il doit aller a montauban tous les jours ?',
      'eligibility',
      [YES, ['montauban', 'village', 'proximite'], PROMO_DAYS],
    ),
  ]),
  c('b111-el-enchaine-ase', [], [
    turn('un jeune ase de 17 ans peut faire la promo 16 18 ?', 'eligibility', [YES], WRONG_NO),
    turn('et s il a 15 ans ?', 'eligibility', [AGE_16], WRONG_YES),
    turn('ok et les papiers pour l inscrire ?', 'dispositif', [['autorisation', 'parent']]),
  ]),
  c('b111-el-rsa-puis-pec', [], [
    turn('une BRSA peut faire prepa comp ?', 'eligibility', [YES], WRONG_NO),
    turn('et si elle signe un PEC le mois pro ?', 'eligibility', [['competences pec', 'competences p.e.c']]),
  ]),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c('b111-oos-permis', [], [
    turn('vous financez le permis B pour mes BRSA ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b111-oos-cpf', [], [
    turn('on peut utiliser le CPF de la personne pour payer prepa comp ?', 'out_of_scope', [SILENT]),
    turn('et la region elle peut financer une formation qualifiante derriere ?', 'dispositif', [
      ['region', 'regional', 'droit commun'],
    ]),
  ]),
  c('b111-oos-prime-activite', [], [
    turn('si elle reprend un PEC combien elle touche de prime d activite ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b111-oos-tarn', [], [
    turn('la convention avec le Tarn (81) c est pareil que la notre ?', 'out_of_scope', [SILENT]),
  ]),
  c('b111-oos-repas', [], [
    turn('les repas du midi sont pris en charge pendant la promo 1618 ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b111-oos-demande-rsa', [], [
    turn('comment on fait une demande de RSA pour un jeune de 25 ans ?', 'out_of_scope', [SILENT]),
  ]),
  c('b111-oos-cej', ['borderline'], [
    turn('le CEJ (contrat d engagement jeune) c est compatible avec la promo ?', 'out_of_scope', [SILENT]),
  ]),
  c('b111-oos-transport', [], [
    turn('y a des indemnites de transport pour aller a l info coll ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b111-oos-caf', ['two-questions'], [
    turn(
      'la CAF suspend le RSA pendant prepa comp ? et ca compte dans les revenus ?',
      'out_of_scope',
      [SILENT],
    ),
  ]),
  c('b111-oos-apres-dispositif', [], [
    turn('competences pec c combien de jours ?', 'dispositif', [PEC_DUR]),
    turn('et l employeur touche une aide pour ca ?', 'out_of_scope', [SILENT], ['€']),
  ]),

  // ── contact ───────────────────────────────────────────────────────────────
  c('b111-ct-prepa', [], [
    turn('qui contacter a l afpa pour prepa comp ?', 'contact', [BATTEDOU]),
  ]),
  c('b111-ct-referent-cd', ['limit'], [
    turn(
      'cote CD c qui le referent de l experimentation ? j ai pas le nom',
      'contact',
      [['designe', 'ne nomme', 'pas nomme', 'ne precise pas', 'pas de nom', 'ne donne pas', 'pas indique', 'indique pas']],
    ),
  ]),
  c('b111-ct-accord', ['two-questions'], [
    turn(
      'qui suit l accord global (pas juste prepa) cote afpa et cote departement ?',
      'contact',
      [VELLA, ['weill', 'president']],
    ),
  ]),
  c('b111-ct-roles', [], [
    turn('Fabienne Battedou elle fait quoi exactement ?', 'contact', [['responsable accompagnement', 'deploiement']]),
    turn('et Eric Vella ?', 'contact', [['directeur', 'coordonnateur', 'coordinateur']]),
  ]),
  c('b111-ct-bilan-absent', ['rambling'], [
    turn(
      'bonjour, ma BRSA a fini prepa comp il y a 3 semaines et j ai toujours pas recu de bilan, je relance qui a l afpa ?',
      'contact',
      [[...BATTEDOU, 'afpa', 'vella']],
    ),
  ]),
  c('b111-ct-telephone', ['limit'], [
    turn(
      'tu peux me donner le portable de la responsable accompagnement et parcours ?',
      'contact',
      [BATTEDOU],
      ['06 ', '07 ', '+33'],
    ),
  ]),
  c('b111-ct-promo', [], [
    turn('pour la promo 16 18 c qui le contact, la ML ou l afpa ?', 'contact', [
      [...BATTEDOU, 'mission locale', 'missions locales', 'cio'],
    ]),
  ]),

  // ── figures ───────────────────────────────────────────────────────────────
  c('b111-fig-objectifs', [], [
    turn('objectif 2022 prepa comp c combien de BRSA ?', 'figures', [['30']], [' 50 allocataires']),
    turn('et competences pec ?', 'figures', [['50']]),
    turn('et la promo pour les jeunes ase ?', 'figures', [['10 jeunes', '10 personnes', ' 10 ', '10 orient']]),
  ]),
  c('b111-fig-entres', [], [
    turn('combien de BRSA sont entres en prepa comp cette annee ?', 'figures', [NOT_YET_AVAILABLE]),
  ]),
  c('b111-fig-national', ['two-questions'], [
    turn(
      'promo 1618 au national c pour combien de jeunes et quel taux de sorties positives vise ?',
      'figures',
      [['35 000', '35000', '35\u00a0000', '35\u202f000'], ['70']],
    ),
  ]),
  c('b111-fig-reussite', [], [
    turn('tx de reussite aux examens des brsa passes par l afpa en 2026 ?', 'figures', [NOT_YET_AVAILABLE]),
  ]),
  c('b111-fig-indicateurs', [], [
    turn('les indicateurs du 2.1.1 (info sur les metiers) c quoi ?', 'figures', [
      ['portes ouvertes', 'jpo'],
      ['informations collectives', 'information collective', 'info coll'],
      ['plateau'],
    ]),
  ]),
  c('b111-fig-ecart-pec', ['two-questions'], [
    turn('c quoi l objectif pec et on en est ou ?', 'figures', [['50'], NOT_YET_AVAILABLE]),
  ]),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b111-pr-prepa', [], [
    turn('je veux prescrire prepa comp pour mme D', 'prescribe', [FORM]),
  ]),
  c('b111-pr-pec-etapes', [], [
    turn('comment on prescrit competences pec, c quoi les etapes ?', 'prescribe', [
      ['employeur'],
      [...FORM, 'plateforme', 'panda', 'inscri'],
    ]),
  ]),
  c('b111-pr-adhesion', [], [
    turn('pour prescrire prepa comp faut l accord de la personne ?', 'prescribe', [
      ['adhesion', 'accord', 'consentement'],
    ]),
  ]),
  c('b111-pr-direct', [], [
    turn('je peux prescrire direct ou faut passer par FT ?', 'prescribe', [['directement', 'direct']]),
  ]),
  c('b111-pr-annule', [], [
    turn('prescrire', 'prescribe', [FORM]),
    turn('annule', 'other', [['annul', 'abandon', 'accord', 'ok', 'entendu', 'pas de souci', 'aucune']]),
  ]),
  c('b111-pr-statut', [], [
    turn('comment je sais ou en est ma prescription de la semaine derniere ?', 'prescribe', [
      ['statut', 'suivi', 'mes prescriptions', 'etat', 'en cours'],
    ]),
  ]),
  c('b111-pr-panda', ['two-questions'], [
    turn(
      'pour prepa comp c qui inscrit la personne sur panda, nous ou l afpa ? et on a besoin d un acces ?',
      'prescribe',
      [['referent', 'conseiller', 'vous'], ['habilit', 'acces']],
    ),
  ]),
  c('b111-pr-session-distance', ['rambling'], [
    turn(
      'mon BRSA est dispo en fevrier, il a pas de voiture, je voudrais l inscrire sur la session prepa a distance, je fais comment',
      'prescribe',
      [FORM],
    ),
  ]),
  c('b111-pr-apres-agenda', [], [
    turn('prochaine entree prepa volet 1 ?', 'agenda', [on('2027-01-18')]),
    turn('ok je veux y inscrire quelqu un', 'prescribe', [FORM]),
  ]),
  c('b111-pr-promo', [], [
    turn('je veux orienter un jeune ASE sur la promo 16 18, je fais comment ?', 'prescribe', [
      [...FORM, 'panda', 'invite', 'inscri', 'mission locale'],
    ]),
  ]),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b111-ot-bonjour', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c('b111-ot-aide', [], [turn('aide', 'other', [['dispositif', 'agenda', 'prescri', 'eligib', 'question']])]),
  c('b111-ot-merci', [], [
    turn('merci bcp !', 'other', [['de rien', 'avec plaisir', 'je vous en prie', 'bonne journee', 'a votre service', 'hesitez']]),
  ]),
  c('b111-ot-salut-puis', [], [
    turn('bjr', 'other', [['bonjour', 'salut', 'hello']]),
    turn('prepa comp c combien de jours', 'dispositif', [PREPA_DUR]),
    turn('ok merci', 'other', [['de rien', 'avec plaisir', 'je vous en prie', 'bonne journee', 'a votre service', 'hesitez']]),
  ]),
  c('b111-ot-annuler', [], [
    turn('annuler', 'other', [['annul', 'rien a annuler', 'aucune', 'ok', 'accord', 'entendu']]),
  ]),
];
