import { describe, expect, it } from 'vitest';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What someone who knows the partnership types in a hurry: a few words, abbreviations,
 * a typo, and follow-ups of one to three words on the list just shown.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string, context?: Parameters<typeof readMessage>[2]) =>
  readMessage(text, NOW, context, deps);
const after = (...texts: string[]) => {
  let context: Parameters<typeof readMessage>[2];
  for (const text of texts) context = contextAfter(read(text, context), NOW, text);
  return context;
};

describe('terse agenda questions', () => {
  it.each<[string, unknown]>([
    ['info coll mars', { kind: 'events', types: ['info_collective'], from: '2027-03-01', to: '2027-03-31' }],
    ['jpo fev ?', { kind: 'events', types: ['jpo'], from: '2027-02-01', to: '2027-02-28' }],
    ['ic moissac ?', { kind: 'events', types: ['info_collective'], place: 'moissac' }],
    ['reu btp ?', { kind: 'events', types: ['reunion_metier'], trade: 'btp' }],
    ['electriciem places', { kind: 'places', trade: 'électricien' }],
    ['v1 montauban dispo', { kind: 'sessions', volet: 'volet 1', place: 'montauban', withSeats: true }],
    ['formation castel places', { kind: 'places', place: 'castel' }],
    ['places prep cde', { kind: 'places', trade: 'preparateur de commandes' }],
    ['le 4 ?', { kind: 'events', from: '2027-02-04', to: '2027-02-04' }],
  ])('« %s »', (text, query) => {
    expect(read(text)).toEqual({ kind: 'agenda', query });
  });
});

describe('one to three words on the list just shown', () => {
  it('narrows the information sessions to a programme: « que la pec ? »', () => {
    expect(read('que la pec ?', after('info coll fevrier'))).toEqual({
      kind: 'agenda',
      query: {
        kind: 'events',
        types: ['info_collective'],
        dispositif: 'competences-pec',
        from: '2027-02-01',
        to: '2027-02-28',
      },
    });
  });

  it('moves the list to another month: « et fevrier », « tout avril stp »', () => {
    const context = after('visites ce mois');
    expect(read('et fevrier', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['visite_plateau'], from: '2027-02-01', to: '2027-02-28' },
    });
    expect(read('tout avril stp', context)).toMatchObject({
      kind: 'agenda',
      query: { types: ['visite_plateau'], from: '2027-04-01', to: '2027-04-30' },
    });
  });

  it('shows the list again with its places: « places ? », « avec places »', () => {
    const context = after('prochaine entree prepa');
    expect(read('avec places', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', withSeats: true },
    });
    expect(read('places ?', after('reunion metier logistique'))).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['reunion_metier'] },
    });
  });

  it('shows what comes next: « et apres ? »', () => {
    expect(read('et apres ?', after('prochaine entree prepa'))).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences' },
    });
  });

  it('keeps only the sessions wholly at a distance: « que du distanciel »', () => {
    expect(read('que du distanciel', after('sessions comp pec ?'))).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'competences-pec', modality: 'distanciel', onlyModality: true },
    });
  });

  it('keeps the one of that day: « et celle du 18 ? »', () => {
    expect(read('et celle du 18 ?', after('prochaine entree prepa'))).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', from: '2027-01-18', to: '2027-01-18' },
    });
  });

  it('shows the places again for « debut ? » and « horaires ? »', () => {
    expect(read('debut ?', after('places cariste'))).toEqual({
      kind: 'agenda',
      query: { kind: 'places', trade: 'cariste' },
    });
    expect(read('horaires ?', after('jpo fev'))).toMatchObject({ kind: 'agenda' });
  });

  it('reads a trade alone after a list of places: « et prepa de cde ? »', () => {
    expect(read('et prepa de cde ?', after('places cariste'))).toEqual({
      kind: 'agenda',
      query: { kind: 'places', trade: 'prepa de cde' },
    });
  });
});

describe('terse questions about a programme, a person or whom to call', () => {
  it('reads « lun-ven ? » after the Promo as the days it runs', () => {
    expect(read('lun-ven ?', after('duree promo ?'))).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['modality'] },
    });
  });

  it('reads « cb de j » as a duration', () => {
    expect(read('atelier rsfp cb de j ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp', aspect: 'duration' },
    });
  });

  it('reads a name of the agreement as whom to contact: « battedou c ki »', () => {
    expect(read('battedou c ki')).toEqual({ kind: 'scope', question: { kind: 'contacts' } });
    expect(read('signataires ?')).toEqual({ kind: 'scope', question: { kind: 'contacts' } });
  });

  it('reads « nb brsa en prepa ? » as the figures', () => {
    expect(read('nb brsa en prepa ?')).toEqual({
      kind: 'scope',
      question: { kind: 'figures', dispositif: 'prepa-competences' },
    });
  });

  it('reads « realise ? » after the targets as the figures', () => {
    expect(read('realise ?', after('objectifs 2022 ?'))).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures' },
    });
  });

  it('reads « employeur d accord obligatoire ? » after the PEC as how to prescribe it', () => {
    expect(read('accord employeur necessaire ?', after('c quoi comp pec'))).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['prescription'] },
    });
  });

  it('checks « cdi temps plein, prepa ? » and « pec signé la semaine dernière, comp pec ? »', () => {
    expect(read('salariee en cdi temps plein, prepa ?')).toMatchObject({
      kind: 'person',
      extracted: { profile: { employed: true } },
    });
    expect(read('pec signe la semaine derniere comp pec ?')).toMatchObject({
      kind: 'person',
      extracted: { profile: { pecContract: true } },
    });
  });
});

describe('room asked in a town, on the list shown', () => {
  it('keeps the list and narrows it to the town: « il en reste à Castel ? »', () => {
    expect(read('il en reste a castel ?', after('prepa volet 1 en fevrier ?'))).toEqual({
      kind: 'agenda',
      query: {
        kind: 'sessions',
        dispositif: 'prepa-competences',
        volet: 'volet 1',
        from: '2027-02-01',
        to: '2027-02-28',
        place: 'castel',
        withSeats: true,
        roomAsked: true,
      },
    });
  });
});
