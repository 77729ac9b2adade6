import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { plainWords } from '../../../data/qa/normalize.js';
import { AUDIENCES } from '../../../data/qa/programmes-for-a-public.js';
import { readMessage, type Reading } from '../../../data/qa/understanding.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * « quels dispositifs pour un allocataire du RSA ? », « y a quoi pour les jeunes ? »: what the
 * agreement offers a public, named by none of its programmes; « à part la prépa », « pas la
 * promo, l'autre… » leave one out. Written from the agreement's audiences (art. 2.1.2 to 2.2.3).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

function forPublic(reading: Reading): { audience: string; programmes: string[] } | undefined {
  if (reading.kind !== 'scope' || reading.question.kind !== 'forPublic') return undefined;
  return { audience: reading.question.audience, programmes: reading.question.programmes };
}

describe('what the agreement offers a public', () => {
  it.each([
    ['quels dispositifs pour un allocataire du RSA ?', 'rsa'],
    ['y a quoi pour un BRSA ?', 'rsa'],
    ['on a quoi pour les allocataires du rsa', 'rsa'],
    ['pour un brsa y a quoi', 'rsa'],
    ["c'est quoi les dispositifs pour les BRSA", 'rsa'],
    ['qu est ce qu on peut proposer a un beneficiaire du rsa ?', 'rsa'],
    ["j'ai un allocataire rsa, on peut lui proposer quoi ?", 'rsa'],
    ['quelles formations pour les gens au rsa', 'rsa'],
    ['quels dispositifs pour les jeunes ?', 'young'],
    ['y a quoi pour les mineurs decrocheurs', 'young'],
    ['vous avez quoi pour les jeunes de l ase', 'ase'],
    ['quoi comme dispositif pour un salarie en pec ?', 'pec'],
    ['quoi pour ma dame au rsa ?', 'rsa'],
    ['des formations pour les jeunes de l ase ?', 'ase'],
  ])('« %s »', (text, audience) => {
    const found = forPublic(readMessage(text, NOW, undefined, deps));
    expect(found?.audience).toBe(audience);
    expect(found?.programmes.length).toBeGreaterThan(0);
  });

  it('lists for RSA recipients the programmes whose audience the agreement says includes them', () => {
    const found = forPublic(readMessage('y a quoi pour un brsa', NOW, undefined, deps));
    expect(found?.programmes).toEqual(['prepa-competences', 'competences-pec', 'formation-droit-commun']);
  });

  it('lists for young people in the ASE La Promo 16/18', () => {
    const found = forPublic(readMessage('y a quoi pour un jeune ase', NOW, undefined, deps));
    expect(found?.programmes).toEqual(['promo-16-18']);
  });
});

describe('one left out', () => {
  it.each([
    ['y a quoi a part la prepa pour un BRSA ?', ['competences-pec', 'formation-droit-commun']],
    ['pour un brsa, autre chose que prepa comp ?', ['competences-pec', 'formation-droit-commun']],
    ['quels dispositifs pour le rsa hors pec', ['prepa-competences', 'formation-droit-commun']],
    ['a part la pec, quoi pour un brsa ?', ['prepa-competences', 'formation-droit-commun']],
    ['pas la promo, l autre dispositif pour les jeunes c quoi ?', []],
  ])('« %s »', (text, programmes) => {
    const found = forPublic(readMessage(text, NOW, undefined, deps));
    expect(found?.programmes).toEqual(programmes);
  });
});

describe('what stays as it was', () => {
  it.each([
    ['c quoi la prepa pour un brsa', 'answer'],
    ['il a 30 ans au RSA, quel dispositif ?', 'person'],
    ['y a quoi comme jpo pour les jeunes', 'agenda'],
    ['la promo c pour qui ?', 'answer'],
  ])('« %s » → %s', (text, kind) => {
    expect(readMessage(text, NOW, undefined, deps).kind).toBe(kind);
  });

  it('« prépa ou pec pour un brsa ? » weighs the two', () => {
    const reading = readMessage('prepa ou pec pour un brsa sans contrat ?', NOW, undefined, deps);
    expect(forPublic(reading)).toBeUndefined();
  });

  it('a public asked after a programme is no list of programmes: « et pour un brsa ? » checks them for it', () => {
    const second = readThread(NOW, 'la prepa c pour qui', 'et pour un brsa ?');
    expect(forPublic(second)).toBeUndefined();
  });
});

describe('each public’s programmes are those whose audience names it in the catalogue', () => {
  const catalogue = loadCatalogue();
  it.each(Object.entries(AUDIENCES))('%s', (_, audience) => {
    for (const id of audience.programmes) {
      const whom = plainWords(catalogue.get(id).audience.text);
      expect(whom, id).toMatch(audience.words);
    }
  });
});

describe('targets of the programmes not left out', () => {
  it.each([
    ['les objectifs chiffres, hors promo', ['promo-16-18']],
    ['objectifs de l accord a part la pec ?', ['competences-pec']],
  ])('« %s »', (text, leftOut) => {
    expect(readMessage(text, NOW, undefined, deps)).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures', leftOut },
    });
  });

  it('« et sans la prépa ? » after the figures leaves it out of them', () => {
    expect(readThread(NOW, 'les objectifs chiffres ?', 'et sans la prepa ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures', leftOut: ['prepa-competences'] },
    });
  });
});

describe('dates with their year', () => {
  it('« le 31/12/2022 » is that day of 2022, not the next 31 December', () => {
    expect(readMessage('entrees prepa du 31/12/2022 ?', NOW, undefined, deps)).toMatchObject({
      kind: 'agenda',
      query: { from: '2022-12-31', to: '2022-12-31' },
    });
  });

  it('« la date limite du 31/12/2022, ça vaut encore ? » asks whether the agreement’s deadline holds', () => {
    expect(
      readMessage(
        'les entrees jusqu au 31/12/2022, c est toujours valable cette annee ?',
        NOW,
        undefined,
        deps,
      ),
    ).toMatchObject({ kind: 'scope', question: { kind: 'entryDeadline' } });
  });
});

describe('what is left out without any target asked', () => {
  it('« elle vise la formation cariste, pas en PEC, prépa ou PEC ? » is no question of figures', () => {
    const reading = readMessage(
      'Mme S. 29 ans RSA, pas en PEC, elle vise la formation cariste. prepa comp ou PEC pour elle ?',
      NOW,
      undefined,
      deps,
    );
    expect(reading.kind === 'scope' && reading.question.kind).not.toBe('figures');
  });

  it('« la convention, encore valable en 2027 ? » asks the agreement’s term, not the entries’ deadline', () => {
    const reading = readMessage(
      'la convention elle court jusqu a quand ? encore valable en 2027 ?',
      NOW,
      undefined,
      deps,
    );
    expect(JSON.stringify(reading)).not.toContain('entryDeadline');
  });
});
