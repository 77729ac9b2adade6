import type { ChannelAccount } from 'botbuilder';
import type { AppConfig } from './config.js';

/**
 * Who may publish AFPA's agenda. The lists are configuration: a Teams user id
 * ("29:…") or an Entra object id, as the Teams admin sees it.
 */
export function canPublishAgenda(from: ChannelAccount | undefined, access: AppConfig['access']): boolean {
  if (!from) return false;
  const ids = [from.id, from.aadObjectId].filter((id): id is string => Boolean(id));
  const allowed = new Set([...access.afpaStaffIds, ...access.adminIds]);
  return ids.some((id) => allowed.has(id));
}

export const NOT_ALLOWED_TEXT =
  'Seule l’équipe AFPA habilitée peut publier ou modifier l’agenda. Si vous devriez y avoir accès, demandez à l’administrateur de vous ajouter.';
