/**
 * Sixteenth blind set: written only from the agreement (Département de Tarn-et-Garonne – AFPA
 * Montauban, 2022, its action plan and the protocol of the three programmes) and from the
 * agenda fixture (today frozen at Monday 11 January 2027, Europe/Paris).
 *
 * Focus: eligibility of people described the way référents insertion type them in Teams
 * (age, RSA, France Travail or not, ASE, ML, PEC or another contract, RQTH, school…), plus
 * contacts, prescription, the programmes, the agenda, the figures and what the agreement
 * does not cover. SMS style, abbreviations, no accents, typos, two questions in one message.
 */
import { on, notOn, seats, turn as t, type ConversationCase, type ConversationTurn } from './sets.js';

/** A conversation; its tags get the intents of its turns, and 'multi-turn' when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = [...new Set(turns.map((x) => x.expect.intent))];
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** « n'est pas » written with a straight apostrophe, a curly one, or none. */
function ap(...phrases: string[]): string[] {
  return phrases.flatMap((p) =>
    p.includes("'") ? [p, p.replaceAll("'", '’'), p.replaceAll("'", ' ')] : [p],
  );
}

// ── Verdicts ────────────────────────────────────────────────────────────────

/** The person can go (a positive verdict, in the ways a French answer says it). */
const YES = [
  'oui',
  'est eligible',
  'sont eligibles',
  'sont tous les deux eligibles',
  'semble eligible',
  'serait eligible',
  'bien eligible',
  ': eligible',
  '✅',
  'peut beneficier',
  'peut en beneficier',
  'peuvent beneficier',
  'peuvent en beneficier',
  'peut y acceder',
  'peut acceder',
  'peut y entrer',
  'peut entrer',
  'peut integrer',
  'peut suivre',
  'peut participer',
  'peut y aller',
  'peut etre oriente',
  'peut etre prescrit',
  'pouvez le prescrire',
  'pouvez la prescrire',
  'pouvez prescrire',
  ...ap("pouvez l'orienter", "pouvez l'inscrire", "pouvez l'y inscrire"),
  'rentre dans les clous',
  'dans les criteres',
  'remplit les',
  'remplit bien',
  'ca passe',
  'correspond au public',
  'fait partie du public',
  'fait bien partie',
  'ouvert aux',
  'ouverte aux',
];

/** A wrong negative verdict, for the cases where the person clearly can go. */
const NEG_STRONG = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas en beneficier',
  'ne peut pas beneficier',
  'ne peut pas y acceder',
  'ne rentre pas dans',
];

/** The person cannot go (a negative verdict). */
const NO = [
  'pas eligible',
  'non eligible',
  'ineligible',
  'ne peut pas',
  'ne pourra pas',
  'ne peut malheureusement pas',
  'pas possible',
  'impossible',
  'ne rentre pas',
  'ne correspond pas',
  'pas dans les clous',
  'ne remplit pas',
  'ne fait pas partie',
  'reserve aux',
  'reservee aux',
  'reserve a ',
  'reservee a ',
  'pas accessible',
  'pas ouvert',
  'pas ouverte',
  'exclu',
  ...ap("ne s'adresse pas", "n'est plus", "n'y a pas droit", "n'a pas droit"),
  'pas concerne',
  'ne concerne pas',
  'pas le bon dispositif',
  'ne passe pas',
  'malheureusement non',
  'non malheureusement',
  'helas non',
  'donc non',
  'a priori non',
  'pas pour lui',
  'pas pour elle',
  'plus eligible',
];

// ── Reasons ─────────────────────────────────────────────────────────────────

const AGE = [
  'mineur',
  'majeur',
  '15 ans',
  '16 ans',
  '17 ans',
  '18 ans',
  '19 ans',
  '16 a 18',
  '16 et 18',
  '16 a 17',
  '16-17',
  '16 ou 17',
  'moins de 16',
  'moins de 18',
  'trop jeune',
  'son age',
  ...ap("l'age", "limite d'age", "condition d'age"),
  'age minimum',
  'age requis',
  'age limite',
  'ages de',
  'agee de',
  'agees de',
];

const RSA = ['rsa', 'allocataire'];

const PEC_REASON = [
  'parcours emploi competences',
  'contrat pec',
  'en pec',
  'un pec',
  'du pec',
  ...ap("d'un pec"),
  'signataire',
  'salarie pec',
  'salaries pec',
  'titulaire',
  'contrat aide',
];

const SCHOOL = [
  'scolaris',
  'quitte',
  'decroch',
  'college',
  'lycee',
  'ecole',
  'scolarite',
  'cursus',
  'etudes',
];

const WORK = ['travaill', 'emploi', 'apprenti', 'alternance', 'contrat', 'en formation', 'ni en formation'];

// ── Names and facts ─────────────────────────────────────────────────────────

const PREPA = ['prepa competences', 'prepa comp', 'prepa-competences'];
const PROMO = ['promo 16', 'promo16', 'promo 1618', 'promo1618'];
const PREPA_DURATION = [
  '2 a 8 jours',
  '2 et 8 jours',
  '2 a 8 j',
  'deux a huit jours',
  '8 jours',
  'huit jours',
];

/** How to prescribe: the answer names the prescription, its form or PANDA. */
const PRESCRIBE = ['prescri', 'formulaire', 'fiche', 'panda'];

const OUT_OF_SCOPE = [
  'ne couvre pas',
  'ne dit rien',
  'ne prevoit pas',
  'pas prevu',
  ...ap(
    "hors de l'accord",
    'hors du champ',
    "pas dans l'accord",
    "n'aborde pas",
    "n'indique pas",
    "je n'ai pas",
    "pas d'information",
    "n'en parle pas",
    "n'est pas couvert",
    "n'est pas prevu",
    "n'est pas precise",
    "n'est pas mentionne",
  ),
  'hors champ',
  'hors du cadre',
  'en dehors',
  'sort du cadre',
  'ne precise pas',
  'ne mentionne pas',
  'ne traite pas',
  'ne contient pas',
  'ne figure pas',
  'ne parle pas',
  'ne detaille pas',
  'ne donne pas',
  'ne fixe pas',
  'pas couvert',
  'pas mentionne',
  'aucune information',
  'aucune mention',
  'rien sur',
  'pas en mesure',
  'ne peux pas repondre',
  'je ne sais pas',
  'pas de reponse',
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
  'pas de bilan',
  'pas consolide',
  'a venir',
  'ne dispose pas',
  ' 0 ',
  '0 entree',
  '0 sur',
  '0/',
  'aucun',
  'aucune',
];

// ── The set ─────────────────────────────────────────────────────────────────

export const SIXTEENTH_BLIND_SET: ConversationCase[] = [
  // ── Multi-turn conversations ──────────────────────────────────────────────

  c(
    'b16-couple-rsa-prepa-envoi',
    ['prepa', 'rsa', 'france-travail', 'sms', 'long'],
    [
      t(
        'slt ! jai une dame 42a, brsa depuis 3 ans, PAS inscrite a FT, je la suis au CD (CER en cours). elle voudrait se former dans l aide a domicile mais elle sait pas trop par ou commencer. prepa comp ca passe pour elle ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
      t(
        'et son mari 45a, rsa aussi mais lui il est inscrit a pole emploi depuis lgtps, ca bloque pour lui ?',
        'eligibility',
        [
          [
            ...YES,
            'ne bloque pas',
            'pas bloquant',
            'aucun probleme',
            'pas de probleme',
            'inscrits ou non',
            'inscrit ou non',
          ],
        ],
        NEG_STRONG,
      ),
      t('top. je fais comment pr les envoyer tous les 2 ?', 'prescribe', [PRESCRIBE]),
      t('et ca part ou ? qqun a l afpa le recoit ?', 'contact', [
        [
          'battedou',
          'responsable accompagnement',
          'afpa de montauban',
          'afpa montauban',
          'centre afpa',
          'centre de montauban',
          'panda',
          'vella',
        ],
      ]),
    ],
  ),

  c(
    'b16-ase-fratrie-ages-promo',
    ['promo', 'ase', 'age', 'follow-up'],
    [
      t(
        'jeune ASE 16 ans, exclu def de son lycee pro en novembre, rien depuis ni boulot ni formation. 1618 ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
      t('ok et si il avait 17 ans et demi ?', 'eligibility', [YES], NEG_STRONG),
      t('et sa soeur 19 ans, meme situ, placee aussi (contrat jeune majeur jusqu a 21)', 'eligibility', [
        NO,
        AGE,
      ]),
      t('bon pour le petit je fais comment concretement pour l envoyer sur la promo ?', 'prescribe', [
        PRESCRIBE,
      ]),
    ],
  ),

  c(
    'b16-promo-decouverte-mna',
    ['promo', 'ase', 'follow-up'],
    [
      t(
        'c koi la promo 1618 en 2 mots stp, on me demande une synthese pour la reu d equipe',
        'dispositif',
        [
          ['13 semaines', 'treize semaines', '3 mois', 'trois mois'],
          ['decroch', 'quitte', 'ni en formation', 'pas en formation', 'ne travaillent pas', 'mineur'],
        ],
        ['2 a 8 jours', '5 jours de participation'],
      ),
      t(
        'un MNA confie a l ase, 17 ans, il etait au lycee en septembre mais a arrete en novembre et fait rien depuis. il peut y aller ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
      t('il a des rdv medicaux le vendredi, c quels jours la promo ? c en presentiel ?', 'dispositif', [
        ['lundi'],
        ['jeudi'],
        ['presentiel', 'sur place', 'en centre'],
      ]),
      t('et apres les 13 semaines il est lache dans la nature ou y a un suivi ??', 'dispositif', [
        ['6 mois', 'six mois'],
        ['mission locale', 'missions locales', 'accompagnement prolonge', 'suivi'],
      ]),
    ],
  ),

  c(
    'b16-15ans-puis-16-promo',
    ['promo', 'age', 'boundary', 'follow-up'],
    [
      t(
        'g un gamin de 15 ans (ase) qui va plus au college depuis la rentree. promo 1618 il rentre dans les clous ?',
        'eligibility',
        [[...NO, 'pas encore', 'trop tot'], AGE],
      ),
      t('il aura 16 ans debut mars. a ce moment la ca devient possible ?', 'eligibility', [
        [
          ...YES,
          'pourra',
          'a partir de',
          'des ses 16',
          'des 16 ans',
          'a ses 16',
          'une fois',
          'des qu',
          'quand il aura',
          'sera eligible',
          'deviendra',
        ],
      ]),
      t(
        'ya une info coll sur la promo pour lui et sa famille ?',
        'agenda',
        [on('2027-03-17')],
        [...notOn('2027-01-14'), ...notOn('2027-02-11')],
      ),
    ],
  ),

  c(
    'b16-cddi-rsfp-vae',
    ['pec', 'siae', 'rsfp', 'follow-up'],
    [
      t(
        'mr 41a brsa, salarie en ACI (CDDI 26h) depuis 8 mois en espaces verts. il voudrait faire reconnaitre ce qu il sait faire. comptences pec c ok pour lui ?',
        'eligibility',
        [NO, PEC_REASON],
      ),
      t('ok et du coup pour un salarie de chantier d insertion y a quoi ?', 'dispositif', [
        ['rsfp', 'r.s.f.p', 'reconnaissance des savoir'],
      ]),
      t('c quoi la diff avec une vae ?', 'dispositif', [
        ['prerequis', 'pre-requis', 'pre requis', 'directement a la vae', 'acceder directement'],
      ]),
    ],
  ),

  c(
    'b16-pec-mairie-collegues',
    ['pec', 'rsa', 'employeur', 'follow-up'],
    [
      t(
        'Bonjour, Mme K. (BRSA) vient de signer un PEC de 12 mois agent d entretien a la mairie de Moissac. Est ce qu elle peut faire Competences PEC ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
      t(
        'et sa collegue, meme mairie, mais en CDD classique (pas un contrat aide), rsa aussi ?',
        'eligibility',
        [NO, PEC_REASON],
      ),
      t('pour mme K faut que je previenne la mairie avant ? leur accord c obligatoire ?', 'prescribe', [
        ['employeur'],
        ['accord', 'autorisation', 'consentement'],
      ]),
    ],
  ),

  c(
    'b16-prepa-duree-senior-volets',
    ['prepa', 'age', 'follow-up'],
    [
      t(
        'prepa comp ca dure cmb de temps en tout ?',
        'dispositif',
        [PREPA_DURATION, ['2 semaines', 'deux semaines']],
        ['13 semaines'],
      ),
      t(
        'ok. et pour un mr de 61 ans au rsa, pas inscrit FT, y a une limite d age ?',
        'eligibility',
        [
          [
            ...YES,
            'pas de limite',
            'aucune limite',
            ...ap(
              "pas d'age",
              "aucune condition d'age",
              "pas de condition d'age",
              "pas d'age maximum",
              "pas d'age limite",
            ),
            'ne fixe pas',
            'ne prevoit pas',
          ],
        ],
        ['trop age', 'trop vieux', 'pas eligible', 'non eligible'],
      ),
      t('c quoi la diff entre volet 1 et volet 2 ?', 'dispositif', [
        ['projet'],
        ['entree en formation', 'securis'],
      ]),
    ],
  ),

  c(
    'b16-manque-rsa-puis-inscription',
    ['prepa', 'rsa', 'missing-fact', 'follow-up'],
    [
      t(
        'il rentre ds les clous pour prepa comp ? 44 ans, sans diplome, je le suis au CD depuis 2022',
        'eligibility',
        [RSA],
      ),
      t('oui il touche le rsa, et il est pas inscrit a FT', 'eligibility', [YES], NEG_STRONG),
      t('ok je veux l inscrire, comment on fait ?', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b16-avant-apres-prescription',
    ['prepa', 'referent', 'bilan', 'follow-up'],
    [
      t('avant de prescrire prepa comp, je dois faire quoi de mon cote avec la personne ?', 'prescribe', [
        ['adhesion', 'accord', 'consentement', ...ap("d'accord"), 'volontaire', 'informe'],
        [
          'mobilite',
          'garde',
          'conditions materielles',
          'transport',
          'deplacement',
          'panda',
          'inscri',
          'prescri',
        ],
      ]),
      t('et a la fin, le bilan je le recois de qui ?', 'contact', [['afpa'], ['bilan']]),
      t('et entre les 2 je peux suivre ou elle en est ?', 'prescribe', [
        ['panda', 'statut', 'suivi', 'suivre', 'tracab', 'assiduite', 'mes prescriptions'],
      ]),
    ],
  ),

  c(
    'b16-rqth-puis-remuneration',
    ['prepa', 'rqth', 'mds', 'follow-up'],
    [
      t(
        'Mme 47a, TH (RQTH depuis 2019), brsa, suivie MDS Castelsarrasin, pas inscrite FT ni cap emploi. Elle peut aller sur prepa comp malgre son handicap ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
      t('et pendant elle est remuneree ? elle garde son rsa ??', 'out_of_scope', [OUT_OF_SCOPE]),
    ],
  ),

  c(
    'b16-promo-scolarise-apprenti',
    ['promo', 'school', 'work', 'two-people'],
    [
      t(
        'mineur 16 ans encore inscrit en 2nde mais absenteisme de ouf, la ML veut le mettre sur la promo 16/18, il est eligble ?',
        'eligibility',
        [NO, SCHOOL],
      ),
      t(
        'et un autre, 17 ans, en apprentissage CAP boulanger, tjrs sous contrat mais ca se passe mal ?',
        'eligibility',
        [NO, WORK],
      ),
    ],
  ),

  c(
    'b16-tout-juste-16-entree',
    ['promo', 'ase', 'boundary', 'follow-up'],
    [
      t(
        'il a tt juste 16 ans (anniv hier), plus d ecole depuis juin, confie a l ASE, rien d autre. c bon pour 1618 ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
      t(
        'cool, prochaine entree c quand ?',
        'agenda',
        [on('2027-02-01')],
        [...notOn('2027-01-18'), ...notOn('2027-01-20')],
      ),
    ],
  ),

  c(
    'b16-promo-hors-ase-orientation',
    ['promo', 'ml', 'follow-up'],
    [
      t(
        'mineure 16a pas suivie par l ase du tout, juste la ML, decrochee depuis 6 mois elle fait rien. la promo 16 18 c reserve aux jeunes ase ou elle peut ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
      t('ok et c qui qui oriente d habitude vers la promo, nous ou la ML ?', 'contact', [
        ['mission locale', 'missions locales', 'cio', 'c.i.o'],
      ]),
    ],
  ),

  c(
    'b16-qui-gere-prepa-afpa',
    ['afpa', 'names', 'follow-up'],
    [
      t('qui gere prepa comp a l afpa de montauban ? g besoin d un nom', 'contact', [
        ['battedou', 'responsable accompagnement'],
      ]),
      t('et au dessus d elle ? le directeur c qui ?', 'contact', [['vella']]),
    ],
  ),

  c(
    'b16-formulaire-puis-panda',
    ['prescription', 'panda', 'follow-up'],
    [
      t('ya un formulaire pour prescrire ou on envoie un mail a l afpa ?', 'prescribe', [
        ['formulaire', 'fiche', 'panda', 'plateforme'],
      ]),
      t('c qui qui nous donne les acces panda ?', 'contact', [
        ['afpa'],
        ['habilit', 'acces', 'identifiant', 'compte'],
      ]),
    ],
  ),

  c(
    'b16-volet1-puis-inscription',
    ['prepa', 'session', 'follow-up'],
    [
      t(
        'prochaine entree prepa comp volet 1 ? a montauban si possible',
        'agenda',
        [on('2027-01-18')],
        [...notOn('2027-01-25'), ...notOn('2027-01-07')],
      ),
      t('parfait je l inscris dessus, comment je fais ?', 'prescribe', [PRESCRIBE]),
    ],
  ),

  c(
    'b16-infocoll-montauban-castel',
    ['prepa', 'info-coll', 'follow-up'],
    [
      t('prochaine info coll prepa comp svp ?', 'agenda', [on('2027-01-14')], notOn('2027-01-07')),
      t(
        'et sur castel ? jai des gens du secteur de castelsarrasin',
        'agenda',
        [on('2027-01-21'), ['castel']],
        [...notOn('2027-02-09')],
      ),
    ],
  ),

  c(
    'b16-chiffres-prepa-pec',
    ['figures', 'objectifs', 'follow-up'],
    [
      t('on en est ou sur prepa comp ? combien de brsa sont rentres par rapport a l objectif ?', 'figures', [
        NOT_YET,
        ['30', 'trente'],
      ]),
      t('et competences pec ?', 'figures', [['50', 'cinquante']]),
    ],
  ),

  // ── One-question conversations: eligibility ───────────────────────────────

  c(
    'b16-promo-17-decrochee-ase',
    ['promo', 'ase'],
    [
      t(
        'jeune 17a sortie du lycee en octobre, ni taf ni formation, suivie ASE (famille d accueil). 1618 possible ??',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
    ],
  ),

  c(
    'b16-promo-18-ans',
    ['promo', 'ase', 'age', 'boundary'],
    [
      t(
        'elle a eu 18 ans le mois dernier, decrocheuse depuis 1 an, toujours suivie par l ase en contrat jeune majeur. promo 16 18 ok ou c mort ?',
        'eligibility',
        [NO, AGE],
      ),
    ],
  ),

  c(
    'b16-pec-cdi-vae',
    ['pec', 'cdi'],
    [
      t(
        'mr 38a en CDI temps partiel ds le nettoyage (boite privee), touche encore un complement rsa. il veut faire une vae, competences pec c pour lui ?',
        'eligibility',
        [NO, PEC_REASON],
      ),
    ],
  ),

  c(
    'b16-deux-personnes-deux-oui',
    ['prepa', 'promo', 'two-people', 'long'],
    [
      t(
        '2 situations : 1) mr 55a rsa inscrit ft depuis 2 ans, aucun diplome, veut bosser en espaces verts ; 2) sa fille 17a qui a arrete le lycee en juin et fait rien depuis. prepa comp pour lui et promo1618 pour elle, ca passe les 2 ?',
        'eligibility',
        [YES, PREPA, PROMO],
        NEG_STRONG,
      ),
    ],
  ),

  c(
    'b16-deux-personnes-rsa-are',
    ['prepa', 'rsa', 'france-travail', 'two-people', 'long'],
    [
      t(
        'deux dossiers: mme A 29 ans au rsa, non inscrite pole emploi, suivie par moi ; et mr B 31 ans, pas au rsa (il touche l ARE), suivi par son conseiller FT. je peux mettre les 2 sur prepa comp via le CD ?',
        'eligibility',
        [
          YES,
          [
            ...NO,
            'via france travail',
            'par france travail',
            'aupres de france travail',
            'via pole emploi',
            'par pole emploi',
            'son conseiller',
          ],
          RSA,
        ],
      ),
    ],
  ),

  c(
    'b16-infos-manquantes-prepa',
    ['prepa', 'missing-fact'],
    [t('jai un monsieur qui voudrait aller sur prepa competences il peut ?', 'eligibility', [RSA])],
  ),

  c(
    'b16-non-rsa-mds-prepa',
    ['prepa', 'rsa', 'mds'],
    [
      t(
        'dame 35 ans accompagnee par nous a la MDS (suivi social), elle est PAS au rsa et pas inscrite FT. je peux la positionner sur prepa comp ?',
        'eligibility',
        [
          [
            ...NO,
            'passer par france travail',
            'via france travail',
            'aupres de france travail',
            'passer par pole emploi',
            'via pole emploi',
          ],
          RSA,
        ],
      ),
    ],
  ),

  c(
    'b16-pec-rsa-non-inscrit',
    ['pec', 'rsa', 'france-travail'],
    [
      t(
        'mr 50a brsa, en PEC depuis 2 mois a l ehpad (signe via FT mais il est pas inscrit DE). competences pec possible pr lui ?',
        'eligibility',
        [YES],
        NEG_STRONG,
      ),
    ],
  ),

  c(
    'b16-ase-17-prepa',
    ['prepa', 'ase', 'age'],
    [
      t(
        'jeune 17 ans ASE, on peut le mettre sur prepa comp plutot que la promo ? ca me parait plus court',
        'eligibility',
        [
          [
            ...NO,
            ...ap("s'adresse aux allocataires"),
            'pour les allocataires du rsa',
            'aux allocataires du rsa',
          ],
          ['rsa', 'allocataire', 'promo'],
        ],
      ),
    ],
  ),

  c(
    'b16-promo-parents-refus',
    ['promo', 'parents'],
    [
      t(
        'elle a 16 ans, decrocheuse, mais ses parents veulent rien signer (relations compliquees, elle est en foyer). ca bloque pr la promo ?',
        'eligibility',
        [['autorisation', 'parent']],
      ),
    ],
  ),

  c(
    'b16-prepa-ft-obligatoire',
    ['prepa', 'france-travail'],
    [
      t(
        'ma collegue dit que prepa comp c QUE pour les inscrits pole emploi, c vrai ? j ai plein de brsa pas inscrits',
        'eligibility',
        [
          [
            'inscrits ou non',
            'inscrit ou non',
            'non inscrit',
            'non-inscrit',
            'pas inscrit',
            'meme sans',
            'sans etre inscrit',
            'pas obligatoire',
            'pas besoin',
            'pas necessaire',
            ...ap("qu'ils soient inscrits"),
            'ne sont pas inscrits',
            'pas forcement',
          ],
        ],
      ),
    ],
  ),

  // ── One-question conversations: contacts ──────────────────────────────────

  c(
    'b16-contact-promo-afpa',
    ['promo', 'afpa', 'names'],
    [
      t('pour la promo 1618 qui est en charge a l afpa montauban ? on a un nom ?', 'contact', [
        ['battedou', 'vella'],
      ]),
    ],
  ),

  c(
    'b16-contact-referent-experimentation',
    ['cd', 'referent'],
    [
      t(
        'cote departement c qui le referent de l experimentation qui fait le lien avec l afpa ? ya un nom dans l accord ?',
        'contact',
        [
          [
            'designe',
            'pas de nom',
            'aucun nom',
            'ne nomme pas',
            'pas nomme',
            ...ap("n'est pas nomme", "n'est pas precise"),
            'ne donne pas',
            'ne precise pas',
            'ne cite pas',
            'ne mentionne pas',
          ],
        ],
      ),
    ],
  ),

  c(
    'b16-contact-suivi-accord-cd',
    ['cd', 'names'],
    [
      t('c qui qui suit l accord cd-afpa cote departement, au niveau politique ?', 'contact', [
        ['weill', 'president du conseil departemental', 'president du departement'],
      ]),
    ],
  ),

  c(
    'b16-contact-souci-dossier-pec',
    ['pec', 'afpa', 'names'],
    [
      t(
        'jai un pb sur un dossier competences pec (la personne a tjrs pas eu de rdv), qui je contacte a l afpa ?',
        'contact',
        [['battedou', 'responsable accompagnement']],
      ),
    ],
  ),

  // ── One-question conversations: prescription ──────────────────────────────

  c(
    'b16-prescrire-pec-caussade',
    ['pec', 'prescription'],
    [
      t('prescrire competences pec pour mme D., en PEC a la mairie de Caussade depuis 1 mois', 'prescribe', [
        PRESCRIBE,
      ]),
    ],
  ),

  c(
    'b16-prescrire-cout',
    ['prepa', 'prescription', 'financement'],
    [
      t('si je prescris prepa comp ca coute qqch au CD ou a la personne ?', 'prescribe', [
        [
          'sans contrepartie',
          'aucune contrepartie',
          'pas de contrepartie',
          'gratuit',
          'aucun cout',
          'pas de cout',
          'sans cout',
          'pas payant',
          'rien a payer',
          'aucun frais',
          'pas de frais',
          'sans frais',
          ...ap(
            "finance par l'etat",
            "finances par l'etat",
            "financement de l'etat",
            "plan d'investissement",
          ),
          'pic',
        ],
      ]),
    ],
  ),

  // ── One-question conversations: programmes ───────────────────────────────

  c(
    'b16-pec-deroule-jours',
    ['pec'],
    [
      t(
        'competences pec ca se passe comment, combien de jours faut compter ?',
        'dispositif',
        [
          ['5 jours', 'cinq jours'],
          ['vae', 'rsfp', 'clea'],
        ],
        ['13 semaines'],
      ),
    ],
  ),

  c(
    'b16-prepa-distance',
    ['prepa', 'mobilite'],
    [
      t(
        'prepa comp peut se faire a distance ? elle a pas le permis et habite a beaumont de lomagne',
        'dispositif',
        [['distance', 'distanciel']],
      ),
    ],
  ),

  c(
    'b16-clea-numerique',
    ['clea'],
    [
      t('cléa c quoi exactement ? et clea numerique c pareil ?', 'dispositif', [
        ['competences de base', 'socle', 'savoirs de base', 'competences fondamentales'],
        ['numerique'],
      ]),
    ],
  ),

  c(
    'b16-fle-primo-arrivants',
    ['fle'],
    [
      t(
        'ya un truc a l afpa pour les primo arrivants qui parlent pas bien francais ? (brsa, refugie)',
        'dispositif',
        [['francais langue etrangere', 'fle', 'visee professionnelle', 'francais a visee']],
      ),
    ],
  ),

  // ── One-question conversations: agenda ────────────────────────────────────

  c(
    'b16-agenda-jpo',
    ['jpo'],
    [
      t(
        'JPO bientot a l afpa ? je voudrais y emmener un groupe',
        'agenda',
        [on('2027-02-03')],
        notOn('2027-01-07'),
      ),
    ],
  ),

  c(
    'b16-agenda-visite-soudure',
    ['visite', 'seats'],
    [
      t(
        'visite plateau soudure c quand ? il reste de la place ?',
        'agenda',
        [on('2027-01-19'), [...seats(8), 'huit places']],
        [...notOn('2027-03-10')],
      ),
    ],
  ),

  c(
    'b16-agenda-reunion-batiment',
    ['reunion-metier'],
    [
      t(
        'reunion metier batiment qq chose de prevu ? jai 3 gars interesses par la maconnerie',
        'agenda',
        [on('2027-02-23'), ['caussade']],
        notOn('2027-01-26'),
      ),
    ],
  ),

  c(
    'b16-agenda-prepa-volet2',
    ['prepa', 'session', 'full'],
    [
      t(
        'une entree prepa comp volet 2 (securiser l entree en formation) dispo prochainement ?',
        'agenda',
        [on('2027-02-15'), ['castel']],
        [...notOn('2027-01-18'), ...notOn('2027-02-08')],
      ),
    ],
  ),

  c(
    'b16-agenda-places-cariste',
    ['places', 'seats'],
    [
      t(
        'reste des places en cariste ?',
        'agenda',
        [[...seats(6), 'six places'], ['cariste']],
        ['soudeur', 'plaquiste', 'macon'],
      ),
    ],
  ),

  c(
    'b16-agenda-cette-semaine',
    ['relative-date'],
    [
      t(
        'qu est ce qu il y a cette semaine a l afpa (info coll, visites...) ?',
        'agenda',
        [on('2027-01-14')],
        [...notOn('2027-01-19'), ...notOn('2027-01-21'), ...notOn('2027-01-07')],
      ),
    ],
  ),

  // ── One-question conversations: figures ───────────────────────────────────

  c(
    'b16-chiffres-ase-promo',
    ['promo', 'ase', 'objectifs'],
    [
      t('combien de jeunes ase on a envoyes sur la promo 1618 ? c quoi l objectif ?', 'figures', [
        NOT_YET,
        ['10', 'dix'],
      ]),
    ],
  ),

  c(
    'b16-chiffres-sorties-positives',
    ['promo', 'objectifs'],
    [
      t('la promo 16 18 elle vise quel taux de sorties positives ?', 'figures', [
        ['70 %', '70%', '70 pour', 'soixante-dix'],
      ]),
    ],
  ),

  // ── One-question conversations: out of scope ──────────────────────────────

  c(
    'b16-hs-permis',
    ['hors-accord'],
    [
      t(
        'est ce que l afpa ou le CD peut financer le permis B d une brsa dans le cadre de l accord ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  c(
    'b16-hs-frais-deplacement',
    ['hors-accord', 'mobilite'],
    [
      t(
        'les frais de deplacement pr aller a montauban pendant prepa comp, c rembourse par qui ?',
        'out_of_scope',
        [OUT_OF_SCOPE],
      ),
    ],
  ),

  c(
    'b16-hs-cumul-rsa-pec',
    ['hors-accord', 'rsa'],
    [
      t('si il signe un PEC son rsa va baisser de combien ? il a peur de perdre des sous', 'out_of_scope', [
        OUT_OF_SCOPE,
      ]),
    ],
  ),
];
