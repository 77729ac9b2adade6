import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { followUp } from '../../../data/qa/follow-up.js';
import { whatIfNote } from '../../../data/story-notes.js';
import { townSpelled } from '../../../data/agenda/towns.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind sets 70 and 71 showed, in other words than theirs: the plan's targets asked
 * for the copil, figures asked « pour de vrai », what the plan counts asked the other way
 * round, childcare, a trade's places beside a contrat jeune majeur, and people described
 * with what might block them.
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

describe('the plan’s targets and the figures done', () => {
  it.each([
    'rappelle-moi les objectifs du plan d’action pour prépa, PEC et promo',
    'les objectifs du plan d action stp',
  ])('« %s » gives every target', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'figures' });
  });

  it.each([
    'et dans les faits, combien y sont entrés ?',
    'combien y sont allés en vrai cette année ?',
    'cb de personnes y sont allees pour de vrai',
  ])('« %s » asks the figures done', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('figures');
  });

  it.each([
    'qu’est-ce qui est retenu comme indicateur pour les visites de plateaux ?',
    'les JPO, c’est compté comme indicateur comment ?',
  ])('« %s » asks what the plan counts for the events', (text) => {
    const question = recognizeScopeQuestion(text);
    expect(question?.kind).toBe('figures');
    expect(question?.kind === 'figures' && question.indicators).toContain('2.1.1');
  });
});

describe('subjects left to others, said with what the agreement does say', () => {
  it('childcare during a programme recalls the référent’s part on material conditions', () => {
    const question = recognizeScopeQuestion('la crèche pendant la prépa, c’est pris en charge par qui ?');
    expect(question?.kind).toBe('out_of_scope');
    expect(question?.kind === 'out_of_scope' && question.seeInstead).toMatch(/conditions matérielles/);
  });

  it('places in a trade asked for someone on a contrat jeune majeur are an agenda question', () => {
    expect(kinds('il reste des places en formation maçon ? il est en contrat jeune majeur')).toEqual([
      'agenda',
    ]);
  });
});

describe('programmes named side by side, asked one thing', () => {
  it.each<[string, string[]]>([
    ['la promo et la prépa ça dure cb chacune', ['promo-16-18', 'prepa-competences']],
    [
      'prépa comp / compétences PEC / promo 16-18 : ça se fait où ?',
      ['prepa-competences', 'competences-pec', 'promo-16-18'],
    ],
  ])('« %s » answers each', (text, dispositifs) => {
    const answers = kinds(text);
    expect(answers.map((a) => a.split(':')[0])).toEqual(dispositifs);
    expect(new Set(answers.map((a) => a.split(':')[1])).size).toBe(1);
    expect(answers[0]).not.toMatch(/:overview$/);
  });

  it('« prépa ou PEC pour elle ? » still weighs one against the other', () => {
    expect(kinds('prépa ou PEC pour elle ?')).not.toHaveLength(2);
  });
});

describe('people described with what might keep them out', () => {
  it.each([
    'madame est au RSA et inscrite à FT, ça l’empêche d’aller en prépa comp ?',
    'il est inscrit à France Travail en plus du RSA, est-ce que ça l’empêche de faire la prépa ? il veut préparer son entrée en formation',
  ])('« %s » is someone to check', (text) => {
    expect(kinds(text)).toEqual(['person']);
  });

  it('an apprenticeship begun is a training the person is in', () => {
    const reading = read(
      'un jeune ASE de 17 ans a commencé un apprentissage en mécanique en octobre, il peut faire la promo ?',
    );
    expect(reading.kind === 'person' && reading.extracted.profile.inTraining).toBe(true);
  });
});

describe('the person just checked, at an age to come', () => {
  const last = { profile: { age: 15, ase: true, inEducation: false }, programme: 'promo-16-18' as const };
  it.each([
    'et donc à 16 ans elle pourra ? c’est en mars',
    'et du coup a 16 ans il pourra ?',
    'ok et dès 16 ans il pourra y aller ?',
  ])('« %s » checks again at that age', (text) => {
    expect(personAgain(text, last, NOW)?.profile).toEqual({ age: 16, ase: true, inEducation: false });
  });
});

describe('the person’s agreement not given yet', () => {
  it.each([
    'attends, elle m’a pas encore dit oui en fait',
    'il a pas encore donné son accord, je lui en ai juste parlé',
    'en fait elle est pas encore d’accord, je dois la revoir',
  ])('« %s » recalls that the référent gathers it before prescribing', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('prescribing');
  });
});

describe('towns as they are spelled', () => {
  it.each([
    ['moissac', 'Moissac'],
    ['valence d agen', "Valence d'Agen"],
    ['toulouse', 'Toulouse'],
  ])('« %s » is written « %s »', (written, spelled) => {
    expect(townSpelled(written)).toBe(spelled);
  });
});

describe('more subjects left to others, and figures asked of the events', () => {
  it.each([
    [
      'une aide financière pour faire garder ses enfants pendant la prépa, ça existe ?',
      'le financement de la garde des enfants',
    ],
    [
      'l’état prend en charge combien du PEC pour l’employeur ?',
      'le contrat PEC lui-même (salaire, durée du travail)',
    ],
    [
      'c’est quoi le taux d’aide de l’état sur un contrat PEC ?',
      'le contrat PEC lui-même (salaire, durée du travail)',
    ],
  ])('« %s » is outside the agreement', (text, subject) => {
    const question = recognizeScopeQuestion(text);
    expect(question?.kind === 'out_of_scope' && question.subject).toBe(subject);
  });

  it.each(['nombre de participants aux JPO depuis septembre ?', 'cb de présents aux info coll cette année'])(
    '« %s » asks the figures',
    (text) => {
      expect(recognizeScopeQuestion(text)?.kind).toBe('figures');
    },
  );

  it('AFPA asking whether it takes someone in is a check of that person', () => {
    expect(
      kinds('prescription reçue pour une dame de 45 ans ni au RSA ni à FT, on la prend en prépa ?'),
    ).toEqual(['person']);
  });
});

describe('a programme asked « à qui elle s’adresse » beside another question', () => {
  it('« à qui s’adresse la PEC et qui la finance » asks its public, then who pays', () => {
    expect(kinds('vous pouvez me rappeler à qui s’adresse la PEC et qui la finance ?')).toEqual([
      'competences-pec:audience',
      'cost',
    ]);
  });

  it('« la prépa c combien de jours et c rémunéré ? » answers the length, then says pay is outside', () => {
    expect(kinds('la prépa c combien de jours et c rémunéré ?')).toEqual([
      'prepa-competences:duration',
      'out_of_scope',
    ]);
  });
});

describe('a hypothesis that rules the person out', () => {
  it('« et si elle avait 19 ans ? » after a 17-year-old says the Promo is no longer possible, and why', () => {
    const note = whatIfNote(
      { age: 17, ase: true, inEducation: false },
      { age: 19, ase: true, inEducation: false },
      undefined,
      { today: '2027-01-11' },
    );
    expect(note).toMatch(/^Dans ce cas, La Promo 16\/18 n’est plus possible\. .*19 ans/);
  });

  it('the reason is left to the check when the check shows that programme’s verdict below', () => {
    const profile = { age: 17, ase: true, inEducation: false };
    const note = whatIfNote(
      profile,
      { ...profile, age: 15 },
      'promo-16-18',
      { today: '2027-01-11' },
      'promo-16-18',
    );
    expect(note).toBe('Dans ce cas, La Promo 16/18 n’est plus possible.');
  });
});

describe('a check dictated with no punctuation', () => {
  it.each([
    'BRSA inscrite FT elle veut entrer en formation de cariste elle a peur de pas y arriver prepa comp pour elle',
    'monsieur au rsa depuis 2 ans sans diplome promo non prepa pour lui',
  ])('« %s » checks the person', (text) => {
    expect(kinds(text)).toEqual(['person']);
  });

  it('« … comp PEC possible et faut l’accord de l’employeur » checks, and answers the fact beside', () => {
    const reading = read(
      'madame en contrat PEC depuis 3 mois à la mairie elle est au rsa competences pec possible et faut l accord de l employeur',
    );
    expect(reading.kind).toBe('person');
    expect(reading.kind === 'person' && reading.also?.aspect).toBe('prescription');
  });
});

describe('figures done beside the target, and aid to the employer', () => {
  it.each([
    'et on les a atteints ?',
    'pour la prépa on a combien de personnes orientées depuis septembre et c’est quoi l’objectif ?',
  ])('« %s » asks the figures', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('figures');
  });

  it('« l’employeur il touche une aide en plus ? » is outside the agreement', () => {
    expect(recognizeScopeQuestion('et l employeur il touche une aide en plus ?')?.kind).toBe('out_of_scope');
  });

  it('« … c combien de jours et y a une aide au transport ? » answers the length, then says the aid is outside', () => {
    expect(kinds('la prepa c combien de jours et y a une aide pour le transport de la personne')).toEqual([
      'prepa-competences:duration',
      'out_of_scope',
    ]);
  });
});

describe('how far a programme can go', () => {
  it('« la promo ça peut aller jusqu’à combien de temps ? » asks its duration, not its public', () => {
    expect(kinds('la promo ça peut aller jusqu’à combien de temps ?')).toEqual(['promo-16-18:duration']);
  });
});

describe('« la suivante » after a week, « le suivant » after a month', () => {
  const week = { kind: 'events' as const, from: '2027-01-18', to: '2027-01-24' };
  const month = { kind: 'events' as const, from: '2027-02-01', to: '2027-02-28' };
  const at = NOW.toISOString();
  it('« et la suivante ? » after a week is the week after', () => {
    expect(followUp('et la suivante ?', { agenda: week, at }, NOW)).toEqual({
      kind: 'agenda',
      query: { ...week, from: '2027-01-25', to: '2027-01-31' },
    });
  });

  it('« et le suivant » after a month is the month after', () => {
    expect(followUp('et le suivant', { agenda: month, at }, NOW)).toEqual({
      kind: 'agenda',
      query: { ...month, from: '2027-03-01', to: '2027-03-31' },
    });
  });
});
