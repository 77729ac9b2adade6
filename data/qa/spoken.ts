/**
 * What a message dictated to a phone, or typed in a hurry without apostrophes, writes
 * differently from a typed one: « lafpa », « cest quand », « j p o », « dix sept ans »,
 * « le trois fevrier ». Applied to text already in normal form (lower case, no accents,
 * single spaces), so that every reader of a message sees the words it would see typed.
 */

// ── Numbers written out ─────────────────────────────────────────────────────────

// prettier-ignore
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, et: 0,
};

/** "dix sept" → 17, "soixante et onze" → 71, "quatre vingt dix" → 90; undefined for no number. */
function spelledNumber(tokens: readonly string[]): number | undefined {
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!Object.hasOwn(NUMBER_WORDS, token)) return undefined;
    if (token === 'quatre' && /^vingts?$/.test(tokens[i + 1] ?? '')) {
      total += 80;
      i++;
    } else total += NUMBER_WORDS[token]!;
  }
  return total > 0 ? total : undefined;
}

const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const MONTH = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
/**
 * A number written out before what it counts or dates: an age, a duration, seats, a day
 * of a month. Alone (« un jeune », « neuf ») a number word stays a word.
 */
const COUNTED = new RegExp(
  `\\b((?:(?:${NUMBER_WORD}) )*(?:${NUMBER_WORD})) (?=(?:ans?|jours?|semaines?|mois|places?|heures?|personnes|jeunes|allocataires|${MONTH})\\b)`,
  'g',
);

function numbersInFigures(text: string): string {
  return (
    text
      // « le volet deux », « l'atelier trois »: a step by its number.
      .replace(
        /\b(volet|atelier|phase) (un|deux|trois|quatre)\b/g,
        (_w, step: string, n: string) => `${step} ${NUMBER_WORDS[n]}`,
      )
      .replace(new RegExp(`\\bpremier (?=(?:${MONTH})\\b)`, 'g'), '1er ')
      .replace(COUNTED, (whole, spelled: string) => {
        // « une semaine », « un mois »: an article, already as clear as a figure.
        if (spelled === 'un' || spelled === 'une') return whole;
        const value = spelledNumber(spelled.split(' '));
        return value === undefined ? whole : `${value} `;
      })
  );
}

// ── Letters spelled one by one ──────────────────────────────────────────────────

/** The acronyms of this domain, dictated letter by letter: « j p o », « p e c », « r s a ». */
const ACRONYMS = new Set([
  'jpo',
  'pec',
  'rsa',
  'brsa',
  'rsfp',
  'ase',
  'afpa',
  // « la f p a », dictated without its first letter.
  'fpa',
  'vae',
  'cio',
  'qpv',
  'rqth',
  'cdi',
  'cdd',
  'pdi',
  'cd',
  'ft',
  'ml',
  'mds',
  'ess',
  'fle',
  'caf',
  'cej',
  'aah',
  'apjm',
  'ccas',
  'mdph',
  'cv',
]);

function spelledAcronyms(text: string): string {
  return text.replace(/\b(?:[a-z] )+[a-z]\b/g, (run) => {
    const letters = run.split(' ');
    const words: string[] = [];
    for (let i = 0; i < letters.length;) {
      // The longest acronym that starts here, else the letter as it was.
      let length = Math.min(4, letters.length - i);
      while (length >= 2 && !ACRONYMS.has(letters.slice(i, i + length).join(''))) length--;
      if (length < 2) length = 1;
      words.push(letters.slice(i, i + length).join(''));
      i += length;
    }
    return words.join(' ');
  });
}

// ── Apostrophes left out ────────────────────────────────────────────────────────

/**
 * What follows « l' » or « d' » in référents' messages, written glued when the apostrophe
 * is left out (« lafpa », « dage », « linscrire »). Only words whose glued form means
 * nothing else: « lage » is no word, « dans » is never « d'ans ».
 */
const AFTER_L_OR_D = new Set(
  (
    'afpa ase accord avenant agenda atelier ateliers age annee apprentissage accompagnement adhesion aide action ' +
    'activite alternance allocataire allocataires attestation autorisation autorisations accueil abord avance ' +
    'autre autres ailleurs info infos information informations inscription insertion interlocuteur ici immersion ' +
    'integration objectif objectifs orientation offre organisme obligation entree entrees emploi employeur ' +
    'entreprise entreprises equipe etat evaluation experience enfant enfants educateur educatrice educ ecole ' +
    'etablissement habilitation heure heures inscrire orienter envoyer accompagner integrer appeler aider ' +
    'informer ajouter avoir inscris inscrit inscrite oriente'
  ).split(' '),
);

/** Short words after « c' », « j' », « qu' », « s' », « n' », « m' »: « cest », « jai », « quil », « sinscrire ». */
const CLITIC_FORMS: Readonly<Record<string, string>> = {
  cest: 'c est',
  cetait: 'c etait',
  jai: 'j ai',
  javais: 'j avais',
  jaurais: 'j aurais',
  jaimerais: 'j aimerais',
  jen: 'j en',
  jy: 'j y',
  quil: 'qu il',
  quils: 'qu ils',
  quon: 'qu on',
  quun: 'qu un',
  quune: 'qu une',
  quest: 'qu est',
  sil: 's il',
  sils: 's ils',
  sinscrire: 's inscrire',
  sinscrive: 's inscrive',
  sinscrit: 's inscrit',
  nest: 'n est',
  ny: 'n y',
  nen: 'n en',
  mavez: 'm avez',
  maider: 'm aider',
};

/** « ces quand », « ces pour qui »: « c'est » dictated. « ces ateliers » stays. */
const CES_FOR_CEST =
  /\bces (?=(?:quand|quoi|qui|pour|combien|ou|possible|obligatoire|payant|gratuit|normal|bien|vrai|la|le|un|une|a|au|en)\b)/g;

function apostrophesRestored(text: string): string {
  return text.replace(CES_FOR_CEST, 'c est ').replace(/\b[a-z]{3,}\b/g, (word) => {
    if (Object.hasOwn(CLITIC_FORMS, word)) return CLITIC_FORMS[word]!;
    const glued = /^([ld])([aeiouyh][a-z]+)$/.exec(word);
    return glued && AFTER_L_OR_D.has(glued[2]!) ? `${glued[1]} ${glued[2]}` : word;
  });
}

/** A normal-form text with what dictation and haste changed put back. */
export function asTyped(normal: string): string {
  return (
    numbersInFigures(apostrophesRestored(spelledAcronyms(normal)))
      .replace(/\bseize dix huit\b/g, '1618')
      // « prépa de cde », « prep commandes »: the trade, not the programme Prépa Compétences.
      .replace(
        /\bprepa?(?:rateurs?|ratrices?)? (?:de |d )?(?:commandes?|cdes?)\b/g,
        'preparateur de commandes',
      )
  );
}
