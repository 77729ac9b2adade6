import { PROGRAMMES, type Profile, type ProfileField, type Programme } from './eligibility.js';
import { normalizeText } from './qa/normalize.js';

/**
 * The facts a référent states about a person in a sentence, when the words leave
 * no doubt: "jeune de 17 ans confié à l'ASE, déscolarisé" → age 17, ASE, not at
 * school. Anything uncertain stays unknown and is asked afterwards.
 */

type BooleanFact = Exclude<ProfileField, 'age'>;

/** Negative patterns are tried first: "pas inscrite à France Travail" must not read as registered. */
const BOOLEAN_FACTS: ReadonlyArray<{ field: BooleanFact; no: RegExp; yes: RegExp }> = [
  {
    field: 'rsa',
    no: /\b((ne )?(touche|percoit|beneficie) (pas|plus) (du |le )?rsa|pas (au|du|de) rsa|plus (au|du) rsa|sans (le )?rsa|non (allocataire|beneficiaire)( du rsa)?)\b/,
    yes: /\b(rsa|brsa|allocataire|allocataires)\b/,
  },
  {
    field: 'accompaniedByDepartment',
    no: /\b(pas (suivie?s?|accompagnee?s?) par (nous|le departement|le cd|moi)|suivie?s? par (france travail|pole emploi|la mission locale|cap emploi))\b/,
    yes: /\b((suivie?s?|accompagnee?s?) par (nous|le departement|le cd ?82|le cd|moi|notre service|mon service)|(je|on|nous) (la |le |l )?(suis|suit|suivons|accompagne|accompagnons)|mon (allocataire|beneficiaire)|ma (beneficiaire|allocataire)|en accompagnement (au|avec le) departement)\b/,
  },
  {
    field: 'registeredJobseeker',
    no: /\b((pas|non|plus|jamais) inscrite?s? (a|au|chez) (france travail|pole emploi|ft|pe)|non inscrite?s?|pas inscrite?s?|ni inscrite?s?)\b/,
    yes: /\b(inscrite?s? (a|au|chez) (france travail|pole emploi|ft|pe)|demandeu(r|se)s? d emploi|de inscrite?s?)\b/,
  },
  {
    field: 'pecContract',
    no: /\b(pas (en|de|sous) (contrat )?pec|sans (contrat )?pec|pas en parcours emploi competences?)\b/,
    yes: /\b(en (contrat )?pec|sous contrat pec|contrat pec|salariee? (en )?pec|en parcours emploi competences?)\b/,
  },
  {
    field: 'ase',
    no: /\b(pas (confiee?s? |suivie?s? )?(a|par) l ase|pas (a|de) l ase|hors ase|non ase)\b/,
    yes: /\b(ase|aide sociale a l enfance|confiee?s? (au|a l|aux) (departement|ase|services? de l enfance)|placee?s?)\b/,
  },
  {
    field: 'inEducation',
    no: /\b(descolarisee?s?|decrocheu(r|se)s?|decroche|a quitte (le|l) (college|lycee|ecole)|plus scolarisee?s?|pas scolarisee?s?|sortie? du systeme scolaire|plus (au|a l) (college|lycee|ecole))\b/,
    yes: /\b(scolarisee?s?|au (college|lycee)|en (seconde|premiere|terminale|troisieme|3e|cap|bac pro)|eleve)\b/,
  },
  {
    field: 'inTraining',
    no: /\b(pas (en|de) formation|sans formation|ni en formation|aucune formation)\b/,
    yes: /\b(en formation|en apprentissage|apprentie?s?)\b/,
  },
  {
    field: 'employed',
    no: /\b(sans (emploi|travail|activite)|ne travaille pas|travaille pas|pas d emploi|pas de travail|ni en emploi|inactive?s?|au chomage)\b/,
    // Not "salarié": a PEC is a job too, and the rules read employment outside a PEC.
    yes: /\b(travaille|en (cdi|cdd|interim)|a un emploi|en emploi)\b/,
  },
];

/** "ni en emploi ni en formation" and its acronym settle two facts at once. */
const NEET = /\b(neet|ni en emploi ni en formation|ni emploi ni formation)\b/;

/** Words that turn a sentence about a person into a question about whether they can enter. */
const ELIGIBILITY_WORDS =
  /\b(eligib\w*|peut (il|elle|on) (faire|entrer|integrer|beneficier|acceder|suivre|aller|y aller|partir|rentrer)|pourrait (il|elle)|possible|a droit|ont droit|peut faire|rentrer dans|entrer (en|dans|a)|orienter vers|prescrire)\b/;

const PROGRAMME_WORDS: Record<Programme, RegExp> = {
  'prepa-competences': /\bprepa\b/,
  'competences-pec': /\b(comp(etences?)? pec|competences pec)\b/,
  'promo-16-18': /\bpromo\b|\b1618\b/,
};

export type ExtractedProfile = {
  profile: Profile;
  /** The programme the sentence asks about, if it names one. */
  programme?: Programme;
  /** Whether the sentence asks if the person can enter (rather than what a programme is). */
  asksEligibility: boolean;
};

function extractAge(text: string): number | undefined {
  const match = /\b(\d{1,3}) ?ans\b/.exec(text);
  const age = match ? Number(match[1]) : undefined;
  return age !== undefined && age <= 120 ? age : undefined;
}

export function extractProfile(sentence: string): ExtractedProfile {
  const text = normalizeText(sentence);
  // Programme names contain words that are also facts ("competences pec"): read facts without them.
  let facts = text;
  for (const words of Object.values(PROGRAMME_WORDS))
    facts = facts.replace(new RegExp(words.source, 'g'), ' ');

  const profile: Profile = {};
  const age = extractAge(facts);
  if (age !== undefined) profile.age = age;
  if (NEET.test(facts)) {
    profile.inTraining = false;
    profile.employed = false;
  }
  for (const { field, no, yes } of BOOLEAN_FACTS) {
    if (profile[field] !== undefined) continue;
    if (no.test(facts)) profile[field] = false;
    else if (yes.test(facts)) profile[field] = true;
  }
  const programme = PROGRAMMES.find((p) => PROGRAMME_WORDS[p].test(text));
  return { profile, programme, asksEligibility: ELIGIBILITY_WORDS.test(text) };
}

/**
 * Whether a message describes a person whose eligibility is asked: at least two
 * facts, or one fact and an eligibility word ("possible", "peut-il faire").
 */
export function describesPerson(extracted: ExtractedProfile): boolean {
  const known = Object.keys(extracted.profile).length;
  return known >= 2 || (known >= 1 && extracted.asksEligibility);
}
