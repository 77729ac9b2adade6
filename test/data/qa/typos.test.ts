import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { withoutSlips } from '../../../data/qa/typos.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/** Messages typed fast on a keyboard: the slips a colleague reads without noticing them. */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('the domain’s words typed with one slip', () => {
  it.each([
    ['prochaine sesison prepa', 'prochaine session prepa'],
    ['reuinon metiers logistique', 'reunion metiers logistique'],
    ['les plcaes en soudure', 'les places en soudure'],
    ['il reste de la plcae', 'il reste de la place'],
    ['une visite de l ateleir', 'une visite de l atelier'],
    ['info coll a causade', 'info coll a caussade'],
    ['entree prepa a montaubna', 'entree prepa a montauban'],
    ['je veux prescirre la prepa', 'je veux prescrire la prepa'],
    ['les objecitfs 2022', 'les objectifs 2022'],
    ['c est en distancile', 'c est en distanciel'],
    ['la promo 1816 c est quoi', 'la promo 1618 c est quoi'],
  ])('« %s » reads « %s »', (typed, meant) => {
    expect(withoutSlips(typed)).toBe(meant);
  });

  it.each([
    // Grammar at the ends of words, not slips.
    'je la prescris demain',
    'elle est orientee par la mission locale',
    'les prochaines entrees',
    'il est content de son stage',
    'une prescrite la semaine derniere',
    'les caristes et les plaquistes',
    // Everyday words one letter from a word of the domain.
    'entre 16 et 18 ans',
    'toute la semaine',
    'la rentree scolaire',
    'les missions locales reperent les jeunes',
    'prepa compet c quoi',
  ])('leaves « %s » as it is', (text) => {
    expect(withoutSlips(text)).toBe(text);
  });

  it('corrects only a word close to one word of the domain, never a word of the agreement', () => {
    expect(withoutSlips('un parcours continu')).toBe('un parcours continu');
    expect(withoutSlips('la coordonatrice')).toBe('la coordonatrice');
  });
});

describe('what the slips no longer hide', () => {
  it('reads the agenda asked with slips in the kind, the trade and the town', () => {
    expect(parseAgendaQuery(normalizeText('prochaine reunoin metier batiment a Caussde'), NOW)).toMatchObject(
      {
        kind: 'events',
        types: ['reunion_metier'],
        place: expect.stringMatching(/caussade/i),
      },
    );
  });

  it('reads a programme’s step typed with a slip as that step', () => {
    expect(readMessage('la prepa comp le voelt 2 ca dure combien', NOW, undefined, deps)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences' },
    });
    expect(normalizeText('le voelt 2')).toBe('le volet 2');
  });
});
