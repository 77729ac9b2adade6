import { normalizeText } from '../data/qa/normalize.js';

/** Words typed alone that are commands, not questions. */
export type Command = 'help' | 'list' | 'cancel' | 'eligibility';

const COMMANDS: Record<string, Command> = {
  aide: 'help',
  help: 'help',
  menu: 'help',
  '?': 'help',
  accueil: 'help',
  bonjour: 'help',
  salut: 'help',
  hello: 'help',
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
  annuler: 'cancel',
  stop: 'cancel',
  cancel: 'cancel',
  'laisse tomber': 'cancel',
};

export function recognizeCommand(text: string): Command | undefined {
  const trimmed = text.trim();
  if (trimmed === '?') return 'help';
  return COMMANDS[normalizeText(trimmed)];
}
