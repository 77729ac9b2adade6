import { describe, expect, it } from 'vitest';
import { Habilitations, type Habilitation } from '../../../data/access/habilitations.js';
import { idsOf, rolesOf } from '../../../data/access/roles.js';
import { MemoryDocumentStore } from '../../../data/store/document-store.js';
import { recordingDocumentStore, testClock } from '../../factories.js';

const CAMILLE = { id: '29:camille', aadObjectId: 'aad-camille', name: 'Camille Référente' };
const LUC = { id: '29:luc', name: 'Luc Référent' };
const BY = 'Coordinatrice AFPA';

async function setup() {
  const memory = new MemoryDocumentStore();
  const docs = recordingDocumentStore(memory);
  const time = testClock('2027-05-03T08:00:00.000Z');
  return { memory, docs, time, habilitations: await Habilitations.open(docs) };
}

const stored = async (memory: MemoryDocumentStore) => [
  ...(await memory.all<Habilitation>('habilitations')).values(),
];

describe('Habilitations', () => {
  it('habilitates a référent, known by their Teams id or their Entra id', async () => {
    const { habilitations, time } = await setup();
    expect(await habilitations.grant(CAMILLE, BY, time.clock())).toBe('granted');
    expect(habilitations.isHabilitated(['29:camille'])).toBe(true);
    expect(habilitations.isHabilitated(['aad-camille'])).toBe(true);
    expect(habilitations.isHabilitated(['29:camille-new-chat', 'aad-camille'])).toBe(true);
    expect(habilitations.isHabilitated(['29:luc'])).toBe(false);
    expect(habilitations.isHabilitated([])).toBe(false);
    expect(habilitations.active()).toEqual([
      { person: CAMILLE, grantedBy: BY, grantedAt: '2027-05-03T08:00:00.000Z' },
    ]);
  });

  it('makes a habilitated person a référent for rolesOf', async () => {
    const { habilitations, time } = await setup();
    const lists = { afpaStaffIds: [], adminIds: [], referentIds: [] };
    const roles = () => [
      ...rolesOf({ id: '29:other-id', aadObjectId: 'aad-camille' }, lists, (ids) =>
        habilitations.isHabilitated(ids),
      ),
    ];
    expect(roles()).toEqual([]);
    await habilitations.grant(CAMILLE, BY, time.clock());
    expect(roles()).toEqual(['referent']);
  });

  it('answers « already » to a second grant, by either id, and writes nothing', async () => {
    const { habilitations, time, docs } = await setup();
    await habilitations.grant(CAMILLE, BY, time.clock());
    const writes = docs.commits.length;
    expect(await habilitations.grant(CAMILLE, 'Someone else', time.clock())).toBe('already');
    expect(await habilitations.grant({ ...CAMILLE, id: '29:camille-other-chat' }, BY, time.clock())).toBe(
      'already',
    );
    expect(docs.commits.length).toBe(writes);
    expect(habilitations.active()).toHaveLength(1);
  });

  it.each([
    ['by Teams id', CAMILLE.id],
    ['by Entra id', CAMILLE.aadObjectId],
  ])('withdraws a habilitation %s and keeps the record of who did it and when', async (_name, personId) => {
    const { habilitations, time, memory } = await setup();
    await habilitations.grant(CAMILLE, BY, time.clock());
    await habilitations.grant(LUC, BY, time.clock());
    time.advance({ days: 40 });
    const withdrawn = await habilitations.withdraw(personId, 'Directeur du centre', time.clock());
    expect(withdrawn).toEqual({
      person: CAMILLE,
      grantedBy: BY,
      grantedAt: '2027-05-03T08:00:00.000Z',
      withdrawnBy: 'Directeur du centre',
      withdrawnAt: '2027-06-12T08:00:00.000Z',
    });
    expect(habilitations.isHabilitated(idsOf(CAMILLE))).toBe(false);
    expect(habilitations.active().map((h) => h.person.id)).toEqual([LUC.id]);
    // The record stays, in the store and after a restart.
    expect(await stored(memory)).toContainEqual(withdrawn);
    const reopened = await Habilitations.open(memory);
    expect(reopened.isHabilitated(idsOf(CAMILLE))).toBe(false);
    expect(reopened.isHabilitated(idsOf(LUC))).toBe(true);
  });

  it('answers undefined to a withdrawal of someone not habilitated, or already withdrawn', async () => {
    const { habilitations, time, docs } = await setup();
    await habilitations.grant(CAMILLE, BY, time.clock());
    expect(await habilitations.withdraw('29:nobody', BY, time.clock())).toBeUndefined();
    expect(await habilitations.withdraw(CAMILLE.id, BY, time.clock())).toBeDefined();
    const writes = docs.commits.length;
    expect(await habilitations.withdraw(CAMILLE.id, BY, time.clock())).toBeUndefined();
    expect(docs.commits.length).toBe(writes);
  });

  it('habilitates again after a withdrawal', async () => {
    const { habilitations, time } = await setup();
    await habilitations.grant(CAMILLE, BY, time.clock());
    await habilitations.withdraw(CAMILLE.id, BY, time.clock());
    time.advance({ days: 1 });
    expect(await habilitations.grant(CAMILLE, 'Autre coordinatrice', time.clock())).toBe('granted');
    expect(habilitations.isHabilitated([CAMILLE.aadObjectId])).toBe(true);
    expect(habilitations.active()).toEqual([
      { person: CAMILLE, grantedBy: 'Autre coordinatrice', grantedAt: '2027-05-04T08:00:00.000Z' },
    ]);
  });

  it('habilitates a person Teams gives no Entra id for, by their Teams id', async () => {
    const { habilitations, time, memory } = await setup();
    expect(await habilitations.grant(LUC, BY, time.clock())).toBe('granted');
    expect(habilitations.isHabilitated([LUC.id])).toBe(true);
    expect((await Habilitations.open(memory)).isHabilitated([LUC.id])).toBe(true);
  });

  it('lists the current habilitations by name, in French order', async () => {
    const { habilitations, time } = await setup();
    for (const [id, name] of [
      ['29:f', 'Fabienne'],
      ['29:e2', 'Éloïse'],
      ['29:e1', 'Eric'],
      ['29:a', 'anne'],
    ])
      await habilitations.grant({ id: id!, name: name! }, BY, time.clock());
    expect(habilitations.active().map((h) => h.person.name)).toEqual(['anne', 'Éloïse', 'Eric', 'Fabienne']);
  });

  // A référent habilitated by their Teams id (typed in the form before they ever spoke to
  // the bot), then again from the list of known people once the bot knows their Entra id.
  describe('one person granted under their Teams id, then under their Entra id', () => {
    it('answers « already » to the second grant', async () => {
      const { habilitations, time } = await setup();
      await habilitations.grant({ id: CAMILLE.id, name: CAMILLE.name }, BY, time.clock());
      expect(await habilitations.grant(CAMILLE, BY, time.clock())).toBe('already');
    });

    it('is no longer habilitated once the habilitation is withdrawn', async () => {
      const { habilitations, time } = await setup();
      await habilitations.grant({ id: CAMILLE.id, name: CAMILLE.name }, BY, time.clock());
      await habilitations.grant(CAMILLE, BY, time.clock());
      expect(await habilitations.withdraw(CAMILLE.id, BY, time.clock())).toBeDefined();
      expect(habilitations.active()).toEqual([]);
      expect(habilitations.isHabilitated(idsOf(CAMILLE))).toBe(false);
    });
  });
});
