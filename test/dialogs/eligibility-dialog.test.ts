import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';

import {
  AGE_RETRY,
  EligibilityDialog,
  type EligibilityDialogOptions,
  type EligibilityDialogResult,
} from '../../dialogs/eligibility-dialog.js';
import { CANCELLED_TEXT } from '../../dialogs/cancel-and-help-dialog.js';
import { visibleText } from '../support/bot-harness.js';

const OPEN_CAMPAIGN = { today: '2022-06-15' };

function client(options: Partial<EligibilityDialogOptions> = {}) {
  const dialog = new EligibilityDialog(loadCatalogue(), () => OPEN_CAMPAIGN);
  return new DialogTestClient('msteams', dialog, { profile: {}, skipped: [], ...options });
}

/** What the bot asks or shows, as text. */
const shown = (reply: unknown) => visibleText(reply as never);

describe('EligibilityDialog — one short question at a time', () => {
  it('never asks a 40-year-old about school, and ends with the verdicts', async () => {
    const c = client();
    const transcript: Array<[string, RegExp]> = [
      ['', /Quel âge/],
      ['40', /perçoit-elle le RSA/],
      ['oui', /accompagnée par un référent du Département/],
      ['oui', /contrat Parcours Emploi Compétences/],
    ];
    let reply = await c.sendActivity('vérifier');
    for (const [answer, expected] of transcript) {
      if (answer) reply = await c.sendActivity(answer);
      expect(shown(reply)).toMatch(expected);
      expect(shown(reply)).not.toMatch(/scolarisé|ASE/);
    }
    reply = await c.sendActivity('non');
    expect(shown(reply)).toMatch(/Éligibilité/);
    const { results } = c.dialogTurnResult.result as EligibilityDialogResult;
    expect(results!.map((r) => [r.dispositif, r.verdict])).toEqual([
      ['prepa-competences', 'eligible'],
      ['competences-pec', 'not_eligible'],
      ['promo-16-18', 'not_eligible'],
    ]);
  });

  it('asks only what is missing when it starts from facts already known', async () => {
    const c = client({
      profile: { age: 17, ase: true, inEducation: false, inTraining: false },
      focus: 'promo-16-18',
    });
    expect(shown(await c.sendActivity('go'))).toMatch(/travaille-t-elle/);
    const last = await c.sendActivity('non');
    expect(shown(last)).toMatch(/Prescription possible/);
    expect(
      (c.dialogTurnResult.result as EligibilityDialogResult).results!.find(
        (r) => r.dispositif === 'promo-16-18',
      )?.verdict,
    ).toBe('eligible');
  });

  it('accepts « je ne sais pas », does not ask it again, and says what is left to check', async () => {
    const c = client({ profile: { age: 30 }, focus: 'prepa-competences' });
    expect(shown(await c.sendActivity('go'))).toMatch(/RSA/);
    expect(shown(await c.sendActivity('je ne sais pas'))).toMatch(/accompagnée/);
    expect(shown(await c.sendActivity('je ne sais pas'))).toMatch(/inscrite à France Travail/);
    const last = await c.sendActivity('je ne sais pas');
    expect(shown(last)).toMatch(/À vérifier/);
  });

  it('asks again, in French, when the age is not a whole number of years', async () => {
    const c = client();
    await c.sendActivity('go');
    expect(shown(await c.sendActivity('dix-sept et demi'))).toContain(AGE_RETRY);
    expect(shown(await c.sendActivity('17'))).toMatch(/RSA|scolarisé/);
  });

  it('stops on « annuler »', async () => {
    const c = client();
    await c.sendActivity('go');
    const reply = await c.sendActivity('annuler');
    expect(shown(reply)).toBe(CANCELLED_TEXT);
  });
});

describe('EligibilityDialog — a new message instead of an answer', () => {
  it('hands back a whole new question rather than asking again', async () => {
    const c = client({ profile: { age: 30 } });
    await c.sendActivity('go');
    const reply = await c.sendActivity('c’est quoi la différence entre la VAE et la RSFP ?');
    expect(reply).toBeUndefined();
    expect(c.dialogTurnResult.result).toEqual({
      passOn: 'c’est quoi la différence entre la VAE et la RSFP ?',
    });
  });

  it('asks again, without giving up, when a short reply is not an answer', async () => {
    const c = client({ profile: { age: 30 } });
    await c.sendActivity('go');
    expect(shown(await c.sendActivity('peut-être'))).toMatch(/Répondez Oui, Non/);
  });
});

describe('EligibilityDialog — commands during the check', () => {
  it('hands « dispositifs » back to the bot instead of asking again', async () => {
    const c = client({ profile: { age: 30 } });
    await c.sendActivity('go');
    expect(await c.sendActivity('dispositifs')).toBeUndefined();
    expect(c.dialogTurnResult.result).toEqual({ passOn: 'dispositifs' });
  });
});
