import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * A référent tells the person's situation at length, as dictated, then asks; corrects
 * themselves; speaks of a relative of the person they accompany.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('a story, then « c’est pour elle ? »', () => {
  it.each([
    'j ai une dame de 45 ans au rsa depuis longtemps elle a travaille en usine et elle voudrait changer de metier mais elle a peur de pas y arriver, la prepa ca peut etre pour elle ?',
    'monsieur 50 ans en cdi a temps partiel a la mairie avec un complement rsa il voudrait valoriser ce qu il fait, comp pec c est pour lui ?',
  ])('checks « %s »', (text) => {
    expect(read(text).kind).toBe('person');
  });
});

describe('a relative of the person accompanied', () => {
  it('checks the son, not his mother on the RSA', () => {
    const { profile } = extractProfile(
      'je suis la referente de mme D au rsa, elle me parle de sa fille qui a 17 ans, elle a quitte le lycee en juin et ne fait rien depuis, la promo ca pourrait la concerner ?',
    );
    expect(profile).toMatchObject({ age: 17, inEducation: false });
    expect(profile).not.toHaveProperty('rsa');
  });
});

describe('where the person lives, and the towns they will not go to', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'elle habite moissac et ne viendra pas jusqu a montauban, y a une info coll pres de chez elle ?',
      { place: 'moissac' },
    ],
    [
      'mes gens sont du cote de caussade, la prochaine jpo c est quand, il y en a une plus pres que montauban ?',
      { place: 'caussade' },
    ],
    ['ils hesitent a se lancer, il se passe quoi a l afpa cette semaine ?', { place: undefined }],
    ["il se passe quoi sur castel ? ma benef peut pas aller jusqu'a montauban", { place: 'castel' }],
  ])('« %s »', (text, expected) => {
    const query = parseAgendaQuery(text, NOW);
    expect(query).toBeDefined();
    expect({ place: query!.place }).toEqual(expected);
  });

  it('lists the visits of either trade when two are named: « mécanique et soudure »', () => {
    expect(
      parseAgendaQuery('passionne de mecanique et de soudure, y a une visite de plateau prevue ?', NOW),
    ).toEqual({ kind: 'events', types: ['visite_plateau'], trade: 'mecanique ou soudure' });
  });

  it('reads « la session volet 2 du 1er février, il reste de la place ? » as an entry, whatever the trade aimed at', () => {
    expect(
      parseAgendaQuery(
        'elle vise une formation de cariste, la session volet 2 du 1er fevrier il reste de la place ?',
        NOW,
      ),
    ).toMatchObject({ kind: 'sessions', volet: 'volet 2' });
  });
});

describe('whom to contact and the figures, asked in a long sentence', () => {
  it.each<[string, unknown]>([
    [
      'je fais une note pour ma direction, qui est le coordonnateur departemental des dispositifs a l afpa, nom et fonction svp',
      { kind: 'contacts' },
    ],
    [
      'y a quelqu un a l afpa qui pourrait m aider a presenter le dispositif a l employeur',
      { kind: 'contacts' },
    ],
    [
      'ma cheffe demande ou nous en sommes des orientations vers la prepa, combien ont ete orientes a ce jour ?',
      { kind: 'figures', dispositif: 'prepa-competences' },
    ],
  ])('« %s »', (text, expected) => {
    expect(recognizeScopeQuestion(text)).toEqual(expected);
  });

  it('does not take « l’afpa de faire… » for another AFPA centre', () => {
    expect(
      recognizeScopeQuestion('il y a un moyen a l afpa de faire reconnaitre son savoir etre ?'),
    ).toBeUndefined();
  });
});

describe('a need told in a story', () => {
  it.each([
    [
      'est ce qu il existe un moyen a l afpa de faire reconnaitre son savoir etre, elle est tres fiable',
      'open-badges',
    ],
    [
      'plus tard il pourrait faire reconnaitre son experience de cuisinier sans refaire une formation ?',
      'vae',
    ],
  ])('« %s » → %s', (text, dispositif) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { dispositif } });
  });
});

describe('personAgain: a birthday and a correction told by someone else', () => {
  const last = { profile: { age: 15, inEducation: false }, programme: 'promo-16-18' as const };
  const apprentice = { profile: { age: 17, ase: true, inTraining: true }, programme: 'promo-16-18' as const };

  it('reads « il aura 16 ans le 2 avril, ça devient possible ? »', () => {
    expect(personAgain('il aura 16 ans le 2 avril, a ce moment la ca devient possible ?', last, NOW)).toEqual(
      {
        profile: { age: 16, inEducation: false },
        programme: 'promo-16-18',
      },
    );
  });

  it('reads « ah attends l’éduc me corrige… » and « il fait plus rien depuis »', () => {
    expect(
      personAgain(
        'ah attends l educ me corrige, elle est toujours inscrite au lycee et y va encore deux jours par semaine',
        last,
        NOW,
      )?.profile,
    ).toMatchObject({ inEducation: true });
    expect(
      personAgain(
        'ah en fait il a rompu son contrat vendredi et il fait plus rien depuis, ca change quoi ?',
        apprentice,
        NOW,
      )?.profile,
    ).toMatchObject({ inTraining: false, employed: false });
  });
});

describe('more of what a long story says', () => {
  it.each<[string, Record<string, unknown>]>([
    ['la dame que j accompagne a 52 ans, elle est au rsa', { age: 52, rsa: true }],
    [
      'le jeune que je suis a 16 ans et 3 mois, il est confie au service depuis deux ans',
      { age: 16, ase: true },
    ],
  ])('« %s »', (text, facts) => {
    expect(extractProfile(text).profile).toMatchObject(facts);
  });

  it('asks about the session named with « session »: « elle a fait le volet 1, la session volet 2 du 25 »', () => {
    expect(
      parseAgendaQuery(
        'elle a fait le volet 1, la session volet 2 du 25 janvier il reste de la place ?',
        NOW,
      ),
    ).toEqual({
      kind: 'sessions',
      volet: 'volet 2',
      withSeats: true,
      roomAsked: true,
      from: '2027-01-25',
      to: '2027-01-25',
      startsWithin: true,
    });
  });

  it('reads « une réunion d’info » as an information session', () => {
    expect(parseAgendaQuery('y a une reunion d info pour que la maman vienne voir ?', NOW)).toEqual({
      kind: 'events',
      types: ['info_collective'],
    });
  });

  it('keeps the programme of the thread after its events were asked', () => {
    const first = read('salariee en pec a la mairie, au rsa, comp pec ok pour elle ?');
    let context = contextAfter(first, NOW, '');
    const events = readMessage('y a une info coll pas loin de moissac ?', NOW, context, deps);
    context = contextAfter(events, NOW, '', context);
    expect(
      readMessage(
        'et ca va lui prendre combien de jours sur son temps de travail au total',
        NOW,
        context,
        deps,
      ),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['duration'] },
    });
  });
});

describe('a story that rules a programme out, or names the need', () => {
  it('does not offer Compétences PEC to someone « pas en PEC »: « reconnaître son expérience par un diplôme » is the VAE', () => {
    expect(
      read(
        'mr 50 ans au rsa, pas en pec, 15 ans de maconnerie, il voudrait faire reconnaitre son experience par un diplome, on a quoi pour lui ?',
      ),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'vae' } });
  });

  it('answers the RSFP for someone without the prerequisites of the VAE, even with the VAE named', () => {
    expect(read('elle a pas le niveau pour une vae, vous avez quoi pour elle ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });

  it.each([
    'monsieur 35 ans, inscrit a ft, pas au rsa, je peux le prescrire en prepa moi ?',
    'dame au rsa 50 ans, jamais fait de formation, elle a peur de pas suivre, la prepa ca peut l aider ?',
  ])('checks « %s »', (text) => {
    expect(read(text).kind).toBe('person');
  });

  it('reads « y a quoi pour elle ? » as an offer asked, not the agenda', () => {
    expect(parseAgendaQuery('elle a pas les prerequis, y a quoi pour elle ?', NOW)).toBeUndefined();
  });
});
