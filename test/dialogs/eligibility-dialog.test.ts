import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { PassageSearch } from '../../data/qa/passages.js';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { AgendaPublisher } from '../../bot/agenda-publisher.js';
import { calendarLinks } from '../../bot/agenda-routes.js';
import { createLogger } from '../../bot/logger.js';
import { openMemoryStores } from '../../bot/stores.js';
import { PrescriptionExports } from '../../bot/teams/prescription-exports.js';
import { TeamsBot } from '../../bot/teams-bot.js';
import { loadCatalogue } from '../../data/catalogue/catalogue.js';
import {
  describeProfile,
  FACT_QUESTIONS,
  PROFILE_FIELDS,
  type Profile,
  type ProfileField,
} from '../../data/eligibility.js';
import { QuestionAnswering } from '../../data/qa/question-answering.js';
import { QuestionDialog } from '../../dialogs/question-dialog.js';

import {
  AGE_RETRY,
  EligibilityDialog,
  NOTHING_TO_RESUME,
  RESUME_OFFER,
  RESUMED_TEXT,
  type EligibilityDialogOptions,
  type EligibilityDialogResult,
} from '../../dialogs/eligibility-dialog.js';
import { CANCELLED_TEXT, NOTHING_IN_PROGRESS } from '../../dialogs/cancel-and-help-dialog.js';
import { cardSubmit, personalConversation, teamsMessage, testConfig } from '../factories.js';
import { headline, visibleText } from '../support/bot-harness.js';

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
    expect(shown(last)).toMatch(/Éligible – prescription possible/);
    expect(
      (c.dialogTurnResult.result as EligibilityDialogResult).results!.find(
        (r) => r.dispositif === 'promo-16-18',
      )?.verdict,
    ).toBe('eligible');
  });

  it('says at once when every answer left lets the person in, and only who prescribes is asked', async () => {
    const c = client({
      profile: { age: 29, rsa: true, registeredJobseeker: true },
      focus: 'prepa-competences',
    });
    const first = shown(await c.sendActivity('go'));
    expect(first).toMatch(
      /peut bénéficier de Prépa Compétences ; la question ci-dessous sert seulement à savoir qui le prescrit/,
    );
    expect(first).toMatch(/accompagnée par un référent du Département/);
  });

  it('says that one answer is all that is left when it is, and says nothing of the kind when more are', async () => {
    const one = client({
      profile: { age: 17, ase: true, inEducation: false, inTraining: false },
      focus: 'promo-16-18',
    });
    expect(shown(await one.sendActivity('go'))).toMatch(
      /la personne peut bénéficier de La Promo 16\/18, sous une seule réserve : la question ci-dessous/,
    );
    const several = client({ profile: { age: 17, ase: true }, focus: 'promo-16-18' });
    expect(shown(await several.sendActivity('go'))).not.toMatch(
      /sous une seule réserve|peut bénéficier de La Promo/,
    );
    // Not registered: whether the Département follows her could shut it, so nothing is promised.
    const shut = client({
      profile: { age: 45, rsa: true, registeredJobseeker: false },
      focus: 'prepa-competences',
    });
    expect(shown(await shut.sendActivity('go'))).toMatch(/sous une seule réserve/);
    expect(shown(await shut.sendActivity('oui'))).not.toMatch(/sous une seule réserve|sert seulement/);
  });

  it('accepts « je ne sais pas », does not ask it again, and says what is left to check', async () => {
    const c = client({ profile: { age: 30 }, focus: 'prepa-competences' });
    expect(shown(await c.sendActivity('go'))).toMatch(/RSA/);
    expect(shown(await c.sendActivity('je ne sais pas'))).toMatch(/accompagnée/);
    expect(shown(await c.sendActivity('je ne sais pas'))).toMatch(/inscrite à France Travail/);
    // Then what is still open for the other programmes.
    expect(shown(await c.sendActivity('je ne sais pas'))).toMatch(/contrat Parcours Emploi Compétences/);
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
      paused: { profile: { age: 30 }, skipped: [] },
    });
  });

  it.each(['ok go presc', 'et si elle n’a pas les prérequis pour une VAE, il existe autre chose ?'])(
    'hands « %s » back rather than reading it as an answer',
    async (text) => {
      const c = client({ profile: { age: 30, rsa: true } });
      await c.sendActivity('go');
      expect(await c.sendActivity(text)).toBeUndefined();
      expect(c.dialogTurnResult.result).toMatchObject({ passOn: text });
    },
  );

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
    expect(c.dialogTurnResult.result).toEqual({
      passOn: 'dispositifs',
      paused: { profile: { age: 30 }, skipped: [] },
    });
  });
});

// ── Corrections, interruptions, « reprendre » ──────────────────────────────────────

/** Today, with the agreement's 2022 campaign: the Département's entries are closed. */
const CLOSED_CAMPAIGN = { today: '2025-06-15' };

function closedClient(options: Partial<EligibilityDialogOptions> = {}) {
  const dialog = new EligibilityDialog(loadCatalogue(), () => CLOSED_CAMPAIGN);
  return new DialogTestClient('msteams', dialog, { profile: {}, skipped: [], ...options });
}

/** The messages the dialog sends in answer to one message, as text. */
async function messagesAfter(c: DialogTestClient, text: string): Promise<string[]> {
  const replies: string[] = [];
  for (let reply = await c.sendActivity(text); reply; reply = c.getNextReply()) replies.push(shown(reply));
  return replies;
}

/** What the dialog says in answer to one message, one paragraph a line. */
const exchange = async (c: DialogTestClient, text: string) =>
  (await messagesAfter(c, text)).flatMap((message) => message.split('\n\n'));

/** Each question as the dialog asks it, at the start of its prompt (the result card may quote it too). */
const escaped = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
const QUESTION = Object.fromEntries(
  PROFILE_FIELDS.map((f) => [f, new RegExp(`^${escaped(FACT_QUESTIONS[f])}`)]),
) as Record<ProfileField, RegExp>;

/** The one line that says what changed, in the words of the result card. */
const corrected = (facts: Profile) => `C’est corrigé : ${describeProfile(facts).join(', ')}.`;
const noted = (facts: Profile) => `C’est noté : ${describeProfile(facts).join(', ')}.`;

describe('EligibilityDialog — every decisive question for the case at hand', () => {
  it('asks an adult about the RSA, the Département’s follow-up, France Travail and the PEC', async () => {
    const c = closedClient();
    const asked: string[] = [];
    for (const answer of ['go', '45', 'oui', 'oui', 'non']) asked.push(...(await exchange(c, answer)));
    expect(asked.map((q) => PROFILE_FIELDS.find((f) => QUESTION[f].test(q)))).toEqual([
      'age',
      'rsa',
      'accompaniedByDepartment',
      'registeredJobseeker',
      'pecContract',
    ]);
    const last = await exchange(c, 'non');
    expect(last.join('\n')).toMatch(/Critères remplis/);
    const { results } = c.dialogTurnResult.result as EligibilityDialogResult;
    expect(results!.find((r) => r.dispositif === 'prepa-competences')?.verdict).toBe('closed');
  });

  it('says at once that La Promo 16/18 is not for a 40-year-old, then goes on with the other programmes: never only the age', async () => {
    const c = client({ focus: 'promo-16-18' });
    // Who can enter the programme asked about comes first, once, with the first question.
    const [rule, first] = shown(await c.sendActivity('go')).split('\n\n');
    expect(rule).toMatch(
      /^La Promo 16\/18 s’adresse aux jeunes mineurs de 16 à 18 ans .*autorisations parentales.*\(Accord, art\. 2\.1\.3 ; Protocole, § 3 \(La Promo 16\/18\)\)$/,
    );
    expect(first).toMatch(QUESTION.age);
    // The verdict and the next question in one message.
    const [verdict, next] = shown(await c.sendActivity('40')).split('\n\n');
    expect(verdict).toMatch(/^La Promo 16\/18 : non éligible\. La personne a 40 ans/);
    // The programmes still open are named, which the next questions are for.
    expect(verdict).toContain('Voyons les autres dispositifs : Prépa Compétences et Compétences PEC.');
    expect(next).toMatch(QUESTION.rsa);
    expect(c.getNextReply()).toBeUndefined();
  });

  it('says that a young person outside the ASE can enter La Promo 16/18 through another prescriber, not only « autre prescripteur »', async () => {
    const c = client({
      focus: 'promo-16-18',
      profile: { age: 16, ase: false, inEducation: false, inTraining: false, employed: false },
    });
    const [verdict] = shown(await c.sendActivity('go')).split('\n\n');
    expect(verdict).toMatch(
      /^La personne remplit les critères de La Promo 16\/18 et peut en bénéficier, mais c’est un autre prescripteur que le Département qui l’y oriente\. .*Mission locale ou le CIO/,
    );
    expect(verdict).toContain('Voyons les autres dispositifs');
  });

  it('turns to the programme a reply names with its facts: « ok et la prépa alors ? elle a pas le RSA ni FT »', async () => {
    const c = client({ focus: 'promo-16-18' });
    await c.sendActivity('go');
    const [promo] = shown(await c.sendActivity('19')).split('\n\n');
    expect(promo).toMatch(/^La Promo 16\/18 : non éligible/);
    const reply = shown(
      await c.sendActivity('ok et prepa comp alors ? elle a pas le RSA et elle est pas inscrite a FT'),
    );
    expect(reply).toMatch(/Prépa Compétences : non éligible\. La personne ne perçoit pas le RSA/);
  });

  it('says whether a fact added after the verdict on the programme asked changes it: « elle est suivie par le CD aussi »', async () => {
    const c = client({
      focus: 'prepa-competences',
      profile: { age: 36, rsa: false, registeredJobseeker: false },
    });
    const [first] = shown(await c.sendActivity('go')).split('\n\n');
    expect(first).toMatch(/^Prépa Compétences : non éligible\./);
    const [noted, unchanged] = shown(await c.sendActivity('elle est suivie par le CD aussi')).split('\n\n');
    expect(noted).toMatch(/^C’est noté : accompagnée par le Département/);
    expect(unchanged).toMatch(/^Pour Prépa Compétences, cela ne change rien\. .*RSA/);
    // A fact that turns the verdict: the new one is said, not « cela ne change rien ».
    const turned = shown(await c.sendActivity('ah si elle a le RSA majore (parent isole)'));
    expect(turned).toMatch(/^C’est corrigé : allocataire du RSA/);
    expect(turned).not.toMatch(/cela ne change rien/);
  });

  it('says what the agreement says of a condition told mid-check, then asks its question again: « elle a pas d’ordi »', async () => {
    const c = client({ focus: 'prepa-competences', profile: { age: 52, rsa: true } });
    const asked = shown(await c.sendActivity('go'))
      .split('\n\n')
      .at(-1)!;
    const reply = shown(await c.sendActivity('elle a pas d ordi chez elle par contre')).split('\n\n');
    expect(reply[0]).toMatch(/^L’accord ne dit rien d’un ordinateur .*n’empêche pas d’entrer\.$/);
    expect(reply[1]).toMatch(/en présentiel au centre AFPA/);
    // The same question, the profile unchanged: the check goes on where it was.
    expect(reply.at(-1)).toBe(asked);
    expect(c.dialogTurnResult.status).toBe('waiting');
  });

  it('reads a date alone as the birth date: « le 4 janvier 2006 », 16 on the day of the check', async () => {
    const c = client({ focus: 'promo-16-18', profile: { ase: true, inEducation: false } });
    await c.sendActivity('go');
    const reply = shown(await c.sendActivity('le 4 janvier 2006'));
    expect(reply).not.toMatch(/Indiquez un âge/);
    const { results } = (c.dialogTurnResult.result ?? {}) as EligibilityDialogResult;
    const promo = results?.find((r) => r.dispositif === 'promo-16-18');
    expect(promo === undefined || promo.verdict !== 'not_eligible').toBe(true);
    expect(reply).not.toMatch(/non éligible/);
  });

  it('turns to Compétences PEC when a reply adds the PEC: « ah j’oubliais il est en PEC »', async () => {
    const c = client({ focus: 'prepa-competences' });
    await c.sendActivity('go');
    await c.sendActivity('45');
    const reply = shown(await c.sendActivity('ah j oubliais il est en pec depuis deux mois'));
    expect(reply).toMatch(/Compétences PEC est réservé aux salariés en contrat PEC .*employeur/);
  });

  it('takes « ah non il a 18 ans en fait, ça change qqch ? » as a correction of the age', async () => {
    const c = client({ focus: 'promo-16-18' });
    await c.sendActivity('go');
    await c.sendActivity('17');
    const reply = shown(
      await c.sendActivity('ah non il a 18 ans en fait, il les a eu en decembre. ca change qqch ?'),
    );
    expect(reply).toMatch(/La Promo 16\/18 : non éligible\. La personne a 18 ans/);
  });

  it('asks a young person about school, training, work and the ASE before the PEC, and never about the RSA', async () => {
    const c = closedClient();
    const asked: string[] = [];
    for (const answer of ['go', '17', 'non', 'non', 'non', 'oui']) asked.push(...(await exchange(c, answer)));
    // The questions only: once La Promo is open, a line says so before the PEC's.
    const questions = asked.filter((line) => PROFILE_FIELDS.some((f) => QUESTION[f].test(line)));
    expect(questions.map((q) => PROFILE_FIELDS.find((f) => QUESTION[f].test(q)))).toEqual([
      'age',
      'inEducation',
      'inTraining',
      'employed',
      'ase',
      'pecContract',
    ]);
    await exchange(c, 'non');
    const { results } = c.dialogTurnResult.result as EligibilityDialogResult;
    expect(results!.find((r) => r.dispositif === 'promo-16-18')?.verdict).toBe('eligible');
  });
});

describe('EligibilityDialog — what is already open, said before the questions that are only about the others', () => {
  const OPEN_PREPA =
    'D’après ce que vous dites, la personne peut bénéficier de Prépa Compétences ; la question ci-dessous sert pour Compétences PEC.';

  it('says once that Prépa Compétences is open when the only question left is the PEC’s', async () => {
    const c = client({ profile: { age: 52 } });
    const lines = [
      ...(await exchange(c, 'go')),
      ...(await exchange(c, 'oui')),
      ...(await exchange(c, 'oui')),
    ];
    expect(lines.filter((line) => line === OPEN_PREPA)).toHaveLength(1);
    expect(lines.at(-1)).toMatch(QUESTION.pecContract);
  });

  it('answers « alors quoi pour elle ? » with what is open, then asks the same question again', async () => {
    const c = client({
      focus: 'promo-16-18',
      profile: { age: 22, rsa: true, accompaniedByDepartment: true },
    });
    const first = await exchange(c, 'go');
    expect(first).toContain(
      'La Promo 16/18 : non éligible. La personne a 22 ans : La Promo 16/18 est réservée aux mineurs de 16 et 17 ans. Voyons les autres dispositifs : Prépa Compétences et Compétences PEC.',
    );
    expect(first).toContain(OPEN_PREPA);
    const again = await exchange(c, 'alors quoi pour elle ?');
    expect(again[0]).toBe(OPEN_PREPA);
    expect(again[1]).toMatch(QUESTION.pecContract);
    expect(c.dialogTurnResult.status).toBe('waiting');
  });

  it('hands « on lui propose quoi du coup ? » back when nothing is open yet', async () => {
    const c = client();
    await exchange(c, 'go');
    await exchange(c, 'on lui propose quoi du coup ?');
    expect(c.dialogTurnResult.result).toMatchObject({ passOn: 'on lui propose quoi du coup ?' });
  });

  it('ends with the one programme open, or the one asked when it is, for the questions that follow', async () => {
    const person = { age: 34, rsa: true, accompaniedByDepartment: true };
    const settled = async (options: Partial<EligibilityDialogOptions>, pec: string) => {
      const c = client(options);
      await exchange(c, 'go');
      await exchange(c, pec);
      return (c.dialogTurnResult.result as EligibilityDialogResult).programme;
    };
    expect(await settled({ profile: person }, 'non')).toBe('prepa-competences');
    // In a PEC, both are open: neither is the subject unless it was asked.
    expect(await settled({ profile: person }, 'oui')).toBeUndefined();
    expect(await settled({ profile: person, focus: 'competences-pec' }, 'oui')).toBe('competences-pec');
    // The one asked ruled out: no subject is guessed for what follows.
    expect(await settled({ profile: person, focus: 'competences-pec' }, 'non')).toBeUndefined();
  });
});

describe('EligibilityDialog — a correction at any step', () => {
  // A typical adult check today (entries closed): 45 → RSA oui → suivie oui → France Travail non → PEC.
  const ADULT = ['45', 'oui', 'oui', 'non'];
  const adultCases: Array<[pending: string, before: string[], says: string, line: string, next: RegExp]> = [
    // Only an adult receives the RSA: the age no longer needs asking.
    ['age', [], 'elle est au RSA', noted({ rsa: true }), QUESTION.accompaniedByDepartment],
    ['rsa', ADULT.slice(0, 1), 'non, 17 ans', corrected({ age: 17 }), QUESTION.inEducation],
    [
      'accompaniedByDepartment',
      ADULT.slice(0, 2),
      'en fait elle n’est pas au RSA',
      corrected({ rsa: false }),
      QUESTION.registeredJobseeker,
    ],
    [
      'registeredJobseeker',
      ADULT.slice(0, 3),
      'ah non, elle n’est pas suivie par nous',
      corrected({ accompaniedByDepartment: false }),
      QUESTION.registeredJobseeker,
    ],
    [
      'pecContract',
      ADULT.slice(0, 4),
      'je me suis trompé, elle est inscrite à FT',
      corrected({ registeredJobseeker: true }),
      QUESTION.pecContract,
    ],
  ];
  it.each(adultCases)(
    'adult check, question about %s pending: « %s » … ',
    async (pending, before, says, line, next) => {
      const c = closedClient();
      let last = await exchange(c, 'go');
      for (const answer of before) last = await exchange(c, answer);
      expect(last.at(-1)).toMatch(QUESTION[pending as ProfileField]);
      const messages = await messagesAfter(c, says);
      // One short line, then only what now matters, in one message.
      expect(messages).toHaveLength(1);
      const replies = messages[0]!.split('\n\n');
      expect(replies).toHaveLength(2);
      expect(replies[0]).toBe(line);
      expect(replies[1]).toMatch(next);
    },
  );

  // A typical young person's check: 17 → pas scolarisé → pas en formation → sans emploi → ASE oui → PEC.
  const YOUNG = ['17', 'non', 'non', 'non', 'oui'];
  const youngCases: Array<[pending: string, before: string[], says: string, line: string, next: RegExp]> = [
    ['inEducation', YOUNG.slice(0, 1), 'non, 19 ans', corrected({ age: 19 }), QUESTION.rsa],
    [
      'inTraining',
      YOUNG.slice(0, 2),
      'ah non, il est encore au lycée',
      corrected({ inEducation: true }),
      QUESTION.pecContract,
    ],
    ['employed', YOUNG.slice(0, 3), 'non, 16 ans', corrected({ age: 16 }), QUESTION.employed],
    ['ase', YOUNG.slice(0, 4), 'en fait il travaille', corrected({ employed: true }), QUESTION.pecContract],
    [
      'pecContract',
      YOUNG.slice(0, 5),
      'finalement il n’est pas à l’ASE',
      corrected({ ase: false }),
      QUESTION.pecContract,
    ],
  ];
  it.each(youngCases)(
    'young person’s check, question about %s pending: « %s » … ',
    async (pending, before, says, line, next) => {
      const c = closedClient();
      let last = await exchange(c, 'go');
      for (const answer of before) last = await exchange(c, answer);
      expect(last.at(-1)).toMatch(QUESTION[pending as ProfileField]);
      const replies = await exchange(c, says);
      expect(replies).toHaveLength(2);
      expect(replies[0]).toBe(line);
      expect(replies[1]).toMatch(next);
    },
  );

  it('ends on the corrected facts', async () => {
    const c = closedClient();
    for (const answer of ['go', ...ADULT]) await exchange(c, answer);
    await exchange(c, 'je me suis trompé, elle est inscrite à FT');
    await exchange(c, 'non');
    const { results } = c.dialogTurnResult.result as EligibilityDialogResult;
    // Registered with France Travail: its adviser prescribes, the Département's deadline does not apply.
    expect(results!.find((r) => r.dispositif === 'prepa-competences')?.verdict).toBe('other_prescriber');
  });

  it('reads « non, 17 ans » as a correction of the age, not as « non » to the question asked', async () => {
    const c = closedClient({ profile: { age: 45 } });
    expect(await exchange(c, 'go')).toEqual([expect.stringMatching(QUESTION.rsa)]);
    await exchange(c, 'non, 17 ans');
    const state = await exchange(c, 'non');
    // « non » now answers the school question: the RSA is still unknown, not « false ».
    expect(state.at(-1)).toMatch(QUESTION.inTraining);
  });

  it('takes a sentence that answers the question asked without a line, and notes the extra facts', async () => {
    const c = closedClient({ profile: { age: 45 } });
    await exchange(c, 'go');
    expect(await exchange(c, 'oui elle est au RSA')).toEqual([
      expect.stringMatching(QUESTION.accompaniedByDepartment),
    ]);
    const replies = await exchange(c, 'oui, et elle est inscrite à FT');
    expect(replies[0]).toBe(noted({ registeredJobseeker: true }));
    // Registered with France Travail while the Département's entries are closed: the follow-up no longer matters.
    expect(replies.at(-1)).toMatch(QUESTION.pecContract);
  });

  it('repeats a hedged correction back as to be confirmed', async () => {
    const c = closedClient();
    for (const answer of ['go', ...ADULT]) await exchange(c, answer);
    const replies = await exchange(c, 'je crois qu’elle est inscrite à FT');
    expect(replies[0]).toBe(
      `C’est corrigé : ${describeProfile({ registeredJobseeker: true }, ['registeredJobseeker']).join(', ')}.`,
    );
    expect(replies[0]).toContain('à confirmer');
  });

  it('reads a birth date given for the age, on the day of the check', async () => {
    const c = closedClient();
    await exchange(c, 'go');
    expect(await exchange(c, 'née le 12/03/2008')).toEqual([expect.stringMatching(QUESTION.inEducation)]);
  });

  it('never asks twice a fact answered « je ne sais pas », whatever is corrected after', async () => {
    const c = closedClient();
    const asked: string[] = [];
    for (const answer of ['go', '45', 'je ne sais pas', 'non, 17 ans', 'non, 40 ans', 'oui', 'non', 'non'])
      asked.push(...(await exchange(c, answer)));
    expect(asked.filter((q) => QUESTION.rsa.test(q))).toHaveLength(1);
    expect(asked.join('\n')).toMatch(/À vérifier/);
  });
});

describe('EligibilityDialog — something else in the middle', () => {
  it.each([
    ['c’est quoi la VAE ?'],
    ['prochaines JPO'],
    ['la VAE'],
    ['c’est quoi un contrat PEC ?'],
    ['dispositifs'],
  ])('hands « %s » back with the check in progress, to take it up again', async (text) => {
    const c = closedClient({ profile: { age: 45 }, skipped: ['rsa'] });
    expect(await exchange(c, 'go')).toEqual([expect.stringMatching(QUESTION.accompaniedByDepartment)]);
    expect(await exchange(c, text)).toEqual([]);
    expect(c.dialogTurnResult.result).toEqual({
      passOn: text,
      paused: { profile: { age: 45 }, skipped: ['rsa'] },
    } satisfies EligibilityDialogResult);
  });

  it('does not read « non » in a question about facts as the answer', async () => {
    const c = closedClient({ profile: { age: 45 } });
    await exchange(c, 'go');
    expect(await exchange(c, 'non, elle a 17 ans ?')).toEqual([]);
    expect((c.dialogTurnResult.result as EligibilityDialogResult).paused).toEqual({
      profile: { age: 45 },
      skipped: [],
    });
  });

  it('asks the same question again on « reprendre » while it is pending', async () => {
    const c = closedClient({ profile: { age: 45 } });
    await exchange(c, 'go');
    expect(await exchange(c, 'reprendre')).toEqual([expect.stringMatching(QUESTION.rsa)]);
    expect(await exchange(c, 'oui')).toEqual([expect.stringMatching(QUESTION.accompaniedByDepartment)]);
  });
});

// ── The same through the bot: pausing, « reprendre », « annuler » ─────────────────

const SERVICE_URL = 'https://smba.test.invalid/emea/';
const NOW = new Date('2025-06-15T10:00:00+02:00');

/** A TeamsBot on a TestAdapter, the 2022 campaign, an empty agenda. */
async function bot() {
  const catalogue = loadCatalogue();
  const qa = new QuestionAnswering(catalogue.all);
  const clock = () => NOW;
  const checkOptions = () => ({ today: clock() });
  const stores = await openMemoryStores(testConfig(), clock);
  const logger = createLogger('silent', () => undefined);
  const teamsBot = new TeamsBot({
    stores,
    exports: new PrescriptionExports({
      prescriptions: stores.prescriptions,
      labels: { reason: (_l, code) => code, dispositif: (id) => id },
      clock,
      upload: async () => undefined,
    }),
    publisher: new AgendaPublisher({ agenda: stores.agenda, catalogue, maxImportBytes: 1_000_000, logger }),
    logger,
    catalogue,
    conversationState: new ConversationState(new MemoryStorage()),
    scratchState: new ConversationState(new MemoryStorage()),
    threadState: new ConversationState(new MemoryStorage()),
    qa,
    passages: PassageSearch.ofAgreement(),
    questionDialog: new QuestionDialog(catalogue, qa),
    eligibilityDialog: new EligibilityDialog(catalogue, checkOptions),
    checkOptions,
    clock,
    links: calendarLinks('https://bot.test.invalid'),
  });
  const adapter = new TestAdapter(async (context) => teamsBot.run(context));
  const conversation = personalConversation();
  return {
    /** What the bot sends for one message or button press. */
    async say(what: string | Record<string, unknown>): Promise<Partial<Activity>[]> {
      adapter.activeQueue.splice(0);
      await adapter.processActivity(
        typeof what === 'string'
          ? teamsMessage(SERVICE_URL, conversation, what)
          : cardSubmit(SERVICE_URL, conversation, what),
      );
      return adapter.activeQueue.splice(0);
    },
  };
}

/** What the bot says, one paragraph a line (a question comes in one message with what leads to it). */
const texts = (replies: Partial<Activity>[]) => replies.flatMap((r) => visibleText(r).split('\n\n'));

describe('several people described at once, then each one taken up', () => {
  const twoFiles =
    'deux dossiers : Mme A 52 ans au rsa, elle sait pas quel metier faire ; M. B 38 ans au rsa en contrat PEC. je les oriente ou ?';

  it('answers « pour Mme A, ça dure combien ? », then « et pour M. B ? », for the programme each one fits', async () => {
    const { say } = await bot();
    await say(twoFiles);
    const first = texts(await say('pour mme A, ca dure combien ?')).join('\n');
    expect(first).toMatch(/^Prépa Compétences$/m);
    expect(first).toMatch(/2 (à|et) 8 jours/);
    const second = texts(await say('et pour M. B ?')).join('\n');
    expect(second).toMatch(/^Compétences PEC$/m);
    expect(second).toMatch(/5 jours/);
  });

  it('prescribes the programme the person named fits (here, without the habilitation: what it is about stays)', async () => {
    const { say } = await bot();
    await say(twoFiles);
    expect(texts(await say('je commence par prescrire M. B')).join('\n')).toMatch(
      /^Habilitation nécessaire$/m,
    );
    expect(texts(await say('ca dure combien deja ?')).join('\n')).toMatch(/^Compétences PEC$/m);
  });

  it('takes up « la première » and then « l’autre » in the order they were described', async () => {
    const { say } = await bot();
    await say(
      '2 situations : un monsieur de 45 ans au rsa qui a aucun projet, une dame de 30 ans au rsa en contrat PEC. vous conseillez quoi ?',
    );
    expect(texts(await say('pour la premiere, ca se passe ou ?')).join('\n')).toMatch(/^Prépa Compétences$/m);
    expect(texts(await say('et pour l autre ?')).join('\n')).toMatch(/^Compétences PEC$/m);
  });
});

describe('the guided check through the bot — an interruption, then « reprendre »', () => {
  it('answers « c’est quoi la VAE ? », offers to resume, and « reprendre » asks where it stopped', async () => {
    const { say } = await bot();
    expect(texts(await say({ verb: 'startGuidedEligibility' })).at(-1)).toMatch(QUESTION.age);
    expect(texts(await say('45')).at(-1)).toMatch(QUESTION.rsa);
    expect(texts(await say('je ne sais pas')).at(-1)).toMatch(QUESTION.accompaniedByDepartment);

    const interrupted = await say('c’est quoi la VAE ?');
    expect(interrupted).toHaveLength(2);
    expect(visibleText(interrupted[0]!)).toMatch(/VAE|validation des acquis/i);
    expect(visibleText(interrupted[1]!)).toContain(RESUME_OFFER);

    const resumed = await say('reprendre');
    expect(resumed).toHaveLength(1);
    expect(texts(resumed)).toEqual([RESUMED_TEXT, expect.stringMatching(QUESTION.accompaniedByDepartment)]);
    // The rest of the check, without the RSA asked again.
    const rest = [...texts(await say('oui')), ...texts(await say('non')), ...texts(await say('non'))];
    expect(rest.join('\n')).not.toMatch(QUESTION.rsa);
    expect(rest.at(-1)).toMatch(/Éligibilité/);
    expect(rest.at(-1)).toMatch(/45 ans/);
  });

  it('answers « prochaines JPO » and a command the same way', async () => {
    const { say } = await bot();
    await say({ verb: 'startGuidedEligibility' });
    await say('17');
    const agenda = await say('prochaines JPO');
    expect(visibleText(agenda.at(-1)!)).toContain(RESUME_OFFER);
    expect(texts(await say('reprendre')).at(-1)).toMatch(QUESTION.inEducation);
    const list = await say('dispositifs');
    expect(headline(list[0]!)).toMatch(/dispositifs/i);
    expect(visibleText(list.at(-1)!)).toContain(RESUME_OFFER);
    expect(texts(await say('reprendre')).at(-1)).toMatch(QUESTION.inEducation);
  });

  it('keeps the check when a button of another card is pressed in the middle', async () => {
    const { say } = await bot();
    await say({ verb: 'startGuidedEligibility' });
    await say('45');
    const menu = await say({ verb: 'showMenu' });
    expect(visibleText(menu.at(-1)!)).toContain(RESUME_OFFER);
    expect(texts(await say('reprendre')).at(-1)).toMatch(QUESTION.rsa);
  });

  it('starts afresh when a new person is described during the pause', async () => {
    const { say } = await bot();
    await say({ verb: 'startGuidedEligibility' });
    await say('45');
    await say('c’est quoi la VAE ?');
    const fresh = texts(
      await say('jeune de 16 ans confié à l’ASE, déscolarisé, il peut faire la promo 16-18 ?'),
    );
    expect(fresh.at(-1)).toMatch(QUESTION.inTraining);
    expect(fresh.join('\n')).not.toContain(RESUME_OFFER);
    // « reprendre » during a check in progress asks its question again, in one message.
    const again = await say('reprendre');
    expect(again).toHaveLength(1);
    expect(texts(again).at(-1)).toMatch(QUESTION.inTraining);
  });

  it('checks the same person again for « et si elle avait 16 ans ? », and a relative on their own facts', async () => {
    const { say } = await bot();
    const first = texts(
      await say('une jeune de 15 ans confiée à l’ASE, déscolarisée, elle peut faire la promo 16/18 ?'),
    );
    expect(first[0]).toMatch(/^La Promo 16\/18 : non éligible\. Le jeune a 15 ans/);
    const again = texts(await say('et si elle avait 16 ans ?'));
    // What the hypothesis changes first: the age no longer rules her out.
    expect(again[0]).toMatch(
      /^Dans ce cas, ce qui écartait la personne de La Promo 16\/18 ne l’en écarte plus/,
    );
    expect(again[1]).toBe(
      'Ce que j’ai compris de la personne : 16 ans, confiée à l’ASE, plus scolarisée. Test anonyme : rien n’est enregistré.',
    );
    expect(again.at(-1)).toMatch(QUESTION.inTraining);
    const sister = texts(await say('et pour sa soeur qui a 19 ans ?'));
    expect(sister[0]).toMatch(/^La Promo 16\/18 : non éligible\. La personne a 19 ans/);
  });

  it('takes a relative named while a question waits for someone else, checked on what is said of them', async () => {
    const { say } = await bot();
    const first = texts(
      await say(
        'une maman au rsa, sa fille de 17 ans est sortie du lycée en juin, pas à l’ASE : la promo 1618 ?',
      ),
    );
    expect(first.at(-1)).toMatch(/^[^\n]+\?(\n|$)/);
    const sister = texts(await say('et sa petite soeur 15 ans ? déscolarisée elle aussi'));
    expect(sister[0]).toMatch(/^La Promo 16\/18 : non éligible\. Le jeune a 15 ans/);
    expect(sister.join('\n')).not.toMatch(/j’avais noté|C’est corrigé/);
  });

  it.each<[string, string]>([
    ['un jeune de 15 ans sorti du college, la promo 1618 ?', 'et quand il aura 16 en avril ?'],
    [
      '17 ans ase, encore au lycee mais il decroche grave, promo 1618 possible ?',
      'et s il lache en fevrier ?',
    ],
    [
      'jeune 17 ans ase en CAP cuisine en apprentissage, ca se passe mal, la promo ?',
      'et s il rompt son contrat ?',
    ],
  ])('after « %s », « %s » checks him again with what would change', async (first, hypothesis) => {
    const { say } = await bot();
    expect(texts(await say(first))[0]).toMatch(/^La Promo 16\/18 : non éligible/);
    const again = texts(await say(hypothesis));
    expect(again[0]).toMatch(/^Dans ce cas, .* ne l’en écarte plus/);
    expect(again.join('\n')).not.toContain('non éligible');
  });

  it('says with the check which volet of Prépa Compétences the story calls for, and nothing for a minor', async () => {
    const { say } = await bot();
    const entry = texts(
      await say(
        'mr 47 ans au rsa, retenu pour une formation de soudeur en mars, il a peur de lacher, il peut faire la prepa ?',
      ),
    ).join('\n');
    expect(entry).toContain('volet 2 de Prépa Compétences');
    expect(entry).toContain('(Protocole, § 3)');
    await say('annuler');
    const young = texts(await say('17 ans ase decrochee, aucune idee de metier, la promo ?')).join('\n');
    expect(young).not.toContain('volet');
  });

  it('says with the check what the agreement sets no condition on, and answers « c’est bloquant ? » the same way', async () => {
    const { say } = await bot();
    const replies = texts(
      await say('brsa 36 ans, sans permis, pas de mode de garde, elle peut faire la prepa ?'),
    );
    const check = replies.join('\n');
    expect(check).toContain(
      'L’accord ne dit rien du permis de conduire ou d’un véhicule ni de la garde des enfants',
    );
    expect(check).toContain('Prépa Compétences peut se suivre en tout ou partie à distance');
    expect(replies.at(-1)).toMatch(QUESTION.accompaniedByDepartment);
    const asked = (await say('et si elle est enceinte ca empeche ?')).map(visibleText).join('\n');
    expect(asked).toContain('L’accord ne dit rien d’une grossesse');
    expect(asked).toContain(RESUME_OFFER);
  });

  it('keeps a hedged fact « (à confirmer) » to the result card, and drops the mark once the référent says it', async () => {
    /** Answers « non » until the result card comes, and returns it as text. */
    const card = async (say: (text: string) => Promise<Partial<Activity>[]>) => {
      for (let turn = 0; turn < 5; turn++) {
        const reply = texts(await say('non')).join('\n');
        if (reply.includes('Éligibilité')) return reply;
      }
      throw new Error('no result card');
    };
    const hedged = await bot();
    const first = texts(
      await hedged.say('je crois qu elle est au rsa, 45 ans, suivie par le cd, prepa comp ?'),
    ).join('\n');
    expect(first).toContain('allocataire du RSA (à confirmer)');
    expect(await card(hedged.say)).toContain('allocataire du RSA (à confirmer)');
    const confirmed = await bot();
    await confirmed.say('je crois qu elle est au rsa, 45 ans, suivie par le cd, prepa comp ?');
    await confirmed.say('oui elle est bien au rsa');
    const result = await card(confirmed.say);
    expect(result).toContain('allocataire du RSA');
    expect(result).not.toContain('(à confirmer)');
  });

  it('checks the same person for the other programme on « et pour la prépa alors ? », only right after the check', async () => {
    const { say } = await bot();
    await say('une femme de 40 ans au RSA suivie par le CD, sans emploi, elle peut faire la promo ?');
    const prepa = texts(await say('et pour la prépa alors ?')).join('\n');
    expect(prepa).toMatch(/Prépa Compétences/);
    expect(prepa).not.toMatch(/La Promo 16\/18/);
    // Once the check is over and another question asked, the same words ask about the programme itself.
    await say('annuler');
    await say('c’est quoi la VAE ?');
    const card = await say('et pour la promo alors ?');
    expect(headline(card.at(-1)!)).toMatch(/La Promo 16\/18/);
    expect(texts(card).join('\n')).not.toMatch(/non éligible/);
  });

  it('says so when there is nothing to resume', async () => {
    const { say } = await bot();
    expect(texts(await say('reprendre'))).toEqual([NOTHING_TO_RESUME]);
  });
});

describe('the guided check through the bot — « annuler »', () => {
  it('with nothing in progress: « Rien n’est en cours. » and the menu, once', async () => {
    const { say } = await bot();
    const replies = await say('annuler');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(NOTHING_IN_PROGRESS);
    expect(headline({ attachments: replies[0]!.attachments })).toMatch(/^Bonjour, je suis l’assistant/);
  });

  it('in the middle of the check: stops it, and nothing is left to resume', async () => {
    const { say } = await bot();
    await say({ verb: 'startGuidedEligibility' });
    await say('45');
    expect(texts(await say('annuler'))).toEqual([CANCELLED_TEXT]);
    expect(texts(await say('reprendre'))).toEqual([NOTHING_TO_RESUME]);
    expect((await say('annuler'))[0]!.text).toBe(NOTHING_IN_PROGRESS);
  });

  it('during a pause: drops the paused check', async () => {
    const { say } = await bot();
    await say({ verb: 'startGuidedEligibility' });
    await say('45');
    await say('prochaines JPO');
    expect(texts(await say('annuler'))).toEqual([CANCELLED_TEXT]);
    expect(texts(await say('reprendre'))).toEqual([NOTHING_TO_RESUME]);
  });
});
