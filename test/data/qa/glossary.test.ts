import { describe, expect, it } from 'vitest';
import { meaningCard } from '../../../cards/agreement-cards.js';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { GLOSSARY, meaningAsked } from '../../../data/qa/glossary.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * A référent in their first month asks what the partnership's words mean, the way they
 * type: acronyms, no accents, « c quoi déjà », two words in one message, a word then a
 * sentence about themselves. Written from the GUIDE's glossary and the agreement.
 */
describe('meaningAsked: the words whose meaning is asked', () => {
  it.each<[string, string[]]>([
    ['SIAE ca veut dire quoi', ['SIAE, IAE']],
    ["c quoi l'IAE ?", ['SIAE, IAE']],
    ['FT c quoi deja ? et ML ?', ['FT, France Travail', 'ML, Mission locale']],
    ['ca veut dire quoi BRSA', ['RSA, BRSA']],
    ["c'est quoi le CD exactement", ['CD, Département']],
    ['DGEFP ?', ['DGEFP, DDETSPP']],
    ['c quoi le PIC', ['PIC']],
    ['RQTH c quoi', ['RQTH, TH']],
    ['prescrire = inscrire ? je comprends pas trop le vocabulaire, je viens du medico social', ['Prescrire']],
    ['c quoi un volet', ['Volet']],
    ["panda c quoi ce truc ?? on m'en a parlé en reunion d'equipe et j'ai pas osé demander", ['PANDA']],
    ['referent de parcours c qui ? moi ? je comprends pas trop mon role la dedans', ['Référent de parcours']],
    ['le cep c’est quoi au juste', ['CEP']],
    ['Cap emploi c’est quoi ?', ['Cap emploi']],
    ['c quoi une JPO ? et une info coll ?', ['JPO', 'Information collective']],
    ['que veut dire ASE', ['ASE']],
    ['c quoi un plateau technique', ['Visite de plateau technique']],
    ['c quoi la DDETSPP s il vous plait', ['DGEFP, DDETSPP']],
  ])('« %s »', (text, terms) => {
    expect(meaningAsked(text).map((t) => t.term)).toEqual(terms);
  });

  it.each([
    // Another question about the word: its dates, a programme, someone's file.
    'la JPO ? c’est quand',
    'jpo',
    'prescription',
    'c quoi le volet 2',
    'c’est quoi la prépa comp',
    'c quoi le RSA majoré',
    'c quoi les infos coll de fevrier',
    'qui est le référent de parcours de Mme B',
    'c quoi ma prescription',
    'il est suivi par la ML, il peut faire la promo ?',
    'le bilan je le reçois quand ?',
    'elle est à FT depuis 2 ans, prépa possible ?',
  ])('« %s » asks something else', (text) => {
    expect(meaningAsked(text)).toEqual([]);
  });

  it('says where the agreement uses a word, in the form the other answers cite', () => {
    for (const entry of GLOSSARY.filter((e) => e.source))
      expect(entry.source).toMatch(/^(Accord, (art\.|préambule)|Protocole, §|Plan d’action, \d)/);
  });
});

describe('the words asked, read and answered', () => {
  const NOW = new Date('2027-01-11T08:00:00Z');

  it('reads « FT c quoi deja ? et ML ? » as one answer on both words', () => {
    expect(readMessage('FT c quoi deja ? et ML ?', NOW, undefined, deps)).toEqual({
      kind: 'scope',
      question: { kind: 'meaning', terms: ['FT, France Travail', 'ML, Mission locale'] },
    });
  });

  it('does not open the prescription form for « prescrire = inscrire ? »', () => {
    expect(recognizePrescribeRequest('prescrire = inscrire ? je viens du medico social')).toBeUndefined();
    expect(recognizePrescribeRequest('je voudrais prescrire')).toEqual({});
  });

  it('answers each word with its meaning and where the agreement uses it, and offers the agenda for an event', () => {
    const card = JSON.stringify(meaningCard(['SIAE, IAE', 'JPO']));
    expect(card).toContain('insertion par l’activité économique');
    expect(card).toContain('(Accord, art. 2.1.2 et 2.1.4)');
    expect(card).toContain('journées portes ouvertes');
    expect(card).toContain('Agenda AFPA');
    expect(JSON.stringify(meaningCard(['SIAE, IAE']))).not.toContain('Agenda AFPA');
  });
});
