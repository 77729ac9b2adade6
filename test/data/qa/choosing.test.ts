import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * A référent choosing between programmes or chaining them (blind set 130, said in other words):
 * the agreement says nothing of going from one to the next, and names roles to talk it over with.
 */
describe('going from one programme to another', () => {
  it.each([
    'apres le volet 1 elle peut enchainer direct le volet 2 ?',
    'a la fin de la prepa il entre automatiquement en formation ?',
    'juste apres la promo il peut faire autre chose a l afpa ?',
    'on peut cumuler comp pec et une prepa en meme temps ?',
  ])('« %s » is something the agreement does not settle', (text) => {
    const read = recognizeScopeQuestion(text);
    expect(read?.kind).toBe('out_of_scope');
    expect(read && 'subject' in read ? read.subject : '').toContain('passage d’un dispositif');
  });

  it('« elle pourra enchaîner sur une formation qualifiante ? » asks about AFPA’s trainings, which the agreement covers', () => {
    const read = recognizeScopeQuestion(
      'apres sa prepa elle pourra enchainer sur une formation qualifiante ?',
    );
    expect(read && 'subject' in read ? read.subject : '').not.toContain('passage d’un dispositif');
  });

  it('« après la promo, il se passe quoi ? » still asks what the programme says of its end', () => {
    expect(recognizeScopeQuestion('apres la promo il se passe quoi pour le jeune ?')?.kind).not.toBe(
      'out_of_scope',
    );
  });
});

describe('whom to talk a choice over with', () => {
  it.each([
    'je sais pas quoi choisir pour elle, je peux en parler a qui ?',
    'au departement qui fait le lien avec le centre afpa ?',
    'tu aurais le numero de la responsable accompagnement et parcours ?',
  ])('« %s » asks the roles the agreement names', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('contacts');
  });
});

describe('where the person works is not the programme asked', () => {
  it('« en chantier d’insertion depuis six mois, la RSFP ça lui irait ? » asks about the RSFP', () => {
    const reading = readMessage(
      'elle travaille en chantier d insertion depuis six mois, la rsfp ca lui irait ?',
      new Date('2027-01-11T09:00:00+01:00'),
      undefined,
      deps,
    );
    expect(reading.kind === 'answer' ? reading.result.dispositif : undefined).toBe('rsfp');
  });
});

describe('now or later', () => {
  it('« 15 ans, la promo tout de suite ou il faut attendre ? » checks the young person', () => {
    const reading = readMessage(
      'jeune de 15 ans confie a l ase, plus au college, la promo tout de suite ou il faut attendre ?',
      new Date('2027-01-11T09:00:00+01:00'),
      undefined,
      deps,
    );
    expect(reading).toMatchObject({
      kind: 'person',
      extracted: { asksEligibility: true, programme: 'promo-16-18' },
    });
  });
});

describe('the nearest date, after a programme', () => {
  it('« ok et la plus proche c’est quand ? » lists its entries', () => {
    const now = new Date('2027-01-11T09:00:00+01:00');
    const first = readMessage('comp pec ca dure combien ?', now, undefined, deps);
    const context = contextAfter(first, now, 'comp pec ca dure combien ?');
    expect(readMessage('ok et la plus proche c est quand ?', now, context, deps)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'competences-pec' },
    });
  });
});

/** The aspects each programme is answered on, for a reading that answers several. */
function answeredOn(reading: ReturnType<typeof readMessage>): Array<[string, string[]]> {
  const readings = reading.kind === 'several' ? reading.readings : [reading];
  return readings.map((r) =>
    r.kind === 'answer' ? [r.result.dispositif, r.result.aspects ?? [r.result.aspect]] : [r.kind, []],
  );
}

describe('« lequel … ? »: the same question asked of each programme, to choose', () => {
  const now = new Date('2027-01-11T09:00:00+01:00');
  it.each([
    ['laquelle des trois est la moins longue ?', 'duration'],
    ['lequel c le plus rapide ?', 'duration'],
    ['et lequel prend le moins de temps ?', 'duration'],
    ['lesquels je prescris directement moi et lesquels passent par la mission locale ?', 'prescription'],
    ['lequel peut se faire en visio ?', 'modality'],
  ])('« %s » answers it of Prépa, the PEC and the Promo', (text, aspect) => {
    expect(answeredOn(readMessage(text, now, undefined, deps))).toEqual([
      ['prepa-competences', [aspect]],
      ['competences-pec', [aspect]],
      ['promo-16-18', [aspect]],
    ]);
  });

  it('« entre la prépa et la promo, laquelle est la plus courte ? » answers the two named', () => {
    expect(
      answeredOn(
        readMessage('entre la prepa et la promo laquelle est la plus courte ?', now, undefined, deps),
      ),
    ).toEqual([
      ['prepa-competences', ['duration']],
      ['promo-16-18', ['duration']],
    ]);
  });

  it('« lequel est le plus court ? » after the three compared answers it of the three', () => {
    const first = readMessage(
      'lequel marche a distance entre prepa, comp pec et la 1618 ?',
      now,
      undefined,
      deps,
    );
    const context = contextAfter(first, now, 'lequel marche a distance entre prepa, comp pec et la 1618 ?');
    expect(
      answeredOn(readMessage('et lequel est le plus court ?', now, context, deps)).map(([d]) => d),
    ).toEqual(['prepa-competences', 'competences-pec', 'promo-16-18']);
  });
});

describe('the certification chosen within Compétences PEC', () => {
  const now = new Date('2027-01-11T09:00:00+01:00');
  it('« en PEC, entre VAE, RSFP et CléA, laquelle prend le moins de jours ? » is the PEC’s duration, which gives each', () => {
    expect(
      answeredOn(
        readMessage('en pec entre vae rsfp et clea laquelle prend le moins de jours ?', now, undefined, deps),
      ),
    ).toEqual([['competences-pec', ['duration']]]);
  });

  it('« qui choisit entre VAE, RSFP ou CléA dans la PEC ? » is the PEC’s steps, the first choosing the certification', () => {
    expect(
      answeredOn(readMessage('qui choisit entre vae rsfp ou clea dans la pec ?', now, undefined, deps)),
    ).toEqual([['competences-pec', ['phases']]]);
  });
});

describe('two steps of a programme side by side', () => {
  const now = new Date('2027-01-11T09:00:00+01:00');
  it.each([
    ['pec atelier 2 ou atelier 3, ca demarre quand ?', ['atelier 2', 'atelier 3']],
    ['les entrees prepa volet 1 et 2 en fevrier', ['volet 1', 'volet 2']],
  ])('« %s » lists the entries of each', (text, steps) => {
    const reading = readMessage(text, now, undefined, deps);
    const listed = reading.kind === 'several' ? reading.readings : [reading];
    expect(listed.map((r) => (r.kind === 'agenda' ? r.query.volet : r.kind))).toEqual(steps);
  });
});

describe('the RSFP for someone it is meant for (Accord, art. 2.1.4)', () => {
  const now = new Date('2027-01-11T09:00:00+01:00');
  it.each([
    [
      'il bosse en aci depuis 8 mois, pas de diplome, une rsfp c jouable ?',
      'salariés des structures d’insertion (SIAE)',
    ],
    [
      'elle a pas les prerequis pour la vae, la rsfp ca irait ?',
      'personnes qui n’ont pas les prérequis de la VAE',
    ],
  ])('« %s » says why it fits', (text, why) => {
    const reading = readMessage(text, now, undefined, deps);
    expect(reading.kind === 'answer' ? [reading.result.dispositif, reading.result.personFits] : []).toEqual([
      'rsfp',
      why,
    ]);
  });

  it('« c’est quoi la RSFP ? » describes no one', () => {
    const reading = readMessage('c est quoi la rsfp ?', now, undefined, deps);
    expect(reading.kind === 'answer' ? reading.result.personFits : 'other').toBeUndefined();
  });
});

describe('« prépa ou PEC pour elle ? », then her facts', () => {
  const now = new Date('2027-01-11T09:00:00+01:00');
  it('checks her for both programmes compared', () => {
    const reading = readThread(now, 'prepa ou pec pour lui ?', 'il est au rsa, en contrat pec a la mairie');
    expect(reading.kind === 'person' ? reading.extracted.choice : reading.kind).toEqual([
      'prepa-competences',
      'competences-pec',
    ]);
  });

  it('a programme named with the facts is the one checked', () => {
    const reading = readThread(
      now,
      'prepa ou pec pour lui ?',
      'il est au rsa, 30 ans, la promo c possible ?',
    );
    expect(reading.kind === 'person' ? [reading.extracted.programme, reading.extracted.choice] : []).toEqual([
      'promo-16-18',
      undefined,
    ]);
  });
});
