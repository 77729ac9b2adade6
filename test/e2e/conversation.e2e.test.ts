import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APOLOGY_TEXT } from '../../bot/adapter.js';
import { botAdded, cardSubmit, channelMention, personalConversation, teamsMessage } from '../factories.js';
import { EndToEnd, headline, visibleText } from '../support/bot-harness.js';

describe('the bot, end to end through the real server', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start();
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('welcomes the référent when it is installed, with the menu buttons', async () => {
    const conversation = personalConversation();
    const replies = await e2e.say(botAdded(e2e.serviceUrl, conversation));
    expect(replies).toHaveLength(2);
    expect(headline(replies[0]!)).toContain('Bonjour');
    expect(visibleText(replies[1]!)).toContain('récap');
    const text = visibleText(replies[0]!);
    expect(text).toContain('Tous les dispositifs');
    expect(text).toContain('Prépa Compétences');
  });

  it.each(['aide', 'help', 'menu', '?', 'AIDE'])('brings the menu back on « %s »', async (word) => {
    const replies = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), word));
    expect(headline(replies[0]!)).toContain('Bonjour');
  });

  it('shows the list, then a dispositif card from its button', async () => {
    const conversation = personalConversation();
    const [list] = await e2e.say(cardSubmit(e2e.serviceUrl, conversation, { verb: 'listDispositifs' }));
    expect(visibleText(list!)).toContain('Compétences PEC');
    const [detail] = await e2e.say(
      cardSubmit(e2e.serviceUrl, conversation, { verb: 'showDispositif', dispositif: 'promo-16-18' }),
    );
    expect(headline(detail!)).toBe('La Promo 16/18');
    expect(visibleText(detail!)).toContain('13 semaines');
    expect(visibleText(detail!)).toMatch(/Source/);
  });

  it('answers a free-text question with the dispositif first and the aspect asked', async () => {
    const [reply] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'combien de temps dure la promo 1618'),
    );
    expect(headline(reply!)).toBe('La Promo 16/18');
    const text = visibleText(reply!);
    expect(text).toContain('Durée');
    expect(text).toContain('13 semaines');
    // The precise question gets its answer, not the overview: the rest is one button away.
    expect(text).not.toContain('En bref');
    expect(text).toContain('Voir la fiche complète');
  });

  it('answers the same question in a channel when mentioned, without the mention', async () => {
    const [reply] = await e2e.say(
      channelMention(e2e.serviceUrl, '19:channel@thread.tacv2', 'qui peut prescrire la VAE ?'),
    );
    expect(headline(reply!)).toMatch(/^VAE/);
    expect(visibleText(reply!)).toContain('Comment prescrire');
  });

  it('reads a mention typed as text (« @Assistant aide ») as a real one', async () => {
    const [reply] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), '@Assistant aide'));
    expect(headline(reply!)).toContain('Bonjour');
    const [after] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'c quoi la promo 1618 @Assistant'),
    );
    expect(headline(after!)).toBe('La Promo 16/18');
  });

  it('answers thanks, and a goodbye with a goodbye', async () => {
    const conversation = personalConversation();
    const say = async (text: string) =>
      visibleText((await e2e.say(teamsMessage(e2e.serviceUrl, conversation, text)))[0]!);
    expect(await say('merci bcp')).toMatch(/^Avec plaisir/);
    expect(await say('au revoir')).toMatch(/^Au revoir/);
    expect(await say('ok merci, bonne journée')).toMatch(/^Avec plaisir/);
  });

  it('says it is not sure and offers the menu rather than guessing', async () => {
    const [reply] = await e2e.say(
      teamsMessage(e2e.serviceUrl, personalConversation(), 'zorglub bidule machin'),
    );
    expect(visibleText(reply!)).toMatch(/pas sûr/);
    expect(visibleText(reply!)).toContain('Tous les dispositifs');
  });

  it('refuses a malformed body with 400 and never reaches the bot', async () => {
    expect((await e2e.bot.post('{not json')).status).toBe(400);
    expect((await e2e.bot.post({ hello: 'world' })).status).toBe(400);
    expect((await e2e.bot.post([1, 2])).status).toBe(400);
    expect(e2e.connector.posted).toHaveLength(0);
  });

  it('refuses a body larger than the limit', async () => {
    const huge = teamsMessage(e2e.serviceUrl, personalConversation(), 'x'.repeat(400 * 1024));
    expect((await e2e.bot.post(huge)).status).toBe(413);
  });

  it('answers an unknown button politely', async () => {
    const [reply] = await e2e.say(
      cardSubmit(e2e.serviceUrl, personalConversation(), { verb: 'launchRocket' }),
    );
    expect(reply!.text).toContain('aide');
  });

  it('keeps a clarification across a restart of the server', async () => {
    const conversation = personalConversation();
    const [question] = await e2e.say(
      teamsMessage(e2e.serviceUrl, conversation, 'combien de temps dure compétences ?'),
    );
    expect(visibleText(question!)).toContain('Duquel parlez-vous');

    await e2e.restartBot();
    const [answer] = await e2e.say(teamsMessage(e2e.serviceUrl, conversation, 'Compétences PEC'));
    expect(headline(answer!)).toBe('Compétences PEC');
    expect(visibleText(answer!)).toContain('Durée');
  });

  it('lists the dispositifs on « dispositifs »', async () => {
    const [list] = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'dispositifs'));
    expect(headline(list!)).toBe('Les dispositifs de l’accord');
  });

  it('answers a new question asked instead of the clarification, on its own aspect', async () => {
    const conversation = personalConversation();
    await e2e.say(teamsMessage(e2e.serviceUrl, conversation, 'combien de temps dure compétences ?'));
    const [answer] = await e2e.say(
      teamsMessage(e2e.serviceUrl, conversation, 'qui peut prescrire Compétences PEC ?'),
    );
    expect(headline(answer!)).toBe('Compétences PEC');
    const text = visibleText(answer!);
    expect(text.indexOf('Comment prescrire')).toBeGreaterThan(-1);
    expect(text).not.toContain('Durée');
  });

  it('says once, at start, that it runs without authentication', () => {
    expect(e2e.bot.logs.filter((line) => line.includes('auth_disabled'))).toHaveLength(1);
  });

  it('never writes what the référent typed to the logs', async () => {
    const secret = 'Madame Zoé Lambert-Secret';
    await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), `prepa comp pour ${secret} ?`));
    expect(e2e.bot.logs.join('\n')).not.toContain('Lambert-Secret');
  });

  it('apologises in French when a turn fails', async () => {
    // The connector refusing the reply makes the turn fail; the apology is tried, and logged when it fails too.
    e2e.connector.failWith = 403;
    e2e.connector.failures = 1;
    const replies = await e2e.say(teamsMessage(e2e.serviceUrl, personalConversation(), 'aide'));
    expect(replies.map((r) => r.text)).toEqual([APOLOGY_TEXT]);
    expect(e2e.bot.logs.some((line) => line.includes('turn_failed'))).toBe(true);
  });
});

describe('in a channel, each référent has their own conversation with the bot', () => {
  let e2e: EndToEnd;
  beforeEach(async () => {
    e2e = await new EndToEnd().start();
  });
  afterEach(async () => {
    await e2e.stop();
  });

  it('does not take one person’s message as the answer to another’s clarification', async () => {
    const channel = '19:shared-channel@thread.tacv2';
    const first = await e2e.say(
      channelMention(e2e.serviceUrl, channel, 'combien de temps dure compétences ?'),
    );
    expect(visibleText(first[0]!)).toContain('Duquel parlez-vous');

    const colleague = {
      id: '29:referent-2',
      name: 'Collègue',
      aadObjectId: '00000000-0000-0000-0000-000000000002',
    };
    const [other] = await e2e.say({
      ...channelMention(e2e.serviceUrl, channel, 'Compétences PEC'),
      from: colleague,
    });
    // The colleague asked a question of their own: answered as an overview, not as the first person's duration.
    expect(headline(other!)).toBe('Compétences PEC');
    expect(visibleText(other!)).not.toContain('Durée');
  });
});
