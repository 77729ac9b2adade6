import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * A chat kept open for a while (blind set 137, in other words): a list pointed back at after an
 * aside, a person come back to after another, a step asked after its entries, the same facts
 * asked again of a refusal, and the questions asked in passing that the agreement settles or not.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('coming back in a long thread', () => {
  it('« la 2e que tu m’as donnée, c’est où ? » after a question aside is the list given before', () => {
    expect(
      readThread(
        NOW,
        'les jpo a venir ?',
        'au fait la prepa c pour qui ?',
        'la deuxieme que tu m as donnee c est ou ?',
      ),
    ).toMatchObject({ kind: 'agenda', query: { types: ['jpo'], item: 2 } });
  });

  it('« ok. pour revenir au père, … » takes up his thread, not his son’s programme', () => {
    expect(
      readThread(
        NOW,
        'mr D 40 ans au rsa suivi par nous, prepa comp volet 2 c bien ca ?',
        'et son fils de 16 ans decroche du lycee, la promo ?',
        'ok. pour revenir au pere, prochaine entree volet 2 ?',
      ),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences' } });
  });

  it('« c’est quoi le volet 1 déjà ? » after the entries is the step, not its entries', () => {
    expect(readThread(NOW, 'prochaines entrees prepa ?', 'c quoi le volet 1 deja ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', step: 'volet 1' },
    });
  });

  it('« et s’ils refusent ? » after whose agreement a programme takes is the same facts (the engagement week gathers it)', () => {
    expect(readThread(NOW, 'la promo faut l accord des parents ?', 'et si ils refusent ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'phases' },
    });
  });

  it('« elles sont pour quel public ? » after a list is the list again, each item saying it', () => {
    expect(readThread(NOW, 'info coll a montauban ?', 'elles sont pour quel public ?')).toMatchObject({
      kind: 'agenda',
      query: { types: ['info_collective'] },
    });
  });
});

describe('asked in passing', () => {
  it('« valider son expérience » for someone described is the VAE', () => {
    expect(
      readMessage(
        'dame 48 ans au rsa, 20 ans d aide a domicile sans diplome, elle peut valider son experience ?',
        NOW,
        undefined,
        deps,
      ),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'vae' } });
  });

  it.each([
    ['ses contrats pec durent combien de mois en general ?', /contrat PEC lui-même/],
    ['les infos personnelles que je mets dans la prescription c est protege ?', /personalData/],
  ])('« %s »', (text, expected) => {
    const question = recognizeScopeQuestion(text);
    expect(question?.kind === 'out_of_scope' ? question.subject : question?.kind).toMatch(expected);
  });
});

describe('what a thread keeps, and what is no town', () => {
  it('« et l’objectif ? » after the figures of La Promo keeps La Promo', () => {
    expect(
      readThread(NOW, 'combien de jeunes orientes vers la promo cette annee ?', 'et l objectif ?'),
    ).toMatchObject({ kind: 'scope', question: { kind: 'figures', dispositif: 'promo-16-18' } });
  });

  it('« à nos réunions d’équipe » after a list names no town called « Nos »', () => {
    const reading = readThread(
      NOW,
      'les visites de plateau a venir ?',
      'et vous venez presenter vos actions a nos reunions d equipe ?',
    );
    expect(JSON.stringify(reading)).not.toMatch(/"place":"nos"/);
  });
});
