import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaFilters, runAgendaQuery, type AgendaQuery } from '../../data/agenda/agenda-query.js';
import { recognizePrescribeRequest } from '../../dialogs/commands.js';
import { importExample } from '../../examples/import-example.js';
import { startBot, type RunningBot } from '../support/bot-harness.js';
import { teamsHostPage } from '../support/teams-host-page.js';

/**
 * The tab in Debian's headless Chromium (playwright-core drives it; nothing is downloaded),
 * on the real server with the example agenda imported. One browser for the whole file.
 */

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `Tests de l’onglet ignorés : ${CHROMIUM} est absent (apt-get install chromium, comme le fait .ci/run).`,
  );

/** Monday 15 March 2027, 9:00 in Paris: the example agenda is moved to this week. */
const NOW = new Date('2027-03-15T08:00:00Z');
const APP_ID = '00000000-1111-2222-3333-444444444444';
const ARTEFACTS = join(process.cwd(), 'test-results', 'tab');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Target = Page | Frame;
type Listed = { kind: string; id: string; tag: string };

let bot: RunningBot;
let dataDir: string;
let browser: Browser;

async function newPage(
  viewport = { width: 1100, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  // The SDK asks Microsoft's CDN for its list of Teams origins: no network here, and the host is same-origin.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return { context, page: await context.newPage() };
}

async function ready(target: Target): Promise<void> {
  await target.waitForFunction(() => document.body.dataset['state'] === 'ready');
}

async function listed(target: Target): Promise<Listed[]> {
  return target.$$eval('#agenda-list li.item', (items) =>
    items.map((item) => ({
      kind: item.getAttribute('data-kind')!,
      id: item.getAttribute('data-id')!,
      tag: item.querySelector('.tag')!.textContent!,
    })),
  );
}

/** What the API lists for these parameters, in the page's order: events and entries by date. */
async function apiIds(query: string): Promise<string[]> {
  const answer = (await (await fetch(`${bot.url}/api/public/agenda?${query}`)).json()) as {
    events: Array<{ id: string; start: string }>;
    sessions: Array<{ id: string; start: string }>;
  };
  return [...answer.events, ...answer.sessions]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((i) => i.id);
}

/** Changes the form as a person does, then waits for the page to show the new answer. */
async function change(target: Target, action: () => Promise<unknown>): Promise<Listed[]> {
  await action();
  await ready(target);
  return listed(target);
}

/** The tab framed by a simulated Teams client that gives `theme`. */
async function inTeams(theme: 'default' | 'dark' | 'contrast') {
  const { context, page } = await newPage();
  const hostUrl = `${bot.url}/simulated-teams-host.html`;
  await page.route(hostUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: teamsHostPage('/tab/', theme) }),
  );
  await page.goto(hostUrl);
  const frame = page.frame({ url: /\/tab\/$/ })!;
  await frame.waitForFunction(() => document.documentElement.dataset['host'] === 'teams');
  await ready(frame);
  return { context, page, frame };
}

async function background(target: Target): Promise<string> {
  return target.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

describe.skipIf(!hasChromium)('the « Agenda & places » tab in Chromium', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cd82-tab-'));
    expect(await importExample(NOW, () => {}, { DATA_DIR: dataDir })).toBe(0);
    bot = await startBot(
      dataDir,
      { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant-1' },
      { clock: () => NOW },
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    await mkdir(ARTEFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads outside Teams with the imported agenda, the places and the dispositif sheets', async () => {
    const { context, page } = await newPage();
    await page.goto(`${bot.url}/tab/`);
    await ready(page);
    expect(await page.getAttribute('html', 'data-host')).toBe('browser');
    const items = await listed(page);
    expect(items.map((i) => i.id)).toEqual(await apiIds(''));
    expect(items.some((i) => i.tag === 'Journée portes ouvertes')).toBe(true);
    expect(items.some((i) => i.kind === 'session')).toBe(true);
    expect(await page.textContent('#agenda-status')).toMatch(
      /^\d+ événements et \d+ entrées en dispositif\.$/,
    );
    expect(await page.getAttribute('#feed', 'href')).toMatch(/\/agenda\.ics$/);
    const freshness = await page.$$eval('#places-table tbody tr td:nth-child(6)', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(freshness.length).toBe(5);
    for (const text of freshness)
      expect(text).toMatch(/^mis à jour (aujourd’hui|hier|il y a \d+ jours \(le \d+(er)? \S+\))$/);
    expect(await page.locator('#dispositifs-list details').count()).toBe(11);
    await page.click('details[data-id="prepa-competences"] summary');
    expect(await page.textContent('details[data-id="prepa-competences"]')).toContain(
      'Source : Protocole, § 3 (Prépa Compétences)',
    );
    const calendar = await page.getAttribute('#agenda-list li[data-kind="event"] a[download]', 'href');
    // The link carries PUBLIC_BASE_URL; here the server is on a free port.
    const calendarPath = new URL(calendar!).pathname;
    expect((await fetch(`${bot.url}${calendarPath}`)).headers.get('content-type')).toMatch(/^text\/calendar/);
    await context.close();
  });

  it('changes the list with each filter, as the API answers the same filters', async () => {
    const { context, page } = await newPage();
    await page.goto(`${bot.url}/tab/`);
    await ready(page);
    const all = await listed(page);

    const jpo = await change(page, () => page.selectOption('#filter-type', 'jpo'));
    expect(jpo.length).toBeGreaterThan(0);
    expect(jpo.every((i) => i.tag === 'Journée portes ouvertes')).toBe(true);
    expect(jpo.map((i) => i.id)).toEqual(await apiIds('type=jpo'));

    const entries = await change(page, () => page.selectOption('#filter-type', 'sessions'));
    expect(entries.every((i) => i.kind === 'session')).toBe(true);
    expect(entries.map((i) => i.id)).toEqual(await apiIds('kind=sessions'));

    await change(page, () => page.selectOption('#filter-type', ''));
    const promo = await change(page, () => page.selectOption('#filter-dispositif', 'promo-16-18'));
    expect(promo.map((i) => i.id)).toEqual(await apiIds('dispositif=promo-16-18'));
    expect(promo.length).toBeLessThan(all.length);
    expect(await page.locator('#agenda-list').textContent()).toContain('La Promo 16/18');

    await change(page, () => page.selectOption('#filter-dispositif', ''));
    const moissac = await change(page, () => page.selectOption('#filter-town', 'Moissac'));
    expect(moissac.map((i) => i.id)).toEqual(await apiIds('town=Moissac'));
    expect(moissac.length).toBeGreaterThan(0);
    expect(moissac.length).toBeLessThan(all.length);

    await change(page, () => page.selectOption('#filter-town', ''));
    const welding = await change(page, () => page.selectOption('#filter-trade', 'Soudure'));
    expect(welding.map((i) => i.id)).toEqual(await apiIds('trade=Soudure'));
    expect(welding.length).toBe(1);
    expect(await page.locator('#places-table tbody tr').count()).toBe(1);

    await change(page, () => page.selectOption('#filter-trade', ''));
    const withSeats = await change(page, () => page.check('#filter-seats'));
    expect(withSeats.map((i) => i.id)).toEqual(await apiIds('withSeats=true'));
    expect(withSeats.length).toBeLessThan(all.length);
    expect(await page.locator('#agenda-list').textContent()).not.toContain('Complet');

    const cleared = await change(page, () => page.click('button[type="reset"]'));
    expect(cleared).toEqual(all);
    await context.close();
  });

  it('shows the month as a calendar, each entry on its day, and moves between months', async () => {
    const { context, page } = await newPage();
    await page.goto(`${bot.url}/tab/`);
    await ready(page);
    await page.click('#view-month');
    expect(await page.getAttribute('#view-month', 'aria-pressed')).toBe('true');
    expect(await page.isHidden('#agenda-list')).toBe(true);
    expect(await page.textContent('#agenda-month caption')).toBe('mars 2027');
    // The Prépa Compétences volet 1 entry of the example starts on the Monday after NOW's.
    expect(await page.textContent('#agenda-month td[data-day="2027-03-22"]')).toContain(
      'Entrée Prépa Compétences – Volet 1',
    );
    await page.click('text=Mois suivant');
    expect(await page.textContent('#agenda-month caption')).toBe('avril 2027');
    // The keyboard stays on the button pressed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mois suivant');
    await context.close();
  });

  it('follows the theme a Teams host gives, and its theme changes', async () => {
    const light = await inTeams('default');
    expect(await light.frame.getAttribute('html', 'data-theme')).toBe('default');
    expect(await background(light.frame)).toBe('rgb(255, 255, 255)');
    await light.page.screenshot({ path: join(ARTEFACTS, 'theme-default.png') });
    await light.context.close();

    const dark = await inTeams('dark');
    expect(await dark.frame.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background(dark.frame)).toBe('rgb(31, 31, 31)');
    expect(await dark.frame.getAttribute('html', 'lang')).toBe('fr-fr');
    await dark.page.screenshot({ path: join(ARTEFACTS, 'theme-dark.png') });

    await dark.page.evaluate(() => (window as unknown as { setTheme(t: string): void }).setTheme('contrast'));
    await dark.frame.waitForFunction(() => document.documentElement.dataset['theme'] === 'contrast');
    expect(await background(dark.frame)).toBe('rgb(0, 0, 0)');
    await dark.page.screenshot({ path: join(ARTEFACTS, 'theme-contrast.png') });
    await dark.context.close();
  });

  it('opens the bot’s chat through Teams on « Prescrire sur cette session », naming that very session', async () => {
    const { context, page, frame } = await inTeams('default');
    const entry = frame.locator('#agenda-list li[data-kind="session"]', {
      has: frame.locator('a', { hasText: 'Prescrire sur cette session' }),
    });
    const sessionId = (await entry.first().getAttribute('data-id'))!;
    await entry.first().locator('a', { hasText: 'Prescrire sur cette session' }).click();
    await page.waitForFunction(() => (window as unknown as { openedLinks: string[] }).openedLinks.length > 0);
    const [opened] = await page.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks);
    const link = new URL(opened!);
    expect(`${link.origin}${link.pathname}`).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe(`28:${APP_ID}`);
    // The bot reads the message as it reads any request to prescribe, and finds that one session.
    const message = link.searchParams.get('message')!;
    const request = recognizePrescribeRequest(message)!;
    const query: AgendaQuery = { kind: 'sessions', ...request, ...agendaFilters(message, NOW) };
    const sessions = await bot.app.stores.agenda.list('sessions');
    expect(runAgendaQuery(sessions, query, NOW).map((s) => s.id)).toEqual([sessionId]);
    // The tab stayed where it was: Teams opened the chat, not the tab's frame.
    expect(frame.url()).toMatch(/\/tab\/$/);
    await context.close();
  });

  it('gives up waiting for a frame that is not Teams, and works the same', async () => {
    const { context, page } = await newPage();
    const hostUrl = `${bot.url}/not-teams.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<iframe title="onglet" src="/tab/"></iframe>' }),
    );
    await page.goto(hostUrl);
    const frame = page.frame({ url: /\/tab\/$/ })!;
    await ready(frame);
    expect((await listed(frame)).length).toBeGreaterThan(0);
    await frame.waitForFunction(() => document.documentElement.dataset['host'] === 'browser');
    await context.close();
  });

  it('is usable by keyboard with a visible focus, and fits a phone-width screen', async () => {
    const { context, page } = await newPage({ width: 360, height: 780 });
    await page.goto(`${bot.url}/tab/`);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller à l’agenda');
    await page.focus('#filter-type');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
    const before = await listed(page);
    const after = await change(page, () => page.keyboard.press('ArrowDown'));
    expect(after).not.toEqual(before);
    await page.screenshot({ path: join(ARTEFACTS, 'phone.png'), fullPage: true });
    await context.close();
  });

  it.each(['default', 'dark', 'contrast'] as const)(
    'has no serious accessibility violation in the %s theme (axe-core)',
    async (theme) => {
      const { context, page } = await newPage();
      await page.goto(`${bot.url}/tab/`);
      await ready(page);
      await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
      await page.click('details[data-id="promo-16-18"] summary');
      const listView = await new AxeBuilder({ page }).analyze();
      await page.click('#view-month');
      const monthView = await new AxeBuilder({ page }).include('#agenda').analyze();
      const serious = [...listView.violations, ...monthView.violations]
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
      await context.close();
    },
  );
});
