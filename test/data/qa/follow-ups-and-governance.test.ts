import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { detectAspect } from '../../../data/qa/aspect.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter } from '../../../data/qa/understanding.js';
import { goesAhead, recognizeCommand } from '../../../dialogs/commands.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 88 and 89 showed, in other words than theirs: follow-ups on a list or a
 * check, what comes at the end of a programme, and the agreement's governance.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);

describe('a check asked for, and facts given after a programme', () => {
  it('« je voudrais vérifier si une jeune peut entrer en promo » starts the check, nothing known yet', () => {
    expect(conversation('je voudrais verifier si une jeune peut entrer en promo')).toMatchObject({
      kind: 'person',
      extracted: { programme: 'promo-16-18', profile: {} },
    });
  });

  it('facts alone after whom the Promo is for are checked for it', () => {
    expect(conversation('la promo c pour qui ?', '16 ans et demi, suivie par l ASE')).toMatchObject({
      kind: 'person',
      extracted: { programme: 'promo-16-18', profile: { ase: true } },
    });
  });

  it('a question asked beside the facts is no check: « 17 ans, ça dure combien ? »', () => {
    expect(conversation('la promo c pour qui ?', '17 ans, ca dure combien ?').kind).not.toBe('person');
  });

  it('« …la promo c envisageable et si oui y a une réunion d’info ? »: the check, then the information sessions', () => {
    const reading = conversation(
      'une jeune de 17 ans confiee a l ASE, sortie du lycee en juin, sans activite : la promo c envisageable et si oui y a une info coll bientot ?',
    );
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'person', extracted: { programme: 'promo-16-18' } },
        { kind: 'agenda', query: { types: ['info_collective'], dispositif: 'promo-16-18' } },
      ],
    });
  });
});

describe('follow-ups on a list', () => {
  it('« et des places en formation ? » after the welding visits keeps the trade', () => {
    expect(conversation('visite plateau soudure ?', 'et des places en formation ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places', trade: 'soudure' },
    });
  });

  it('« et bâtiment ? c’est où ? » after the logistics meeting is the building one', () => {
    expect(conversation('la reunion metier logistique c quand', 'et batiment ? c est ou ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['reunion_metier'], trade: 'batiment' },
    });
  });

  it('« le 21 il est complet ? » after the information sessions is that day’s', () => {
    expect(conversation('les infos coll prepa', 'le 21 il est complet ?')).toMatchObject({
      kind: 'agenda',
      query: { from: '2027-01-21', to: '2027-01-21' },
    });
  });

  it('« y en a d’autres ailleurs ? » after Montauban’s open days leaves Montauban out', () => {
    expect(conversation('jpo a montauban ?', 'y en a d autres ailleurs ?')).toMatchObject({
      kind: 'agenda',
      query: { types: ['jpo'], elsewhereThan: 'montauban' },
    });
  });

  it.each(['le soudeur c ou et ca demarre quand ?', 'agent de restau ca commence quand et c est ou ?'])(
    '« %s » asks that training’s places',
    (text) => {
      expect(parseAgendaQuery(text, NOW)).toMatchObject({ kind: 'places' });
    },
  );
});

describe('the end of a programme and what is told', () => {
  it('« elle termine sa prépa jeudi » is what comes at the end', () => {
    expect(recognizeScopeQuestion('elle termine sa prepa jeudi')).toEqual({ kind: 'afterPrescribing' });
  });

  it('« elle a lâché, on me prévient ? » is a step told here', () => {
    expect(recognizeScopeQuestion('elle a lache, on me previent ?')).toEqual({ kind: 'afterPrescribing' });
  });

  it.each([
    'si il vient pas a l atelier on est prevenu ?',
    'les absences de mes BRSA, l afpa nous les signale ?',
  ])('« %s » is not set by the agreement', (text) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({
      kind: 'out_of_scope',
      subject: expect.stringContaining('absences'),
    });
  });
});

describe('governance the agreement does not set', () => {
  it.each([
    ['le comite technique se reunit quand ?', 'comité technique'],
    ['des sanctions pour l afpa si les resultats sont pas atteints ?', 'pénalités'],
    ['qui preside le copil de l accord ?', 'préside'],
  ])('« %s » is outside the agreement, which says what it sets up', (text, subject) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({
      kind: 'out_of_scope',
      subject: expect.stringContaining(subject),
      seeInstead: expect.stringContaining('au moins une fois par an'),
    });
  });

  it('« et qui le préside ? » right after the steering committee asks of it', () => {
    expect(conversation('le copil se reunit combien de fois ?', 'et qui le preside ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope', subject: expect.stringContaining('préside') },
    });
  });

  it('a sanction on the RSA is no penalty of the agreement', () => {
    expect(
      recognizeScopeQuestion('il refuse la prepa, il risque une sanction sur son rsa ?'),
    ).not.toMatchObject({
      subject: expect.stringContaining('pénalités'),
    });
  });
});

describe('each of the three programmes, and the right aspect', () => {
  it('« les trois dispositifs durent combien ? » answers each programme', () => {
    const reading = conversation('les trois dispositifs durent combien ?');
    expect(reading.kind).toBe('several');
    const readings = reading.kind === 'several' ? reading.readings : [];
    expect(
      readings.map((r) => (r.kind === 'answer' ? [r.result.dispositif, r.result.aspect] : r.kind)),
    ).toEqual([
      ['prepa-competences', 'duration'],
      ['competences-pec', 'duration'],
      ['promo-16-18', 'duration'],
    ]);
  });

  it.each([
    ['apres la prepa il est force de faire sa formation a l afpa ?', 'phases'],
    ['les etapes pour prescrire la prepa a un BRSA', 'prescription'],
    ['c est pendant le contrat ou apres ?', 'content'],
  ])('« %s » asks the %s', (text, aspect) => {
    expect(detectAspect(text)).toBe(aspect);
  });

  it('« sait plus trop quoi faire, quel programme ? » checks the person, with the project that calls for Prépa’s volet 1', () => {
    const reading = conversation('mr au rsa sans qualif, il sait plus trop quoi faire, quel programme ?');
    expect(reading).toMatchObject({ kind: 'person', extracted: { aim: 'project' } });
    // The thread is then Prépa Compétences: « il peut le faire à distance ? » asks about it.
    expect(contextAfter(reading, NOW)?.dispositif).toBe('prepa-competences');
  });

  it('« mes prescriptions atterrissent chez qui côté afpa ? » asks whom', () => {
    expect(recognizeScopeQuestion('mes prescriptions atterrissent chez qui cote afpa ?')).toEqual({
      kind: 'contacts',
    });
  });
});

describe('small talk and going ahead', () => {
  it('« bonjour, je découvre l’assistant avec mon équipe » is a greeting', () => {
    expect(recognizeCommand('bonjour, je decouvre l assistant avec mon equipe')).toBe('help');
  });

  it.each([
    ['ok c est parti', true],
    ['allez on le fait', true],
    ['on le fait comment ?', false],
    ['d accord je le prescris alors', true],
  ])('« %s » goes ahead: %s', (text, expected) => {
    expect(goesAhead(text)).toBe(expected);
  });
});

describe('one item of the list by its rank', () => {
  it.each([
    ['la 1ere c est ou ?', 1],
    ['et la deuxieme ?', 2],
    ['la 3 c quel metier', 3],
    ['ok la derniere elle est a quelle heure', -1],
  ])('« %s » after a list is that one of it', (text, item) => {
    expect(conversation('les visites de plateau ?', text)).toMatchObject({ kind: 'agenda', query: { item } });
  });

  it('« c’est où ? » after it stays on it; « et à Moissac ? » is the whole list again, there', () => {
    expect(conversation('les visites de plateau ?', 'la 2 ?', 'c est ou ?')).toMatchObject({
      query: { item: 2 },
    });
    const there = conversation('les visites de plateau ?', 'la 2 ?', 'et a moissac ?');
    expect(there).toMatchObject({ kind: 'agenda', query: { place: expect.stringMatching(/moissac/i) } });
    expect(there.kind === 'agenda' && there.query.item).toBeFalsy();
  });

  it.each(['le 2 fevrier ?', 'la 2 ans ?', 'le 1er ?'])('« %s » is no rank', (text) => {
    const reading = conversation('les visites de plateau ?', text);
    expect(reading.kind === 'agenda' ? reading.query.item : undefined).toBeUndefined();
  });
});

describe('what a wider reading must not swallow', () => {
  it('« le CIO nous signale une jeune… » tells who sent her, it asks no step of a prescription', () => {
    expect(
      recognizeScopeQuestion('le CIO nous signale un jeune qui a quitte le college, il peut faire la promo ?')
        ?.kind,
    ).not.toBe('afterPrescribing');
  });

  it('« le bilan de fin de prépa arrive chez qui ? » asks about the report, not whom to contact', () => {
    expect(recognizeScopeQuestion('le bilan de fin de prepa il arrive chez qui ?')?.kind).not.toBe(
      'contacts',
    );
  });

  it('« sans projet, quel dispositif ? » for someone on the RSA is a check, its project said', () => {
    expect(conversation('dame au rsa, aucune idee de metier, quel dispositif ?')).toMatchObject({
      kind: 'person',
      extracted: { aim: 'project', asksEligibility: true },
    });
  });
});

describe('sets 90 and 91: parts by number, sectors, and what a story names beside the question', () => {
  it.each([
    ['l article 2.1.3 de l accord dit quoi ?', 'Accord, art. 2.1.3'],
    ['§ 8 ?', 'Protocole, § 8'],
    ['que dit le paragraphe 4 du protocole', 'Protocole, § 4'],
    ['le point 2.1.2 du plan d action', 'Plan d’action, 2.1.2'],
  ])('« %s » quotes that part', (text, source) => {
    const reading = conversation(text);
    expect(reading.kind).toBe('passages');
    const sources = reading.kind === 'passages' ? reading.passages.map((p) => p.source) : [];
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s === source || s.startsWith(`${source} (`))).toBe(true);
  });

  it('« des places dans le bâtiment ? » finds the trades within it, whatever their title says', () => {
    expect(parseAgendaQuery('des places dans le batiment ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'batiment',
    });
  });

  it('« la question de ma collègue de Castel… une réunion métier ? » is no question about Castel', () => {
    const query = parseAgendaQuery(
      'je relaie ma collegue de Castel : une reunion metier logistique bientot ?',
      NOW,
    );
    expect(query).toMatchObject({ types: ['reunion_metier'] });
    expect(query?.place).toBeUndefined();
  });

  it('« ma collègue de Castelsarrasin : … y a quelque chose près de chez elle ? » asks there', () => {
    expect(
      parseAgendaQuery('ma collegue de Castelsarrasin demande : une entree prepa pres de chez sa BRSA ?', NOW)
        ?.place,
    ).toMatch(/castelsarrasin/i);
  });

  it('« mes BRSA ont la navette que le matin » tells when they can come, it asks for no shuttle', () => {
    expect(
      recognizeScopeQuestion('un truc le jeudi matin ? mes BRSA ont la navette que le matin')?.kind,
    ).not.toBe('out_of_scope');
  });

  it('« le soudeur c’est à Moissac ? » asks where that training is', () => {
    expect(parseAgendaQuery('le soudeur c est a moissac ?', NOW)).toMatchObject({
      kind: 'places',
      place: 'moissac',
    });
  });

  it('« qu’est-ce qui se passe la semaine pro ? » is the agenda of that week', () => {
    expect(parseAgendaQuery('qu est ce qui se passe la semaine pro', NOW)).toMatchObject({
      kind: 'events',
      from: '2027-01-18',
    });
  });

  it('« prochaine visite + prochaine réunion métier » is two lists', () => {
    const reading = conversation('prochaine visite + prochaine reunion metier');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [{ query: { types: ['visite_plateau'] } }, { query: { types: ['reunion_metier'] } }],
    });
  });

  it('« …admis en formation qualifiante…, prépa quel volet ? » asks about Prépa, not the training of the story', () => {
    expect(
      conversation(
        'mr au rsa de 50 ans, admis en formation qualifiante en mars, il a peur de decrocher, prepa quel volet ?',
      ),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences' } });
  });

  it('« comp PEC ça démarre quand, dès la signature ? » asks when in the contract, not the entries', () => {
    expect(conversation('comp pec ca commence quand, des la signature du contrat ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'content' },
    });
  });

  it.each(['elle a pas de voiture, y a un ramassage ?', 'l afpa a une navette depuis la gare ?'])(
    '« %s » is a transport the agreement does not organise',
    (text) => {
      expect(recognizeScopeQuestion(text)).toMatchObject({
        kind: 'out_of_scope',
        subject: expect.stringContaining('transport'),
      });
    },
  );

  it('« bonjour, je suis nouveau, c’est quoi PANDA ? » asks the word', () => {
    expect(recognizeScopeQuestion('bonjour, je suis nouveau au CD, c est quoi PANDA ?')).toEqual({
      kind: 'meaning',
      terms: ['PANDA'],
    });
  });

  it('« le référent du CD il fait quoi dans la PEC ? » asks how it is prescribed', () => {
    expect(detectAspect('le referent du CD il fait quoi exactement dans la pec ?')).toBe('prescription');
  });
});
