import { foldAccents } from './normalize.js';

/**
 * « sauf les JPO », « hors Montauban », « pas à distance », « ni à Montauban ni à Castel »,
 * « autre chose que des infos coll », « à part la prépa », « sans les complets »: a word that
 * leaves something out of a list, and the words after it. « c'est pas à Montauban ? » asks
 * for a confirmation, « y a pas une session à distance ? » for one, « elle peut pas venir avant »
 * says when; « pas avant », « pas après », « pas que », « pas loin », « ou pas » leave nothing out.
 */
const LEFT_OUT =
  /\b(?:sauf|hors|hormis|excepte|en dehors d[e']|a part|autres? (?:chose )?qu[e']?|(?<!\b(?:pret|prets|c est|c|est|n est|serait|sera|etait|se passe|ca|ou|y a|ya|y en a|n y a|a|ont|peut|peuvent|pourra|pourrait|pourront|veut|veulent|voudrait|sait|savent|va|vont|vient|viendra|ira|fait|font|doit) )pas(?! (?:avant|apres|que|qu|loin|trop loin|plus tard|plus tot|mal|forcement|besoin|possible|un|une|compet\w*)\b)|ni|sans(?! (?:rien|plus|aucun\w*|personne|voiture|permis|emploi|diplome)\b))(?=[\s'])[\s']+/g;

/** Where the words left out stop: a pause, or the next word that joins or leaves out something else. */
const END = /[,;?.!\n>()]|\s(?:et|mais|ou|ni|sauf|hors|svp|stp|merci)\b/;

/** The longest run of words after a word that leaves out which can name one thing (« sauf celles de Moissac »). */
const MOST_WORDS = 4;

export type Span = { start: number; end: number };

/**
 * The parts of a message that leave something out, each as the smallest run of words after
 * the word that leaves out for which `names` finds something it filters on (a town, a kind of
 * event, a trade…). Runs that name nothing (« pas de voiture », « sans rien ») are not kept.
 */
export function leftOutIn<T>(
  message: string,
  names: (words: string) => T | undefined,
): Array<Span & { named: T }> {
  const folded = foldAccents(message);
  const found: Array<Span & { named: T }> = [];
  for (const cue of folded.matchAll(LEFT_OUT)) {
    const from = cue.index + cue[0].length;
    const rest = folded.slice(from);
    const stop = END.exec(rest);
    const words = (stop ? rest.slice(0, stop.index) : rest).split(/(?<=\S)(?=\s)/);
    for (let count = 1; count <= Math.min(words.length, MOST_WORDS); count++) {
      const run = words.slice(0, count).join('');
      const named = names(run);
      if (named === undefined) continue;
      found.push({ start: cue.index, end: from + run.length, named });
      break;
    }
  }
  return found;
}

/** The message with those parts blanked out, the same length, so that what is left is read as before. */
export function withoutSpans(message: string, spans: readonly Span[]): string {
  let kept = message;
  for (const { start, end } of spans) kept = kept.slice(0, start) + ' '.repeat(end - start) + kept.slice(end);
  return kept;
}
