import { describe, expect, it } from 'vitest';
import { recognizeCommand } from '../../dialogs/commands.js';

/**
 * The short messages that open or close a conversation, as référents type them on a
 * phone: written from how people greet, thank and give up, not from the bot's answers.
 */
describe('greetings, thanks and cancels with a few more words', () => {
  it.each([
    'Bonjour, j’espère que tu vas bien',
    'bonjour à tous, je suis le nouveau référent RSA du secteur de Castelsarrasin',
    'Bonjour ! Je suis la nouvelle conseillère insertion au pôle de Caussade',
    'salut, comment ça va ?',
    'bonsoir, j espere que vous allez bien',
  ])('« %s » is a greeting', (text) => {
    expect(recognizeCommand(text)).toBe('help');
  });

  it.each([
    'bonjour, je suis référente et j’ai une dame de 30 ans au RSA',
    'bonjour je suis referente, c’est quoi la prépa ?',
    'bonjour, je suis le nouveau référent : les prochaines JPO ?',
  ])('« %s » says more than hello', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });

  it.each([
    'tant pis, merci quand même',
    'ah ok tant pis merci quand meme',
    'merci pour les infos, bonne soirée',
    'merci beaucoup pour ta réponse, bonne fin de journée à toi',
    'ok merci, ce sera tout',
    'super merci c’est tout pour moi',
    'parfait, c’est bon merci',
    'merci pour votre aide bonne journee a vous',
    'merci, c’est beaucoup plus clair',
    'ok merci j y vois plus clair',
  ])('« %s » thanks', (text) => {
    expect(recognizeCommand(text)).toBe('thanks');
  });

  it.each([
    'merci, et pour la PEC ?',
    'merci mais c’est quand la prochaine JPO',
    'ok merci, et ça dure combien ?',
  ])('« %s » asks something more', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });

  it.each([
    'bon laisse tomber, je vais rappeler l’afpa',
    'euh non finalement annule, elle préfère attendre la rentrée',
    'ah attends, annule, je me suis trompée de personne',
    'ok laisse tomber je regarderai le site',
  ])('« %s » gives up what is in progress', (text) => {
    expect(recognizeCommand(text)).toBe('cancel');
  });

  it.each(['annule la prescription de Mme D', 'comment j’annule une prescription ?'])(
    '« %s » is not a cancel of what is in progress',
    (text) => {
      expect(recognizeCommand(text)).not.toBe('cancel');
    },
  );
});
