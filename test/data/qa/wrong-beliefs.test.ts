import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { detectAspect } from '../../../data/qa/aspect.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * A question that carries what the référent believes (« c'est bien 3 jours ? », « on a 100 places
 * par an, non ? », « les JPO c'est seulement à Montauban ? »): the answer is the fact the belief is
 * about, which confirms or corrects it. Written from the agreement, in other words than blind set 133.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('a length believed is a duration asked', () => {
  it.each([
    'competences pec c est 3 jours non ?',
    'la vae en pec ca prend juste une demi journee ?',
    '13 semaines la promo c bien ca ?',
    'la clea ca dure une journee il me semble',
    'la prepa 4 semaines c est ca ?',
  ])('« %s »', (question) => {
    expect(detectAspect(question)).toBe('duration');
  });
});

describe('a registration believed needed asks whom the programme is for', () => {
  it.each([
    'faut d abord l inscrire a france travail non ?',
    'on doit forcement les inscrire au pole emploi avant ?',
  ])('« %s »', (question) => {
    expect(detectAspect(question)).toBe('audience');
  });
});

describe('a number of places believed is the target asked', () => {
  it.each([
    ['on a bien 100 places par an sur la prepa ?', 'prepa-competences'],
    ['c est 30 jeunes ase par an sur la promo non ?', 'promo-16-18'],
  ])('« %s »', (question, dispositif) => {
    const reading = readThread(NOW, question);
    const asked =
      reading.kind === 'scope' && reading.question.kind === 'figures'
        ? reading.question.dispositif
        : reading.kind === 'answer'
          ? `${reading.result.dispositif} ${reading.result.aspect}`
          : reading.kind;
    expect([dispositif, `${dispositif} target`]).toContain(asked);
  });
});

describe('« seulement à Montauban ? » asks whether it is held elsewhere', () => {
  it.each([
    'les jpo c est seulement a montauban ?',
    'y a des infos coll prepa que sur montauban ?',
    'les reunions metiers c uniquement a montauban non ?',
  ])('« %s » lists them wherever they are', (question) => {
    const query = parseAgendaQuery(question, NOW);
    expect(query?.types?.length).toBeGreaterThan(0);
    expect(query?.place).toBeUndefined();
  });

  it.each([
    'une jpo a moissac ?',
    'il ne peut aller qu a moissac, une info coll prepa ?',
    'les jpo en fevrier, seulement a moissac',
  ])('« %s » still asks Moissac', (question) => {
    expect(parseAgendaQuery(question, NOW)?.place).toBe('moissac');
  });
});
