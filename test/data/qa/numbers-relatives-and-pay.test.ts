import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { LAST_ITEM } from '../../../data/agenda/model.js';
import { detectAspects } from '../../../data/qa/aspect.js';
import { ConversationContextSchema } from '../../../data/qa/follow-up.js';
import { peopleOfTheThread, personTakenUp } from '../../../data/qa/people-of-the-thread.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { personTitle, severalPeople } from '../../../data/qa/several-people.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * Written from how référents ask, before the code: « lequel est le plus long », a number of
 * people to place in a training, a pay figure heard somewhere, a mother and her son described
 * together and then taken up with a fact more.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('« le plus long » asks the durations', () => {
  it.each(['vae ou rsfp lequel est le plus long', 'prepa ou pec, c est laquelle la plus longue ?'])(
    '« %s »',
    (question) => {
      expect(detectAspects(question)).toContain('duration');
    },
  );
});

describe('a trade asked with people to place, or « vous avez quoi », asks its trainings', () => {
  it.each([
    ['j en ai 3 pour agent de proprete a Moissac, ca rentre ?', 'proprete'],
    ['3 jeunes pour la soudure ca passe ?', 'soudure'],
    ['on en a 2 pour cariste, y a assez de places ?', 'cariste'],
    ['restauration vous avez quoi a caussade ?', 'restauration'],
  ])('« %s »', (message, trade) => {
    expect(parseAgendaQuery(message, NOW)).toMatchObject({ kind: 'places', trade });
  });

  it('« la formation maçon ça passe par qui ? » asks no places', () => {
    expect(parseAgendaQuery('la formation maçon ca passe par qui ?', NOW)?.kind).not.toBe('places');
  });
});

describe('a sum of money said to be earned is the pay the agreement does not settle', () => {
  it.each(['ma collegue dit qu il touche 200 euros en prepa', 'en promo ils touchent 500 euros ?'])(
    '« %s »',
    (message) => {
      expect(recognizeScopeQuestion(message)).toMatchObject({
        kind: 'out_of_scope',
        subject: 'la rémunération des personnes pendant le parcours',
      });
    },
  );
});

describe('a parent and a child, a couple, described together', () => {
  it.each([
    ['mme 52a + son fils 17a, prepa et promo ?', ['La mère', 'Le fils']],
    ['mr 45 ans + sa fille 16 ans, prepa et promo ?', ['Le père', 'La fille']],
    ['une dame de 40 ans et son mari de 45 ans, au rsa tous les 2, prepa ?', ['La femme', 'Le mari']],
  ])('« %s » titles each by how they are related', (message, titles) => {
    const people = severalPeople(message, NOW);
    expect(people?.map((person, i) => personTitle(person, i))).toEqual(titles);
  });

  it('a first one of unknown sex keeps their rank', () => {
    const people = severalPeople('une personne de 50 ans + son fils 17 ans, prepa et promo ?', NOW);
    expect(people?.map((person, i) => personTitle(person, i))).toEqual(['Personne 1', 'Le fils']);
  });

  it('« et la mère, elle est au RSA » takes her up with the fact told, not her programme', () => {
    const thread = peopleOfTheThread(severalPeople('mme 52a + son fils 17a, prepa et promo ?', NOW)!, NOW);
    const taken = personTakenUp('et la mère, elle est au RSA', thread);
    expect(taken?.index).toBe(0);
    expect(taken?.text).toMatch(/elle est au rsa/i);
    expect(taken?.text).not.toMatch(/Prépa Compétences/);
    expect(personTakenUp('et la mère, ça dure combien ?', thread)?.text).toMatch(/Prépa Compétences/);
  });
});

describe('the lists of several programmes, asked of as one', () => {
  it('« lequel commence le plus tôt ? » after the info coll of Prépa and of the PEC: the first of both', () => {
    const reading = readThread(
      NOW,
      'les prochaines info coll prepa et pec ?',
      'lequel commence le plus tot ?',
    );
    expect(reading).toMatchObject({
      kind: 'agenda',
      query: { types: ['info_collective'], exceptDispositif: 'promo-16-18', item: 1 },
    });
    expect(reading.kind === 'agenda' && reading.query.dispositif).toBeFalsy();
  });

  it('« et le plus tard ? » is the last; « et à Moissac ? » narrows both lists', () => {
    expect(readThread(NOW, 'les prochaines jpo', 'laquelle est la plus tard ?')).toMatchObject({
      kind: 'agenda',
      query: { item: LAST_ITEM },
    });
    const there = readThread(NOW, 'les prochaines info coll prepa et pec ?', 'et a moissac ?');
    expect(there).toMatchObject({ kind: 'agenda', query: { exceptDispositif: 'promo-16-18' } });
  });
});

describe('a certification asked of within Compétences PEC', () => {
  it('« vae ds comp pec, la présentation à la session d’évaluation c cb de jours ? » answers the VAE’s days', () => {
    expect(
      readThread(NOW, 'vae ds comp pec, la presentation a la session d evaluation c cb de jours ?'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'vae', aspect: 'duration' } });
    expect(readThread(NOW, 'comp pec ca dure combien, y a la vae dedans ?')).toMatchObject({
      result: { dispositif: 'competences-pec' },
    });
  });

  it('« rsfp en pec ça dure combien ? » quotes no passage found on the PEC’s name alone', () => {
    const reading = readThread(NOW, 'rsfp en pec ca dure combien ?');
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'rsfp', aspect: 'duration' } });
    expect(reading.kind === 'answer' && reading.passages).toBeFalsy();
  });
});

describe('an offer asked for a need', () => {
  it('« …elle voudrait faire reconnaître ce qu’elle fait, y a quelque chose ? » is no list of events', () => {
    const reading = readThread(
      NOW,
      'Mme en PEC (CDD a la mairie de Negrepelisse) depuis 1 mois, elle voudrait faire reconnaitre ce qu elle fait, y a quelque chose ?',
    );
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'competences-pec' } });
    expect(readThread(NOW, 'y a quelque chose a moissac bientot ?').kind).toBe('agenda');
  });

  it('« alors on peut lui proposer quoi pour valoriser son expérience ? » after a man in an SIAE: the RSFP', () => {
    expect(
      readThread(
        NOW,
        'monsieur en CDDI dans un chantier d insertion (SIAE), c pas un PEC. competences pec possible qd meme ?',
        'alors on peut lui proposer quoi pour valoriser son experience ?',
      ),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'rsfp' } });
  });
});

describe('a step of Prépa asked of someone', () => {
  it.each([
    'elle a deja fait prepa volet 1 en 2025, elle peut faire le volet 2 maintenant qu elle a son projet ?',
    'il a un projet, il peut aller direct en volet 2 de la prepa ?',
  ])('« %s »: that step’s line, then whom the programme is for', (message) => {
    expect(readThread(NOW, message)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', step: 'volet 2', aspects: ['phases', 'audience'] },
    });
  });
});

describe('which days, and the highway code prepared', () => {
  it.each(['c quels jours la prepa', 'la promo c du lundi au jeudi, et la prepa c quels jours ?'])(
    '« %s » asks where and how, and the rhythm its duration says',
    (question) => {
      expect(detectAspects(question)).toEqual(['modality', 'duration']);
    },
  );

  it('« la promo 1618 ça prépare au code ? » asks its content', () => {
    expect(detectAspects('bon revenons a l afpa, la promo 1618 ca prepare au code ?')).toEqual(['content']);
  });
});

describe('a person of the thread taken up with a fact and a question', () => {
  it('« le fils il est pas ASE, c est qui qui l oriente ? » asks of his programme', () => {
    const thread = peopleOfTheThread(
      severalPeople(
        'mme L 41 ans au RSA veut reprendre une formation, et son fils 16 ans a arrete le lycee et fait rien : qu est ce qui existe pour chacun ?',
        NOW,
      )!,
      NOW,
    );
    expect(personTakenUp('le fils il est pas ASE, c est qui qui l oriente ?', thread)?.text).toMatch(
      /La Promo 16\/18/,
    );
  });
});

describe('what is full', () => {
  it('« qu est ce qui est complet en ce moment ? » lists the full entries and trainings', () => {
    expect(readThread(NOW, 'qu est ce qui est complet en ce moment ? que j evite de proposer')).toEqual({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { kind: 'sessions', full: true } },
        { kind: 'agenda', query: { kind: 'places', full: true } },
      ],
    });
  });

  it('« la formation plaquiste c complet ? » stays that training’s places', () => {
    expect(readThread(NOW, 'la formation plaquiste c complet ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places' },
    });
  });
});

describe('the end of Prépa, and what may follow it', () => {
  it('« mon allocataire a fini sa prépa comp vendredi, est-ce que je vais recevoir qqch ? »: what comes back', () => {
    expect(
      recognizeScopeQuestion(
        'mon allocataire a fini sa prepa comp vendredi, est ce que je vais recevoir qqch ?',
      ),
    ).toMatchObject({ kind: 'afterPrescribing' });
  });

  it('« elle finit sa prépa vendredi, elle peut faire la pec après ? » asks Compétences PEC, no PEC contract told', () => {
    const extracted = extractProfile('ma brsa finit sa prepa vendredi, elle peut faire la pec apres ?', {
      today: NOW,
    });
    expect(extracted.programme).toBe('competences-pec');
    expect(extracted.profile.pecContract).toBeUndefined();
    expect(extractProfile('brsa en pec a la mairie, elle peut faire la prepa ?').profile.pecContract).toBe(
      true,
    );
  });
});

describe('what is done in La Promo, and its steps by their names', () => {
  it('« ce qu on fait pendant la promo » asks its content; « c pour qui c quoi » what it is and for whom', () => {
    expect(detectAspects('le jeune que je suis veut savoir ce qu on fait pendant la promo 1618')).toEqual([
      'content',
    ]);
    expect(detectAspects('clea numerique c pour qui c quoi')).toEqual(['overview', 'audience']);
    expect(detectAspects('les volets c quoi au juste')).toEqual(['phases']);
  });

  it.each([
    ['c quoi le chantier solidaire dans la promo', 'phases'],
    ['le chantier solidaire ca dure combien ?', 'duration'],
  ])('« %s »: the second phase of construction', (message, aspect) => {
    expect(readThread(NOW, message)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect, step: 'la construction phase 2' },
    });
  });
});

describe('the hours of an item of the agenda, named by its day', () => {
  it.each([
    [
      'prochaines jpo ?',
      'celle du 3/02 elle est de quelle heure a quelle heure, il finit le boulot a 12h',
      '2027-02-03',
    ],
    ['visites de plateau ?', 'le 10 mars c a quelle heure ? il passe le code a 14h', '2027-03-10'],
  ])('« %s » then « %s »', (list, asked, day) => {
    expect(readThread(NOW, list, asked)).toMatchObject({ kind: 'agenda', query: { from: day, to: day } });
  });

  it('« mardi 19 y a quoi et c a quelle heure » lists that day; « les ateliers prépa c à quelle heure » is outside', () => {
    expect(recognizeScopeQuestion('mardi 19 y a quoi et c a quelle heure')).toBeUndefined();
    expect(recognizeScopeQuestion('les ateliers prepa c a quelle heure')).toMatchObject({
      kind: 'out_of_scope',
    });
  });

  it('« vers mi février » is a time of the month, no town', () => {
    expect(parseAgendaQuery('une entree prepa vers mi fevrier ?', NOW)).toMatchObject({
      from: '2027-02-10',
      to: '2027-02-20',
    });
    expect(parseAgendaQuery('une entree prepa vers mi fevrier ?', NOW)?.place).toBeUndefined();
  });
});

describe('a month said of the person, not of the list', () => {
  it('« ma jeune ASE finit la promo en mai, y a un suivi après ? » asks no entries in May', () => {
    expect(
      parseAgendaQuery('ma jeune ASE finit la promo en mai, y a un suivi apres ou c est fini ?', NOW),
    ).toBeUndefined();
    expect(parseAgendaQuery('prepa en fevrier ?', NOW)).toMatchObject({
      kind: 'sessions',
      from: '2027-02-01',
    });
  });

  it('« la v2 du 25 elle est complète ? » is that entry, not everything full', () => {
    expect(readThread(NOW, 'la v2 du 25 elle est complete ? si oui ya quoi apres').kind).toBe('agenda');
  });
});

describe('dates the agreement does not settle', () => {
  it.each([
    ['l actualisation FT c quand ce mois ci, faut pas qu elle la rate pendant la prepa', 'France Travail'],
    ['le lundi de paques la promo a lieu ou pas ?', 'jours fériés'],
    ['ses droits ARE s arretent le 15 mars, la prepa doit etre finie avant ?', 'autres organismes'],
  ])('« %s »', (message, subject) => {
    const scope = recognizeScopeQuestion(message);
    expect(scope?.kind).toBe('out_of_scope');
    expect(scope?.kind === 'out_of_scope' && scope.subject).toContain(subject);
  });

  it('« il est au chômage depuis 2 ans » is a story, nothing outside', () => {
    expect(
      recognizeScopeQuestion('les ateliers prepa c est quand, il est au chomage depuis 2 ans'),
    ).toBeUndefined();
  });
});

describe('a birthday told with its day: the age on the day of entry', () => {
  it.each([
    ['jeune ase, il a 16 ans le 3 mars, il peut rentrer a la promo en fevrier ?', 15],
    ['jeune ase 15 ans, 16 ans le 28 janvier, il peut faire l entree promo du 1er fevrier ?', 16],
    ['elle a 17 ans et 18 le 20 fevrier, promo du 1er fevrier ok ?', 17],
    ['il a 16 ans le 15 aout', 15],
    ['il a 16 ans le 5 janvier', 16],
  ])('« %s » → %i', (message, age) => {
    expect(extractProfile(message, { today: NOW }).profile.age).toBe(age);
  });

  it('« et quand il aura 16 ans le 3 mars ? » is a what-if, read at that age', () => {
    expect(extractProfile('et quand il aura 16 ans le 3 mars ?', { today: NOW }).profile.age).toBe(16);
  });
});

describe('follow-ups that name their own period or subject', () => {
  it('« bon alors la 1ère entrée comp pec en mars ? » after February’s entries: March’s', () => {
    expect(
      readThread(NOW, 'entrees comp pec en fevrier ?', 'bon alors la 1ere entree comp pec en mars ?'),
    ).toMatchObject({ kind: 'agenda', query: { from: '2027-03-01', to: '2027-03-31' } });
  });

  it('« si on veut le prolonger ou le changer on fait comment » after the agreement’s term: article 6', () => {
    const reading = readThread(
      NOW,
      'l accord il dure combien de temps ?',
      'si on veut le prolonger ou le changer on fait comment',
    );
    expect(reading.kind === 'passages' && reading.passages[0]?.source).toBe('Accord, art. 6');
  });
});

describe('when a session ends', () => {
  it('« si elle commence le volet 1 prépa le 18 ça finit vers quand ? »: the session, and the step’s days', () => {
    const reading = readThread(NOW, 'si elle commence le volet 1 prepa le 18 ca finit vers quand a peu pres');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 1' } },
        { kind: 'answer', result: { dispositif: 'prepa-competences', aspect: 'duration', step: 'volet 1' } },
      ],
    });
  });
});

describe('the thread keeps La Promo’s steps', () => {
  it.each(['la preparation de la suite', 'la construction phase 2'])(
    '« %s » fits in the stored thread',
    (step) => {
      expect(ConversationContextSchema.safeParse({ step, at: NOW.toISOString() }).success).toBe(true);
    },
  );
});

describe('after a programme’s entries', () => {
  it('« ça fait combien de jours de présence en tout ? » asks the days the agreement sets', () => {
    expect(
      readThread(NOW, 'prochaine entree prepa volet 2 ?', 'ca fait combien de jours de presence en tout'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences', aspect: 'duration' } });
  });

  it('« une autre entrée promo après le 3 mars ? » asks the entries starting after it', () => {
    expect(parseAgendaQuery('y a une autre entree promo apres le 3 mars ?', NOW)).toMatchObject({
      from: '2027-03-03',
      startsWithin: true,
    });
  });
});

describe('tried through the server after the review', () => {
  it.each([
    ['mr 50 ans + sa femme 48 ans au rsa tous les deux, prepa ?', 2],
    ['sa soeur 19 ans et lui 17 ans, ase tous les deux, promo ?', 2],
  ])('« %s » describes %i people, each with what is said of both', (message, count) => {
    const people = severalPeople(message, NOW);
    expect(people?.length).toBe(count);
    expect(people?.every((person) => person.profile.rsa || person.profile.ase)).toBe(true);
  });

  it('« il vient tous les 2 mois au rdv » is one person', () => {
    expect(severalPeople('il vient tous les 2 mois au rdv, 45 ans au rsa, prepa ?', NOW)).toBeUndefined();
  });

  it('« y a des trucs complets en ce moment ? » lists what is full', () => {
    expect(readThread(NOW, 'y a des trucs complets en ce moment ?').kind).toBe('several');
  });
});
