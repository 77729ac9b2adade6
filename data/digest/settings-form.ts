import { SESSION_DISPOSITIFS, type SessionDispositif } from '../agenda/model.js';
import { FREQUENCIES, type Frequency, type Preferences } from './subscriptions.js';

/**
 * The digest's settings form, read: programmes ticked, trades and towns typed as a
 * list (« soudure, cariste et logistique »), how often. A wrong field comes back with
 * its error and everything typed kept.
 */

type SettingsField = 'dispositifs' | 'metiers' | 'communes' | 'frequence' | 'rienDeNouveau';
/** What a client sent: anything, checked here. */
export type SettingsInput = Readonly<Record<string, unknown>>;
type Errors = Partial<Record<SettingsField, string>>;

const MAX_CHOICES = 15;
const MAX_CHOICE_LENGTH = 60;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** « soudure, cariste et logistique » → three; control characters and doubles dropped. */
function list(value: string): string[] {
  const items = value
    .split(/[,;/\r\n]|\s+(?:et|ou)\s+/i)
    // Control characters would reach the cards: each becomes a space, like any run of blanks.
    // eslint-disable-next-line no-control-regex
    .map((item) => item.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim())
    .filter(Boolean);
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkList(items: string[], what: string): string | undefined {
  if (items.length > MAX_CHOICES) return `${MAX_CHOICES} ${what} au plus : gardez ceux qui comptent le plus.`;
  const long = items.find((item) => item.length > MAX_CHOICE_LENGTH);
  if (long) return `« ${long.slice(0, 30)}… » est trop long : un nom par élément, séparés par des virgules.`;
  return undefined;
}

export function readSettingsForm(
  input: SettingsInput,
): { ok: true; preferences: Preferences } | { ok: false; values: Record<string, string>; errors: Errors } {
  const values = {
    dispositifs: text(input.dispositifs),
    metiers: text(input.metiers),
    communes: text(input.communes),
    frequence: text(input.frequence) || 'weekly',
    rienDeNouveau: text(input.rienDeNouveau) || 'false',
  };
  const errors: Errors = {};
  const dispositifs = values.dispositifs
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  if (dispositifs.some((d) => !SESSION_DISPOSITIFS.includes(d as SessionDispositif)))
    errors.dispositifs = 'Choisissez parmi les dispositifs proposés.';
  const trades = list(values.metiers);
  const towns = list(values.communes);
  const tradeError = checkList(trades, 'métiers');
  if (tradeError) errors.metiers = tradeError;
  const townError = checkList(towns, 'communes');
  if (townError) errors.communes = townError;
  if (!FREQUENCIES.includes(values.frequence as Frequency))
    errors.frequence = 'Choisissez une fréquence proposée.';
  if (values.rienDeNouveau !== 'true' && values.rienDeNouveau !== 'false')
    errors.rienDeNouveau = 'Cochez la case ou laissez-la vide.';
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    preferences: {
      dispositifs: [...new Set(dispositifs as SessionDispositif[])],
      trades,
      towns,
      frequency: values.frequence as Frequency,
      sendWhenNothingNew: values.rienDeNouveau === 'true',
    },
  };
}
