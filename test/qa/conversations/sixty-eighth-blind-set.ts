/**
 * Sixty-eighth blind set. The speakers are référents insertion and travailleurs sociaux of
 * the Département de Tarn-et-Garonne (CD82) writing to the bot in a Teams chat, as they
 * really type: abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML, TH, RQTH, CD, ASE,
 * info coll, JPO), no accents, typos, SMS style, long messages with the question buried
 * inside, follow-ups that only make sense after the previous turn.
 *
 * Written blind, from the agreement between the Département and AFPA (with its action plan
 * and the protocol of Prépa Compétences, Compétences PEC and La Promo 16/18), from the
 * product guide and from the agenda fixture (today frozen at Monday 11 January 2027, 9:00
 * Europe/Paris), without reading the bot nor any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA = ['prepa comp', 'prépa comp'];
const PEC = ['competences pec', 'compétences pec', 'competences p.e.c', 'compétences p.e.c', 'competences – pec', 'compétences – pec'];
const PROMO = ['promo 16', 'promo1618', 'promo 1618', 'promo16'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 a 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  'deux et huit jours',
  '2 jours à 8 jours',
  '8 jours max',
  '8 jours maximum',
];
const VOLET1_DURATION = ['5 à 6 jours', '5 a 6 j', '5 et 6 jours', '5-6 jours', '5 ou 6 jours', 'cinq à six jours', 'cinq ou six jours'];
const VOLET2_DURATION = ['4 à 8 jours', '4 a 8 j', '4 et 8 jours', '4-8 jours', 'quatre à huit jours', 'quatre et huit jours'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DURATION = ['5 jours', 'cinq jours', '5 j de', '5 j répartis', '5 j repartis'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const PROMO_MAX = ['4 mois', 'quatre mois'];
const MON_THU = ['lundi au jeudi', 'lundi-jeudi', 'lundi à jeudi', 'du lundi au jeudi', 'lun-jeu', 'lundi au jeu'];
const ON_SITE = ['présentiel', 'presentiel', 'sur place'];
const REMOTE = ['distance', 'distanciel'];
const MONTAUBAN = ['montauban'];
const DELOCALISED = ['délocalis', 'delocalis', 'ensemble du département', 'ensemble du departement', 'tout le département', 'tout le departement', 'ailleurs dans le d'];
const REFERENT = ['référent', 'referent'];
const EMPLOYER = ['employeur'];
const PANDA = ['panda'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'aucun cout',
  'pas de coût',
  'pas de cout',
  'aucun frais',
  'rien à payer',
  'rien a payer',
  'financé par l',
  'finance par l',
  'pris en charge par l',
  'investissement dans les compétences',
];
const BATTEDOU = ['battedou', 'responsable accompagnement et parcours'];
const VELLA = ['vella'];
const ML_CIO = ['mission locale', 'missions locales', 'c.i.o', 'cio'];
const FT = ['france travail', 'pôle emploi', 'pole emploi'];
const PARENTAL = ['autorisation parentale', 'autorisations parentales', 'parents'];
const FORM_OR_STEPS = [
  'formulaire',
  'fiche de prescription',
  'panda',
  'étape',
  'etape',
  'adhésion',
  'adhesion',
  'remplir',
  'renseign',
];

/** « the agreement does not say » in the ways a French answer may put it. */
const SILENT = [
  'ne prévoit pas',
  'ne prevoit pas',
  'ne dit rien',
  'ne précise pas',
  'ne precise pas',
  'hors',
  'pas prévu',
  'pas prevu',
  'ne couvre pas',
  'aucune information',
  'ne mentionne pas',
  'pas mentionn',
  'ne traite pas',
  'ne parle pas',
  'ne concerne pas',
  'pas d’information',
  "pas d'information",
  'ne donne pas',
  'ne figure pas',
  'n’aborde pas',
  "n'aborde pas",
  'ne contient pas',
  'ne l’indique pas',
  "ne l'indique pas",
  'pas indiqu',
  'ne fixe pas',
  'rien sur',
  'ne sais pas',
  'ne peux pas répondre',
  'ne peux pas repondre',
];

/** A negative verdict. */
const NOT_ELIGIBLE = [
  'pas éligible',
  'pas eligible',
  'non éligible',
  'non eligible',
  'ne peut pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'pas accessible',
  'trop jeune',
  'ne relève pas',
  'ne releve pas',
  'pas concern',
  'pas encore',
  'ne pourra pas',
  'pas ouvert',
];
/** A negative verdict, wrong for an eligible person. */
const NOT_ELIGIBLE_STRICT = ['pas éligible', 'pas eligible', 'non éligible', 'non eligible', 'ne remplit pas'];
/** A positive verdict that would be wrong for an ineligible person. */
const SAID_ELIGIBLE = [
  'il est éligible',
  'elle est éligible',
  'il est bien éligible',
  'elle est bien éligible',
  'il peut entrer',
  'elle peut entrer',
  'oui, il',
  'oui, elle',
];

/** Figures that exist only as targets, never as results. */
const NO_FIGURES_YET = [
  'pas encore disponible',
  'pas disponible',
  'pas encore de',
  'aucun chiffre',
  'aucune donnée',
  'aucune donnee',
  'pas de donnée',
  'pas de donnee',
  'pas de chiffre',
  'ne dispose pas',
  'indisponible',
  'pas encore',
  'pas de résultat',
  'pas de resultat',
  'pas encore été',
];

const FULL = ['complet', 'aucune place', 'plus de place', '0 place', 'places : 0', 'places disponibles : 0', 'pas de place', 'plus aucune'];

export const SIXTY_EIGHTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ───────────────────────────────────────────────────────────
  c('b68-dispo-prepa-cestquoi', ['follow-up'], [
    turn('c koi prepa comp exactement', 'dispositif', [PREPA_DURATION, ['projet', 'formation']], ['13 semaines']),
    turn('et c etale sur cb de temps les jours', 'dispositif', [TWO_WEEKS], ['13 semaines', '4 mois']),
  ]),
  c('b68-dispo-prepa-volets-durees', ['two-questions'], [
    turn(
      'bjr, la prepa comp volet 1 ca dure cb de jours ? et le volet 2 ?',
      'dispositif',
      [VOLET1_DURATION, VOLET2_DURATION],
      ['13 semaines'],
    ),
  ]),
  c('b68-dispo-pec-duree', [], [
    turn('competences pec ca represente combien de jours pour le salarie', 'dispositif', [PEC_DURATION], ['13 semaines', ...PREPA_DURATION]),
  ]),
  c('b68-dispo-promo-duree-rythme', ['two-questions'], [
    turn(
      'la promo 1618 c combien de temps ? et c tous les jours de la semaine ou pas ?',
      'dispositif',
      [PROMO_DURATION, MON_THU],
      PREPA_DURATION,
    ),
  ]),
  c('b68-dispo-promo-phases', [], [
    turn(
      'promo 16 18 ca se decoupe comment, c quoi les etapes',
      'dispositif',
      [['engagement'], ['construction'], ['suite', 'préparation', 'preparation']],
    ),
  ]),
  c('b68-dispo-promo-prolonge', ['follow-up'], [
    turn('c quoi la promo 16/18 en 2 mots', 'dispositif', [PROMO_DURATION, ['jeune', 'mineur', '16']]),
    turn('et apres la sortie y a un suivi ?', 'dispositif', [['6 mois', 'six mois'], ML_CIO]),
  ]),
  c('b68-dispo-promo-max', [], [
    turn(
      'si le jeune a besoin de plus de temps pour reflechir entre les phases la promo peut durer plus longtemps ?',
      'dispositif',
      [PROMO_MAX],
    ),
  ]),
  c('b68-dispo-pec-phases', [], [
    turn(
      'on m a parle des 5 phases de competences PEC, tu peux me les detailler ? jai une salariee en PEC a la mairie de Caussade qui pourrait etre interessee mais je veux savoir a quoi elle s engage',
      'dispositif',
      [['inscription', 'première rencontre', 'premiere rencontre', 'consultant'], ['atelier'], ['vae', 'v.a.e', 'rsfp', 'clea', 'cléa']],
    ),
  ]),
  c('b68-dispo-pec-vae-duree', [], [
    turn('dans competences pec latelier vae il fait combien de temps', 'dispositif', [['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3,5 j']], ['13 semaines']),
  ]),
  c('b68-dispo-pec-clea-socle', ['follow-up'], [
    turn('pec on peut finir sur quoi comme certif', 'dispositif', [['vae', 'v.a.e', 'validation des acquis'], ['rsfp', 'reconnaissance des savoir'], ['clea', 'cléa']]),
    turn('et clea socle ca prend cb de temps', 'dispositif', [['1 jour', 'une journée', 'une journee', 'un jour', '1 journée', '1 journee']]),
  ]),
  c('b68-dispo-cout-cd', [], [
    turn('est ce que le CD doit payer qqch quand on prescrit une prepa comp ?', 'dispositif', [FREE]),
  ]),
  c('b68-dispo-remuneration', [], [
    turn(
      'question d un allocataire : est ce qu il est remunere pendant la prepa comp ?',
      'dispositif',
      [SILENT],
      ['€', 'euros'],
    ),
  ]),
  c('b68-dispo-ou', ['two-questions'], [
    turn(
      'prepa comp et pec ca se passe ou ? que montauban ou ailleurs aussi ?',
      'dispositif',
      [MONTAUBAN, DELOCALISED],
    ),
  ]),
  c('b68-dispo-prepa-distance', [], [
    turn('on peut faire la prepa comp a distance ? mon monsieur a pas de voiture il habite a beaumont', 'dispositif', [REMOTE]),
  ]),
  c('b68-dispo-promo-distance', ['follow-up'], [
    turn('la promo 1618 elle peut se faire a distance ?', 'dispositif', [ON_SITE], ['distanciel possible']),
    turn('ok et c quels jours', 'dispositif', [MON_THU]),
  ]),
  c('b68-dispo-bilan', ['two-questions'], [
    turn(
      'le bilan individuel a la fin c qui le recoit ? et c pour quels dispositifs',
      'dispositif',
      [REFERENT, PREPA, ['vae', 'v.a.e', 'pec']],
    ),
  ]),
  c('b68-dispo-pec-quand', [], [
    turn('a partir de quand on peut mobiliser competences pec ? faut attendre la fin du contrat ?', 'dispositif', [['signature', 'premiers mois', 'dès le début', 'des le debut']]),
  ]),
  c('b68-dispo-promo-code', [], [
    turn('la promo 16 18 prepare au code de la route ?? une educatrice ASE me demande', 'dispositif', [['code']]),
  ]),
  c('b68-dispo-panda', [], [
    turn('panda cest quoi ce truc', 'dispositif', [['traçabilité', 'tracabilite', 'trace', 'suivi des parcours', 'plateforme', 'plate-forme']]),
  ]),
  c('b68-dispo-accord-duree', ['two-questions'], [
    turn(
      'l accord cd afpa il court sur combien de temps ? et il peut etre prolonge ?',
      'dispositif',
      [['2 ans', 'deux ans'], ['avenant']],
    ),
  ]),
  c('b68-dispo-prepa-volet-choix', [], [
    turn(
      'g une dame au RSA qui a deja son projet valide, elle a une entree en formation en fevrier mais elle a peur de lacher, c quel volet de la prepa',
      'dispositif',
      [['volet 2', 'sécuris', 'securis']],
    ),
  ]),

  // ── agenda ───────────────────────────────────────────────────────────────
  c('b68-agenda-infocoll-prepa-castel', ['follow-up'], [
    turn('prochaine info coll prepa comp ?', 'agenda', [on('2027-01-14'), MONTAUBAN], notOn('2027-01-07')),
    turn('et a castel ?', 'agenda', [on('2027-01-21'), ['castelsarrasin']], notOn('2027-03-04')),
    turn('et du cote de valence d agen', 'agenda', [on('2027-03-04')], notOn('2027-01-21')),
  ]),
  c('b68-agenda-jpo-moissac', ['follow-up'], [
    turn('c quand la prochaine jpo', 'agenda', [on('2027-02-03')], notOn('2027-01-07')),
    turn('et a moissac ?', 'agenda', [on('2027-02-17'), ['moissac']], notOn('2027-02-03')),
  ]),
  c('b68-agenda-jpo-passee', ['two-questions'], [
    turn(
      'on m a dit qu il y avait une jpo le 7 janvier, je peux encore y envoyer qqn ? sinon la suivante c quand',
      'agenda',
      [on('2027-02-03')],
    ),
  ]),
  c('b68-agenda-visite-soudure', ['two-questions', 'follow-up'], [
    turn('visite plateau soudure c quand et a quelle heure', 'agenda', [on('2027-01-19'), ['14h', '14:00', '14 h']], notOn('2027-03-10')),
    turn('et en elec ?', 'agenda', [on('2027-03-10')], notOn('2027-01-19')),
  ]),
  c('b68-agenda-reunion-batiment', [], [
    turn('reunion metiers batiment ?', 'agenda', [on('2027-02-23'), ['caussade']], notOn('2027-01-26')),
  ]),
  c('b68-agenda-reunion-logistique', ['two-questions'], [
    turn(
      'jai 2 allocataires interesses par la logistique, cariste tout ca. y a une reunion metier bientot ? c ou ?',
      'agenda',
      [on('2027-01-26'), MONTAUBAN],
      notOn('2027-02-23'),
    ),
  ]),
  c('b68-agenda-prepa-v1-janvier', [], [
    turn('entrees prepa volet 1 en janvier ? combien de places', 'agenda', [on('2027-01-18'), seats(6)], [...notOn('2027-02-08'), ...notOn('2027-03-08')]),
  ]),
  c('b68-agenda-prepa-v2-places', ['follow-up'], [
    turn('prochaine entree prepa comp volet 2 ?', 'agenda', [on('2027-01-25')], notOn('2027-01-18')),
    turn('il reste de la place ?', 'agenda', [FULL]),
    turn('ok et la suivante', 'agenda', [on('2027-02-15'), ['castelsarrasin']], notOn('2027-01-18')),
  ]),
  c('b68-agenda-prepa-v1-moissac', ['follow-up'], [
    turn('prepa volet 1 prochaines entrees', 'agenda', [on('2027-01-18')]),
    turn('et a moissac ?', 'agenda', [on('2027-03-08'), seats(6)], notOn('2027-01-18')),
  ]),
  c('b68-agenda-prepa-fevrier', [], [
    turn('sessions prepa comp en fevrier ?', 'agenda', [on('2027-02-08'), on('2027-02-15')], [...notOn('2027-01-18'), ...notOn('2027-03-08')]),
  ]),
  c('b68-agenda-infocoll-pec', [], [
    turn('y a une info coll pour competences pec ? pour une salariee en PEC et son employeur', 'agenda', [on('2027-02-09'), ['moissac']], notOn('2027-01-14')),
  ]),
  c('b68-agenda-pec-atelier2', ['two-questions'], [
    turn(
      'prochaine entree competences pec atelier 2 ? et y en a une a distance ?',
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
    ),
  ]),
  c('b68-agenda-pec-atelier3', [], [
    turn('atelier 3 pec c quand', 'agenda', [on('2027-02-10')], notOn('2027-01-20')),
  ]),
  c('b68-agenda-promo-entree', ['two-questions'], [
    turn('la promo 16/18 prochaine entree c quand ? il y a combien de places', 'agenda', [on('2027-02-01'), seats(10)]),
  ]),
  c('b68-agenda-cette-semaine', [], [
    turn('quoi de prevu cette semaine a l afpa', 'agenda', [on('2027-01-14')], [...notOn('2027-01-07'), ...notOn('2027-01-19')]),
  ]),
  c('b68-agenda-semaine-pro', [], [
    turn('et la semaine pro ya quoi comme evenement', 'agenda', [on('2027-01-19'), on('2027-01-21')], [...notOn('2027-01-14'), ...notOn('2027-01-26')]),
  ]),
  c('b68-agenda-mars', [], [
    turn('agenda de mars stp', 'agenda', [on('2027-03-04'), on('2027-03-10'), on('2027-03-17')], notOn('2027-02-23')),
  ]),
  c('b68-agenda-places-soudeur', ['follow-up'], [
    turn('places dispo en soudure ?', 'agenda', [seats(4), on('2027-02-01')], ['plaquiste', 'cariste', 'restauration']),
    turn('et plaquiste ?', 'agenda', [FULL], ['soudeur', 'cariste']),
  ]),
  c('b68-agenda-places-logistique', ['two-questions'], [
    turn(
      'cariste il reste combien de places ? et preparateur de commandes ?',
      'agenda',
      [seats(6), seats(5), ['castelsarrasin']],
      ['plaquiste', 'soudeur'],
    ),
  ]),
  c('b68-agenda-places-moissac', [], [
    turn('quelles formations a moissac avec des places', 'agenda', [['propreté', 'proprete'], seats(7)], ['soudeur', 'plaquiste']),
  ]),
  c('b68-agenda-places-restauration', ['two-questions'], [
    turn('formation agent de restauration c ou et ca commence quand', 'agenda', [['caussade'], on('2027-03-15')], ['soudeur']),
  ]),
  c('b68-agenda-places-batiment', ['follow-up'], [
    turn('places en macon ?', 'agenda', [seats(3), on('2027-02-15')], ['cariste', 'soudeur']),
    turn('et en elec', 'agenda', [seats(2), on('2027-03-08')], ['cariste', 'soudeur']),
  ]),
  c('b68-agenda-castel-infocoll-places', ['two-questions'], [
    turn('info coll prepa a castelsarrasin c quand et cb de places', 'agenda', [on('2027-01-21'), seats(12)], notOn('2027-01-14')),
  ]),

  // ── eligibility ──────────────────────────────────────────────────────────
  c('b68-elig-rsa-projet-flou', [], [
    turn(
      'Bonjour, je suis une dame de 45 ans au RSA depuis 2 ans, pas inscrite a FT, elle voudrait bosser dans l aide a domicile mais elle est pas sure du tout de son projet, elle a jamais fait de formation. Vous pensez qu il y a un dispositif qui irait ?',
      'eligibility',
      [PREPA],
      ['13 semaines'],
    ),
  ]),
  c('b68-elig-rsa-securiser', [], [
    turn(
      'monsieur 30 ans BRSA inscrit FT, il rentre en formation soudeur a l afpa en fevrier mais il a deja abandonne 2 formations avant, on peut faire qqch pour securiser ?',
      'eligibility',
      [PREPA, ['volet 2', 'sécuris', 'securis']],
    ),
  ]),
  c('b68-elig-pec-mairie', ['follow-up'], [
    turn(
      'jai une BRSA en PEC a la mairie depuis 3 mois, agent d entretien, elle aimerait faire reconnaitre son experience. ca rentre dans quoi ?',
      'eligibility',
      [PEC],
    ),
    turn('ok il se passe quoi ensuite, je dois faire quoi moi', 'eligibility', [EMPLOYER]),
  ]),
  c('b68-elig-ase-17-decroche', ['follow-up'], [
    turn(
      'jeune ASE 17 ans, a lache le lycee en octobre, ne fait rien depuis, il peut faire la promo 1618 ?',
      'eligibility',
      [PROMO],
      NOT_ELIGIBLE_STRICT,
    ),
    turn('et ensuite ca se passe comment', 'eligibility', [['engagement', 'autorisation', 'panda', 'inscri', 'référent de parcours', 'referent de parcours']]),
  ]),
  c('b68-elig-ml-16', [], [
    turn('ado 16 ans decrocheur pas ASE, suivi par la ML, promo 1618 possible ? qui l oriente ?', 'eligibility', [PROMO, ML_CIO], NOT_ELIGIBLE_STRICT),
  ]),
  c('b68-elig-15-ans', [], [
    turn('un jeune de 15 ans confie a l ASE qui va plus au college, promo 16 18 ?', 'eligibility', [NOT_ELIGIBLE, ['16 ans', '16 à 18', '16 a 18', '16-18', '16-17']], SAID_ELIGIBLE),
  ]),
  c('b68-elig-17-lycee', [], [
    turn('jeune fille 17 ans ASE toujours scolarisee en 1ere, elle peut aller sur la promo ?', 'eligibility', [NOT_ELIGIBLE], SAID_ELIGIBLE),
  ]),
  c('b68-elig-19-puis-17', ['follow-up', 'correction'], [
    turn('une jeune de 19 ans en contrat jeune majeur ASE, sans formation, la promo 1618 c jouable ?', 'eligibility', [NOT_ELIGIBLE], SAID_ELIGIBLE),
    turn('ah non pardon elle a 17 ans', 'eligibility', [PROMO], NOT_ELIGIBLE_STRICT),
  ]),
  c('b68-elig-16-puis-15', ['follow-up', 'correction'], [
    turn('jeune ASE 16 ans decroche depuis la rentree, promo ok ?', 'eligibility', [PROMO]),
    turn('ah non je me suis trompee il a 15 ans, il aura 16 ans en juin', 'eligibility', [NOT_ELIGIBLE, ['16 ans', '16 à 18', '16 a 18']], SAID_ELIGIBLE),
  ]),
  c('b68-elig-apprenti', [], [
    turn('mineur de 16 ans ASE, il est en apprentissage chez un boulanger, on peut l inscrire a la promo 16/18 ?', 'eligibility', [NOT_ELIGIBLE], SAID_ELIGIBLE),
  ]),
  c('b68-elig-rqth', [], [
    turn(
      'mr 58 ans RSA avec RQTH, ancien macon, il peut plus porter a cause du dos, il doit se reconvertir mais il sait pas vers quoi. prepa comp c possible avec une TH ?',
      'eligibility',
      [PREPA],
    ),
  ]),
  c('b68-elig-ass-non-rsa', [], [
    turn('et pour qqn qui est pas au rsa, juste inscrit a FT en ASS ? je peux lui prescrire la prepa ?', 'eligibility', [FT, ['rsa']]),
  ]),
  c('b68-elig-siae-rsfp', [], [
    turn(
      'salarie en ACI depuis 1 an, au rsa, pas de diplome, il voudrait faire reconnaitre ce qu il sait faire mais il a pas les prerequis pour une vae',
      'eligibility',
      [['rsfp', 'reconnaissance des savoir']],
    ),
  ]),
  c('b68-elig-fle', [], [
    turn('dame primo arrivante au rsa, parle tres peu francais, y a quelque chose a l afpa pour elle ?', 'eligibility', [['français', 'francais']]),
  ]),
  c('b68-elig-garde-enfants', ['two-questions'], [
    turn(
      'maman solo au rsa 3 enfants dont un bebe, elle veut travailler son projet pro. elle peut faire la prepa ? et pour la garde des enfants comment on fait ?',
      'eligibility',
      [PREPA, ['garde', 'conditions matérielles', 'conditions materielles']],
    ),
  ]),
  c('b68-elig-mobilite', ['two-questions'], [
    turn(
      'BRSA qui habite a Lauzerte sans permis ni voiture. prepa comp ok pour lui ? il doit forcement venir a montauban ?',
      'eligibility',
      [PREPA, [...REMOTE, ...DELOCALISED]],
    ),
  ]),
  c('b68-elig-pec-fini', ['follow-up', 'correction'], [
    turn('allocataire en contrat PEC dans une asso, elle veut valider son experience, quel dispositif ?', 'eligibility', [PEC]),
    turn(
      'ah non en fait son pec est fini depuis 1 an elle est au rsa sans rien, elle voudrait se former mais sait pas dans quoi',
      'eligibility',
      [PREPA],
    ),
  ]),
  c('b68-elig-pec-debut', [], [
    turn('mon gars vient de signer son PEC la semaine derniere, c trop tot pour competences pec ?', 'eligibility', [['signature', 'dès', 'des maintenant', 'pas trop tôt', 'pas trop tot', 'premiers mois']]),
  ]),
  c('b68-elig-ase-parents', ['two-questions'], [
    turn('jeune 17 ans suivi ML, plus scolarise, promo 1618 ok ? faut l accord des parents ?', 'eligibility', [PROMO, PARENTAL]),
  ]),
  c('b68-elig-rsa-long-message', [], [
    turn(
      'Bonjour a tous, petite question, je suis nouvelle au service insertion de Castelsarrasin, j accompagne un monsieur de 38 ans au RSA depuis longtemps, il a travaille dans le batiment au noir, il est tres eloigne de l emploi, il a pas de projet precis mais il dit qu il aimerait une formation, il est pas inscrit a france travail. Est ce qu il peut entrer sur quelque chose avec l afpa et qu est ce qui se passe apres ? merci d avance',
      'eligibility',
      [PREPA, [...REFERENT, 'bilan', 'panda']],
    ),
  ]),
  c('b68-elig-ase-then-agenda', ['follow-up'], [
    turn('jeune ase 16 ans sorti du college sans rien, promo ?', 'eligibility', [PROMO], NOT_ELIGIBLE_STRICT),
    turn('prochaine entree ?', 'agenda', [on('2027-02-01')]),
    turn('et l info coll pour les parents ?', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
  ]),

  // ── out of scope ─────────────────────────────────────────────────────────
  c('b68-oos-transport', [], [
    turn('le CD rembourse les frais d essence pour aller a montauban pendant la prepa ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b68-oos-rsa-maintien', [], [
    turn('si il fait la prepa il garde son rsa ? ca coupe pas les droits ?', 'out_of_scope', [SILENT]),
  ]),
  c('b68-oos-hebergement', [], [
    turn('l afpa peut heberger un allocataire pendant sa formation soudeur ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b68-oos-cej', [], [
    turn('et le contrat d engagement jeune c compatible avec la promo ?', 'out_of_scope', [SILENT]),
  ]),
  c('b68-oos-permis', [], [
    turn('est ce que la promo finance le permis B ?', 'out_of_scope', [SILENT], ['€', 'euros']),
  ]),
  c('b68-oos-aide-soignant', [], [
    turn('y a une formation aide soignante a l afpa montauban ?', 'out_of_scope', [[...SILENT, 'pas de formation', 'aucune formation', 'pas publi', 'ne propose pas', 'pas dans']], ['soudeur']),
  ]),
  c('b68-oos-aah', [], [
    turn('mon monsieur a l AAH, ca change quoi au niveau de ses ressources s il fait la formation', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b68-oos-cpf', [], [
    turn('tu peux m aider a ouvrir le compte CPF d un beneficiaire', 'out_of_scope', [SILENT]),
  ]),
  c('b68-oos-garde-financement', ['follow-up'], [
    turn('pour la garde d enfant pendant la prepa, c qui qui s en occupe ?', 'dispositif', [REFERENT]),
    turn('et c pris en charge financierement par qui ?', 'out_of_scope', [SILENT], ['€']),
  ]),
  c('b68-oos-meteo', [], [
    turn('il va neiger demain a montauban ?', 'out_of_scope', [[...SILENT, 'pas en mesure', 'je ne peux pas', 'que sur', 'uniquement']]),
  ]),

  // ── contact ──────────────────────────────────────────────────────────────
  c('b68-contact-afpa-prepa', [], [
    turn('qui je contacte a l afpa pour une question sur une prepa comp', 'contact', [BATTEDOU]),
  ]),
  c('b68-contact-coordo', [], [
    turn('c qui le coordonnateur departemental des dispositifs', 'contact', [VELLA], ['battedou est coordonnat']),
  ]),
  c('b68-contact-referent-cd', [], [
    turn('cote CD c qui le referent de l experimentation ? c un nom ?', 'contact', [['département', 'departement'], [...SILENT, 'désigne', 'designe', 'pas nomm', 'ne nomme pas']]),
  ]),
  c('b68-contact-suivi-accord', [], [
    turn('qui suit l accord de partenariat', 'contact', [VELLA, ['weill', 'président', 'president', 'représentant', 'representant']]),
  ]),
  c('b68-contact-decrocheur', [], [
    turn('un jeune decrocheur pas suivi par l ase, je l envoie vers qui pour la promo', 'contact', [ML_CIO]),
  ]),
  c('b68-contact-habilitation', [], [
    turn('qui m habilite pour acceder a panda ?', 'contact', [['afpa', 'a.f.p.a']]),
  ]),
  c('b68-contact-tel', ['follow-up'], [
    turn('la personne qui deploie les dispositifs a l afpa c qui ?', 'contact', [BATTEDOU]),
    turn('t as son num ou son mail ?', 'contact', [[...SILENT, 'pas de numéro', 'pas de numero', 'aucun numéro', 'aucun numero', 'pas ses coordonnées', 'pas ses coordonnees', 'pas de coordonn']], ['@']),
  ]),
  c('b68-contact-copil', ['two-questions'], [
    turn(
      'le comite de pilotage il se reunit quand ? et c qui qui pilote au national ?',
      'contact',
      [['1 fois par an', 'une fois par an', 'annuel', 'trimestri', 'chaque trimestre'], ['dgefp', 'd.g.e.f.p']],
    ),
  ]),

  // ── figures ──────────────────────────────────────────────────────────────
  c('b68-fig-objectifs', [], [
    turn('objectifs chiffres du plan d action ?', 'figures', [['30'], ['50'], ['10']]),
  ]),
  c('b68-fig-prepa', ['follow-up'], [
    turn('cb de BRSA on doit mettre en prepa comp sur l annee', 'figures', [['30', 'trente']], ['35 000']),
    turn('et en pec ?', 'figures', [['50', 'cinquante']]),
  ]),
  c('b68-fig-promo-ase', ['two-questions'], [
    turn('combien de jeunes ase on doit orienter vers la promo ? et on en est ou ?', 'figures', [['10', 'dix'], NO_FIGURES_YET]),
  ]),
  c('b68-fig-realise', [], [
    turn('combien d allocataires sont deja rentres en competences pec cette annee ?', 'figures', [NO_FIGURES_YET]),
  ]),
  c('b68-fig-indicateurs', [], [
    turn('quels indicateurs sont suivis pour les jpo et info coll ?', 'figures', [['nombre', 'participants', 'participant']]),
  ]),
  c('b68-fig-promo-national', [], [
    turn('la promo au national c combien de jeunes et quel taux de sortie positive ?', 'figures', [['35 000', '35000', '35\u00a0000', '35\u202f000', '35.000', 'trente-cinq mille'], ['70']]),
  ]),
  c('b68-fig-taux-reussite', ['follow-up'], [
    turn('quels indicateurs pour l acces a la formation de droit commun', 'figures', [['réussite', 'reussite', 'sortie emploi', 'sorties emploi', 'entrés en formation', 'entres en formation', 'réunions métiers', 'reunions metiers']]),
    turn('et du coup le taux de reussite aux examens il est de cb ?', 'figures', [NO_FIGURES_YET], ['%']),
  ]),

  // ── prescribe ────────────────────────────────────────────────────────────
  c('b68-presc-prepa', [], [
    turn('je veux prescrire une prepa comp pour un monsieur', 'prescribe', [FORM_OR_STEPS]),
  ]),
  c('b68-presc-pec-employeur', ['two-questions'], [
    turn(
      'je voudrais orienter une salariee PEC sur competences pec, faut l accord de l employeur ? et je fais comment ?',
      'prescribe',
      [EMPLOYER, FORM_OR_STEPS],
    ),
  ]),
  c('b68-presc-promo', [], [
    turn('comment j oriente un jeune ase sur la promo 1618', 'prescribe', [[...FORM_OR_STEPS, 'inscri']]),
  ]),
  c('b68-presc-qui-inscrit', [], [
    turn('c moi qui fait l inscription sur panda ou c l afpa ?', 'prescribe', [REFERENT, PANDA]),
  ]),
  c('b68-presc-direct', [], [
    turn('on peut prescrire directement nous le CD ou faut passer par FT ?', 'prescribe', [['directement', 'direct']]),
  ]),
  c('b68-presc-annule', ['follow-up'], [
    turn('prescrire prepa comp', 'prescribe', [FORM_OR_STEPS]),
    turn('non laisse tomber annule', 'other', [['annul', 'ok', 'entendu', 'noté', 'note', 'pas de souci', 'pas de problème', 'pas de probleme', 'arrêt', 'arret', 'abandon']]),
  ]),
  c('b68-presc-session', ['follow-up'], [
    turn('prepa comp volet 1 a montauban prochaine entree ?', 'agenda', [on('2027-01-18'), seats(6)]),
    turn('top je peux inscrire ma beneficiaire dessus ?', 'prescribe', [FORM_OR_STEPS]),
  ]),
  c('b68-presc-role-referent', [], [
    turn(
      'avant de prescrire qu est ce que je dois faire moi en tant que referent ? genre recueillir son accord etc',
      'prescribe',
      [['adhésion', 'adhesion', 'accord', 'informe'], ['mobilité', 'mobilite', 'garde', 'conditions matérielles', 'conditions materielles', 'panda']],
    ),
  ]),
  c('b68-presc-eligible-then', ['follow-up'], [
    turn('dame 52 ans RSA, veut se reorienter apres 20 ans de caisse, prepa comp ca irait ?', 'eligibility', [PREPA]),
    turn('ok je la prescris', 'prescribe', [FORM_OR_STEPS]),
  ]),

  // ── other ────────────────────────────────────────────────────────────────
  c('b68-other-bonjour', [], [
    turn('bjr', 'other', [['bonjour', 'salut', 'hello']]),
  ]),
  c('b68-other-aide', [], [
    turn('aide', 'other', [['dispositif', 'prépa', 'prepa', 'agenda', 'prescri', 'éligib', 'eligib']]),
  ]),
  c('b68-other-tu-sers-a-quoi', [], [
    turn('tu sers a quoi exactement', 'other', [['dispositif', 'prépa', 'prepa', 'agenda', 'prescri', 'éligib', 'eligib']]),
  ]),
  c('b68-other-merci', ['follow-up'], [
    turn('c quoi la duree de la pec', 'dispositif', [PEC_DURATION], PREPA_DURATION),
    turn('merci bcp', 'other', [['avec plaisir', 'de rien', 'je vous en prie', 'bonne journée', 'bonne journee', 'hésitez', 'hesitez', 'à votre service', 'a votre service', 'volontiers']]),
  ]),
  c('b68-other-annule', [], [
    turn('stop', 'other', [['annul', 'ok', 'entendu', 'noté', 'note', 'pas de souci', 'arrêt', 'arret']]),
  ]),
];
