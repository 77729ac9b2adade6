import { describe, expect, it } from 'vitest';
import { peopleOfTheThread, personTakenUp } from '../../../data/qa/people-of-the-thread.js';
import { severalPeople } from '../../../data/qa/several-people.js';

/**
 * Several people described at once, then taken up one by one, by name or by rank. Their names
 * are never kept, only a digest that a name typed again can be matched with.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const thread = (message: string) => peopleOfTheThread(severalPeople(message, NOW)!, NOW);
const described =
  '2 dossiers : Mme Martin 47 ans au rsa qui sait pas vers quel metier aller, M. Diallo 33 ans au rsa en contrat pec';

describe('the people of the thread', () => {
  it('keep each one’s programme, and no name', () => {
    const kept = thread(described);
    expect(kept.people.map((p) => p.profile.rsa)).toEqual([true, true]);
    expect(kept.people.map((p) => p.programme)).toEqual(['prepa-competences', 'competences-pec']);
    expect(JSON.stringify(kept)).not.toMatch(/martin|diallo/i);
  });

  it.each([
    ['pour Mme Martin, c est ou ?', 0, 'pour Prépa Compétences, c est ou ?'],
    ['et madame martin ?', 0, 'et Prépa Compétences ?'],
    ['je commence par inscrire M. Diallo', 1, 'je commence par inscrire Compétences PEC'],
    ['Monsieur Diallo, il peut faire la prepa ?', 1, ', il peut faire la prepa ?'],
  ])('« %s » takes up person %i, read as « %s »', (message, index, text) => {
    expect(personTakenUp(message, thread(described))).toMatchObject({ index, text });
  });

  it.each([
    ['pour la premiere, ca se passe ou ?', 0],
    ['la 2e elle peut commencer quand ?', 1],
  ])('« %s » takes up person %i by rank', (message, index) => {
    expect(personTakenUp(message, thread(described))?.index).toBe(index);
  });

  it('« l’autre » is the one not taken up last, and nobody before anyone was', () => {
    expect(personTakenUp('et l autre ?', thread(described))).toBeUndefined();
    expect(personTakenUp('et l autre ?', { ...thread(described), current: 0 })?.index).toBe(1);
  });

  it.each([
    'le premier volet c est quoi ?',
    'et l autre atelier ?',
    'Mme Dupont elle a 30 ans',
    'la premiere session c quand ?',
  ])('« %s » names none of them', (message) => {
    expect(personTakenUp(message, { ...thread(described), current: 0 })).toBeUndefined();
  });
});

describe('what is no one of the thread', () => {
  const two = '2 dossiers : Mme Martin 47 ans au rsa sans projet, M. Diallo 33 ans au rsa en contrat pec';
  it.each([
    'le 1er mars y a une info coll ?',
    'la deuxieme promo elle commence quand ?',
    'la 2e session elle est complete ?',
    'elle m a dit qu elle voulait la prepa',
    'une martin de 30 ans en cddi, la pec ?',
  ])('« %s »', (message) => {
    expect(
      personTakenUp(message, { ...peopleOfTheThread(severalPeople(two, NOW)!, NOW), current: 0 }),
    ).toBeUndefined();
  });

  it('« Femme 45 ans…, Homme 50 ans… » gives them no names to be taken up by', () => {
    const kept = peopleOfTheThread(
      severalPeople('2 personnes : Femme 45 ans au rsa ; Homme 50 ans au rsa en pec. prepa ?', NOW)!,
      NOW,
    );
    expect(kept.people.every((p) => p.key === undefined)).toBe(true);
  });
});
