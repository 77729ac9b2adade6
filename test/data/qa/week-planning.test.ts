import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { detectAspect } from '../../../data/qa/aspect.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage, type Reading } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * A référente planning her week on a Monday (11 January 2027) thinks in relative time:
 * « mercredi en huit », « dans quinze jours », « avant avril », « début février » after
 * another period, and asks what the agreement does not settle (school holidays). Said in
 * other words than blind set 126.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
type Context = Parameters<typeof readMessage>[2];
function thread(...messages: string[]): Reading {
  let context: Context;
  let reading: Reading = { kind: 'not_found' };
  for (const message of messages) {
    reading = readMessage(message, NOW, context, deps);
    context = contextAfter(reading, NOW, message, context);
  }
  return reading;
}
const agenda = (reading: Reading) => (reading.kind === 'agenda' ? reading.query : undefined);
const parsed = (text: string) => parseAgendaQuery(text, NOW);

describe('« en huit », « en quinze »: that weekday one or two weeks on', () => {
  it.each([
    ['mercredi en huit, une reunion metier ?', '2027-01-20'],
    ['lundi en huit y a des entrées ?', '2027-01-18'],
    ['vendredi en quinze des infos coll ?', '2027-01-29'],
    ['une visite mardi en 8 ?', '2027-01-19'],
  ])('%s → %s', (text, day) => {
    expect(parsed(text)).toMatchObject({ from: day, to: day });
  });

  it('is not a trade', () => {
    expect(parsed('info coll jeudi en huit à Moissac ?')?.trade).toBeUndefined();
  });
});

describe('« dans N jours » is around that day; « d’ici N jours » every day until then', () => {
  it('« dans quinze jours » is the week two weeks on', () => {
    expect(parsed('y aura une info coll dans quinze jours ?')).toMatchObject({
      from: '2027-01-25',
      to: '2027-01-31',
    });
  });
  it('« dans une semaine » is next week', () => {
    expect(parsed('une jpo dans une semaine ?')).toMatchObject({ from: '2027-01-18', to: '2027-01-24' });
  });
  it('« dans 3 jours » is that day', () => {
    expect(parsed('dans 3 jours il y a une info coll ?')).toMatchObject({
      from: '2027-01-14',
      to: '2027-01-14',
    });
  });
  it('« d’ici 15 jours » still starts today', () => {
    expect(parsed('d ici 15 jours une jpo ?')).toMatchObject({ from: '2027-01-11', to: '2027-01-26' });
  });
});

describe('a month as a bound', () => {
  it('« avant avril » is up to the end of March', () => {
    const query = parsed('a castel y a quelque chose avant avril ?');
    expect(query?.to).toBe('2027-03-31');
    expect(query?.from).toBeUndefined();
  });
  it('« à partir de mars » is from the first of March', () => {
    const query = parsed('des entrees prepa a partir de mars ?');
    expect(query?.from).toBe('2027-03-01');
    expect(query?.to).toBeUndefined();
  });
  it('« avant le 12/02 » is up to that day, written in figures', () => {
    const query = parsed('des jpo avant le 12/02 ?');
    expect(query?.to).toBe('2027-02-12');
    expect(query?.from).toBeUndefined();
  });
  it('« après février » is from the first of March', () => {
    expect(parsed('une visite apres fevrier ?')?.from).toBe('2027-03-01');
  });
  it.each([
    ['une entree prepa, il peut pas avant mars', '2027-03-01'],
    ['info coll pec ? elle pourra pas venir avant le 15 fevrier', '2027-02-15'],
    ['des jpo, mais pas avant le 8/02', '2027-02-08'],
    ['une info coll prepa ? elle peut pas avant le 20', '2027-01-20'],
    ['une visite soudure, mais pas avant mardi', '2027-01-12'],
  ])('« %s »: not before is from that day', (text, from) => {
    const query = parsed(text);
    expect(query?.from).toBe(from);
    expect(query?.to).toBeUndefined();
  });
  it('« elle peut pas commencer avant février » after a list of entries asks them from February', () => {
    const query = agenda(thread('prochaine entree prepa ?', 'elle peut pas commencer avant fevrier'));
    expect(query).toMatchObject({ kind: 'sessions', from: '2027-02-01' });
    expect(query?.to).toBeUndefined();
  });
});

describe('a follow-up that changes only the period or the modality', () => {
  it('« et début février ? » after « avant la fin du mois » is early February', () => {
    const query = agenda(thread('des jpo d ici la fin du mois ?', 'et debut fevrier alors ?'));
    expect(query).toMatchObject({ types: ['jpo'], from: '2027-02-01', to: '2027-02-10' });
  });
  it('« et à distance, c’est quand ? » keeps the programme, asks the remote entries, at any date', () => {
    const query = agenda(
      thread('une entree prepa lundi prochain ?', 'elle est en presentiel ?', 'et a distance, c est quand ?'),
    );
    expect(query).toMatchObject({
      kind: 'sessions',
      dispositif: 'prepa-competences',
      modality: 'distanciel',
    });
    expect(query?.from).toBeUndefined();
  });
  it('« la formation qui va avec » after a workshop visit is that trade’s training places', () => {
    const query = agenda(
      thread('la visite du plateau soudure c quand ?', 'et la formation qui va avec, il reste des places ?'),
    );
    expect(query).toMatchObject({ kind: 'places', trade: expect.stringMatching(/soud/) });
  });
});

describe('how long a programme may run beyond its weeks', () => {
  it.each([
    'la promo peut durer plus que 13 semaines ?',
    'promo 1618 ca peut depasser les 13 semaines ?',
    'ca peut aller au dela ?',
  ])('%s asks the duration', (text) => {
    expect(detectAspect(text)).toBe('duration');
  });
});

describe('school holidays are not in the agreement', () => {
  it.each([
    'les vacances scolaires de fevrier, la promo s arrete ?',
    'c est quand les vacances de paques ?',
    'pendant les vacances de la toussaint y a prepa ?',
  ])('%s', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('out_of_scope');
  });
});

describe('« l’objectif … c’est combien ? » asks the target; « c’est quoi l’objectif ? » the purpose', () => {
  it.each(['et l objectif de la prepa c combien ?', 'l’objectif pour la PEC, ça fait combien ?'])(
    '%s asks the target',
    (text) => {
      expect(detectAspect(text)).toBe('target');
    },
  );
  it.each(['c’est quoi l’objectif de la promo ?', 'l objectif de la prepa et ça dure combien de temps ?'])(
    '%s does not',
    (text) => {
      expect(detectAspect(text)).not.toBe('target');
    },
  );
});

describe('a party asked about that the agreement gives no part in what is shown', () => {
  const unnamed = (...messages: string[]) => {
    const reading = thread(...messages);
    return reading.kind === 'answer' ? reading.result : undefined;
  };
  it('« l’ASE est dans la boucle pour le suivi après la promo ? »: the agreement names the Missions locales, not the ASE', () => {
    const result = unnamed('l ase est dans la boucle pour le suivi des 6 mois apres la promo ?');
    expect(result).toMatchObject({ dispositif: 'promo-16-18', unnamedParty: 'l’ASE' });
  });
  it('after the Promo, « et nous à l’aide sociale à l’enfance, on est associés ? »', () => {
    const result = unnamed(
      'apres la promo le jeune est suivi ?',
      'et nous a l aide sociale a l enfance on est associes a ce suivi ?',
    );
    expect(result?.unnamedParty).toBe('l’ASE');
  });
  it('not when the agreement names that party there', () => {
    const result = unnamed('les missions locales sont associees au suivi apres la promo ?');
    expect(result?.unnamedParty).toBeUndefined();
  });
});
