import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntrySession } from '../../data/agenda/model.js';
import { personalConversation, REFERENT } from '../factories.js';
import { EndToEnd } from '../support/bot-harness.js';
import { cardText, prescriptionEnv, say } from '../support/prescription-flow.js';

const session = (id: string, start: string, end: string, place: string, volet: string): EntrySession => ({
  id,
  dispositif: 'prepa-competences',
  volet,
  start,
  end,
  place,
  modality: 'presentiel',
  seats: 8,
});

/** Monday 4 January 2027: every session below is still open. */
const NOW = new Date('2027-01-04T09:00:00Z');

/** Three Prépa Compétences entries: the message must single out one, not the first. */
const SESSIONS = [
  session('prepa-fevrier', '2027-02-01', '2027-02-12', 'AFPA Montauban', 'Volet 1'),
  session('prepa-fevrier-castel', '2027-02-01', '2027-02-12', 'Castelsarrasin', 'Volet 1'),
  session('prepa-mars', '2027-03-01', '2027-03-12', 'AFPA Montauban', 'Volet 2'),
];

describe('« Prescrire sur cette session » from the tab, end to end', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start(prescriptionEnv(), { clock: () => NOW });
    await e2e.bot.app.stores.agenda.replace('sessions', SESSIONS);
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it.each(SESSIONS.map((s) => [s.id]))(
    'the message the tab types opens the bot’s form on session %s',
    async (id) => {
      const response = await fetch(`${e2e.bot.url}/api/public/agenda?kind=sessions`);
      const { sessions } = (await response.json()) as { sessions: Array<{ id: string; prescribe: string }> };
      const message = sessions.find((s) => s.id === id)!.prescribe;
      const [form] = await e2e.say(say(e2e.serviceUrl, personalConversation(), REFERENT, message));
      expect(cardText(form!.attachments![0]!.content)).toContain('Prescrire Prépa Compétences');
      expect(JSON.stringify(form!.attachments)).toMatch(new RegExp(`"id":"session"[^}]*"value":"${id}"`));
    },
  );
});
