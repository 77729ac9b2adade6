import { describe, expect, it } from 'vitest';
import { idsOf, rolesOf, type AccessLists, type Person, type Role } from '../../../data/access/roles.js';

const LISTS: AccessLists = {
  afpaStaffIds: ['29:staff', 'aad-staff'],
  adminIds: ['aad-admin'],
  referentIds: ['29:listed-referent'],
};
/** Référents AFPA habilitated in the bot, by one of their ids. */
const HABILITATED = new Set(['29:habilitated', 'aad-habilitated']);
const isHabilitated = (ids: string[]) => ids.some((id) => HABILITATED.has(id));

describe('rolesOf', () => {
  const cases: Array<[string, Person | undefined, Role[]]> = [
    ['AFPA staff by Teams id', { id: '29:staff' }, ['afpa']],
    ['AFPA staff by Entra id', { id: '29:someone', aadObjectId: 'aad-staff' }, ['afpa']],
    ['an admin is also AFPA staff', { id: '29:x', aadObjectId: 'aad-admin' }, ['admin', 'afpa']],
    ['an admin listed by Teams id only is not one when Teams gives another id', { id: '29:admin' }, []],
    ['a référent listed in configuration', { id: '29:listed-referent' }, ['referent']],
    ['a référent habilitated by Teams id', { id: '29:habilitated' }, ['referent']],
    [
      'a référent habilitated by Entra id, Teams id changed',
      { id: '29:new', aadObjectId: 'aad-habilitated' },
      ['referent'],
    ],
    [
      'a staff member also habilitated as référent',
      { id: '29:staff', aadObjectId: 'aad-habilitated' },
      ['afpa', 'referent'],
    ],
    ['someone unknown', { id: '29:unknown', aadObjectId: 'aad-unknown' }, []],
    ['nobody', undefined, []],
    ['an empty id matches nothing', { id: '' }, []],
  ];

  it.each(cases)('%s', (_name, person, expected) => {
    expect([...rolesOf(person, LISTS, isHabilitated)].sort()).toEqual([...expected].sort());
  });

  it('asks the habilitations with every id of the person, and not at all for nobody', () => {
    const asked: string[][] = [];
    rolesOf({ id: '29:a', aadObjectId: 'aad-a' }, LISTS, (ids) => (asked.push(ids), false));
    rolesOf(undefined, LISTS, (ids) => (asked.push(ids), true));
    rolesOf({ id: '' }, LISTS, (ids) => (asked.push(ids), true));
    expect(asked).toEqual([['29:a', 'aad-a']]);
  });

  it('gives no role when every list is empty', () => {
    const none: AccessLists = { afpaStaffIds: [], adminIds: [], referentIds: [] };
    expect(rolesOf({ id: '29:staff', aadObjectId: 'aad-admin' }, none, () => false).size).toBe(0);
  });
});

describe('idsOf', () => {
  it.each([
    [{ id: '29:a', aadObjectId: 'aad-a' }, ['29:a', 'aad-a']],
    [{ id: '29:a' }, ['29:a']],
    [{ id: '29:a', aadObjectId: '' }, ['29:a']],
    [undefined, []],
  ] as Array<[Person | undefined, string[]]>)('%j → %j', (person, ids) => {
    expect(idsOf(person)).toEqual(ids);
  });
});
