import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { detectAspect } from '../../../data/qa/aspect.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { deps } from '../../support/understanding-deps.js';
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

describe('an event believed compulsory before entering', () => {
  it.each([
    ['l info coll est obligatoire pour entrer en prepa ?', 'info_collective'],
    ['faut il forcement passer par une jpo avant de prescrire ?', 'jpo'],
    ['la reunion metier c est un passage oblige avant la formation je crois', 'reunion_metier'],
  ])('« %s » is answered with what the agreement says of it, which makes it no condition', (text, type) => {
    const reading = readMessage(text, NOW, undefined, deps);
    const first = reading.kind === 'several' ? reading.readings[0] : reading;
    expect(first).toMatchObject({ kind: 'scope', question: { kind: 'joiningEvent', type, required: true } });
  });

  it('« j’anime les infos coll : avant d’orienter qqn, le référent doit faire quoi ? » asks the référent’s part', () => {
    const reading = readMessage(
      'j anime les infos coll, avant d orienter qqn le referent doit faire quoi de son cote ?',
      NOW,
      undefined,
      deps,
    );
    expect(JSON.stringify(reading)).not.toContain('"required":true');
  });

  it('« des logos obligatoires sur l’affiche de la JPO ? » asks about the logos', () => {
    const reading = readMessage(
      'pour l affiche de la jpo y a des logos obligatoires ?',
      NOW,
      undefined,
      deps,
    );
    expect(JSON.stringify(reading)).not.toContain('"required":true');
  });

  it('« la prochaine info coll prépa c’est quand ? » is the agenda', () => {
    expect(readMessage('la prochaine info coll prepa c est quand ?', NOW, undefined, deps).kind).toBe(
      'agenda',
    );
  });
});

describe('a figure of what was done, believed', () => {
  it.each([
    ['on a deja depasse les 50 en comp pec cette annee non ?', 'competences-pec'],
    ['on en est a 12 jeunes en promo je crois', 'promo-16-18'],
  ])('« %s » asks the figures, which are not available yet', (text, dispositif) => {
    expect(readMessage(text, NOW, undefined, deps)).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures', dispositif },
    });
  });
});

describe('an event asked about after the wrong one was named', () => {
  const agendaOf = (reading: ReturnType<typeof readThread>) =>
    reading.kind === 'agenda' ? reading.query : undefined;
  it('« et celle de Moissac, c’est sur quoi ? » after the welding visit asks Moissac’s, whatever its trade', () => {
    const query = agendaOf(
      readThread(
        NOW,
        'la visite soudure c est a moissac le 3 mars ?',
        'ah et celle de moissac c est sur quoi alors',
      ),
    );
    expect(query).toMatchObject({ kind: 'events', place: 'moissac' });
    expect(query?.trade).toBeUndefined();
  });
  it('« et le 10, c’est quoi ? » after a trade meeting on another day asks that day’s, whatever its trade', () => {
    const query = agendaOf(
      readThread(NOW, 'reunion metier logistique c le 9 fevrier ?', 'et le 10 alors c quoi ?'),
    );
    expect(query).toMatchObject({ kind: 'events', types: ['reunion_metier'] });
    expect(query?.trade).toBeUndefined();
  });
  it('« et celle de Moissac ? » alone keeps the trade', () => {
    const query = agendaOf(
      readThread(NOW, 'la visite soudure c est a moissac le 3 mars ?', 'et celle de castel ?'),
    );
    expect(query?.trade).toBe('soudure');
  });
});

describe('a day believed, said after the town', () => {
  it('« la prochaine info coll prépa après celle du 14 » asks those after it, not the 14th', () => {
    expect(parseAgendaQuery('ok et la prochaine info coll prepa apres celle du 14', NOW)?.to).toBeUndefined();
  });

  it('« info coll prépa le 14 ou le 21 » is not the 21st alone', () => {
    const query = parseAgendaQuery('info coll prepa le 14 ou le 21 : laquelle est a castel ?', NOW);
    expect([query?.from, query?.to]).not.toEqual(['2027-01-21', '2027-01-21']);
  });

  it('« la réunion métier bâtiment c’est à Montauban le 26 ? » asks the 26th', () => {
    expect(parseAgendaQuery('la reunion metier batiment c est a montauban le 26 ?', NOW)).toMatchObject({
      from: '2027-01-26',
      to: '2027-01-26',
    });
  });
});

describe('a programme believed held only in one town', () => {
  it.each([
    ['la promo ca se passe que a montauban ?', 'promo-16-18'],
    ['prepa comp 2 a 8 jours c ca ? et c est seulement a montauban ?', 'prepa-competences'],
  ])('« %s » asks where it is held', (text, dispositif) => {
    const reading = readMessage(text, NOW, undefined, deps);
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif } });
    expect(reading.kind === 'answer' ? reading.result.aspects : []).toContain('modality');
  });
});

describe('figures and lengths that are no belief about the programme', () => {
  it.each([
    'elle est au rsa depuis 6 mois non ?',
    'elle prend un jour pour reflechir, la prepa c est pour qui ?',
  ])('« %s » asks no duration', (text) => {
    expect(detectAspect(text)).not.toBe('duration');
  });
  it('« il reste 3 places en cariste cette année ? » asks no target', () => {
    expect(detectAspect('il reste 3 places en cariste cette annee ?')).not.toBe('target');
  });
  it.each(['on a eu 2 refus de l afpa, pourquoi ?', 'on en est a 3 semaines d attente, c est normal ?'])(
    '« %s » asks no figures',
    (text) => {
      expect(recognizeScopeQuestion(text)?.kind).not.toBe('figures');
    },
  );
});

describe('a figure believed to be another programme’s target', () => {
  it.each([
    ['les 70 % de sorties positives c est l objectif de la prepa ?', 'promo-16-18', 'prepa-competences'],
    ['objectif de 50 brsa sur la prepa cette annee non ?', 'competences-pec', 'prepa-competences'],
    ['10 jeunes par an c est notre objectif sur compétences pec', 'promo-16-18', 'competences-pec'],
  ])('« %s » answers the target of the programme named, and whose figure it is', (text, owner, named) => {
    expect(readMessage(text, NOW, undefined, deps)).toMatchObject({
      kind: 'answer',
      result: { dispositif: named, aspect: 'target', figureOf: owner },
    });
  });

  it('with no programme named, what the agreement says of the programme the figure is of', () => {
    const reading = JSON.stringify(
      readMessage('objectif de 70 % de sorties positives c est sur quel dispositif ?', NOW, undefined, deps),
    );
    expect(reading).toContain('Promo 16');
    expect(reading).toContain('70');
  });

  it('a figure that is the programme’s own confirms it: no correction', () => {
    const reading = readMessage('on vise bien 30 brsa en prepa comp cette annee ?', NOW, undefined, deps);
    expect(JSON.stringify(reading)).not.toContain('figureOf');
  });

  it('a figure no target holds changes nothing', () => {
    const reading = readMessage('l objectif c est 40 brsa en prepa ?', NOW, undefined, deps);
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences' } });
    expect(JSON.stringify(reading)).not.toContain('figureOf');
  });
});

describe('a step of Prépa Compétences believed to have the other’s purpose', () => {
  it.each([
    'le volet 1 c est bien pour securiser l entree en formation de la prepa ?',
    'prepa volet 2 = consolider son projet non ?',
  ])('« %s » shows both steps, which corrects it', (text) => {
    const reading = readMessage(text, NOW, undefined, deps);
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences' } });
    expect(JSON.stringify(reading)).not.toContain('"step"');
  });

  it('a step named with its own purpose keeps that step alone', () => {
    expect(
      readMessage(
        'le volet 2 de la prepa c est pour assurer son entree en formation ?',
        NOW,
        undefined,
        deps,
      ),
    ).toMatchObject({ kind: 'answer', result: { step: 'volet 2' } });
  });
});

describe('beliefs on who pays', () => {
  it('« la promo leur finance le permis ? »: nothing on paying for it, and La Promo’s highway code beside', () => {
    const reading = readMessage('la promo 16 18 leur finance le permis de conduire ?', NOW, undefined, deps);
    expect(reading.kind).toBe('several');
    expect(JSON.stringify(reading)).toContain('code la route');
  });

  it('the licence asked of Prépa Compétences gets no highway code', () => {
    expect(JSON.stringify(readMessage('la prepa paye le permis ?', NOW, undefined, deps))).not.toContain(
      'code la route',
    );
  });
});
