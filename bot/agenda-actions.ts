import type { Attachment } from 'botbuilder';
import { VERBS, type CardAction } from '../cards/actions.js';
import { agendaListCard, importSample, PAGE_SIZE } from '../cards/agenda-cards.js';
import { agendaFormCard, readAgendaForm, valuesOfItem } from '../cards/agenda-form.js';
import { noticeCard } from '../cards/welcome-card.js';
import { hasRoom, type AgendaQuery } from '../data/agenda/agenda-query.js';
import { townSpelled } from '../data/agenda/towns.js';
import { sectorOf } from '../data/agenda/trades.js';
import { AgendaItemNotFoundError } from '../data/agenda/agenda-store.js';
import { dayAfter, frenchDay, parisDay } from '../data/dates.js';
import { formatEventWhen } from '../data/agenda/french-format.js';
import type { AgendaEvent, AgendaItem, AgendaKind, EntrySession } from '../data/agenda/model.js';
import type { Role } from '../data/access/roles.js';
import type { ActionDeps } from './teams/card-actions.js';

/**
 * The agenda from a card or a message: a list for everyone, and for AFPA staff the
 * forms and buttons to add, edit and cancel one item (checked by the router).
 */

/** Told the items a list shows, for what a later message says of them (« je l'inscris dessus »). */
export type ShownItems = (items: readonly AgendaItem<AgendaKind>[]) => void;

/** How a list card is drawn for whoever asks: AFPA staff get the edit buttons. */
function listOptions(deps: ActionDeps, roles: ReadonlySet<Role>, shown?: ShownItems) {
  return {
    ...(shown ? { shown } : {}),
    catalogue: deps.catalogue,
    now: deps.clock(),
    links: deps.links,
    canEdit: roles.has('afpa'),
    // AFPA staff do not prescribe; everyone else sees the button (the habilitation is checked on click).
    canPrescribe: !roles.has('afpa') || roles.has('referent'),
  };
}

/**
 * « prépa à distance prochaine session ? »: the entries entirely at a distance; those partly so
 * (mixte) only when there are none. « y en a à distance ? » asks which are, mixed ones too.
 * The query the list answers, with its items, each read once.
 */
async function entirelyFirst(
  asked: AgendaQuery,
  offset: number,
  agenda: ActionDeps['stores']['agenda'],
  now: Date,
): Promise<{ query: AgendaQuery; results: Awaited<ReturnType<typeof agenda.query>> }> {
  const wish =
    asked.modality && asked.modality !== 'mixte' && !asked.onlyModality && !asked.modalityQuestioned;
  if (wish && offset === 0) {
    const entirely: AgendaQuery = { ...asked, onlyModality: true };
    const results = await agenda.query(entirely, now);
    if (results.length > 0) return { query: entirely, results };
  }
  return { query: asked, results: await agenda.query(asked, now) };
}

/** « L’entrée du 25 janvier 2027 est complète. », or the dates of several. */
function completeSentence(full: readonly EntrySession[]): string {
  if (full.length === 1) return `L’entrée du ${frenchDay(full[0]!.start)} est complète.`;
  if (full.length <= 3)
    return `Les entrées du ${full.map((entry) => frenchDay(entry.start)).join(', du ')} sont complètes.`;
  return `${full.length} des entrées demandées sont complètes.`;
}

/** An agenda question answered as a list card, from `offset`; AFPA staff also get the edit buttons. */
export async function agendaCard(
  asked: AgendaQuery,
  offset: number,
  deps: ActionDeps,
  roles: ReadonlySet<Role>,
  shown?: ShownItems,
): Promise<Attachment> {
  const options = listOptions(deps, roles, shown);
  const now = options.now;
  const agenda = deps.stores.agenda;
  const { query, results } = await entirelyFirst(asked, offset, agenda, now);
  const fullOnes = async (before?: string) =>
    ((await agenda.query({ ...query, withSeats: undefined }, now)) as EntrySession[]).filter(
      (entry) => entry.seats === 0 && (before === undefined || entry.start < before),
    );
  // « entrées volet 2, il reste de la place ? »: the full ones among those asked are said, not hidden.
  if (results.length > 0 && offset === 0 && query.kind === 'sessions' && query.withSeats && query.roomAsked) {
    // « lundi 18 et lundi 25, lequel a de la place ? »: within the days asked, every full one is said.
    const full = await fullOnes(query.to ? undefined : (results.at(-1) as EntrySession).start);
    if (full.length > 0) {
      const complete = completeSentence(full);
      return agendaListCard(query, results, offset, {
        ...options,
        lead: (count) =>
          `${complete} ${count === 1 ? 'Celle-ci a des places :' : `Ces ${count} entrées ont des places :`}`,
      });
    }
  }
  // « il reste de la place le 25 ? » when that entry is full: say so, and show the next ones with room.
  if (results.length === 0 && query.kind === 'sessions' && query.withSeats) {
    const full = await fullOnes();
    if (full.length > 0) {
      const complete = completeSentence(full);
      const lead =
        (where = '') =>
        (count: number) =>
          count === 0
            ? `${complete} Aucune entrée suivante n’a de place pour l’instant.`
            : `${complete} ${count === 1 ? 'L’entrée suivante avec des places' : `Les ${count} entrées suivantes avec des places`}${where} :`;
      // A query of its own, so that « Voir la suite » pages through the same list.
      const { to: _to, ...rest } = query;
      const later = { ...rest, from: dayAfter(full.at(-1)!.start) };
      const next = await agenda.query(later, now);
      // None left there with room: the next ones elsewhere in the département.
      if (next.length === 0 && later.place) {
        const { place: _place, ...anywhere } = later;
        const elsewhere = await agenda.query(anywhere, now);
        if (elsewhere.length > 0)
          return agendaListCard(anywhere, elsewhere, offset, {
            ...options,
            lead: lead(', ailleurs dans le département'),
          });
      }
      return agendaListCard(later, next, offset, { ...options, lead: lead() });
    }
  }
  // « et à Castel ? » with nothing there that week: the next dates there rather than an empty list.
  // « et la suivante ? » with none left in Montauban: the next ones elsewhere.
  if (results.length === 0 && offset === 0) {
    for (const wider of widened(query, now)) {
      const later = await agenda.query(wider.query, now);
      if (later.length === 0) continue;
      const elsewhere = wider.thatDay ? ((await agenda.query(wider.thatDay, now)) as AgendaEvent[]) : [];
      const besides = elsewhere.length > 0 ? thatDayElsewhere(elsewhere) : undefined;
      // The next date, and when it is full the ones after it up to the first with room.
      const withRoom = later.findIndex((item) => hasRoom(wider.query.kind, item));
      const firstPage = wider.firstPage
        ? Math.min(PAGE_SIZE, Math.max(wider.firstPage, withRoom + 1))
        : undefined;
      const lead = firstPage || besides ? nothingThen(query, besides, firstPage) : wider.lead;
      return agendaListCard(wider.titled ?? wider.query, later, 0, {
        ...options,
        lead: () => lead,
        ...(firstPage ? { firstPage } : {}),
      });
    }
  }
  return agendaListCard(query, results, offset, options);
}

/**
 * « la JPO du 7 janvier, on peut encore y envoyer qqn ? » on the 11th: a day of the month is read as
 * the next one to come, next year's; the same day a few weeks ago is the one meant, and it is past.
 */
function dayJustPast(query: AgendaQuery, now: Date): string | undefined {
  if (!query.from || query.from !== query.to) return undefined;
  const lastYear = `${Number(query.from.slice(0, 4)) - 1}${query.from.slice(4)}`;
  const today = parisDay(now);
  const weeksAgo = parisDay(new Date(now.getTime() - 90 * 24 * 60 * 60 * 1000));
  // « jeudi dernier »: a day read as past already.
  if (query.from < today && query.from >= weeksAgo) return query.from;
  return lastYear < today && lastYear >= weeksAgo ? lastYear : undefined;
}

/**
 * `titled`: the list's title when it is not the query's (the dates from a day on, titled « prochaines »);
 * `thatDay`: the day asked elsewhere, whose events the lead names beside the town's next dates;
 * `firstPage`: how many of them to show first (the next one, after nothing in the period asked).
 */
type Widened = {
  query: AgendaQuery;
  lead: string;
  titled?: AgendaQuery;
  thatDay?: AgendaQuery;
  firstPage?: number;
};

/** « ce jour-là, ailleurs : Journée portes ouvertes du centre AFPA, mercredi 3 février 2027, 9 h – 17 h (AFPA Montauban) » */
function thatDayElsewhere(events: readonly AgendaEvent[]): string {
  const each = events.map(
    (event) => `${event.title}, ${formatEventWhen(event.start, event.end)} (${event.place})`,
  );
  return `ce jour-là, ailleurs : ${each.join(' ; ')}`;
}

/**
 * « info coll à Moissac le 20 janvier ? »: nothing that day, and the next dates are Moissac's, so
 * the lead names the day and the town the list keeps.
 */
function nothingThen(query: AgendaQuery, besides?: string, shown?: number): string {
  const when = query.from && query.from === query.to ? 'ce jour-là' : 'à cette période';
  const next = shown === 1 ? 'La prochaine date' : 'Les prochaines dates';
  return query.place
    ? `Rien à ${townSpelled(query.place)} ${when} pour l’instant${besides ? ` ; ${besides}` : ''}. ${next} à ${townSpelled(query.place)} :`
    : `Rien de prévu ${when} pour l’instant. ${next} :`;
}

/** The same question without its trade, its period, then its town: what to show rather than nothing. */
function widened(query: AgendaQuery, now: Date): Widened[] {
  const wider: Widened[] = [];
  // « visite élec c'est le 10 mars ? » then « et celle de soudure ? »: that trade's dates, before other trades that day.
  if (query.kind === 'events' && query.trade && (query.from || query.to) && !dayJustPast(query, now)) {
    const { from: _from, to: _to, ...anyDay } = query;
    const when = query.from && query.from === query.to ? `le ${frenchDay(query.from)}` : 'à cette période';
    wider.push({
      query: anyDay,
      titled: anyDay,
      lead: `Rien pour le métier « ${query.trade} » ${when}. Ses prochaines dates :`,
    });
  }
  // « réunion métier bâtiment à Caussade » then « et logistique ? »: that trade elsewhere before other trades there.
  if (query.kind === 'events' && query.trade && query.place) {
    const { place, ...anywhere } = query;
    wider.push({
      query: anywhere,
      lead: `Rien à ${townSpelled(place)} pour le métier « ${query.trade} » pour l’instant. Ailleurs dans le département :`,
    });
  }
  // « la réunion logistique c'est à Caussade le 23 février ? »: that trade's dates wherever and whenever, before other trades.
  if (
    query.kind === 'events' &&
    query.trade &&
    query.place &&
    (query.from || query.to) &&
    !dayJustPast(query, now)
  ) {
    const { place, from: _from, to: _to, ...anyDayAnywhere } = query;
    const when = query.from && query.from === query.to ? ` le ${frenchDay(query.from)}` : '';
    wider.push({
      query: anyDayAnywhere,
      titled: anyDayAnywhere,
      lead: `Rien à ${townSpelled(place)}${when} pour le métier « ${query.trade} ». Prochaines dates pour ce métier, dans tout le département :`,
    });
  }
  // « des JPO bientôt ? j'ai 3 bRSA intéressés par le bâtiment »: events for every trade, when none is for that one.
  if (query.kind === 'events' && query.trade) {
    const { trade, ...anyTrade } = query;
    wider.push({
      query: anyTrade,
      lead: `Rien de prévu pour le métier « ${trade} » pour l’instant. Les prochaines dates, tous métiers :`,
    });
  }
  const { from: _from, to: _to, ...anytime } = query;
  if (query.from || query.to) {
    const past = dayJustPast(query, now);
    // « et en mars ? » with nothing in March: the dates from March on, not February's again.
    const later =
      !past && query.from && query.from !== query.to && query.from > parisDay(now)
        ? { from: query.from }
        : {};
    // « ma collègue dit que la JPO c'est le 3 février à Moissac ? »: the town's next dates, and what
    // is on that day elsewhere (the date may be right, the town wrong).
    const oneDayInTown = !past && query.kind === 'events' && query.place && query.from === query.to;
    const { place: _place, ...thatDay } = query;
    // Nothing in the period asked: the next date only (« Voir la suite » gives the others); a day
    // just past gives those to come.
    wider.push({
      query: { ...anytime, ...later },
      titled: anytime,
      lead: past
        ? `Le ${frenchDay(past)} est passé. Les prochaines dates :`
        : nothingThen(query, undefined, 1),
      ...(oneDayInTown ? { thatDay } : {}),
      ...(past ? {} : { firstPage: 1 }),
    });
  }
  // « jpo le 3 février, c'est à Castel ? » with none ever at Castel: that day's, wherever they are.
  if (query.kind === 'events' && query.place && query.from && query.to) {
    const { place, ...elsewhere } = query;
    wider.push({
      query: elsewhere,
      lead: `Rien à ${townSpelled(place)} pour l’instant. ${query.from === query.to ? 'Ce jour-là' : 'À ces dates'}, ailleurs dans le département :`,
    });
  }
  // An event asked in a town and a period is not looked for elsewhere (« et à Moissac ? » asks Moissac);
  // an entry into a programme is, when none is left there (« et la suivante ? »).
  // Elsewhere means not in that town (« rien en présentiel à Montauban en février ? »); « et à
  // Moissac ? » after Montauban's list, not Montauban's again either.
  if (query.place && (wider.length === 0 || query.kind === 'sessions')) {
    const { place: _place, ...anywhere } = anytime;
    wider.push({
      query: { ...anywhere, elsewhereThan: query.elsewhereThan ?? query.place },
      titled: query,
      lead: `Rien à ${townSpelled(query.place)}${query.from || query.to ? ' à ces dates' : ''} pour l’instant. Ailleurs dans le département :`,
    });
  }
  // « des places en cuisine ? » with none published under that word, here or elsewhere: the sector's (« restauration »).
  const sector = query.kind === 'places' && query.trade ? sectorOf(query.trade) : undefined;
  if (sector)
    wider.push({
      query: { ...query, trade: sector },
      lead: `Aucune place publiée pour « ${query.trade} » pour l’instant. Dans le secteur « ${sector} » :`,
    });
  return wider;
}

/**
 * « ya quoi à Moissac en mars ? » asks for everything on: the events, and the entries
 * into the programmes in the same place and period (and, with no period, the trainings held there). A list with nothing in it is left out
 * when the other has something. Each list is read once.
 */
export async function agendaAnswer(
  query: AgendaQuery,
  deps: ActionDeps,
  roles: ReadonlySet<Role>,
  shown?: ShownItems,
): Promise<Attachment[]> {
  // « ah non c'est pour la PEC, atelier 2 » after it: that step's entries, the flag left behind.
  if (query.kind === 'sessions' && query.aroundTown && !query.volet)
    return aroundTown(query, deps, roles, shown);
  const whole =
    query.kind === 'events' && !query.types && !query.dispositif && !query.trade && !query.withSeats;
  if (!whole) return [await agendaCard(query, 0, deps, roles, shown)];
  const options = listOptions(deps, roles, shown);
  const entries: AgendaQuery = {
    kind: 'sessions',
    ...(query.place ? { place: query.place } : {}),
    ...(query.elsewhereThan ? { elsewhereThan: query.elsewhereThan } : {}),
    ...(query.weekday !== undefined ? { weekday: query.weekday } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
  // « caussade ? »: a town asked with no period, the trainings held there too.
  const trainings: AgendaQuery | undefined =
    query.place && !query.from && !query.to ? { kind: 'places', place: query.place } : undefined;
  const [events, sessions, places] = await Promise.all([
    deps.stores.agenda.query(query, options.now),
    deps.stores.agenda.query(entries, options.now),
    trainings ? deps.stores.agenda.query(trainings, options.now) : [],
  ]);
  // Nothing at all: the events card says so, or shows the next dates.
  if (events.length === 0 && sessions.length === 0 && places.length === 0)
    return [await agendaCard(query, 0, deps, roles, shown)];
  return listsWithItems(
    [[query, events], [entries, sessions], ...(trainings ? [[trainings, places] as Listed] : [])],
    options,
  );
}

type Listed = readonly [AgendaQuery, readonly AgendaItem<AgendaKind>[]];

/** One card per list that has something in it, in the order given. */
function listsWithItems(lists: readonly Listed[], options: ReturnType<typeof listOptions>): Attachment[] {
  return lists
    .filter(([, items]) => items.length > 0)
    .map(([listed, items]) => agendaListCard(listed, items, 0, options));
}

/**
 * « prépa à Valence ? », « y a de la prépa près de chez elle ? »: the programme's entries in that
 * town and its events there (an information session held nearby); one with nothing is left out
 * when the other has something, and with nothing at all the entries elsewhere are shown.
 */
async function aroundTown(
  query: AgendaQuery,
  deps: ActionDeps,
  roles: ReadonlySet<Role>,
  shown?: ShownItems,
): Promise<Attachment[]> {
  const { aroundTown: _around, ...entries } = query;
  const events: AgendaQuery = {
    kind: 'events',
    ...(query.dispositif ? { dispositif: query.dispositif } : {}),
    ...(query.place ? { place: query.place } : {}),
  };
  const options = listOptions(deps, roles, shown);
  const [sessions, held] = await Promise.all([
    deps.stores.agenda.query(entries, options.now),
    deps.stores.agenda.query(events, options.now),
  ]);
  if (sessions.length === 0 && held.length === 0) return [await agendaCard(entries, 0, deps, roles, shown)];
  return listsWithItems(
    [
      [entries, sessions],
      [events, held],
    ],
    options,
  );
}

const GONE_TEXT = 'Cet élément n’existe plus : il a peut-être été retiré ou remplacé par un import.';

/** Adding, editing, cancelling one item: AFPA staff only, checked on every action. */
export async function agendaEdit(action: AgendaEditAction, deps: ActionDeps): Promise<Attachment> {
  const { catalogue } = deps;
  const agenda = deps.stores.agenda;
  switch (action.verb) {
    case VERBS.openAgendaForm: {
      if (!action.id) return agendaFormCard(action.kind, catalogue);
      const item = await agenda.find(action.kind, action.id);
      return item
        ? agendaFormCard(action.kind, catalogue, { id: action.id, values: valuesOfItem(action.kind, item) })
        : noticeCard(GONE_TEXT);
    }
    case VERBS.saveAgendaItem: {
      const reading = readAgendaForm(action.kind, action, catalogue, parisDay(deps.clock()));
      if (!reading.ok)
        return agendaFormCard(action.kind, catalogue, {
          id: action.id,
          values: reading.values,
          errors: reading.errors,
        });
      const item = action.id ? { ...reading.item, id: action.id } : reading.item;
      const outcome = await agenda.upsert(action.kind, item);
      const sample = importSample(action.kind, [item], catalogue)[0] ?? '';
      return noticeCard(
        `${outcome === 'added' ? 'Publié' : 'Modifié'} : ${sample}. Les référents le voient dès maintenant.`,
      );
    }
    case VERBS.cancelEvent: {
      const event = await agenda.cancelEvent(action.id).catch((error: unknown) => {
        if (error instanceof AgendaItemNotFoundError) return undefined;
        throw error;
      });
      if (!event) return noticeCard(GONE_TEXT);
      return noticeCard(
        `Annulé : ${event.title}. Il reste affiché comme annulé jusqu’à sa date ; pour le rétablir, modifiez-le et enregistrez.`,
      );
    }
    case VERBS.removeAgendaItem: {
      const removed = await agenda.remove(action.kind, action.id).then(
        () => true,
        (error: unknown) => {
          if (error instanceof AgendaItemNotFoundError) return false;
          throw error;
        },
      );
      return noticeCard(removed ? 'Retiré : les référents ne le voient plus.' : GONE_TEXT);
    }
  }
}

export type AgendaEditAction = Extract<
  CardAction,
  { verb: 'openAgendaForm' | 'saveAgendaItem' | 'cancelEvent' | 'removeAgendaItem' }
>;
