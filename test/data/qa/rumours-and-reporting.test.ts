import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { detectAspects } from '../../../data/qa/aspect.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { severalPeople } from '../../../data/qa/several-people.js';
import { whereEachStands } from '../../../data/story-notes.js';
import { recognizeCommand } from '../../../dialogs/commands.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 106 to 111 showed, in other words than their own: référents checking what
 * a colleague or a person told them (« on m'a dit 3 mois », « ma collègue dit que la JPO c'est
 * à Moissac »), and AFPA's staff asking where their reporting goes and what they must provide.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);
const text = (reading: ReturnType<typeof readThread>) => JSON.stringify(reading);

describe('a doubt with what was heard elsewhere', () => {
  it('« t es sure ? ma collegue m a dit 6 mois en reunion » after the duration gives the duration again', () => {
    expect(
      conversation('prepa comp ca dure combien', 't es sure ? ma collegue m a dit 6 mois en reunion'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences', aspects: ['duration'] } });
  });

  it('« vous etes certain ? j avais lu 3 places » after a list of places shows the same list', () => {
    expect(
      conversation('des places en maconnerie ?', 'vous etes certain ? j avais lu 3 places'),
    ).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places', trade: 'maconnerie' },
    });
  });

  it('« t es sur ? et la pec elle dure combien ? » asks something new', () => {
    expect(conversation('c quoi la promo', 't es sur ? et la pec elle dure combien ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['duration'] },
    });
  });

  it('« sur ? on … » names no town « on »', () => {
    expect(parseAgendaQuery('une info coll, t es sur ? on m a dit jeudi', NOW)?.place).toBeUndefined();
  });
});

describe('two days and one town', () => {
  it('« jpo mardi 2 fevrier et jeudi 4, c laquelle a moissac ? » asks Moissac of both days', () => {
    const reading = conversation('jpo mardi 2 fevrier et jeudi 4, c laquelle a moissac ?');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { place: 'moissac', from: '2027-02-02' } },
        { kind: 'agenda', query: { place: 'moissac', from: '2027-02-04' } },
      ],
    });
  });

  it('a town said with another kind of event is that one’s only', () => {
    const reading = conversation('une jpo le 3 fevrier ? et une info coll a castel ?');
    expect(reading).toMatchObject({ kind: 'several' });
    expect(
      reading.kind === 'several' && reading.readings[0]?.kind === 'agenda' && reading.readings[0].query.place,
    ).toBe(undefined);
  });
});

describe('what a programme holds, asked in other words', () => {
  it.each([
    ['ca peut durer plus long si elle a besoin ?', 'duration'],
    ['ils passent le code a la promo ?', 'content'],
    ['il lui reste quoi comme papier a la fin de comp pec ?', 'content'],
    ['elle repart avec quoi apres la prepa ?', 'content'],
    ['10 en prepa c l objectif du cd82 ?', 'target'],
  ])('« %s » asks the %s', (message, aspect) => {
    expect(detectAspects(message)).toContain(aspect);
  });
});

describe('claims outside the agreement, and the ones it settles', () => {
  it('« on m a dit qu ils sont payes 300 euros » asks the pay, which the agreement does not set', () => {
    expect(recognizeScopeQuestion('a la prepa ils sont payes 300 euros c vrai ?')).toMatchObject({
      kind: 'out_of_scope',
      subject: 'la rémunération des personnes pendant le parcours',
    });
  });

  it.each([
    'faut il le feu vert de france travail pour prescrire ?',
    'on doit avoir une autorisation du chef de service avant d orienter ?',
  ])('« %s » is answered by how to prescribe (the Département prescribes directly)', (message) => {
    expect(recognizeScopeQuestion(message)).toEqual({ kind: 'prescribing' });
  });

  it('of a programme named, the permission is its own answer on prescribing', () => {
    expect(conversation('faut l accord de l employeur pour inscrire en comp pec ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['prescription'] },
    });
  });
});

describe('AFPA’s reporting and what it provides', () => {
  it('« je remplace la RAP, les tableaux de bord je les envoie a qui ? » quotes the protocol, not the roles', () => {
    const reading = conversation(
      'Bonjour. Je remplace la Responsable Accompagnement et Parcours. Les tableaux de bord mensuels je les envoie a qui ?',
    );
    expect(reading.kind).toBe('passages');
    expect(text(reading)).toContain('DGEFP');
  });

  it('« le bilan annuel par dispositif part ou ? » names the DDETSPP', () => {
    expect(text(conversation('le bilan annuel par dispositif part ou ?'))).toContain('DDETSPP');
  });

  it('« l afpa nous file quoi pour presenter les programmes aux beneficiaires ? » quotes the kit', () => {
    expect(
      text(conversation('l afpa nous file quoi pour presenter les programmes aux beneficiaires ?')),
    ).toContain('kit de communication');
  });

  it('« et pour terminer les parcours ? » after the date limit of entries gives that answer again', () => {
    expect(
      conversation(
        'les entrees c etait possible jusqu a quand dans la convention ?',
        'et pour terminer les parcours ?',
      ),
    ).toEqual({ kind: 'scope', question: { kind: 'entryDeadline' } });
  });
});

describe('a person brought in by a follow-up', () => {
  it('« et un monsieur au RSA en CDI normal ? » tells his facts', () => {
    expect(extractProfile('et un monsieur au RSA en CDI normal ?', { today: NOW }).profile).toMatchObject({
      rsa: true,
      pecContract: false,
    });
  });

  it('« RSA ? » alone still asks about a fact', () => {
    expect(extractProfile('RSA ?', { today: NOW }).profile).toEqual({});
  });

  it('after who Compétences PEC is for, « donc une dame au RSA en CDI classique non ? » is checked for it', () => {
    expect(
      conversation('comp pec c pour qui', 'donc une dame au RSA en CDI classique chez leclerc non ?'),
    ).toMatchObject({ kind: 'person', extracted: { programme: 'competences-pec', profile: { rsa: true } } });
  });
});

describe('a case told in short messages', () => {
  it('« on peut lui proposer quoi ? » for an adult on the RSA names where each programme stands', () => {
    const standing = whereEachStands({ age: 40, rsa: true, accompaniedByDepartment: true }, { today: NOW });
    expect(standing).toMatch(/Prépa Compétences : (oui|à vérifier) ; Compétences PEC : à vérifier/);
    expect(standing).toMatch(/La Promo 16\/18 : non/);
  });

  it.each([
    ['mr 52 ans au RSA, et sa fille 17 ans sortie du lycee : on propose quoi a chacun ?', [52, 17]],
    ['BRSA 30 ans et jeune ASE 16 ans deco : qui va ou ?', [30, 16]],
  ])('« %s » describes two people, the colon before the question being no heading', (message, ages) => {
    expect(severalPeople(message, NOW)?.map((person) => person.profile.age)).toEqual(ages);
  });

  it('« et a 17 ? » after a check of someone of 15 is that age', () => {
    expect(personAgain('et a 17 ?', { profile: { age: 15, ase: true } }, NOW)?.profile).toMatchObject({
      age: 17,
      ase: true,
    });
  });

  it('« et en attendant, d ici la elle peut faire la promo ? » asks the same person about another programme', () => {
    expect(
      personAgain(
        'd ici la elle peut faire la promo ?',
        { profile: { age: 16, ase: true }, programme: 'competences-pec' },
        NOW,
      ),
    ).toMatchObject({ programme: 'promo-16-18' });
  });
});

describe('short follow-ups', () => {
  it.each([
    [
      'promo c long ?',
      'au maximum ?',
      { kind: 'answer', result: { dispositif: 'promo-16-18', aspects: ['duration'] } },
    ],
    [
      'objectif prepa ?',
      'et le realise ?',
      { kind: 'scope', question: { kind: 'figures', dispositif: 'prepa-competences' } },
    ],
    ['info coll prepa castel', 'cb ?', { kind: 'agenda', query: { kind: 'events', place: 'castel' } }],
    [
      'c quoi la prepa',
      'la prochaine c quand ?',
      { kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences' } },
    ],
  ])('« %s » then « %s »', (first, second, expected) => {
    expect(conversation(first, second)).toMatchObject(expected);
  });

  it('« la promo a castel qd ? » asks its entries there', () => {
    expect(parseAgendaQuery('la promo a castel qd ?', NOW)).toMatchObject({
      kind: 'sessions',
      dispositif: 'promo-16-18',
      place: 'castel',
    });
  });

  it('« objectifs promo et pec ? » asks two targets, not about a PEC contract', () => {
    expect(conversation('objectifs promo et pec ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspects: ['target'] } },
        { kind: 'answer', result: { dispositif: 'competences-pec', aspects: ['target'] } },
      ],
    });
  });

  it('« objectif pec 2022 et realise ? » asks the figures', () => {
    expect(conversation('objectif pec 2022 et realise ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures', dispositif: 'competences-pec' },
    });
  });
});

describe('the référent’s part', () => {
  it.each([
    'c quoi mon boulot de referent la dedans ?',
    'on peut orienter directement sans passer par france travail ?',
    'le referent recoit un compte rendu a la fin ?',
  ])('« %s » is about prescribing and what comes back', (message) => {
    expect(['prescribing', 'afterPrescribing']).toContain(recognizeScopeQuestion(message)?.kind);
  });
});

describe('a modality asked as a question, not as a wish', () => {
  it('« y en a a distance ? » asks which entries are, mixed ones too', () => {
    expect(parseAgendaQuery('prochaine entree prepa ? y en a a distance ?', NOW)).toMatchObject({
      modality: 'distanciel',
      modalityQuestioned: true,
    });
    expect(parseAgendaQuery('prepa a distance prochaine entree', NOW)?.modalityQuestioned).toBeUndefined();
  });

  it('« c en distanciel ? » asked of a list does not filter what follows', () => {
    const reading = conversation('prochaine entree prepa volet 2 ?', 'c en distanciel ?', 'et la suivante ?');
    expect(reading).toMatchObject({ kind: 'agenda', query: { volet: 'volet 2' } });
    expect(reading.kind === 'agenda' && reading.query.modality).toBe(undefined);
  });
});

describe('what blind sets 110 and 111 showed', () => {
  it.each([
    ['bonne annee a tous', 'help'],
    ['bonjour a toute l equipe, meilleurs voeux 2027', 'help'],
    ['comment on suit nos prescriptions ?', 'myPrescriptions'],
  ])('« %s » is the %s command', (message, command) => {
    expect(recognizeCommand(message)).toBe(command);
  });

  it.each([
    ['quand est ce que l afpa recoit ma prescription ?', 'prescribing'],
    ['vous pouvez m aider a faire une demande de rsa ?', 'out_of_scope'],
    ['le tx de reussite des brsa en 2025 ?', 'figures'],
    ['monsieur au RSA suivi par le CD81, prepa comp possible ?', 'out_of_scope'],
  ])('« %s » is read as %s', (message, kind) => {
    expect(recognizeScopeQuestion(message)?.kind).toBe(kind);
  });

  it('« titre de séjour ok » is a fact told, not the question', () => {
    expect(
      recognizeScopeQuestion('mme 40 ans au rsa, titre de sejour ok, parle peu francais, y a quoi ?')?.kind,
    ).not.toBe('out_of_scope');
  });

  it('a town of Tarn-et-Garonne is not another Département (« Valence d’Agen »)', () => {
    expect(recognizeScopeQuestion('une BRSA qui habite a valence d agen, prepa possible ?')?.kind).not.toBe(
      'out_of_scope',
    );
  });

  it.each([
    ['info coll pec ?', 'c est pour les employeurs aussi ?'],
    ['places en maconnerie ?', 'c est a jour ?'],
  ])('« %s » then « %s » shows the list again, which says it', (first, second) => {
    expect(conversation(first, second)).toMatchObject({ kind: 'agenda' });
  });

  it('« tout ce qu il y a en mars a castel » asks the agenda there', () => {
    expect(conversation('tout ce qu il y a en mars a castel')).toMatchObject({
      kind: 'agenda',
      query: { place: 'castel', from: '2027-03-01' },
    });
  });

  it('« je contacte qui pour la promo ? » gives who orients to it, then the roles', () => {
    expect(conversation('un jeune de 16 ans pas ase, je contacte qui pour la promo ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspects: ['prescription'] } },
        { kind: 'scope' },
      ],
    });
  });

  it('« prepa possible ? sinon la promo ? » for someone of 19 is a choice between them', () => {
    expect(
      extractProfile('19 ans ase, prepa possible ? sinon la promo ?', { today: NOW }).programme,
    ).toBeUndefined();
  });
});

describe('the source asked in more words, and the one of another trade', () => {
  it('« c est marque ou dans l accord ? quel paragraphe » after an answer gives it again, with its source', () => {
    expect(
      conversation('la pec c pour qui', 'c est marque ou dans l accord ? quel paragraphe'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['audience'] },
    });
  });

  it('« et celle de maconnerie ? » after a visit on one day asks that trade’s, whenever it is', () => {
    const reading = conversation('la visite soudure c bien le 19 janvier ?', 'et celle de maconnerie ?');
    expect(reading).toMatchObject({ kind: 'agenda', query: { trade: 'maconnerie' } });
    expect(reading.kind === 'agenda' && reading.query.from).toBe(undefined);
  });
});

describe('what blind sets 112 and 113 showed', () => {
  it.each([
    ['une fois la fiche transmise, ils rappellent la personne sous combien de temps ?', 'afterPrescribing'],
    ['a la fin on recoit un compte rendu ?', 'afterPrescribing'],
    ['je remplis quoi pour prescrire ?', 'prescribing'],
    ['elle demenage en haute garonne, elle garde sa prepa ?', 'out_of_scope'],
    ['l afpa lui trouve un emploi apres ?', 'out_of_scope'],
  ])('« %s » is read as %s', (message, kind) => {
    expect(recognizeScopeQuestion(message)?.kind).toBe(kind);
  });

  it('« full remote » is entirely at a distance', () => {
    expect(parseAgendaQuery('promo full remote prochaine entree ?', NOW)).toMatchObject({
      modality: 'distanciel',
      onlyModality: true,
    });
  });

  it('« à midi » is an hour, not a town', () => {
    expect(parseAgendaQuery('info coll jeudi, ca finit a midi ?', NOW)?.place).toBeUndefined();
  });

  it('« projet très flou » is a project to consolidate (volet 1)', () => {
    expect(extractProfile('monsieur au rsa, projet tres flou, prepa ?', { today: NOW }).aim).toBe('project');
  });

  it('« il est pas inscrit a ft, c grave ? » after a programme asks who it is for', () => {
    expect(conversation('c quoi prepa comp', 'il est pas inscrit a ft, c grave ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['audience'] },
    });
  });

  it('« plus tot ? » after a list shows it again, soonest first', () => {
    expect(conversation('prochaine info coll promo ?', 'plus tot ?')).toMatchObject({
      kind: 'agenda',
      query: { types: ['info_collective'], dispositif: 'promo-16-18' },
    });
  });
});
