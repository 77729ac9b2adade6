import { normalizeText } from '../data/qa/normalize.js';

/** Words typed alone that are commands, not questions. */
export type Command = 'help' | 'list' | 'cancel' | 'eligibility' | 'newEvent' | 'newSession' | 'newPlaces';

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
