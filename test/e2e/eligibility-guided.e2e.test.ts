import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOTHING_IN_PROGRESS } from '../../dialogs/cancel-and-help-dialog.js';
import { RESUME_OFFER, RESUMED_TEXT } from '../../dialogs/eligibility-dialog.js';
import { cardSubmit, personalConversation, teamsMessage, type TeamsConversation } from '../factories.js';
import { EndToEnd, headline, visibleText } from '../support/bot-harness.js';

/**
 * The guided check through the real server, with the agreement's 2022 campaign and
 * today's date (the Département's entries are closed): one question at a time, a
 * correction at any step, a question in the middle and « reprendre », « annuler ».
 */

async function everythingStored(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const contents = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  return contents.join('\n');
}

/** Each question at the start of its prompt: the result card may quote it in « À vérifier ». */
const QUESTION = {
  age: /^Quel âge/,
  rsa: /^La personne perçoit-elle le RSA/,
  followed: /^La personne est-elle accompagnée par un référent du Département/,
  franceTravail: /^La personne est-elle inscrite à France Travail/,
  pec: /^La personne est-elle en contrat Parcours Emploi Compétences/,
  school: /^Le jeune est-il encore scolarisé/,
  training: /^Le jeune est-il en formation/,
};

describe('the guided eligibility check, end to end', () => {
  let e2e: EndToEnd;
  let conversation: TeamsConversation;
  // What the bot says, one paragraph a line: a question comes in one message with what leads to it.
  const paragraphs = (replies: Partial<Activity>[]) => replies.flatMap((r) => visibleText(r).split('\n\n'));
  const say = async (text: string) =>
    paragraphs(await e2e.say(teamsMessage(e2e.serviceUrl, conversation, text)));
  const press = async (value: Record<string, unknown>) =>
    paragraphs(await e2e.say(cardSubmit(e2e.serviceUrl, conversation, value)));

  beforeEach(async () => {
    e2e = await new EndToEnd().start();
    conversation = personalConversation();
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('asks an adult every decisive question, then reads « critères remplis, entrées closes »', async () => {
    expect((await press({ verb: 'startGuidedEligibility' })).at(-1)).toMatch(QUESTION.age);
    expect((await say('45 ans')).at(-1)).toMatch(QUESTION.rsa);
    expect((await say('oui')).at(-1)).toMatch(QUESTION.followed);
    expect((await say('oui')).at(-1)).toMatch(QUESTION.franceTravail);
    expect((await say('non')).at(-1)).toMatch(QUESTION.pec);
    const [result] = await say('non');
    expect(result).toContain('Critères remplis – entrées closes');
    expect(result).toContain('Campagne 2022');
  });

  it('takes a correction at any step and asks only what now matters', async () => {
    await press({ verb: 'startGuidedEligibility' });
    expect((await say('45')).at(-1)).toMatch(QUESTION.rsa);
    const corrected = await say('non, 17 ans');
    expect(corrected).toEqual(['C’est corrigé : 17 ans.', expect.stringMatching(QUESTION.school)]);
    expect(await say('non')).toEqual([expect.stringMatching(QUESTION.training)]);
    const back = await say('ah non, il est encore au lycée');
    expect(back[0]).toMatch(/^C’est corrigé : /);
    // Still at school: La Promo 16/18 is settled, only the PEC contract is left.
    expect(back.at(-1)).toMatch(QUESTION.pec);
    const [result] = await say('non');
    expect(result).toContain('17 ans');
    expect(result).toContain('scolaris');
  });

  it('answers a question in the middle, offers to resume, keeps nothing in the store, and « reprendre » goes on', async () => {
    await press({ verb: 'startGuidedEligibility' });
    await say('45');
    expect((await say('je ne sais pas')).at(-1)).toMatch(QUESTION.followed);

    const replies: Partial<Activity>[] = await e2e.say(
      teamsMessage(e2e.serviceUrl, conversation, 'prochaines JPO'),
    );
    expect(replies).toHaveLength(2);
    expect(headline(replies[0]!)).toMatch(/Journées portes ouvertes|Agenda|événement/i);
    expect(visibleText(replies[1]!)).toContain(RESUME_OFFER);

    // The paused check lives in memory only.
    const stored = await everythingStored(e2e.dataDir);
    for (const fact of ['"age"', 'profile', 'skipped', 'pausedCheck', '"offered"', '45 ans'])
      expect(stored).not.toContain(fact);

    // The offer's button does what « reprendre » does.
    expect(visibleText(replies[1]!)).toContain('Reprendre le test');
    const resumed = await e2e.say(
      cardSubmit(e2e.serviceUrl, conversation, { verb: 'resumeGuidedEligibility' }),
    );
    expect(resumed).toHaveLength(1);
    expect(paragraphs(resumed)).toEqual([RESUMED_TEXT, expect.stringMatching(QUESTION.followed)]);
    const rest = [...(await say('oui')), ...(await say('non')), ...(await say('non'))];
    // « je ne sais pas » is never asked twice.
    expect(rest.join('\n')).not.toMatch(QUESTION.rsa);
    expect(rest.at(-1)).toContain('Éligibilité');
    expect(rest.at(-1)).toContain('45 ans');
    const logs = e2e.bot.logs.join('\n');
    expect(logs).not.toContain('45 ans');
    expect(logs).not.toContain('"age"');
  });

  it('answers « annuler » with nothing in progress in one message, without an error', async () => {
    const replies = await e2e.say(teamsMessage(e2e.serviceUrl, conversation, 'annuler'));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(NOTHING_IN_PROGRESS);
    expect(visibleText(replies[0]!)).toContain('Vérifier l’éligibilité');
  });
});
