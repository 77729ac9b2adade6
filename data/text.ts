/**
 * Text as it may be stored: without C0 and C1 control characters (DEL included). They
 * come from pasted or forged input, and break what the text is shown in: an iCalendar
 * line, an Adaptive Card, a terminal reading the log. A multi-line field keeps its tabs
 * and line breaks (as \n); a one-line field gets a space for each, so words stay apart.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_BUT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n?/g;
const TABS_AND_BREAKS = /[\t\n\r]+/g;

export function cleanText(value: string, options: { multiline?: boolean } = {}): string {
  const kept = value.replace(CONTROLS_BUT_WHITESPACE, '');
  return options.multiline ? kept.replace(LINE_BREAKS, '\n') : kept.replace(TABS_AND_BREAKS, ' ');
}

/** « La personne… » → « la personne… »: a sentence carried on after a colon. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Adds `key` to a map of recent values, dropping the oldest beyond `limit`: a memo that cannot grow. */
export function keepAtMost<K, V>(map: Map<K, V>, limit: number, key: K, value: V): void {
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** Lower case, accents and ligatures taken off, every other mark kept: « Œuvre à l'AFPA » → « oeuvre a l'afpa ». */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}
