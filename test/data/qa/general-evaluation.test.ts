import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { detectAspect } from '../../../data/qa/aspect.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { deps } from '../../support/understanding-deps.js';

/** Kinds of question an outside evaluator asks, and how each must be read. */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string, context?: Parameters<typeof readMessage>[2]) =>
  readMessage(text, NOW, context, deps);

describe('what is asked, not what is told after it', () => {
  it('reads « c koi la pec ? jamais prescrit » as what the PEC is', () => {
    expect(read('c koi exactement la pec ? jamais prescrit encore')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'overview' },
    });
  });

  it('reads « le volet 1 c’est pour qui ? » as the steps', () => {
    expect(detectAspect('et le volet 1 c pour qui ?')).toBe('phases');
  });

  it('reads « on les inscrit où ? » as how to prescribe', () => {
    expect(detectAspect('pour la pec on les inscrit ou ?')).toBe('prescription');
  });
});

describe('a check asked in other words', () => {
  it.each([
    'dame au rsa, pas de contrat pec, je pensais a comp pec pour elle, c jouable ?',
    'jeune de 19 ans en contrat jeune majeur ase, decroche, la promo c bon ?',
    'jeune 16 ans ase encore au lycee, on peut l orienter promo ?',
  ])('« %s »', (text) => {
    expect(read(text).kind).toBe('person');
  });

  it('checks the same person for another programme: « et la prépa, elle y a droit ? »', () => {
    const last = { profile: { rsa: true, pecContract: false }, programme: 'competences-pec' as const };
    expect(personAgain('ah ok. et la prepa elle y a droit du coup ?', last, NOW)).toEqual({
      profile: { rsa: true, pecContract: false },
      programme: 'prepa-competences',
    });
  });

  it('answers the RSFP for « pas les prérequis pour une VAE, ça lui irait ? »', () => {
    expect(read('un salarie d aci sans les prerequis pour une vae, ca lui irait ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });
});

describe('whom to ask, who signed, prescribing directly', () => {
  it('reads « signé par qui ? » as the contacts', () => {
    expect(recognizeScopeQuestion('l accord il a ete signe par qui ?')).toEqual({ kind: 'contacts' });
  });

  it('quotes the habilitation for « à qui pour avoir mes accès PANDA ? »', () => {
    const reading = read('je dois m adresser a qui pour avoir mes acces panda ?');
    // The agreement's words first, then the roles it names.
    expect(reading).toMatchObject({ kind: 'several', readings: [{ kind: 'passages' }, { kind: 'scope' }] });
    expect(JSON.stringify(reading)).toMatch(/habilit/i);
  });

  it('reads « on peut prescrire en direct ou ça passe par FT ? » as a question', () => {
    expect(
      recognizePrescribeRequest('on peut prescrire en direct au cd ou ca doit passer par ft ?'),
    ).toBeUndefined();
  });
});

describe('the agenda, as an evaluator asks it', () => {
  it('reads « il reste combien de places à la réunion logistique ? » as the trade meeting', () => {
    expect(parseAgendaQuery('il reste combien de places a la reunion logistique ?', NOW)).toMatchObject({
      kind: 'events',
      types: ['reunion_metier'],
    });
  });

  it('answers both « qui finance la prépa, et est-ce que ça peut se faire à distance ? »', () => {
    const reading = read('qui finance la prepa comp, et est ce que ca peut se faire a distance ?');
    expect(reading.kind).toBe('several');
  });
});

describe('a precise question in a programme’s thread, however long', () => {
  it('answers where the programme takes place for « obligée de se déplacer ? elle habite à Caylus… »', () => {
    const context = contextAfter(read('c est quoi la prepa ?'), NOW);
    expect(
      read(
        'est ce que la personne est obligee de se deplacer jusqu au centre ? elle habite a caylus et n a pas de voiture.',
        context,
      ),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences', aspect: 'modality' } });
  });
});

describe('from the kinds of question of blind set 25', () => {
  it('reads « et dans 6 mois quand elle aura 16 ans ? » as the same person, older', () => {
    const last = { profile: { age: 15, ase: true, inEducation: false }, programme: 'promo-16-18' as const };
    expect(personAgain('et dans 6 mois quand elle aura 16 ans ?', last, NOW)?.profile.age).toBe(16);
  });

  it('lists the trade meetings of either sector: « le bâtiment et la logistique »', () => {
    expect(
      parseAgendaQuery(
        'les reunions metiers c est quand ? des gens interesses par le batiment et la logistique',
        NOW,
      ),
    ).toMatchObject({ kind: 'events', types: ['reunion_metier'], trade: 'batiment ou logistique' });
  });

  it('lists the visits of a trade and of another sector: « soudure et logistique »', () => {
    expect(parseAgendaQuery('les visites d ateliers soudure et logistique ?', NOW)).toMatchObject({
      types: ['visite_plateau'],
      trade: 'soudure ou logistique',
    });
    // A trade within the sector named beside it stays one.
    expect(parseAgendaQuery('reunion metier batiment pour un futur plaquiste ?', NOW)).toMatchObject({
      trade: 'batiment',
    });
  });

  it('takes « soudure » and « soudeur » for one trade', () => {
    expect(parseAgendaQuery('visite plateau soudure pour un futur soudeur ?', NOW)).toMatchObject({
      trade: 'soudure',
    });
  });
});

describe('securing an entry into training is no entry session', () => {
  it('reads « le volet 2 peut servir à sécuriser son entrée ? » as what the step is for', () => {
    expect(
      parseAgendaQuery('le volet 2 de la prepa peut quand meme servir a securiser son entree en ifsi ?', NOW),
    ).toBeUndefined();
    expect(parseAgendaQuery('prochaine entree volet 2 prepa ?', NOW)).toMatchObject({ kind: 'sessions' });
  });
});

describe('what a programme is, asked beside another aspect', () => {
  it.each([
    ['c’est quoi la VAE ? c’est pour qui ?', 'vae', 'audience'],
    ['c koi la prepa comp et ca dure cb ?', 'prepa-competences', 'duration'],
    ['qu’est-ce que la promo 16/18 ? et c’est où ?', 'promo-16-18', 'modality'],
  ])('« %s » answers what it is and the other aspect', (text, dispositif, other) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif } });
    const aspects = reading.kind === 'answer' ? reading.result.aspects : [];
    expect(aspects).toEqual(['overview', other]);
  });

  it('does not add what it is when the programme is only named before the question', () => {
    const reading = read('prépa comp ? ça dure cb');
    expect(reading.kind === 'answer' && reading.result.aspects).toEqual(['duration']);
  });
});
