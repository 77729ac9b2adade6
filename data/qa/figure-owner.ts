import type { Catalogue } from '../catalogue/catalogue.js';
import type { DispositifId } from '../catalogue/schema.js';
import { foldAccents } from './normalize.js';

/** « 70 % », « 30 BRSA », « 35 000 jeunes »: a figure and what it counts, as the agreement's targets give them. */
const FIGURE =
  /\b(\d{1,3}(?: \d{3})*) ?(%|pour ?cent|places?|jeunes|brsa|allocataires|personnes|beneficiaires|entrees|orientations)/g;
/** What a count is of, in the words of a target's label: « 30 jeunes » is no count of RSA recipients. */
const PUBLIC_OF: Readonly<Record<string, RegExp>> = {
  jeunes: /\bjeunes\b/,
  brsa: /\brsa\b/,
  allocataires: /\brsa\b/,
};

type Figure = { value: string; unit: string };

function figuresIn(text: string): Figure[] {
  return [...foldAccents(text).matchAll(FIGURE)].map((m) => ({
    value: m[1]!.replace(/ /g, ''),
    unit: m[2]!.startsWith('pour') ? '%' : m[2]!,
  }));
}

function holds(held: readonly Figure[], quoted: Figure): boolean {
  return held.some(({ value, unit }) => value === quoted.value && (unit === '%') === (quoted.unit === '%'));
}

/**
 * « l'objectif de 70 % de sorties positives c'est pour la prépa ? »: the one programme whose
 * target (the Département's count, or the national objective the agreement quotes) holds a
 * figure the message quotes, counting what the message counts, so that a figure believed to be
 * another programme's is answered with its own. Undefined when no figure is quoted or when
 * none or several programmes hold it.
 */
export function figureOwner(message: string, catalogue: Catalogue): DispositifId | undefined {
  const quoted = figuresIn(message);
  if (quoted.length === 0) return undefined;
  const owners = catalogue.all.filter(({ target }) => {
    if (!target) return false;
    const label = foldAccents(target.label);
    const counted = quoted.filter(({ unit }) => PUBLIC_OF[unit]?.test(label) ?? true);
    const held = [...figuresIn(target.national?.text ?? ''), { value: String(target.count), unit: 'count' }];
    return counted.some((figure) => holds(held, figure));
  });
  return owners.length === 1 ? owners[0]!.id : undefined;
}
