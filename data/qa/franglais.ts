/**
 * The English words of French office talk, said in the French the agreement uses, so that « c'est
 * sold out la V2 ? », « le target de la PEC ? », « on a un KPI là-dessus ? », « je booke un BRSA
 * sur la V1 » read as « complet », « objectif », « indicateur », « je prescris ». Applied to text
 * already in normal form (lower case, no accents, single spaces), before the typing slips.
 */
const OFFICE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  // Whole phrases first, before their words are read alone: « full remote », « next week ».
  [/\bfull (?:remote|distanciel|online)\b/g, 'entierement a distance'],
  // « c'est du full time ? » asks the rhythm: the days of the week it takes.
  [/\b(?:du |en )?full time\b/g, 'tous les jours'],
  [/\b(?:sold out|soldout|full booke?e?s?)\b/g, 'complet'],
  [/\b(c|c est|elle est|il est|est ce|c est deja|deja) full\b/g, '$1 complet'],
  [/\bnext (week|semaine)\b/g, 'la semaine prochaine'],
  [/\bnext month\b/g, 'le mois prochain'],
  [/\b(?:le |la |les )?next\b/g, 'la prochaine'],
  [/\bfollow ?ups?\b/g, 'suivi'],
  [/\bpost (?:programme|promo|prepa|parcours|presta)\b/g, 'apres le programme'],
  [/\brange d age\b/g, 'tranche d age'],
  [/\b(son|sa|leur|le|mon|ton|notre|votre|un) go\b/g, '$1 accord'],
  [/\bsans (son|leur) go\b/g, 'sans $1 accord'],
  [/\b(?:j|je) escalade\b/g, 'je m adresse'],
  [/\bescalader\b/g, 'm adresser'],
  [/\ble (06|07) de\b/g, 'le numero de'],
  [/\bkick ?off\b/g, 'demarrage'],
  [/\bprocess\b/g, 'procedure'],
  [/\buse case\b/g, 'cas'],
  // Single words.
  [/\bbooker\b/g, 'prescrire'],
  [/\bbooke\b/g, 'prescris'],
  [/\bbookee?s?\b/g, 'prescrite'],
  [/\bbooking\b/g, 'prescription'],
  [/\bpusher\b/g, 'orienter'],
  [/\bextend\w*\b/g, 'prolongee'],
  [/\bforwarder\b/g, 'transmettre'],
  [/\bforwarde\b/g, 'transmets'],
  [/\bchecker\b/g, 'verifier'],
  [/\bchecke\b/g, 'verifie'],
  [/\btargets?\b/g, 'objectif'],
  [/\bkpis?\b/g, 'indicateur'],
  [/\bdeadline\b/g, 'date limite'],
  [/\bcost\b/g, 'cout'],
  [/\btiming\b/g, 'duree'],
  [/\bmeetings\b/g, 'reunions'],
  [/\bmeeting\b/g, 'reunion'],
  [/\bseats?\b/g, 'places'],
  [/\bslots?\b/g, 'date'],
  [/\blead\b/g, 'responsable'],
  [/\bremote\b/g, 'a distance'],
  [/\bworkshops?\b/g, 'atelier'],
  [/\bdashboard\b/g, 'tableau de bord'],
  [/\bfeedback\b/g, 'retour'],
  [/\bdocs\b/g, 'documents'],
  [/\bscope\b/g, 'contenu'],
  [/\bonboarding\b/g, 'accueil'],
];

/** Cheap test first, made of the same expressions: most messages hold none of these words. */
const ANY_OFFICE_WORD = new RegExp(OFFICE_WORDS.map(([english]) => english.source).join('|'));

export function inFrench(text: string): string {
  if (!ANY_OFFICE_WORD.test(text)) return text;
  return OFFICE_WORDS.reduce((said, [english, french]) => said.replace(english, french), text)
    .replace(/\s+/g, ' ')
    .trim();
}
