import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { mayAskAgain, personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { contextAfter, readMessage, type Reading } from '../../../data/qa/understanding.js';
import { asksHowToEnrol } from '../../../dialogs/commands.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * Messages dictated to a phone or typed with one thumb (no question mark, acronyms spelled out,
 * numbers in words), and référents who follow one person's agenda over a few turns: where she
 * lives, whether she can travel now, « la d'après » (blind sets 123 and 124, said in other words).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
type Context = Parameters<typeof readMessage>[2];
const read = (text: string, context?: Context) => readMessage(text, NOW, context, deps);
/** Reads each message in the thread of the ones before, and returns the last reading. */
function thread(...messages: string[]): Reading {
  let context: Context;
  let reading: Reading = { kind: 'not_found' };
  for (const message of messages) {
    reading = read(message, context);
    context = contextAfter(reading, NOW, message, context);
  }
  return reading;
}
const agenda = (reading: Reading) => (reading.kind === 'agenda' ? reading.query : undefined);

describe('the town the person lives in, told earlier, is « chez elle »', () => {
  it('lists the information sessions where she lives', () => {
    const reading = thread(
      'la prepa comp ca se passe ou ? c pour une dame qui habite a Moissac',
      'et une info coll pres de chez elle ?',
    );
    expect(agenda(reading)?.place).toMatch(/moissac/i);
  });

  it('forgets it when another person is checked without a town', () => {
    const reading = thread(
      'prepa comp c ou ? mon monsieur vit a Caussade',
      'autre personne : une femme de 30 ans au RSA, elle peut faire prepa comp ?',
      'y a une info coll pas loin de chez elle ?',
    );
    expect(agenda(reading)?.place).toBeUndefined();
  });

  it('is the town told in the same message, before a check', () => {
    const reading = read(
      'une dame au rsa qui habite a Moissac, prepa possible ? et une info coll pres de chez elle ?',
    );
    const lists = reading.kind === 'several' ? reading.readings.map(agenda).filter(Boolean) : [];
    expect(lists[0]?.place).toMatch(/moissac/i);
  });

  it('is not a town of its own in a message that names none before', () => {
    expect(agenda(read('une info coll prepa pres de chez lui ?'))?.place).toBeUndefined();
  });
});

describe('the entries at a distance, once the person can travel', () => {
  it.each([
    'et s il a le permis maintenant, la plus proche a Montauban ?',
    'finalement elle a trouve une voiture, et a Montauban ?',
    'et si elle est vehiculee ?',
  ])('« %s » drops « à distance »', (text) => {
    const query = agenda(thread('prochaine entree prepa a distance ? elle a pas de voiture', text));
    expect(query).toMatchObject({ kind: 'sessions', dispositif: 'prepa-competences' });
    expect(query?.modality).toBeUndefined();
  });

  it('keeps it when she still cannot travel', () => {
    const query = agenda(
      thread(
        'prochaine entree prepa a distance ? elle a pas de voiture',
        'et a Montauban ? toujours pas de voiture',
      ),
    );
    expect(query?.modality).toBe('distanciel');
  });
});

describe('« la d’après » after a list, told after why', () => {
  it('is the same list, in the town asked', () => {
    const reading = thread(
      'prochaine info coll prepa comp ?',
      'elle travaille le jeudi matin, Castelsarrasin c est trop loin, celle d apres a Montauban ?',
    );
    expect(agenda(reading)).toMatchObject({
      types: ['info_collective'],
      dispositif: 'prepa-competences',
      place: expect.stringMatching(/montauban/i),
    });
  });
});

describe('a follow-up that names its subject before the comma', () => {
  it('asks that subject: « et la formation soudeur, il en reste combien ? » after the visits', () => {
    const reading = thread(
      'prochaine visite atelier soudure ?',
      'et la formation soudeur, il reste des places ?',
    );
    expect(agenda(reading)).toMatchObject({ kind: 'places' });
  });
});

describe('one programme of the list of entries, by its name', () => {
  it('gives that programme’s entries of the same week, not its yearly target', () => {
    const reading = thread('des entrees la semaine pro ?', 'et celle de la pec elle a combien de places');
    expect(agenda(reading)).toMatchObject({
      kind: 'sessions',
      dispositif: 'competences-pec',
      from: '2027-01-18',
      to: '2027-01-24',
    });
  });
});

describe('an event asked for the person described', () => {
  it('lists the workshop visits of the trade he talks about, rather than checking him', () => {
    const reading = read(
      'monsieur de 35 ans au rsa, il veut faire de la soudure, j aimerais qu il voie l atelier, une visite c possible ?',
    );
    expect(agenda(reading)).toMatchObject({ types: ['visite_plateau'], trade: 'soudure' });
  });

  it('still checks him when a programme is asked', () => {
    expect(read('monsieur de 35 ans au rsa, il veut faire de la soudure, la prepa c possible ?').kind).toBe(
      'person',
    );
  });
});

describe('two lists asked with one month', () => {
  it.each([
    'les jpo et les infos collectives en mars ?',
    'en mars il y a des journees portes ouvertes et des info coll',
  ])('« %s » gives both kinds, each in that month', (text) => {
    const reading = read(text);
    const lists = (reading.kind === 'several' ? reading.readings : [reading]).map(agenda);
    expect(lists.flatMap((query) => query?.types ?? [])).toEqual(
      expect.arrayContaining(['jpo', 'info_collective']),
    );
    for (const query of lists) expect(query).toMatchObject({ from: '2027-03-01', to: '2027-03-31' });
  });

  it('leaves a day to its own list: « la JPO du 3 février et la prochaine info coll »', () => {
    const reading = read('la jpo du 3 fevrier et la prochaine info coll ?');
    if (reading.kind !== 'several') return expect(reading.kind).toBe('several');
    expect(agenda(reading.readings[1]!)?.from).not.toBe('2027-02-03');
  });
});

describe('what starts on a day', () => {
  it.each([
    ['qu est ce qui demarre le 20 janvier', '2027-01-20'],
    ['le lundi dix huit janvier c est quoi qui commence', '2027-01-18'],
    ['ca commence quoi le 1er fevrier', '2027-02-01'],
  ])('« %s » lists the entries starting that day', (text, day) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject({
      kind: 'sessions',
      from: day,
      to: day,
      startsWithin: true,
    });
  });

  it('leaves « c’est quoi la prépa » a question about the programme', () => {
    expect(parseAgendaQuery('c est quoi la prepa qui commence bientot', NOW)?.from).toBeUndefined();
  });
});

describe('a programme’s aspect asked without a question mark', () => {
  it.each([
    ['faut qu il soit inscrit a pole emploi pour faire la prepa', 'audience'],
    ['est ce qu il faut que la personne soit au rsa pour la pec', 'audience'],
    ['je peux la mettre en prepa contre son avis', 'prescription'],
    ['elle est pas vraiment partante pour la prepa je l inscris quand meme', 'prescription'],
  ])('« %s » asks its %s', (text, aspect) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { aspect } });
  });

  it('quotes no passage of La Promo in an answer on Prépa Compétences', () => {
    const reading = read('faut que la personne soit inscrite a france travail pour la prepa competences');
    const passages = reading.kind === 'answer' ? (reading.passages ?? []) : [];
    expect(passages.map((p) => p.text).join(' ')).not.toMatch(/Village/);
  });
});

describe('outside the agreement, dictated', () => {
  it.each([
    ['le rsa ca fait combien pour une personne seule', 'le montant ou le versement du RSA'],
    [
      'la jeune elle percoit de l argent pendant la promo',
      'la rémunération des personnes pendant le parcours',
    ],
    ['il gagne quelque chose pendant la pec', 'la rémunération des personnes pendant le parcours'],
  ])('« %s » is outside: %s', (text, subject) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({ kind: 'out_of_scope', subject });
  });

  it('reads « le c e j » as the CEJ, another programme', () => {
    expect(normalizeText('le c e j et la m d p h')).toBe('le cej et la mdph');
    expect(read('le c e j c est quoi')).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
  });

  it('keeps « elle a quelque chose de prévu » an agenda question', () => {
    expect(read('elle a quelque chose de prevu en fevrier ?').kind).toBe('agenda');
  });
});

describe('the Département asked to prescribe, « moi »', () => {
  it('is the Département’s route for someone in a PEC without the RSA', () => {
    const said = extractProfile(
      'salariee en p e c sans le r s a suivie par la mission locale je peux lui prescrire competences p e c moi',
      { today: NOW },
    );
    expect(said.viaDepartment).toBe(true);
  });
});

describe('how to enrol someone in a programme named', () => {
  it.each([
    ['comment on fait pour inscrire une dame au rsa en prepa comp', 'prepa-competences'],
    ['j inscris comment un jeune ase a la promo 16 18 ?', 'promo-16-18'],
    ['comment je l oriente vers competences pec', 'competences-pec'],
    ['Comment dois-je procéder pour orienter quelqu’un vers La Promo 16/18 ?', 'promo-16-18'],
  ])('« %s » is answered with the form of %s', (text, programme) => {
    expect(asksHowToEnrol(text)).toBe(programme);
  });

  it.each([
    'comment on fait pour prescrire ?',
    'comment je suis ma prescription prepa ?',
    'comment j inscris quelqu un sur panda pour la prepa ?',
    'c est quoi la prepa ?',
  ])('« %s » opens no form', (text) => {
    expect(asksHowToEnrol(text)).toBeUndefined();
  });
});

describe('AFPA’s staff and the pilots, in their words (blind set 122, said otherwise)', () => {
  it('lists what is published about one programme', () => {
    expect(parseAgendaQuery('y a quoi de publie pour la prepa ?', NOW)).toEqual({
      kind: 'events',
      dispositif: 'prepa-competences',
    });
  });

  it('answers « prochaine visite et des places en soudure ? » with two lists', () => {
    const reading = read('prochaine visite et il reste des places en soudure ?');
    if (reading.kind !== 'several') return expect(reading.kind).toBe('several');
    expect(reading.readings.map((one) => agenda(one)?.kind)).toEqual(['events', 'places']);
  });

  it('reads « ça peut accueillir combien de monde ? » after a list as the list’s places', () => {
    expect(agenda(thread('prochaine jpo ?', 'ca peut accueillir combien de monde ?'))).toMatchObject({
      types: ['jpo'],
    });
  });

  it('reads « à quelle fréquence ? » after the dashboard’s passage as how often that is sent', () => {
    const reading = thread('le tableau de bord des dispositifs on l envoie a qui ?', 'a quelle frequence ?');
    const texts = reading.kind === 'passages' ? reading.passages.map((p) => p.text).join(' ') : '';
    expect(texts).toMatch(/mensuellement/);
  });

  it('goes on with the targets when a programme is named alone after two of them', () => {
    const reading = thread('objectif pec 2022 ?', 'et la promo ?', 'prepa ?');
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'target' },
    });
  });

  it('reads « les indicateurs promo c’est par phase ? » as the plan’s indicators', () => {
    expect(read('les indicateurs promo c est par phase ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures', indicators: expect.arrayContaining(['2.1.3']) },
    });
  });

  it('gives the row of the events after the indicators: « et pour les infos coll ? »', () => {
    expect(thread('quels indicateurs on remonte au departement ?', 'et pour les infos coll ?')).toMatchObject(
      {
        kind: 'scope',
        question: { kind: 'figures', indicators: ['2.1.1'] },
      },
    );
  });

  it('reads « inscrire mes BRSA sur Panda » as a question about Panda, not a person', () => {
    const reading = read('un collegue veut inscrire ses brsa sur panda, comment il fait ?');
    const texts = reading.kind === 'passages' ? reading.passages.map((p) => p.text).join(' ') : '';
    expect(texts).toMatch(/habilités par l'AFPA/);
  });

  it('quotes confidentiality and personal data when names are to be passed on', () => {
    const reading = read('on peut transmettre la liste avec les noms a une association ?');
    const sources = reading.kind === 'passages' ? reading.passages.map((p) => p.source) : [];
    expect(sources).toEqual(expect.arrayContaining(['Accord, art. 4', 'Accord, art. 5']));
  });

  it('says another convention is outside this agreement', () => {
    expect(recognizeScopeQuestion('la convention avec france travail elle se termine quand ?')).toMatchObject(
      {
        kind: 'out_of_scope',
      },
    );
  });

  it('reads how AFPA passes the places on as a question about that, not the places themselves', () => {
    expect(parseAgendaQuery('les places dispo vous les communiquez comment ?', NOW)).toBeUndefined();
    expect(parseAgendaQuery('des places en soudure ? je l envoie comment ?', NOW)).toMatchObject({
      kind: 'places',
    });
  });
});

describe('the same person again, with news', () => {
  it('re-reads her with the fact that changed', () => {
    const last = { profile: { age: 17, ase: true, inEducation: false } };
    const again = personAgain(
      're, toujours pour la meme jeune : elle a eu 18 ans depuis, ca marche encore ?',
      last,
      NOW,
    );
    expect(again?.profile).toMatchObject({ age: 18, ase: true });
  });

  it('does not take « la même chose pour la PEC » for the same person', () => {
    expect(mayAskAgain('la meme chose pour la pec ?')).toBe(false);
  });
});

describe('older sets’ questions on the programmes (eighth set, said otherwise)', () => {
  it('says who La Promo is for beyond the young people of the ASE', () => {
    expect(read('la promo c est que pour les jeunes ase ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'audience' },
    });
    expect(deps.catalogue.get('promo-16-18').audience.text).toMatch(
      /Missions locales et les CIO.*décrochage/,
    );
  });

  it('keeps the question for « c’est pareil ? » whatever the words around it', () => {
    const reading = thread(
      'la prepa on peut la faire a distance ?',
      'et pour les ados de la promo c est pareil ?',
    );
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'modality' },
    });
  });

  it('quotes the programmes’ complementarity with France Travail’s advisers when asked whether they replace them', () => {
    const reading = read('la prepa competences ca remplace l accompagnement du conseiller france travail ?');
    const texts = reading.kind === 'answer' ? (reading.passages ?? []).map((p) => p.text).join(' ') : '';
    expect(texts).toMatch(/complémentarité de l'accompagnement/);
  });

  it.each([
    'une pmsmp a l afpa pour une brsa de 40 ans, possible ?',
    'parcoursup pour une jeune de l ase ca marche comment',
  ])('reads « %s » as another programme, even for a person described', (text) => {
    expect(read(text)).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
  });

  it('reads the référent’s own caseload as followed by the Département, and someone else’s as no person', () => {
    const today = NOW;
    expect(extractProfile('une de mes brsa, 45 ans, prepa ?', { today }).profile).toMatchObject({
      rsa: true,
      accompaniedByDepartment: true,
    });
    expect(extractProfile('3 brsa chez moi en pec, comp pec ?', { today }).profile).toMatchObject({
      rsa: true,
      accompaniedByDepartment: true,
    });
    expect(extractProfile('ma collegue veut saisir ses brsa sur panda', { today }).profile).toEqual({});
  });
});

describe('after what the agreement sets no condition on, the programme asked stays the subject', () => {
  it('« la prochaine à distance alors ? » gives that programme’s remote entries', () => {
    const reading = thread(
      'il a pas de permis et personne pour garder ses enfants, la prepa sur place c est mort, on fait comment ?',
      'la prochaine a distance alors ?',
    );
    const lists = (reading.kind === 'several' ? reading.readings : [reading]).map(agenda).filter(Boolean);
    expect(lists[0]).toMatchObject({ kind: 'sessions', dispositif: 'prepa-competences' });
  });

  it('also after the conditions told without a question mark', () => {
    const reading = thread(
      'maman solo BRSA, pas de mode de garde ni de voiture a caylus. prepa en presentiel impossible. des solutions ?',
      'prochaine session a distance alors',
    );
    expect(agenda(reading)).toMatchObject({ kind: 'sessions', dispositif: 'prepa-competences' });
  });
});
