/**
 * Seventy-fifth blind set. Who speaks: référents insertion RSA of the Département (CD82)
 * writing to the bot in Teams as they speak — voice dictation with its mistakes, no
 * punctuation, run-on sentences, SMS abbreviations (prépa comp, PEC, 1618, BRSA, FT, ML,
 * RQTH, CD, ASE, info coll, JPO), two questions at once, often about a programme and a
 * person together, and follow-ups that only make sense after the previous turn.
 *
 * Written blind from the agreement (Département de Tarn-et-Garonne – AFPA, with its action
 * plan and the protocol of the three programmes), the product guide and the agenda
 * fixture (today frozen at Monday 11 January 2027, 9:00 Europe/Paris), without looking
 * at the bot's code or at any other set.
 */
import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case; its tags get the intents of its turns, plus 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((t) => t.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Tag of a message that asks two things at once. */
const TWO = 'two-questions';

// ── Facts of the agreement, in the ways a French answer may write them ─────

const PREPA = ['prepa competences', 'prepa comp'];
const CPEC = ['competences pec', 'competences p.e.c', 'competences-pec'];
const PROMO = ['promo 16', 'promo16', 'promo 1618'];

const PREPA_DURATION = [
  '2 à 8 jours',
  '2 et 8 jours',
  '2 à 8 j',
  'deux à huit jours',
  '2 jours à 8 jours',
  '2-8 jours',
  '8 jours maxi',
  '8 jours maximum',
];
const VOLET1_DURATION = [
  '5 à 6 jours',
  '5 à 6 j',
  '5 ou 6 jours',
  '5-6 jours',
  '5 et 6 jours',
  'cinq à six jours',
];
const VOLET2_DURATION = ['4 à 8 jours', '4 à 8 j', '4 et 8 jours', '4-8 jours', 'quatre à huit jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j ', '5 journées'];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const FOUR_MONTHS = ['4 mois', 'quatre mois'];
const MONDAY_THURSDAY = ['lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'lundi au jeu'];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const SIX_MONTHS = ['6 mois', 'six mois'];
const MISSION_LOCALE = ['mission locale', 'missions locales'];
const FREE = [
  'sans contrepartie',
  'gratuit',
  'aucun coût',
  'pas de coût',
  'aucune contrepartie',
  'rien à payer',
  'ne coûte rien',
  'pas payant',
  'aucun frais',
  'sans frais',
];
const STATE = ['état', 'pic', 'investissement dans les compétences', 'dgefp', 'd.g.e.f.p'];
const FULL = ['complet', ...seats(0), 'plus de place', 'aucune place', 'plus aucune place', 'pas de place'];

/** « The agreement does not say / does not cover it », in many wordings. */
const SILENT = [
  'prévoit pas',
  'prévoit rien',
  'dit rien',
  'précise pas',
  'mentionne pas',
  'couvre pas',
  'traite pas',
  'aborde pas',
  'parle pas',
  'évoque pas',
  'indique pas',
  'figure pas',
  'fixe pas',
  'donne pas',
  'pas prévu',
  'pas couvert',
  'pas mentionné',
  'pas précisé',
  'pas indiqué',
  'aucune information',
  'aucune mention',
  'aucune précision',
  'rien sur',
  'rien à ce sujet',
  'hors',
  'ne sais pas',
  'pas d’information',
  "pas d'information",
  'pas de réponse',
];
/** A figure that is not known yet. */
const UNAVAILABLE = [
  'pas encore',
  'pas disponible',
  'indisponible',
  'aucun chiffre',
  'aucune donnée',
  'pas de donnée',
  'pas de chiffre',
  'ne dispose pas',
  'pas en mesure',
  'ne connais pas',
  'pas connu',
  'aucune entrée',
  'aucun résultat',
  'pas de résultat',
  'pas encore été',
  'pas de bilan',
];
const YES = [
  'éligible',
  'peut bénéficier',
  'peut entrer',
  'peut suivre',
  'peut intégrer',
  'peut être orienté',
  'peut être orientée',
  'peut y',
  'peut faire',
  'oui',
  'possible',
  'correspond',
  'entre dans',
];
const NO = [
  'pas éligible',
  'non éligible',
  'inéligible',
  'ne peut pas',
  'pas possible',
  'ne remplit pas',
  'ne correspond pas',
  'réservé',
  'ne relève pas',
  'pas accessible',
  'ne rentre pas',
  'pas encore',
  'non,',
  'non.',
  'pas pour',
];
const FORM = [
  'formulaire',
  'fiche de prescription',
  'remplir',
  'remplissez',
  'champs',
  'saisir',
  'saisissez',
];
const HELP = ['dispositif', 'agenda', 'prescri', 'éligib', 'calendrier', 'je peux'];
/** Positive verdicts that must not be given to a person eligible to nothing. */
const POSITIVE = ['est éligible', 'remplit les conditions', 'peut entrer dans la promo'];

export const SEVENTY_FIFTH_BLIND_SET: ConversationCase[] = [
  // ── dispositif ─────────────────────────────────────────────────────────────
  c(
    'b75-prepa-duree-et-volets',
    [TWO],
    [
      turn(
        'slt c quoi exactement la prepa comp ca dure cmb de temps et c quoi la diff entre volet 1 et volet 2 jai une dame qui hesite elle sait pas trop si elle veut faire une formation ou pas',
        'dispositif',
        [
          PREPA_DURATION,
          ['consolider', 'projet professionnel', 'diagnostic'],
          ['sécuriser', 'entrée en formation'],
        ],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b75-prepa-volet1-jours',
    [],
    [
      turn(
        'le volet 1 de la prepa cest combien de jours exactement pcq mon monsieur il a des rdv medicaux',
        'dispositif',
        [VOLET1_DURATION],
        ['13 semaines'],
      ),
      turn('et le volet 2', 'dispositif', [VOLET2_DURATION], ['13 semaines']),
    ],
  ),
  c(
    'b75-prepa-volet2-hors-afpa',
    [],
    [
      turn(
        'alors voila jai une brsa qui veut rentrer en formation dans un autre organisme pas a l afpa est ce que le volet 2 securiser l entree en formation ca marche quand meme',
        'dispositif',
        [['hors afpa', 'hors a.f.p.a', 'autre organisme', 'ailleurs', 'oui', 'aussi', 'également']],
      ),
    ],
  ),
  c(
    'b75-prepa-distance',
    [],
    [
      turn(
        'on peut la faire a distance la prepa comp ma personne elle a pas de voiture elle habite a lauzerte cest loin de tout',
        'dispositif',
        [['distance', 'distanciel']],
      ),
    ],
  ),
  c(
    'b75-prepa-cout-financeur',
    [TWO],
    [
      turn(
        'ca coute qqch au departement la prepa comp quand on prescrit et cest finance par qui au final',
        'dispositif',
        [FREE, STATE],
      ),
    ],
  ),
  c(
    'b75-prepa-remuneree',
    [],
    [
      turn(
        'est ce que la personne est remuneree pendant la prepa competences ou elle garde juste son rsa',
        'dispositif',
        [SILENT],
      ),
    ],
  ),
  c(
    'b75-prepa-public-ft',
    [],
    [
      turn(
        'la prepa c pour qui exactement faut etre inscrit a FT ou pas pcq la moitie de mes brsa sont pas inscrits',
        'dispositif',
        [
          ['rsa'],
          [
            'inscrits ou non',
            'inscrit ou non',
            'non inscrit',
            'non-inscrit',
            'pas besoin',
            'pas obligatoire',
            'que ce soit',
            'ou non',
            'pas nécessaire',
            'même sans',
          ],
        ],
      ),
    ],
  ),
  c(
    'b75-prepa-phases',
    [],
    [
      turn('les 4 phases de la prepa comp c quoi deja jai oublie', 'dispositif', [
        ['préparer'],
        ['réfléchir'],
        ['agir'],
      ]),
    ],
  ),
  c(
    'b75-pec-quoi-duree',
    [TWO],
    [
      turn(
        'competences PEC cest quoi et ca dure combien de temps jai un monsieur en PEC aux espaces verts de la mairie de moissac il voudrait valider qqch',
        'dispositif',
        [['vae', 'v.a.e', 'rsfp', 'r.s.f.p', 'cléa', 'certification', 'validation des acquis'], PEC_DAYS],
        ['2 à 8 jours', '13 semaines'],
      ),
    ],
  ),
  c(
    'b75-pec-vae-clea-durees',
    [TWO],
    [
      turn(
        'dans competences pec la vae ca prend combien de jours et la clea socle aussi cest pareil',
        'dispositif',
        [
          ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3 jours ½', '3,5 j'],
          ['1 jour', 'une journée', '1 journée', 'un jour'],
        ],
      ),
    ],
  ),
  c(
    'b75-pec-a-partir-de-quand',
    [],
    [
      turn(
        'mon brsa vient de signer son contrat pec la semaine derniere est ce que je peux lancer competences pec tout de suite ou faut attendre quelques mois',
        'dispositif',
        [['signature', 'premiers mois', 'immédiatement', 'tout de suite', 'dès']],
      ),
    ],
  ),
  c(
    'b75-pec-repart-avec',
    [],
    [
      turn(
        'a la fin de competences pec la personne elle repart avec quoi concretement un diplome un papier',
        'dispositif',
        [['portefeuille de compétences', 'certification', 'vae', 'rsfp', 'cléa', 'diplôme', 'titre']],
      ),
    ],
  ),
  c(
    'b75-promo-duree-rythme',
    [TWO],
    [
      turn(
        'la promo 1618 ca dure combien et cest tous les jours ou pas pcq le jeune il a un suivi psy le vendredi apres midi',
        'dispositif',
        [PROMO_DURATION, MONDAY_THURSDAY],
        ['2 à 8 jours'],
      ),
      turn('et si il a besoin de plus de temps entre les phases ca peut etre rallonge', 'dispositif', [
        FOUR_MONTHS,
      ]),
    ],
  ),
  c(
    'b75-promo-etapes',
    [],
    [
      turn('c quoi les etapes de la promo 16 18 la maman veut savoir comment ca se passe', 'dispositif', [
        ['engagement'],
        ['construction'],
        ['suite', 'préparation'],
      ]),
    ],
  ),
  c(
    'b75-promo-apres',
    [],
    [
      turn(
        'et apres la promo le jeune il est suivi ou il est lache dans la nature du jour au lendemain',
        'dispositif',
        [SIX_MONTHS, MISSION_LOCALE],
      ),
    ],
  ),
  c(
    'b75-promo-code-contenu',
    [TWO],
    [
      turn(
        'ils font quoi pendant la promo concretement y a des ateliers et est ce qu ils passent le code',
        'dispositif',
        [
          ['code de la route', 'code'],
          ['atelier', 'métiers', 'open badge', 'chantier', 'projet professionnel'],
        ],
      ),
    ],
  ),
  c(
    'b75-ou-ca-se-passe',
    [],
    [
      turn(
        'on est a negrepelisse nous cest que sur montauban les dispositifs afpa ou ca peut venir chez nous sur le territoire',
        'dispositif',
        [
          ['montauban'],
          ['délocalis', 'ensemble du département', 'tout le département', 'distance', 'autres communes'],
        ],
      ),
    ],
  ),
  c(
    'b75-bilan-fin-prepa',
    [],
    [
      turn(
        'a la fin de la prepa est ce que je recois un retour de l afpa sur ce qu a fait la personne pcq j ai besoin pour son contrat d engagement',
        'dispositif',
        [['bilan individuel', 'bilan']],
      ),
    ],
  ),
  c(
    'b75-suivi-national',
    [TWO],
    [
      turn(
        'qui suit ces dispositifs au niveau national y a un copil et il se reunit tous les combien',
        'dispositif',
        [
          ['dgefp', 'd.g.e.f.p', 'délégation générale'],
          ['trimestr', 'tous les 3 mois', 'tous les trois mois'],
        ],
      ),
    ],
  ),
  c(
    'b75-date-limite-entree',
    [],
    [
      turn(
        'jusqu a quand les BRSA peuvent entrer dans le dispositif y a une date limite dans la convention ou pas',
        'dispositif',
        [['31 décembre 2022', '31/12/2022', '31 déc']],
      ),
    ],
  ),
  c(
    'b75-duree-accord',
    [],
    [
      turn('la convention cd afpa elle est signee pour combien de temps et depuis quand', 'dispositif', [
        ['2 ans', 'deux ans'],
        ['2022'],
      ]),
    ],
  ),
  c(
    'b75-francais-pro',
    [],
    [
      turn(
        'y a un truc pour le francais a l afpa jai une dame primo arrivante afghane elle parle tres peu',
        'dispositif',
        [['français à visée professionnelle', 'français langue étrangère', 'fle', 'visée professionnelle']],
      ),
    ],
  ),
  c(
    'b75-prepa-suite',
    [],
    [
      turn(
        'la prepa comp ca consiste en quoi en gros',
        'dispositif',
        [['projet professionnel', 'entrée en formation', 'consolider', 'sécuriser', 'ateliers']],
        ['13 semaines'],
      ),
      turn('et ca dure combien', 'dispositif', [PREPA_DURATION], ['13 semaines']),
      turn('sur combien de semaines', 'dispositif', [TWO_WEEKS]),
    ],
  ),
  c(
    'b75-pec-puis-vae',
    [],
    [
      turn('competences pec en 2 mots', 'dispositif', [
        ['vae', 'rsfp', 'cléa', 'certification', 'validation des acquis'],
      ]),
      turn('et la vae dedans ca prend combien', 'dispositif', [
        ['3,5 jours', '3.5 jours', '3 jours et demi', 'trois jours et demi', '3 jours ½', '3,5 j'],
      ]),
    ],
  ),
  c(
    'b75-promo-puis-qui-oriente',
    [],
    [
      turn('la promo 16 18 c pour qui', 'dispositif', [
        ['16', 'mineur'],
        ['décroch', 'quitté', 'ni en formation', 'pas en formation', 'sans emploi', 'ne travaillent pas'],
      ]),
      turn('et c qui qui propose le dispositif aux jeunes', 'dispositif', [
        ['mission locale', 'missions locales', 'cio', 'c.i.o'],
      ]),
    ],
  ),

  // ── agenda ─────────────────────────────────────────────────────────────────
  c(
    'b75-ag-infocoll-puis-castel',
    [],
    [
      turn(
        'prochaine info coll prepa c quand jai 3 brsa a envoyer',
        'agenda',
        [on('2027-01-14'), ['montauban']],
        notOn('2027-01-07'),
      ),
      turn(
        'et a castel sarrasin',
        'agenda',
        [on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b75-ag-semaine-pro',
    [],
    [
      turn(
        'y a quoi la semaine pro a l afpa',
        'agenda',
        [on('2027-01-19'), on('2027-01-21')],
        [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-01-07')],
      ),
      turn('et la suivante', 'agenda', [on('2027-01-26')], [...notOn('2027-01-19'), ...notOn('2027-02-03')]),
    ],
  ),
  c(
    'b75-ag-cette-semaine',
    [],
    [
      turn(
        'ya quoi cette semaine',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-07'), ...notOn('2027-01-21')],
      ),
    ],
  ),
  c(
    'b75-ag-jpo-puis-heure',
    [],
    [
      turn(
        'c quand les prochaines jpo jai 2 3 personnes interessees',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
      turn('et celle de moissac c a quelle heure', 'agenda', [['10h', '10 h', '10:00']]),
    ],
  ),
  c(
    'b75-ag-jpo-moissac',
    [],
    [
      turn(
        'la jpo de moissac c quel jour',
        'agenda',
        [on('2027-02-17')],
        [...notOn('2027-02-03'), ...notOn('2027-01-07')],
      ),
    ],
  ),
  c(
    'b75-ag-soudure',
    [TWO],
    [
      turn(
        'visite plateau soudure c quand et y a combien de places mon monsieur a fait un peu de soudure en espagne',
        'agenda',
        [on('2027-01-19'), seats(8)],
        notOn('2027-03-10'),
      ),
    ],
  ),
  c(
    'b75-ag-soudure-places',
    [],
    [
      turn('la visite de l atelier soudure', 'agenda', [on('2027-01-19')], notOn('2027-03-10')),
      turn('il reste de la place', 'agenda', [seats(8)]),
    ],
  ),
  c(
    'b75-ag-batiment',
    [TWO],
    [
      turn(
        'reunion metiers batiment c ou et c quand',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),
  c(
    'b75-ag-batiment-metiers',
    [],
    [
      turn('la reunion metier du batiment', 'agenda', [on('2027-02-23')], notOn('2027-01-26')),
      turn('c pour quels metiers', 'agenda', [['maçon', 'plâtr', 'électric']]),
    ],
  ),
  c(
    'b75-ag-logistique',
    [],
    [
      turn(
        'reunion logistique cariste prepa de commandes date svp',
        'agenda',
        [on('2027-01-26'), ['montauban']],
        notOn('2027-02-23'),
      ),
    ],
  ),
  c(
    'b75-ag-prepa-v1-places-modalite',
    [TWO],
    [
      turn(
        'prochaine entree prepa volet 1 et il reste de la place',
        'agenda',
        [on('2027-01-18'), seats(6)],
        notOn('2027-01-25'),
      ),
      turn('c en presentiel', 'agenda', [['présentiel']]),
    ],
  ),
  c(
    'b75-ag-prepa-v2-puis-25',
    [],
    [
      turn(
        'prochaine entree volet 2 cest pour une dame qui rentre en formation aide a domicile en avril',
        'agenda',
        [on('2027-02-15')],
        [...notOn('2027-01-18'), ...notOn('2027-02-08')],
      ),
      turn('et celle du 25 janvier il reste de la place', 'agenda', [FULL]),
    ],
  ),
  c(
    'b75-ag-prepa-distance',
    [],
    [
      turn(
        'y a des sessions prepa comp a distance elle a pas de moyen de locomotion',
        'agenda',
        [on('2027-02-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b75-ag-prepa-moissac',
    [],
    [
      turn(
        'une session prepa a moissac ca existe',
        'agenda',
        [on('2027-03-08')],
        [...notOn('2027-01-18'), ...notOn('2027-02-15')],
      ),
    ],
  ),
  c(
    'b75-ag-pec-atelier2',
    [],
    [
      turn(
        'calendrier d entrees competences pec atelier 2',
        'agenda',
        [on('2027-01-20'), on('2027-03-03')],
        notOn('2027-02-10'),
      ),
      turn('et la premiere il reste cmb de places', 'agenda', [seats(4)]),
    ],
  ),
  c(
    'b75-ag-pec-atelier3',
    [],
    [
      turn(
        'atelier 3 competences pec c quand',
        'agenda',
        [on('2027-02-10')],
        [...notOn('2027-01-20'), ...notOn('2027-03-03')],
      ),
    ],
  ),
  c(
    'b75-ag-promo-entree',
    [],
    [
      turn('prochaine entree promo 16 18', 'agenda', [on('2027-02-01')]),
      turn('et l info coll pour les parents', 'agenda', [on('2027-03-17')], notOn('2027-01-14')),
    ],
  ),
  c(
    'b75-ag-infocoll-pec',
    [],
    [
      turn(
        'info coll pec a moissac cest quand',
        'agenda',
        [on('2027-02-09')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),
  c(
    'b75-ag-soudeur-puis-macon',
    [],
    [
      turn('il reste des places en soudeur', 'agenda', [seats(4)], ['plaquiste', 'cariste']),
      turn('et en maconnerie', 'agenda', [seats(3), on('2027-02-15')], ['soudeur', 'plaquiste']),
    ],
  ),
  c('b75-ag-plaquiste', [], [turn('places plaquiste dispo', 'agenda', [FULL], ['soudeur', 'cariste'])]),
  c(
    'b75-ag-places-moissac',
    [],
    [
      turn(
        'quelles formations ont de la place a moissac',
        'agenda',
        [['propreté'], seats(7)],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b75-ag-logistique-places',
    [TWO],
    [
      turn(
        'des places en cariste et en preparateur de commandes et c ou',
        'agenda',
        [seats(6), seats(5), ['castelsarrasin']],
        ['soudeur', 'plaquiste'],
      ),
    ],
  ),
  c(
    'b75-ag-restauration',
    [TWO],
    [
      turn(
        'formation agent de restauration c ou et y a de la place',
        'agenda',
        [['caussade'], seats(4)],
        ['soudeur'],
      ),
    ],
  ),
  c('b75-ag-valence', [], [turn('rien sur valence d agen', 'agenda', [on('2027-03-04')])]),
  c(
    'b75-ag-electricien',
    [],
    [
      turn(
        'electricien du batiment des places',
        'agenda',
        [seats(2), on('2027-03-08')],
        ['plaquiste', 'soudeur'],
      ),
    ],
  ),

  // ── eligibility ───────────────────────────────────────────────────────────
  c(
    'b75-el-brsa-projet',
    [],
    [
      turn(
        'jai un monsieur 45 ans au rsa depuis 3 ans pas inscrit a FT il sait pas trop quoi faire il a bosse dans le batiment avant il peut aller en prepa comp',
        'eligibility',
        [YES],
      ),
    ],
  ),
  c(
    'b75-el-ase17-puis-qui',
    [],
    [
      turn(
        'jeune ASE 17 ans sortie du lycee pro en octobre elle fait rien depuis elle peut faire la promo',
        'eligibility',
        [YES],
      ),
      turn('et c qui qui l oriente moi ou la ML', 'dispositif', [
        ['mission locale', 'missions locales', 'cio', 'aide sociale', 'ase', 'département'],
      ]),
    ],
  ),
  c(
    'b75-el-ase15',
    [],
    [
      turn(
        'un gamin de 15 ans place a l ASE qui va plus au college la promo c possible',
        'eligibility',
        [NO, ['16 ans', 'seize ans', 'à partir de 16', '16 à 18', '16-17', '16 et 17']],
        POSITIVE,
      ),
    ],
  ),
  c(
    'b75-el-ml20',
    [],
    [
      turn(
        'jeune 20 ans suivi ML pas au rsa il pourrait faire la promo 1618',
        'eligibility',
        [NO, ['mineur', '16 à 18', '16-17', '16 et 17', 'moins de 18', '16 ou 17', '18 ans']],
        POSITIVE,
      ),
    ],
  ),
  c(
    'b75-el-brsa-pec-employeur',
    [TWO],
    [
      turn(
        'brsa en contrat PEC depuis 2 mois a l ehpad de caussade competences pec possible et faut l accord de l employeur',
        'eligibility',
        [YES, ['employeur']],
      ),
    ],
  ),
  c(
    'b75-el-pas-de-pec',
    [],
    [
      turn(
        'mme 52 ans rsa pas de contrat pec elle voudrait faire une vae par competences pec',
        'eligibility',
        [
          NO,
          ['contrat pec', 'contrat p.e.c', 'en pec', 'parcours emploi compétences', 'salarié', 'signataire'],
        ],
      ),
    ],
  ),
  c(
    'b75-el-apprenti',
    [],
    [
      turn(
        'jeune 17 ans ase qui vient de commencer un cap en apprentissage mais il accroche pas du tout promo possible',
        'eligibility',
        [NO],
      ),
    ],
  ),
  c(
    'b75-el-lyceen',
    [],
    [
      turn(
        'jeune 16 ans ASE toujours inscrit au lycee mais absent tout le temps la promo 1618 pour lui',
        'eligibility',
        [NO],
      ),
    ],
  ),
  c(
    'b75-el-ml16',
    [],
    [
      turn(
        'jeune 16 ans suivi ML decroche depuis la rentree ni formation ni taf promo 16 18 ok',
        'eligibility',
        [YES],
      ),
    ],
  ),
  c(
    'b75-el-brsa-formation',
    [],
    [
      turn(
        'BRSA inscrite FT elle a un projet d entrer en formation aide soignante en septembre elle a peur de pas y arriver prepa comp pour elle',
        'eligibility',
        [YES, ['volet 2', 'sécuriser', 'entrée en formation']],
      ),
    ],
  ),
  c(
    'b75-el-61ans',
    [],
    [
      turn(
        'monsieur 61 ans rsa trop vieux pour la prepa',
        'eligibility',
        [YES],
        ['pas éligible', 'non éligible', 'inéligible', 'trop âgé'],
      ),
    ],
  ),
  c(
    'b75-el-ase-age-change',
    [],
    [
      turn('elle a 17 ans confiee a l ASE deco du lycee depuis juin', 'eligibility', [YES, PROMO]),
      turn('et si elle avait 19 ans', 'eligibility', [NO], ['est éligible à la promo']),
      turn('et a 25 ans au rsa elle pourrait faire quoi', 'eligibility', [PREPA]),
    ],
  ),
  c(
    'b75-el-rqth',
    [],
    [turn('brsa avec rqth ca change qqch pour la prepa comp il peut y aller', 'eligibility', [YES])],
  ),
  c(
    'b75-el-deux-situations',
    [TWO],
    [
      turn(
        'jai 2 situations un BRSA 38 ans en PEC a la com com et un jeune ASE 17 ans sorti du systeme scolaire je les oriente vers quoi',
        'eligibility',
        [CPEC, PROMO],
      ),
    ],
  ),
  c(
    'b75-el-pec-puis-places',
    [],
    [
      turn('brsa en pec depuis 1 mois competences pec possible', 'eligibility', [YES]),
      turn(
        'il reste de la place en atelier 2',
        'agenda',
        [[...seats(4), ...on('2027-01-20')]],
        notOn('2027-02-10'),
      ),
    ],
  ),

  // ── out_of_scope ──────────────────────────────────────────────────────────
  c(
    'b75-oos-transport',
    [],
    [
      turn(
        'les frais de deplacement jusqu a montauban sont rembourses elle a pas le permis et le bus coute cher',
        'out_of_scope',
        [SILENT],
      ),
    ],
  ),
  c(
    'b75-oos-permis',
    [],
    [turn('la promo finance le permis de conduire', 'out_of_scope', [[...SILENT, 'code de la route']])],
  ),
  c(
    'b75-oos-hebergement',
    [],
    [turn('pour la promo y a un hebergement si le jeune habite loin de montauban', 'out_of_scope', [SILENT])],
  ),
  c(
    'b75-oos-cpf',
    [],
    [turn('on peut utiliser le cpf de la personne pour completer apres la prepa', 'out_of_scope', [SILENT])],
  ),
  c(
    'b75-oos-sanction',
    [],
    [turn('si le BRSA va pas a la prepa il risque une suspension du RSA', 'out_of_scope', [SILENT])],
  ),
  c(
    'b75-oos-repas',
    [],
    [turn('le midi ils mangent ou pendant la prepa c pris en charge le repas', 'out_of_scope', [SILENT])],
  ),
  c('b75-oos-salaire-pec', [], [turn('c combien le salaire en PEC a peu pres', 'out_of_scope', [SILENT])]),
  c(
    'b75-oos-garage',
    [],
    [
      turn('tu connais un bon garage pas cher a montauban pour la voiture de service', 'out_of_scope', [
        [
          ...SILENT,
          'uniquement',
          'seulement',
          'ne peux pas',
          'pas en mesure',
          'je réponds',
          'pas mon domaine',
          'porte sur',
        ],
      ]),
    ],
  ),
  c(
    'b75-oos-arret-maladie',
    [],
    [turn('si le jeune est en arret maladie pendant la promo il se passe quoi', 'out_of_scope', [SILENT])],
  ),
  c(
    'b75-prepa-duree-et-transport',
    [TWO],
    [
      turn(
        'la prepa c combien de jours et y a une indemnite de transport pour la personne',
        'dispositif',
        [PREPA_DURATION, SILENT],
        ['13 semaines'],
      ),
    ],
  ),
  c(
    'b75-oos-aide-employeur',
    [],
    [
      turn('competences pec ca sert a quoi', 'dispositif', [
        ['vae', 'rsfp', 'cléa', 'certification', 'validation des acquis', 'compétences'],
      ]),
      turn('et l employeur il touche une aide en plus', 'out_of_scope', [SILENT]),
    ],
  ),

  // ── contact ───────────────────────────────────────────────────────────────
  c(
    'b75-ct-prepa',
    [],
    [
      turn('qui je contacte a l afpa pour la prepa', 'contact', [
        ['battedou', 'vella', 'responsable accompagnement'],
      ]),
    ],
  ),
  c('b75-ct-coordo', [], [turn('c qui le coordo departemental des dispositifs', 'contact', [['vella']])]),
  c(
    'b75-ct-battedou-role',
    [],
    [
      turn('et elle fait quoi fabienne battedou', 'contact', [
        ['responsable accompagnement', 'déploiement', 'parcours'],
      ]),
    ],
  ),
  c(
    'b75-ct-referent-cd',
    [],
    [
      turn('cote departement qui est l interlocuteur de l afpa pour l experimentation', 'contact', [
        ['désign', 'expérimentation', 'interlocut', 'référent'],
      ]),
    ],
  ),
  c(
    'b75-ct-suivi-accord',
    [TWO],
    [
      turn('qui suit l accord de partenariat cote afpa et cote cd', 'contact', [
        ['vella'],
        ['weill', 'président'],
      ]),
    ],
  ),
  c(
    'b75-ct-tel',
    [],
    [
      turn('tu as le tel ou le mail de l afpa pour les prescriptions', 'contact', [
        [...SILENT, 'battedou', 'vella'],
      ]),
    ],
  ),
  c(
    'b75-ct-promo-puis-prepa',
    [],
    [
      turn('qui deploie la promo 16 18 a l afpa de montauban', 'contact', [
        ['battedou', 'responsable accompagnement'],
      ]),
      turn('et pour la prepa c la meme personne', 'contact', [['battedou', 'même', 'oui']]),
    ],
  ),

  // ── figures ───────────────────────────────────────────────────────────────
  c(
    'b75-fig-prepa',
    [],
    [
      turn('c quoi l objectif de brsa en prepa dans la convention', 'figures', [
        [' 30 ', '30 allocataires', '30 brsa', '30 personnes', '30 bénéficiaires', 'trente'],
      ]),
    ],
  ),
  c(
    'b75-fig-pec',
    [],
    [
      turn('combien de PEC prevus dans les objectifs', 'figures', [
        [' 50 ', '50 allocataires', '50 personnes', '50 bénéficiaires', 'cinquante'],
      ]),
    ],
  ),
  c(
    'b75-fig-ase',
    [],
    [turn('objectif jeunes ASE vers la promo', 'figures', [[' 10 ', '10 jeunes', '10 personnes', 'dix']])],
  ),
  c(
    'b75-fig-tous',
    [],
    [
      turn('tu peux me redonner tous les objectifs du plan d action pour le copil', 'figures', [
        [' 30 ', '30 allocataires', '30 brsa', 'trente'],
        [' 50 ', '50 allocataires', 'cinquante'],
        [' 10 ', '10 jeunes', '10 personnes', 'dix'],
      ]),
    ],
  ),
  c(
    'b75-fig-entrees',
    [],
    [turn('on en est ou sur les entrees en prepa cette annee', 'figures', [UNAVAILABLE])],
  ),
  c(
    'b75-fig-pec-orientes',
    [TWO],
    [
      turn(
        'pour competences PEC on a combien de personnes orientees depuis janvier et c quoi l objectif deja',
        'figures',
        [UNAVAILABLE, [' 50 ', '50 allocataires', '50 personnes', 'cinquante']],
      ),
    ],
  ),
  c(
    'b75-fig-indicateurs-metiers',
    [],
    [
      turn('quels indicateurs on suit pour les reunions metiers', 'figures', [
        ['présents', 'entrés en formation', 'taux de réussite', 'taux de sortie', 'nombre'],
      ]),
    ],
  ),
  c(
    'b75-fig-objectifs-puis-atteint',
    [],
    [
      turn('objectif 2022 ase promo', 'figures', [[' 10 ', '10 jeunes', '10 personnes', 'dix']]),
      turn('et pour la prepa', 'figures', [[' 30 ', '30 allocataires', '30 brsa', '30 personnes', 'trente']]),
      turn('et on les a atteint', 'figures', [UNAVAILABLE]),
    ],
  ),

  // ── prescribe ─────────────────────────────────────────────────────────────
  c('b75-pr-prepa', [], [turn('je voudrais prescrire une prepa comp pour mr D', 'prescribe', [FORM])]),
  c(
    'b75-pr-pec-etapes',
    [],
    [
      turn('comment on fait pour prescrire competences pec les etapes', 'prescribe', [
        ['employeur', 'accord', 'adhésion', 'panda', ...FORM],
      ]),
    ],
  ),
  c(
    'b75-pr-direct',
    [],
    [
      turn('je peux prescrire directement ou je dois passer par FT', 'prescribe', [
        ['directement', 'direct', 'sans passer'],
      ]),
    ],
  ),
  c(
    'b75-pr-session-18',
    [],
    [turn('inscrire mon BRSA sur la session prepa du 18 janvier', 'prescribe', [FORM])],
  ),
  c(
    'b75-pr-apres',
    [TWO],
    [
      turn(
        'apres que j ai prescrit il se passe quoi l afpa me recontacte ou c moi qui relance',
        'prescribe',
        [['afpa'], ['bilan', 'statut', 'accus', 'contact', 'panda', 'invite', 'suivi', 'reçoit', 'notifi']],
      ),
    ],
  ),
  c(
    'b75-pr-panda-acces',
    [],
    [turn('moi je peux inscrire direct sur panda ou faut un acces', 'prescribe', [['habilit']])],
  ),
  c(
    'b75-pr-promo-puis-age',
    [],
    [
      turn('je veux orienter un jeune ase vers la promo', 'prescribe', [
        ['mission locale', 'missions locales', 'cio', 'panda', 'invit', 'inscri', ...FORM],
      ]),
      turn('il a 17 ans il a quitte le lycee en juin', 'eligibility', [YES]),
    ],
  ),
  c(
    'b75-pr-avant',
    [],
    [
      turn('avant de prescrire je dois faire quoi avec la personne', 'prescribe', [
        ['adhésion', 'informe', 'accord', 'conditions matérielles', 'mobilité', 'garde'],
      ]),
    ],
  ),
  c(
    'b75-pr-puis-annule',
    [],
    [
      turn('prescrire', 'prescribe', [FORM]),
      turn('ah non annule je me suis trompee de personne', 'other', [
        ['annul', 'arrêt', 'abandon', 'pas de souci', 'd’accord', "d'accord", 'ok'],
      ]),
    ],
  ),
  c(
    'b75-pr-puis-bilan',
    [],
    [
      turn('prescription prepa comp pour une dame de castel', 'prescribe', [FORM]),
      turn('et apres je recois un bilan a la fin', 'dispositif', [['bilan individuel', 'bilan']]),
    ],
  ),

  // ── other ─────────────────────────────────────────────────────────────────
  c('b75-ot-bonjour', [], [turn('bonjour', 'other', [['bonjour', 'salut', 'hello']])]),
  c(
    'b75-ot-merci',
    [],
    [
      turn('merci bcp', 'other', [
        ['plaisir', 'de rien', 'je vous en prie', 'bonne journée', 'disposition', 'hésitez'],
      ]),
    ],
  ),
  c('b75-ot-aide', [], [turn('aide', 'other', [HELP])]),
  c('b75-ot-tu-fais-quoi', [], [turn('tu fais quoi toi en fait', 'other', [HELP])]),
  c(
    'b75-ot-salut-puis-promo',
    [],
    [
      turn('salut', 'other', [['bonjour', 'salut', 'hello']]),
      turn('c quoi la promo 1618', 'dispositif', [PROMO_DURATION, ['16']], ['2 à 8 jours']),
    ],
  ),
];
