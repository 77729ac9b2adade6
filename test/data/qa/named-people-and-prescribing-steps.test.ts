import { describe, expect, it } from 'vitest';
import { answerCard, comparisonCard } from '../../../cards/dispositif-cards.js';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { detectAspects } from '../../../data/qa/aspect.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind sets 82 to 84 showed, in other words than theirs: a person named in the chat
 * whose progress is asked, the steps of a first prescription, and remarks that are no question.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('a named person’s progress is personal data', () => {
  it.each([
    'il en est ou Théo Girard dans la prépa ?',
    'Mme Benali a fini son volet 1 ?',
    'combien d heures elle a fait Sarah Lopez en PEC',
    'est-ce que Yanis Haddad est bien venu a l atelier lundi',
  ])('« %s » is refused as personal data, with the progress pointed to', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'personalData', progress: true });
  });

  it.each([
    'Prépa Compétences ça dure combien ?',
    'ou en est la Promo 16/18 cette annee ?',
    'France Travail en est ou des inscriptions ?',
    'elle a fini son volet 1, elle peut faire le volet 2 ?',
  ])('« %s » names nobody', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).not.toBe('personalData');
  });

  it('a name alone, with no progress asked, is not refused this way', () => {
    expect(recognizeScopeQuestion('Paul Martin 30 ans au RSA, prépa ok ?')).not.toEqual({
      kind: 'personalData',
      progress: true,
    });
  });

  it('the thread does not hide it: « et Léa Morel elle en est où ? » after a figure', () => {
    const reading = read('et Léa Morel elle en est où ?');
    expect(reading).toMatchObject({ kind: 'scope', question: { kind: 'personalData', progress: true } });
  });
});

describe('how to prescribe, however it is asked', () => {
  it.each([
    'c koi les etapes pour prescrire ?',
    'la procedure pour faire une prescription svp',
    'comment je fais une prescription ? premiere fois',
    'j oriente comment vers l afpa ?',
    'quelle est la marche a suivre pour inscrire quelqu un',
  ])('« %s » is the way a prescription goes', (text) => {
    expect(read(text)).toEqual({ kind: 'scope', question: { kind: 'prescribing' } });
  });

  it('the story around it does not hide it: « … je viens d’arriver au service, jamais fait »', () => {
    expect(read('bonjour, les etapes pour prescrire ? je viens d arriver au service, jamais fait')).toEqual({
      kind: 'scope',
      question: { kind: 'prescribing' },
    });
  });

  it('« j’oriente comment et c’est gratuit pour le CD ? » answers both', () => {
    const reading = read('j oriente comment et c est gratuit pour le CD ?');
    expect(reading.kind).toBe('several');
    const kinds =
      reading.kind === 'several'
        ? reading.readings.map((r) => (r.kind === 'scope' ? r.question.kind : r.kind))
        : [];
    expect(kinds).toEqual(['prescribing', 'cost']);
  });
});

describe('asking to put someone on a session is a prescription', () => {
  it.each([
    ['inscris moi quelqu un sur la prochaine entree promo', 'promo-16-18'],
    ['tu peux m inscrire une personne en prepa le 1er fevrier ?', 'prepa-competences'],
    ['positionne qqn sur la PEC stp', 'competences-pec'],
  ])('« %s » opens the form', (text, dispositif) => {
    expect(recognizePrescribeRequest(text)).toEqual({ dispositif });
  });

  it('« inscrire qqn à la JPO ? » asks about the open day, not a prescription', () => {
    expect(recognizePrescribeRequest('comment inscrire qqn a la JPO ?')).toBeUndefined();
  });
});

describe('a complaint is heard, not read as a question', () => {
  it.each([
    't nul',
    'tu sers a rien mdr',
    'c est nul ton truc',
    'tu comprends rien !!',
    'bot inutile',
    'n importe quoi',
  ])('« %s » is a complaint', (text) => {
    expect(recognizeCommand(text)).toBe('complaint');
  });

  it.each([
    'la prépa c nul ?',
    'c est nul si elle rate une seance ?',
    'il comprend rien au francais, la prepa ca irait ?',
  ])('« %s » is a question, not a complaint', (text) => {
    expect(recognizeCommand(text)).not.toBe('complaint');
  });
});

describe('one step asked, that step answered', () => {
  const answerOf = (text: string, context?: Parameters<typeof readMessage>[2]) => {
    const reading = readMessage(text, NOW, context, deps);
    return reading.kind === 'answer' ? reading.result : undefined;
  };

  it.each([
    ['le volet deux de la prepa ca dure combien ?', 'prepa-competences', 'volet 2'],
    ['combien de jours pour le volet 1 prepa comp', 'prepa-competences', 'volet 1'],
    ['la phase 3 de la PEC c quoi ?', 'competences-pec', 'phase 3'],
  ])('« %s » names its step', (text, dispositif, step) => {
    expect(answerOf(text)).toMatchObject({ dispositif, step });
  });

  it.each([
    'prepa comp ca dure combien ?',
    'quelle difference entre le volet 1 et le volet 2 de la prepa',
    'prepa, plutot volet 1 ou 2 pour quelqu un qui hesite sur son metier ?',
    'il a fait le volet 1 en mars, il peut faire le volet 2 ensuite ?',
  ])('« %s » names no single step', (text) => {
    expect(answerOf(text)?.step).toBeUndefined();
  });

  it('« et le deux ? » after volet 1’s length asks volet 2’s', () => {
    const context = {
      at: NOW.toISOString(),
      dispositif: 'prepa-competences' as const,
      aspects: ['duration' as const],
      step: 'volet 1',
      asked: 'le volet 1 c combien de jours',
    };
    expect(answerOf('et le deux ?', context)).toMatchObject({ aspects: ['duration'], step: 'volet 2' });
  });

  it('the card gives that step’s length, not the other’s', () => {
    const said = JSON.stringify(
      answerCard(loadCatalogue(), 'prepa-competences', ['duration'], [], { step: 'volet 2' }),
    );
    expect(said).toContain('4 à 8 jours');
    expect(said).not.toContain('5 à 6 jours');
  });

  it('a step the programme does not have leaves every step shown', () => {
    const said = JSON.stringify(
      answerCard(loadCatalogue(), 'prepa-competences', ['duration'], [], { step: 'volet 3' }),
    );
    expect(said).toContain('4 à 8 jours');
    expect(said).toContain('5 à 6 jours');
  });
});

describe('what the référente does before prescribing, and a crèche as the employer', () => {
  it.each([
    'faut que je fasse quoi avant de prescrire ?',
    'je dois verifier quoi avant de l orienter, son accord suffit ?',
  ])('« %s » is the référent’s part', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'prescribing' });
  });

  it.each([
    'l employeur (une creche) voudrait savoir combien dure competences pec',
    'une creche associative emploie une dame en PEC, elle peut faire reconnaitre ses competences ?',
  ])('« %s » is no question about childcare', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).not.toBe('out_of_scope');
  });

  it('« elle ne trouve pas de crèche pour son fils, vous avez une solution ? » is one', () => {
    expect(recognizeScopeQuestion('elle trouve pas de creche pour son fils, une solution ?')).toMatchObject({
      kind: 'out_of_scope',
    });
  });
});

describe('at a distance, soon, and whether France Travail must come first', () => {
  it('« une pec a distance prochainement, il reste des places ? » is one list of entries', () => {
    expect(read('une pec a distance prochainement, et il reste des places ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'competences-pec', modality: 'distanciel', withSeats: true },
    });
  });

  it('« comp pec en distanciel ça se fait ? » says what the agreement allows and lists the entries at a distance', () => {
    const reading = read('comp pec en distanciel ca se fait ?');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'competences-pec', aspect: 'modality' } },
        {
          kind: 'agenda',
          query: { kind: 'sessions', dispositif: 'competences-pec', modality: 'distanciel' },
        },
      ],
    });
  });

  it('the Promo, held on site, gets no list of entries at a distance', () => {
    expect(read('la promo a distance c possible ?').kind).toBe('answer');
  });

  it('« il touche l’ASS, pas le RSA, la prépa par le CD ? » is checked', () => {
    expect(read('il touche l ASS, pas le RSA, la prepa par le CD ?')).toMatchObject({
      kind: 'person',
      extracted: { profile: { rsa: false }, viaDepartment: true, asksEligibility: true },
    });
  });

  it('« donc pas besoin qu’il s’inscrive à FT ? » after Prépa asks who it is for', () => {
    const context = { at: NOW.toISOString(), dispositif: 'prepa-competences' as const };
    expect(
      readMessage('donc pas besoin qu il s inscrive a france travail avant ?', NOW, context, deps),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'audience' },
    });
  });
});

describe('a step in the story, or two steps asked', () => {
  it('« le volet 1 ça dure cb ? et le volet 2 ? » shows both', () => {
    const reading = read('le volet 1 de la prepa ca dure cb ? et le volet 2 ?');
    const results = reading.kind === 'several' ? reading.readings : [reading];
    for (const one of results) if (one.kind === 'answer') expect(one.result.step).toBeUndefined();
  });

  it('« il a déjà fait le volet 1, il peut refaire la prépa ? » tells the story: no single step', () => {
    const reading = read('il a deja fait le volet 1 l an dernier, il peut refaire la prepa ?');
    expect(reading.kind === 'answer' ? reading.result.step : undefined).toBeUndefined();
  });
});

describe('set 84’s kinds of question, in other words', () => {
  it('« c’est bien 13 semaines la promo ? » asks the length', () => {
    expect(detectAspects('c est bien 13 semaines la promo ?')).toEqual(['duration']);
  });

  it('« la pec on la démarre quand dans le contrat ? » asks when in the contract, not the dates', () => {
    expect(parseAgendaQuery('la pec on la demarre quand dans le contrat ?', NOW)).toBeUndefined();
    expect(read('la pec on la demarre quand dans le contrat ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'content' },
    });
  });

  it('a comparison asked for someone described gives both programmes beside the check', () => {
    expect(
      read('c quoi la difference entre la prepa et la pec ? lequel pour une dame au rsa en contrat aide'),
    ).toMatchObject({
      kind: 'person',
      also: { comparedWith: expect.any(String) },
    });
  });

  it.each(['je cherche des dates', 'vous avez les prochaines dates ?'])('« %s » gives the agenda', (text) => {
    expect(read(text)).toMatchObject({ kind: 'agenda', query: { kind: 'events' } });
  });

  it('« sa commence quand », dictated, is « ça commence quand »', () => {
    expect(normalizeText('sa commence quand')).toBe('ca commence quand');
    expect(normalizeText('sa formation commence quand')).toBe('sa formation commence quand');
  });

  it('the places of a training not published say so, rather than every place', () => {
    expect(parseAgendaQuery('info places formation boulanger ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'boulanger',
    });
  });

  it('« qui a signé l’accord et le copil se réunit quand ? » answers both', () => {
    const reading = read('qui a signe l accord et le copil il se reunit quand ?');
    expect(reading.kind === 'several' && reading.readings.map((r) => r.kind)).toEqual(['scope', 'passages']);
  });

  it('« qui pilote au niveau national ? » quotes the protocol on the national committee', () => {
    const reading = read('et au national c est qui qui pilote ?');
    expect(reading.kind === 'passages' && reading.passages[0]!.text).toMatch(/DGEFP/);
  });
});

describe('set 86’s kinds of question, in other words', () => {
  it('« volet 1 à Moissac, c’est sur place ? » asks that step’s entries there', () => {
    expect(parseAgendaQuery('prepa volet 1 a moissac, c est sur place ?', NOW)).toMatchObject({
      kind: 'sessions',
      dispositif: 'prepa-competences',
      volet: 'volet 1',
      place: 'moissac',
    });
  });

  it('a step’s length asked in a town is still its length', () => {
    expect(parseAgendaQuery('le volet 1 de la prepa a moissac ca dure combien ?', NOW)).toBeUndefined();
  });

  it.each([
    'c qui la RAP chez vous ?',
    'qui est la responsable accompagnement et parcours ?',
    'le suivi de l accord c est qui ?',
  ])('« %s » gives the roles the agreement names', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'contacts' });
  });

  it('« on a terminé son parcours, le bilan on l’envoie où ? » is AFPA’s side of a prescription', () => {
    expect(recognizeScopeQuestion('on a termine son parcours hier, le bilan on l envoie ou ?')).toEqual({
      kind: 'handling',
    });
  });

  it('two programmes compared side by side say each one’s length in a line', () => {
    const said = JSON.stringify(comparisonCard(loadCatalogue(), 'prepa-competences', 'competences-pec'));
    expect(said).toContain('2 à 8 jours');
    expect(said).toContain('5 jours');
  });
});

describe('two people asked about in one message', () => {
  it('« 1) … promo ? 2) … compet PEC ? »: each numbered item with its own programme', () => {
    const reading = read(
      'deux cas : 1) ado 16 ans ASE sans ecole -> promo ? 2) son pere au RSA en PEC -> comp PEC ?',
    );
    expect(reading.kind === 'people' && reading.people.map((p) => p.programme)).toEqual([
      'promo-16-18',
      'competences-pec',
    ]);
  });

  it('a relative told about in one question stays one person', () => {
    expect(read('sa fille de 16 ans a decroche du lycee, la promo ca irait ?').kind).toBe('person');
  });
});

describe('a verb after « formations » names no training', () => {
  it('« quelles formations commencent en mars avec des places ? » lists every training', () => {
    const query = parseAgendaQuery('quelles formations commencent en mars avec des places ?', NOW);
    expect(query).toMatchObject({ kind: 'places', startsWithin: true });
    expect(query?.trade).toBeUndefined();
  });
});

describe('sets 82 and 83’s remaining kinds of question, in other words', () => {
  it('« quels indicateurs on suit pour les infos coll ? » gives the row that counts them', () => {
    expect(recognizeScopeQuestion('on suit quoi comme indicateurs pour les infos coll ?')).toMatchObject({
      kind: 'figures',
      indicators: ['2.1.1'],
    });
  });

  it('the State’s aid to a PEC employer is another body’s', () => {
    expect(recognizeScopeQuestion('c est quoi l aide de l etat pour les employeurs en PEC ?')).toMatchObject({
      kind: 'out_of_scope',
    });
  });

  it('« c quoi les trois dispositifs ? » lists them', () => {
    expect(recognizeCommand('c quoi les trois dispositifs ?')).toBe('list');
  });

  it('« la promo ça lui irait ? » for someone described is a check', () => {
    expect(read('jeune 16 ans ASE qui a arrete le lycee, la promo ca lui irait ?')).toMatchObject({
      kind: 'person',
      extracted: { programme: 'promo-16-18', asksEligibility: true },
    });
  });

  it('« elle démarre quand ? » after a training’s places asks what the list says', () => {
    const context = { at: NOW.toISOString(), agenda: { kind: 'places' as const, trade: 'soudeur' } };
    expect(readMessage('elle demarre quand ?', NOW, context, deps)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places', trade: 'soudeur' },
    });
  });
});

describe('set 87’s short follow-ups, in other words', () => {
  it('« l’état de mes prescriptions » lists them', () => {
    expect(recognizeCommand('l etat de mes prescriptions ?')).toBe('myPrescriptions');
  });

  it('« sa fonction ? » after the contacts asks the roles again', () => {
    const context = { at: NOW.toISOString(), topic: 'contacts' as const };
    expect(readMessage('sa fonction exacte ?', NOW, context, deps)).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });
});

describe('what ten new requests through the server showed', () => {
  it('« pff tu comprends rien » is a complaint', () => {
    expect(recognizeCommand('pff tu comprends rien')).toBe('complaint');
  });

  it('« je cherche des dates pour un BRSA à Moissac » gives that town’s agenda', () => {
    expect(read('je cherche des dates pour un BRSA a moissac')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', place: 'moissac' },
    });
  });

  it('« on a fini son parcours, je fais quoi pour le bilan ? » is AFPA’s side of a prescription', () => {
    expect(
      recognizeScopeQuestion('on a fini le parcours de mr D hier, je fais quoi pour le bilan ?'),
    ).toEqual({
      kind: 'handling',
    });
  });

  it('« combien de temps » asks the length: no passage about « temps réel » beside it', () => {
    const reading = read('la prepa c combien de temps');
    expect(reading.kind === 'answer' && reading.passages).toBeFalsy();
  });
});
