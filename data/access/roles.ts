/**
 * Who may do what. AFPA staff and administrators come from configuration; référents
 * are habilitated by AFPA (protocol § 5) in the bot, or listed in configuration.
 * Every card action checks these roles, whatever the card it came from.
 */
export const ROLES = ['referent', 'afpa', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Person = { id: string; aadObjectId?: string; name?: string };

export type AccessLists = {
  afpaStaffIds: readonly string[];
  adminIds: readonly string[];
  referentIds: readonly string[];
};

/** The ids a person is known by: their Teams id and, when Teams gives it, their Entra object id. */
export function idsOf(person: Person | undefined): string[] {
  if (!person) return [];
  return [person.id, person.aadObjectId].filter((id): id is string => Boolean(id));
}

/** The roles of `person`. An admin is also AFPA staff; a habilitated référent is a référent. */
export function rolesOf(
  person: Person | undefined,
  lists: AccessLists,
  isHabilitated: (ids: string[]) => boolean,
): Set<Role> {
  const ids = idsOf(person);
  const roles = new Set<Role>();
  const listed = (list: readonly string[]) => ids.some((id) => list.includes(id));
  if (listed(lists.adminIds)) roles.add('admin').add('afpa');
  if (listed(lists.afpaStaffIds)) roles.add('afpa');
  if (listed(lists.referentIds) || (ids.length > 0 && isHabilitated(ids))) roles.add('referent');
  return roles;
}
