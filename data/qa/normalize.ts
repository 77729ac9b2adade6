/**
 * French text as people type it in a chat, brought to one form so that
 * "Prépa Compétences", "prepa competence" and "PREPA COMP" meet.
 */

import { keepAtMost, withoutAccents } from '../text.js';
import { inFrench } from './franglais.js';
import { askedDirectly } from './relayed.js';
import { asTyped } from './spoken.js';
import { withoutSlips } from './typos.js';

/**
 * The same message is read by several parts (commands, agenda, eligibility, questions):
 * its normal form is kept for the few messages of the moment, not recomputed each time.
 */
const recent = new Map<string, string>();
const RECENT_LIMIT = 256;

/** Lower case, no accents, no punctuation, single spaces; "16/18", "16-18", "16 18" → "1618". */
export function normalizeText(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const normal = computeNormalText(text);
  keepAtMost(recent, RECENT_LIMIT, text, normal);
  return normal;
}

/**
 * Messages recently folded: a message is folded for its normal form and again, punctuation
 * kept, by what reads its marks (several people described): once is enough. Only texts
 * of a message's usual length are kept.
 */
const recentlyFolded = new Map<string, string>();
const RECENTLY_FOLDED_LIMIT = 16;
const KEPT_FOLDED_LENGTH = 2_000;

/** Lower case and no accents, its punctuation kept: for what reads a message's own marks (« 1) », « : »). */
export function foldAccents(text: string): string {
  const known = recentlyFolded.get(text);
  if (known !== undefined) return known;
  const folded = withoutAccents(text);
  if (text.length <= KEPT_FOLDED_LENGTH) keepAtMost(recentlyFolded, RECENTLY_FOLDED_LIMIT, text, folded);
  return folded;
}

/**
 * Lower case, no accents, the words apart by single spaces, and nothing read into them: where
 * the normal form would rewrite what is read (« le dispositif pour les jeunes » is La Promo's name).
 */
export function plainWords(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]+/g, ' ');
}

function computeNormalText(text: string): string {
  const plain = foldAccents(text)
    // "P.E.C.", "V.A.E" → "pec", "vae"
    .replace(/\b(?:[a-z]\.){2,}[a-z]?/g, (acronym) => acronym.replace(/\./g, ''))
    // « promo16/18 » typed glued: the name, then its ages.
    .replace(/\bpromo(?=16\s*[-/. ]?\s*18\b)/g, 'promo ')
    .replace(/\b16\s*[-/. ]?\s*18\b/g, '1618')
    // Dictated: « prêt pas compétences », « compétences pèque ».
    .replace(/\bprete? (?:a |pas )?competences?\b/g, 'prepa competences')
    .replace(/\bcompetences? (?:peque|pek|pecque|paix|pecs|pece)\b/g, 'competences pec')
    // « les métiers du bas-temps »: the building trades, dictated.
    .replace(/\bbas[- ]temps\b/g, 'batiment')
    .replace(/\bpromo(?=1618\b)/g, 'promo ')
    // Glued shorthands typed fast: "prepacomp", "comppec".
    .replace(/\bprepacomp(etences?)?\b/g, 'prepa comp')
    .replace(/\bcomppec\b/g, 'comp pec')
    // « prépa v1 », « atelier a2 »: a step written short.
    .replace(/\bv([12])\b/g, 'volet $1')
    // « volet1 », « atelier3 »: the number glued to the step.
    .replace(/\b(volet|atelier)([1-9])\b/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    // « ya qq chose ? »: something, not « quelques ».
    .replace(/\bqq chose\b/g, 'quelque chose')
    // « 2 jeunes, lun 17 ans lautre 15 »: « l'un », not Monday.
    .replace(/\blun (?=\d{1,2} ?(ans?|a)\b)/g, 'l un ')
    // « prépa de commandes »: the trade, not Prépa Compétences.
    .replace(/\bprepa (?:de |des )?commandes?\b/g, 'preparateur de commandes')
    // Dictated: « sa démarre quand », « sa dure combien »: « ça », heard as « sa ».
    .replace(/\bsa (?=(demarre|commence|debute|dure|coute|finit|termine|se passe|se fait|marche)\b)/g, 'ca ');
  return askedDirectly(
    withoutSlips(
      inFrench(
        asTyped(plain).replace(/\b[a-z]+\b/g, (word) =>
          Object.hasOwn(CHAT_WORDS, word) ? CHAT_WORDS[word]! : word,
        ),
      ),
    )
      .replace(YOUTH_PROGRAMME, 'promo 1618')
      .replace(SHORT_OF_VAE, '$& rsfp'),
  );
}

/**
 * « la formation AFPA pour les jeunes », « le programme pour les mineurs »: the agreement's
 * one programme for young people, named by what it is by whoever does not know its name.
 */
const YOUTH_PROGRAMME =
  /\b(formation|dispositif|programme|prestation|truc|parcours) (de l afpa |afpa |de l ase )?(pour|des|destine aux) (les )?(jeunes|mineurs|ados)\b(?! (de|d) (1[89]|[2-9]\d) ans| majeurs| de plus de)/g;

/**
 * « il a pas les prérequis pour la VAE »: the RSFP, which the agreement names by that very
 * lack (Accord, art. 2.1.4), for whoever does not know its name.
 */
const SHORT_OF_VAE =
  /\b(pas|sans|manque|manquent|il manque) (encore )?(tous )?(les |le |de |d )?(pre ?requis|niveau|conditions?) (pour|de|d acces a|pour acceder a|pour faire) (la |une )?vae\b/g;

/**
 * Chat spellings with one meaning only (« c koi », « cb de tps », « qqun »): read as
 * the words every part of the bot looks for.
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  // « cette semiane »: the week, typed in a hurry.
  // « inscrir une dame », typed in a hurry.
  inscrir: 'inscrire',
  semiane: 'semaine',
  smaine: 'semaine',
  semaien: 'semaine',
  semainne: 'semaine',
  koi: 'quoi',
  // Apostrophes left out on a phone: « cest », « jai », « lafpa », « qui soccupe ».
  cest: 'c est',
  jai: 'j ai',
  jsuis: 'je suis',
  jpeux: 'je peux',
  jveux: 'je veux',
  jvais: 'je vais',
  lafpa: 'l afpa',
  laccord: 'l accord',
  lautre: 'l autre',
  // « valence dagen »: Valence-d'Agen, its apostrophe left out.
  dagen: 'd agen',
  lelec: 'l elec',
  soccupe: 's occupe',
  soccuper: 's occuper',
  quil: 'qu il',
  quils: 'qu ils',
  daccord: 'd accord',
  kes: 'qu est ce',
  kesk: 'qu est ce que',
  // « indic 2.1.3 ? »
  indic: 'indicateur',
  indics: 'indicateurs',
  // « je voudrais prescire », « une precription »: prescribing, misspelt.
  prescire: 'prescrire',
  prescrie: 'prescrire',
  precrire: 'prescrire',
  presrire: 'prescrire',
  perscrire: 'prescrire',
  prescrir: 'prescrire',
  perscription: 'prescription',
  dirlo: 'directeur',
  obj: 'objectif',
  objs: 'objectifs',
  dirlot: 'directeur',
  fpa: 'afpa',
  kwa: 'quoi',
  kel: 'quel',
  kelle: 'quelle',
  keske: 'qu est ce que',
  cb: 'combien',
  cbien: 'combien',
  cmb: 'combien',
  tps: 'temps',
  qqun: 'quelqu un',
  qqn: 'quelqu un',
  qq: 'quelques',
  ds: 'dans',
  pk: 'pourquoi',
  pq: 'pourquoi',
  pkoi: 'pourquoi',
  bcp: 'beaucoup',
  pb: 'probleme',
  jsp: 'je sais pas',
  pr: 'pour',
  qd: 'quand',
  ya: 'y a',
  tt: 'tout',
  mm: 'meme',
  presc: 'prescription',
  presciption: 'prescription',
  prescirption: 'prescription',
  prescritpion: 'prescription',
  precription: 'prescription',
  nb: 'nombre',
  nbre: 'nombre',
  sem: 'semaine',
  // « g 2 BRSA à positionner »
  g: 'j ai',
  infocoll: 'info coll',
  infocol: 'info coll',
  pdt: 'pendant',
  qqch: 'quelque chose',
  taf: 'travail',
  taff: 'travail',
  resto: 'restauration',
  restau: 'restauration',
  exams: 'examens',
  copil: 'comite de pilotage',
  phses: 'phases',
  pahses: 'phases',
  etpes: 'etapes',
  tdb: 'tableau de bord',
  // « ic castel qd », « reu btp ? », « v2 castel dispo », « prepa de cde »
  ic: 'info coll',
  reu: 'reunion',
  reus: 'reunions',
  v1: 'volet 1',
  v2: 'volet 2',
  cde: 'commandes',
  cdes: 'commandes',
  ki: 'qui',
  // Months cut short (« le 18 janv »); « sept » stays a number.
  janv: 'janvier',
  fev: 'fevrier',
  fevr: 'fevrier',
  avr: 'avril',
  juil: 'juillet',
  oct: 'octobre',
  nov: 'novembre',
  dec: 'decembre',
};

/**
 * Shorthands and frequent misspellings, mapped to the word the catalogue uses.
 * Only words that cannot mean anything else in this domain belong here.
 */
const SHORTHANDS: Record<string, string> = {
  comp: 'competences',
  comps: 'competences',
  compet: 'competences',
  competance: 'competences',
  competances: 'competences',
  competence: 'competences',
  compentences: 'competences',
  prepas: 'prepa',
  preparation: 'prepa',
  num: 'numerique',
  numeriq: 'numerique',
  digital: 'numerique',
  cle: 'clea',
  badge: 'badges',
  openbadges: 'badges',
  openbadge: 'badges',
  fle: 'fle',
  francai: 'francais',
  francias: 'francais',
};

/** Light French plural stripping: "ateliers" → "atelier", "travaux" stays. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Words come back at every message (« prepa », « combien », a programme's aliases that a
 * search leaves aside): their normal form is kept for many more of them than messages,
 * and apart from the messages' so that a search's fifty words do not push those out.
 */
const knownTerms = new Map<string, string>();
const KNOWN_TERMS_LIMIT = 4096;
/** Longer « words » (a pasted link, a hostile message) are rare: normalised each time, never kept. */
const KEPT_TERM_LENGTH = 40;

/** A normalised word, with shorthands expanded and plurals folded, as both the index and queries see it. */
export function normalizeTerm(word: string): string {
  const known = knownTerms.get(word);
  if (known !== undefined) return known;
  const plain = computeNormalText(word);
  const term = singular(Object.hasOwn(SHORTHANDS, plain) ? SHORTHANDS[plain]! : plain);
  if (word.length <= KEPT_TERM_LENGTH) keepAtMost(knownTerms, KNOWN_TERMS_LIMIT, word, term);
  return term;
}

export function tokenize(text: string): string[] {
  const plain = normalizeText(text);
  return plain === '' ? [] : plain.split(' ');
}

/**
 * How far fuzzy and prefix matching may go. Their cost grows with the length of the word
 * searched: one 50,000-letter « word » took seconds and gigabytes, during which the bot
 * answered nobody. No word of the catalogue or the agreement is longer than 20 letters, so
 * a longer one, typos included, can only be matched exactly.
 */
export const MAX_FUZZY_TERM_LENGTH = 24;
/** Edits forgiven at most, whatever the word's length (0.2 of 20 letters). */
export const MAX_EDIT_DISTANCE = 4;

/** MiniSearch's `fuzzy` option: `share` of the word's length, for words of `minLength` letters and up. */
export function boundedFuzzy(minLength: number, share: number): (term: string) => number | false {
  return (term) => (term.length >= minLength && term.length <= MAX_FUZZY_TERM_LENGTH ? share : false);
}

/** MiniSearch's `prefix` option, for words of `minLength` letters and up. */
export function boundedPrefix(minLength: number): (term: string) => boolean {
  return (term) => term.length >= minLength && term.length <= MAX_FUZZY_TERM_LENGTH;
}

/** Words of a message searched at most: each costs a lookup, and a question is far shorter. */
export const MAX_SEARCHED_WORDS = 150;

/** `text` up to the end of its `count`-th word: the rest is not searched. */
export function firstWords(text: string, count: number = MAX_SEARCHED_WORDS): string {
  const word = /[\p{L}\p{N}]+/gu;
  for (let seen = 0; word.exec(text);) if (++seen === count) return text.slice(0, word.lastIndex);
  return text;
}
