import { describe, expect, it } from 'vitest';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import {
  checkEligibility,
  impliedProgramme,
  INSERTION_STRUCTURE_ROUTE,
  prepaFit,
} from '../../../data/eligibility.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { detectAspect } from '../../../data/qa/aspect.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { storyNotes } from '../../../data/story-notes.js';
import { unsetConditionLines } from '../../../data/unset-conditions.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * A référente going through her caseload one person at a time: the situations she
 * describes, and what the agreement says of each (Accord, art. 2.1.3 and 2.1.4; Protocole, §§ 2 and 5).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);
const TODAY = '2027-01-11';

describe('a PEC that has ended', () => {
  it.each([
    'son contrat pec s est arrete en octobre, elle peut toujours faire comp pec ?',
    'il a fini son pec cet ete, il peut encore faire competences pec ?',
  ])('« %s » is a check, answered no: the programme runs during the contract', (text) => {
    const reading = read(text);
    expect(reading).toMatchObject({
      kind: 'person',
      extracted: { profile: { pecContract: false }, programme: 'competences-pec', asksEligibility: true },
    });
    const { profile } = extractProfile(text, { today: TODAY });
    const pec = checkEligibility(profile, { today: TODAY }).find((r) => r.dispositif === 'competences-pec');
    expect(pec?.verdict).toBe('not_eligible');
  });
});

describe('an adult who struggles in a training', () => {
  it('is in training, not at school', () => {
    const { profile } = extractProfile(
      'brsa 35 ans en formation titre pro cuisinier, elle decroche un peu, prepa ?',
      {
        today: TODAY,
      },
    );
    expect(profile).toMatchObject({ rsa: true, inTraining: true });
    expect(profile.inEducation).toBeUndefined();
  });

  it('still reads a pupil who skips classes as enrolled', () => {
    const { profile } = extractProfile('17 ans au lycee pro, il decroche un peu, la promo ?', {
      today: TODAY,
    });
    expect(profile.inEducation).toBe(true);
  });
});

describe('what the person needs from Prépa Compétences, read in the story', () => {
  it.each([
    'mr 45 ans brsa, il a une place en formation cariste en avril mais il a peur de lacher, prepa ?',
    'elle a ete acceptee sur une formation qui commence en mars, brsa, on peut la preparer avant ?',
    'brsa 33 ans veut entrer en formation aide soignante mais peur de pas suivre, prepa comp ok ?',
  ])('« %s » is about entering a training: volet 2', (text) => {
    expect(extractProfile(text, { today: TODAY }).aim).toBe('trainingEntry');
  });

  it.each([
    'brsa 50 ans, aucune idee de metier, prepa possible ?',
    'un monsieur au rsa qui sait pas du tout vers quel metier aller, tu conseilles quoi',
    'elle veut bosser son projet pro, brsa, prepa ?',
    'un jeune homme de 26 ans au rsa qui a toujours pas de projet',
    'au rsa depuis 2 ans, elle a aucun projet pour l instant',
  ])('« %s » is about the project: volet 1', (text) => {
    expect(extractProfile(text, { today: TODAY }).aim).toBe('project');
  });

  it('reads no need in a story that says none', () => {
    expect(extractProfile('brsa 40 ans accompagne par le cd, prepa ?', { today: TODAY }).aim).toBeUndefined();
  });

  it('says which volet fits, and that Prépa comes before a training for someone already in one', () => {
    expect(prepaFit({ rsa: true }, { aim: 'trainingEntry' })?.text).toContain('volet 2');
    expect(prepaFit({ rsa: true }, { aim: 'project' })?.text).toContain('volet 1');
    const already = prepaFit({ rsa: true, inTraining: true }, { aim: 'trainingEntry' });
    expect(already?.text).toContain('en amont');
    expect(already?.source).toBe('Protocole, § 1');
    expect(prepaFit({ rsa: true }, {})).toBeUndefined();
    // A minor in training is La Promo 16/18's matter, said by its own rule.
    expect(prepaFit({ age: 16, inTraining: true }, {})).toBeUndefined();
    expect(prepaFit({ rsa: true }, { qualified: true })?.text).toContain('peu ou pas qualifiées');
  });
});

describe('advice asked for a need', () => {
  it.each([
    'un monsieur au rsa qui ne sait pas vers quel metier aller, tu me conseilles quoi ?',
    'elle sait pas quoi faire comme metier, brsa, vous conseillez quoi',
  ])('« %s » is answered with Prépa Compétences', (text) => {
    const reading = read(text);
    const answer =
      reading.kind === 'person' ? reading.also : reading.kind === 'answer' ? reading.result : undefined;
    expect(answer).toMatchObject({ dispositif: 'prepa-competences' });
  });
});

describe('what the agreement sets no condition on', () => {
  it('reads a missing licence and childcare in a story, and nothing in a licence held', () => {
    expect(
      extractProfile('maman solo au rsa, pas de mode de garde et pas le permis, la prepa ?', { today: TODAY })
        .unset,
    ).toEqual(['licence', 'childcare']);
    expect(
      extractProfile('brsa 30 ans, il a le permis et une voiture, prepa ?', { today: TODAY }).unset,
    ).toBeUndefined();
  });

  it.each([
    ['et elle a pas le permis, c est bloquant ?', 'licence'],
    ['elle est enceinte de 5 mois, ca empeche de faire la promo ?', 'pregnancy'],
    ['il touche une pension d invalidite, ca pose probleme pour la prepa ?', 'invalidity'],
    ['est ce quil faut une RQTH pour competences pec ? ma benef en a pas', 'disability'],
  ] as const)('« %s » is answered: not a condition the agreement sets', (text, condition) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({ kind: 'unsetConditions', conditions: [condition] });
  });

  it('says the agreement is silent, the référent’s part in material access, and the distance option', () => {
    const lines = unsetConditionLines(['licence', 'childcare'], 'prepa-competences').join(' ');
    expect(lines).toContain(
      'L’accord ne dit rien du permis de conduire ou d’un véhicule ni de la garde des enfants',
    );
    expect(lines).toContain('(Protocole, § 5)');
    expect(lines).toContain('à distance');
    const promo = unsetConditionLines(['licence'], 'promo-16-18').join(' ');
    expect(promo).not.toContain('à distance');
    const pregnancy = unsetConditionLines(['pregnancy'], undefined).join(' ');
    expect(pregnancy).toContain('ne dit rien d’une grossesse');
    expect(pregnancy).not.toContain('Protocole, § 5');
    // With the programme asked, what it does require.
    const rqth = unsetConditionLines(['disability'], 'competences-pec').join(' ');
    expect(rqth).toContain('ne dit rien d’une reconnaissance de handicap');
    expect(rqth).toMatch(/contrat PEC/);
  });
});

describe('the targets, asked by a pilot', () => {
  it('reads « on a un objectif chiffré ? » about a programme as its target, whatever is said before', () => {
    expect(
      detectAspect('pour les jeunes ase sur la promo 16 18 on a un objectif chiffre ou pas du tout'),
    ).toBe('target');
    expect(detectAspect('les objectifs de la prepa c est quoi')).not.toBe('target');
  });

  it('keeps the year a target is asked for', () => {
    expect(recognizeScopeQuestion('et les objectifs 2023 ils sont ou ? je les trouve pas')).toEqual({
      kind: 'figures',
      year: 2023,
    });
  });
});

describe('the steering committees', () => {
  it.each([
    ['un copil national existe pour prepa, pec et 1618 ? il se reunit quand', 'Protocole, § 6'],
    ['le comite de pilotage de l accord il se reunit tous les combien ?', 'Accord, art. 3'],
  ])('« %s » quotes the agreement’s words on it', (text, source) => {
    const reading = read(text);
    expect(reading.kind).toBe('passages');
    expect(reading.kind === 'passages' && reading.passages.map((p) => p.source)).toContain(source);
  });
});

describe('a trade typed on a phone', () => {
  it.each([
    ['plakiste il reste d la place ?', 'plaquiste'],
    ['mecanike places ?', 'mécanique'],
  ])('« %s » asks the places in %s', (text, trade) => {
    expect(read(text)).toMatchObject({ kind: 'agenda', query: { kind: 'places', trade } });
  });

  it('takes no long word that opens a question for a trade', () => {
    expect(read('commence quand la prochaine info coll ?')).not.toMatchObject({
      query: { trade: 'commerce' },
    });
  });
});

describe('one item of the list shown, picked by its day', () => {
  const entries = contextAfter(read('dates des entrees prepa volet 2 ?'), NOW);
  it.each([
    ['celle du 25 elle est pleine ?', '2027-01-25'],
    ['et la session du 15 fevrier il reste de la place ?', '2027-02-15'],
  ])('« %s » is that entry of the list', (text, day) => {
    expect(readMessage(text, NOW, entries, deps)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2', from: day, to: day },
    });
  });
});

describe('a prescription, from AFPA’s side and the référent’s', () => {
  it.each([
    'une nouvelle prescription est arrivee dans le canal, je fais quoi ?',
    'elle a abandonne au bout d une semaine, je la mets ou ?',
    'il est entre lundi en volet 2, comment je previens la referente ?',
    'fin de parcours pec vendredi, on doit transmettre quoi au departement ?',
  ])('« %s » is AFPA’s handling of it', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'handling' });
  });

  it.each([
    'le bilan individuel je le recois quand ?',
    'je peux la positionner sans lui demander son accord ? elle est pas partante',
  ])('« %s » is how a prescription goes', (text) => {
    expect(read(text)).toEqual({ kind: 'scope', question: { kind: 'prescribing' } });
  });

  it('reads a volet as Prépa Compétences and an atelier as Compétences PEC in a request to prescribe', () => {
    expect(recognizePrescribeRequest('je veux prescrire sur la session volet 2 du 25')).toEqual({
      dispositif: 'prepa-competences',
    });
    expect(recognizePrescribeRequest('je peux positionner mme B sur l atelier 2 ?')).toEqual({
      dispositif: 'competences-pec',
    });
  });
});

describe('programme names dictated or typed glued', () => {
  it.each([
    ['prêt pas compétence pour elle ?', 'prepa competences'],
    ['les étapes de compétences pèque', 'competences pec'],
    ['un jeune de 16 ans, promo16/18 ??', 'promo 1618'],
  ])('« %s » names %s', (text, name) => {
    expect(normalizeText(text)).toContain(name);
  });
});

describe('a new référente’s first files', () => {
  it('reads « à 15 ans on peut… ? » as the age asked about, and « a quitté le collège à 15 ans » as no age', () => {
    expect(
      extractProfile('et a 15 ans on peut faire la promo ? suivi ase', { today: TODAY }).profile.age,
    ).toBe(15);
    expect(extractProfile('il a quitte le college a 15 ans', { today: TODAY }).profile.age).toBeUndefined();
  });

  it('says the RSFP beside a Compétences PEC check for someone in an insertion structure (Accord, art. 2.1.4)', () => {
    expect(
      extractProfile('au rsa, en cddi dans un atelier chantier d insertion, comp pec ?', { today: TODAY })
        .insertionStructure,
    ).toBe(true);
    expect(INSERTION_STRUCTURE_ROUTE.text).toContain('RSFP');
  });

  it('finds French for someone who speaks little of it, asked « à quoi je peux l’orienter ? »', () => {
    const reading = read(
      'au rsa, arrive du soudan l an dernier, parle a peine francais, a quoi je peux l orienter ?',
    );
    const answer =
      reading.kind === 'person' ? reading.also : reading.kind === 'answer' ? reading.result : undefined;
    expect(answer).toMatchObject({ dispositif: 'francais-visee-pro' });
  });

  it('answers a missing car for a programme, with nobody described, as a condition the agreement does not set', () => {
    expect(read('elle vit a caylus sans voiture, la prepa c est jouable ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'unsetConditions', conditions: ['licence'], programme: 'prepa-competences' },
    });
  });

  it.each([['je suis nouvelle, tu peux m aider sur quoi ?', 'help']])(
    '« %s » gets the welcome',
    (text, command) => {
      expect(recognizeCommand(text)).toBe(command);
    },
  );

  it.each([
    [
      'comment partager mon agenda outlook avec mon collegue',
      'la vie interne des services (congés, intranet, outils de travail)',
    ],
  ])('« %s » is outside the agreement', (text, subject) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({ kind: 'out_of_scope', subject });
  });

  it('does not take AFPA’s ordinary trainings (« formations afpa de droit commun ») for another centre', () => {
    expect(recognizeScopeQuestion('il peut aller sur les formations afpa de droit commun ?')).toBeUndefined();
  });
});

describe('the agreement’s own dates, asked with the programmes it covers', () => {
  it('gives the deadline of entries (protocol § 8) rather than asking which programme', () => {
    const reading = read('la date limite d entree dans l experimentation prepa et pec, c est quand ?');
    expect(reading).toEqual({ kind: 'scope', question: { kind: 'entryDeadline' } });
  });
});

describe('a choice between two programmes, and who the person is', () => {
  it.each([
    ['mr au rsa en pec depuis un an a la mairie, prepa comp ou comp pec, lequel ?', 'competences-pec'],
    ['jeune 17 ans ase decroche, promo ou prepa plutot ?', 'promo-16-18'],
  ])('« %s » leaves the choice to the facts (%s)', (text, implied) => {
    const { profile, programme } = extractProfile(text, { today: TODAY });
    expect(programme).toBeUndefined();
    expect(impliedProgramme(profile)).toBe(implied);
  });

  it('reads « 48 ans en PEC » as an age, not one to come', () => {
    expect(extractProfile('brsa 48 ans en pec depuis 2 mois', { today: TODAY }).uncertain).not.toContain(
      'age',
    );
  });

  it('reads a graduate as qualified', () => {
    expect(extractProfile('rsa, bac+5 ingenieur, sans emploi, prepa ?', { today: TODAY }).qualified).toBe(
      true,
    );
  });

  it('finds CléA for reading and counting, asked « un truc pour les compétences de base ? »', () => {
    const reading = read(
      'rsa 40 ans, beaucoup de mal en lecture et en calcul, un truc pour ses competences de base ?',
    );
    const answer =
      reading.kind === 'person' ? reading.also : reading.kind === 'answer' ? reading.result : undefined;
    expect(answer).toMatchObject({ dispositif: 'clea' });
  });
});

describe('the agenda asked between two appointments', () => {
  it('reads « rien sur <ville> ? » followed by why it is asked', () => {
    expect(read('rien sur caussade ? j ai deux personnes la bas')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', place: 'caussade' },
    });
  });

  it('does not take a past job in a canteen for a question about meals', () => {
    expect(
      recognizeScopeQuestion('il a travaille en cantine, il veut une formation en cuisine, des places ?'),
    ).toBeUndefined();
    expect(recognizeScopeQuestion('le repas du midi est paye ?')).toMatchObject({ kind: 'out_of_scope' });
  });
});

describe('from the spring and one-week sets', () => {
  it.each<[string, string]>([
    ['la difference entre volet 1 et volet 2 de la prepa ?', 'phases'],
    ['pour la clause sociale du chantier, l afpa peut proposer quoi ?', 'content'],
    ['combien de promo prevus dans l accord pour les jeunes ase', 'target'],
    ['et apres les 13 semaines, le jeune il devient quoi ?', 'content'],
    ['les 4 phses de la promo ?', 'phases'],
  ])('« %s » asks the %s', (text, aspect) => {
    expect(detectAspect(normalizeText(text))).toBe(aspect);
  });

  it.each([
    'la campagne c etait jusqu a quand pour les entrees deja ?',
    'apres la promo, il se passe quoi pour eux ?',
  ])('« %s » is no agenda question', (text) => {
    expect(read(text).kind).not.toBe('agenda');
  });

  it.each([
    'on a bien recu une prescription pec, comment je confirme qu on la prend en charge ?',
    'elle est plus venue apres le premier jour, elle a abandonne, je mets quoi ?',
  ])('« %s » is AFPA’s handling of a prescription', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'handling' });
  });

  it('reads « l’employeur doit être au courant ? » beside a request to prescribe as a question', () => {
    expect(
      recognizePrescribeRequest(
        'je prescris comp pec pour une salariee pec, l employeur doit etre au courant ?',
      ),
    ).toBeUndefined();
  });
});

describe('what the story adds to a check, for the programme it concerns', () => {
  it('says the volet for Prépa Compétences only, and the RSFP for Compétences PEC only', () => {
    expect(storyNotes({ rsa: true }, 'promo-16-18', { aim: 'project' })).toEqual([]);
    expect(storyNotes({ rsa: true }, 'prepa-competences', { aim: 'project' }).join(' ')).toContain('volet 1');
    expect(storyNotes({}, 'competences-pec', { insertionStructure: true }).join(' ')).toContain('RSFP');
    expect(storyNotes({}, 'prepa-competences', { insertionStructure: true })).toEqual([]);
    expect(storyNotes({}, undefined, { unset: ['pregnancy'] })).toEqual([
      'L’accord ne dit rien d’une grossesse : ce n’est pas une condition d’entrée qu’il fixe ; au regard de l’accord, cela n’empêche pas d’entrer.',
    ]);
  });
});

describe('from the eligibility desk', () => {
  it('asks who a programme is for, when its age limit is asked', () => {
    expect(detectAspect(normalizeText('prepa comp y a un age max ?'))).toBe('audience');
  });

  it('reads « à la place » as instead, not as a seat', () => {
    expect(read('et du coup on lui propose quoi a la place ?').kind).not.toBe('agenda');
    expect(read('il reste de la place ?').kind).toBe('agenda');
  });
});

describe('a story of material obstacles, and what a pupil wants to stop', () => {
  it('answers « des solutions ? » after no childcare and no car with what the agreement says of them', () => {
    expect(
      read(
        'brsa seule avec 2 enfants, sans voiture, pas de mode de garde. la prepa sur place c est complique. des solutions ?',
      ),
    ).toMatchObject({ kind: 'scope', question: { kind: 'unsetConditions', programme: 'prepa-competences' } });
  });

  it('does not read a pupil who wants to leave school as someone leaving a programme', () => {
    expect(read('17 ans ase, encore au lycee mais il veut arreter, la promo plus tard ?').kind).toBe(
      'person',
    );
  });
});

describe('what fits the need told, asked « ou il y a mieux ? » or « je l’oriente sur quoi ? »', () => {
  it('finds French for a newcomer, even beside Prépa Compétences named', () => {
    const reading = read('brsa arrivee il y a un an, parle tres peu francais, prepa comp ou il y a mieux ?');
    const answer =
      reading.kind === 'person' ? reading.also : reading.kind === 'answer' ? reading.result : undefined;
    expect(answer).toMatchObject({ dispositif: 'francais-visee-pro' });
  });

  it('answers what Prépa Compétences is for someone unsure of herself, not how to prescribe it', () => {
    expect(
      read('rsa 40 ans, elle veut etre auxiliaire de vie mais pas sure d elle, je l oriente sur quoi ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['overview'] },
    });
  });
});

describe('a missing car told beside a check', () => {
  it('is said once, by the check, not answered again as where the programme takes place', () => {
    const reading = read('mr 50 ans brsa, pas de vehicule, habite a lafrancaise, la prepa c est faisable ?');
    expect(reading).toMatchObject({ kind: 'person', extracted: { unset: ['licence'] } });
    expect(reading).not.toHaveProperty('also');
  });
});
