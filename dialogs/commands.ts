import { asWritten } from '../data/agenda/agenda-query.js';
import { leftOutIn, withoutSpans } from '../data/qa/left-out.js';
import { knownTradeIn } from '../data/agenda/trades.js';
import { townIn } from '../data/agenda/towns.js';
import { FT_REGISTRATION, recognizeScopeQuestion } from '../data/qa/scope.js';
import { normalizeText } from '../data/qa/normalize.js';

/** Words typed alone that are commands, not questions. */
export type Command =
  | 'help'
  | 'list'
  | 'cancel'
  | 'resume'
  | 'eligibility'
  | 'newEvent'
  | 'newSession'
  | 'newPlaces'
  | 'prescribe'
  | 'myPrescriptions'
  | 'openPrescriptions'
  | 'habilitations'
  | 'deliveries'
  | 'reasons'
  | 'export'
  | 'designateAfpa'
  | 'personRequest'
  | 'campaigns'
  | 'thanks'
  /** « au revoir », « bonne journée », « c'est tout pour moi »: a goodbye without thanks. */
  | 'goodbye'
  | 'complaint'
  | 'ignore'
  | 'subscribeDigest'
  | 'unsubscribeDigest'
  | 'digestSettings'
  | 'myDigest'
  | 'digestAdmin'
  | 'aboutDigest';

const COMMANDS: Record<string, Command> = {
  aide: 'help',
  help: 'help',
  menu: 'help',
  '?': 'help',
  accueil: 'help',
  bonjour: 'help',
  salut: 'help',
  hello: 'help',
  bjr: 'help',
  slt: 'help',
  coucou: 'help',
  bonsoir: 'help',
  dispositifs: 'list',
  dispositif: 'list',
  'liste des dispositifs': 'list',
  'tous les dispositifs': 'list',
  'voir les dispositifs': 'list',
  eligibilite: 'eligibility',
  'verifier l eligibilite': 'eligibility',
  'verifier eligibilite': 'eligibility',
  'test d eligibilite': 'eligibility',
  'tester l eligibilite': 'eligibility',
  'test eligibilite': 'eligibility',
  'nouvel evenement': 'newEvent',
  'ajouter un evenement': 'newEvent',
  'publier un evenement': 'newEvent',
  'nouvelle session': 'newSession',
  'ajouter une session': 'newSession',
  'nouvelle session d entree': 'newSession',
  'ajouter une session d entree': 'newSession',
  'ajouter des places': 'newPlaces',
  'mettre a jour les places': 'newPlaces',
  'publier des places': 'newPlaces',
  prescrire: 'prescribe',
  prescription: 'prescribe',
  'nouvelle prescription': 'prescribe',
  'faire une prescription': 'prescribe',
  'inscrire quelqu un': 'prescribe',
  'inscrire une personne': 'prescribe',
  'mes prescriptions': 'myPrescriptions',
  'mes orientations': 'myPrescriptions',
  'mes inscriptions': 'myPrescriptions',
  'suivi de mes prescriptions': 'myPrescriptions',
  'suivi des prescriptions': 'myPrescriptions',
  'prescriptions a traiter': 'openPrescriptions',
  'a traiter': 'openPrescriptions',
  'prescriptions en cours': 'openPrescriptions',
  habilitations: 'habilitations',
  habilitation: 'habilitations',
  'habiliter un referent': 'habilitations',
  'referents habilites': 'habilitations',
  'etat des envois': 'deliveries',
  envois: 'deliveries',
  motifs: 'reasons',
  'motifs de refus': 'reasons',
  'motifs d abandon': 'reasons',
  export: 'export',
  exporter: 'export',
  'exporter les prescriptions': 'export',
  'export des prescriptions': 'export',
  'recevoir les prescriptions ici': 'designateAfpa',
  'demande d une personne': 'personRequest',
  'donnees d une personne': 'personRequest',
  'droit d acces': 'personRequest',
  'effacer les donnees d une personne': 'personRequest',
  rgpd: 'personRequest',
  merci: 'thanks',
  'merci beaucoup': 'thanks',
  'merci bcp': 'thanks',
  'ok merci': 'thanks',
  'ok merci bcp': 'thanks',
  'ok merci beaucoup': 'thanks',
  'super merci': 'thanks',
  'parfait merci': 'thanks',
  ok: 'thanks',
  'd accord': 'thanks',
  top: 'thanks',
  campagne: 'campaigns',
  campagnes: 'campaigns',
  'dates de campagne': 'campaigns',
  avenant: 'campaigns',
  reprendre: 'resume',
  'reprendre le test': 'resume',
  'reprendre le test d eligibilite': 'resume',
  continuer: 'resume',
  'continuer le test': 'resume',
  'on reprend': 'resume',
  recap: 'myDigest',
  'mon recap': 'myDigest',
  'voir mon recap': 'myDigest',
  'recap de la semaine': 'myDigest',
  'le recap': 'myDigest',
  'mes choix de recap': 'digestSettings',
  'mes choix du recap': 'digestSettings',
  'choix du recap': 'digestSettings',
  'mon abonnement': 'digestSettings',
  'modifier mon abonnement': 'digestSettings',
  'parametres du recap': 'digestSettings',
  'preferences du recap': 'digestSettings',
  recaps: 'digestAdmin',
  'recaps des referents': 'digestAdmin',
  'apercu des recaps': 'digestAdmin',
  abonnement: 'subscribeDigest',
  newsletter: 'subscribeDigest',
  'recap hebdo': 'subscribeDigest',
  annuler: 'cancel',
  stop: 'cancel',
  cancel: 'cancel',
  'laisse tomber': 'cancel',
};

/** Words said before or instead of thanks: « top », « tant pis », « c'est bon ». */
const POLITE_WORDS =
  '(?:ok|top|super|parfait|genial|nickel|cool|tres bien|d accord|ca marche|impeccable|ah|oh|bon|tant pis|c est bon|c bon)';
/** What one thanks for: « merci pour les infos », « merci pour votre aide ». */
const THANKED_FOR =
  '(?:tout|ca|l info|les infos|ces infos|cette info|l information|les informations|ces informations|la reponse|ta reponse|votre reponse|les reponses|tes reponses|vos reponses|ces precisions|les precisions|votre aide|ton aide|le coup de main)';
const MERCI = `merci(?: (?:beaucoup|bcp|bien|infiniment|encore|quand meme|a vous|a toi|pour ${THANKED_FOR}|ca m a (?:bien |beaucoup |vraiment )?aidee?|tu me sauves?|vous me sauvez|tu geres?|(?:c est |c |t es |t |vous etes |c etait )?(?:vraiment |tres |(?:bien |beaucoup |deja )?plus )?(?:top|au top|super|parfait|genial|nickel|cool|clair|utile)|j y vois (?:plus |bien plus )?clair))*`;
/** « bonne journée », « à plus », « ce sera tout pour moi ». */
const FAREWELL =
  '(?:(?:bon|bonne) (?:weekend|week end|we|journee|soiree|fin de journee|fin de semaine|semaine|vacances|fetes)|a (?:plus|\\+|bientot|demain|lundi|la prochaine)|au revoir|bye|bye bye|ciao|tchao|salut|bonne nuit|(?:c est|c|ce sera|ca sera) tout(?: pour (?:moi|aujourd hui|le moment|l instant))?)';
/** « top, merci beaucoup ! », « merci pour tout bon weekend !! », « tant pis, merci quand même »: thanks or goodbye, however written. */
const THANKS = new RegExp(
  `^(?!$)(?:${POLITE_WORDS} )*(?:${MERCI}(?: (?:et )?(?=bon|a |au |c |ce |ca )|$))?(?:${FAREWELL})?(?: a (?:vous|toi|tous|toutes))?$`,
);

/** « t nul mdr », « tu sers à rien »: said of the assistant, a question in none of it. */
const COMPLAINT = new RegExp(
  `^(?:(?:bon|ben|bah|pff+|franchement|serieux|mdr|lol) )*(?:${[
    '(?:t es|t|tu es|vous etes|c est|c|il est|ce bot est|ton truc est|ce truc est|bot|assistant) (?:vraiment |trop |completement |nul(?:le)? et |un peu )?(?:nul(?:le)?|inutile|con|bete|pas terrible|naze|pas doue(?:e)?)(?: (?:ton|ce|comme) (?:truc|bot|assistant|robot))?',
    '(?:tu|vous) (?:sers|servez) a rien',
    '(?:tu|vous) (?:comprends|comprenez|capte|captes) (?:rien|que dalle)',
    'n importe quoi',
  ].join('|')})(?: (?:mdr|lol|ptdr))*$`,
);

/** « oups mauvaise conv, ignore stp », « pas pour toi »: a message sent here by mistake. */
const SENT_BY_MISTAKE =
  /\b(mauvaise? (conv|conversation|fenetre|discussion|personne)|pas pour (toi|vous)|ignore[rz]? (ca|ce message|stp|svp)|ignore[rz]?$|je me suis trompee? de (conv|conversation|fenetre|discussion))\b/;

/**
 * « où en sont mes prescriptions ? », « voir mes prescriptions », « j'ai envoyé une prescription
 * lundi, toujours pas de nouvelles, elle en est où ? »: the list of one's own.
 */
const MY_PRESCRIPTIONS =
  /^comment (?:je |on )?(?:vois|voir|consulte|consulter|retrouve|retrouver|suis|suit|suivre|trouve|trouver|affiche|afficher) (?:mes|les|nos) (?:prescriptions?|orientations?)(?: (?:envoyees?|faites?|en cours))?$|^(?:le |l )?(?:statut|etat|suivi|avancement) (?:de |des )?mes (?:prescriptions?|orientations?)$|^(?:et )?(?:le )?dossier (?:de |d )?(?:(?:mme|mr|m|madame|monsieur|mlle) )?[a-z]+ (?:il |ca )?(?:en est ou|ou en est|en est ou il)$|^(?:(?:je )?(?:voudrais|veux|peux|aimerais) )?(?:ou en (?:est|sont|st)|voir|afficher|lister|suivre|le suivi de|l etat de) (?:de )?mes (?:prescriptions?|orientations?|demandes?)$|^(?:et )?mes (?:prescriptions?|orientations?)(?: (?:ca|ils|elles))? (?:en )?(?:est|sont) ou$|^(?:et )?mes (?:prescriptions?|orientations?) ou en (?:est|sont)(?: (?:elles|ils))?$|\b(?:ou en est|(?:elle |ca )?en est ou) (?:ma|la) (?:prescription|orientation|demande)\b|^(?:ma|la) (?:prescription|orientation) (?:\w+ ){0,6}?(?:ou en est|(?:elle )?en est ou)\b|\b(?:j ai|on a) (?:envoye|fait|transmis|adresse) (?:une|ma|la) (?:prescription|orientation)\b.*\b(?:ou en est|en est ou|(?:pas|aucune?) (?:de )?(?:nouvelles?|retour|reponse)|statut)\b/;

/** « tu sais faire quoi ? », « t'es un robot ? »: what the assistant is and does, which the menu shows. */
const WHAT_YOU_DO =
  /\b(?:t es|tu es|t|vous etes|c est) (?:un |une )?(?:robot|bot|vrai humain|humain|ia|intelligence artificielle|vraie personne)\b|\by a (?:qqn|quelqu un|quelqu 1) derriere\b|(?:^|\b)(?:tu (?:sais|peux) faire quoi|tu fais quoi|tu sers a quoi|tu peux m aider (?:pour|a|en|sur) quoi|(?:pour|a|en) quoi (?:tu peux|peux tu) m aider|qu est ce que tu (?:sais|peux) faire|que sais tu faire|que peux tu faire|c est quoi ce bot)(?: (?:toi|au juste|exactement|concretement|en fait|pour moi|pour nous))?(?: (?:on (?:m|nous) a|je (?:viens|decouvre|suis|presente|montre)|on (?:vient|vient de)) .*)?$|^(?:(?:et|mais|bon|alors|du coup) )?comment (?:ca marche|tu marches|t utiliser)$|^(?:mais )?(?:t es|tu es|t|vous etes|c est) (?:qui|ki)(?: (?:toi|vous|au juste|exactement|en fait))?$|^(?:qui|ki) (?:es tu|etes vous)(?: (?:toi|vous|au juste|exactement|en fait))?$|^(?:(?:bon|alors|franchement|desole) )*je (?:ne )?(?:comprends|pige|capte) (?:rien|pas)(?: (?:a|au|de|du) (?:ton |votre |ce |cet |l )?(?:truc|bot|outil|appli\w*|machin|systeme|assistant|fonctionnement))?$/;
/**
 * « bonjour, j'espère que vous allez bien », « bonjour à tous, je suis la nouvelle référente du
 * secteur de Moissac », « bonjour à toute l'équipe ! bonne année 2027 à tous »: a greeting, with
 * no question, which the welcome answers.
 */
const GREETING =
  /^(?:bonjour|salut|coucou|hello|hey|bonsoir|bjr|slt|bonne annee|meilleurs voeux)(?: (?:a (?:tous|toutes|vous|toi)|a toute l equipe|tlm|tt le monde|tout le monde|madame|monsieur))?(?: (?:(?:bonne annee|meilleurs voeux)(?: \d{4})?(?: a (?:tous|toutes|vous|toi))?|(?:j espere que )?(?:vous allez|tu vas|ca va) bien|comment (?:ca va|allez vous|vas tu)|ca va|je (?:te |vous )?(?:teste|decouvre|essaie|essaye)(?: (?:le bot|l assistant|l outil|l appli\w*|ce bot|cet outil|l application|un peu|juste))*(?: (?:pour|avec|de) (?:l |la |le |mon |ma |notre )?(?:equipe|service|antenne|collegues?)(?: (?:de |d |du |des )?[a-z]+){0,3})?|(?:ici |moi )?c est (?!(?:quoi|qui|quand|combien|ou|comment|pour|possible|urgent|moi|normal|bon|pas|ok|bien)\b)[a-z]+(?: [a-z]+)?(?: (?:de la|de l|du|des|de|d|a la|a l|au|a) (?:[a-z0-9]+)(?: (?:de |d |du |des )?[a-z0-9]+){0,4})?|je suis (?:le |la )?(?:nouvelle |nouveau )?(?:referente?|conseill\w*|coordinat\w*|coordonnat\w*|assistante? sociale|educat\w*|travailleu\w* social\w*|chargee? \w+)(?: (?:insertion|rsa|ase|sociale?|d insertion|de parcours))*(?: (?:du|de la|de l|sur le|au|a la|a l|a|chez|pour le|pour la) (?:[a-z]+)(?: (?:de |d |du |des )?[a-z]+){0,4})?))*$/;
/** « coucou t'es là ? », « salut, j'ai des dossiers à voir, tu es dispo ? »: a greeting, which the welcome answers. */
const ARE_YOU_THERE =
  /^(?:(?:bonjour|salut|coucou|hello|hey|re|bonsoir)\b.*\b)?(?:tu es|t es|vous etes|t) (?:la|dispo|disponible|reveillee?)$/;
/** « bonjour, j'ai une dame en rdv, elle a plein de questions »: the questions are to come; the welcome answers. */
const QUESTIONS_TO_COME =
  /^(?:(?:bonjour|salut|coucou|hello|bjr|slt|re) )?(?:j ai|je suis avec|je recois|je vois) (?:un |une )?(?:dame|monsieur|personne|jeune|beneficiaire|allocataire|mr|mme|maman|papa|famille|couple)(?: [a-z]+){0,4} (?:elle|il|ils|qui) (?:a|ont|aura|me pose|pose)(?: (?:plein|beaucoup|pas mal|tout un tas))? (?:de |des |quelques )?questions(?: (?:a te poser|a vous poser|pour toi|pour vous))?$/;
/** « bonjour, j'ai plusieurs situations à voir avec toi »: a caseload to come; the welcome answers too. */
const CASES_TO_COME =
  /^(?:(?:bonjour|salut|coucou|hello|bjr|slt|re) )?(?:j ai|j aurais|on a) (?:plusieurs|quelques|des|deux|trois|\d) (?:situations|dossiers|cas|questions|personnes|jeunes|allocataires|brsa)(?: (?:a voir|a te soumettre|a vous soumettre|a regarder|a verifier|a passer))?(?: (?:avec toi|avec vous|ensemble))?$/;
/** « on a combien de prescriptions en attente ? »: the ones AFPA has to handle. */
const OPEN_PRESCRIPTIONS =
  /^(?:(?:on a|il y a|y a|ya) )?(?:combien (?:de |d ))?(?:les |des )?prescriptions? (?:en attente|a traiter|en cours|recues?|non traitees?)$/;
/**
 * « c quoi les dispositifs afpa qu'on peut utiliser avec nos benef ? », « quels sont les dispositifs ? »:
 * the list, unless a public is named (« les dispositifs pour un jeune ASE » asks which fits) or
 * something is asked of them (« le bilan, c'est prévu pour quels dispositifs ? »).
 */
const ALL_DISPOSITIFS =
  /(?<!\b(?:pour|dans|sur|a|de|en|par) )\b(?:c est quoi|c quoi|quels? sont|quels?|c est lesquels|lesquels|la liste des?|il y a quoi comme|y a quoi comme|on a quoi comme)\b (?:les |des |comme )?(?:3 |trois )?dispositifs\b(?!.*\b(?:jeunes?|mineurs?|ase|handicap\w*|ans|pec|rsa|brsa|pour (?:un|une|mon|ma|elle|lui))\b)/;
/**
 * « tu peux me dire si qqn est éligible ? », « j'ai qqn à orienter mais je sais pas vers quoi »:
 * a check asked for nobody described yet, which the guided check starts by asking about.
 */
const CHECK_ASKED =
  /^(?:(?:ok|et|bon|alors|du coup|d accord) )*(?:(?:tu peux|vous pouvez|peux tu|pouvez vous|tu sais|tu pourrais|est ce que tu peux) (?:me )?(?:dire|verifier|voir|savoir|checker|tester) si (?:qqn|quelqu un|une personne|un jeune|une jeune|un beneficiaire|une beneficiaire|mon beneficiaire|ma beneficiaire) (?:est|serait) eligible\w*|(?:j ai|g|j aurais) (?:qqn|quelqu un|une personne|un jeune|une jeune|une dame|un monsieur|un beneficiaire|une beneficiaire) a orienter\b(?!.*\b(?:ans|rsa|brsa|ase|pec)\b).*\b(?:sais pas|quoi|lequel|laquelle)\b.*)$/;
/**
 * « annule », « stop annule », « annule finalement elle veut réfléchir », « non laisse tomber j'ai
 * pas son accord en fait, annule »: what is in progress is given up; not « annuler la prescription
 * de Mme D » (the prescription itself) nor « comment j'annule » (a question about it).
 */
const CANCEL =
  /^(?!(?:comment|pourquoi|quand|ou|qui|est ce)\b)(?:(?:ah|oh|euh|non|ok|bon|stop|bref|en fait|finalement|attends?) )*(?:(?:annule[rz]?|stop|on annule|j annule)(?: (?!(?:la|le|les|l|une|un|ma|sa|son|ses|mon|mes|cette|ce|tous|toutes?)\b)[a-z]+(?: [a-z]+){0,13})?|(?:laisse tomber|on arrete)(?: [a-z]+){0,14}|(?:[a-z]+ ){0,14}(?:annule[rz]?|laisse tomber|on annule|j annule))$/;

/** « ok merci ciao », « bon je te laisse, merci pour tout, bonne journée »: a goodbye, however long. */
const GOODBYE =
  /^(?:(?:ok|bon|allez|super|parfait|top|merci) )*(?:je (?:te|vous) laisse\b.*|merci\b(?: [a-z]+){0,6} (?:ciao|tchao|bye|salut|a plus|a \+|bonne (?:journee|soiree|fin de journee|semaine)|bon (?:week end|we|weekend|aprem|apres midi)))$/;
const SAYS_GOODBYE = new RegExp(`\\b${FAREWELL}(?: a (?:vous|toi|tous|toutes))?$`);
/** « … stp », « …, merci » after a command change nothing to it. */
const POLITE_END = / (?:stp|svp|s il te plait|s il vous plait|merci)$/;

export function recognizeCommand(text: string): Command | undefined {
  const trimmed = text.trim();
  if (trimmed === '?') return 'help';
  const said = normalizeText(trimmed);
  const normal = said.replace(POLITE_END, '');
  if (COMMANDS[normal]) return COMMANDS[normal];
  if (
    WHAT_YOU_DO.test(normal) ||
    ARE_YOU_THERE.test(normal) ||
    GREETING.test(normal) ||
    QUESTIONS_TO_COME.test(normal) ||
    CASES_TO_COME.test(normal)
  )
    return 'help';
  if (MY_PRESCRIPTIONS.test(normal)) return 'myPrescriptions';
  if (OPEN_PRESCRIPTIONS.test(normal)) return 'openPrescriptions';
  if (ALL_DISPOSITIFS.test(normal)) return 'list';
  if (CHECK_ASKED.test(normal)) return 'eligibility';
  // « au revoir » gets a goodbye; « merci, bonne journée » the thanks it says first.
  if (THANKS.test(said)) return SAYS_GOODBYE.test(said) && !/\bmerci\b/.test(said) ? 'goodbye' : 'thanks';
  if (!trimmed.includes('?') && COMPLAINT.test(normal)) return 'complaint';
  // Asked, a goodbye or a cancel would be a question about them.
  if (!trimmed.includes('?') && CANCEL.test(normal)) return 'cancel';
  if (!trimmed.includes('?') && GOODBYE.test(normal)) return 'thanks';
  return SENT_BY_MISTAKE.test(normal) ? 'ignore' : undefined;
}

/**
 * « inscrire quelqu'un en prépa », « je voudrais orienter un jeune vers la promo 16-18 »,
 * « (elle a fait l'info coll,) maintenant on veut l'inscrire en prépa volet 1 ».
 */
const PRESCRIBE_REQUEST =
  /^(?:(?:ok|bon|alors|je me lance|on se lance|bah|ben|donc|parfait|super|top|nickel|d accord|tres bien|du coup|go|oui|ouais|vas y|allez|merci(?: bien| beaucoup| bcp)?|on y va|c est parti|c parti|(?:elle|il) (?:veut bien|est d accord|est ok|est partante?|accepte)|(?:ca|c) lui (?:va|convient|plait)|c est bon) )*(?:on (?:la|le|l|les) (?:inscrit|prescrit|positionne|oriente|met)(?! .*\b(?:comment|quoi|ou|quand|qui|pourquoi)\b)\b|(?:je (?:veux|voudrais|souhaite|vais|dois)|j aimerais|on peut|(?:je|on) (?:vais |va )?commence[rs]? par|commencons par)? ?(?:(?:la|le|l|les|en) )?(?:y )?(?:prescrire|presc|inscrire|orienter|positionner|faire (?:une|la|sa|ma) (?:premiere |1ere |nouvelle |autre )?prescription|je prescris)\b|(?:go|lance|lancer|lancons) (?:la |une )?(?:prescription|presta|prestation)\b|(?:je (?:veux|voudrais|vais) |on (?:veut|va) )(?:lancer|faire) (?:la |une )?(?:presta|prestation)\b|go pour (?:l |la |le |les )?(?:inscrire|prescrire|orienter|positionner)\b|(?:(?:une|la|nouvelle) )?prescription$|prescription (?:(?:la|le|l|en|pour|sur) )?(?:prepa|pec|promo|1618|comp\w*)\b|.*\b(?:je|on) (?:lance|fais|fait) (?:la |une )?(?:prescription|demande|inscription)\b|(?:je peux|on peut|puis je) (?:y |l y |la |le |l )?(?:mettre|inscrire|positionner|prescrire)\b|(?:inscris|positionne|prescris|mets) (?:la|le|l|les|mr|mme|m|monsieur|madame)\b|(?:(?:tu peux|vous pouvez|peux tu|pouvez vous) )?(?:m )?(?:inscris|inscrire|positionne|positionner|prescris|prescrire|mets|mettre) (?:moi |nous |m )?(?:qqn|quelqu un|une personne|un jeune|une jeune)\b|(?:inscription|prescription)\b.*\b(?:pour|pr) (?:un|une|qqn|quelqu un|mon|ma|mme|mr|m|monsieur|madame|mlle|mes|nos|deux|trois|\d (?:brsa|jeunes|personnes|allocataires|beneficiaires|salaries))\b|je (?:la |le |l |les )?(?:prescris|positionne|inscris|oriente)\b|je (?:la|le|l|les) mets (?:sur|en|a la|au|dans) (?!jour\b)|.*\bet je (?:la |le |l |les )?(?:prescris|positionne|inscris|oriente)(?: (?:demain|ce soir|aujourd hui|tout de suite|dans la foulee|lundi|mardi|mercredi|jeudi|vendredi))?$|reserve[rz]? (?:lui |leur )?(?:une |des )?places?\b|.*\b(?:je (?:la |le |l |les )?(?:prescris|positionne|inscris)|on (?:la |le |l |les )(?:prescrit|positionne|inscrit))$|.*\bformulaire (?:de |d )?(?:prescription|inscription)\b|.*\b(?:je|on) (?:veut|veux|voudrait|voudrais|souhaite|va|vais) (?:la |le |l |les )?(?:inscrire|prescrire|positionner) (?:en|a|au|aux|sur|dans) (?:la |le |l )?(?:prepa|pec|promo|1618|comp\w*|volet \d|atelier \d|session)\b)/;
/** « … bon allez je prescris », « …. finalement on l'inscrit »: a last sentence that decides. */
const DECIDED_LAST =
  /(?:\.{2,}|…|[.!;])\s*(?:(?:bon|allez|ok|finalement|bref|du coup|donc)\b[,\s]*)+([^.!?;…]+)$/i;

/** Sent to another body than AFPA: the request is theirs to make. */
const ELSEWHERE =
  /\b(?:orienter|inscrire|envoyer|positionner|prescrire|orienterai|inscrirai)\b(?: (?:la|le|l|les|lui|leur))? (?:vers|a|au|aupres de|chez) (?:la |le |l )?(?:ft|france travail|pole emploi|ml|mission locale|cap emploi|cio|e2c|epide|greta)\b/;

/** « ok on reprend la prescription » after a question asked while filling it in: the form again. */
const RESUMED =
  /^(?:(?:ok|bon|alors|bref|merci|d accord|parfait) )*(?:(?:on|je) )?(?:reprend|reprends|reprenons|reprendre|continue|continuons|poursuit|poursuivons) (?:la |ma |notre )?(?:prescription|presc|inscription)\b/;

export function resumesPrescription(text: string): boolean {
  return RESUMED.test(normalizeText(text));
}

/** « comment je fais la prescription ? » asks how: the programme's card answers it. */
const HOW_OR_WHO = /^(comment|qui|quand|ou|pourquoi|est ce)\b/;
/** « prescrire la prépa, ça coûte quoi ? »: a question about prescribing, asked anywhere in the message. */
const ASKS_ABOUT_IT =
  /\b(jusqu ?a (quand|qd|quelle date)|coute\w*|cout|payant\w*|gratuit\w*|combien|pourquoi|qui (peut|doit)|c est quoi|ca sert|faut il|obligatoire|en direct|directement|passer par|sans (trop )?(son |leur |lui demander (son |leur )?)?(avis|accord|adhesion|consentement)|(pas|trop peu) (tres |trop )?partante?|contre (son|sa|leur) (avis|gre|volonte)|employeur (doit|doit il|est il|sait|au courant|prevenu|d accord)|au courant|prevenir (l |son |leur )?employeur)\b/;
const PROGRAMME_WORDS: Array<[RegExp, 'prepa-competences' | 'competences-pec' | 'promo-16-18']> = [
  // « la session volet 2 du 25 »: Prépa Compétences has volets, Compétences PEC ateliers (Protocole, § 3).
  [/\bprepa\b|\bprepacomp|\bvolet \d\b/, 'prepa-competences'],
  [/\bpec\b|\bcompetences? pec\b|\batelier \d\b/, 'competences-pec'],
  [/\bpromo\b|\b16 18\b|\b1618\b/, 'promo-16-18'],
];

/** A question rather than a choice: « la prépa ça dure combien ? » after the picker asks about it. */
const ASKED =
  /^(?:comment|qui|quand|ou|pourquoi|combien|cb|quel\w*|c est quoi|c quoi|est ce)\b|\b(?:ca|c) (?:dure|coute|sert)\b/;

/**
 * The one programme typed in answer to the prescription picker (« prépa volet 2 pour un
 * monsieur qui entre en formation », « la PEC »), unless several are named or it asks something.
 */
export function programmeChosen(
  text: string,
): 'prepa-competences' | 'competences-pec' | 'promo-16-18' | undefined {
  const normalized = normalizeText(text);
  if (text.includes('?') || ASKED.test(normalized)) return undefined;
  const named = PROGRAMME_WORDS.filter(([pattern]) => pattern.test(normalized));
  return named.length === 1 ? named[0]![1] : undefined;
}

/**
 * A request to prescribe, and the programme when it is named. A question about who
 * may prescribe (« qui peut prescrire la VAE ? ») is not one: it starts with its question word.
 */
export function recognizePrescribeRequest(
  text: string,
): { dispositif?: 'prepa-competences' | 'competences-pec' | 'promo-16-18' } | undefined {
  // « j'hésite entre prépa et pec… bon allez je prescris une prépa »: the decision said last.
  const decided = DECIDED_LAST.exec(text);
  const lastSaid = decided ? recognizePrescribeRequest(decided[1]!) : undefined;
  if (lastSaid) return lastSaid;
  const normalized = normalizeText(text);
  // « je peux inscrire moi-même mes BRSA sur Panda ? » asks who may use AFPA's platform.
  const asked = (pattern: RegExp) => pattern.test(normalized);
  // « ok prescription stp »: the request, however politely ended.
  if (
    !(PRESCRIBE_REQUEST.test(normalized.replace(POLITE_END, '')) || RESUMED.test(normalized)) ||
    asked(HOW_OR_WHO) ||
    asked(ASKS_ABOUT_IT) ||
    asked(/\bpanda\b/) ||
    // « quand je prescris, mes infos vont où ? »: what happens each time, not a request now.
    asked(
      /\b(quand|lorsque|lorsqu|chaque fois que|a chaque fois que) (je|j|on) (la |le |l |les )?(prescri|inscri|positionn|orient)\w*/,
    )
  )
    return undefined;
  // « prescrire = inscrire ? » asks what the word means; « je peux mettre son num de sécu dans la prescription ? », what to write.
  // « on peut inscrire les gens à Pôle emploi depuis le bot ? »: France Travail's registration, not AFPA's.
  const scope = recognizeScopeQuestion(text);
  if (scope?.kind === 'meaning' || scope?.kind === 'personalData') return undefined;
  // « je prescris aujourd'hui, l'AFPA me répond sous combien de temps ? »: what follows a prescription, asked.
  if (scope?.kind === 'afterPrescribing' && scope.delayAsked) return undefined;
  if (scope?.kind === 'out_of_scope' && scope.subject === FT_REGISTRATION) return undefined;
  // « merci, je vais l'orienter vers la ML », « on commence par l'inscrire à FT »: sent elsewhere than to AFPA.
  if (ELSEWHERE.test(normalized)) return undefined;
  // « en comp pec (pas prépa) », « ni prépa ni pec : la promo »: the programme not left out.
  const named = (words: string) =>
    PROGRAMME_WORDS.find(([pattern]) => pattern.test(normalizeText(words)))?.[1];
  const kept = normalizeText(withoutSpans(text, leftOutIn(text, named)));
  const found = named(kept);
  return found ? { dispositif: found } : {};
}

/** Where a request to prescribe ends and a question about it begins: « …, mais … », « …, c'est bien … ? ». */
const CLAUSE_END = /\s*(?:[,;:!?]|(?<!\b(?:M|Mr|Mme|Mlle|m|mr|mme|mlle))\.)\s+|\s+(?:mais|sauf que)\s+/g;
/** « …, comment on fait ? », « …, tu me lances le formulaire ? »: the request again, which the form answers. */
const ASKS_FOR_THE_FORM =
  /^(?:(?:et|alors|du coup|donc) )*(?:comment (?:on|je|j|est ce qu on|est ce que je)?\s?(?:fait|fais|procede|m y prends|dois faire|doit faire)(?: alors| du coup| pour (?:la|le|l) (?:inscrire|prescrire))?|(?:je|on) (?:fais|fait|procede) comment|c est comment|(?:tu|vous) (?:me |peux me |pouvez me |peux |pouvez )?(?:lance|lances|lancer|envoie|envoies|envoyer|ouvre|ouvres|ouvrir|donne|donnes|donner|mets|mettre)(?: (?:le|un|ton|votre) formulaire)?|(?:le |un |ton |votre )?formulaire|c est parti|go)$/;
/** « …, il reste de la place normalement », « …, l'employeur a pas besoin d'être au courant hein »: a belief to check. */
const BELIEF =
  /\b(?:non|hein|je crois|il me semble|c est ca|c ca|normalement|je suppose|j imagine|si je me souviens bien)$/;

/**
 * « je veux inscrire un BRSA en prépa, mais faut d'abord l'inscrire à FT non ? », « prescrire la promo
 * pour un jeune ASE, c'est bien moi qui l'inscris sur Panda après ? »: a request to prescribe, then a
 * question about it, each to be answered. `said`: the request as typed, which may name a session.
 */
export function requestAndQuestion(
  text: string,
):
  | { request: NonNullable<ReturnType<typeof recognizePrescribeRequest>>; said: string; question: string }
  | undefined {
  // « je prescris aujourd'hui, l'AFPA me répond sous combien de temps ? »: the prescription is the question's frame.
  const scope = recognizeScopeQuestion(text);
  if (scope?.kind === 'afterPrescribing' && scope.delayAsked) return undefined;
  for (const cut of text.matchAll(CLAUSE_END)) {
    const said = text.slice(0, cut.index);
    const question = text
      .slice(cut.index + cut[0].length)
      .replace(/^(?:mais|sauf que)\s+/i, '')
      .trim();
    const asked = question.includes('?') || BELIEF.test(normalizeText(question));
    if (
      !asked ||
      normalizeText(question).split(' ').length < 3 ||
      ASKS_FOR_THE_FORM.test(normalizeText(question))
    )
      continue;
    const request = recognizePrescribeRequest(said);
    if (request) return { request, said, question };
  }
  return undefined;
}

/**
 * « comment je fais pour inscrire un jeune ASE à la promo ? », « j'inscris comment un BRSA en
 * prépa comp ? »: how to enrol someone in a programme named, which the form itself answers
 * once the agreement's steps are given. Following a prescription or AFPA's platform is another question.
 */
const HOW_TO_ENROL =
  /\b(c est quoi |quelle est |quel est )?(la |le )?(procedure|demarche|marche a suivre|etapes) (pour|a suivre pour) (l |la |le |les )?(inscri|prescri|orient|positionn)\w*\b|^(et )?comment (je |j |on |est ce qu on |est ce que je )?((fais|fait|dois faire|doit faire|peux faire|(dois je|doit on|faut il|je dois|on doit) (faire|proceder)|proceder|procede) )?(pour )?(l |la |le |les |y )?(inscri|prescri|orient|positionn)\w*\b|\b(je|j|on) (le |la |l |les )?(inscri|prescri|positionn)\w* comment\b/;

export function asksHowToEnrol(
  text: string,
): 'prepa-competences' | 'competences-pec' | 'promo-16-18' | undefined {
  const normalized = normalizeText(text);
  if (!HOW_TO_ENROL.test(normalized) || /\b(panda|suivre|suivi|ou en est)\b/.test(normalized))
    return undefined;
  return PROGRAMME_WORDS.find(([pattern]) => pattern.test(normalized))?.[1];
}

/** « je l'inscris dessus », « je la mets sur celle-là »: the entry the list just shown led with. */
const ON_IT = /\b(dessus|sur (celle|celui) (ci|la)|sur cette (session|entree|date)|sur la premiere)\b/;

export function pointsAtTheEntryShown(text: string): boolean {
  return ON_IT.test(normalizeText(text));
}

/** « ok vas-y », « on le fait », « c'est parti », « je le prescris alors »: going ahead with what was just explained. */
const GO_AHEAD =
  /^(?:(?:ok|okay|bon|alors|allez|d accord|parfait|super|tres bien|merci) )*(?:vas y|go|on y va|allons y|c parti|c est parti|on (?:le |la )?fait|on fait ca|je (?:le |la )?(?:fais|prescris|lance)|on (?:le |la )?(?:prescrit|lance)|je veux (?:le |la )?(?:faire|prescrire))(?: (?:alors|maintenant|tout de suite|direct|stp|svp|on le fait|on y va))*$/;

export function goesAhead(text: string): boolean {
  return GO_AHEAD.test(normalizeText(text).replace(POLITE_END, ''));
}

const DIGEST_WORDS = '(?:recap\\w*|newsletter|digest|alertes?)';
const UNSUBSCRIBE = new RegExp(
  `\\bdesabonn\\w*|\\bdesinscri\\w* (?:du|de la|des) ${DIGEST_WORDS}|\\b(?:ne (?:veux|souhaite) plus|veux plus|plus de|plus d|arrete\\w*|stop\\w*)\\b[^?!]{0,30}\\b${DIGEST_WORDS}`,
);
const SUBSCRIBE = new RegExp(
  `\\babonn\\w* (?:moi |nous )?(?:au|a la|aux) ${DIGEST_WORDS}|\\binscri\\w* (?:moi )?(?:au|a la|aux) ${DIGEST_WORDS}|\\b(?:recevoir|avoir|veux|voudrais) (?:le|un|les) recap\\w*|\\babonne moi\\b|\\brecap hebdo\\w*`,
);
/** « c'est quoi le récap ? », « le digest c quand ? »: a question about the digest, answered with what it is and when it comes. */
const ASKING_ABOUT =
  '(?:c est quoi|c quoi|c koi|qu est ce que|a quoi sert|sert a quoi|quand|qd|quel jour|quelle heure)';
/** Not the alerts: « alerte-moi quand il y a des places » asks for one. */
const DIGEST_NAMES = '(?:recap\\w*|newsletter|digest)';
const ABOUT = new RegExp(
  `\\b${ASKING_ABOUT}\\b.*\\b${DIGEST_NAMES}|\\b${DIGEST_NAMES}\\b.*\\b${ASKING_ABOUT}\\b`,
);
/** « préviens-moi quand il y a des places en soudure »: the places alert, for what is named. */
const ALERT = /\b(?:previen|prevene|alert|averti)\w*\b.*\bplaces?\b/;

export type DigestRequest =
  | { kind: 'unsubscribeDigest' }
  | { kind: 'digestSettings' }
  | { kind: 'aboutDigest' }
  | {
      kind: 'subscribeDigest';
      trade?: string;
      dispositif?: 'prepa-competences' | 'competences-pec' | 'promo-16-18';
      town?: string;
    };

/**
 * « m’abonner au récap », « je voudrais recevoir le récap », « me désabonner », « stop
 * récap », « préviens-moi quand il y a des places en soudure », « le récap que pour la
 * promo »: the digest asked for in a sentence, with the trade, programme and town named.
 * Stopping is read first: « je ne veux plus recevoir le récap » stops it.
 */
export function recognizeDigestRequest(text: string): DigestRequest | undefined {
  const normalized = normalizeText(text);
  if (UNSUBSCRIBE.test(normalized)) return { kind: 'unsubscribeDigest' };
  if (ABOUT.test(normalized)) return { kind: 'aboutDigest' };
  // « mes choix de récap, je veux mettre que Castel et Moissac »: the form, to change them.
  if (
    /\b(choix|preferences|parametres|reglages) (de|du|pour le) recap\b|\bmodifier (mon|le) recap\b/.test(
      normalized,
    )
  )
    return { kind: 'digestSettings' };
  if (!ALERT.test(normalized) && !SUBSCRIBE.test(normalized)) return undefined;
  const trade = asWritten(text, knownTradeIn(normalized));
  const dispositif = PROGRAMME_WORDS.find(([pattern]) => pattern.test(normalized))?.[1];
  const town = asWritten(text, townIn(normalized));
  return {
    kind: 'subscribeDigest',
    ...(trade ? { trade } : {}),
    ...(dispositif ? { dispositif } : {}),
    ...(town ? { town } : {}),
  };
}

/**
 * Right after the digest was explained: « je veux plus le recevoir », « stop » stop it,
 * « je peux choisir que les métiers du bâtiment ? » opens its settings, « oui abonne-moi »,
 * « comment je m'inscris ? » subscribe. Anything else is a new subject.
 */
export function digestFollowUp(text: string): DigestRequest['kind'] | undefined {
  const normalized = normalizeText(text).replace(POLITE_END, '');
  if (
    /\b(?:veux|souhaite|voudrais) plus\b|\bplus (?:le |la |les )?recevoir\b|\barret\w*\b|^stop\b|\bdesabonn\w*/.test(
      normalized,
    )
  )
    return 'unsubscribeDigest';
  if (
    /\b(?:choisir|filtrer|modifier|changer|regler|parametr\w*|que les|seulement|uniquement)\b/.test(
      normalized,
    )
  )
    return 'digestSettings';
  if (/\b(?:abonn\w*|inscri\w*|recevoir|je veux bien|oui|ok|d accord|vas y|go)\b/.test(normalized))
    return 'subscribeDigest';
  return undefined;
}

/** A prescription's reference typed alone or in a sentence: « P-7K3M9Q ». */
export function findPrescriptionReference(text: string): string | undefined {
  return /\bP-([0-9A-Z]{6})\b/i.exec(text)?.[0]?.toUpperCase();
}
