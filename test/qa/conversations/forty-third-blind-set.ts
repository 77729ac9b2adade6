/**
 * Forty-third blind set: eligibility from the field.
 *
 * A référente insertion of the Département de Tarn-et-Garonne (CD82) goes through her
 * caseload over a Monday morning, person by person, and asks the Teams assistant whether
 * each one can enter Prépa Compétences, Compétences PEC or La Promo 16/18. Every person is
 * told differently: a long story, a telegraphic line, a message dictated to the phone with
 * its « virgule » and « point d'interrogation », a colleague's forwarded question (Mission
 * locale, another territory). Follow-ups stay on the same person (« et pour la prépa ? »,
 * « et si elle se réinscrit à FT ? », « elle a 17 ans en fait », « il a signé un CDDI »).
 * A few turns come from AFPA Montauban staff who receive the prescriptions. About 60 % of
 * the turns are eligibility; the rest is what naturally follows: the agenda of the chosen
 * programme, how to prescribe, whom to contact, what the programme contains, the targets.
 *
 * Verdicts are decided from the agreement's criteria (2022 agreement, its action plan and
 * the protocol of the three programmes); where the agreement is silent, the expected answer
 * says so and invents nothing. Agenda turns use `agenda-fixture.ts` with today frozen at
 * Monday 11 January 2027, 9:00 Paris.
 *
 * Written blind: from the agreement, the product guide and the published fixture only,
 * without looking at how the bot works, at its tests or at the other sets.
 */

import { notOn, on, seats, turn, type ConversationCase, type ConversationTurn } from './sets.js';

/** A case whose tags get the intents of its turns and « multi-turn » when it has several. */
function c(id: string, tags: string[], turns: ConversationTurn[]): ConversationCase {
  const intents = turns.map((t) => t.expect.intent);
  const extra = turns.length > 1 ? ['multi-turn'] : [];
  return { id, tags: [...new Set([...intents, ...extra, ...tags])], turns };
}

/** Every alternative with a straight and a typographic apostrophe. */
function alts(...xs: string[]): string[] {
  return [...new Set(xs.flatMap((x) => [x, x.replace(/'/g, '’'), x.replace(/’/g, "'")]))];
}

// ── Facts of the agreement, as alternatives ─────────────────────────────────

const PREPA = ['prépa', 'prepa'];
const PEC_PROG = alts('compétences pec', 'compétences p.e.c', 'compétences-pec', 'compétences – pec', 'compétences - pec');
const PROMO = ['promo'];

/** Prépa Compétences is open to RSA recipients whether registered at France Travail or not (2.1.3). */
const REGISTERED_OR_NOT = alts(
  'inscrit ou non',
  'inscrits ou non',
  'inscrite ou non',
  'inscrites ou non',
  'non inscrit',
  'non-inscrit',
  'pas inscrit',
  'sans être inscrit',
  'sans inscription',
  "pas besoin d'être inscrit",
  "n'est pas obligatoire",
  "n'est pas nécessaire",
  "n'est pas une condition",
  'pas une condition',
  'ne change rien',
  "qu'elle soit inscrite",
  "qu'il soit inscrit",
  'que la personne soit inscrite',
  'ou non à',
  'ou non a ',
);
const STILL_OK = [
  ...REGISTERED_OR_NOT,
  ...alts(
    'reste éligible',
    'toujours éligible',
    'rien ne change',
    "pas d'incidence",
    'aucune incidence',
    'ne change pas',
    'pas de changement',
    'reste possible',
    'toujours possible',
  ),
];

/** La Promo 16/18: minors of 16–17 who left school early, neither in training nor working. */
const PROMO_AGE = alts('16 à 18', '16 a 18', '16 et 18', '16-18 ans', '16 - 18 ans', '16-17', '16 ou 17', '16 et 17', 'mineur');
const PROMO_PUBLIC = [
  ...PROMO_AGE,
  ...alts('décroch', 'quitté', 'ni en formation', 'pas en formation', 'ne travaill', 'sans emploi', 'ni emploi'),
];
const SIXTEEN = alts('16 ans', 'seize ans');
const NOT_YET = alts(
  'pas encore',
  'à partir de 16',
  'dès 16',
  'dès ses 16',
  'quand elle aura 16',
  'attendre',
  'trop jeune',
  'moins de 16',
  'pas avant',
  'pas éligible',
  'non éligible',
  'ne peut pas',
  'minimum',
);
const MINOR_ONLY = alts(
  'mineur',
  'moins de 18',
  'avant 18',
  'avant ses 18',
  '16-17',
  '16 ou 17',
  '16 et 17',
  'majeur',
  'trop âgé',
  'plus de 18',
  'dépasse',
  'au-delà de 18',
);
const PARENTAL = alts('autorisation', 'accord des parents', 'accord parental', 'représentant légal', 'autorité parentale');

/** Compétences PEC: from the signature of the PEC or its first months, over its duration. */
const PEC_TIMING = alts(
  'dès la signature',
  'dès signature',
  'à la signature',
  'premiers mois',
  'début du contrat',
  'début du PEC',
  'début de son PEC',
);
const EMPLOYER = ['employeur'];

const PREPA_DURATION = alts('2 à 8 jours', '2 et 8 jours', '2 à 8 j', 'deux à huit jours', '2 jours à 8 jours', 'deux et huit jours');
const V2_DAYS = alts('4 à 8 jours', '4 a 8 jours', '4-8 jours', '4 et 8 jours', 'quatre à huit jours', '4 à 8 j');
const PEC_DAYS = alts('5 jours', 'cinq jours');
const PROMO_WEEKS = alts('13 semaines', 'treize semaines', '3 mois', 'trois mois');
const MON_THU = alts('lundi au jeudi', 'lundi à jeudi', 'lundi-jeudi', 'du lundi', 'lundi et jeudi');
const DIST = alts('distance', 'distanciel');
const PART_REMOTE = alts('tout ou partie', 'en partie', 'partiellement', 'présentiel', 'mixte', 'entièrement');
const VOLET2 = alts('volet 2', 'sécuris', 'entrée en formation');
const V1_REASON = alts('volet 1', 'consolid', 'diagnostic', 'travailler son projet', 'projet professionnel', ...REGISTERED_OR_NOT);

const FLE = alts('visée professionnelle', 'langue étrangère', 'français langue', 'cours de français', 'apprentissage du français');
const RSFP = alts('RSFP', 'R.S.F.P', 'savoir-faire', 'savoir faire');
const VAE = alts('VAE', 'V.A.E', 'validation des acquis');
const CLEA = alts('cléa', 'clea', 'clé a');
const ML_CIO = alts('mission locale', 'missions locales', 'C.I.O', ' CIO', '(CIO');
const FT = alts('France Travail', 'Pôle emploi', 'Pole emploi');
const RSA_REASON = alts('allocataire', 'RSA', 'R.S.A');
const LOW_QUALIFIED = alts(
  'peu ou pas qualifi',
  'peu qualifi',
  'pas qualifi',
  'faiblement qualifi',
  "éloignées de l'emploi",
  "éloignés de l'emploi",
  "éloignée de l'emploi",
  "éloigné de l'emploi",
  'plus éloign',
);
const NO_AGE_LIMIT = alts(
  'pas de limite',
  "pas d'âge",
  'aucune limite',
  'aucun âge',
  'ne fixe pas',
  'ne prévoit pas',
  'ne précise pas',
  "pas de condition d'âge",
  "aucune condition d'âge",
  "pas de critère d'âge",
  "aucun critère d'âge",
  'ne mentionne',
  'sans limite',
);
const CONTACT_AFPA = ['Battedou', 'Vella'];
const PANDA = ['panda'];

/** What a correct answer says when the agreement does not settle the matter. */
const SILENT = alts(
  'ne précise pas',
  'ne précise rien',
  'ne le précise pas',
  'pas précisé',
  'ne dit rien',
  'ne dit pas',
  'ne le dit pas',
  'ne prévoit pas',
  'ne prévoit rien',
  'pas prévu',
  'ne mentionne pas',
  'ne traite pas',
  "n'aborde pas",
  'ne fixe pas',
  'ne tranche pas',
  'silencieux',
  'muet',
  "rien dans l'accord",
  'ne figure pas',
  "n'indique pas",
  'ne couvre pas',
  'ne parle pas',
  "pas d'information",
  'aucune information',
  'aucune mention',
  'ne contient pas',
  'pas de règle',
  'aucune règle',
  'pas de critère',
  'aucun critère',
  'à vérifier',
  'à confirmer',
);
/** What a correct answer says to a question outside what the bot knows. */
const OUT = [
  ...SILENT,
  ...alts(
    'hors',
    'pas en mesure',
    'ne peux pas',
    'je ne peux',
    'pas de mon ressort',
    'ne sais pas',
    'ne permet pas',
    'ne concerne pas',
    'ne porte pas',
    'pas possible',
    'pas le rôle',
    'ne fais pas',
  ),
];

/** « complet », « 0 place », « aucune place »… */
const FULL = [...seats(0), ...alts('complet', 'aucune place', 'plus de place', 'pas de place', 'zéro place', 'plus aucune place')];

/** Yearly targets of the action plan (2022). */
const target = (n: number) =>
  alts(
    `${n} allocataires`,
    `${n} bénéficiaires`,
    `${n} personnes`,
    `${n} jeunes`,
    `objectif de ${n}`,
    `objectif : ${n}`,
    `objectif ${n}`,
    `${n} entrées`,
    `${n} RSA`,
    `: ${n} `,
    `sur ${n}`,
    `/${n}`,
    `/ ${n}`,
    `${n} au total`,
  );

/** Training names of the fixture's Info Places; an answer about one trade lists no other. */
const TRAININGS = [
  'soudeur',
  'maçon',
  'cariste',
  'préparateur de commandes',
  'électricien',
  'agent de propreté',
  'plaquiste',
  'agent de restauration',
];
const otherTrainings = (...asked: string[]) => TRAININGS.filter((name) => !asked.some((a) => name.includes(a)));

/** The JPO of Thursday 7 January is past: never listed. */
const PAST = notOn('2027-01-07');

// ── The cases ───────────────────────────────────────────────────────────────

export const FORTY_THIRD_BLIND_SET: ConversationCase[] = [
  // ── Prépa Compétences: RSA recipients, registered at France Travail or not ──
  c('b43-mme-b-long-recit-prepa-sans-ft', ['field-eligibility', 'long-story', 'follow-up'], [
    turn(
      "bon je fais le tour de ma file active ce matin. Mme B., 52 ans, BRSA depuis 2019, plus inscrite a FT depuis 2 ans (radiee), ancienne aide a domicile, elle voudrait devenir aide soignante mais elle a arrete l ecole en 3e et elle a tres peur de pas suivre en formation. est ce que je peux lui proposer la prepa comp alors qu elle est pas inscrite a FT ?",
      'eligibility',
      [PREPA, REGISTERED_OR_NOT],
    ),
    turn('et si elle se reinscrit a FT entre temps ca change qqch ?', 'eligibility', [STILL_OK]),
    turn("le volet pour securiser l entree en formation ca dure combien ?", 'dispositif', [V2_DAYS]),
  ]),
  c('b43-telegraphe-brsa-35-non-ft', ['field-eligibility', 'telegraphic', 'follow-up'], [
    turn('BRSA 35a non FT prepa?', 'eligibility', [PREPA, [...REGISTERED_OR_NOT, ...alts('allocataire', 'éligible')]]),
    turn('distanciel possible ?', 'dispositif', [DIST, PART_REMOTE]),
  ]),
  c('b43-deux-questions-compta', ['field-eligibility', 'two-questions'], [
    turn(
      'Mme R BRSA inscrite FT depuis 3 mois, veut reprendre une formation compta : prepa ok ? et c quand la prochaine info coll ?',
      'eligibility',
      [PREPA, on('2027-01-14')],
      PAST,
    ),
  ]),
  c('b43-mr-y-volet1-puis-cddi', ['field-eligibility', 'follow-up', 'borderline', 'silent'], [
    turn(
      'Mr Y 41a RSA non inscrit FT, projet flou il hesite entre logistique et batiment. prepa volet 1 ?',
      'eligibility',
      [PREPA, V1_REASON],
    ),
    turn(
      'ah attends il a signé un CDDI la semaine derniere dans un chantier d insertion',
      'eligibility',
      [[...SILENT, ...RSFP, ...alts('SIAE', 'S.I.A.E', "insertion par l'activité", "n'est pas un PEC", 'pas un PEC')]],
    ),
  ]),
  c('b43-dictee-sylvie-cariste', ['field-eligibility', 'dictated', 'follow-up', 'silent'], [
    turn(
      "bonjour alors pour madame Sylvie tiret Martin virgule elle a 34 ans elle touche le r s a depuis un an elle voudrait faire la formation cariste mais elle a jamais fait de formation point est-ce qu'elle peut faire la prépa compétence avant point d'interrogation",
      'eligibility',
      [PREPA, [...RSA_REASON, ...VOLET2]],
    ),
    turn(
      'et elle a pas le permis c est bloquant ?',
      'eligibility',
      [[...SILENT, ...alts('mobilité', 'conditions matérielles', "pas une condition", "n'est pas exigé", "n'est pas requis")]],
    ),
    turn('des places en cariste en ce moment ?', 'agenda', [seats(6), on('2027-01-27')], otherTrainings('cariste', 'préparateur')),
  ]),
  c('b43-mr-d-ancien-soudeur', ['field-eligibility', 'follow-up'], [
    turn(
      "Mr D 45a RSA, ancien soudeur en interim, veut passer le titre pro soudeur mais il a plus fait d ecole depuis 30 ans. prepa volet 2 avant ?",
      'eligibility',
      [PREPA, alts('sécuris', 'entrée en formation', '4 à 8', 'allocataire')],
    ),
    turn("y a une visite de l atelier soudure ?", 'agenda', [on('2027-01-19')], [...notOn('2027-03-10'), ...PAST]),
    turn('et des places en soudeur ?', 'agenda', [seats(4), on('2027-02-01')], otherTrainings('soudeur')),
  ]),
  c('b43-retenue-formation-mars', ['field-eligibility'], [
    turn(
      "elle a ete retenue pour une formation AFPA qui commence en mars mais elle a peur de lacher comme la derniere fois. BRSA. on peut faire quelque chose avant ?",
      'eligibility',
      [PREPA, VOLET2],
    ),
  ]),
  c('b43-rsa-majore-garde-enfants', ['field-eligibility', 'follow-up'], [
    turn(
      'femme 29a RSA majore 3 enfants dont un bebe, pas de mode de garde, elle peut faire la prepa a distance ?',
      'eligibility',
      [DIST, PART_REMOTE],
    ),
    turn('prochaine session a distance ?', 'agenda', [on('2027-02-08')], notOn('2027-01-18')),
  ]),
  c('b43-rqth-cap-emploi', ['field-eligibility', 'handicap', 'silent'], [
    turn(
      'BRSA 44a, RQTH, suivi aussi par cap emploi, mal de dos, veut se reconvertir dans un metier moins physique. la prepa c possible avec une TH ?',
      'eligibility',
      [
        PREPA,
        [
          ...SILENT,
          ...alts('allocataire', "n'exclut", 'pas un critère', "pas d'exclusion", 'aucune condition', 'pas de condition', 'aucune restriction', 'pas de restriction', 'ne fait pas obstacle', "n'empêche"),
        ],
      ],
    ),
  ]),
  c('b43-ingenieur-bac5', ['field-eligibility', 'borderline'], [
    turn(
      "cas un peu atypique : BRSA 46 ans, ingenieur bac+5, au chomage depuis 4 ans apres un burn out, veut se reconvertir dans l artisanat. prepa competences c adapte ?",
      'eligibility',
      [LOW_QUALIFIED],
    ),
  ]),
  c('b43-deja-en-formation-afpa', ['field-eligibility', 'borderline'], [
    turn(
      "elle est deja en formation titre pro secretaire assistante a l afpa depuis novembre, on m a dit de lui faire faire la prepa, ca a du sens ?",
      'eligibility',
      [
        alts(
          'en amont',
          "avant l'entrée",
          'avant une formation',
          "avant d'entrer",
          'avant son entrée',
          "préparer l'entrée",
          'déjà en formation',
          'déjà entrée',
          'pas utile',
          'pas pertinent',
          'ne se justifie',
          "n'a plus",
          "n'est plus",
          "sécuriser son entrée",
          "sécuriser l'entrée",
          'ne précise pas',
          'ne dit pas',
          'ne prévoit pas',
        ),
      ],
    ),
  ]),
  c('b43-62-ans-trop-vieille', ['field-eligibility', 'follow-up', 'silent'], [
    turn('62 ans, BRSA, elle veut encore se former (agent de proprete). trop vieille pour la prepa ?', 'eligibility', [NO_AGE_LIMIT]),
    turn("elle a aussi une pension d invalidite categorie 1", 'eligibility', [[...SILENT, 'allocataire']]),
  ]),
  c('b43-refaire-prepa', ['field-eligibility', 'silent'], [
    turn("elle a deja fait la prepa volet 1 en 2025, on peut lui refaire faire ?", 'eligibility', [[...SILENT, 'volet 2']]),
  ]),
  c('b43-arret-maladie', ['field-eligibility', 'silent'], [
    turn(
      "BRSA en arret maladie depuis 3 mois (depression), le psy dit que ca lui ferait du bien de bouger. prepa possible pendant l arret ?",
      'eligibility',
      [SILENT],
    ),
  ]),
  c('b43-sorti-du-rsa-cdd', ['field-eligibility', 'borderline'], [
    turn(
      "il est sorti du RSA le mois dernier, reprise en CDD 3 mois chez un maraicher. je peux encore le prescrire en prepa ?",
      'eligibility',
      [[...SILENT, ...FT, ...alts('allocataire', "n'est plus", 'plus au RSA')]],
    ),
  ]),
  c('b43-conjointe-ayant-droit', ['field-eligibility', 'borderline'], [
    turn(
      "c est son mari l allocataire RSA, elle est ayant droit sur le dossier, accompagnee par nous. elle peut faire la prepa ?",
      'eligibility',
      [PREPA, [...SILENT, ...alts('accompagn', 'ne distingue pas', 'bénéficiaire')]],
    ),
  ]),
  c('b43-temps-partiel-menage', ['field-eligibility', 'silent'], [
    turn(
      "BRSA qui fait 10h/semaine de menage en CDI, veut se former aide soignante. ca l empeche de faire la prepa ?",
      'eligibility',
      [[...SILENT, ...alts('allocataire', "n'empêche", 'pas un obstacle', "n'exclut", 'ne fait pas obstacle')]],
    ),
  ]),
  c('b43-auto-entrepreneur', ['field-eligibility', 'silent'], [
    turn('auto entrepreneur au RSA (CA quasi nul), veut arreter et se reconvertir. prepa ?', 'eligibility', [PREPA, [...SILENT, 'allocataire']]),
  ]),
  c('b43-dictee-karim-prepa-ou-pec', ['field-eligibility', 'dictated'], [
    turn(
      "est-ce que monsieur ah mes deux Karim virgule 27 ans virgule au RSA depuis 6 mois virgule sans diplôme peut faire la prépa compétence ou bien les compétences PEC point d'interrogation il n'a pas de contrat de travail point",
      'eligibility',
      [PREPA, alts('signataire', 'contrat PEC', 'pas de PEC', 'pas en PEC', 'sans PEC', 'sans contrat', 'parcours emploi', 'titulaire', 'réservé')],
    ),
  ]),

  // ── Not an RSA recipient: not through the Département ──
  c('b43-jeune-23-ans-pas-rsa', ['field-eligibility', 'follow-up'], [
    turn(
      'jeune de 23 ans, pas de RSA, inscrit FT, suivi par la ML. on peut lui prescrire la prepa par nous (CD) ?',
      'eligibility',
      [RSA_REASON, [...FT, ...ML_CIO]],
    ),
    turn("et s il ouvre un droit RSA le mois prochain ? (il va etre papa)", 'eligibility', [PREPA, alts('allocataire', 'bénéficiaire du RSA', 'au RSA')]),
  ]),
  c('b43-ass-pas-rsa', ['field-eligibility', 'telegraphic'], [
    turn('ASS pas RSA, 57a, inscrit FT. ok pr prepa via CD ?', 'eligibility', [RSA_REASON, FT]),
  ]),
  c('b43-afpa-recoit-fiche-ass', ['field-eligibility', 'afpa-staff'], [
    turn(
      "cote AFPA : je recois une prescription prepa d une referente du CD pour une personne en ASS, pas au RSA. je la prends ?",
      'eligibility',
      [RSA_REASON, FT],
    ),
  ]),

  // ── Compétences PEC: people who signed a PEC ──
  c('b43-m-k-pec-mairie-moissac', ['field-eligibility', 'follow-up'], [
    turn(
      "M. K., 38 ans, BRSA, vient de signer un PEC agent d entretien a la mairie de Moissac pour 12 mois. competences pec il peut y aller direct ?",
      'eligibility',
      [PEC_PROG, [...PEC_TIMING, ...alts('signataire', 'titulaire', 'mobilisable')]],
    ),
    turn('faut que je previenne la mairie ?', 'prescribe', [EMPLOYER, alts('accord', 'inform')]),
    turn('prochaine entree atelier 2 ?', 'agenda', [on('2027-01-20')], [...notOn('2027-01-18'), ...notOn('2027-01-25'), ...notOn('2027-02-08')]),
  ]),
  c('b43-mme-l-pec-ccas', ['field-eligibility', 'telegraphic', 'follow-up'], [
    turn(
      "Mme L 47a RSA, agent d accueil en PEC au CCAS depuis 1 mois, voudrait faire reconnaitre ce qu elle sait faire. on part sur quoi ?",
      'eligibility',
      [PEC_PROG],
    ),
    turn('duree ?', 'dispositif', [PEC_DAYS], [...PREPA_DURATION, ...alts('13 semaines')]),
    turn('et les certifs possibles ?', 'dispositif', [VAE, RSFP, CLEA]),
  ]),
  c('b43-pec-10-mois-sur-12', ['field-eligibility', 'borderline'], [
    turn(
      "elle est en PEC a l ehpad depuis 10 mois sur 12, c est trop tard pour competences pec ?",
      'eligibility',
      [
        [
          ...PEC_TIMING,
          ...alts('durée du PEC', 'durée du contrat', "à l'issue", 'fin du contrat', 'fin du PEC', 'avant la fin', 'ne fixe pas', 'ne précise pas', 'pas de date limite', 'pas de délai'),
        ],
      ],
    ),
  ]),
  c('b43-pec-signe-en-fevrier', ['field-eligibility'], [
    turn(
      "elle signe son PEC le 1er fevrier (creche municipale), je peux la positionner sur competences pec des maintenant ?",
      'eligibility',
      [alts('dès la signature', 'dès signature', 'à la signature', 'après la signature', 'une fois', 'signé', 'signataire', 'premiers mois')],
    ),
  ]),
  c('b43-pec-termine-novembre', ['field-eligibility', 'borderline'], [
    turn(
      "son PEC s est termine en novembre (pas renouvele), il peut encore faire competences pec pour valider ?",
      'eligibility',
      [
        alts(
          'durée du PEC',
          'pendant le PEC',
          'pendant son PEC',
          'en cours de PEC',
          'au cours du PEC',
          'pendant le contrat',
          'en cours de contrat',
          'signataire',
          'dès la signature',
          'premiers mois',
          'terminé',
          'fin du contrat',
          "à l'issue",
        ),
      ],
    ),
  ]),
  c('b43-cdi-asso-pas-pec', ['field-eligibility'], [
    turn(
      'Mme T BRSA, CDI 20h dans une asso d aide a domicile, elle voudrait une VAE. competences pec ?',
      'eligibility',
      [alts('signataire', 'contrat PEC', 'en PEC', 'parcours emploi compétences', 'pas un PEC', "n'est pas en PEC", 'titulaire', 'réservé')],
    ),
  ]),
  c('b43-pec-sans-prerequis-vae', ['field-eligibility'], [
    turn(
      "il est en PEC mais il a pas les prerequis pour une VAE (pas assez d experience), competences pec ca sert a rien du coup ?",
      'eligibility',
      [RSFP],
    ),
  ]),
  c('b43-employeur-pec-refuse', ['field-eligibility', 'borderline'], [
    turn(
      "l employeur PEC (une asso sportive) veut pas la liberer pour les ateliers. on peut faire competences pec sans son accord ?",
      'eligibility',
      [EMPLOYER, alts('recueill', 'nécessaire', 'indispensable', 'obligatoire', 'requis', 'il faut', 'doit', 'pas possible', 'prévoit')],
    ),
  ]),
  c('b43-aci-titre-pro-macon', ['field-eligibility', 'siae', 'follow-up'], [
    turn(
      "BRSA en ACI (chantier d insertion espaces verts) depuis 8 mois, veut un titre pro macon. quel dispositif ?",
      'eligibility',
      [alts('Région', 'régional', 'droit commun', 'RSFP', 'R.S.F.P', 'savoir-faire', 'qualification')],
    ),
    turn('y a des places en macon ?', 'agenda', [seats(3), on('2027-02-15')], otherTrainings('maçon')),
  ]),
  c('b43-25-ans-ancienne-ase-prepa-ou-promo', ['field-eligibility', 'two-questions'], [
    turn(
      "25 ans tout juste, ancienne ASE (sortie a 21 ans), RSA depuis 1 mois avec son bebe. prepa ou promo 16/18 pour elle ?",
      'eligibility',
      [PREPA, [...MINOR_ONLY, ...PROMO_AGE]],
    ),
  ]),
  c('b43-pec-prescrit-cap-emploi', ['field-eligibility', 'handicap'], [
    turn(
      "salarie TH en PEC espaces verts (prescrit par cap emploi), BRSA, 3e mois de contrat. competences pec ok ?",
      'eligibility',
      [PEC_PROG, [...PEC_TIMING, ...alts('signataire', 'titulaire', 'éligible', 'mobilisable', 'peut en bénéficier')]],
    ),
  ]),
  c('b43-primo-arrivant-peu-de-francais', ['field-eligibility', 'language', 'follow-up'], [
    turn(
      "monsieur afghan arrive en 2025, statut refugie, RSA, parle tres peu francais (A1 a peine). il veut bosser dans le batiment. on peut le mettre ou ?",
      'eligibility',
      [FLE],
    ),
    turn("et la reunion metiers du batiment c est quand ?", 'agenda', [on('2027-02-23'), ['Caussade']], notOn('2027-01-26')),
  ]),

  // ── La Promo 16/18: minors who left school, ASE young people ──
  c('b43-ase-17-telegraphique', ['field-eligibility', 'telegraphic', 'follow-up'], [
    turn('17a ASE, decroche depuis sept, ni taf ni formation. promo1618 ok ?', 'eligibility', [PROMO, PROMO_PUBLIC]),
    turn('et cote parents il faut quoi pour qu il rentre ?', 'eligibility', [PARENTAL]),
  ]),
  c('b43-ines-15-ans-puis-17', ['field-eligibility', 'follow-up', 'boundary'], [
    turn(
      "Ines, 15 ans, placee ASE en foyer a Montauban, a decroche du college depuis la rentree. elle tourne en rond, la promo 16/18 ca pourrait le faire ?",
      'eligibility',
      [SIXTEEN, NOT_YET],
    ),
    turn("ah non pardon je me suis trompee de dossier, elle a 17 ans en fait", 'eligibility', [PROMO_PUBLIC]),
  ]),
  c('b43-kevin-18-ans-jeune-majeur', ['field-eligibility', 'follow-up', 'boundary'], [
    turn(
      "Kevin 18 ans et 3 mois, contrat jeune majeur ASE, sorti du lycee pro en juin sans diplome, rien depuis. on peut le mettre sur la promo 16/18 ?",
      'eligibility',
      [MINOR_ONLY],
      ['est éligible à la promo', 'kevin est éligible', 'il peut intégrer'],
    ),
    turn("ok vers qui je l oriente alors ?", 'contact', [[...SILENT, ...ML_CIO]]),
  ]),
  c('b43-afpa-jeune-19-ans', ['field-eligibility', 'afpa-staff', 'boundary'], [
    turn(
      "(AFPA Montauban) un referent CD nous a envoye une fiche pour la promo 16/18 : le jeune a 19 ans. on l accepte ?",
      'eligibility',
      [[...MINOR_ONLY, ...PROMO_AGE]],
      ['est éligible à la promo', 'vous pouvez l’accepter', "vous pouvez l'accepter"],
    ),
  ]),
  c('b43-lea-promo-puis-prepa', ['field-eligibility', 'follow-up'], [
    turn('promo 16/18 pour Lea 17 ans ASE, decrocheuse depuis la 1ere ?', 'eligibility', [PROMO_PUBLIC]),
    turn('et pour la prepa ?', 'eligibility', [RSA_REASON]),
  ]),
  c('b43-fils-17-ans-mere-brsa', ['field-eligibility', 'follow-up', 'family'], [
    turn(
      "le fils de Mme D (BRSA), 17 ans, a lache le lycee en octobre et il reste enferme dans sa chambre. il peut faire la prepa avec sa mere ?",
      'eligibility',
      [PROMO, [...RSA_REASON, ...PROMO_AGE]],
    ),
    turn('et la prochaine entree c est ou et quand ? ils habitent Moissac', 'agenda', [['Montauban'], on('2027-02-01')]),
  ]),
  c('b43-ase-toujours-inscrit-lycee', ['field-eligibility', 'borderline'], [
    turn(
      "jeune ASE 17 ans, toujours inscrit au lycee pro mais il y va plus depuis novembre (absenteisme). promo 16/18 ?",
      'eligibility',
      [
        alts(
          'quitté',
          'décroch',
          'plus scolarisé',
          'pas scolarisé',
          'déscolaris',
          'ne sont pas en formation',
          "n'est pas en formation",
          'pas en formation',
          'ni en formation',
          'encore inscrit',
          'toujours inscrit',
          'inscrit au lycée',
        ),
      ],
    ),
  ]),
  c('b43-16-ans-cdd-saisonnier', ['field-eligibility', 'telegraphic', 'borderline'], [
    turn(
      '16a, a quitte le college, bosse en CDD saisonnier dans un camping jusqu a fin fevrier. promo ?',
      'eligibility',
      [alts('ne travaill', 'sans emploi', 'pas en emploi', 'ni emploi', "pas d'emploi", 'travaille', 'fin de son CDD', 'fin du CDD', 'après son contrat', 'fin février')],
    ),
  ]),
  c('b43-apprenti-rupture', ['field-eligibility', 'telegraphic'], [
    turn("17 ans, rupture de son contrat d apprentissage en decembre, depuis il fait rien. ASE. promo ?", 'eligibility', [PROMO_PUBLIC]),
  ]),
  c('b43-exclu-college', ['field-eligibility', 'telegraphic'], [
    turn('16 ans, exclu definitivement du college en novembre, pas rescolarise, ASE. promo ok ?', 'eligibility', [PROMO_PUBLIC]),
  ]),
  c('b43-16-ans-pas-ase', ['field-eligibility', 'two-questions'], [
    turn(
      "jeune de 16 ans pas ASE, la famille est suivie au RSA, il a decroche en 2nde. il peut faire la promo 16/18 ? et c est par qui ?",
      'eligibility',
      [PROMO_PUBLIC, ML_CIO],
    ),
  ]),
  c('b43-suivi-ml-pacea', ['field-eligibility'], [
    turn("17 ans suivi ML en PACEA, decroche, ASE non. la promo c est compatible ?", 'eligibility', [PROMO_PUBLIC, ML_CIO]),
  ]),
  c('b43-ase-du-lot-place-montauban', ['field-eligibility', 'borderline'], [
    turn(
      "jeune de 17 ans confie a l ASE du Lot (46), place en famille d accueil a Montauban, decroche. il rentre dans le cadre ASE de l accord pour la promo ?",
      'eligibility',
      [alts('82', 'Tarn-et-Garonne', 'Tarn et Garonne', 'du Département', 'Conseil départemental'), [...ML_CIO, ...SILENT]],
    ),
  ]),
  c('b43-mna-16-ans', ['field-eligibility', 'language'], [
    turn(
      "MNA 16 ans confie a l ASE 82, arrive de Guinee il y a 6 mois, parle bien mais ecrit peu. promo 16/18 ou cours de francais ?",
      'eligibility',
      [[...PROMO_PUBLIC, ...alts('ASE', 'aide sociale')], [...FLE, ...SILENT]],
    ),
  ]),
  c('b43-17-ans-enceinte', ['field-eligibility', 'silent'], [
    turn(
      "17 ans ASE decrocheuse, enceinte de 4 mois, la promo c est envisageable ?",
      'eligibility',
      [PROMO_PUBLIC, [...SILENT, ...alts('grossesse', 'enceinte')]],
    ),
  ]),
  c('b43-parents-refusent-signer', ['field-eligibility', 'borderline', 'silent'], [
    turn(
      "jeune ASE 16 ans, les parents ont garde l autorite parentale et refusent de signer. il peut faire la promo quand meme ?",
      'eligibility',
      [PARENTAL, [...SILENT, ...alts('requis', 'requises', 'nécessaire', 'indispensable', 'obligatoire', 'il faut')]],
    ),
  ]),

  // ── Forwarded questions ──
  c('b43-transfert-julie-ml', ['forwarded'], [
    turn(
      "je te transfere la question de Julie (ML Montauban) : « on a un jeune de 16 ans et demi place ASE en foyer, decroche depuis la 3e, c est a nous ou a vous de l orienter sur la promo 16/18 ? »",
      'prescribe',
      [alts('mission locale', 'missions locales')],
    ),
  ]),
  c('b43-transfert-collegue-castelsarrasin', ['forwarded'], [
    turn(
      "message de ma collegue de Castelsarrasin : « j ai une dame BRSA pour la prepa mais elle peut pas aller a Montauban, y a quelque chose pres de chez elle ? »",
      'agenda',
      [['Castelsarrasin'], [...on('2027-01-21'), ...on('2027-02-15')]],
      PAST,
    ),
  ]),

  // ── Agenda around the chosen programme ──
  c('b43-volet2-fin-janvier-complet', ['agenda-followup'], [
    turn("entree volet 2 fin janvier il reste de la place ?", 'agenda', [FULL, on('2027-01-25')]),
  ]),
  c('b43-volet2-prochaine-dispo', ['agenda-followup'], [
    turn(
      'une entree volet 2 avec de la place, c quand ?',
      'agenda',
      [on('2027-02-15'), ['Castelsarrasin']],
      [...notOn('2027-01-18'), ...notOn('2027-02-08'), ...notOn('2027-03-08')],
    ),
  ]),
  c('b43-info-coll-pec-employeur', ['agenda-followup'], [
    turn("y a une info coll competences pec ou je peux envoyer le salarie et son employeur ?", 'agenda', [on('2027-02-09'), ['Moissac']], [...notOn('2027-01-14'), ...PAST]),
  ]),
  c('b43-info-coll-promo', ['agenda-followup'], [
    turn("l info coll promo 16/18 pour le jeune et sa famille c quand ?", 'agenda', [on('2027-03-17')], [...notOn('2027-01-14'), ...notOn('2027-02-11')]),
  ]),
  c('b43-plaquiste-places', ['agenda-followup', 'telegraphic'], [
    turn('places plaquiste ?', 'agenda', [FULL], otherTrainings('plaquiste')),
  ]),

  // ── How to prescribe ──
  c('b43-prescrire-prepa-concretement', ['prescribe'], [
    turn("ok je la positionne sur la prepa, je fais comment concretement pour l inscrire ?", 'prescribe', [[...PANDA, ...alts('formulaire', 'fiche de prescription')]]),
  ]),
  c('b43-prescrire-pec-qui', ['prescribe'], [
    turn(
      "pour competences pec c moi qui prescris ou c FT ?",
      'prescribe',
      [alts('directement', 'vous-même', 'vous pouvez', 'services du Département', 'services compétents', 'référent'), EMPLOYER],
    ),
  ]),
  c('b43-prescrire-promo-ase', ['prescribe'], [
    turn("jeune ASE 16 ans pour la promo, je fais comment pour l orienter ?", 'prescribe', [[...PANDA, ...alts('formulaire', 'fiche de prescription')]]),
  ]),
  c('b43-cout-pour-le-departement', ['dispositif'], [
    turn(
      "ca coute qq chose au departement quand on prescrit la prepa ?",
      'dispositif',
      [alts('sans contrepartie', 'gratuit', 'aucun coût', 'ne coûte rien', "financé par l'État", 'financement', 'P.I.C', ' PIC', '(PIC', "plan d'investissement", 'pris en charge')],
    ),
  ]),

  // ── What the programme contains ──
  c('b43-promo-contenu', ['dispositif', 'follow-up'], [
    turn("la promo c est quoi concretement, ca dure combien de temps ?", 'dispositif', [PROMO_WEEKS], PREPA_DURATION),
    turn("c est tous les jours ?", 'dispositif', [MON_THU]),
  ]),
  c('b43-bilan-fin-prepa', ['dispositif'], [
    turn("on a un retour nous a la fin de la prepa ?", 'dispositif', [['bilan']]),
  ]),
  c('b43-prepa-formation-hors-afpa', ['dispositif'], [
    turn(
      "la prepa c est que pour entrer en formation a l afpa ? elle vise une formation chez un autre organisme",
      'dispositif',
      [alts('autre organisme', 'hors AFPA', 'hors A.F.P.A', 'autres organismes', 'ou ailleurs', 'pas uniquement', 'pas seulement', 'pas que')],
    ),
  ]),

  // ── Whom to contact ──
  c('b43-contact-promo-afpa', ['contact', 'follow-up', 'silent'], [
    turn("qui a l afpa s occupe de la promo 16/18 ? j ai 2 jeunes ASE a positionner", 'contact', [CONTACT_AFPA]),
    turn("t as son tel ou son mail ?", 'contact', [[...SILENT, ...alts('pas de numéro', 'aucun numéro', 'ne donne pas', 'ne communique pas', 'pas le numéro', "je n'ai pas", 'pas de coordonnées', 'aucune coordonnée')]]),
  ]),
  c('b43-contact-referent-experimentation', ['contact', 'silent'], [
    turn(
      "c est qui le referent de l experimentation cote departement ?",
      'contact',
      [[...SILENT, ...alts('désigne', 'désigné', "n'est pas nommé", 'pas nommé', 'ne nomme pas', 'ne donne pas', 'pas de nom')]],
    ),
  ]),
  c('b43-contact-dossier-bloque', ['contact'], [
    turn("mon dossier prepa de decembre bouge pas, qui je relance a l afpa ?", 'contact', [CONTACT_AFPA]),
  ]),

  // ── Targets ──
  c('b43-figures-prepa-puis-pec', ['figures', 'follow-up'], [
    turn("au fait on en est ou par rapport a l objectif prepa ?", 'figures', [target(30)]),
    turn('et pour les pec ?', 'figures', [target(50)]),
  ]),
  c('b43-figures-ase-promo', ['figures'], [
    turn("l objectif ase sur la promo c combien de jeunes deja ?", 'figures', [target(10)]),
  ]),

  // ── Outside what the agreement covers ──
  c('b43-out-calcul-rsa', ['out-of-scope'], [
    turn("tu peux me calculer son droit RSA si elle reprend 20h par semaine au smic ?", 'out_of_scope', [[...OUT, 'CAF']]),
  ]),
  c('b43-out-hebergement-urgence', ['out-of-scope'], [
    turn("elle est a la rue depuis hier soir, t as un hebergement d urgence ?", 'out_of_scope', [[...OUT, '115', 'SIAO']]),
  ]),
  c('b43-out-lettre-motivation', ['out-of-scope'], [
    turn("tu peux me rediger sa lettre de motiv pour la formation cariste ?", 'out_of_scope', [OUT]),
  ]),
  c('b43-out-financement-permis', ['out-of-scope', 'silent'], [
    turn("le departement finance le permis B pour les BRSA ? elle en a besoin pour la prepa", 'out_of_scope', [OUT]),
  ]),

  // ── Small talk of the morning ──
  c('b43-other-debut-matinee', ['other'], [
    turn(
      "salut, j ai une dizaine de dossiers a passer ce matin, tu es la ?",
      'other',
      [alts('bonjour', 'oui', 'je suis là', 'je peux', 'aider', 'allez-y', 'je vous écoute', 'dites-moi')],
    ),
  ]),
  c('b43-other-merci-fin', ['other'], [
    turn(
      "merci bcp c etait top, bonne journee",
      'other',
      [alts('bonne journée', 'avec plaisir', 'je vous en prie', 'de rien', 'à votre service', "n'hésitez pas", 'bon courage', 'à bientôt', 'au plaisir', 'merci')],
    ),
  ]),
];
