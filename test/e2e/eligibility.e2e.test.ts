import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personalConversation, teamsMessage, cardSubmit } from '../factories.js';
import { EndToEnd, headline, visibleText } from '../support/bot-harness.js';

function executeInvoke(
  serviceUrl: string,
  conversationId: string,
  verb: string,
  data: Record<string, unknown>,
) {
  return {
    ...teamsMessage(serviceUrl, personalConversation(conversationId), ''),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data } },
  };
}

async function everythingStored(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const contents = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  return contents.join('\n');
}

describe('eligibility, end to end', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start({
      CAMPAIGN_ENTRY_DEADLINE: '2099-12-31',
      CAMPAIGN_COMPLETION_DEADLINE: '2100-04-30',
    });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('reads a free-text description, asks only the missing fact, then gives the verdicts', async () => {
    const conversation = personalConversation();
    const first = await e2e.say(
      teamsMessage(
        e2e.serviceUrl,
        conversation,
        'jeune de 17 ans confié à l’ASE, déscolarisé, pas en formation, il peut faire la promo 16-18 ?',
      ),
    );
    // What was understood, that one answer is all that is left, who can enter the programme asked
    // about and the one question missing, in one message.
    expect(first).toHaveLength(1);
    const [understood, reserve, rule, question] = visibleText(first[0]!).split('\n\n');
    expect(reserve).toContain('peut bénéficier de La Promo 16/18, sous une seule réserve');
    expect(rule).toContain('La Promo 16/18 s’adresse aux jeunes mineurs de 16 à 18 ans');
    expect(understood).toContain('17 ans, confiée à l’ASE, plus scolarisée, pas en formation');
    expect(question).toContain('travaille-t-elle');

    const [result] = await e2e.say(teamsMessage(e2e.serviceUrl, conversation, 'non'));
    expect(headline(result!)).toBe('Éligibilité');
    const text = visibleText(result!);
    // The programme asked about, eligible, with its article; the programmes closed to a minor are left out.
    expect(text).toContain('La Promo 16/18');
    expect(text).not.toContain('Non éligible');
    expect(text).toContain('Éligible – prescription possible');
    expect(text).toContain('Accord, art. 2.1.3');
  });

  it('checks the form through Action.Execute and answers with the result card in place', async () => {
    const response = await e2e.bot.post(
      executeInvoke(e2e.serviceUrl, 'a:form-1', 'checkEligibility', {
        age: '40',
        rsa: 'oui',
        accompaniedByDepartment: 'oui',
        pecContract: 'non',
      }),
    );
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = visibleText({ attachments: [{ contentType: 'x', content: body.value }] });
    expect(text).toContain('Prépa Compétences');
    expect(text).toContain('Éligible – prescription possible');
    expect(text).toContain('Non éligible');
  });

  it('shows the form again with the error next to the wrong field, keeping what was typed', async () => {
    const response = await e2e.bot.post(
      executeInvoke(e2e.serviceUrl, 'a:form-2', 'checkEligibility', { age: '17.5', rsa: 'oui' }),
    );
    const body = JSON.parse(response.body) as { value: { body: Array<Record<string, unknown>> } };
    const elements = body.value.body;
    const ageIndex = elements.findIndex((e) => e['id'] === 'age');
    expect(elements[ageIndex]!['value']).toBe(17.5);
    expect(String(elements[ageIndex + 1]!['text'])).toMatch(/âge en années entières/);
    const rsa = JSON.stringify(elements).includes('"id":"rsa"');
    expect(rsa).toBe(true);
    expect(JSON.stringify(elements)).toContain('"value":"oui"');
  });

  it('opens the form on « éligibilité » and from a dispositif card', async () => {
    const [typed] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'éligibilité'));
    expect(headline(typed!)).toBe('Vérifier l’éligibilité');
    const [fromCard] = await e2e.say(
      cardSubmit(e2e.serviceUrl, personalConversation(), { verb: 'openEligibility', focus: 'promo-16-18' }),
    );
    expect(headline(fromCard!)).toBe('Vérifier l’éligibilité');
  });

  it('writes nothing about the person to the store or the logs', async () => {
    const conversation = personalConversation();
    const facts = ['"age"', 'ase', 'inEducation', 'inTraining', 'profile', 'skipped', '17 ans'];
    const expectNothingStored = async () => {
      const stored = await everythingStored(e2e.dataDir);
      for (const fact of facts) expect(stored).not.toContain(fact);
    };
    await e2e.say(
      teamsMessage(
        e2e.serviceUrl,
        conversation,
        'jeune de 17 ans confié à l’ASE, déscolarisé, il peut faire la promo ?',
      ),
    );
    // The guided check is waiting for an answer: its state exists, but not in the store.
    await expectNothingStored();
    await e2e.say(teamsMessage(e2e.serviceUrl, conversation, 'non'));
    await e2e.bot.post(
      executeInvoke(e2e.serviceUrl, 'a:form-3', 'checkEligibility', { age: '16', ase: 'oui' }),
    );
    await expectNothingStored();
    const logs = e2e.bot.logs.join('\n');
    expect(logs).not.toContain('17 ans');
    expect(logs).not.toContain('ASE');
  });
});

describe('the campaign, end to end', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    // The agreement's dates (2022) and today's date: the Département's entries are closed.
    e2e = await new EndToEnd().start({ ADMIN_IDS: '29:admin-campagne' });
  });
  afterEach(async () => {
    await e2e.stop();
  });

  const check = async () => {
    const replies = await e2e.say(
      cardSubmit(e2e.serviceUrl, personalConversation('a:campagne'), {
        verb: 'checkEligibility',
        age: '40',
        rsa: 'oui',
        accompaniedByDepartment: 'oui',
        registeredJobseeker: 'non',
      }),
    );
    return visibleText(replies[0]!);
  };

  it('reads « critères remplis, entrées closes » with the 2022 dates, then « prescription possible » once an admin adds a 2027 campaign, without a restart', async () => {
    const before = await check();
    expect(before).toContain(
      'Campagne 2022 : entrées prescrites par le Département closes depuis le 1er janvier 2023.',
    );
    // Prépa Compétences: every criterion met, entries closed; never « Non éligible » (that is for La Promo 16/18 at 40).
    const prepa = before.slice(before.indexOf('Prépa Compétences'), before.indexOf('Compétences PEC'));
    expect(prepa).toContain('Critères remplis – entrées closes');
    expect(prepa).not.toContain('Non éligible');

    const admin = { id: '29:admin-campagne', name: 'Admin CD82' };
    const adminChat = personalConversation('a:admin-campagne');
    const list = await e2e.say({ ...teamsMessage(e2e.serviceUrl, adminChat, 'campagne'), from: admin });
    expect(visibleText(list[0]!)).toContain('Campagne 2022 (en cours)');
    const saved = await e2e.say({
      ...cardSubmit(e2e.serviceUrl, adminChat, {
        verb: 'saveCampaign',
        annee: '2027',
        entree: '2027-12-31',
        fin: '2028-04-30',
        objectifPrepa: '30',
        objectifPec: '',
        objectifPromo: '10',
      }),
      from: admin,
    });
    expect(visibleText(saved[0]!)).toContain('Campagne 2027 ajoutée');
    expect(
      e2e.bot.logs.some(
        (line) => line.includes('"event":"campaign_saved"') && line.includes('29:admin-campagne'),
      ),
    ).toBe(true);

    const after = await check();
    expect(after).toContain(
      'Campagne 2027 : entrées prescrites par le Département ouvertes jusqu’au 31 décembre 2027 inclus.',
    );
    expect(after).toContain('Éligible – prescription possible');
  });

  it('shows a wrong campaign form again with its errors, and changes nothing; a référent cannot open it', async () => {
    const admin = { id: '29:admin-campagne', name: 'Admin CD82' };
    const adminChat = personalConversation('a:admin-campagne-2');
    const wrong = await e2e.say({
      ...cardSubmit(e2e.serviceUrl, adminChat, {
        verb: 'saveCampaign',
        annee: '27',
        entree: '2027-12-31',
        fin: '2027-01-01',
      }),
      from: admin,
    });
    const text = visibleText(wrong[0]!);
    expect(text).toContain('Une année sur quatre chiffres.');
    expect(text).toContain('La fin des parcours ne peut pas précéder le dernier jour d’entrée.');
    expect(e2e.bot.app.stores.campaigns.all()).toHaveLength(1);
    const refused = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation('a:ref-campagne'), 'campagne'),
    );
    expect(visibleText(refused[0]!)).toContain('réservée aux administrateurs');
  });
});
