import { isIsoDay, parisDay } from './dates.js';
import {
  PROFILE_FIELDS,
  PROGRAMMES,
  type Profile,
  type ProfileField,
  type Programme,
} from './eligibility.js';
import { knownTradeIn } from './agenda/trades.js';
import { IN_INSERTION_STRUCTURE } from './qa/needs.js';
import { firstWords, normalizeText } from './qa/normalize.js';
import { unsetConditions, type UnsetCondition } from './unset-conditions.js';

/** A person described in a chat message, with room to spare. */
const MAX_DESCRIPTION_WORDS = 300;

/**
 * The facts a référent states about a person in a chat message, as they type it:
 * "jeune 17a ASE, descolarisé, pas en formation", "BRSA non inscrit PE suivi CD",
 * "ASE : non", "je crois qu'elle est inscrite", "c'est moi sa référente".
 *
 * The message is cut into clauses (at punctuation and "mais"); in each clause the
 * words that name a fact (the MENTIONS table) are found, and the words around them
 * decide its value: a negation before it ("pas", "plus", "ni", "sans", "hors",
 * "non") or after it ("ASE non", "ne travaille pas"), an answer after a label
 * ("RSA : oui"), a past, a pending or a topic ("pour le RSA, …"). A whole clause says
 * nothing of the person when it is a question about a fact ("RSA ?"), a hypothesis
 * ("si elle était au RSA"), about someone else ("son mari est au RSA"), about a
 * public ("les allocataires du RSA") or about the rules ("faut-il être inscrit ?").
 * Hedged facts ("je crois", "a priori") are taken and listed in `uncertain`. When
 * in doubt a fact stays unknown: the guided check asks it afterwards.
 */

type BooleanFact = Exclude<ProfileField, 'age'>;

// ── Spelling ────────────────────────────────────────────────────────────────────

/** Words typed fast or misspelt, brought to the spelling the rules read. */
const TYPOS: Record<string, string> = {
  inscritte: 'inscrite',
  incrite: 'inscrite',
  inscirte: 'inscrite',
  incrit: 'inscrit',
  allocatair: 'allocataire',
  alloc: 'allocataire',
  referant: 'referent',
  referante: 'referente',
  acompagne: 'accompagne',
  acompagnee: 'accompagnee',
  acompagnons: 'accompagnons',
  desco: 'descolarise',
  francetravail: 'france travail',
  poleemploi: 'pole emploi',
  cd82: 'cd 82',
  peutetre: 'peut etre',
  ptetre: 'peut etre',
  ptet: 'peut etre',
  apriori: 'a priori',
  nan: 'non',
  ouais: 'oui',
  ouai: 'oui',
};

// prettier-ignore
const MONTHS = [
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
];

// ── The words that name a fact ──────────────────────────────────────────────────

/** Gender and number endings: inscrit, inscrite, inscrits, inscrites. */
const E = 'e?s?';
const FT = '(?:france travail|pole emploi|ft|pe)';
const FOLLOWED = '(?:suivie?s?|accompagnee?s?|suivi|accompagnement)';
/** The Département as the référent names it, themselves included. */
const DEPARTMENT =
  '(?:nous|moi|(?:le |du )?(?:departement|conseil departemental|cd(?: 82)?)|nos services|notre service|mon service|(?:le )?service insertion)';
const OTHER_FOLLOWER =
  '(?:la |le |un |une )?(?:france travail|pole emploi|ft|pe|mission locale|ml|cap emploi|ccas|plie|caf|msa|association)';
/** Another Département, by its name, its number or as such: « du Lot », « du 31 », « d'un autre département ». */
const ANOTHER_DEPARTMENT =
  '(?:(?:du|de la|des|de l|de|au|dans le|par le|en) (?:cd |conseil departemental |departement (?:du |de la |des |de l )?)?(?:lot(?! et garonne)|gers|aveyron|tarn(?! et garonne)|haute garonne|lot et garonne)|(?:du|dans le|par le) (?:cd |departement )?(?!82)\\d\\d(?! ans)|(?:d )?un autre (?:departement|cd))\\b';
const REFERENT =
  '(?:referente?|ref|ri|conseillere?|as|assistante? sociale|travailleu(?:r|se) social(?:e)?|accompagnat(?:eur|rice))';
const FOLLOWS = '(?:suis|suit|suivons|accompagne|accompagnons)';
const ASE = '(?:ase|aide sociale a l enfance)';
const GRADE =
  '(?:seconde|2nde|2de|premiere|1ere|1re|terminale|tle|troisieme|3e|3eme|4e|4eme|cap|bac pro|lycee pro)';
/** "déscolarisée en 4e", "a quitté le collège en 3e": the grade is when, not where she is. */
const LEFT_IN = `(?: (?:en|depuis|apres) (?:la |le )?${GRADE})?`;

type Mention =
  /** States facts: "au RSA", "déscolarisé" (false). */
  | { re: RegExp; states: Partial<Record<BooleanFact, boolean>>; verb?: true; negatable?: false }
  /** Names a fact without stating it: "FT", "emploi"; only an answer or a negation gives its value. */
  | { re: RegExp; names: BooleanFact }
  /** Looks like a fact and is not about the person: "référente RSA" (a job), "allocataire AAH". */
  | { re: RegExp; ignore: true };

/** One alternation of whole words. */
function words(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`);
}
/** The same, to find every occurrence. */
function everywhere(...alternatives: string[]): RegExp {
  return new RegExp(words(...alternatives).source, 'g');
}
const states = (facts: Partial<Record<BooleanFact, boolean>>, ...alternatives: string[]): Mention => ({
  re: everywhere(...alternatives),
  states: facts,
});
const names = (field: BooleanFact, ...alternatives: string[]): Mention => ({
  re: everywhere(...alternatives),
  names: field,
});
const notAboutThePerson = (...alternatives: string[]): Mention => ({
  re: everywhere(...alternatives),
  ignore: true,
});

/**
 * Where two mentions overlap the longer one is read ("inscrite à la mission locale"
 * is not "inscrite"; "demandeur d'emploi" is not "emploi").
 */
const MENTIONS: Mention[] = [
  // Jobs, other benefits, other places: words of the référent's world, not facts about the person.
  notAboutThePerson(
    `(?:referente?s?|refs?|ri|services?|equipes?|cellule|pole|instruct(?:eur|rice)s?|charge(?:e)?s? de mission|travailleu(?:r|se)s? socia(?:l|le|les|ux)|conseilleres?s?) (?:du |de l |d |des )?b?rsa`,
    `(?:educ(?:at(?:eur|rice))?s?|referente?|ref|service|equipe|inspect(?:eur|rice)|cadre|as|assistante? sociale) (?:de l |a l |du |d )?${ASE}`,
    `allocataires? (?:de l |du |d |de la )?(?:aah|caf|are|ass|apl|af|msa|chomage)`,
    // « inscrire ses BRSA sur Panda », « nous l'ASE »: a référent's caseload, or the service speaking.
    `(?:ses|leurs|vos) b?rsa`,
    `(?:inscrire|inscris|inscrit|enregistrer|saisir|mettre) (?:mes|nos) b?rsa`,
    `(?:nous|moi|on) (?:a |de |a l |de l )?l? ?${ASE}`,
    `(?:je|j|on|nous) (?:travaille|travaillons|bosse|bossons)(?: (?:a|au|pour|dans|en|chez) (?:l |le |la )?(?:${ASE}|departement|cd(?: 82)?|service \\w+|equipe \\w+|rsa|insertion|${FT}))?`,
    `demandeu(?:r|se)s? d asile`,
    `cap emploi|mission locale|emploi du temps`,
    `(?:en )?(?:recherche|cherche) (?:d |un |du |de )?(?:emploi|travail|boulot|job|formation)`,
  ),

  // RSA
  states(
    { rsa: true },
    'brsa',
    'rsa(?: socle| majore| activite)?',
    `allocataires?(?: (?:du |de |d )?rsa)?`,
    `beneficiaires? (?:du |de |d )?rsa`,
  ),
  states({ rsa: true }, `(?:sa|son|un|une) (?:referente?|ref|ri) (?:du )?rsa`),
  // « elle touche rien », « il perçoit aucune aide »: no benefit, so not the RSA either.
  {
    re: everywhere(
      `(?:touche|percoit|a droit a) (?:rien|aucune? (?:aide|allocation|prestation|ressource|revenu|minima)s?)(?: du tout)?(?! (?:de|du|d|a|au) )`,
    ),
    states: { rsa: false },
    negatable: false,
  },

  // Followed by the Département: the référent speaking of themselves, or naming it.
  states(
    { accompaniedByDepartment: true },
    `${FOLLOWED}(?: depuis \\w+(?: \\w+)?)?(?: (?:par|au|chez|avec|du|de|a))? ${DEPARTMENT}`,
    `${FOLLOWED}(?: depuis \\w+(?: \\w+)?)? par (?:ma|mon|mes|une|un) collegues?(?: (?:du|au) (?:departement|cd(?: 82)?))?`,
    `(?:je|j|on|nous|(?:c est |c )?(?:moi|nous) qui)(?: ne| n)? (?:la|le|l|les) ${FOLLOWS}`,
    `(?:que|qu) (?:je|j|on|nous) ${FOLLOWS}`,
    `(?:c est |c )?moi (?:sa|son) ${REFERENT}`,
    `(?:je suis|j suis) (?:sa|son) ${REFERENT}`,
    `je suis (?:la|le) (?:referente?|ref|ri) (?:de|du|d)`,
    `(?:sa|son) ${REFERENT} c est moi`,
    `(?:mon|ma|mes) (?:beneficiaires?|usagere?s?)`,
    `(?:dans|sur) ma file active`,
    // « et si je reprends son suivi ? »: the référent taking the person on.
    `(?:je|j|on) (?:reprends|reprend|prends|vais prendre|vais reprendre) (?:son|sa|leur) (?:suivi|accompagnement)`,
    // « 2 dossiers : un BRSA 50 ans…, une jeune… »: the référent's own files.
    `(?:mes|nos|\\d|deux|trois|quatre) dossiers`,
    // « j'ai un monsieur au RSA »: the référent speaking of someone they accompany.
    `(?:j ai|j avais) (?:un|une) (?:monsieur|madame|dame|personne|allocataire|beneficiaire|homme|femme|mr|mme|maman|papa|pere|mere)`,
    `(?:referente?|ref) (?:au |du )?(?:departement|cd(?: 82)?)`,
  ),
  states(
    { accompaniedByDepartment: true, rsa: true },
    `(?:mon|ma|mes) (?:allocataires?|brsa)`,
    // « 2 BRSA chez moi » : in the référent's own caseload.
    `(?:b?rsa|allocataires?(?: du rsa)?) (?:chez moi|que j ai|dans (?:ma|mon) (?:file active|portefeuille|liste))`,
    `(?:je suis|j suis|c est moi|c moi|moi) (?:sa|son) (?:referente?|ref|ri) (?:du )?rsa`,
  ),
  // Followed by another structure: "pas suivie par FT" says nothing of the Département.
  // « suivi par FT »: France Travail follows those registered with it.
  {
    re: everywhere(`${FOLLOWED}(?: (?:par|a|au|chez|avec))? (?:la |le )?${FT}`),
    states: { accompaniedByDepartment: false, registeredJobseeker: true },
    negatable: false,
  },
  {
    re: everywhere(`${FOLLOWED}(?: (?:par|a|au|chez|avec))? ${OTHER_FOLLOWER}`),
    states: { accompaniedByDepartment: false },
    negatable: false,
  },
  // « c'est France Travail qui la suit, pas nous »; « c'est pas la ML qui le suit » says nothing.
  {
    re: everywhere(
      `(?<!pas )(?:c est |c )?(?:la |le )?${FT} qui (?:la|le|l|les) (?:suit|suivent|accompagne\\w*)`,
    ),
    states: { accompaniedByDepartment: false, registeredJobseeker: true },
    negatable: false,
  },
  {
    re: everywhere(
      `(?<!pas )(?:c est |c )?${OTHER_FOLLOWER} qui (?:la|le|l|les) (?:suit|suivent|accompagne\\w*)`,
    ),
    states: { accompaniedByDepartment: false },
    negatable: false,
  },

  // « elle dépend du Lot (46) », « au RSA du 31 »: another Département's, which this one does not accompany.
  {
    re: everywhere(`(?:depend\\w*|relev\\w*|rattache\\w*|suivie?s?|domicilie\\w*) ${ANOTHER_DEPARTMENT}`),
    states: { accompaniedByDepartment: false },
    negatable: false,
  },
  {
    re: everywhere(`(?:b?rsa|allocataires?(?: du rsa)?) ${ANOTHER_DEPARTMENT}`),
    states: { rsa: true, accompaniedByDepartment: false },
    negatable: false,
  },

  // France Travail (ex-Pôle emploi)
  states(
    { registeredJobseeker: true },
    `inscrit${E} (?:(?:a|au|chez|sur|a la) )?${FT}`,
    `inscrit${E} (?:sur )?(?:la )?liste des demandeurs d emploi`,
    `inscription (?:a |au |chez )?${FT}`,
    `${FT} inscrit${E}`,
    `demandeu(?:r|se)s? d emploi`,
    'deld',
    // Bare "inscrite" is France Travail unless a place follows ("inscrite au lycée").
    `(?<!\\b(?:on|je|j|nous|comment|qui|l|les|la|le) )inscrit${E}(?! (?:a|au|aux|en|chez|dans|sur|pour|comme)(?![a-z0-9]))`,
  ),
  names('registeredJobseeker', FT),

  // Parcours Emploi Compétences (the programme's name is taken out before)
  states(
    { pecContract: true },
    `(?:en |sous )?(?:contrat |cui |cae |cui cae )?pec`,
    `(?:en |sous contrat )?parcours emploi competences?`,
    // Today's contrats aidés are PEC: « en contrat aidé à la mairie ».
    // « il cherche un contrat aidé »: one wanted, not held.
    `(?<!\\b(?:cherche|recherche|veut|voudrait|attend|vise|souhaite|aimerait) (?:un |des )?)(?:en |sous )?contrats? aides?`,
  ),
  // A job in an insertion structure (CDDI) or an ordinary contract is no PEC,
  // unless the référent says the contract is one: « en PEC dans un chantier d'insertion ».
  states(
    { pecContract: false },
    `(?:en |sous )?(?:cddi|aci)`,
    `(?<!\\b(?:en|sous|contrat) pec\\b.{0,30})(?:en |dans (?:un |une |l |le )?)?(?:ateliers? )?chantiers? d insertion(?!.{0,12}\\b(?:en|sous|contrat) pec\\b)`,
    `(?<!\\b(?:en|sous|contrat) pec\\b.{0,30})(?:en |dans (?:une |la |l )?)?(?:siae|entreprises? d insertion|structures? d insertion)(?!.{0,12}\\b(?:en|sous|contrat) pec\\b)`,
    // « salarié en EI », « en ETTI »: an entreprise (de travail temporaire) d'insertion, named by its initials.
    // « il cherche un contrat aidé »: not in one yet.
    `(?:cherche|recherche|attend|vise) (?:un |des )?(?:contrats? aides?|contrats? pec|pec)\\b`,
    // Only after a job: « une EI » alone may be an individual interview.
    `(?:salariee?s?|embauchee?s?|travaille|bosse|cddi|contrat) (?:en|dans une|dans l|a l) (?:ei|etti)`,
  ),
  // A PEC that has ended: « a fini son PEC », « son contrat PEC s'est terminé », « sortie de PEC ».
  states(
    { pecContract: false },
    `(?:a |avait )?(?:fini|termine|acheve) (?:son |sa |le |un )?(?:contrat )?pec`,
    `(?:son |le )?(?:contrat )?pec (?:est |s est |a ete )?(?:fini|termine|acheve|echu|arrete|rompu|casse)e?`,
    `sortie? (?:de |d )?(?:son |sa |un |du )?(?:contrat )?pec`,
    `ancienne? (?:salariee?|contrat) (?:en |sous )?pec`,
    // Not yet: « son PEC commence le 1er mars », « il a pas encore signé ».
    `(?:son |le )?(?:contrat )?pec (?:commence|debute|demarre)\\w*`,
    `pas encore signee?`,
  ),
  states(
    { pecContract: false, employed: true },
    `(?:en )?(?:cdd|cdi) (?:classique|normal|ordinaire|de droit commun)`,
  ),

  // Aide sociale à l'enfance
  states(
    { ase: true },
    ASE,
    `confie${E} (?:(?:a l |au |aux |a |par l )?(?:${ASE}|departement|services? de l enfance))`,
    // « confié au service depuis l'été »: a child in care is confié; said by the ASE itself.
    `confie${E} (?:a|au) (?:notre |mon )?service`,
    `place${E} (?:a l ase|par l ase|en famille d accueil|en foyer|en mecs|par le juge|par le departement)`,
    `(?:suivie?|accompagnee?|prise? en charge) (?:par |a )?(?:l )?ase`,
    `(?:contrat|accompagnement|accueil provisoire) jeune majeur`,
    'cjm',
    'apjm',
    `pupilles?(?: de l etat)?`,
    `(?:sa|son) (?:educat(?:eur|rice)|referente?|ref) (?:de l |a l |du )?ase`,
  ),

  // School
  states(
    { inEducation: true },
    `scolarise${E}`,
    `(?<!\\b(?:entretien|cuisine|cantine|cuisinier|agent|travaille|bosse|pec|menage|employee?|poste|contrat|surveillante?) )(?:au|a l) (?:college|lycee|ecole)(?: pro)?`,
    // « en CAP cuisine en apprentissage »: an apprentice, in training rather than at school.
    `en ${GRADE}(?!(?: \\w+){0,2} en (?:apprentissage|alternance))`,
    `(?:eleve|lyceen(?:ne)?|collegien(?:ne)?)s?`,
    // « il sèche beaucoup », « décroche un peu »: enrolled, if not often there.
    `seche (?:beaucoup|souvent|un peu|les cours|pas mal)`,
    `decroche${E} (?:un (?:petit )?peu|pas mal|beaucoup|souvent|grave)`,
    // « encore en 1ère au lycée mais il décroche »: drifting away, in the present, still enrolled.
    `(?:il|elle|qui) (?:commence a |est en train de )?decrochen?t?(?! depuis| en | de | du )`,
  ),
  // « décrocheur »: out of school without a diploma and in no training either (Code de l'éducation, L. 313-7);
  // the agreement calls La Promo's public « jeunes décrocheurs ». « décroché depuis la rentrée » says the same;
  // a training named beside it contradicts this reading and leaves the question asked.
  states(
    { inEducation: false, inTraining: false },
    `decrocheu(?:r|se)s?`,
    `(?:en )?decrochage(?: scolaire)?`,
    // « décroche un peu » while still enrolled is not a dropout; « il décroche » in the present is drifting away, not gone.
    `(?<!\\b(?:il|elle|qui|ils|elles) )(?<!\\b(?:commence|train) (?:a|de) )decroche${E}(?! un peu| un petit peu| pas mal| beaucoup| souvent| grave)`,
  ),
  states(
    { inEducation: false },
    `descolarise${E}${LEFT_IN}`,
    // « ni école ni taf »
    `ni (?:l )?(?:ecole|college|lycee|bahut)`,
    `a (?:quitte|arrete) (?:le |l |la )?(?:college|lycee|ecole|scolarite|systeme scolaire)${LEFT_IN}`,
    `sortie?s? du systeme scolaire${LEFT_IN}`,
    // « sorti du lycée en octobre », « plus au lycée », « deco »
    'deco',
    `sortie?s? (?:du |de l |de la )?(?:college|lycee|ecole)${LEFT_IN}`,
    `(?:a )?lache (?:le |l |la )?(?:college|lycee|ecole)`,
    // « a arrêté en 3e en juin »: stopped school in that grade.
    `a (?:arrete|quitte|lache) (?:en |apres (?:la |le )?)${GRADE}`,
    // « sorti de 3e »
    `sortie?s? (?:de |d |en )${GRADE}`,
  ),
  // « sans rien depuis juin », « plus rien depuis octobre »: neither school, nor a job, nor a training.
  states(
    { inEducation: false, employed: false, inTraining: false },
    'rien depuis',
    'sans rien',
    'plus rien(?! a faire)',
  ),
  // « ne fait rien », « rien à côté »: neither a job nor a training, said of a pupil too.
  states(
    { employed: false, inTraining: false },
    'ne fait rien',
    'rien a cote',
    'fait rien',
    '(?:ne )?fait plus rien',
    // « reste dans sa chambre », « reste à la maison toute la journée »
    '(?:il |elle )?reste (?:dans sa chambre|(?:toute la journee )?(?:a la maison|chez (?:lui|elle|ses parents)))',
    // « il a rompu son contrat (d'apprentissage) »
    '(?:a rompu|rompt|rompe|rompre) son contrat(?: d apprentissage)?',
    // « et si elle arrête son apprentissage ? », « il a lâché son alternance »
    '(?:arrete|arreter|arretait|quitte|quitter|quittait|lache|lacher|abandonne|abandonner|stoppe|stopper) (?:son |sa |l )?(?:apprentissage|alternance|contrat d apprentissage)',
  ),

  // Training
  states(
    { inTraining: true },
    // « sécuriser son entrée en formation », « aller en formation »: a plan, not where the person is.
    '(?<!(?:entree|entrees|entrer|rentrer|aller|partir|retourner|reprendre|place|admise?|acceptee?|retenue?|prise?|positionnee?) )en formation',
    'en apprentissage',
    // « il a commencé un apprentissage en boulangerie »
    '(?:commence|fait|suit|debute|a) (?:un |son )apprentissage',
    `apprentie?s?`,
    // « il a signé un contrat d'apprentissage qui commence lundi »: signed, as good as begun.
    `(?<!(?:rompu|rompt|rompe|rompre) )(?:signe )?(?:un |son |sa |le )contrat (?:d apprentissage|en alternance|de professionnalisation|pro)(?! (?:a ete |est |vient d etre |s est )?(?:rompu|casse|arrete|annule|termine|fini|stoppe)\\w*)`,
    'en alternance',
    // « en contrat d'apprentissage boulangerie »
    'en contrat (?:d apprentissage|en alternance|de professionnalisation|pro)',
    `alternante?s?`,
  ),
  names('inTraining', 'formations?'),

  // Work, outside a PEC ("salarié" alone is not read: a PEC is a job too); « elle a bossé 10 ans en
  // grande surface » tells her past, not a job now.
  {
    re: everywhere(
      '(?<!\\b(?:a|avait|ont|avaient) )travaille',
      '(?<!\\b(?:a|avait|ont|avaient) )bosse',
      'travaillent',
    ),
    states: { employed: true },
    verb: true,
  },
  states(
    { employed: true },
    `en (?:cdi|cdd|interim|emploi|poste)`,
    `(?:a|decroche|signe|trouve) un (?:cdi|cdd|emploi|travail|boulot|job)`,
    // « salarié cdi temps plein »
    `salariee?s? (?:en )?(?:cdi|cdd)`,
    `interimaire`,
  ),
  states({ employed: false }, 'au chomage', `chomeu(?:r|se)s?`, `inactive?s?`),
  // « BRSA sans contrat de travail »: no job, so no PEC, which is one.
  states(
    { employed: false, pecContract: false },
    'sans (?:aucun )?contrat(?: de travail)?(?! d apprentissage| en alternance| pro| de pro)',
    // « pas de contrat en ce moment », « aucun contrat actuellement ».
    '(?:pas de|aucun) contrat(?: de travail)?(?= (?:en ce moment|actuellement|pour l instant|pour le moment)|$| (?:et|ni|mais)\\b|,)',
    'sans emploi ni contrat',
  ),
  // « inscrite nulle part »: neither at France Travail nor in a training.
  states({ registeredJobseeker: false, inTraining: false }, `inscrite?s? nulle part`),
  states({ employed: false, inTraining: false }, 'neet'),
  names('employed', 'emploi', 'travail', 'boulot', 'job'),
];

// ── The words around a mention ──────────────────────────────────────────────────

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** Before a mention: "pas au RSA", "plus scolarisée", "ni inscrite", "ex-allocataire". */
const NEGATORS = wordSet(
  'pas plus jamais ni sans non hors aucun aucune ex ancien ancienne anciennement sorti sortie radie radiee',
);
/** These negate only the next word or two: "non inscrite", "ni au RSA", "sans suivi", "hors PEC". */
const NEAR_NEGATORS = wordSet('ni sans non hors ex ancien ancienne anciennement sorti sortie radie radiee');
/** "en plus", "de plus", "non plus" are not negations. */
const NOT_NEGATING_PLUS = wordSet('en de du le la les au aux non un une et ou bien');
/** Words a negation reaches through: "pas encore inscrite", "n'a jamais été inscrit", "pas du tout au RSA". */
const GLUE = wordSet(
  'de d du des le la l les au aux a en par chez etre encore tout vraiment toujours bien qu que elle il ils elles soit est sont un une sous dans ne n y droit droits actuellement meme',
);
/** A past without negation says nothing of today: "elle était en PEC", "a été placée". */
const PAST = wordSet('ete etait etaient avait');
/** Not yet: "demande de RSA", "va être inscrite", "en attente du RSA". */
const PENDING = wordSet('va vont sera seront bientot prochainement demande attend attente dossier');
/** A topic, whose value comes only from an answer: "pour le RSA, je ne sais pas", "niveau FT : oui". */
const TOPIC = wordSet('pour concernant niveau cote question quid sujet');
const MAX_GLUE = 5;

/** After a mention: "ASE : non", "RSA oui", "inscription FT en cours". */
const YES = wordSet('oui ok yes vrai valide confirme effectif x');
const NO = wordSet('non pas jamais aucun negatif faux nope nulle nul');
const UNSURE = wordSet('inconnu inconnue nsp');
/** For these, "en cours" and "en attente" mean not yet. */
const PROCEDURES: ReadonlySet<BooleanFact> = new Set(['rsa', 'registeredJobseeker']);

// ── Clauses that say nothing of the person ──────────────────────────────────────

/** Hedges: the facts of the clause are taken, to be confirmed. "je ne crois pas qu'…" keeps its "pas". */
const HEDGE = everywhere(
  // « je crois », « il me semble », « il paraît »
  `je (?:ne )?crois(?: pas)?(?: que| qu)?|je (?:ne )?pense(?: pas)? (?:que|qu)|je suppose(?: que| qu)?`,
  `il me semble(?: que| qu)?|me semble(?: t il)?|il sembl(?:e|erait)(?: que| qu)?|il parait(?: que| qu)?|parait il`,
  // « peut-être », « a priori », « normalement » (« peut être orientée » is not a hedge)
  `peut etre(?! (?:eligible|orientee?|prescrite?|accueillie?|admise?)(?![a-z0-9]))`,
  `a priori|normalement|en principe|sans doute|probablement|surement|vraisemblablement`,
  `a verifier|a confirmer|sauf erreur(?: de ma part)?|si je ne me trompe(?: pas)?|si je me souviens bien`,
  `de memoire|aux dernieres nouvelles`,
  // an approximate age, a reported fact: « environ 45 ans », « elle serait au RSA »
  `environ|a peu pres|serait|seraient|aurait|auraient`,
);
/** What is left of "enfin je crois", "mais bon a priori" once the hedge is out: the hedge is the previous clause's. */
const HEDGE_FILLER = /^(?:enfin|bon|du moins|en tout cas|quand meme|: )+$/;
/** A clause that only answers the one before it: "RSA ? non", "en PEC ? je crois que oui". */
const ANSWER_ONLY = /^(?:c est )?(?:oui|non|ok|pas|jamais|pas encore|pas du tout)(?: (?:bien sur|merci))?$/;
/** The référent does not know: the clause's facts stay unknown. */
const UNKNOWN = words(
  // « elle sait pas quoi faire », « au RSA qui sait pas quoi faire »: the person's doubt, not the référent's.
  `(?<!(?:il|elle|ils|elles|qui) (?:ne |n )?)(?:je |j )?(?:ne |n )?(?:sais|sait|sai) (?:pas|plus|rien)|j en sais rien|on (?:ne )?sait pas|nsp|aucune idee(?! (?:de |d |du |sur )?(?:metier|projet|ce qu|quoi faire|formation|orientation|avenir|boulot|travail))`,
  `(?:je (?:ne )?suis )?pas sure?(?=(?: (?:que|qu|de|d)(?![a-z0-9])|$))`,
  `je me demande|je verifie|a voir|je (?:ne )?connais pas|pas d info(?:rmation)?s?`,
);
/** Someone else: facts written after these words are theirs ("son mari est au RSA"). */
const THIRD_PARTY = words(
  `(?:son|sa|ses|leur|leurs) (?:mari|epoux|epouse|femme|conjointe?|compagnon|compagne|concubine?|copine?|copain|petite? amie?|pere|mere|parents?|papa|maman|frere|soeur|fils|fille|enfants?|gamins?|famille|tuteur|tutrice|grand (?:mere|pere)|oncle|tante|cousine?|coloc(?:ataire)?|beau pere|belle mere)(?! d accueil)`,
  `(?:le|la|les) (?:mari|epoux|conjointe?|compagnon|compagne|pere|mere|parents|papa|maman|famille|beau pere|belle mere)(?! (?:de|d accueil)(?![a-z0-9]))`,
  // « une jeune de 17 ans, la fille d'une allocataire que je suis »: what follows is the parent's.
  `(?:la|le|l|un|une) (?:fille|fils|enfant|niece|neveu|petite fille|petit fils|(?:petite |grande )?soeur|(?:petit |grand )?frere|cousine?) (?:d une|d un|de la|du|de mme|de madame|de m|de mr|de monsieur)(?![a-z0-9])`,
);
/** « ses parents m'ont appelé : jeune 16 ans… »: who told, before a colon; the facts after it are the person's. */
const REPORTED_BY = /\b(?:m|nous) (?:ont|a) (?:appelee?s?|contactee?s?|ecrit|dit|sollicitee?s?|envoye)$/;
/** A clause about another person, a public, the rules or a hypothesis. */
const NOT_A_DESCRIPTION = words(
  // another person
  `dont (?:je|j|on|nous) (?:vous |t |te )?(?:ai |avons |a |avait |avais )?(?:parle|parlais|parlait|parlions)`,
  `(?:l|un|une) autre (?:jeune|personne|dame|monsieur|beneficiaire|allocataire)`,
  `pas concernee?s?(?! par)`,
  // a public
  `(?<!(?:un|une|l un|l une|d un|d une)(?: de| d| parmi)? )(?:les|aux|des|tous les|toutes les|ces|mes|nos|vos|leurs|tous mes|toutes mes) (?:allocataires|beneficiaires|brsa|jeunes|personnes|publics|salaries|demandeurs|mineurs|majeurs|gens)`,
  `(?:le )?publics? (?:b?rsa|ase|pec)`,
  // the rules
  `faut il|faut|faudrait|obligatoire|obligee?s?|necessaire|conditions?|criteres?|exige|requis`,
  `doit (?:il |elle )?etre|doivent etre|combien|c est quoi|qu est ce que (?:c est|le|la|l|les)`,
  `quelle difference|definition|veut dire|signifie`,
  // a hypothesis
  `imaginons|supposons|admettons|dans l hypothese|en cas de|au cas ou|hypothetiquement`,
);
/** "si": a condition ("prépa possible si RSA ?"), unless it asks whether the person can enter. */
const IF = everywhere('meme si', 'sauf si', 'si', 's il', 's ils');
/** « ah si, elle a le RSA »: « si » that contradicts a « non », not a condition. */
const EMPHATIC_YES = /(?:^|\s)(?:ah|oh|ha|ben|bah|si) si$/;
const IMPERFECT = /(?<![a-z0-9])[a-z]{2,}(?:ait|aient)(?![a-z0-9])/;
const CAN_ENTER = words(
  `peut|peuvent|eligibles?|a droit|ont droit|possible|entrer|rentrer|integrer|bloquee?|bloquant|bloquer|empeche|incompatible|compatible`,
);

// ── Ages ────────────────────────────────────────────────────────────────────────

/** "17 ans", "17ans", "17a", "âgée de 62". */
/** « 17 ans », « 17a », « âgé de 17 », and « la grande sœur 19 ? »: a relative's age, the years left out. */
const AGE =
  /(?<![a-z0-9])(?:(\d{1,3})(?: ?ans?|a)|agee?s? de (\d{1,3})|(?<=\b(?:frere|soeur|fils|fille|cousine?|ado|gamine?) (?:de )?)(\d{1,2})(?! ?(?:mois|h|heures?|jours?|semaines?|e|eme|euros?|places?|personnes?|enfants?)\b))(?![a-z0-9])/g;
/** A duration, not an age: "depuis 2 ans", "il y a 3 ans", "plus de 25 ans", "4 et 6 ans". */
const DURATION_BEFORE =
  /(?:^|\s)(?:depuis|pendant|durant|dans|apres|pour|sur|entre|\d+ et|ya|y a|plus de|moins de)$/;
const DURATION_AFTER =
  /^ (?:d|de|dans le|dans la) (?:experience|anciennete|chomage|rsa|travail|inactivite|carriere|metier|service|placement|suivi|formation|contrat|pec|interim|chantiers?|batiment|maconnerie|menage|boulot|taf|usine|entreprise|restauration|cuisine|vente|bureau|terrain)(?![a-z0-9])/;
/** "à ses 18 ans" is a moment, not the age; "aura 18 ans", "18 ans dans 2 mois" an age to confirm. */
const AGE_MOMENT = /(?:^|\s)(?:ses|ces|les|des|mes|nos|vos|leurs)$/;
const AGE_TO_COME = {
  before: /(?:^|\s)(?:aura|va avoir)$/,
  // « 18 ans en mai », « 18 ans fin février »; not « 48 ans en PEC ».
  after:
    /^ (?:dans|le mois prochain|bientot|(?:en|debut|fin|mi) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|20\d\d))(?![a-z0-9])/,
};
/** "il a 17 ans" is an age; "a quitté l'école à 16 ans" is not: "a" counts after a subject only. */
const AGE_SUBJECTS = wordSet(
  'il elle qui lui on jeune personne monsieur madame mr mme m dame homme femme fille garcon ado x beneficiaire allocataire usager usagere ' +
    // « le jeune que je suis a 16 ans », « la dame que j'accompagne a 50 ans »
    'suis accompagne',
);
const MIN_AGE = 12;
const MAX_AGE = 120;
const BIRTH_DATE = new RegExp(
  `(?<![a-z0-9])(?:nee?s?(?: le)?|date de naissance|ddn) (\\d{1,2})(?:er)? (\\d{1,2}|${MONTHS.join('|')}) (\\d{4})(?![a-z0-9])`,
);
const BIRTH_YEAR = /(?<![a-z0-9])(?:nee?s?(?: en)?|annee de naissance|naissance(?: en)?) (\d{4})(?![a-z0-9])/;
const MINOR = words('mineure?s?', `pas (?:encore )?majeure?`, `bientot majeure?`);
// « plus à l'ASE depuis ses 18 ans »: of age since then.
const ADULT = words('majeure?s?', 'depuis (?:ses|leurs) (?:1[89]|[2-9]\\d) ans');

// ── What the message asks ───────────────────────────────────────────────────────

/** Words that turn a sentence about a person into a question about whether they can enter. */
/** « une dame en PEC prescrit par Cap emploi, elle peut ? »: the facts, then whether the person can. */
const CAN_THEY_AT_THE_END =
  /\b(il|elle|ils|elles) (peut|peuvent|pourrait|pourraient)( y aller| y entrer| le faire| la faire| en beneficier| y avoir droit)?$/;
const ELIGIBILITY_WORDS =
  /\b(^elig\w*|(maintenant|tout de suite|des maintenant|deja|direct) ou (il )?(faut|faudra|doit|devra|on doit) (il )?attendre|(ca|cela) (lui |leur )?(irait|ira|conviendrait|correspondrait|ferait l affaire)\b|(peut|pourrait|pourra) (il |elle )?etre (orientee?|prescrite?|positionnee?)s?\b|(c|c est|ca (lui )?est|elle (lui )?est|est elle) ouverte?s?\b(?! (quand|le|les|jusqu|a partir|en ce moment|depuis))|recevable|envisageable|(c|c est|ca serait|ce serait) (encore |toujours |quand meme )?(jouable|faisable|bon)|(l|la|le|les) orienter( (en|sur|dans|vers|a))?|(ca|c) (peut|pourrait|pourra) (l|la|les|lui|leur) aider|(ca|c) (l|la|les|lui|leur) aiderait|(c est |c |ca est )?fichu|a son age|(il|elle|on) (peut|pourrait|pourra) (le|la|l|y) (faire|suivre|integrer)|(peut|pourrait) (il|elle|ils|elles) (l|la|les|lui|leur) aider|(ca|c) (pourrait|peut|devrait) (le faire|passer|marcher|coller|aller)|(ca peut etre|c est|c|ce serait|ca serait|serait) (fait )?pour (elle|lui|eux|elles)|(il|elle|on) (pourrait|pourra|peut) ((encore|quand meme|toujours|aussi|deja|meme|vraiment) )?(faire|entrer|integrer|beneficier|acceder|suivre|aller(?! voir| visiter)|y aller|partir|rentrer|s inscrire)|(peut|pourrait|pourra) (le|la|les) (prendre|accepter|accueillir)|(ca|il|elle) (rentre|entre) dans|(il|elle) (est|serait|sera) (pris|prise|accepte|acceptee)|(ca|c) (passe|le fait|marche)|eligib\w*|peut (il|elle|on) (faire|entrer|integrer|beneficier|acceder|suivre|aller|y aller|partir|rentrer)|pourrait (il|elle)|possible|a droit|ont droit|peut faire|peut aller(?! voir| visiter)|peut entrer|peut integrer|rentrer dans|entrer (en|dans|a)|orienter vers|prescrire|(a|aurait) (un|du) sens|pertinent|adapte|vaut le coup|ca (lui )?correspond|(le|la|l|les) (mettre|inscrire|envoyer|positionner) (en|sur|dans|vers|a)|(le|la|l|les) (mettre|inscrire|positionner|orienter) (prepa|promo|pec|1618|comp)|(prepa|pec|promo|1618|dispositif)( comp\w*)? (c est |c |ca serait |ce serait |serait )?(ok|jouable|envisageable|faisable)|(prepa|pec|promo|1618)( comp\w*)? (il|elle|ils|elles) (peut|peuvent|pourrait|pourraient)\b|(ca|c|cela) (colle|correspond|convient|matche?)\b|(il|elle|on) (peut|pourrait|pourra) passer (un|une|le|la|son|sa|des)\b|(on|il|elle) (peut|pourrait) (encore|toujours|quand meme)$|(il|elle|on) (peut|pourrait|pourra) ((encore|quand meme|toujours|aussi) )?(avoir|obtenir|prendre) (la |le |l )?(prepa|promo|1618|comp\w*|pec)\b|(c est |c |ca (n )?est (pas )?)?(trop tot|trop tard) pour|(ca|cela|c) (l |la |le |les |lui |leur )?(empeche\w*|interdit|bloquerait)|(ca|cela|c) (l |la |le |les |lui |leur )bloque\w*|ok pour (elle|lui|eux|elles)|(prepa|pec|promo|1618)( comp\w*)?( (volet|atelier) \d)?( \w+){0,4} ok$|(prepa|pec|promo|1618)( comp\w*| 1618)? (pour|a) (elle|lui|eux|elles)$|(prepa|pec|promo|1618)( comp\w*| 1618)? ou (pas|non)$)\b/;

/**
 * « elle veut faire compétences PEC pour avoir un diplôme »: a wish told with nothing else
 * asked asks whether it can be; « il veut faire la promo, c'est où ? » asks where.
 */
const WANTS_PROGRAMME =
  /\b(veut|voudrait|souhaite|souhaiterait) (faire|integrer|suivre|entrer (en|dans|a)|aller (en|sur|a)) (la |le |l )?(prepa|promo|1618|comp\w* pec|pec)\b/;
/** « …, il sera payé pendant la promo ? » asks something else of the programme than whether they can enter. */
const ASKS_OTHER =
  /\b(combien|quand|ou|comment|quoi|quel\w*|qui|pourquoi|(sera|seront|est|sont|etre) (paye|remunere|indemnise)e?s?)\b/;
/** « un référent m'envoie 3 jeunes de 19 ans pour la promo, je lui réponds quoi ? »: whether they can be taken. */
const SENT_FOR =
  /\b(m|nous) (envoie|envoient|oriente|orientent|adresse|adressent|propose|proposent)\b.*\bpour (la |le |l )?(prepa|promo|1618|comp\w* pec|pec)\b(?!.*\b(comment|quand|combien|ou)\b)/;
/**
 * « …, prépa ? », « … comp pec déjà ? »: the message ends on the programme's name (« comme la prépa » compares;
 * « les info coll prépa ? » asks the events).
 */
const PROGRAMME_LAST =
  /(?<!\b(?:comme|que|qu) (?:pour )?(?:la |le |l |en )?)(?<!\b(?:coll\w*|collectives?|jpo|entrees?|sessions?|reunions?|visites?) (?:de |de la |du |pour |pour la |la |le )?)\b(prepa|comp\w* pec|pec|promo|1618)( comp\w*| 1618)?( ok| possible| aussi| deja| alors)?$/;

const PROGRAMME_WORDS: Record<Programme, RegExp> = {
  'prepa-competences': /\bprepa\b/,
  'competences-pec': /\bcomp\w* pec\b/,
  'promo-16-18': /\bpromo\b|\b1618\b/,
};

const MAY_FOLLOW = String.raw`\b(?:peut|pourrait|pourra|peuvent|pourraient) (?:faire|suivre|integrer|commencer|enchainer sur|aller en|passer en|entrer en|rentrer en) (?:la |le |l |en )?`;
const ASKED_TO_FOLLOW: Record<Programme, RegExp> = {
  'prepa-competences': new RegExp(`${MAY_FOLLOW}prepa\\b`),
  'competences-pec': new RegExp(`${MAY_FOLLOW}comp\\w* pec\\b`),
  'promo-16-18': new RegExp(`${MAY_FOLLOW}(?:promo|1618)\\b`),
};

/** The programmes a normal text names, in the order it names them: « comp pec pour elle et promo pour lui ». */
export function programmesNamedInOrder(normal: string): Programme[] {
  return PROGRAMMES.map((programme) => ({ programme, at: normal.search(PROGRAMME_WORDS[programme]) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ programme }) => programme);
}

export type ExtractOptions = {
  /** The day the message is read, to turn a birth date into an age; without it birth dates are not read. */
  today?: Date | string;
};

export type ExtractedProfile = {
  profile: Profile;
  /** Facts taken from a hedged phrase ("je crois qu'elle est inscrite"), to repeat back as uncertain. */
  uncertain: ProfileField[];
  /** The programme the sentence asks about, if it names one. */
  programme?: Programme;
  /** Whether the sentence asks if the person can enter (rather than what a programme is). */
  asksEligibility: boolean;
  /** « je peux le prescrire via le CD ? »: whether the Département itself can prescribe is what is asked. */
  viaDepartment?: true;
  /** What the story says the person needs: to build a project, or to enter a training safely. */
  aim?: Aim;
  /** What the story says that the agreement sets no condition on (« pas le permis », « enceinte »). */
  unset?: UnsetCondition[];
  /** « en CDDI dans un chantier d'insertion »: an employee of an insertion structure (SIAE). */
  insertionStructure?: true;
  /** « bac+5, ingénieur »: qualified, which Prépa Compétences is not meant for. */
  qualified?: true;
  /** « promo 1618 ou prépa ? »: the programmes between which the référent hesitates, in the order named. */
  choice?: Programme[];
  /** « niveau A1 », « parle très peu français »: French for work may serve (Accord, art. 2.2.3). */
  lowFrench?: true;
};

const LOW_FRENCH =
  /\b(niveau a[012]|a[012] (en|a l oral|a l ecrit|en francais)|(parle|lit|ecrit|comprend) (tres |trop )?(peu|pas|mal) (le )?fr\w*|ne (parle|lit|comprend) pas (le )?fr\w*|primo arrivante?s?|allophones?|fle)\b/;
const QUALIFIED = /\b(bac (plus )?[3-8]|ingenieure?s?|inge|master|doctorat|docteure?)\b/;

export type Aim = 'project' | 'trainingEntry';

/** The need Prépa Compétences' volet 2 answers, « Sécuriser l'entrée en formation », said in its own words. */
export const SECURING_ENTRY =
  /\b((securiser|assurer|reussir|preparer) (son |l |sa )?(entree|parcours)( en formation)?|se preparer (a|pour) (la|une|sa) formation|avant (la|sa|une|son entree en) formation|avant d (entrer|rentrer|aller) en formation|assurer le coup|remise a niveau)\b/;
/** A training ahead, in the person's story: what volet 2 is for, when Prépa Compétences is asked. */
const TRAINING_AHEAD =
  /\b((entrer|rentrer|entree|integrer|partir|aller) en formation|(une |sa )?place en formation|(retenue?|acceptee?|prise?|admise?|positionnee?) (sur|en|pour|dans|a) (une |la |sa |cette )?formation|formation qui (commence|demarre|debute))\b/;
/** « peur de ne pas suivre », « elle a peur de lâcher »: the same need, said by its fear. */
export const FEARS_FAILING =
  /\b(peur|crainte|inquiete?|angoisse\w*) (de |d )?(ne )?(pas )?(suivre|lacher|decrocher|echouer|abandonner|tenir|y arriver|reussir)\b/;
/** « aucune idée de métier », « sait pas vers quel métier aller », « bosser son projet pro », « sait pas si c'est fait pour elle ». */
const NEEDS_A_PROJECT =
  /\b((sait|sais|savent) (pas|plus) (du tout |vraiment |trop )?(quel|quoi|vers quel|vers quoi|dans quel|dans quoi)( metier| faire| domaine| aller)?|aucune idee (de |du )?(metier|projet|quoi faire)|pas (d idee de metier|de projet)|(a|avoir|ont) (aucun|pas un|pas vraiment de|toujours pas de|encore aucun) projet|sans projet|ni projet|projet (hyper |tres |un peu |assez |trop |encore )?(pas clair|flou|vague|pas defini|a construire|a definir|a consolider)|(travailler|retravailler|bosser|construire|reconstruire|consolider|definir|redefinir|murir|affiner|revoir|clarifier|preciser|confirmer|valider|verifier|tester) (son|leur|un) projet|(trouver|choisir) (un|son) metier|(sait|sais|savent) pas si (c est|c|ca|le metier est) (fait|faite|faits|pour) (pour )?(elle|lui|eux)|pas sure? (que|si) (c est|c|ca) (fait )?pour (elle|lui)|pas (du tout |trop |vraiment |tres |encore )?sure? (de|d|du) (son |sa |leur |quel )?(projet|choix|orientation|metier)|(doute|hesite)\w* (de|sur) (son|sa|leur) (projet|choix|orientation))\b/;

/** « veut devenir aide-soignante », « veut faire cariste »: a trade in view, which a training leads to. */
const TRADE_IN_VIEW =
  /\b(?:veut|voudrait|souhaite|aimerait|vise|envisage) (?<verb>devenir|faire) (?:le metier de |un titre pro |une formation (?:de |d ))?(?<trade>\w+)/;

function tradeInView(text: string): boolean {
  const found = TRADE_IN_VIEW.exec(text)?.groups;
  return Boolean(found && (found['verb'] === 'devenir' || knownTradeIn(found['trade'] ?? '') !== undefined));
}

const WHICH_PROGRAMME = /\b(quel|quelle|lequel|laquelle) (dispositif|programme|prestation|parcours)\b/;

function readAim(text: string): Aim | undefined {
  if (SECURING_ENTRY.test(text)) return 'trainingEntry';
  // « veut faire cariste mais pas du tout sûr de son projet »: the project first, the trade in view is not settled.
  if (NEEDS_A_PROJECT.test(text)) return 'project';
  if (
    TRAINING_AHEAD.test(text) ||
    tradeInView(text) ||
    (FEARS_FAILING.test(text) && /\bformation\b/.test(text))
  )
    return 'trainingEntry';
  return undefined;
}

// ── Reading ─────────────────────────────────────────────────────────────────────

type Reading = { field: ProfileField; value: number | boolean; uncertain: boolean };
type Clause = { text: string; question: boolean; hedged: boolean };

const AIMS_AT_TRAINING =
  /\b(veut|voudrait|souhaite|aimerait|envie d|pour|avant d|de|d|doit|va|qui)\s*['’]?\s*(entrer|rentrer|aller|partir|se lancer|reprendre|integrer|intégrer)\s+en\s+formation\b|\bentree (prevue )?en formation\b/gi;

const PEC_AS_A_CHOICE =
  /\b(pr[eé]pa(?: comp\w*)?|promo(?: 16 ?\/? ?18)?|1618),? (?:ou|et) (?:la |le |pour la |pour le )?pec\b/gi;
/** « faire la pec », « enchaîner sur la PEC »: Compétences PEC, the programme (a contract is « un PEC »). */
const PEC_TO_FOLLOW =
  /\b(faire|suivre|int[eé]grer|commencer|encha[iî]ner sur|aller en|passer en|entrer en|rentrer en|orienter (?:vers|sur)) la pec\b/gi;
/** « entrées pec et promo ? », « pec ou prépa ? »: the programme first named among others. */
const PEC_FIRST_AMONG_OTHERS = /\bpec,? (ou|et) (?=(?:la |le )?(?:pr[eé]pa|promo|1618)\b)/gi;
/** « prépa ou PEC ? », « objectifs prépa et pec ? », « lequel ? », « plutôt la promo ? », « et prépa comp aussi ? »: more than one asked about. */
const CHOICE_ASKED = /\b(ou|lequel|laquelle|aussi|egalement|sinon)\b|\bplutot\b(?! que)/;

/**
 * « via le CD », « par notre biais », « moi (CD) », « je peux la prescrire en prépa ? » (the référent
 * speaks for the Département): the Département's own route is asked.
 */
const VIA_DEPARTMENT =
  /\b((?<!(suivie?s?|suivis|accompagnee?s?|prise? en charge|connue?s?) )(via|par) (le |du )?(cd|cd ?82|departement|conseil departemental|nous(?! (meme|memes)))|par (notre|mon) (biais|service)|(moi|nous) (cd|le cd|au cd|au departement)|je peux (le|la|les|lui|leur) (prescrire|orienter|inscrire) moi|(je|on) (peux|peut|pourrais|pourrait) (le |la |l |les |lui |leur )?(prescrire|orienter|inscrire)(?= (en |sur |a |au |pour |dans )?(la |le |l )?(prepa|comp|pec|competences))|(le |la )?(cd|departement) (peut|pourrait|pourra) (le |la |l |les )?(prescrire|orienter))\b/;

/** « et une BRSA en CDD ? », « donc un jeune ASE déscolarisé, non ? »: someone brought in, then their facts. */
const PERSON_BROUGHT_IN =
  /^(?:(?:et|donc|alors|mais|du coup|pour|et pour|sinon) )*(?:une?|cette|ce) (?:brsa|rsa|allocataire|beneficiaire|benef|dame|femme|personne|monsieur|homme|jeune|mere|pere|maman|papa|salariee?|mineure?|majeure?)\b(?= \S)/;

/** « sa fille qui a 17 ans », « son petit frère de 16 ans »: a young relative, with their age. */
const YOUNG_RELATIVE =
  /\b(?:son|sa) (?:petite? )?(?:fils|fille|fr[eè]re|s(?:oe|œ)ur|ado|enfant|neveu|ni[eè]ce)\b(?=[^.?!]{0,25}?\b1[4-9] ?(?:ans?|a)\b)/i;

/**
 * « je suis la référente de Mme D au RSA, elle me parle de sa fille qui a 17 ans… la promo
 * ça pourrait la concerner ? »: La Promo 16/18 is asked for the young relative, whose
 * facts are what follows their mention, not the parent's RSA.
 */
function aboutTheYoungRelative(sentence: string): string {
  const relative = YOUNG_RELATIVE.exec(sentence);
  if (!relative || !PROGRAMME_WORDS['promo-16-18'].test(normalizeText(sentence))) return sentence;
  return `la jeune personne ${sentence.slice(relative.index + relative[0].length)}`;
}

const TRAINING_NAMED = /\b(formation|stage|titre pro\w*|tp|cap|bts|alternance|apprentissage)\b/;
const SCHOOL_NAMED = /\b(college|lycee|ecole|scolari\w*|classe|eleve|cours|\d(e|eme))\b/;
const STRUGGLES = /\bd[ée]croch\w*(?= (un (petit )?peu|pas mal|beaucoup|souvent|grave)\b)/gi;

/**
 * « en formation TP soudeur à l'AFPA, il décroche un peu »: struggling in that training, not a
 * pupil who skips school. Only when the message speaks of a training and of no school.
 */
function struggling(sentence: string): string {
  const text = normalizeText(sentence);
  if (!TRAINING_NAMED.test(text) || SCHOOL_NAMED.test(text)) return sentence;
  return sentence.replace(STRUGGLES, 'peine');
}

/**
 * The last message read and what was read in it: a check in progress reads a message, then
 * hands it back to the question reader, which reads it again in the same turn.
 */
let lastRead: { message: string; today: string; extracted: ExtractedProfile } | undefined;

/** Every caller gets its own copy: a check changes the profile it was given. */
const copyOf = (e: ExtractedProfile): ExtractedProfile => ({
  ...e,
  profile: { ...e.profile },
  uncertain: [...e.uncertain],
  ...(e.unset ? { unset: [...e.unset] } : {}),
});

export function extractProfile(message: string, options: ExtractOptions = {}): ExtractedProfile {
  const today = readToday(options.today);
  const day = today ? `${today.year}-${today.month}-${today.day}` : '';
  if (lastRead?.message === message && lastRead.today === day) return copyOf(lastRead.extracted);
  const extracted = readProfile(message, today);
  lastRead = { message, today: day, extracted: copyOf(extracted) };
  return extracted;
}

function readProfile(message: string, today: Day | undefined): ExtractedProfile {
  // Each clause is read against every rule: a message's worth is enough, not a pasted file's.
  const sentence = firstWords(message, MAX_DESCRIPTION_WORDS);
  const readings: Reading[] = [];
  // « elle veut entrer en formation cariste » says what she aims at, not that she is in training.
  const aims = struggling(aboutTheYoungRelative(sentence))
    .replace(AIMS_AT_TRAINING, ' vise une qualification')
    // « prépa ou pec ? » names the programme, not a PEC contract the person has.
    .replace(PEC_AS_A_CHOICE, '$1 ou competences pec')
    .replace(PEC_FIRST_AMONG_OTHERS, 'competences pec $1 ')
    // « elle peut faire la pec après ? »: the programme to follow, not a contract she holds.
    .replace(PEC_TO_FOLLOW, '$1 competences pec');
  for (const clause of clausesOf(aims)) readClause(clause, today, readings);

  const settled = settle(readings);
  const { profile } = settled;
  // « 15 ans, 16 ans le 28 janvier, l'entrée du 1er février ? »: the age on the day of entry.
  const dated = today ? ageOnEntry(normalizeText(aims), today) : undefined;
  if (dated !== undefined) profile.age = dated;
  const uncertain = dated !== undefined ? settled.uncertain.filter((f) => f !== 'age') : settled.uncertain;
  const text = normalizeText(aims);
  // « prépa comp ou comp PEC, lequel ? »: a choice asked, which the person's facts settle, not the first named.
  // « prépa plutôt que la promo ? » asks about the first one named.
  const named = PROGRAMMES.filter((p) => PROGRAMME_WORDS[p].test(text)).sort(
    (a, b) => text.search(PROGRAMME_WORDS[a]) - text.search(PROGRAMME_WORDS[b]),
  );
  const choosing = named.length > 1 && CHOICE_ASKED.test(text);
  // « elle finit sa prépa vendredi, elle peut faire la pec après ? »: the one she may follow is asked, not the story's.
  const followed = named.length > 1 ? named.find((p) => ASKED_TO_FOLLOW[p].test(text)) : undefined;
  const programme = choosing ? undefined : (followed ?? named[0]);
  const viaDepartment = VIA_DEPARTMENT.test(text);
  // Facts, then a question about a programme with nothing else asked.
  const programmeAskedOfFacts =
    Object.keys(profile).length > 0 && /\?\s*$/.test(sentence) && !ASKS_OTHER.test(text);
  // « et compétences PEC ? il est pas en PEC mais en CDDI »: the programme asked in a few words, the facts after.
  const [askedFirst = '', ...after] = sentence.split('?');
  const programmeThenFacts =
    named.length > 0 &&
    after.join('').trim() !== '' &&
    normalizeText(askedFirst).split(' ').length <= 4 &&
    Object.keys(profile).length > 0 &&
    !ASKS_OTHER.test(text);
  const extracted: ExtractedProfile = {
    profile,
    uncertain,
    programme,
    asksEligibility:
      ELIGIBILITY_WORDS.test(text) ||
      CAN_THEY_AT_THE_END.test(text) ||
      programmeThenFacts ||
      (WANTS_PROGRAMME.test(text) && !ASKS_OTHER.test(text)) ||
      SENT_FOR.test(text) ||
      (programmeAskedOfFacts &&
        // « salariée en CDI temps plein, prépa ? »: the programme last.
        ((PROGRAMME_LAST.test(text) && text.split(' ').length <= 24) ||
          // « elle touche l'ASS pas le RSA, prépa comp via le CD ? »: whether the Département can, for her.
          (programme !== undefined && viaDepartment))),
    ...(viaDepartment ? { viaDepartment: true as const } : {}),
    ...(choosing ? { choice: named } : {}),
  };
  const story = normalizeText(sentence);
  const aim = readAim(story);
  if (aim) extracted.aim = aim;
  // « BRSA sans diplôme, sait pas quoi faire comme métier, quel dispositif ? »: which one fits this person.
  if (aim && WHICH_PROGRAMME.test(story)) extracted.asksEligibility = true;
  const unset = unsetConditions(story);
  if (unset.length > 0) extracted.unset = unset;
  if (IN_INSERTION_STRUCTURE.test(story)) extracted.insertionStructure = true;
  if (QUALIFIED.test(story)) extracted.qualified = true;
  if (LOW_FRENCH.test(story)) extracted.lowFrench = true;
  return extracted;
}

/**
 * Whether a message describes a person whose eligibility is asked: at least two
 * facts ("mineure" counts as one), or one fact and an eligibility word ("possible",
 * "peut-il faire"). Facts to confirm count: they are facts the référent gave.
 */
export function describesPerson(extracted: ExtractedProfile): boolean {
  const { profile } = extracted;
  // « un salarié de chantier d'insertion » says only what the person's contract is not:
  // no one to check, unless a programme is asked about.
  const onlyNotPec = Object.keys(profile).length === 1 && profile.pecContract === false;
  if (onlyNotPec && !extracted.programme) return false;
  const known = Object.keys(profile).length;
  return known >= 2 || (known >= 1 && extracted.asksEligibility);
}

/**
 * The message cut at punctuation and "mais", each clause in normal form with ":"
 * kept as a word and its hedges taken out. A clause that only answers ("RSA ? non",
 * "en PEC ? je crois que oui") joins the one before it, and so does a hedge alone
 * ("elle touche le RSA, enfin je crois") or a clause that starts with "qui" or
 * "que" ("sa mère, qui est au RSA").
 */
function clausesOf(sentence: string): Clause[] {
  const marked = sentence
    .replace(/\b((?:[a-z]\.){2,}[a-z]?)/gi, (acronym) => acronym.replace(/\./g, ''))
    .replace(/(\d)\s*[./-]\s*(?=\d)/g, '$1 ')
    .replace(/\?/g, ' ?\n')
    .replace(/[.;!,()\n/]|\s[-–]\s/g, '\n')
    .replace(/\b(?:mais|par contre|en revanche|cependant|sauf que|alors que|tandis que)\b/gi, '\n')
    // « … au rsa comp pec possible et faut l'accord de l'employeur », dictated: a condition asked starts its own clause.
    .replace(/\s(?:et\s+)?(?=(?:faut[- ]il|il faut|faut)\s)/gi, '\n');
  const clauses: Clause[] = [];
  for (const raw of marked.split('\n')) {
    const question = raw.trimEnd().endsWith('?');
    const { text, hedged } = withoutHedges(
      raw
        .replace(/\?/g, '')
        .split(/[:=]/)
        .map((part) => fixTypos(normalizeText(part)))
        .filter((part, index, parts) => part !== '' && !(REPORTED_BY.test(part) && index < parts.length - 1))
        .join(' : '),
    );
    const previous = clauses.at(-1);
    if (text === '' || text === ':' || HEDGE_FILLER.test(text)) {
      if (previous && hedged) previous.hedged = true;
    } else if (previous && ANSWER_ONLY.test(text)) {
      previous.text = `${previous.text} : ${text}`;
      previous.question = false;
      previous.hedged ||= hedged;
    } else if (
      previous &&
      (/^(?:qui|que|qu|dont|lequel|laquelle) /.test(text) ||
        // « si la dame est inscrite à FT, ça bloque pour la prépa ? »: the condition and what it asks are one clause.
        (/^(?:et |mais |meme )?si /.test(previous.text) && !previous.question && CAN_ENTER.test(text)))
    ) {
      previous.text = `${previous.text} ${text}`;
      previous.question = question;
      previous.hedged ||= hedged;
    } else {
      clauses.push({ text, question, hedged });
    }
  }
  return clauses;
}

/** "je crois qu'elle est inscrite" → "elle est inscrite", hedged; "je ne crois pas qu'…" keeps its "pas". */
function withoutHedges(text: string): { text: string; hedged: boolean } {
  let hedged = false;
  const plain = text.replace(HEDGE, (hedge) => {
    hedged = true;
    return / pas(?![a-z])/.test(hedge) ? 'pas' : ' ';
  });
  return { text: plain.replace(/ +/g, ' ').trim(), hedged };
}

function fixTypos(text: string): string {
  return text
    .split(' ')
    .map((word) => TYPOS[word] ?? word)
    .join(' ');
}

function readClause(clause: Clause, today: Day | undefined, readings: Reading[]) {
  let text = clause.text;
  const hedged = clause.hedged;
  if (NOT_A_DESCRIPTION.test(text)) return;

  const canEnter = ELIGIBILITY_WORDS.test(text) || PROGRAMMES.some((p) => PROGRAMME_WORDS[p].test(text));
  for (const name of Object.values(PROGRAMME_WORDS))
    text = text.replace(new RegExp(name.source, 'g'), 'dispositif');
  const tokens = text.split(' ');
  const offsets = tokenOffsets(tokens);

  // Facts written after someone else or after a condition are not the person's.
  const limit = Math.min(thirdPartyStart(text, offsets), conditionStart(text, offsets));
  const visible = tokens.slice(0, limit).join(' ');

  const ages = readAges(visible, today);
  for (const age of ages)
    readings.push({ field: 'age', value: age.value, uncertain: hedged || age.uncertain });
  if (MINOR.test(visible)) readings.push({ field: 'adult', value: false, uncertain: hedged });
  else if (ADULT.test(visible)) readings.push({ field: 'adult', value: true, uncertain: hedged });

  // "RSA ?", "est-elle inscrite ?": a question about a fact, unless it asks whether the person can enter,
  // or brings in a person (« donc une BRSA en CDD classique, non ? ») whose facts it tells.
  if (clause.question && !canEnter && ages.length === 0 && !PERSON_BROUGHT_IN.test(text)) return;
  if (UNKNOWN.test(text)) return;
  for (const { field, value } of readMentions(tokens, offsets, limit))
    readings.push({ field, value, uncertain: hedged });
}

function tokenOffsets(tokens: string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const token of tokens) {
    offsets.push(at);
    at += token.length + 1;
  }
  return offsets;
}

function tokenAt(offsets: number[], index: number): number {
  let token = 0;
  while (token + 1 < offsets.length && offsets[token + 1]! <= index) token++;
  return token;
}

function thirdPartyStart(text: string, offsets: number[]): number {
  const match = THIRD_PARTY.exec(text);
  // « et pour sa mère, 42 ans au RSA ? »: the relative brought in is the one asked about now.
  if (match && BRINGS_IN.test(text.slice(0, match.index))) return offsets.length;
  return match ? tokenAt(offsets, match.index) : offsets.length;
}

/** « et pour », « et quid de » before a relative: the next person to check, not someone beside. */
const BRINGS_IN = /^(?:et |et pour |et quid de |quid de |et si c est |et maintenant )$/;

/** Where a condition starts, unless it asks whether the person can enter ("savoir si un jeune ASE peut faire…"). */
function conditionStart(text: string, offsets: number[]): number {
  const match = [...text.matchAll(IF)].find((m) => !EMPHATIC_YES.test(text.slice(0, m.index + m[0].length)));
  if (!match) return offsets.length;
  const tail = text.slice(match.index);
  const asksEntry = CAN_ENTER.test(tail) && !IMPERFECT.test(tail);
  return asksEntry ? offsets.length : tokenAt(offsets, match.index);
}

type Found = { mention: Mention; order: number; first: number; last: number };

function readMentions(
  tokens: string[],
  offsets: number[],
  limit: number,
): Array<{ field: BooleanFact; value: boolean }> {
  const text = tokens.join(' ');
  const candidates: Found[] = [];
  MENTIONS.forEach((mention, order) => {
    for (const match of text.matchAll(mention.re)) {
      const first = tokenAt(offsets, match.index);
      const last = tokenAt(offsets, match.index + match[0].length - 1);
      candidates.push({ mention, order, first, last });
    }
  });
  candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || a.order - b.order || a.first - b.first);
  const taken = new Set<number>();
  const found: Found[] = [];
  for (const candidate of candidates) {
    const span = range(candidate.first, candidate.last);
    if (span.some((t) => taken.has(t))) continue;
    span.forEach((t) => taken.add(t));
    if (!('ignore' in candidate.mention) && candidate.first < limit) found.push(candidate);
  }
  found.sort((a, b) => a.first - b.first);

  const answers = found.map((f) => answerAfter(tokens, f.last));
  const consumed = new Set<number>();
  const contexts = found.map((f, i) => {
    const context = contextBefore(tokens, f.first);
    // "RSA non PEC oui": the "non" answers RSA, since PEC has its own answer.
    const previousAnswer = i > 0 ? answers[i - 1] : undefined;
    if (context.negator !== undefined && previousAnswer?.at === context.negator) {
      if (answers[i]) context.negated = false;
      else consumed.add(context.negator);
    }
    return context;
  });

  const facts: Array<{ field: BooleanFact; value: boolean }> = [];
  found.forEach((f, i) => {
    const context = contexts[i]!;
    const answer = answers[i] && !consumed.has(answers[i].at) ? answers[i] : undefined;
    const negated = context.negated || negatedAfter(tokens, f);
    const mention = f.mention as Exclude<Mention, { ignore: true }>;
    const stated = 'states' in mention && !context.topic ? mention.states : undefined;
    const fields = 'names' in mention ? [mention.names] : (Object.keys(mention.states) as BooleanFact[]);

    if (context.pending || answer?.kind === 'unsure') return;
    if (answer?.kind === 'pending' && fields.some((field) => PROCEDURES.has(field))) return;
    if (negated) {
      if ('states' in mention && (mention.negatable === false || fields.length > 1)) return;
      const field = fields[0]!;
      facts.push({ field, value: !(stated?.[field] ?? true) });
      return;
    }
    if (context.past) return;
    if (answer?.kind === 'yes' || answer?.kind === 'no') {
      for (const field of fields) {
        const statement = stated?.[field] ?? true;
        facts.push({ field, value: answer.kind === 'yes' ? statement : !statement });
      }
      return;
    }
    if (stated) for (const field of fields) facts.push({ field, value: stated[field]! });
  });
  return facts;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

type Context = { negated: boolean; negator?: number; past: boolean; pending: boolean; topic: boolean };

/** Walks back from a mention through GLUE words to what governs it. */
function contextBefore(tokens: string[], first: number): Context {
  const context: Context = { negated: false, past: false, pending: false, topic: false };
  for (let i = first - 1, steps = 0; i >= 0 && steps <= MAX_GLUE; i--, steps++) {
    const token = tokens[i]!;
    if (NEGATORS.has(token) && !(token === 'plus' && NOT_NEGATING_PLUS.has(tokens[i - 1] ?? ''))) {
      if (NEAR_NEGATORS.has(token) && first - i > 2) return context;
      context.negated = true;
      context.negator = i;
      return context;
    }
    if (PAST.has(token)) context.past = true;
    else if (PENDING.has(token)) context.pending = true;
    // « pour une BRSA de 29 ans » names the person; « pour le RSA, je ne sais pas » a topic.
    else if (TOPIC.has(token) && !(token === 'pour' && /^(un|une)$/.test(tokens[i + 1] ?? '')))
      context.topic = true;
    else if (!GLUE.has(token)) return context;
    if (context.pending || context.topic) return context;
  }
  return context;
}

/** "ne travaille pas", "il travaille plus", "je ne la suis plus". */
function negatedAfter(tokens: string[], found: Found): boolean {
  const next = tokens[found.last + 1];
  if (next !== 'pas' && next !== 'plus' && next !== 'jamais') return false;
  const before = tokens.slice(Math.max(0, found.first - 2), found.last + 1);
  return (
    ('verb' in found.mention && found.mention.verb === true) || before.includes('ne') || before.includes('n')
  );
}

type Answer = { kind: 'yes' | 'no' | 'unsure' | 'pending'; at: number };

/** "ASE : non", "RSA oui", "pour l'ASE c'est oui", "inscription FT en cours". */
function answerAfter(tokens: string[], last: number): Answer | undefined {
  let i = last + 1;
  if (tokens[i] === ':') i++;
  if (tokens[i] === 'c' && tokens[i + 1] === 'est') i += 2;
  const token = tokens[i];
  if (token === undefined) return undefined;
  const next = tokens[i + 1];
  if (YES.has(token)) return { kind: 'yes', at: i };
  // "ASE jusqu'à ses 18 ans": ended, or about to; either way not settled.
  if (UNSURE.has(token) || token === 'jusqu') return { kind: 'unsure', at: i };
  if (token === 'demande' || token === 'demandee') return { kind: 'pending', at: i };
  if (token === 'en' && (next === 'cours' || next === 'attente')) return { kind: 'pending', at: i };
  if (token === 'non' && next === 'plus') return undefined;
  if (token === 'pas' && next !== undefined && next !== 'encore' && next !== 'du') return undefined;
  if (NO.has(token)) return { kind: 'no', at: i };
  return undefined;
}

type Day = { year: number; month: number; day: number };

function readToday(today: Date | string | undefined): Day | undefined {
  if (today === undefined) return undefined;
  const iso = typeof today === 'string' ? today : parisDay(today);
  if (!isIsoDay(iso)) return undefined;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function readAges(text: string, today: Day | undefined): Array<{ value: number; uncertain: boolean }> {
  const ages: Array<{ value: number; uncertain: boolean }> = [];
  for (const match of text.matchAll(AGE)) {
    const value = Number(match[1] ?? match[2] ?? match[3]);
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    const lead = before.trimEnd();
    if (DURATION_BEFORE.test(lead) || DURATION_AFTER.test(after) || AGE_MOMENT.test(lead)) continue;
    const words = lead.split(' ');
    // « (et) à 15 ans on peut entrer à la promo ? » opens on the age asked about.
    const opening = words.length === 1 || (words.length === 2 && ['et', 'mais', 'bon'].includes(words[0]!));
    if (words.at(-1) === 'a' && !AGE_SUBJECTS.has(words.at(-2) ?? '') && !opening) continue;
    const toCome = AGE_TO_COME.before.test(lead) || AGE_TO_COME.after.test(after);
    // « il a pas encore 16 ans »: a year younger, as far as the age matters.
    const notYet = /(?:^|\s)pas encore$/.test(lead) ? 1 : 0;
    if (value >= MIN_AGE && value <= MAX_AGE) ages.push({ value: value - notYet, uncertain: toCome });
  }
  if (today) {
    const date = BIRTH_DATE.exec(text);
    const year = BIRTH_YEAR.exec(text);
    if (date) {
      const month = /^\d+$/.test(date[2]!) ? Number(date[2]) : MONTHS.indexOf(date[2]!) + 1;
      const [day, born] = [Number(date[1]), Number(date[3])];
      const value =
        today.year - born - (today.month < month || (today.month === month && today.day < day) ? 1 : 0);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && value >= 0 && value <= MAX_AGE)
        ages.push({ value, uncertain: false });
    } else if (year) {
      // The year alone leaves a year of doubt: the age reached this year, to be confirmed.
      const value = today.year - Number(year[1]);
      if (value >= 0 && value <= MAX_AGE) ages.push({ value, uncertain: true });
    }
  }
  return ages;
}

const MONTH_WORDS = `(${MONTHS.join('|')})`;
/** « il a 16 ans le 3 mars », « 18 le 20 février »: a birthday to come or just past (« quand il aura… » is a what-if). */
const BIRTHDAY = new RegExp(
  `(?<!\\b(?:aura|quand il aura|quand elle aura|ses|a ses) )\\b(1[2-9]|[2-9]\\d)(?: ?ans)? (?:le )?(\\d{1,2}|1er) ${MONTH_WORDS}\\b`,
);
/** « en février », « l'entrée du 1er février », « début mars »: a day the person would start. */
const ENTRY_DAY = new RegExp(`\\b(?:en|du|le|au|debut|mi|fin) (?:(\\d{1,2}|1er) )?${MONTH_WORDS}\\b`, 'g');

/**
 * The age a birthday said with its date gives: on the day of entry named in the message, or today.
 * Months are taken in the year to come from today.
 */
function ageOnEntry(text: string, today: Day): number | undefined {
  const birthday = BIRTHDAY.exec(text);
  if (!birthday) return undefined;
  const now = Date.UTC(today.year, today.month - 1, today.day);
  // The next such day from today, in days from today.
  const daysTo = (day: string | undefined, month: string) => {
    const m = MONTHS.indexOf(month);
    const d = day === undefined || day === '1er' ? 1 : Number(day);
    const thisYear = Date.UTC(today.year, m, d);
    return ((thisYear >= now ? thisYear : Date.UTC(today.year + 1, m, d)) - now) / 86_400_000;
  };
  const age = Number(birthday[1]);
  const born = daysTo(birthday[2], birthday[3]!);
  // « 16 ans le 3 janvier » said on 11 January: just past, already 16.
  const comingBirthday = born < 300;
  const entry = [...text.matchAll(ENTRY_DAY)].find(
    (m) => m.index < birthday.index || m.index >= birthday.index + birthday[0].length,
  );
  if (!entry) return comingBirthday ? age - 1 : age;
  return comingBirthday && daysTo(entry[1], entry[2]!) < born ? age - 1 : age;
}

/** One value a fact: contradicting readings leave it unknown; it is uncertain only if every reading is. */
function settle(readings: Reading[]): { profile: Profile; uncertain: ProfileField[] } {
  const profile: Record<string, number | boolean> = {};
  const uncertain: ProfileField[] = [];
  for (const field of PROFILE_FIELDS) {
    const all = readings.filter((r) => r.field === field);
    // « il a 15 ans, il aura 16 ans en juin »: what is said for sure wins over what is not.
    const sure = all.filter((r) => !r.uncertain);
    const mine = sure.length > 0 ? sure : all;
    const values = new Set(mine.map((r) => r.value));
    if (values.size !== 1) continue;
    profile[field] = mine[0]!.value;
    if (mine.every((r) => r.uncertain)) uncertain.push(field);
  }
  // « 17 ans, pas encore majeure »: the age says it all.
  if (profile['age'] !== undefined) delete profile['adult'];
  return { profile: profile as Profile, uncertain };
}
