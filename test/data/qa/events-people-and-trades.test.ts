import { describe, expect, it } from 'vitest';
import { comparisonCard } from '../../../cards/dispositif-cards.js';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { ruledOutOfTheChoice } from '../../../data/story-notes.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind set 87 showed, in other words than its own: coming to one of AFPA's events, two
 * trades asked in one message, « il reste combien » said of a trade, and two programmes asked of one person.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string, context?: Parameters<typeof readMessage>[2]) =>
  readMessage(text, NOW, context, deps);

describe('an event named by its day', () => {
  it.each([
    ['l info collective prepa du 14 c ou ?', '2027-01-14'],
    ['la reunion metier du 26 il reste de la place', '2027-01-26'],
    ['jpo du 3 ?', '2027-02-03'],
  ])('« %s » is that day', (text, day) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject({ from: day, to: day });
  });

  it.each(['la visite du 2 au 5 ?', 'une info coll le 14 h ?', 'reunion metier pour 12 personnes'])(
    '« %s » names no single day',
    (text) => {
      const query = parseAgendaQuery(text, NOW);
      expect(query?.from === query?.to && query?.from !== undefined).toBe(false);
    },
  );
});

describe('coming to an event', () => {
  it('« je peux l inscrire à l info coll prépa du 14 ? comment ? » lists that day, then how to come', () => {
    const reading = read('je peux l inscrire a l info coll prepa du 14 ? comment ?');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { types: ['info_collective'], from: '2027-01-14' } },
        {
          kind: 'scope',
          question: { kind: 'joiningEvent', type: 'info_collective', dispositif: 'prepa-competences' },
        },
      ],
    });
  });

  it('« on peut y emmener un allocataire ? » after the trade meetings asks about them', () => {
    const listed = {
      agenda: { kind: 'events' as const, types: ['reunion_metier' as const] },
      at: NOW.toISOString(),
    };
    expect(read('on peut y emmener un allocataire ?', listed)).toEqual({
      kind: 'scope',
      question: { kind: 'joiningEvent', type: 'reunion_metier' },
    });
  });

  it.each([
    'je peux l inscrire en prepa ?',
    'comment inscrire qqn sur l entree promo du 1er fevrier',
    'prochaine jpo ?',
  ])('« %s » is no event to come to', (text) => {
    const reading = read(text);
    const readings = reading.kind === 'several' ? reading.readings : [reading];
    expect(readings.some((r) => r.kind === 'scope' && r.question.kind === 'joiningEvent')).toBe(false);
  });
});

describe('places of a trade', () => {
  it.each([
    ['soudeur il en reste combien ?', 'soudure'],
    ['cariste cb il reste', 'cariste'],
  ])('« %s » asks its places', (text, trade) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject({
      kind: 'places',
      trade: expect.stringContaining(trade.slice(0, 4)),
    });
  });

  it('two trades asked in turn are two lists, the town of the first kept for the second', () => {
    const reading = read('des places en maconnerie a castelsarrasin ? et en plomberie ?');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { kind: 'places', place: expect.stringMatching(/castel/i) } },
        { kind: 'agenda', query: { kind: 'places', trade: expect.stringMatching(/plomb/) } },
      ],
    });
  });
});

describe('two programmes asked of one person', () => {
  it('« il peut faire la prépa ? et la comp pec également ? » checks both', () => {
    const said = extractProfile(
      'salarie en PEC au RSA, il peut faire la prepa ? et la comp pec egalement ?',
      {
        today: NOW,
      },
    );
    expect(said.choice).toEqual(expect.arrayContaining(['prepa-competences', 'competences-pec']));
    expect(said.programme).toBeUndefined();
  });

  it('both left after the facts are said to be checked; one ruled out is said with its reason', () => {
    const options = { today: NOW };
    const both = ruledOutOfTheChoice(
      { rsa: true, pecContract: true },
      ['competences-pec', 'prepa-competences'],
      options,
    );
    expect(both.lines.join(' ')).toMatch(/vérifie les deux : Compétences PEC et Prépa Compétences/);
    const one = ruledOutOfTheChoice({ age: 30, rsa: true }, ['promo-16-18', 'prepa-competences'], options);
    expect(one.left).toEqual(['prepa-competences']);
    expect(one.lines.join(' ')).not.toMatch(/les deux/);
  });
});

describe('« savoir-être » and a side the agreement says nothing of', () => {
  it.each(['ca dure 3 mois ou 4 pour la promo ? faudrait savoir', 'il doit savoir lire pour la prepa ?'])(
    '« %s » names no Open Badges',
    (text) => {
      const reading = read(text);
      expect(JSON.stringify(reading)).not.toContain('open-badges');
    },
  );

  it.each(['travailler son savoir etre', 'les savoirs-être, y a un dispositif ?'])(
    '« %s » still names Open Badges',
    (text) => {
      expect(JSON.stringify(read(text))).toContain('open-badges');
    },
  );

  it('two dispositifs compared on a point only one of them settles: the other says the agreement does not', () => {
    const card = JSON.stringify(comparisonCard(loadCatalogue(), 'promo-16-18', 'open-badges', ['duration']));
    expect(card).toContain('13 semaines');
    expect(card).toMatch(/ne précise pas la durée/);
  });
});
