import { describe, expect, it } from 'vitest';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { followUp } from '../../../data/qa/follow-up.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind sets 80 and 81 showed, in other words than theirs: a référente who corrects
 * herself, chit-chat before the question, a fact asked beside a subject outside the
 * agreement, the other step after one step's duration, and people described formally.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);
const kinds = (text: string) => {
  const reading = read(text);
  const readings = reading.kind === 'several' ? reading.readings : [reading];
  return readings.map((r) =>
    r.kind === 'answer'
      ? `${r.result.dispositif}:${r.result.aspect}`
      : r.kind === 'scope'
        ? r.question.kind
        : r.kind,
  );
};

describe('what the référente means, not what she said first', () => {
  it('« en fait » is no trade', () => {
    const query = parseAgendaQuery('en fait y a une JPO bientot ?', NOW);
    expect(query?.kind).toBe('events');
    expect(query?.kind === 'events' && query.trade).toBeFalsy();
  });

  it('« la prépa… non en fait la PEC » asks the PEC’s information sessions', () => {
    expect(parseAgendaQuery('info coll prepa... ah non en fait pour la PEC, c quand ?', NOW)).toMatchObject({
      kind: 'events',
      dispositif: 'competences-pec',
    });
  });

  it('chit-chat before the question does not choose a subject outside the agreement', () => {
    expect(read('journee de fou, le logiciel a encore plante. bref, prochaine jpo a moissac ?').kind).toBe(
      'agenda',
    );
  });
});

describe('a fact beside a subject the agreement leaves out', () => {
  it.each([
    ['la pec ca dure combien et l afpa paie le transport ?', 'competences-pec:duration'],
    ['c est ou la promo et les jeunes sont loges ?', 'promo-16-18:modality'],
  ])('« %s » answers both', (text, fact) => {
    const answered = kinds(text);
    expect(answered).toContain(fact);
    expect(answered).toContain('out_of_scope');
  });
});

describe('follow-ups and words of the programmes', () => {
  it('« et le 2 ? » after how long volet 1 lasts asks about volet 2, not the 2nd of the month', () => {
    const context = {
      at: NOW.toISOString(),
      dispositif: 'prepa-competences',
      aspects: ['duration'],
      asked: 'combien de temps le volet 1 de la prepa',
    };
    expect(followUp('et le 2 ?', context as never, NOW)).toMatchObject({
      kind: 'dispositif',
      dispositif: 'prepa-competences',
    });
  });

  it('« après sa sortie de la promo » asks what comes after, not the agenda', () => {
    expect(parseAgendaQuery('la promo ils deviennent quoi apres leur sortie ?', NOW)).toBeUndefined();
  });

  it('« en classe virtuelle » is at a distance', () => {
    expect(parseAgendaQuery('une entree PEC en classe virtuelle bientot ?', NOW)).toMatchObject({
      kind: 'sessions',
      modality: 'distanciel',
    });
  });

  it('« les objectifs 30, 50, 10, ils datent de quand ? » gives the campaign’s year', () => {
    expect(recognizeScopeQuestion('les objectifs 30, 50, 10, ils datent de quelle annee ?')).toMatchObject({
      kind: 'figures',
    });
  });
});

describe('people described', () => {
  it.each([
    'Une jeune de 17 ans confiée à l’ASE, déscolarisée, sans emploi, pourrait-elle être orientée vers la Promo 16/18 ?',
    'BRSA 50 ans qui vise une formation de cariste ailleurs qu a l afpa, la prepa peut l aider ?',
  ])('« %s » is a check', (text) => {
    expect(read(text).kind).toBe('person');
  });

  it('« suivi par FT » is registered at France Travail', () => {
    expect(extractProfile('un monsieur suivi par FT, pas au RSA').profile).toMatchObject({
      registeredJobseeker: true,
      rsa: false,
    });
  });

  it('« pas sûre du métier » needs a project', () => {
    expect(extractProfile('BRSA 40 ans, veut se former mais pas sure du metier').aim).toBe('project');
  });
});

describe('what a référente types to the bot itself', () => {
  it.each(['tu es qui ?', 'vous etes qui au juste', 'qui es tu'])('« %s » gets the welcome', (text) => {
    expect(recognizeCommand(text)).toBe('help');
  });

  it.each(['ok nouvelle prescription svp', 'bon la prescription merci'])(
    '« %s » asks to prescribe, politely',
    (text) => {
      expect(recognizePrescribeRequest(text)).toEqual({});
    },
  );
});

describe('two questions of a pilot or a référente', () => {
  it('« objectif PEC et on en a fait combien ? » gives the figures card for the PEC', () => {
    expect(recognizeScopeQuestion('objectif PEC 2022 et on en a fait combien a date ?')).toMatchObject({
      kind: 'figures',
      dispositif: 'competences-pec',
    });
  });

  it('« comment on prescrit la pec et est ce que c est payant ? » answers both', () => {
    expect(kinds('comment on prescrit la pec et est ce que c est payant ?')).toEqual([
      'competences-pec:prescription',
      'cost',
    ]);
  });
});

describe('the story around the question', () => {
  it('a sentence that asks nothing does not choose a subject outside the agreement', () => {
    const reading = read(
      'semaine compliquee, la moitie de l equipe en conges. sinon y a une visite plateau soudure bientot ?',
    );
    expect(reading.kind).toBe('agenda');
    expect(reading.kind === 'agenda' && reading.query.trade).toMatch(/soudure/);
  });

  it('« en panne », « en retard » are no trades', () => {
    const query = parseAgendaQuery('mon ordi est en panne, y a une info coll en fevrier ?', NOW);
    expect(query?.kind === 'events' && query.trade).toBeFalsy();
  });

  it('« fin du mois » is the last days of this month', () => {
    expect(parseAgendaQuery('des JPO fin du mois ?', NOW)).toMatchObject({
      from: '2027-01-20',
      to: '2027-01-31',
    });
  });

  it('« et pour la promo ? » after the individual report of Prépa: the agreement sets none for it', () => {
    const context = { at: NOW.toISOString(), dispositif: 'prepa-competences', topic: 'bilan' };
    const reading = readMessage('et pour la promo 16/18 ?', NOW, context as never, deps);
    expect(reading).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
  });

  it('« quel rythme dans la semaine » asks how the programme is organised', () => {
    expect(kinds('la promo c quel rythme dans la semaine ?')).toEqual(['promo-16-18:modality']);
  });
});

describe('agenda follow-ups of sets 82 and 83', () => {
  it('« et autre part ? » after Moissac’s list: the same list, Moissac left out', () => {
    const context = {
      at: NOW.toISOString(),
      agenda: { kind: 'events', types: ['jpo'], place: 'moissac' },
    };
    expect(followUp('et autre part ?', context as never, NOW)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], elsewhereThan: 'moissac' },
    });
  });
});

describe('a day just past', () => {
  it('« mardi dernier » is last Tuesday, not the next one', () => {
    expect(
      parseAgendaQuery('la visite plateau de mardi dernier, on peut encore y aller ?', NOW),
    ).toMatchObject({
      from: '2027-01-05',
      to: '2027-01-05',
    });
  });
});

describe('a day just past, then the next ones', () => {
  it('« loupé celle de mardi dernier, la prochaine ? » asks the ones to come', () => {
    expect(
      parseAgendaQuery('j ai loupe la visite de mardi dernier, la prochaine c quand ?', NOW)?.from,
    ).toBeUndefined();
  });
});
