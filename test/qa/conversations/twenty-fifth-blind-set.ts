import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/**
 * Twenty-fifth blind set: a general evaluation set, as an outside evaluator would write it.
 *
 * Written only from the agreement (Département de Tarn-et-Garonne – AFPA, 2022, with its
 * action plan and the protocol of the three programmes), the product guide's glossary and
 * the agenda fixture (today frozen at Monday 11 January 2027, Europe/Paris).
 *
 * Mostly référents insertion of the Département, some Mission locale and AFPA staff,
 * typing the way people type in Teams.
 */

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

// ── Facts of the agreement, as alternatives ────────────────────────────────

const PREPA = ['prepa comp', 'prepa-comp', 'prepa'];
const PREPA_DURATION = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  '2-8 jours',
  'deux a huit jours',
  'entre deux et huit',
  '8 jours maxi',
  '8 jours max',
  '8 jours au maximum',
  '2 jours a 8 jours',
];
const TWO_WEEKS = ['2 semaines', 'deux semaines', '15 jours', 'quinze jours'];
const PEC_DAYS = ['5 jours', 'cinq jours', '5 j '];
const PROMO_DURATION = ['13 semaines', 'treize semaines', '3 mois', 'trois mois'];
const MON_TO_THU = ['lundi au jeudi', 'lundi a jeudi', 'lundi-jeudi', 'lundi > jeudi', 'du lundi au jeudi'];
const REMOTE = ['distanc', 'a distance', 'classe virtuelle'];

const YES = [
  'oui',
  'eligible',
  'peut beneficier',
  'peut en beneficier',
  'peut entrer',
  'peut integrer',
  'peut y entrer',
  'peut etre oriente',
  'peut etre prescrit',
  'peut la prescrire',
  'peut le prescrire',
  'pouvez la prescrire',
  'pouvez le prescrire',
  'pouvez l',
  'possible',
  'tout a fait',
  'correspond',
  'fait partie du public',
  'adapte',
  'entre dans',
  'rentre dans',
];
/** A yes answer never says the person is not eligible. */
const NOT_YES = ['pas eligible', 'non eligible', 'ineligible', 'pas adapte'];
const NO = [
  'non',
  'pas eligible',
  'ineligible',
  'ne peut pas',
  'ne pourra pas',
  'ne pourrait pas',
  'pas possible',
  'impossible',
  'ne correspond pas',
  'reserve',
  'uniquement',
  'seulement',
  'pas concerne',
  'ne releve pas',
  'pas accessible',
  'ne remplit pas',
];
const AGE = [
  '16 a 18',
  '16 et 18',
  '16-18',
  '16/18 ans',
  '16 ans',
  '17 ans',
  '18 ans',
  'mineur',
  'trop jeune',
  'trop age',
  'moins de 16',
  'plus de 18',
  'majeur',
  ' age ',
  ' age,',
  ' age.',
  "l'age",
  'l’age',
  "d'age",
  'd’age',
];
const SCHOOL = [
  'scolaris',
  'decroch',
  'quitte',
  'encore au lycee',
  'toujours au lycee',
  'toujours inscrite',
  'scolarite',
  'ni en formation',
  'pas en formation',
  'plus en formation',
  'en formation',
  'lycee',
];
const IN_TRAINING_OR_WORK = [
  'apprenti',
  'apprentissage',
  'travaill',
  'en formation',
  'ni en formation',
  'contrat',
  'emploi',
  'scolaris',
  'cap',
];
const PEC_CONTRACT = [
  'contrat pec',
  'parcours emploi',
  'en pec',
  'un pec',
  'signataire',
  'salarie',
  'salariee',
  'contrat aide',
];
const NOT_AVAILABLE = [
  'pas encore disponible',
  'pas encore de',
  'pas encore connu',
  'pas encore',
  'pas de chiffre',
  'aucun chiffre',
  'pas disponible',
  'non disponible',
  'indisponible',
  'pas de donnee',
  'aucune donnee',
  'pas de resultat',
  'aucun resultat',
  'ne dispose pas',
  'pas connu',
  'pas de realise',
  'pas de bilan',
];
const OUT_OF_SCOPE = [
  'ne couvre pas',
  'couvre pas',
  'dit rien',
  'ne prevoit pas',
  'prevoit pas',
  'pas prevu',
  'hors de l',
  'hors accord',
  'hors du champ',
  'hors champ',
  'en dehors',
  'precise pas',
  'pas precise',
  'aborde pas',
  'traite pas',
  'mentionne pas',
  'pas mentionne',
  'ne figure pas',
  'pas couvert',
  'ne parle pas',
  'ne contient pas',
  'aucune information',
  'aucune indication',
  'pas de reponse',
  'rien sur',
  'ne sais pas',
  'pas en mesure',
];
const FULL = [
  'complet',
  '0 place',
  'aucune place',
  'plus de place',
  'plus aucune place',
  'pas de place',
  'places : 0',
  'places disponibles : 0',
  'place(s) : 0',
  'zero place',
  'plus de disponibilit',
];
const HOW_TO_PRESCRIBE = ['prescri', 'inscri', 'panda', 'orient', 'formulaire'];
const THIRTY = ['30 alloc', '30 beneficiaires', '30 personnes', '30 brsa', 'trente', ' 30 ', ': 30', 'de 30'];
const FIFTY = ['50 alloc', '50 beneficiaires', '50 personnes', '50 brsa', 'cinquante', ' 50 ', ': 50', 'de 50'];
const TEN = ['10 jeune', '10 personne', '10 orient', 'dix', ' 10 ', ': 10', 'de 10'];

/** Trainings of AFPA's Info Places that are not about logistics. */
const NOT_LOGISTICS = ['soudeur', 'macon', 'electricien', 'plaquiste', 'agent de proprete', 'agent de restauration'];

// ── Dispositifs (18 turns) ─────────────────────────────────────────────────

const DISPOSITIFS: ConversationCase[] = [
  c('b25-prepa-pitch-then-contact', ['referent-cd', 'sms', 'no-accents', 'follow-up'], [
    t(
      'bjr, c quoi exactement la prepa comp ? c pr quel public ?',
      'dispositif',
      [
        ['projet professionnel', 'projet pro', 'metier'],
        ['formation'],
        ['rsa', 'allocataire', 'eloigne'],
      ],
      ['13 semaines'],
    ),
    t('merci ! et a l afpa c qui l interlocuteur pr ce dispositif ?', 'contact', [['battedou', 'vella']]),
  ]),

  c('b25-prepa-duration-volets-remote', ['referent-cd', 'sms', 'follow-up', 'agenda-remote', 'agenda-programme'], [
    t('prepa comp ca dure combien de tps en tout ?', 'dispositif', [PREPA_DURATION, TWO_WEEKS], ['13 semaines']),
    t(
      'c koi la diff entre le volet 1 et le volet 2 ??',
      'dispositif',
      [['projet'], ['securis']],
    ),
    t(
      'ok et y a des sessions en distanciel bientot ?',
      'agenda',
      [on('2027-02-08'), REMOTE],
      [...notOn('2027-01-18'), ...notOn('2027-02-15')],
    ),
  ]),

  c('b25-pec-days-and-certifications', ['referent-cd', 'polite', 'two-in-one'], [
    t(
      'Bonjour, pour Compétences PEC, pouvez-vous me rappeler combien de jours cela représente pour le salarié et quelles certifications sont visées à la fin du parcours ?',
      'dispositif',
      [PEC_DAYS, ['vae', 'validation des acquis'], ['rsfp', 'savoir-faire', 'savoir faire'], ['clea']],
      ['13 semaines', '2 a 8 jours'],
    ),
  ]),

  c('b25-promo-phases-then-start-and-seats', ['mission-locale', 'sms', 'follow-up', 'agenda-programme', 'agenda-places'], [
    t(
      'la promo 16 18 ca dure cb et ya quelles etapes ?',
      'dispositif',
      [PROMO_DURATION, ['engagement'], ['construction']],
      ['2 a 8 jours'],
    ),
    t('c tous les jours en presentiel ?', 'dispositif', [MON_TO_THU]),
    t('ça démarre quand la prochaine ?', 'agenda', [on('2027-02-01')], [...notOn('2027-01-18'), ...notOn('2027-01-20')]),
    t('il reste de la place ?', 'agenda', [seats(10)]),
  ]),

  c('b25-rsfp-aci-employee', ['referent-cd', 'person-described', 'rambling', 'no-accents'], [
    t(
      "g un monsieur salarie d'un ACI depuis 1 an, tres bon sur le terrain mais aucun diplome et d'apres sa CIP il a pas les prerequis pr une VAE... c quoi au juste la RSFP dont on m'a parle ?",
      'dispositif',
      [
        ['reconnaissance des savoir'],
        ['prerequis', 'pre-requis', 'pre requis', 'directement a la vae', 'acceder a la vae', 'acces direct'],
      ],
    ),
  ]),

  c('b25-clea-numerique', ['referent-cd', 'typos'], [
    t(
      'cléa numerique c quoi precisement ? c pareil que cléa tout court ?',
      'dispositif',
      [
        ['numerique'],
        ['usages fondamentaux', 'usages du numerique', 'usage du numerique', 'environnement de travail', 'competences numeriques'],
      ],
    ),
  ]),

  c('b25-fle-newcomer', ['referent-cd', 'person-described', 'rambling'], [
    t(
      "bjr j'accompagne une dame au RSA arrivee d'afghanistan il y a 1 an, elle se debrouille un peu a l'oral mais pas assez pour bosser. est ce que l afpa propose qqch en francais a visee pro ?",
      'dispositif',
      [
        ['francais langue etrangere', 'fle', 'visee professionnelle', 'visee pro'],
        ['primo', 'debutant', 'ecrit', 'oral', 'parler', 'contexte professionnel', 'langage technique', 'linguistique'],
      ],
    ),
  ]),

  c('b25-cost-then-rsa-kept', ['referent-cd', 'polite', 'follow-up'], [
    t(
      'Petite question : est-ce que prescrire Prépa Compétences ou Compétences PEC coûte quelque chose au Département ?',
      'dispositif',
      [
        [
          'sans contrepartie',
          'aucune contrepartie',
          'pas de contrepartie',
          'gratuit',
          'aucun cout',
          'pas de cout',
          'aucun frais',
          'pas de frais',
          'ne coute',
          'rien',
          'finance par l',
        ],
      ],
    ),
    t(
      'et pendant ce temps son RSA il est maintenu ou suspendu ?',
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b25-bilan-prepa-then-pec', ['referent-cd', 'rambling', 'follow-up'], [
    t(
      "a la fin d'une prepa comp, est ce que moi referente je recois un retour ou je dois aller a la peche aux infos aupres de la personne ?",
      'dispositif',
      [['bilan'], ['individuel', 'fin du parcours', 'fin de parcours', 'a la fin', 'a l issue', 'a l’issue', "a l'issue"]],
    ),
    t('et pour la PEC ?', 'dispositif', [['bilan', 'portefeuille'], ['oui', 'aussi', 'egalement', 'meme', 'de meme']]),
  ]),

  c('b25-village-afpa', ['afpa-staff', 'polite'], [
    t(
      "Bonjour, je travaille au centre AFPA et je prépare une présentation pour l'équipe insertion du CD. Que dit l'accord sur le « Village de l'AFPA » ?",
      'dispositif',
      [
        ['tiers lieu', 'tiers-lieu', 'tiers lieux'],
        [
          'permanence',
          'evenement',
          'groupes de travail',
          'economie sociale',
          'incubation',
          'cooperation',
          'acteurs de l',
          'fluide',
          'structure de l',
        ],
      ],
    ),
  ]),

  c('b25-social-clauses', ['referent-cd', 'no-accents'], [
    t(
      "l'afpa peut preparer des BRSA a des missions en clause sociale ou en chantier d'insertion ? genre les former un minimum avant qu'ils y aillent",
      'dispositif',
      [['premiers gestes', 'gestes techniques', 'gestes professionnels']],
    ),
  ]),

  c('b25-campaign-deadlines', ['referent-cd', 'polite', 'two-in-one'], [
    t(
      "Jusqu'à quand peut-on faire entrer des allocataires du RSA sur Prépa Compétences ? Et les parcours doivent être terminés pour quand ?",
      'dispositif',
      [
        ['31 decembre 2022', '31/12/2022', '31 dec', 'fin 2022', 'avenant', 'prolong', 'poursuite', 'reconduit'],
        ['30 avril 2023', '30/04/2023', '30 avr', 'avenant', 'prolong', 'poursuite', 'reconduit'],
      ],
    ),
  ]),

  c('b25-agreement-term-then-signatory', ['afpa-staff', 'sms', 'two-in-one', 'follow-up'], [
    t(
      "rappel svp : l'accord de partenariat avec le CD82 est signe pr combien de temps ? et si une des parties veut arreter ca se passe comment ?",
      'dispositif',
      [
        ['2 ans', 'deux ans'],
        ['preavis', '2 mois', 'deux mois', 'resili'],
      ],
    ),
    t('ok et qui signe cote afpa deja ?', 'contact', [['vella']]),
  ]),

  c('b25-promo-mobility-worried-mum', ['referent-cd', 'person-described', 'rambling', 'no-accents'], [
    t(
      "dans la promo 1618 les jeunes partent loin de chez eux ? j'ai une maman qui s'inquiete pour son fils de 16 ans, elle veut pas qu'il dorme ailleurs pendant des semaines",
      'dispositif',
      [['mobilit'], ['village', '2 semaines', 'deux semaines']],
    ),
  ]),

  c('b25-promo-after-then-pay', ['mission-locale', 'typos', 'follow-up'], [
    t(
      'apres la promo 16/18 le jeune est lache dans la nature ou ya un suivi derriere ?',
      'dispositif',
      [['6 mois', 'six mois'], ['mission locale', 'missions locales', 'ml ']],
    ),
    t('ok. et pendant la promo il est remunere le jeune ? combien ?', 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
];

// ── Agenda (15 turns; 3 more above) ────────────────────────────────────────

const AGENDA: ConversationCase[] = [
  c('b25-next-open-days', ['referent-cd', 'sms', 'agenda-kind'], [
    t(
      'slt, c qd les prochaines JPO a l afpa ?',
      'agenda',
      [on('2027-02-03'), on('2027-02-17')],
      [...notOn('2027-01-07'), ...notOn('2027-01-14')],
    ),
  ]),

  c('b25-info-coll-prepa-then-castelsarrasin', ['referent-cd', 'polite', 'follow-up', 'agenda-kind', 'agenda-town'], [
    t(
      "Bonjour, est-ce qu'il y a une information collective Prépa Compétences prochainement ? J'aurais deux allocataires à y envoyer.",
      'agenda',
      [on('2027-01-14')],
      [...notOn('2027-02-09'), ...notOn('2027-03-17'), ...notOn('2027-01-19')],
    ),
    t(
      'et du cote de castelsarrasin ? ils habitent la-bas, pas de voiture',
      'agenda',
      [on('2027-01-21'), ['castelsarrasin']],
      [...notOn('2027-02-11'), ...notOn('2027-03-04')],
    ),
  ]),

  c('b25-next-week-events', ['referent-cd', 'sms', 'typos', 'agenda-relative'], [
    t(
      "kestion : ya quoi de prevu la semaine prochaine a l'afpa niveau evenements ? visites, info co, tout ca",
      'agenda',
      [on('2027-01-19'), on('2027-01-21')],
      [...notOn('2027-01-14'), ...notOn('2027-01-26'), ...notOn('2027-02-03')],
    ),
  ]),

  c('b25-volet2-full-then-next-then-prescribe', ['referent-cd', 'no-accents', 'follow-up', 'agenda-places', 'agenda-volet'], [
    t('la prepa comp volet 2 qui commence fin janvier a montauban, il reste des places ?', 'agenda', [FULL]),
    t(
      'ah mince. et la suivante c quand ?',
      'agenda',
      [on('2027-02-15'), ['castelsarrasin']],
      [...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
    t(
      'ok je vais l inscrire dessus, comment je fais ?',
      'prescribe',
      [HOW_TO_PRESCRIBE],
    ),
  ]),

  c('b25-logistics-places', ['referent-cd', 'polite', 'agenda-trade', 'agenda-places'], [
    t(
      'Vous avez des places dispo en formation dans la logistique en ce moment ? (cariste, prépa de commandes...)',
      'agenda',
      [['cariste'], ['preparateur'], seats(6), seats(5)],
      NOT_LOGISTICS,
    ),
  ]),

  c('b25-march-info-colls', ['referent-cd', 'sms', 'agenda-month', 'agenda-kind'], [
    t(
      'en mars vs avez quoi comme infos collectives ?',
      'agenda',
      [on('2027-03-04'), on('2027-03-17')],
      [...notOn('2027-03-10'), ...notOn('2027-02-11'), ...notOn('2027-01-14')],
    ),
  ]),

  c('b25-pec-atelier2-then-moissac', ['referent-cd', 'follow-up', 'agenda-volet', 'agenda-town'], [
    t(
      "Prochaines dates pour l'atelier 2 de Compétences PEC stp",
      'agenda',
      [on('2027-01-20'), on('2027-03-03')],
      [...notOn('2027-02-10'), ...notOn('2027-01-18')],
    ),
    t('et du côté de Moissac ?', 'agenda', [on('2027-02-09'), ['moissac']], [...notOn('2027-03-08')]),
  ]),

  c('b25-welding-visit-and-places', ['referent-cd', 'two-in-one', 'agenda-trade', 'agenda-places'], [
    t(
      "c'est quand la prochaine visite du plateau soudure ? et est-ce qu'il reste de la place sur la formation soudeur ?",
      'agenda',
      [on('2027-01-19'), ['soudeur'], seats(4)],
      [...notOn('2027-03-10'), 'cariste', 'plaquiste'],
    ),
  ]),

  c('b25-trade-meetings', ['referent-cd', 'no-accents', 'agenda-kind'], [
    t(
      "les reunions metiers c'est quand ? g des gens interesses par le batiment et d'autres par la logistique",
      'agenda',
      [on('2027-01-26'), on('2027-02-23')],
      [...notOn('2027-01-19'), ...notOn('2027-03-10')],
    ),
  ]),
];

// ── Eligibility (14 turns) ─────────────────────────────────────────────────

const ELIGIBILITY: ConversationCase[] = [
  c('b25-rsa-not-registered-ft', ['referent-cd', 'person-described', 'sms', 'follow-up'], [
    t(
      "mme 45 ans BRSA, jamais inscrite a FT (elle veut pas en entendre parler), elle peut quand meme faire prepa comp ?",
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t(
      'ok je la prescris directement ou faut passer par FT ?',
      'prescribe',
      [['direct', 'vous-meme', 'vous meme', 'sans passer']],
    ),
  ]),

  c('b25-ase-17-promo', ['referent-cd', 'polite', 'person-described', 'follow-up'], [
    t(
      "Bonjour, j'ai un jeune confié à l'ASE, 17 ans, il a quitté le lycée pro en octobre et depuis il ne fait rien (ni formation ni travail). La Promo 16/18 est-elle envisageable pour lui ?",
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t(
      "top. faut des autorisations des parents pour l'inscrire ?",
      'prescribe',
      [['autorisation'], ['parent']],
    ),
  ]),

  c('b25-19-promo', ['mission-locale', 'sms'], [
    t('un jeune de 19 ans, decrocheur, sans rien, il peut faire la promo 16 18 ?', 'eligibility', [NO, AGE]),
  ]),

  c('b25-15-then-16', ['referent-cd', 'sms', 'follow-up'], [
    t(
      "g une gamine de 15 ans suivie par l'ASE qui va plus au college depuis la rentree, promo 1618 possible ?",
      'eligibility',
      [NO, AGE],
    ),
    t(
      'et dans 6 mois quand elle aura 16 ans ?',
      'eligibility',
      [[...YES, 'si ', 'a condition', 'sous reserve', 'des 16', 'a partir de']],
    ),
  ]),

  c('b25-17-still-in-school', ['referent-cd', 'no-accents', 'rambling'], [
    t(
      "elle a 17 ans, elle est toujours inscrite au lycee mais elle decroche grave (absences, plus de motivation...). on peut l'inscrire a la promo 16/18 en prevention ?",
      'eligibility',
      [[...NO, 'pas encore', 'pas tant que', 'une fois', 'tant qu'], SCHOOL],
    ),
  ]),

  c('b25-pec-town-hall', ['referent-cd', 'polite', 'person-described', 'follow-up'], [
    t(
      "Salariée en PEC depuis deux mois à la mairie de Nègrepelisse comme agent d'entretien : peut-elle bénéficier de Compétences PEC ?",
      'eligibility',
      [YES],
      NOT_YES,
    ),
    t(
      'ok, je dois prevenir son employeur avant ?',
      'prescribe',
      [['employeur'], ['accord', 'oui', 'inform']],
    ),
  ]),

  c('b25-rsa-no-pec-contract', ['referent-cd', 'person-described', 'no-accents'], [
    t(
      "mr au RSA sans emploi, il voudrait faire valider son experience de macon (15 ans de chantier), je peux l'orienter sur competences pec ?",
      'eligibility',
      [NO, PEC_CONTRACT],
    ),
  ]),

  c('b25-ft-and-rsa', ['referent-cd', 'sms'], [
    t(
      'Mme est inscrite a France Travail ET au RSA, ca pose pb pour prepa comp ?',
      'eligibility',
      [
        [
          ...YES,
          'ne pose pas',
          'pas de probleme',
          'aucun probleme',
          'ne bloque pas',
          'pas un obstacle',
          'inscrits ou non',
          'inscrit ou non',
          'inscrite ou non',
        ],
      ],
      NOT_YES,
    ),
  ]),

  c('b25-17-missing-facts', ['mission-locale', 'sms', 'missing-fact'], [
    t(
      'un jeune de 17 ans suivi a la ML, il peut faire la promo ?',
      'eligibility',
      [[...YES, ...NO, 'scolaris', 'formation', 'emploi', 'travail', 'decroch', 'quitte']],
    ),
  ]),

  c('b25-apprentice-16', ['referent-cd', 'rambling', 'no-accents', 'person-described'], [
    t(
      "jeune 16 ans en CAP en apprentissage chez un boulanger, il s'ennuie et parle de tout arreter... la promo 16 18 c possible pour lui ?",
      'eligibility',
      [[...NO, 'pas tant que', 'tant qu', 'si il arrete', 's il arrete', 'une fois', 'pour l instant', 'actuellement'], IN_TRAINING_OR_WORK],
    ),
  ]),

  c('b25-aci-rsfp', ['referent-cd', 'sms'], [
    t(
      "un salarie en chantier d'insertion, sans diplome, 35 ans, RSFP c possible pr lui ?",
      'eligibility',
      [YES],
      NOT_YES,
    ),
  ]),

  c('b25-volet2-outside-afpa', ['referent-cd', 'no-accents', 'person-described'], [
    t(
      "Mme RSA veut entrer en formation aide-soignante dans un IFSI, donc pas a l'afpa. le volet 2 de prepa comp peut quand meme servir a securiser son entree ?",
      'eligibility',
      [
        YES,
        [
          'hors afpa',
          'hors a.f.p.a',
          'autre organisme',
          'autres organismes',
          'pas forcement',
          'ailleurs',
          'que ce soit',
          'ou dans un autre',
          'pas uniquement',
          'pas seulement',
        ],
      ],
      NOT_YES,
    ),
  ]),

  c('b25-very-far-from-work-then-prescribe', ['referent-cd', 'rambling', 'person-described', 'follow-up'], [
    t(
      "J'ai un BRSA ultra loin de l'emploi, 10 ans sans bosser, pas de projet du tout, un peu perdu... prépa comp c'est fait pour lui ou c'est trop tôt ?",
      'eligibility',
      [[...YES, 'fait pour', 'justement', 'precisement', 'vise']],
      NOT_YES,
    ),
    t('ok je le prescris sur le volet 1 alors', 'prescribe', [HOW_TO_PRESCRIBE, ['volet 1', 'projet', ...PREPA]]),
  ]),
];

// ── Out of scope, contact, figures, prescribe ──────────────────────────────

const OTHERS: ConversationCase[] = [
  c('b25-oos-housing', ['referent-cd', 'person-described', 'no-accents'], [
    t(
      "l'afpa de montauban a un hebergement pour les stagiaires adultes ? mon BRSA habite a 50 km et a pas de permis",
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b25-oos-driving-licence', ['referent-cd', 'polite'], [
    t(
      "Est-ce que, dans le cadre de l'accord, le Département peut financer le permis B d'un allocataire via l'AFPA ?",
      'out_of_scope',
      [OUT_OF_SCOPE],
    ),
  ]),

  c('b25-steering-contacts', ['referent-cd', 'sms', 'follow-up'], [
    t(
      "qui sont les referents de suivi de l'accord cote afpa et cote departement ?",
      'contact',
      [['vella'], ['weill', 'president du conseil', 'president du departement']],
    ),
    t(
      'et le kit de com (flyers, argumentaire) on le recupere aupres de qui ?',
      'contact',
      [['met a disposition', 'mis a disposition', 'fourni', 'transmet', 'battedou', 'vella']],
    ),
    t(
      "et cote CD c'est qui le referent de l'experimentation ?",
      'contact',
      [
        [
          'design',
          'precise pas',
          'pas precise',
          'non precise',
          'nomme pas',
          'pas nomme',
          'ne donne pas',
          'ne cite pas',
          'pas de nom',
          'pas indique',
          'mentionne pas',
          'dit pas',
        ],
      ],
    ),
  ]),

  c('b25-ml-promo-contact', ['mission-locale', 'polite'], [
    t(
      "Bonjour, conseillère Mission locale à Castelsarrasin. Pour orienter un jeune décrocheur vers La Promo 16/18, qui est mon interlocuteur à l'AFPA ?",
      'contact',
      [['battedou', 'vella']],
    ),
  ]),

  c('b25-figures-targets', ['referent-cd', 'sms', 'follow-up'], [
    t(
      "on en est ou du nombre de BRSA entres en prepa comp ? c'etait quoi l'objectif deja ?",
      'figures',
      [NOT_AVAILABLE, THIRTY],
    ),
    t('et pr la PEC ?', 'figures', [FIFTY]),
    t('et les jeunes ase orientes vers la promo ?', 'figures', [TEN]),
  ]),

  c('b25-figures-promo-outcomes', ['referent-cd', 'polite', 'two-in-one'], [
    t(
      "La Promo 16/18, quel est l'objectif en taux de sorties positives ? Et on en est où ?",
      'figures',
      [['70 %', '70%', '70 pour', 'soixante-dix'], NOT_AVAILABLE],
    ),
  ]),

  c('b25-figures-jpo-then-budget', ['afpa-staff', 'rambling', 'follow-up'], [
    t(
      "combien d'allocataires du CD sont venus aux JPO et aux info coll l'an dernier ? c'est pour preparer le bilan du copil",
      'figures',
      [NOT_AVAILABLE],
    ),
    t("ok et l'etat verse combien a l'afpa pour tout ca ?", 'out_of_scope', [OUT_OF_SCOPE]),
  ]),

  c('b25-referent-role-then-fuel', ['referent-cd', 'no-accents', 'rambling', 'follow-up'], [
    t(
      "avant de prescrire qqn sur un dispositif c quoi mon role exactement ? recueillir son accord, verifier qu'il a une solution de garde pr les enfants... ?",
      'prescribe',
      [
        ['adhesion', 'accord', 'inform'],
        ['mobilit', 'garde'],
      ],
    ),
    t("et l'afpa peut lui payer l'essence ou le bus pour venir ?", 'out_of_scope', [OUT_OF_SCOPE]),
  ]),
];

export const TWENTY_FIFTH_BLIND_SET: ConversationCase[] = [...DISPOSITIFS, ...AGENDA, ...ELIGIBILITY, ...OTHERS];
