import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { detectAspects } from '../../../data/qa/aspect.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 98 and 99 showed, in other words than their own: a weekday written with its
 * date, a step kept for the entries asked after it, a story before the question (who called,
 * which meeting it came from), and a coordinators' channel (greetings, delays, contacts).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);

describe('a weekday with its date', () => {
  it.each([
    ['quoi de prevu a l afpa mercredi 20 ?', '2027-01-20'],
    // 4 January 2027 was a Monday: the next Thursday the 4th is in February.
    ['la jpo jeudi 4 c a quelle heure', '2027-02-04'],
    ['visite soudure vendredi 22', '2027-01-22'],
    // The weekday is wrong (the 20th is a Wednesday): the date wins.
    ['info coll lundi 20 ?', '2027-01-20'],
  ])('« %s » is that day', (message, day) => {
    expect(parseAgendaQuery(message, NOW)).toMatchObject({ from: day, to: day });
  });

  it('« mardi 14h » is an hour, and the next Tuesday', () => {
    expect(parseAgendaQuery('la jpo de mardi 14h', NOW)).toMatchObject({ from: '2027-01-12' });
  });

  it('« et vendredi 22 ? » after a day asks that other day', () => {
    expect(conversation('mercredi 20 y a quoi a l afpa', 'et vendredi 22 ?')).toMatchObject({
      kind: 'agenda',
      query: { from: '2027-01-22', to: '2027-01-22' },
    });
  });

  it('« envoyer Mme B et sa fille » names no town « et »', () => {
    const query = parseAgendaQuery('la visite cariste de jeudi 21 je veux y envoyer Mme B et sa fille', NOW);
    expect(query).toMatchObject({ trade: 'cariste', from: '2027-01-21' });
    expect(query && 'place' in query ? query.place : undefined).toBeUndefined();
  });
});

describe('the step being discussed', () => {
  it('« une date bientôt pour ce volet ? » after volet 1 asks volet 1’s entries', () => {
    expect(conversation('le volet 1 de la prepa ca sert a quoi', 'une entree bientot pour ce volet ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 1' },
    });
  });

  it('without a step discussed, the entries of every step', () => {
    const reading = conversation('la prepa comp ca sert a quoi', 'une entree bientot ?');
    expect(reading).toMatchObject({ kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences' } });
    expect(reading.kind === 'agenda' && reading.query.kind === 'sessions' && reading.query.volet).toBeFalsy();
  });
});

describe('a story before the question', () => {
  it('« la tante m’a appelé : jeune 17 ans… » describes the young person, not the aunt', () => {
    expect(
      extractProfile('sa tante m a appele : jeune 17 ans, a quitte le lycee en juin, reste a la maison', {
        today: NOW,
      }).profile,
    ).toMatchObject({ age: 17, inEducation: false, inTraining: false, employed: false });
  });

  it('« sa mère : 45 ans » is still the mother’s age', () => {
    expect(extractProfile('sa mere : 45 ans', { today: NOW }).profile.age).toBeUndefined();
  });

  it('« pour le copil, l’objectif de la PEC c’est combien ? » asks the target, not the committee', () => {
    expect(conversation('pour le copil de jeudi, l objectif pec c combien de personnes ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'target' },
    });
  });

  it('« et les jeunes de l’ASE sur la promo ? » after a target is the Promo’s target', () => {
    expect(conversation('objectif prepa 2023 ?', 'et les jeunes ase sur la promo ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'target' },
    });
  });

  it('« au sortir du cotech… ce que contient la prépa » asks the content, not the committee', () => {
    const message =
      'au sortir du cotech hier, les partenaires sont plutot favorables mais on ne sait pas ce que contient la prepa comp concretement';
    expect(recognizeScopeQuestion(message)).toBeUndefined();
    expect(conversation(message)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'content' },
    });
  });

  it('« le cotech, il se réunit quand ? » is still outside the agreement', () => {
    expect(recognizeScopeQuestion('le cotech il se reunit quand ?')).toMatchObject({ kind: 'out_of_scope' });
  });

  it('« plutôt favorables » compares nothing; « prépa ou PEC plutôt ? » does', () => {
    expect(detectAspects('les employeurs sont plutot favorables')).not.toContain('comparison');
    expect(detectAspects('prepa ou pec plutot ?')).toContain('comparison');
  });
});

describe('what référents ask in a few words', () => {
  it.each(['la promo elle se decoupe comment', 'la prepa c est structure comment ?'])(
    '« %s » asks the steps',
    (message) => {
      expect(detectAspects(message)[0]).toBe('phases');
    },
  );

  it('« et 17 ans tout juste ? » after a check checks that age', () => {
    expect(personAgain('et 17 ans tout juste ?', { profile: { age: 15, ase: true } }, NOW)).toMatchObject({
      profile: { age: 17, ase: true },
    });
  });

  it('« une formation cariste vers Moissac ça existe ? » asks that training there', () => {
    expect(parseAgendaQuery('une formation cariste pas loin de moissac ca existe ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'cariste',
      place: 'moissac',
    });
  });

  it('« places dispo en temps réel » names no trade « temps »', () => {
    const query = parseAgendaQuery('les places dispo en temps reel je les vois ou', NOW);
    expect(query).toMatchObject({ kind: 'places' });
    expect(query && 'trade' in query ? query.trade : undefined).toBeUndefined();
  });

  it('« la prépa c’est combien de jours, et il touche une prime à la fin ? »: the duration, and no prime in the agreement', () => {
    const reading = conversation('la prepa c est combien de jours et il touche une prime a la fin ?');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { aspect: 'duration' } },
        { kind: 'scope', question: { kind: 'out_of_scope' } },
      ],
    });
  });

  it('« la prime d’activité » stays the CAF’s benefit', () => {
    expect(recognizeScopeQuestion('la prime d activite continue pendant la prepa ?')).toMatchObject({
      kind: 'out_of_scope',
    });
    expect(
      recognizeScopeQuestion('la prime d activite continue pendant la prepa ?')?.kind === 'out_of_scope' &&
        (recognizeScopeQuestion('la prime d activite continue pendant la prepa ?') as { subject: string }).subject,
    ).not.toMatch(/rémunération/);
  });
});

describe('a coordinators’ channel', () => {
  it.each(['slt tlm', 'bonjour tout le monde', 'tu fais quoi exactement ? on vient de me l ajouter dans teams'])(
    '« %s » is welcomed',
    (message) => {
      expect(recognizeCommand(message)).toBe('help');
    },
  );

  it.each([
    'on a un souci sur un dossier promo, c est qui la bonne personne cote afpa ?',
    'la responsable accompagnement parcours c qui deja',
    'qui serait le bon interlocuteur pour la pec',
  ])('« %s » asks whom to contact', (message) => {
    expect(recognizeScopeQuestion(message)).toMatchObject({ kind: 'contacts' });
  });

  it('« elle répond sous combien de jours, l’AFPA, une fois prescrit ? » asks the delay', () => {
    expect(
      recognizeScopeQuestion('une fois la prescription envoyee, l afpa repond sous quel delai ?'),
    ).toMatchObject({ kind: 'afterPrescribing', delayAsked: true });
    expect(recognizeScopeQuestion('une fois la prescription envoyee il se passe quoi ?')).toEqual({
      kind: 'afterPrescribing',
    });
  });

  it.each([
    ['il a vu l info coll jeudi, maintenant on veut l inscrire en promo', 'promo-16-18'],
    ['bon je veux la positionner sur la prepa volet 2', 'prepa-competences'],
  ])('« %s » asks to prescribe', (message, dispositif) => {
    expect(recognizePrescribeRequest(message)).toEqual({ dispositif });
  });
});
