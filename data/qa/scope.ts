import type { Programme } from '../eligibility.js';
import {
  ASKS_IF_BLOCKING,
  ASKS_WHAT_IF,
  MATERIAL_CONDITIONS_PART,
  unsetConditions,
  type UnsetCondition,
} from '../unset-conditions.js';
import { QUOTED_FIGURE } from './aspect.js';
import { meaningAsked } from './glossary.js';
import type { JoiningEvent } from './joining-events.js';
import { leftOutIn } from './left-out.js';
import { normalizeText } from './normalize.js';
import type { ProgrammesForAPublic } from './programmes-for-a-public.js';

/**
 * Questions the fiches do not answer but the agreement does, or does not: whom to
 * contact (protocol § 6), the figures (not available here; the agreement gives the
 * targets, § 4), and subjects the agreement leaves to others, said as such rather
 * than guessed.
 */
export type ScopeQuestion =
  | { kind: 'contacts' }
  /** How a prescription is sent to AFPA and followed, asked of no programme in particular. */
  | { kind: 'prescribing' }
  /** AFPA's side of a prescription received: acknowledge it, update it, the bilan at the end. */
  | { kind: 'handling' }
  /** The référent's side once a prescription is sent: AFPA's acknowledgement, each step told in Teams, the bilan. */
  | { kind: 'afterPrescribing'; delayAsked?: true }
  /** AFPA's side of the agenda: how to publish, import or correct what the référents see. */
  | { kind: 'publishing' }
  | { kind: 'cost' }
  /** « on peut entrer jusqu'à quand ? »: the agreement's deadline for entries, and the current campaign's. */
  | { kind: 'entryDeadline' }
  /** « SIAE ça veut dire quoi ? »: the glossary's words asked, by their `term`. */
  | { kind: 'meaning'; terms: string[] }
  /**
   * « je peux te donner son nom et son n° de sécu ? »: what the assistant does with a person's data.
   * `progress`: a named person's progress asked (« Kevin Moreau en est où ? »), which « Mes prescriptions » follows.
   * `colleague`: a colleague's prescriptions asked (« je remplace Marie, où sont ses prescriptions ? »), which only she and AFPA see.
   */
  | { kind: 'personalData'; progress?: true; colleague?: true; retention?: true }
  /** « le plan d'action couvre quelles années ? »: the action plan annexed to the agreement, renewed each year (Accord, art. 3). */
  | { kind: 'actionPlan' }
  /** `indicators`: the rows of the action plan whose indicators were asked (« l'indicateur compte quoi ? »). */
  | {
      kind: 'figures';
      dispositif?: Programme;
      indicators?: PlanRow[];
      year?: number;
      noTarget?: true;
      /** « sauf prépa », « sans compter la promo »: the programmes whose targets are not asked. */
      leftOut?: Programme[];
    }
  /** `seeInstead`: whom to ask, when it is not the Département's insertion service or AFPA. */
  | { kind: 'out_of_scope'; subject: string; seeInstead?: string }
  /** « elle a pas le permis, c'est bloquant ? »: what the agreement sets no condition on. */
  | { kind: 'unsetConditions'; conditions: UnsetCondition[]; programme?: Programme }
  /** « je peux y envoyer Mme B ? » about an AFPA event: what the agreement says of coming to it. */
  | ({ kind: 'joiningEvent' } & JoiningEvent)
  /** « y a quoi pour un BRSA ? »: the programmes whose audience is that public. */
  | ProgrammesForAPublic;

const CONTACTS =
  /\b((c est |c )?qui (que |qu )?(je|j|on) (contacte|appelle|joins?|sollicite)\b|(je|j|on|il|elle|l afpa|le cd|le departement) (passe|passent|passons) par qui (a|au|chez|cote|du cote)\b|(?<!\b(?:envoie|envoies|envoyer|envoyez|envoyons|envoi|par|faire|fais|fait)(?: juste| simplement| directement| plutot)? )(un |une |le |la |leur |son |votre |vos )(tel|telephone|num|numero|mail|e mail|email|adresse mail|contact|coordonnees)( ou (un |une |le |la )?(tel|telephone|num|numero|mail|e mail|email|adresse mail))? (a|de|chez) l afpa\b|(en )?parler a qui\b|qui fait le lien\b|\b(tel|tels|telephone|num|numero|mail|e mail|email|adresse mail|coordonnees)\b.*\b(de la |du |de l |de son |de sa )(responsable|directeur|directrice|rap|referente?|coordonnat\w*)\b|(c est |c )?qui (est )?la personne (a|de|chez) l afpa|(qui|c est qui|c qui)\b.*\b(en charge|charge) (du |de la |des |de l )?(deploiement|suivi|pilotage|mise en oeuvre|coordination)|((je |on )(m |nous |s )?|m |nous )adresser? a qui|qui (suit|pilote|gere) (l |le |la |ce |cet |cette |notre )(accord|partenariat|convention|experimentation)|(l accord|la convention|le partenariat)\b.*\bqui (le |la |l )?(suit|pilote|gere)\b|(le )?(nom|prenom) (de|du) (la |le )?(rap|resp\w* accompagnement (et )?parcours)\b|qui (contacter|appeler|joindre)|(appeler|contacter|joindre|telephoner a|ecrire a) qui|a qui (je |on )?(dois |peux |doit |peut )?(m |s |me |nous )?(adresser|adresse|demander|demande|ecrire|ecris|envoyer|envoie|parler|parle)|(c est )?qui (le |la )?(referent|referente|responsable|interlocut\w*) (a|de|du) l afpa|qui (est|sont) (designee?s?|chargee?s?|responsables?) (pour|de|du) (le |la )?(suivi|pilotage)|referente?s? (cd |du cd |departement |du departement |afpa |de l afpa )?((de|pour) l experimentation|experimentation|(du|pour le) partenariat|(de|pour) l accord|(de|pour) la convention)|contacts?|interlocut\w*|coordonnees de|numero (de|du)|a qui (dois|puis|peux|faut il) (je |on )?(m |me |nous |s )?(adresser|demander|ecrire|parler|voir)|^qui (a l afpa|au cd|au departement|chez l afpa|cote afpa|cote cd)\b|\b(tel|tels|telephone|num|mail|e mail|email|adresse mail) (de|du|d) (l )?(afpa|centre|cd|departement)\b|telephone (de|du) (l afpa|centre)|mail (de|du) (l afpa|centre)|(qui est|c est qui|c qui) (le |la )?(responsable|referent|referente|coordinat\w*|coordonnat\w*|directeur|directrice)|qui (s occupe|s en occupe|gere|pilote|coordonne|anime|deploie|met en oeuvre)|(je |on )?(demande|demander|m adresse|ecris|appelle|contacte|vois|voir|verifie|verifier) (ca |cela )?(a |avec )?qui|(suivi|pilotage|coordination) (de l accord|de la convention|du partenariat|des dispositifs)\b.*\b(c est |c )?qui|(c est |c )?qui\b.*\b(suivi|pilotage) (de l accord|de la convention|du partenariat)\b|(qui est|c est qui|c qui) (la |le )?(rap|resp(onsable)? accompagnement (et )?parcours)\b|\b(rap|resp(onsable)? accompagnement (et )?parcours) (c est |c )?qui\b|(la )?bonne personne (a|de|chez|cote|au|pour)\b|(le )?bon (interlocuteur|contact)\b|qui (est cense|doit|est charge de) (faire|etre|assurer) (le lien|l interlocut\w*|le relais)|faire le lien avec|(la )?(personne|quelqu un|interlocuteur) a (contacter|appeler|joindre)|au dessus d (elle|lui) c est qui|qui (je |j |on )?(contacte|appelle|joins|sollicite|solliciter)|quelqu un (au departement|a l afpa|au cd|cote departement|cote afpa) ((de |d )?(charge|qui s occupe|qui gere|referent)|qui (pourrait|peut|pourra|saurait))|(suivi|pilotage|coordination) (de l accord|du partenariat|des dispositifs)\b.*\b(referents?|responsables?|interlocuteurs?|pilotes?)|(personnes?|referents?|responsables?) (charge\w* )?(du |de )?(suivi|pilotage) (de l accord|du partenariat|de la convention)|vella|battedou|weill|qui (represente|representent) (l afpa|le departement|le cd)|signataires?|signee? par qui|(son|sa|leur|leurs|votre|vos|ton|l) (adresse )?(mail|e mail|email|courriel|numero|num|telephone|tel|coordonnees)|(renvoie|renvoyer|redirige|rediriger|transfere|transferer) vers qui|vers qui (je |on )?(la |le |les |l )?(renvoie|redirige|transfere)|adresses? (mail|e mail|email|courriel)|suivi (cote|au|du|pour le|a l) (cd|departement|afpa)|qui (a|ont) signe|(relance\w*|previen\w*|informe\w*|signale\w*) qui|qui (je |on )?(relance|previen|informe|signale)\w*|(prescriptions?|demandes?|fiches?|orientations?) (\w+ ){0,2}(arrive\w*|atterri\w*|parvien\w*) (chez|a|vers) qui|qui (les |la |le )?(recoit|recoivent|reception\w*) (a l afpa|cote afpa|chez l afpa)|(souci|probleme|difficulte|question|doute|reclamation|plainte)s?\b.*\b(s|m|me|se|nous) adress\w* a qui|suivi (de l accord|de la convention|du partenariat) (c est|c|est assure par|est confie a) (le |la |les )?(president|directeur|directrice|referente?|responsable)|(personne|quelqu un|referente?|interlocut\w*) (de |d )?(designee?|nommee?)s?|(la |le |au |a la )?(rap|directeur|directrice|responsable accompagnement( et)? parcours|coordonnat\w*) ou (a |au |a la |le |la )?(rap|directeur|directrice|responsable\w*|coordonnat\w*)|(la )?meme (personne|interlocut\w*|contact|referente?) (cote|a l|chez l|chez|de l) afpa)\b/;

/**
 * « à qui dois-je adresser les tableaux de bord mensuels ? »: where the agreement sends AFPA's
 * reporting (Protocole, § 6), which its own words answer, not the roles to contact.
 */
const REPORTING_ASKED =
  /\b(tableaux? de bord|bilans? (annuels?|trimestriels?|quantitatifs?|qualitatifs?|par dispositif)|donnees consolidees|remontees?( de donnees)?|reporting)\b/;

/** « combien de personnes sont entrées », « les chiffres », but not « combien de places prévues » (a target). */
const FIGURES =
  /\b(objectifs?\b.*\bet (le |les |ce qui est )?(realise|realises|realisation|atteint|fait)$|(combien|nb|nombre) (de |d )?(nos |mes |vos |leurs )?(personnes?|allocataires?|rsa|brsa|jeunes?|beneficiaires?)( ase)? (en|dans|sur) (la |le )?(prepa|pec|promo|1618|comp)|(combien|cb|nb|nombre) (de |d )?(nos |mes |vos |leurs )?(personnes?|pers|allocataires?|rsa|brsa|ase|pec|salaries?|jeunes?|beneficiaires?|gens|prescriptions?|orientations?|entrees?|sorties?|inscrits?|participants?|presents?)\b.*\b(sont|ont|deja|mis|cette annee|l an dernier|en ce moment|actuellement|jusqu a present|a ce jour|a date|a ce stade|pour l instant|en tout|depuis|entres?|entrees?|inscrits?|orientes?|envoyes?|venus?|passes?|sortis?|trouvent|ont trouve|retrouvent|decrochent)|(combien|cb|nb) (on a|on en a|il y a|y a|ya|vous avez|ils ont|avons) (de |d )(nos |mes |vos |leurs )?(personnes?|allocataires?|rsa|brsa|jeunes?|beneficiaires?|ase|inscrits?|gens)\b.*\b(entres?|entrees?|inscrits?|orientes?|a ce jour|pour l instant|depuis|deja|actuellement|en ce moment)|(combien|cb) (on|vous|ils|nous) (en )?(a|avez|ont|avons) (eu|fait|mis|envoye|oriente|accueilli)\w*\b.*\b(prepa|pec|promo|1618|comp|dispositifs?)|chiffres?|statistiques?|stats|ou (nous|vous) en (sommes|etes)|ou en sommes nous|(combien|cb) (y )?(ont|sont) (ete |deja )*(orientes?|entres?|inscrits?|envoyes?|prescrits?|venus?|presents?|passes?|allee?s?)|exemples? de (reussite|parcours reussis?)|temoignages?|(taux|tx) (de |d )?(reussite|sorties?|retour|insertion|placement)|bilan chiffre|on en est ou|ou en est on|ou on en est|on en est a combien|on y est|y est on|(on a|avons|a|ont) (fait|eu|realise|oriente|envoye) (combien|nombre)|(combien|nombre) (de |d )?(entrees?|orientations?|prescriptions?)\b.*\b(ce trimestre|ce semestre|ce mois ci|cette annee|en 20\d\d)|(a|ont|avons) (atteint|realise|depasse) (les|l|notre|nos|le)|(on|ils|vous|nous) (les|l) (a|ont|avez|avons) (atteint|realise|depasse)\w*|(c|c est|sont|est|ont ete|a ete|seront|objectifs?) (atteints?|atteintes?|realises?|remplis?|tenus?))\b/;
/** « objectif chiffré », « combien de places prévues »: the target itself, which a fiche gives. */
const TARGET = /\b(objectifs?|prevus?|prevues?|vises?|visees?|cibles?|fixes?)\b/;
/** « un objectif chiffré », « combien de participants visés »: a target, not events « prévus ». */
const TARGET_SET = /\b(objectifs?|cibles?|vises?|visees?)\b/;
/** « les objectifs chiffrés des 3 dispositifs »: every target, which the figures card gives. */
const ALL_TARGETS =
  /\bobjectifs?\b.*\b(quelle annee|de quand|datent|pour quand)\b|^(?=.*\b(combien|nombre) (de |d )(personnes|beneficiaires|allocataires|jeunes|entrees)\b)(?=.*\b(prevu\w*|prevoit|vise\w*|attendu\w*)\b)(?=.*\b(par an|par annee|par dispositif|chaque dispositif|plan d action)\b)|\b(objectifs? (chiffres?|quantitatifs?|annuels?)|(objectifs?|cibles?)\b.*\b(3|trois|tous les|des|les) dispositifs|objectifs?\b.*\b(20\d\d|l annee prochaine|l an prochain|cette annee|chaque annee|les annees suivantes)|objectifs? (du |de l )?plan d action|\b(chiffres?|copil|comite de pilotage)\b.*\bobjectifs (de l accord|de la convention|du partenariat))\b/;
/**
 * « l'indicateur du 2.1.3 compte quoi ? », « pour les JPO on compte quoi ? »: what the action
 * plan counts, which the figures card gives beside the targets.
 */
const INDICATOR =
  /\b(quoi comme indicateurs?|(on suit|on regarde|on mesure|on compte) (quoi|quels?|lesquels)|indicateurs?\b(?! (de pilotage|nationaux|de resultats? retenus?)).*\b(compte\w*|mesure\w*|quoi|lesquels|quels?)|quels? (sont )?(les )?indicateurs\b(?! (de pilotage|nationaux))|(les )?indicateurs (du plan|(de la |de |du |des |sur la |pour la )?(prepa|pec|promo|1618)|des dispositifs)|indicateurs?\b.*\b(par|selon les) (volets?|ateliers?|phases?)|^(et )?(les )?indicateurs( suivis?| retenus?)? (sur|pour|pr) (les |la |le |l )?\w+|(on|ils|il) (compte|comptabilise)\w* (quoi|qui|cb de quoi|combien de quoi)|(compte\w*|comptabilise\w*|retenu\w*|mesure\w*) comme indicateurs?|compte (quoi|qui) exactement)\b/;
/** « la 2.1.2 », « l'action 2-1-3 »: a row of the action plan, by its number (normalised to « 2 1 2 »). */
const PLAN_ROW_NAMED = /\b2 1 ([1-4])\b/g;
/** The events of row 2.1.1 and the trade meetings of 2.1.2: the plan counts who comes and sets no target. */
const EVENTS_COUNTED = /\b(jpo|portes ouvertes|infos? coll\w*|informations? collectives?|visites?)\b/;
const TRADE_MEETINGS = /\breunions? metiers?\b/;
/** « indicateurs de la 2.1.2 », « 2.1.4 on mesure quoi ? »: what a row counts. */
const ROW_MEASURE = /\b(indicateurs?|mesure\w*|compte\w*|comptabilise\w*|on suit)\b/;
/** « combien on en a mis depuis le début, et l'objectif ? »: what was done, asked beside the target. */
const COUNT_DONE =
  /\b((on a|on en a|avons|ont ete|sont) (mis|envoye\w*|orientes?|entres?|inscrits?|faits?)|depuis le debut|a ce jour|jusqu a present|a date|a ce stade|entree?s|orientee?s)\b/;
/** « on a déjà dépassé les 30 », « on en est à 12 »: a figure of what was done, believed. */
const FIGURE_BELIEVED_REACHED =
  /\b(depasse\w* (les |nos |l objectif|le chiffre|la barre)|(on a (deja )?(fait|atteint|envoye|oriente|accueilli)|on en est (deja )?a) (les |nos |plus de |pres de )?\d+ (personnes|jeunes|brsa|allocataires|beneficiaires|entrees|orientations|prescriptions|inscrits|salaries|pec))/;
/** Progress against the target is a question about figures, even with « objectif » in it. */
/** « on en est où ? », « le taux de sortie, on l'a ? »: what was done, asked beside the target. */
const PROGRESS =
  /\b(on en est ou|ou en est on|ou on en est|on y est|y est on|atteint\w*|realise\w*|on (l|les) a|(on|vous) (l|les) (avez|connait|connaissez)|c est (dispo|disponible|connu))\b/;
/** « on a fait mieux ou moins bien ? », « combien de plus que l'an dernier ? »: what was done, against a target or a year. */
const COMPARED_WITH_BEFORE =
  /\b((on a|a t on|avons nous|ils ont|on|ont ils) (fait|fais) (mieux|moins bien|pire|plus|moins)|combien de (plus|moins)|(plus|moins|mieux) (que|qu) (l an|l annee) (dernier|derniere|passee?|precedente?))\b/;
/** « avant qu'un référent nous oriente qqn, il doit faire quoi de son côté ? »: the référent's part (Protocole, § 5). */
const REFERENT_PART =
  /\b(il )?faut (il )?faire quoi avant (de |d )(prescrire|orienter|l orienter|inscrire)\b|\bavant (toute|une|la) prescription\b.*\b(obligations?|role|doit|doivent|faire)\b|\bobligations? (du|de la|des) referente?s?\b|\b(je dois|dois je|je fais|on doit|doit on)( faire)?( quoi)?\b.*\ben tant que referente?\b|\bavant de (prescrire|l orienter|orienter)\b.*\b(je dois|dois je|on doit|doit on|faut il) faire\b|\b(faut (il )?que (je|j|on) (fasse|fais|verifie)|je dois (faire|verifier)|dois je (faire|verifier)|on doit (faire|verifier)) (quoi|quelque chose|qqch) avant (de |d )(prescrire|l orienter|orienter|l inscrire|inscrire|la prescrire|le prescrire)\b|\breferente?s?\b.*\b(il|elle|ils|elles|on) (doit|doivent) faire quoi\b|\b(role|part) (du|de la|des) referente?s?\b.*\b(avant|orient\w*|prescri\w*)\b|\b(mon|notre|le|son) (role|travail|boulot|job) (de|du|d) referente?s?\b|\b(role|missions?|taches?) (du|de la|des) referente?s? (de parcours|insertion|rsa)\b/;

/** « la date limite des entrées ? », « on peut prescrire jusqu'à quand ? »: the deadline the agreement sets (Protocole, § 8). */
const ENTRY_DEADLINE =
  /\b(date limite|date butoir|derniere date|jusqu ?a (quand|qd)|jusqu ?a quelle date)\b.*\b(entrees?|entrer|rentrer|inscri\w*|prescri\w*|orienter)\b|\b(entrees?|entrer|rentrer|inscri\w*|prescri\w*|orienter)\b.*\b(date limite|date butoir|jusqu ?a (quand|qd)|jusqu ?a quelle date)\b/;

/** « l'accord CD-AFPA, il court jusqu'à quand ? »: the agreement's own term (art. 6), not the entries'. */
const AGREEMENT_TERM =
  /\b(accord|convention|partenariat)\b( \w+){0,3} (il |elle )?(court|courent|dure|se termine|finit|prend fin|expire|s arrete)\b/;

/** « les entrées jusqu'au 31/12/2022, ça vaut encore ? »: whether a date of the agreement still holds. */
const STILL_VALID =
  /\b(vaut|valent|valable|valables|s applique\w*|tient|tiennent|compte) (encore|toujours)\b|\b(encore|toujours) (valables?|d actualite|en vigueur)\b/;

/** What it costs: the agreement says who pays, never a price. */
const COST =
  /\b(combien (ca |cela |ca nous |ca lui )?coute\w*|budgets?|enveloppes? (financiere|budgetaire|de l etat|allouee)|montant (du |de la |des )?(financement|subvention|dotation)\w*|coute\w*|cout|couts|tarifs?|prix|payant\w*|gratuit\w*|facture\w*|qui (la |le |les |l )?(paie|paye|finance)|(nous |vous |leur |lui )?(paie|paye|verse|reverse|donne)\w* combien|combien (le cd |le departement |il |ils )?(nous |vous )?(paie|paye|verse)\w*|c est (paye|finance) par|(paye|finance)e?s? par qui|(le |la |les )?payer)\b/;

/** Named in passing (« même pour sa déclaration CAF »), another body does not make a need asked outside the agreement. */
export const OTHER_BODIES_BENEFITS = 'les prestations et aides versées par d’autres organismes';
/** « le BAFA », « le GRETA »: another programme or body, which the agreement does not take in. */
/** Registering someone at France Travail: France Travail's own procedure, no prescription. */
export const FT_REGISTRATION = 'l’inscription à France Travail, qui se fait auprès de France Travail';
export const ANOTHER_BODY = 'ce programme ou cet organisme, qui n’en font pas partie';
/** Checked or not, a person another Département follows is outside this agreement: said first. */
export const OTHER_DEPARTMENT = 'les personnes suivies par un autre Département';

/** Subjects the agreement does not cover, by how they are asked; the first that fits names the subject. */
/** The one subject outside the agreement that a list of the agenda answers: its items' hours. */
const WORKSHOP_HOURS = 'les horaires des ateliers';

/**
 * « et les bons de transport pour y aller, c'est pris en charge ? » after a list: outside the
 * agreement, not a filter of the list; « c'est à quelle heure ? » is one, the list says it.
 */
export function outsideTheAgendaToo(message: string): boolean {
  const scope = recognizeScopeQuestion(message);
  return scope?.kind === 'out_of_scope' && scope.subject !== WORKSHOP_HOURS;
}

const OUTSIDE: ReadonlyArray<readonly [RegExp, string, string?]> = [
  // « et un CQP c'est pareil ? »: the agreement names the titres professionnels and their CCP only.
  [
    /\bcqp\b/,
    'les CQP (certificats de qualification professionnelle)',
    'Il cite les titres professionnels et les certificats de compétences professionnels (CCP), dont l’AFPA fournit la liste aux référents (Protocole, § 4) : pour un CQP, voyez avec le centre AFPA de Montauban.',
  ],
  // « je change de poste fin janvier, mes prescriptions en cours elles deviennent quoi ? »
  [
    /\b(je (change|quitte|pars|vais partir|m en vais)|je suis mutee?|mon depart|je serai (absente?|partie?|en conge))\b.*\b(mes |les )?(prescriptions?|dossiers?|orientations?|suivis?)\b|\b(mes |ses |les )(prescriptions?|dossiers?|orientations?)( en cours)? (deviennent|passent|vont) (quoi|a qui|ou)\b/,
    'ce que deviennent les prescriptions d’un référent qui part ou s’absente',
    'Ici, chaque référent voit les prescriptions qu’il a envoyées et l’AFPA les voit toutes, jusqu’au bilan : voyez avec le centre AFPA de Montauban et votre service insertion pour que la personne qui vous remplace les reprenne.',
  ],
  // « l'afpa lui trouve un employeur à la sortie ? »: placing the person in a job is not in the agreement.
  [
    /\b(l afpa|afpa|ils|vous) (lui |leur )?(trouve\w*|cherche\w*|fourni\w*|donne\w*) (un |une )?(employeur|emploi|boulot|travail|job|entreprise|patron)\b/,
    'le placement de la personne chez un employeur',
  ],
  // « c combien l'allocation jeune majeur ? »: the amount of a benefit is not the agreement's.
  [
    /\b((combien|montant)\b(?! de (temps|jours?|semaines?|mois|places?))(?!.*\b(places?|temps|jours|semaines)\b).*\b(allocations? (jeunes? majeurs?|familiales?|logement)|apjm|aide jeune majeur)|(allocations? (jeunes? majeurs?|familiales?|logement)|apjm)\b.*\b(combien|montant)\b(?! de (temps|jours?|semaines?|mois|places?)))\b/,
    'le montant des allocations (allocation jeune majeur, allocations familiales…)',
  ],
  // « comment on fait une demande de RSA ? »: the benefit itself is not the agreement's.
  [
    /\b(demande|demander|ouvrir|ouverture) (de |d |le |du |des |les )?(droits? (au |du |a )?)?rsa\b/,
    'la demande de RSA',
  ],
  // « BRSA qui habite à Toulouse, suivi par le CD31 »: the agreement binds the Département de Tarn-et-Garonne.
  [
    /\b(cd ?(31|81|46|32|47|12|24|34|33)|haute garonne|lot et garonne|autre departement|hors (du )?(82|tarn et garonne|departement)|demenage\w* (dans|en|a|sur|vers) (le |la |l )?(lot|gers|aveyron|dordogne|gironde|herault|haute garonne|lot et garonne|toulouse|albi|cahors|auch|rodez|bordeaux|montpellier|paris)|(habite|vit|domicilie\w*|reside\w*) (a|sur|dans le|en) (toulouse|albi|cahors|auch|rodez|montpellier|bordeaux|(?<!valence d )agen|haute garonne|gers|lot|aveyron))\b/,
    OTHER_DEPARTMENT,
    'Cet accord lie le Département de Tarn-et-Garonne et l’AFPA de Montauban : voyez avec le Département qui accompagne la personne.',
  ],
  // « la convention avec la Région pour les titres pro, elle court jusqu'à quand ? »: another agreement than this one.
  [
    /\b(conventions?|accords?|partenariats?|marches?|contrats?) (de l afpa |du departement |du cd )?(avec|de|passee? avec) (la |le |l )?(region|conseil regional|occitanie|france travail|pole emploi|caf|msa|opco)\b/,
    'les autres conventions de l’AFPA ou du Département (avec la Région, France Travail…)',
  ],
  // « il a déjà fait prépa comp en 2024, on peut le represcrire ? »: the agreement sets no rule on a second time.
  [
    /\b(re ?prescri\w*|re ?inscri\w*|(la |le |l )refaire|refaire (la |le |l )?(prepa|pec|promo|1618|programme|dispositif|parcours))\b|^(?=.*\b(prepa|pec|promo|1618|dispositif|programme|parcours)\b).*\b((deuxieme|seconde|2e|2eme) fois|une seule fois|plusieurs fois)\b/,
    'le fait de suivre un même dispositif une seconde fois',
  ],
  // « absent 3 jours sans justificatif, on a une règle pour l'exclure ? »: the agreement sets none.
  [
    /\b(absen\w*|retards?)\b.*\b(regle|reglement|exclure|exclusion|sanction\w*|renvoyer|virer)\b|\b(exclure|virer|renvoyer|exclusion d) (un |le |la |une )?(stagiaire|jeune|beneficiaire|personne|participant)/,
    'les absences et l’exclusion d’un participant',
    'Voyez avec l’AFPA, qui accueille la personne, et son référent.',
  ],
  // « et s'il a 18 ans pendant la promo, il doit arrêter ? »: the agreement says nothing of it.
  [
    /\b18 ans (pendant|en cours de|au milieu de|durant|avant la fin de) (la |le |l )?(promo|programme|parcours|1618)\b|\b(le jour de ses|a ses|quand il aura|quand elle aura) 18 ans\b.*\b(arret\w*|sortir|quitter|continuer|doit|droit)\b|\bmajeure? (pendant|en cours de|durant) (la |le )?(promo|programme|parcours)\b/,
    'ce qui advient quand le jeune a 18 ans pendant La Promo 16/18',
  ],
  // « si son PEC est rompu au bout de 2 mois, il perd compétences PEC ? »: nor of a contract that ends early.
  [
    /\b(pec|contrat)\b.*\b(rompu|rompt|rupture|s arrete|interrompu|fin anticipee)\b.*\b(en cours|pendant|perd|continue\w*|arret\w*|garde)\b/,
    'ce qui advient du parcours quand le contrat PEC s’arrête en cours de route',
  ],
  // « ses parents n'ont plus l'autorité parentale, qui signe ? »: the agreement only requires the authorisations.
  [
    /\b(autorite parentale|delegation d autorite|tutelle|tuteur legal|tutrice legale|signe\w* a la place des parents|qui (la |les |l )?signe\w* (l |les |la |cette |ces )?autorisations?( parentales?)?|autorisations? parentales?\b.*\bqui (la |les |l )?signe\w*|\base\b.*\bqui signe\w*|(l )?ase (qui )?signe\w*)\b/,
    'qui signe les autorisations parentales (l’exercice de l’autorité parentale)',
    'L’accord dit seulement que la semaine d’engagement de La Promo 16/18 sert à réunir les pièces administratives et les autorisations parentales requises (Protocole, § 3). Pour un jeune confié à l’ASE, voyez avec le service de l’Aide sociale à l’enfance.',
  ],
  [
    // « on a raté la JPO à cause de la neige »: the weather in the story, not asked.
    /\b(?<!a cause (de la |de l |du |des ))(meteo|pleu\w*|pluie|neige\w*|orages?|canicule|(il )?(fait|fera|va faire) (beau|chaud|froid|moche)|beau temps|quel temps)\b/,
    'la météo',
    'Je réponds aux questions sur l’accord, ses dispositifs et l’agenda de l’AFPA.',
  ],
  // « le lien pour poser mes congés sur l'intranet du CD ? »: the référent's own workplace.
  [
    /\b(intranet|(mes|nos|poser (des |mes |nos )?|prendre (des |mes |nos )?) conges|rtt|notes? de frais|mots? de passe|badge d acces|imprimante|partager (mon|son|notre|nos|mes) (agenda|calendrier)|(mon|notre) (agenda|calendrier) outlook|boite mail|signature mail)\b/,
    'la vie interne des services (congés, intranet, outils de travail)',
    'Voyez avec votre encadrement ou le service concerné du Département.',
  ],
  // « la promo s'arrête pendant les vacances de février ? », « c quand les vacances de Pâques ? »: the school
  // calendar; each session's dates are what AFPA publishes.
  [
    /\b(c est |c )?quand (sont |c est |tombent )?(les )?vacances\b|\bvacances\b.*\b(arret\w*|s arrete\w*|continue\w*|ferme\w*|fermeture|pause|interromp\w*|coupure|ouvert\w*)\b|\b(arret\w*|s arrete\w*|continue\w*|ferme\w*|fermeture|pause|interromp\w*|coupure)\b.*\bvacances\b|\bpendant les vacances\b/,
    'les vacances scolaires ni les périodes de fermeture',
    'Les dates de chaque session sont celles que l’AFPA publie dans l’agenda ; pour ses périodes de fermeture, voyez avec le centre AFPA de Montauban.',
  ],
  // « le lundi de Pâques la promo a lieu ou pas ? »: the days off of a session, which no one published.
  [
    /\b(jours? feries?|ferie|lundi de paques|lundi de pentecote|pont de l ascension)\b/,
    'les jours fériés ni les périodes de fermeture',
    'Les dates de chaque session sont celles que l’AFPA publie dans l’agenda ; pour ses jours de fermeture, voyez avec le centre AFPA de Montauban.',
  ],
  // « l'actualisation FT c'est quand ce mois-ci ? »: France Travail's own calendar.
  [
    /\bactualis\w*\b(?=.*\b(ft|france travail|pole emploi|mois|quand)\b)|\b(ft|france travail|pole emploi)\b.*\bactualis\w*\b/,
    'le calendrier de France Travail (actualisation, rendez-vous)',
    'Voyez avec France Travail ; ici, les dates sont celles que l’AFPA publie.',
  ],
  [
    /\b(paie|paye|payer|finance|financer|prend (il |elle )?en charge|prise en charge|rembourse|aide pour payer)\b.*\b(garde|nounou|creche|assistante maternelle)\b|\baides? (financieres? )?(pour|a|de) (faire )?(la )?(garde\w*|garder|nounou|creche)\b|\b(garde|nounou|creche)\b.*\b(paye|payee|financee?|prise? en charge|remboursee?)\b|\bgard\w*\b.*\b(donne\w*|verse\w*|accorde\w*|propose\w*|a droit a) (une |des |de l )?aides?\b/,
    'le financement de la garde des enfants',
    MATERIAL_CONDITIONS_PART,
  ],
  // « c'est sur Teams ou sur Zoom, la visio ? »: the tool of the remote sessions, AFPA's own choice.
  [
    /\b(teams|zoom|meet|skype|webex|jitsi) ou (sur |par |avec )?(teams|zoom|meet|skype|webex|jitsi)\b|\b(quel|quelle|quels) (outil|logiciel|appli\w*|plateforme|lien) (de |d |pour la |pour les )?(visio\w*|classe virtuelle|distanciel)\b/,
    'l’outil de visioconférence des séances à distance',
    'Voyez avec le centre AFPA de Montauban.',
  ],
  [
    /\b(prete\w*|preter|pret|prets|fourni\w*|donne\w*|equipe\w*) (d |de |des |du |un |une |les |en )?(ordis?|ordinateurs?|pc|tablettes?|materiel( informatique)?|equipements? informatiques?|connexion)\b|\b(ordis?|ordinateurs?|pc|tablettes?)\b.*\b(prete\w*|preter|pret|fourni\w*|donne\w*)\b/,
    'le prêt ou la fourniture de matériel informatique',
  ],
  [
    /\b(montant|calcul|versement|paiement|suspension|radiation) (du |de |d )?(son |sa |leur )?rsa\b|\brsa\b.*\b(montant|touche combien)\b|\b(garde\w*|perd\w*|conserve\w*|cumul\w*|maintien\w*|toucher? toujours) (toujours |encore )?(son |sa |le |leur )?rsa\b|\brsa\b (il |va |vont )?(baisse\w*|diminue\w*|sauter?|saute|est suspendu|s arrete)\b|\bcombien (il |elle |ils |elles |on )?touche(nt)?\b|\btouche\w* combien\b|\bcombien (est |fait |c est )?(le |du )?rsa\b|\b(le )?rsa (c est|c|ca fait|ca represente|fait|represente) combien\b/,
    'le montant ou le versement du RSA',
  ],
  [
    // « aide-soignante à l'IFSI, tu sais les dates ? »: another body's training, not AFPA's agenda.
    /^(?!.*\b(prepa|volet|pec|promo|afpa)\b).*(\b(ifsi|ifas|greta|croix rouge|cnam|cfa|ecoles? d (infirmi|aide soignant)\w*)\b.*\b(dates?|quand|inscri\w*|places?|rentree|concours|selection)\b|\b(formation|cap|bac pro|titre|diplome) (au |a l |a la |chez (le |la |l )?|avec (le |la |l )?)(ifsi|ifas|greta|croix rouge|cnam|cfa)\b)/,
    'les formations d’autres organismes, leurs dates ou leurs inscriptions',
    'Voyez avec l’organisme lui-même. Pour préparer l’entrée dans une formation, à l’AFPA ou ailleurs, il y a le volet 2 de Prépa Compétences, « Sécuriser l’entrée en formation » (Protocole, § 3).',
  ],
  [
    // « un PEC c payé combien de l'heure ? », « le taux de prise en charge de l'État pour un PEC ? »:
    // the work contract itself, not Compétences PEC.
    /(?<!competences )\bpec\b.*\b(paye?s?|payee?s?|paie|remunere\w*) combien\b|\bcontrats? pec\b.*\b(dure\w*|duree|combien de (temps|mois))\b|(?<!competences )\bpec\b.*\b(de l heure|par mois|smic|taux horaire|combien d heures|heures par semaine|duree (du travail|hebdo\w*))\b|\b(combien d heures|quel salaire|taux horaire|salaire (d un|du|de son|de sa))\b.*(?<!competences )\bpec\b|\b(l )?etat (prend en charge|paie|paye|finance|verse|rembourse)\w*\b.*(?<!competences )\bpec\b|\b(taux|montant|part) (d aide |de prise en charge )?de l etat\b.*(?<!competences )\bpec\b|(?<!competences )\bpec\b.*\b(taux|montant|part) (d aide |de prise en charge )?de l etat\b/,
    'le contrat PEC lui-même (salaire, durée du travail)',
    'Voyez avec l’employeur ou le prescripteur du PEC : France Travail (ex-Pôle emploi), la Mission locale ou Cap emploi.',
  ],
  [
    /\b(remus?|remunere\w*|remuneration|indemni\w*|salaires?|(il|elle|ils|elles|on|le jeune|la jeune|les jeunes) ((touche\w*|percoi\w*|recoi\w*|gagne\w*) (de l argent|des sous|une paye|une paie|une aide financiere|quelque chose)|(a|ont|aura|auront) (de l argent|des sous|une aide financiere))|(?<!d activite )primes? (pour (le|la|les|l) (beneficiaire|jeune|stagiaire|personne|allocataire)s?|a la fin|de fin|de sortie|de reussite|d assiduite)|gagne\w* combien|combien (il |elle |on |ca |un \w+ )?gagne\w*|(mieux|moins bien|plus|moins) payee?s?|payee?s? (le )?(mieux|moins bien)|payee?s? pendant|(on|ils|elles) (y )?(est|sont|serait|seraient|sera|seront) payee?s? \d+|(ils|elles|il|elle|jeunes?|stagiaires?|personnes?|beneficiaires?)( (de|du|en|dans) (la |le |l )?\w+( \w+)?)? (sont|est|seront|sera|seraient|serait) (pas |bien |meme |quand meme )?(payee?s?|remuneree?s?)(?! par)|(c est|c|ce sera|c etait) (payee?|remuneree?) (pour|a) (la personne|le beneficiaire|la beneficiaire|le stagiaire|le jeune|lui|elle|eux)|(c est|c|ce sera|ce serait|c etait|ca sera|ca serait) payee?s?(?! par\b| (a|au|pour) (l afpa|le cd|le departement|la formation))(?= |$)|touche(nt)? quelque chose|(touche\w*|percoi\w*|recoi\w*|gagne\w*) (\d+|cent|deux cents?|trois cents?|quatre cents?|cinq cents?) (euros?|eur|balles)|touche\w* (une |des |un |l )?(allocation|indemnite|bourse|argent|aide financiere)|argent pendant|argent de poche|bourses? (du |de |d )?(lycee|college|etudes?|scolaires?)|(la |sa |leur )?bourse (elle |il )?(continue|maintenue?|garde|suspendue?|coupee?)\w*|(paie|paye|verse)\w* (un |les |le |des )?(stagiaires?|jeunes?|personnes?|allocataires?))\b/,
    'la rémunération des personnes pendant le parcours',
  ],
  [
    /\b(aides?|prise en charge|rembours\w*|bons?|financ\w*|paie|paye|payer|payes?)\b.*\b(transports?|trajets?|deplacements?|essence|carburant|bus|permis|voiture|mobilite)\b|\b(transports?|trajets?|deplacements?|bus|train|car|tickets? de bus|abonnement)\b.*\b(rembours\w*|paye\w*|pris en charge|finance\w*)\b|\bpermis (de conduire|b)\b|\b(passer|financer|payer|faire|paye|paie|finance|rembourse|prend en charge) (le |son |un )?permis\b|\bpermis\b.*\b(aide\w*|financ\w*|paie|paye)\b/,
    'les aides à la mobilité ou au permis',
  ],
  [
    // « pas de voiture, y a une navette ? »: a way of getting there, which the agreement does not organise.
    // Asked for, not told: « mes BRSA ont la navette que le matin » says when they can come.
    /\b(?:y a|ya|il y a|existe\w*|propos\w*|organis\w*|avez|a|prevu\w*)(?: t il| t elle| vous)? (?:une |un |des |de )?(?:navettes?|minibus|ramassage|covoiturage|transport (?:organise|collectif|a la demande))\b/,
    'un transport organisé jusqu’au lieu du parcours (navette, ramassage)',
  ],
  // « y a un bus de Castel à Montauban ? », « pas le permis, comment elle y va ? »: the way there, which the référent secures.
  [
    /\b(?:y a|ya|il y a|existe\w*)(?: t il)? (?:un |des |une )?(?:bus|car|cars|train|trains|ligne|lignes)\b(?! de (?:formation|session))|\btransports? en commun\b|\bcomment (?:il |elle |ils |elles |on )?(?:y )?(?:va|vont|aller|ira|iront|se rend\w*|fait pour (?:y )?aller)\b(?! (?:s inscrire|prescrire|faire|se passer))(?:.*\b(?:afpa|centre|montauban|la bas|y aller|sans (?:voiture|permis))\b|$)|\b(?:pas|sans) (?:le |de )?(?:permis|voiture|vehicule)\b.*\bcomment\b.*\b(?:y aller|y va|aller|venir|se deplacer)\b/,
    'les transports jusqu’au lieu du parcours',
    MATERIAL_CONDITIONS_PART,
  ],
  [
    /\b(logement|hebergement|loyer|apl|als|aide au logement|loge\w*|heberge\w*|fjt|foyers? de jeunes travailleurs|internat|(dormir|dort|dormira|dorment) (sur place|la bas|a l afpa|au centre))\b/,
    'le logement et les aides au logement',
  ],
  [
    /\b(garanti\w* (une |l |un )?(embauche|emploi|job|travail|poste|cdi)|promesse d embauche|embauche (garantie|assuree))\b/,
    'une garantie d’embauche après le parcours',
  ],
  [
    /\b(taux de chomage|chomage (dans|du|en|sur) (le |la )?(82|departement|tarn)|statistiques? (du chomage|de l emploi))\b/,
    'les statistiques du chômage et de l’emploi',
  ],
  [
    /\b(redige[rz]?|rediger|ecri(re|s|t)|prepare[rz]?|faire) (moi )?(un |le |mon |ce |une |la |ma )?(courrier|rapport|mail|compte rendu|cv|lettre|note|synthese)\b/,
    'la rédaction de vos courriers ou rapports',
  ],
  [
    /\b(reserve[rz]?|booke[rz]?|reservation) (moi )?(une |la |un )?(salle|bureau|creneau)\b/,
    'la réservation de salles ou d’autres services pratiques',
  ],
  [
    /\b(rqth|mdph|handicap\w*|amenagements? (de|du) poste|agefiph|fauteuil\w*|pmr|accessible aux? (personnes )?handicap\w*)\b/,
    'la compensation du handicap (RQTH, aménagement de poste)',
  ],
  // « genre inscription, papiers, etc » asks no residence permit: only someone's papers do.
  [
    // « titre de séjour ok »: a fact told of the person, not asked.
    /\b(titres? de sejour|cartes? de sejour|(sans|pas de|pas ses|a ses|avoir ses|ses|leurs) papiers|papiers (en regle|d identite)|regularisation|prefecture)\b(?! (ok|en regle))/,
    'le droit au séjour',
  ],
  [
    /\b(suspendu|suspension|suspendre|(couper|coupe|coupent|supprimer|supprime|reduire|suspend\w*) (le |son |leur )?rsa|reduction (du |de son |de leur )?rsa|equipes? pluri\w*|sanction\w*|radie|radiation|\d+ ?h(eures)? (d activite|hebdo\w*|par semaine)|heures d activite|contrat d engagement reciproque|cer|ppae)\b/,
    'les droits et devoirs au titre du RSA (heures d’activité, contrat d’engagement, sanctions)',
  ],
  [
    /\b(numeros?|telephones?|tel|mails?|adresses?|coordonnees|horaires?|joindre|contacter|appeler)\b.*\b(caf|msa|cpam|mdph|assurance maladie|securite sociale|prefecture|mairie)\b/,
    'les coordonnées des autres organismes (CAF, CPAM, MDPH, mairie…)',
  ],
  [
    /\b((?<!\b(mes|nos|vos|aux) )allocs?( familiales)?|allocations familiales|prestations familiales|aah|allocation (aux )?adultes? handicapes?|(?<!\b(rdv|rendez vous) (a la |a |avec la |chez la )?)caf|msa|prime d activite|are|droits? (au |a l )?(ass|chomage)|indemnites? (chomage|pole emploi|france travail|ft)|allocation d aide au retour a l emploi|aide a l embauche|aides? (de l etat )?(a|pour) (l |son |leur |un |les |une )employeurs?|employeur\b.*\b(touche|percoit|recoit|beneficie)\w* (d |une |des |de l )?(aides?|primes?)|smic|css|complementaire sante\w*( solidaire)?|cmu\w*|mutuelle|securite sociale|ame|cpam|assurance maladie)\b/,
    OTHER_BODIES_BENEFITS,
  ],
  // « comment on inscrit qqn à FT en ligne ? »: France Travail's own procedure (whether being registered
  // is needed is whom a programme is for, asked otherwise).
  [
    /\b(comment|en ligne|demarches?|procedure|site|quel lien)\b.*\binscri\w* (qqn |quelqu un |la personne |les gens |le |la |l |les |un |une )?(a|au|chez|sur) (ft|france travail|pole emploi)\b|\b(peut|peux|pouvez|possible)\b.*\binscrire (qqn |quelqu un |la personne |les gens |le |la |l |les )?(a|au|chez|sur) (ft|france travail|pole emploi)\b|\binscri\w* (qqn |quelqu un |la personne |les gens |le |la |l |les |un |une )?(a|au|chez|sur) (ft|france travail|pole emploi)\b.*\b(comment|en ligne|demarches?|procedure|site)\b/,
    FT_REGISTRATION,
  ],
  // « pour l'employeur du PEC, y a une aide s'il accepte ? »: the State's aids to employers, not the agreement's.
  [
    /\bemployeurs?\b.*\b(y a|il y a|ya|existe\w*|touche\w*|droit a|aura|auront|avoir) (une |des |d )?aides?\b|\b(y a|il y a|ya|existe\w*|touche\w*|droit a|aura|avoir) (une |des |d )?aides?\b.*\bemployeurs?\b/,
    OTHER_BODIES_BENEFITS,
  ],
  // « y a une garderie à l'afpa ? »: the agreement provides none on site, nor says anything of one.
  [
    /\b(garderie|halte garderie|creche)\b.*\b(afpa|centre|sur place)\b|\b(afpa|centre)\b.*\b(garderie|halte garderie|creche)\b/,
    'un mode de garde des enfants sur place à l’AFPA',
  ],
  // « elle peut venir avec son bébé ? »: whether children may come along, which the agreement does not say.
  [
    /\b(venir|aller|y aller|etre|amener|emmener|prendre) (la bas |a l afpa |en formation )?avec (son|sa|ses|leur|leurs) (bebes?|enfants?|petits?|petites?|gamins?|gamines?|nourrissons?|poussette|(fille|fils) de ([1-9]|1[0-2]) (ans|mois))\b|\b(amener|emmener) (son|sa|ses|leur|leurs) (bebes?|enfants?|petits?|gamins?|(fille|fils) de ([1-9]|1[0-2]) (ans|mois))\b/,
    'la venue des enfants avec la personne pendant le parcours',
    MATERIAL_CONDITIONS_PART,
  ],
  // « salariée en PEC à la crèche municipale », « l'employeur (une crèche) demande… » say where she works,
  // not a question about childcare; « trouver une crèche » is one.
  [
    /\b(frais de garde|nounou|assistante maternelle)\b|(?<!\b(a la|dans une|dans la|employeur|une|la|cette) )\bcreche\b|\b(place|trouver|chercher|cherche|pas de) (en |une |de )?creche\b/,
    'la prise en charge de la garde d’enfants',
  ],
  [/\b(arrets? (de travail|maladie)|tombe\w* malade|malade)\b/, 'les arrêts maladie pendant le parcours'],
  // « un stagiaire qui se blesse à l'AFPA, il est couvert par quelle assurance ? »
  [
    /\b(accidents? (du travail|de trajet|de travail)?|se blesse\w*|blesse\w*|blessure)\b|\bassurance\b(?! maladie)|\b(couvert|assure)e?s? (par|en cas)\b/,
    'l’assurance et les accidents pendant le parcours',
  ],
  [
    /\b(un|le) (contrat )?pec (en lui meme|lui meme|en general)\b|\bduree (d un|du) contrat pec\b/,
    'la durée d’un contrat PEC lui-même',
  ],
  // « c'est sur son temps de travail ? », « il perd son contrat s'il rate sa VAE ? »: the work contract, not the programme.
  [
    /^(?!.*\b(combien|cb|cmb)\b).*\b(sur|pendant|en dehors de|hors) (son|ses|leur|leurs|le) (temps|heures?|horaires?) de travail\b|\b(perd\w*|rompu\w*|romp\w*|casse\w*|arrete\w*|fin de) (son |sa |leur |le )?(contrat|poste|emploi|boulot|job)\b.*\b(si|s il|s elle)\b.*\b(rate\w*|echou\w*|loupe\w*|valide pas|obtient pas|abandonn\w*)\b/,
    'la place de la prestation dans le contrat de travail (temps de travail, suite du contrat)',
    'Voyez avec l’employeur ou le prescripteur du PEC : France Travail (ex-Pôle emploi), la Mission locale ou Cap emploi.',
  ],
  [
    // « a bossé en cantine » tells a job, not the meals.
    /\b(frais de (deplacement|transport|repas)|frais (km|kilometriques?|d essence)|indemnites? kilometriques?|rembourse\w*|(tickets?|cheques?) (resto\w*|restau\w*|dejeuner)|repas|(?<!\b(en|a la|dans la|dans une|de la|agent de|agente de) )cantine)\b/,
    'la prise en charge des frais (transport, repas)',
  ],
  // « volet 1 puis volet 2, on peut enchaîner ? », « après la prépa elle rentre direct en formation ? »:
  // going from one programme to another, which the agreement does not organise.
  [
    /^(?!.*\bqualifiant\w*).*(\benchain\w*|\b(rentre\w*|entre\w*|passe\w*|part\w*) (direct\w*|tout de suite|automatiquement|d office) (en|sur) (formation|prepa|pec|comp\w*|promo)\b|\b(dans la foulee|juste apres|a la suite) (de |d )?(la |le |l |sa |son )?(promo|prepa|pec|comp\w*|volet \d|atelier \d|1618)\b|\b(en meme temps|simultanement|cumuler|a la fois) (que |qu )?(la |le |l |sa |son )?(promo|prepa|pec|comp\w*|volet|1618)\b|\b(promo|prepa|pec|comp\w*|1618)\b.*\b(en meme temps|simultanement|a la fois)\b)/,
    'le passage d’un dispositif (ou d’un volet) à un autre, ni le fait d’en suivre deux à la fois',
    'Chaque dispositif a ses conditions d’entrée, vérifiées au moment de prescrire : refaites le test d’éligibilité à ce moment-là.',
  ],
  // « ils peuvent manger sur place ? »: the agenda says when and where, not whether meals are served.
  [
    /\b(manger|dejeuner|repas) (sur place|le midi|a midi|a l afpa|au centre)\b|\b(self|restaurant d entreprise)\b/,
    'les repas sur place',
  ],
  // « ils doivent amener quoi à l'info coll ? un CV ? »: what to bring is not set by the agreement.
  [
    /\b(amener|apporter|ramener|prendre avec (eux|elle|lui)|venir avec)\b.*\b(cv|pieces? d identite|carte (d identite|vitale)|papiers?|documents?|justificatifs?|stylo|dossier|chaussures|tenue|blouse|gants|equipements?|epi)\b|\b(doi\w*|faut( il)?) (amener|apporter|ramener)\b|\b(faut( il)?|doit (il |elle )?avoir|besoin d) (un |une |des |son |sa |ses )?(cv|lettre de motivation|chaussures de securite|tenue de travail)\b/,
    'ce que la personne doit apporter',
  ],
  // « si elle ne peut venir qu'à partir du mercredi, elle peut prendre en cours de route ? »
  [
    /\b(prendre|commencer|arriver|entrer|rentrer|integrer|rejoindre)\w* (la session |le groupe |le parcours )?(en cours de route|en cours de session|en cours|en retard|apres le debut|une fois commencee?)\b|\b(session|parcours|groupe) (deja )?(commencee?|demarree?)\b.*\b(rejoindre|integrer|entrer|prendre)\b/,
    'une entrée après le début d’une session',
  ],
  // « l'info coll de jeudi, c'est à quelle heure ? » asks the agenda, which gives the time.
  [
    // « les ateliers prépa c le matin ou l'aprem ? »: the hours too; « le 10 mars c'est à quelle heure ? »
    // asks the item of that day, which the agenda gives.
    /^(?!.*\b(jpo|portes ouvertes|infos? coll\w*|informations? coll\w*|visites?|reunions?|\d{1,2} ?\/ ?\d{1,2}|\d{1,2}(er)? (janv\w*|fev\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept\w*|oct\w*|nov\w*|dec\w*)|(lundi|mardi|mercredi|jeudi|vendredi|samedi) \d{1,2}|demain|celle du|celui du)\b).*\b(horaires?|a quelle heure|quelle heure|(le )?matin ou (l )?(aprem|apres midi|aprems)|(l )?(aprem|apres midi) ou (le )?matin|(c est|c) (plutot )?(le matin|l apres midi|l aprem|le soir|en soiree))\b/,
    WORKSHOP_HOURS,
  ],
  [
    // Not the agreement itself: « et si on veut arrêter avant ? » after its length asks about its notice.
    /^(?!.*\b(accord|convention|partenariat|peur|lycee|college|ecole|scolari\w*|boulot|job|travail|emploi)\b).*(\b(arreter|abandonner|quitter|lacher|stopper)\b.*\b(le parcours|la formation|le programme|le dispositif|en cours de route|en cours de parcours|au milieu|avant la fin)\b|\b(arret|abandon|sortie) (anticipee?|en cours de parcours|avant la fin)\b|\b(il|elle|le jeune|la personne|l allocataire) (veut |voudrait |souhaite |peut |pourra |pourrait |a le droit d )?(arreter|abandonner|quitter|lacher)\b)/,
    'ce qui se passe quand une personne arrête son parcours avant la fin',
  ],
  [
    /\b(adresse|c est ou|c ou|ou se trouve|ou est) (exactement |precisement )?(le |du |l )?(centre|afpa)\b|\badresse (de l|du centre)|\b(centre|afpa)( de montauban)? (c est |c |se trouve |est )?ou (exactement|precisement)\b/,
    'l’adresse du centre (il nomme le centre AFPA de Montauban, avec des sessions possibles dans tout le département, Protocole, § 4)',
  ],
  [
    /\b(financ\w*|payer|paie|paye|prend\w* en charge)\b.*\b(bafa|greta|cnam|caces)\b/,
    'le financement de cette formation',
  ],
  [
    // « prépa comp, ça vaut si elle entre en formation au GRETA ? » asks about Prépa, not the GRETA.
    /^(?!.*\b(prepa|pec|promo|1618|vae|rsfp|clea)\b).*\b(bafa|plie|greta|cnam|cap emploi (ils |elle )?(fait|font)|mission locale (ils |elle )?(fait|font))\b/,
    ANOTHER_BODY,
  ],
  [
    // « afpa montauban ou afpa toulouse ? »: another centre named beside it, « de » or not.
    /\bafpa (de|d) (?!(montauban|tarn|l|la|le|ce|cette|notre|votre|les|des|nos|vos|son|sa|ses|leur|faire|quoi|droit)\b)[a-z]{3,}(?<!er|ir)\b|\bafpa (toulouse|agen|albi|auch|cahors|rodez|tarbes|pau|bordeaux|montpellier|perpignan|castres|castelnaudary|brive|limoges|balma|colomiers|muret)\b/,
    'les autres centres AFPA que celui de Montauban',
  ],
  [
    // A contrat jeune majeur is the ASE's own support: beside a programme or a training asked, it describes the person.
    /\b(e2c|ecole de la (deuxieme|2e|2eme|2nde|seconde) chance|epide|cej|pmsmp|parcoursup|periodes? de mise en situation en milieu professionnel|contrat d engagement jeune|garantie jeunes?|service civique|cpf|compte personnel de formation|poei|afpr)\b|^(?!.*\b(prepa|pec|promo|1618|places?|formations?)\b).*\b(contrats? jeunes? majeurs?|cjm)\b/,
    'ce programme, qui n’en fait pas partie',
  ],
];

const PROMO_OUTCOME =
  /\b(promo|1618)\b.*\b(debouch\w*|sortie|apres|ensuite|suite)\b.*\b(e2c|epide|deuxieme chance)\b|\b(e2c|epide)\b.*\b(apres|sortie|suite)\b.*\b(promo|1618)\b/;

const PROGRAMME_WORDS: ReadonlyArray<readonly [RegExp, Programme]> = [
  [/\bprepa\b/, 'prepa-competences'],
  [/\bpec\b/, 'competences-pec'],
  [/\b(promo|1618)\b/, 'promo-16-18'],
];

function programmeNamed(text: string): Programme | undefined {
  return PROGRAMME_WORDS.find(([words]) => words.test(text))?.[1];
}

/** « sauf prépa », « sans compter la promo », « ni prépa ni PEC »: the programmes a message leaves out. */
export function programmesLeftOut(message: string): Programme[] {
  return leftOutIn(message, (words) => programmeNamed(normalizeText(words))).map((span) => span.named);
}
/** A question naming a programme gets that programme's own answer rather than the general one. */
const namesAProgramme = (text: string): boolean => programmeNamed(text) !== undefined;

/** « à qui s'adresse la PEC ? » asks whom the programme is for, not whom to write to. */
const PUBLIC_ASKED =
  /\ba qui (s adresse\w*|est destinee?) (la |le |l |ce |cette |ces |les )?(prepa|pec|promo|1618|comp\w*|dispositifs?|programmes?|formations?|parcours|prestations?|vae|rsfp|clea)\b/;

/** Subjects outside the agreement that stay so even when asked as « qui gère ça ? ». */
const OUTSIDE_EVEN_ASKED_WHO =
  /\b(rqth|handicap\w*|amenagements? (de|du) poste|titres? de sejour|aah|caf|msa|cpam|mdph|assurance maladie|securite sociale|prefecture|mairie)\b/;

/**
 * « une prescription vient d'arriver, je dois faire quoi ? », « il a arrêté au bout de 2 jours, je
 * le mets où ? », « il est entré ce matin, je préviens le référent comment ? »: AFPA's side.
 */
/** « une presta », « une prestation »: AFPA's words for a prescription received. */
const RECEIVED = '(prescriptions?|prestas?|prestations?)';

const HANDLING_IN_AFPA_WORDS = new RegExp(
  [
    // « j'ai reçu une presta pour un monsieur, je fais quoi ? », « une presta PEC qui vient d'arriver »
    `(j ai|on a|je viens d|on vient d) (bien )?recu (une |la |des |un )?(nouvelle |nouvelles )?${RECEIVED}\\b`,
    `${RECEIVED}( \\w+)? (qui )?(vient|viennent) d (arriver|tomber)`,
    // « quand une référente du CD nous envoie une prescription, je dois faire quoi ? »
    `(nous|m|me) (envoie|envoient|adresse|adressent|transmet|transmettent) (une |la |des |un )?${RECEIVED}\\b.*\\b(faire quoi|je fais quoi|on fait quoi|je dois faire|on doit faire|comment (je|on) (fais|fait))`,
    // « comment je mets qu'il a abandonné ? », « je le mets en entré où ? », « je clôture la presta comment ? »
    '(comment|ou) (je |j |on )?(mets?|met|mettre|note|noter|indique|indiquer|signale|signaler|declare|declarer|passe|passer) (qu |que |le |la |l )?(il |elle |la personne )?(a |est )?(abandonn|arret|entre|termin|fini|sorti|absent|refus)\\w*',
    '(je|on) (le|la|les|l) (mets?|met|passe|note) (en |comme )?(entre|entree|abandon|termine|terminee|sorti|sortie|refuse)\\w* (ou|comment)',
    '(clotur|ferm|termin|solder)\\w* (la |le |une |sa |son )?(presta|prestation|prescription|dossier|fiche)\\w*\\b.*\\b(comment|ou)\\b|\\b(comment|ou) (je |j |on )?(clotur|ferm|sold)\\w* (la |le |une |sa |son )?(presta|prestation|prescription|dossier|fiche)',
  ].join('|'),
);

const HANDLING =
  /\b((abandonn\w*|arrete\w*|plus venue?|absente?s?)\b.*\b(je |on )?(le |la )?(mets?|mettre|met) a jour (comment|ou)|comment (je |on )?(le |la )?(mets?|mettre|met) a jour\b.*\b(abandon\w*|prescription|statut)|prescriptions?( \w+)? (vient d |viens d |qui vient d |est )?(arriv\w*|recue?s?)\b.*\b(faire quoi|je dois|on doit|je fais|on fait|comment|quoi faire)|(j ai|on a|je viens d|on vient d) (bien )?recu (une |la |des )?prescriptions?\b.*\b(faire quoi|je dois|on doit|je fais|comment|confirm\w*|prend\w* en charge)|(abandonn\w*|arrete|plus venu|plus rien|entre|entree)\b.*\b(je|on) (le |la |les )?(mets|met|note|declare|signale) quoi|(je|on) (le|la|les) (mets|met|mettre|passe|note|declare|signale|classe) (ou|comment)|(previen\w*|prevenir|informer|avertir|signaler a) (le |la )?(referent|referente|cd|departement) comment|comment (je |on )?(previen\w*|prevenir|informer|avertir) (le |la )?(referent|referente|cd|departement)|fin de (parcours|prepa|formation)\b.*\b(envoy\w*|transmet\w*|on doit|je dois|faire)\b|(une fois|apres|a la fin de) (la |le |l )?(presta|prestation|parcours|formation|prepa|programme)( finie?| terminee?)?\b.*\b(envoy\w*|transmet\w*|on doit|je dois|on fait|je fais)\b|(accuser|accuse) (de )?reception|(vient de |viens de |venons de |avons |a |ont )?(fini|finir|termine|terminer|acheve\w*) (la |le |l |sa |son )?(prepa|presta\w*|parcours|formation|programme)\b.*\b(bilan\b.*\b(envoi\w*|envoy\w*|transmet\w*|adresse\w*)|(je fais|on fait|faire|je dois faire|on doit faire) quoi (pour|avec) (le|son) bilan)|(mettre|mets|met) a jour (le |la |son |sa )?(statut|prescription|dossier)|changer (le |son )?statut)\b/;

/** « une fois prescrit, il se passe quoi ? », « j'aurai un retour ? », « je serai prévenue s'il est pris ? » */
/** The bodies the agreement does set up, said beside what it does not. */
const COMMITTEES_SET =
  'L’accord prévoit un comité de pilotage, constitué au moins de représentants du Département et de l’AFPA, qui se réunit au moins une fois par an et fait le bilan du partenariat (Accord, art. 3) ; les trois dispositifs sont suivis par un comité de pilotage national, réuni chaque trimestre et piloté par la DGEFP (Protocole, § 6).';
/** What the agreement says nothing of in its governance: no technical committee, no chair named, no penalty. */
const GOVERNANCE_NOT_SET: ReadonlyArray<readonly [RegExp, string]> = [
  // « retour du comité technique de ce matin : … » tells where the question came up, and asks nothing of it.
  [
    /(?<!\b(retour|sortie|sortir|suite|issue|lors|au cours) (du|de|d|au|a la) )\b(comite technique|cotech|comite de suivi|comite operationnel)\b/,
    'un comité technique ou de suivi',
  ],
  [
    /\b(preside\w*|presidence|president)\b.*\b(comite|copil)\b|\b(comite|copil)\b.*\b(preside\w*|presidence|president)\b/,
    'qui préside le comité de pilotage',
  ],
  [
    /^(?=.*\b(objectifs?|atteint\w*|resultats?)\b).*\b(penalit\w*|sanctions?|amendes?|malus)\b/,
    'des pénalités si les objectifs ne sont pas atteints',
  ],
];

/** « les absences on est prévenu ? », « s'il vient pas, l'AFPA me le dit ? »: what the agreement does not set. */
const ABSENCES_TOLD =
  /^(?=.*\b(absen\w*|assiduite|ne vient (pas|plus)|vient (pas|plus)|(est|n est) pas venue?|retards?)\b)(?=.*\b(prevenu\w*|previen\w*|inform\w*|signal\w*|alert\w*|au courant|le sait|le dit|dire|remont\w*)\b)/;
/** « il a abandonné, on me prévient ? »: a step of the prescription, which is told here. */
const STOPS_TOLD =
  /^(?=.*\b(abandon\w*|arrete\w*|lache\w*)\b)(?=.*\b(on me|on nous|je suis|on est|l afpa me|l afpa nous) (previen\w*|prevenu\w*|inform\w*|signal\w*|alert\w*)\b)/;
const STEPS_TOLD =
  'Ici, chaque étape de la prescription vous est signalée (entretien planifié, entrée, refus ou abandon avec son motif, parcours terminé) ; pour une absence, voyez avec le centre AFPA de Montauban.';

/** « ma BRSA finit sa prépa vendredi »: told, not asked; what comes at the end (the bilan) is the answer. */
const FINISHES_PREPA =
  /^(?:(?:il|elle) |(?:ma|mon|notre|la|le|une|un) (?:\w+ ){0,2})?(?:finit|termine|finira|terminera|a fini|a termine|sort|sortira) (?:sa |son |la |le )?(?:prepa|volet \d)\b/;

/** « …, est-ce que je vais recevoir qqch ? », « il se passe quoi ? »: what comes back at the end. */
const WHAT_COMES_BACK =
  /\b(recevoir|recevrai|recois|recevra|j aurai|j ai droit|un retour|bilan|compte rendu|se passe (quoi|comment)|il se passe)\b/;

/** « en combien de jours ? », « sous quel délai ? »: how soon, which the agreement does not set. */
const DELAY_ASKED =
  /\b((en|sous|dans) combien de (jours|temps|semaines)|(quel|quels|combien de|sous quel|dans quel|un|des) delais?|delai de (reponse|traitement)|rapidement|vite)\b/;
/**
 * « et le référent il a un retour à la fin ? », asked of no programme: what comes back to him (a
 * programme named gets its own answer, which quotes the bilan it sets).
 */
const FEEDBACK_ASKED =
  /\b((le |la |les )?referente?s? (il |elle )?(a|aura|recoit|recevra|obtient) (un |une |des )?(retour|compte rendu|bilan|synthese)|(j ai|j aurai|je recois|je recevrai|on a|on aura|on recoit) (un |une |des )?(retour|compte rendu|synthese) (a la fin|en fin|apres)|a la fin (on|j|je|nous) (a|aura|aurai|recoit|recevra|recevons)\w* (un |une |des )?(retour|compte rendu|bilan|synthese))\b/;
/** « qui confirme que la personne est bien entrée en prépa ? »: each step told in Teams, the parcours traced on Panda. */
const WHO_CONFIRMS_THE_ENTRY =
  /\bqui (me |nous |le |la |l )?(confirme|valide|atteste|indique|signale|previent|dit)\w*\b.*\b(entree?s?|(est|sont) (bien )?(entree?s?|rentree?s?|arrivee?s?|venue?s?)|a (bien )?(commence|demarre))\b/;
/** « l'AFPA me répond sous combien de temps ? », « ils rappellent quand ? »: when AFPA answers, asked. */
const AFPA_ANSWERS_WHEN =
  /\b(l afpa|ils|vous|on) (me |nous |m |lui |la |le |l )?(repond\w*|rappel\w*|recontact\w*|revien\w*|donne\w* (une )?reponse)\b.*\b(combien de (temps|jours|semaines)|delais?|quand|rapidement|vite)\b|\b(delais?|temps) de (reponse|traitement)\b/;
const PRESCRIBING_WORDS = /\b(prescri\w*|orient\w*|inscri\w*|fiches?|demandes?)\b/;
export const AFTER_PRESCRIBING =
  /\b(une fois (la |ma |notre )?(prescription|orientation|fiche) (envoyee|faite|transmise|validee|partie)|(une fois|apres) que (j ai|j aurai|on a|on aura|vous avez|tu as) (prescrit|oriente|envoye|inscrit|fait la prescription)\b|quand (j ai|on a) (prescrit|oriente|envoye)\b.*\b(se passe|quoi|ensuite|apres)|(a|ont) (bien )?recu (ma|la|mes|notre|nos) (prescriptions?|demandes?|orientations?|fiches?)|une fois (la |ma |sa )?(prescription|demande|fiche|orientation|prescrite?|orientee?|inscrite?)( (faite?|envoyee?|validee?|partie))?\b.*\b(se passe|quoi|ensuite|apres|quand|repond\w*|rappel\w*)|apres (avoir (prescrit|oriente|envoye)|la prescription|ma prescription|l envoi)\b.*\b(se passe|quoi|retour|nouvelles)|(j ?ai|on a|j ?aurai|on aura|je recois|je recevrai|on recoit|je vais avoir|on va avoir) (un |des )?(retours?|nouvelles|compte rendu)|(je suis|je serai|je serais|on est|on sera) (tenue?s? )?(au courant|informee?s?|prevenue?s?)|comment (je sais|je saurai|je vais savoir|savoir|on sait|on saura) (s il|si elle|s ils|si elles|quand il|quand elle) (est |a ete |sera )?(entree?|retenue?|prise?|acceptee?|commence))\b/;

/**
 * « faut l'accord de la personne avant de prescrire ? », « elle m'a pas encore dit oui »: her
 * adhesion, which the référent gathers before prescribing (Protocole, § 5).
 */
const PERSON_CONSENT =
  /\b(faut|faut il|il faut|faudra) (avoir |recueillir )?(son|leur) (accord|adhesion|consentement)\b(?! (de l |du |de leur |des )?employeur)|\b(l |son |leur )?(accord|adhesion|consentement) (de la personne|du beneficiaire|de la beneficiaire|de l allocataire|du jeune|de la jeune|de la benef|du benef|de l interesse\w*)\b|\b(sans|avec) (son|leur) (accord|adhesion|consentement)\b.*\b(prescri\w*|inscri\w*|orient\w*)|\b(prescri\w*|inscri\w*|orient\w*)\b.*\b(sans|avec) (son|leur) (accord|adhesion|consentement)\b|\b(faut il|il faut|faut) (qu (elle|il) soit|etre) d accord\b|\b(m a|a|m ont|ont|n a|n ont) pas (encore )?(dit oui|donne (son|leur) (accord|feu vert))\b|\b(elle|il) (n )?est pas (encore )?d accord\b/;
/**
 * « il faut l'accord de la DDETS avant de prescrire ? », « je peux prescrire direct sans passer par FT ? »:
 * the agreement lets the Département's services prescribe directly, which the way to prescribe says.
 */
const LEAVE_TO_PRESCRIBE =
  /\b((prescrire|orienter|inscrire) (en )?direct(ement)?|sans passer par (ft|france travail|pole emploi|la ml|la mission locale|l etat|la ddets\w*))\b|\b(accord|autorisation|aval|validation|feu vert|permission|visa) (de |du |de la |d |des )?(\w+ ){0,3}(avant de|avant d|pour|afin de|afin d) (prescrire|orienter|inscrire|positionner)\b|\b(avant de|avant d|pour) (prescrire|orienter)\b.*\b(autorisation|aval|validation|feu vert|permission|l accord (de|du|d))\b/;
/** « l'afpa reçoit quand ma prescription ? »: at once, as the way to prescribe here says. */
/** « en gros je remplis quoi et où ? »: the form to prescribe, which the way to prescribe here shows. */
const FORM_ASKED =
  /\b(je|on) (remplis|remplit|saisis|saisit|complete) quoi\b|\b(quel|quelle) (formulaire|fiche) (je |on )?(remplis|remplit|remplir|utilise)\b/;
/** « une seule prescription pour les deux ? », « je peux inscrire mes 4 BRSA d'un coup ? »: one form a person, which the card says. */
const SEVERAL_AT_ONCE = new RegExp(
  [
    '\\b(une seule|un seul) (prescription|formulaire|fiche|demande|inscription)\\b',
    '\\b(une|un) (prescription|formulaire|fiche|demande|inscription)\\b.*\\b(pour (les|tous|toutes|eux|elles|le couple|la fratrie)\\b|(chacun|chacune|par personne)\\b)',
    '(prescription|inscription|orientation)s? (groupee|collective|de groupe|en lot|multiple)s?',
    '(prescri|inscri|positionn|orient)\\w*\\b.*\\b(d un coup|d un seul coup|en une (seule )?fois|tous ensemble|toutes ensemble|en lot|en masse|en groupe)\\b',
    '\\b(liste|tableau|fichier)\\b.*\\b(noms?|personnes)\\b.*\\b(prescri|inscri|positionn)\\w*',
  ].join('|'),
);
const RECEIVED_WHEN =
  /\b(l afpa|afpa|ils|le centre) (la |les |l )?(recoi\w*|aura|auront) (quand|a quel moment)\b.*\bprescri\w*|\bquand (est ce que )?(l afpa|ils|le centre) (la |les |l )?recoi\w*\b.*\bprescri\w*|\bprescri\w* (arrive|part|parvient|est envoyee?|est recue?) quand\b/;
/** The individual reports the agreement does set (Protocole, § 5). */
/** « à la fin on renvoie quoi à la référente ? »: AFPA's side at the end of a parcours, the report. */
const AFPA_SENDS_BACK =
  /\b(a la fin|en fin de parcours|a l issue|apres le parcours)\b.*\b(on|nous) (lui |leur )?(renvoie|renvoyons|envoie|envoyons|transmet|transmettons|communique|communiquons|fait remonter)\b.*\b(referente?s?|conseill\w*|cd|departement)\b/;
const REPORT_CONTENT_ASKED =
  /\b(y a quoi dedans|il y a quoi dedans|qu est ce qu il y a dedans|ca contient quoi|il contient quoi|que contient|son contenu|le contenu|(ca|il) ressemble a quoi|sous quelle forme|quelle forme)\b/;
const BILANS_SET =
  'L’accord prévoit un bilan individuel envoyé au référent à la fin de Prépa Compétences, et de la VAE pour les personnes en PEC (Protocole, § 5).';
const BILAN_ASKED =
  /^(?!.*\b(ddets\w*|dgefp|etat|prefecture|copil|comite)\b).*(?:\bbilans?( individuels?)?\b.*\bquand\b|\bquand\b.*(?<!pour (le|mon|notre|un|son) )\bbilans?( individuels?)?\b|\bbilans? (indiv\w*|de fin)\b.*\b(aussi|que|seulement|uniquement|pour (les|la|le))\b)/;
/** « comment je publie une info coll ? », « je peux importer mon excel ? », « comment je modifie ce qui est publié ? » */
const PUBLISHING =
  /\b(comment|ou|je peux|on peut|peut on|puis je) (je |j |on )?(le |la |l |les )?(publie\w*|mets? en ligne|mettre en ligne|ajoute\w*|modifie\w*|corrige\w*|import\w*|annule\w*|retire\w*|supprime\w*)\b.*\b(info ?coll\w*|infos? co|jpo|portes? ouvertes?|visites?|reunions?|evenements?|sessions?|entrees?|calendriers?|agenda|places|publie\w*|csv|excel|fichier|direct)\b|\b(import\w*|charger|deposer) (mon |notre |le |un |l |les )?(fichier |tableau )?(excel|csv|tableur)\b|\b(dois|doit|devons|vais|faut) (publier|mettre en ligne)\b.*\b(comment|je fais|on fait|marche)\b|\bcolonnes?\b.*\b(csv|excel|import\w*|fichier|tableur)\b|\b(csv|excel|import\w*|fichier|tableur)\b.*\bcolonnes?\b|\b(excel|csv|tableur)\b.*\b(import\w*|charger|deposer|mettre|envoyer)\b|\b(charger|import\w*|deposer|mettre|envoyer|recuperer)\b.*\b(depuis|d un|de mon|du|avec|par|en) (fichier )?(excel|csv|tableur)\b|\blignes? (fausses?|erronees?|mauvaises?|en erreur|fautives?|incorrectes?)\b.*\b(fichier|import\w*)\b|\b(fichier|import\w*)\b.*\blignes? (fausses?|erronees?|mauvaises?|en erreur|fautives?|incorrectes?)\b|\b(publier|mettre en ligne|ajouter)\b.*\b(quels?|quelles?) (types?|sortes?|genres?)\b|\b(quels?|quelles?) (types?|sortes?|genres?) (d |de )?(evenements?|evenement)\b.*\b(publier|agenda|mettre)\b|\bplaces?\b.*\b(je|on) (les |la |le )?(mets?|met|mettre) a jour (comment|ou)\b|\b(comment|ou) (je |j |on )?(les |la |le |l )?(mets?|met|mettre) a jour (les |la |le |l )?(places?|agenda|calendrier|dates?|sessions?)\b/;

/** A person's identity or file, offered to the assistant or asked of it. */
const PERSONAL_DATA =
  /\b(des |les )?(infos|informations|donnees) (perso\w*|personnelles)\b.*\b(encadre\w*|rgpd|protege\w*|securise\w*|confidenti\w*|legal\w*|droit|autorise\w*)\b|\b(ses|leurs|mes|nos) (infos|informations|donnees)( perso\w*| personnelles)?\b.*\b(protege\w*|securise\w*|trainent|trainer|partout|confidenti\w*|qui (les )?(voit|lit)|partagee?s?|transmise?s?|communiquee?s?|donnee?s? a|envoyee?s?)\b|\b(diagnostic\w* (psy\w*|medica\w*|de sante)|dossier medical|certificat medical|(ses |son |leur )?(pathologies?|antecedents|traitements?))\b.*\b(prescription|fiche|formulaire|mettre|mets|joindre|envoyer|transmettre|afpa)\b|\b(n de secu|no de secu|num secu|num de secu|numero de secu\w*|numero de securite sociale|securite sociale de|nir|date de naissance|numero (caf|allocataire|fiscal)|(carte|piece) d identite|copie de (sa|son|ses|leur) \w+)\b|\b(te|vous) (donner|envoyer|transmettre|communiquer|passer|dire)\b.*\b(son |ses |leur |le |les )(nom|noms|prenom|dossier|coordonnees|identite)\b|\b(verifie\w*|regarde\w*|consulte\w*|ouvr\w*) (son|leur|le) dossier\b|\b(ce que (je|j|on) (mets?|met|remplis|saisis|ecris|note)|ce qu (il|elle) y a) (dans|sur) (le|ce|la|cette) (formulaire|fiche|prescription)\b.*\b(va ou|part ou|protege\w*|securise\w*|qui (le |la |les )?(voit|lit)|garde\w*|stocke\w*)\b|\b(infos?|informations?|donnees|elements?) (de sante|medicales?|medicaux|sur (sa|leur) sante)\b|\b(noter|mettre|indiquer|ecrire|mentionner|preciser|signaler) (son|sa|ses|leur|leurs) (handicap|maladie|pathologies?|sante|traitements?|diagnostic)\b.*\b(prescription|fiche|formulaire)\b|\b(rgpd|cnil)\b/;

/** « je peux envoyer à l'AFPA un tableau Excel avec les noms et dates de naissance de mes BRSA ? »: personal data sent outside the form. */
const LIST_OF_PEOPLE_SENT =
  /\b(envoy\w*|transmet\w*|transmettre|partag\w*|mail\w*|fais passer|faire passer)\b.*\b(tableau\w*|fichier|excel|liste|listing|tableur)\b.*\b(noms?|dates? de naissance|adresses?|telephones?|numeros?|nir|secu)\b|\b(tableau\w*|fichier|excel|liste|listing|tableur)\b.*\b(noms?|dates? de naissance|adresses?|telephones?)\b.*\b(envoy\w*|transmet\w*|transmettre|partag\w*|par mail)\b/;

/** Sent to AFPA or to this assistant; to another body, the agreement's words on confidentiality answer. */
const TO_AFPA_OR_HERE = /\b(afpa|t envoy\w*|te (le |la |les )?(envoy|transmet|donne)\w*)\b/;

/** « il en est où », « a-t-elle fini », « combien de jours il a fait »: a person's own progress. */
const PERSON_PROGRESS =
  /\b(en est ou|ou (il |elle )?en est|combien d (heures|jours|seances) (il|elle) a fait|(il|elle) a fait combien|a (t (il|elle) )?(bien )?(fini|termine|commence|valide|abandonne)|(est (il|elle)|(il|elle) (est|etait)|est|etait) (bien )?(venue?|allee?|presente?|absente?)|ses absences|sa progression|ses resultats)\b/;
/** Mr, Mme… and a name; or a first name and a surname, both capitalised. */
const CIVILITY_AND_NAME = /\b(M\.|Mr|Mme|Mlle|Monsieur|Madame)\s+[A-ZÀ-Ý][a-zà-ÿ]/;
const FIRST_AND_LAST_NAME = /\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][A-Za-zà-ÿ'-]+/g;
/** Capitalised words of the partnership that a name pattern would take for a person. */
const NOT_A_PERSON =
  /\b(prepa|competences?|promo|la|le|les|france|travail|mission|locale|pole|emploi|tarn|garonne|afpa|pec|clea|vae|info|coll|jpo|open|badges?|bonjour|salut|merci|rsa|ase|cd|ml|ft|montauban|moissac|castelsarrasin|caussade|valence|volet|atelier|conseil|departemental|departement)\b/;

/** « il en est où Kevin Moreau ? »: a person named in the chat, and how they are doing asked. */
function namedPersonProgress(message: string, text: string): boolean {
  if (!PERSON_PROGRESS.test(text)) return false;
  if (CIVILITY_AND_NAME.test(message)) return true;
  return [...message.matchAll(FIRST_AND_LAST_NAME)].some(
    (name) => !NOT_A_PERSON.test(normalizeText(name[0])),
  );
}

/** The last message read: a follow-up and the reader both ask it of the same message in one turn. */
let lastRead: { message: string; scope: ScopeQuestion | undefined } | undefined;

export function recognizeScopeQuestion(message: string): ScopeQuestion | undefined {
  if (lastRead?.message !== message) lastRead = { message, scope: readScopeQuestion(message) };
  return lastRead.scope;
}

/** « j'ai le droit d'envoyer le dossier de la personne par mail à l'AFPA ? »: a person's file sent outside the form. */
const FILE_BY_MAIL =
  /\b(envoy\w*|envoie\w*|transmet\w*|transmis\w*|faire passer|passer) (le |la |un |une |son |sa |leur |ses |leurs |les |mon |ma |mes )?(dossiers?|fiches?|cv|infos?|informations|donnees|papiers)\b.*\b(par )?(mail|e mail|email|courriel|wetransfer|sms|whatsapp)\b/;
/** « on garde les données combien de temps ? », « la durée de conservation ? »: how long personal data is kept. */
const RETENTION_ASKED =
  /\bdurees? de (conservation|retention)\b|^(?=.*\b(donnees|infos|informations|dossiers?|fiches?|coordonnees)\b)(?=.*\b(combien de temps|cb de temps|jusqu a quand|pendant combien|au bout de combien|quelle duree)\b).*\b(gard\w*|conserv\w*|stock\w*|archiv\w*|effac\w*|supprim\w*|detrui\w*|purg\w*)\b/;
/** « le plan d'action il couvre quelles années ? », « il est refait chaque année ? »: the action plan itself, not one of its rows. */
const ACTION_PLAN_ASKED =
  /^(?!.*\b(objectifs?|indicateurs?|chiffres?|cibles?|engage\w*|s engage\w*|reunions?|metiers?|secteurs?|jpo|portes ouvertes|info\w* coll\w*|places|calendriers?|visites?)\b).*(\b(qui|quand est ce qu on|quand) (valide|fait|ecrit|redige|elabore|vote|signe)\w* (le |ce )?plan d actions?\b|\bplan d actions?( operationnel)?\b(?=.*\b(annees?|periode|couvre|porte sur|dure|valable|valide\w*|refait|renouvele\w*|elabore\w*|redige\w*|tous les (combien|ans)|chaque annee|annuel|c est quoi|c quoi|sert a quoi|qui le (fait|valide|ecrit|redige|elabore)|jusqu a quand|de quand)\b))/;

/** « je remplace Marie, où je retrouve ses prescriptions ? », « les dossiers d'une autre référente ». */
const COLLEAGUE_FILES =
  /^(?=.*\b(retrouve\w*|voir|vois|acces|recupere\w*|reprendre|consulter|ou sont|ou (je|on) (les )?trouve\w*|ou (je|on) (les )?vois|(vois|voir|trouve\w*) ou)\b).*(\b(prescriptions?|dossiers?|orientations?)\b.*\b(ma collegue|mon collegue|d une collegue|d un collegue|(un|une) autre referente?|qu (il|elle) a (envoye|fait|prescrit|transmis)\w*|qui est partie?)\b|\b(ma collegue|mon collegue|je remplace|autre referente?)\b.*\b(prescriptions?|dossiers?|orientations?)\b)/;

function readScopeQuestion(message: string): ScopeQuestion | undefined {
  const text = normalizeText(message);
  if (COLLEAGUE_FILES.test(text)) return { kind: 'personalData', colleague: true };
  if (RETENTION_ASKED.test(text)) return { kind: 'personalData', retention: true };
  if (FILE_BY_MAIL.test(text)) return { kind: 'personalData' };
  if (ACTION_PLAN_ASKED.test(text)) return { kind: 'actionPlan' };
  if (namedPersonProgress(message, text)) return { kind: 'personalData', progress: true };
  // « ils doivent amener leur pièce d'identité ? » asks what to bring, not what the assistant keeps.
  if (
    (PERSONAL_DATA.test(text) ||
      (LIST_OF_PEOPLE_SENT.test(text) && TO_AFPA_OR_HERE.test(text) && !SEVERAL_AT_ONCE.test(text))) &&
    !/\b(amener|apporter|ramener)\b/.test(text)
  )
    return { kind: 'personalData' };
  const meaning = meaningAsked(message);
  if (meaning.length > 0) return { kind: 'meaning', terms: meaning.map((entry) => entry.term) };
  if (HANDLING.test(text) || HANDLING_IN_AFPA_WORDS.test(text) || AFPA_SENDS_BACK.test(text))
    return { kind: 'handling' };
  if (ABSENCES_TOLD.test(text))
    return {
      kind: 'out_of_scope',
      subject: 'le signalement des absences pendant le parcours',
      seeInstead: STEPS_TOLD,
    };
  if (
    AFTER_PRESCRIBING.test(text) ||
    (AFPA_ANSWERS_WHEN.test(text) && PRESCRIBING_WORDS.test(text)) ||
    WHO_CONFIRMS_THE_ENTRY.test(text) ||
    (FEEDBACK_ASKED.test(text) && !namesAProgramme(text)) ||
    STOPS_TOLD.test(text) ||
    (FINISHES_PREPA.test(text) && (!message.includes('?') || WHAT_COMES_BACK.test(text)))
  )
    // « qui me répond et en combien de jours ? »: the agreement sets no delay, which is said.
    return DELAY_ASKED.test(text)
      ? { kind: 'afterPrescribing', delayAsked: true }
      : { kind: 'afterPrescribing' };
  if (PUBLISHING.test(text)) return { kind: 'publishing' };
  // « le bilan je le reçois quand ? »: at the end, as the prescribing card says (« qui l'envoie ? » quotes the protocol).
  // « un bilan à la fin de la promo ? »: the agreement sets one for Prépa Compétences and the VAE in PEC only.
  // « le bilan, y a quoi dedans ? »: the agreement says who sends it and when, not what it holds.
  if (/\bbilans?\b/.test(text) && REPORT_CONTENT_ASKED.test(text))
    return { kind: 'out_of_scope', subject: 'ce que contient le bilan individuel', seeInstead: BILANS_SET };
  if (/\bbilans?\b/.test(text) && /\b(promo|1618)\b/.test(text) && !/\b(prepa|pec)\b/.test(text))
    return {
      kind: 'out_of_scope',
      subject: 'un bilan individuel à la fin de La Promo 16/18',
      seeInstead: BILANS_SET,
    };
  if (
    BILAN_ASKED.test(text) ||
    PERSON_CONSENT.test(text) ||
    REFERENT_PART.test(text) ||
    RECEIVED_WHEN.test(text) ||
    FORM_ASKED.test(text) ||
    SEVERAL_AT_ONCE.test(text) ||
    // Of a programme named, its own answer on prescribing says it.
    (LEAVE_TO_PRESCRIBE.test(text) && !namesAProgramme(text))
  )
    return { kind: 'prescribing' };
  // Before whom to contact and the figures: « qui préside le copil ? », « objectifs pas atteints, des pénalités ? ».
  const governance = GOVERNANCE_NOT_SET.find(([words]) => words.test(text));
  if (governance) return { kind: 'out_of_scope', subject: governance[1], seeInstead: COMMITTEES_SET };
  if (
    CONTACTS.test(text) &&
    !OUTSIDE_EVEN_ASKED_WHO.test(text) &&
    !PUBLIC_ASKED.test(text) &&
    !REPORTING_ASKED.test(text)
  )
    return { kind: 'contacts' };
  if (
    (ENTRY_DEADLINE.test(text) && !AGREEMENT_TERM.test(text)) ||
    (STILL_VALID.test(text) && /\b(entrees?|campagne|date limite)\b/.test(text))
  )
    return { kind: 'entryDeadline' };
  const dispositif = () => programmeNamed(text);
  // « les objectifs pour la prépa et pour la promo »: both named, every target shown.
  const onlyOne = () =>
    PROGRAMME_WORDS.filter(([words]) => words.test(text)).length > 1 ? undefined : dispositif();
  // « le 2.1.2, il compte le taux de réussite ? »: that row, before the figures its measure would ask.
  const rowsNamed = planRowsNamed(text);
  if (rowsNamed.length > 0 && (INDICATOR.test(text) || ROW_MEASURE.test(text)))
    return { kind: 'figures', indicators: rowsNamed };
  // « les JPO ont un objectif chiffré ? »: the plan sets targets for the programmes only; it counts who comes.
  if (TARGET_SET.test(text) && !dispositif() && !PROGRESS.test(text) && !COUNT_DONE.test(text)) {
    const events: PlanRow[] = [
      ...(EVENTS_COUNTED.test(text) ? (['2.1.1'] as const) : []),
      ...(TRADE_MEETINGS.test(text) ? (['2.1.2'] as const) : []),
    ];
    if (events.length > 0) return { kind: 'figures', indicators: events, noTarget: true };
  }
  // « les objectifs sauf prépa, les deux autres ? »: the targets of the programmes not left out.
  const leftOut = programmesLeftOut(message);
  // (« elle vise la formation cariste, pas en PEC » aims at a training: no target asked.)
  if (leftOut.length > 0 && /\b(objectifs?|chiffres?|cibles?)\b/.test(text))
    return { kind: 'figures', leftOut };
  // « en 2027 les objectifs c tjs 30 50 10 ? »: that year's targets, which the card says when none are set.
  const yearOfTargets = /\bobjectifs?\b/.test(text) ? /\b(20[2-9]\d)\b/.exec(text)?.[1] : undefined;
  if (yearOfTargets && PROGRAMME_WORDS.filter(([words]) => words.test(text)).length !== 1)
    return { kind: 'figures', year: Number(yearOfTargets) };
  // « on a fait mieux ou moins bien ? », « combien de plus que l'an dernier ? »: what was done, compared.
  if (COMPARED_WITH_BEFORE.test(text)) {
    const named = onlyOne();
    return named ? { kind: 'figures', dispositif: named } : { kind: 'figures' };
  }
  // « c quoi ce chiffre de 35 000 jeunes dans la plaquette de la 1618 ? »: a figure of the programme's card, not the results.
  if (QUOTED_FIGURE.test(text) && dispositif()) return undefined;
  // « objectif prépa 2022 et combien on en a fait ? »: the target and what was done, the figures card.
  // « on a déjà dépassé les 30 BRSA en prépa je crois ? »: what was done, believed.
  const targetAndDone = TARGET_SET.test(text) && COUNT_DONE.test(text);
  if (
    (FIGURES.test(text) && (!TARGET.test(text) || PROGRESS.test(text) || COUNT_DONE.test(text))) ||
    targetAndDone ||
    FIGURE_BELIEVED_REACHED.test(text)
  ) {
    const named = onlyOne();
    return named ? { kind: 'figures', dispositif: named } : { kind: 'figures' };
  }
  if (INDICATOR.test(text)) {
    const named = dispositif();
    const indicators = rowsAsked(text, named);
    return named ? { kind: 'figures', dispositif: named, indicators } : { kind: 'figures', indicators };
  }
  // « les objectifs chiffrés des trois : prépa, PEC et promo » names them all: every target.
  if (ALL_TARGETS.test(text) && PROGRAMME_WORDS.filter(([words]) => words.test(text)).length !== 1) {
    // « les objectifs 2023 ? »: that year's, which the card says when none are set.
    const year = /\b(20[2-9]\d)\b/.exec(text)?.[1];
    return year ? { kind: 'figures', year: Number(year) } : { kind: 'figures' };
  }
  // « la promo peut déboucher sur l'EPIDE ? »: the agreement names them among the Promo's outcomes.
  if (PROMO_OUTCOME.test(text)) return undefined;
  // Before the subjects outside: « pas le permis, c'est bloquant ? » asks about the person, not a driving-licence aid.
  const unset = ASKS_IF_BLOCKING.test(text) || ASKS_WHAT_IF.test(text) ? unsetConditions(text) : [];
  if (unset.length > 0) {
    const programme = dispositif();
    return programme
      ? { kind: 'unsetConditions', conditions: unset, programme }
      : { kind: 'unsetConditions', conditions: unset };
  }
  const outside = OUTSIDE.find(([words]) => words.test(text));
  if (outside) {
    const [, subject, seeInstead] = outside;
    return seeInstead ? { kind: 'out_of_scope', subject, seeInstead } : { kind: 'out_of_scope', subject };
  }
  return COST.test(text) ? { kind: 'cost' } : undefined;
}

export type PlanRow = '2.1.1' | '2.1.2' | '2.1.3' | '2.1.4';

/** What the action plan counts, row by row, in its own words (Plan d'action 2022-2023, « Indicateurs »). */
export const INDICATORS_OF_THE_PLAN: Record<PlanRow, string> = {
  '2.1.1':
    'Nombre d’allocataires ou de bénéficiaires de suivi du Département participant aux journées portes ouvertes de l’AFPA, aux informations collectives et aux visites de plateaux techniques.',
  '2.1.2':
    'Nombre d’allocataires du RSA et de bénéficiaires d’accompagnements spécifiques du Département présents aux réunions métiers et entrés en formation ; taux de réussite aux examens ; taux de sortie en emploi ; exemples de réussites de parcours.',
  '2.1.3':
    'Nombre de bénéficiaires du RSA entrés en prestation : Prépa Compétences (volet 1, volet 2), Compétences PEC (ateliers 2 et 3), La Promo 16/18 (phase d’engagement et construction).',
  '2.1.4': 'Nombre de personnes orientées par le Département vers Compétences PEC.',
};

/** « la 2.1.2 », « l'action 2-1-3 » (normalised to « 2 1 2 »): the rows named, each once. */
export function planRowsNamed(normalized: string): PlanRow[] {
  return [...new Set([...normalized.matchAll(PLAN_ROW_NAMED)].map(([, row]) => `2.1.${row}` as PlanRow))];
}

/** The rows of the action plan whose subject a message names: the events (2.1.1), the trainings (2.1.2). */
export function planRowsOfSubjects(text: string): PlanRow[] {
  const rows: PlanRow[] = [];
  if (/\b(jpo|portes ouvertes|infos? coll\w*|informations? collectives?|visites?|evenements?)\b/.test(text))
    rows.push('2.1.1');
  if (/\b(reunions? metiers?|formations?|places|examens?|sorties? (en )?emploi|reussites?)\b/.test(text))
    rows.push('2.1.2');
  return rows;
}

/** Which rows a question about indicators is about: the events, the trainings, a programme, or all. */
function rowsAsked(text: string, dispositif: Programme | undefined): PlanRow[] {
  const rows = planRowsOfSubjects(text);
  if (dispositif || /\b(volets?|ateliers?|prestations?|phases?)\b/.test(text)) rows.push('2.1.3');
  if (dispositif === 'competences-pec') rows.push('2.1.4');
  return rows.length > 0 ? rows : ['2.1.1', '2.1.2', '2.1.3', '2.1.4'];
}

/** Whom the agreement names, and in which role (art. 3 ; protocole, § 6). */
export const CONTACTS_OF_THE_AGREEMENT: ReadonlyArray<{ text: string; source: string }> = [
  {
    text: 'Pour l’AFPA : le directeur du centre AFPA de Montauban, coordonnateur départemental des dispositifs, et la Responsable Accompagnement et Parcours, chargée du déploiement de Prépa Compétences, Compétences PEC et La Promo 16/18 (en 2022 : Éric Vella et Fabienne Battedou).',
    source: 'Protocole, § 6',
  },
  {
    text: 'Pour le Département : le ou la référent(e) de l’expérimentation qu’il désigne, interlocuteur privilégié du centre AFPA.',
    source: 'Protocole, § 6',
  },
  {
    text: 'Le suivi de l’accord est confié au directeur du centre AFPA de Montauban et au Président du Conseil départemental, ou à leurs représentants (à la signature : Éric Vella et Michel Weill) ; un comité de pilotage se réunit au moins une fois par an.',
    source: 'Accord, art. 3',
  },
];

/**
 * « je fais comment pour l'envoyer ? », « formulaire ou mail pour prescrire ? », « je peux
 * suivre où elle en est ? »: how a prescription is sent and followed, whatever the programme.
 */
const HOW_TO_PRESCRIBE = new RegExp(
  [
    '(je fais|on fait|je dois faire|faut faire|on procede|je procede|ca marche|ca se passe) comment (pour )?(l |la |le |les |y )?(envoyer|inscrire|orienter|prescrire|positionner)',
    '^(et )?comment (je |on |est ce qu on |est ce que je )?(l |la |le |les |y )?(envoie|envoyer|inscris|inscrit|inscrire|oriente|orienter|prescris|prescrit|prescrire|positionne|positionner)\\b(?! (a|au|aux) (la |le |l )?(jpo|info|visite|reunion))',
    'comment (je |on |est ce qu on |est ce que je )?(fais|fait|faire|dois faire|doit faire|peux faire|peut faire|procede) (pour |afin de )?(l |la |le |les |y )?(envoyer|inscrire|orienter|prescrire|positionner)',
    // « les étapes pour prescrire ? », « la marche à suivre pour inscrire quelqu'un », « je prescris comment ? »
    '(etapes?|procedure|demarche|marche a suivre|process|processus) (pour |de |d )?(faire )?(une |la )?(prescri|inscri|orient)\\w*(?! (a|au|aux) (la |le |l )?(jpo|info|visite|reunion))',
    '\\b(je|j|on) (le |la |l |les )?(prescri|inscri|orient)\\w* comment\\b',
    'comment (je |on )?(fais|fait|faire) (une |la |ma )?(prescription|inscription|orientation)\\b',
    '(formulaire|fiche|mail|courriel|plateforme|papier)\\b.*\\b(prescri|inscri|orient)\\w*',
    '(prescri|inscri|orient)\\w*\\b.*\\b(formulaire|fiche|par mail|un mail|par courriel)',
    '(ou en est|suivre|suivi de|voir) (ma |mes |la |sa |de la |de ma |de mes )?(prescription|demande|inscription|orientation)s?',
    '(suivre|voir|savoir) ou (il|elle|ils|elles|ca) en (est|sont)',
    // « avant d'envoyer une prescription, c'est quoi mon rôle ? je dois vérifier quoi ? »
    '(prescri|orient|inscri)\\w*\\b.*\\b((mon|notre) role|je dois (faire|verifier) quoi|dois je (faire|verifier))',
    // « @Tom pour prescrire tu passes par le bot. bot tu peux lui montrer ? »: the steps, shown to a colleague.
    '(prescri|inscri)\\w*\\b.*\\b(tu peux|peux tu|pouvez vous|tu pourrais|pourrais tu|tu veux bien) (lui |leur |me |m |nous )?(montrer|expliquer|faire voir)',
    // « je peux l'inscrire sans trop lui demander son avis ? »: the person's adhesion, which the référent gathers.
    '(prescri|orient|inscri|positionn)\\w*\\b.*\\bsans (trop )?(son |leur |lui demander (son |leur )?)?(avis|accord|adhesion|consentement)',
  ].join('|'),
);

export function asksHowToPrescribe(message: string): boolean {
  return HOW_TO_PRESCRIBE.test(normalizeText(message));
}
