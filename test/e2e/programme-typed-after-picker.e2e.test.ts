import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REFERENT, personalConversation, teamsMessage } from '../factories.js';
import { EndToEnd, visibleText } from '../support/bot-harness.js';
import { prescriptionEnv } from '../support/prescription-flow.js';

/**
 * « je voudrais prescrire » shows which programme; a référent on a phone types the answer
 * rather than pressing a button (« prépa volet 2 pour un monsieur qui entre en formation »):
 * that is the choice, and the form of that programme comes next.
 */
describe('a programme typed after the prescription picker', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start(prescriptionEnv());
  });
  afterEach(() => e2e.stop());

  const say = async (text: string) =>
    (
      await e2e.say(
        teamsMessage(e2e.serviceUrl, personalConversation(`a:${REFERENT.id}`), text, { from: REFERENT }),
      )
    )
      .map(visibleText)
      .join('\n');

  it('opens the form of the programme typed', async () => {
    expect(await say('je voudrais prescrire')).toContain('Pour quel dispositif ?');
    const form = await say('prépa volet 2 pour un monsieur qui entre en formation de cariste');
    expect(form).toContain('Prescrire Prépa Compétences');
  });

  it.each([
    ['la PEC', 'Prescrire Compétences PEC'],
    ['promo 16 18 stp', 'Prescrire La Promo 16/18'],
  ])('« %s » chooses too', async (typed, title) => {
    await say('je voudrais faire une prescription');
    expect(await say(typed)).toContain(title);
  });

  it('answers a question asked instead of choosing', async () => {
    await say('je voudrais prescrire');
    const answer = await say('la prépa ça dure combien ?');
    expect(answer).not.toContain('Prescrire Prépa Compétences');
    expect(answer).toMatch(/2 à 8 jours/);
  });

  it('reads a programme named without a picker shown as a question', async () => {
    expect(await say('prépa volet 2')).not.toContain('Prescrire Prépa Compétences');
  });
});
