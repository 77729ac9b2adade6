import { describe, expect, it } from 'vitest';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 116 and 117 showed, in other words than their own: the partnership's pilots
 * writing long formal questions about commitments, roles and reporting, and référents typing
 * three words on their phone (« presc », « resp », « elig 17a », « jusqua qd »).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);

describe('shorthand on a phone', () => {
  it.each(['presc pec atelier 2 stp', 'presc promo'])('« %s » asks to prescribe', (text) => {
    expect(recognizePrescribeRequest(text)).toBeDefined();
  });

  it.each(['on peut prescrire jusqua qd', 'je peux encore orienter jusqu a quand ?'])(
    '« %s » asks the date limit, not to prescribe',
    (text) => {
      expect(recognizePrescribeRequest(text)).toBeUndefined();
      expect(recognizeScopeQuestion(text)).toEqual({ kind: 'entryDeadline' });
    },
  );

  it.each([
    'resp accompagnement parcours c qui ?',
    'la referente cd de l experimentation c est qui',
    'referent afpa de l experimentation ?',
  ])('« %s » asks whom to contact', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('contacts');
  });

  it.each([
    'il faut faire quoi avant de prescrire ?',
    'on doit faire quoi avant d orienter qqn',
    'avant toute prescription, quelles obligations pour le referent ?',
  ])('« %s » asks the référent’s part', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'prescribing' });
  });

  it('« indicateurs suivis pr les visites » asks what row 2.1.1 counts', () => {
    expect(recognizeScopeQuestion('indicateurs suivis pr les visites')).toMatchObject({
      kind: 'figures',
      indicators: ['2.1.1'],
    });
  });

  it('« kesk on a la semaine pro ? » asks next week’s agenda', () => {
    expect(conversation('kesk on a la semaine pro ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-01-18', to: '2027-01-24' },
    });
  });

  it('« volet 2 a castel » asks the entries there', () => {
    expect(conversation('prepa volet 2 a castel')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2' },
    });
  });
});

describe('two questions joined by « + »', () => {
  it('« pec duree + qui paye ? » answers both', () => {
    expect(conversation('pec duree + qui paye ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'competences-pec', aspects: ['duration'] } },
        { kind: 'scope', question: { kind: 'cost' } },
      ],
    });
  });
});

describe('follow-ups on the date limit', () => {
  it('« et ça a été reconduit ? » after the date limit gives it again, with what the agreement says of going on', () => {
    expect(conversation('date limite des entrees ?', 'et ca a ete reconduit ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'entryDeadline' },
    });
  });
});

describe('formal questions of the pilots', () => {
  it('« quelle est la durée de la Promo et quels jours les jeunes sont présents ? », after « pour préparer la réunion… », asks the programme', () => {
    expect(
      conversation(
        'Pour préparer la réunion avec les éducateurs, quelle est la durée de La Promo 16/18 et quels sont les jours de présence ?',
      ),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: expect.arrayContaining(['duration', 'modality']) },
    });
  });

  it('« à quoi le Département s’est-il engagé pour les visites de plateaux ? » quotes the plan, not the agenda', () => {
    const reading = conversation(
      'Dans le plan d’action, à quoi le Département s’est-il engagé pour les visites de plateaux techniques ?',
    );
    expect(reading.kind).toBe('passages');
  });

  it('« au titre du § 6, qui sont les responsables de l’AFPA et leur interlocuteur au Département ? » gives the roles', () => {
    expect(
      conversation(
        'Au titre du paragraphe 6 du protocole, qui sont les responsables côté AFPA et leur interlocuteur au Département ?',
      ),
    ).toMatchObject({ kind: 'scope', question: { kind: 'contacts' } });
  });

  it('« à qui l’article 3 confie le suivi de l’accord ? » quotes both people it names', () => {
    const reading = conversation('l article 3 confie le suivi de l accord a qui ?');
    const quoted = reading.kind === 'passages' ? reading.passages.map((p) => p.text).join(' ') : '';
    expect(quoted).toContain('VELLA');
    expect(quoted).toContain('WEILL');
  });

  it('« l’état des places en soudure et en cariste, pour la diffusion prévue au 2.1.2 » lists the places', () => {
    expect(
      conversation(
        'Pour la diffusion prévue au 2.1.2, pouvez-vous me donner l’état des places disponibles en soudure et en cariste ?',
      ),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'places', trade: 'soudure ou cariste' } });
  });
});
