import { describe, expect, it } from 'vitest';
import { personTitle, severalPeople } from '../../../data/qa/several-people.js';
import { readThread } from '../../support/understanding-deps.js';
import { peopleOfTheThread, personTakenUp } from '../../../data/qa/people-of-the-thread.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { personAgain } from '../../../data/qa/person-again.js';

/**
 * A référent with a caseload describes several people in one message: a list of ages, twins,
 * « un …, l'autre … ». Each is checked on their own facts and on those said of them all.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const people = (message: string) => severalPeople(message, NOW) ?? [];

describe('several people, as a caseload is told', () => {
  it.each<[string, number[]]>([
    ['3 jeunes de 17, 19 et 22 ans, ase, sortis du lycee, la promo ?', [17, 19, 22]],
    ['j ai trois jeunes : 16 ans, 18 ans et 25 ans. lesquels pour la promo ?', [16, 18, 25]],
    ['deux ados ase 16 ans et 15 ans, decrocheurs, promo possible ?', [16, 15]],
  ])('« %s »: one person for each age', (message, ages) => {
    const read = people(message);
    expect(read.map((p) => p.profile.age)).toEqual(ages);
    expect(read.every((p) => p.programme === 'promo-16-18')).toBe(true);
  });

  it('keeps what is said of them all for each of the ages listed', () => {
    const read = people('2 jeunes ase : 15 ans et 17 ans, tous les deux decroches. la promo ?');
    expect(read.map((p) => p.profile.ase)).toEqual([true, true]);
    expect(read.map((p) => p.profile.inEducation)).toEqual([false, false]);
  });

  it.each([
    'jumelles de 17 ans a l ase, une encore au lycee et l autre deco depuis l ete, promo ?',
    '2 jeunes de 17 ans ase, un en CAP l autre qui fait plus rien, promo ?',
  ])('« %s »: « l’une…, l’autre… » are two people with what is said of both', (message) => {
    const read = people(message);
    expect(read).toHaveLength(2);
    expect(read.map((p) => p.profile.age)).toEqual([17, 17]);
    expect(read.map((p) => p.profile.ase)).toEqual([true, true]);
    expect(read[0]!.profile.inEducation).toBe(true);
  });

  it('reads « l’autre a arrêté » beside « encore au lycée » as having left school', () => {
    const read = people(
      'des jumeaux de 16 ans ase, un toujours au college, l autre a arrete en octobre. promo ?',
    );
    expect(read.map((p) => p.profile.inEducation)).toEqual([true, false]);
  });
});

describe('prescribing for several people', () => {
  it.each([
    'pour les deux freres je fais une seule prescription ?',
    'je peux inscrire mes 4 brsa d un coup ?',
    'y a une prescription groupee pour un groupe de 6 ?',
    'si je te donne une liste de noms tu peux les prescrire tous ?',
    'un formulaire pour le couple ou un chacun ?',
  ])('« %s » asks how prescribing goes', (message) => {
    expect(recognizeScopeQuestion(message)).toEqual({ kind: 'prescribing' });
  });

  it('leaves a table of names sent to AFPA to personal data', () => {
    expect(
      recognizeScopeQuestion('je peux envoyer a l afpa un tableau excel avec les noms de mes brsa ?'),
    ).not.toEqual({
      kind: 'prescribing',
    });
  });
});

describe('what is asked of the people described', () => {
  it('reads someone sent to AFPA for a programme as whether they can be taken', () => {
    const e = extractProfile('la ML nous oriente une jeune de 19 ans pour la promo, je lui dis quoi', {
      today: NOW,
    });
    expect(e).toMatchObject({ profile: { age: 19 }, programme: 'promo-16-18', asksEligibility: true });
  });

  it('reads whether they are paid during a programme as a question of its own, not a check', () => {
    const e = extractProfile('une jeune ase de 16 ans, elle sera payee pendant la promo ?', { today: NOW });
    expect(e.asksEligibility).toBe(false);
  });
});

describe('one of them taken up by how they are related, or by their age', () => {
  const family = peopleOfTheThread(
    people(
      'le frere 16 ans ASE deco depuis l ete et la soeur 23 ans au RSA suivie par nous, on propose quoi a chacun',
    ),
    NOW,
  );
  const three = peopleOfTheThread(people('3 jeunes : 16 ans, 20 ans et 25 ans. promo pour lesquels ?'), NOW);

  it.each<[string, number]>([
    ['et la soeur elle pourrait pas aller en promo avec lui ?', 1],
    ['pour le frangin ca dure combien ?', 0],
    ['le frere, il lui faut l autorisation de qui ?', 0],
  ])('« %s »', (message, index) => {
    expect(personTakenUp(message, family)?.index).toBe(index);
  });

  it.each<[string, number]>([
    ['et celle de 20 ans ?', 1],
    ['pour celui de 25 ans on fait quoi', 2],
    ['et le plus jeune ?', 0],
    ['la plus agee elle peut faire quoi', 2],
  ])('« %s »', (message, index) => {
    expect(personTakenUp(message, three)?.index).toBe(index);
  });

  it('titles each card with how they are related when no name is given', () => {
    expect(
      people('une maman 41 ans au rsa et son fils 16 ans sans rien, quoi pour chacun').map(personTitle),
    ).toEqual(['La mère', 'Le fils']);
  });

  it('takes up no one for a relative the thread does not hold', () => {
    expect(personTakenUp('et la mere elle peut faire la prepa ?', family)).toBeUndefined();
  });
});

describe('dates asked for several at once', () => {
  const queries = (message: string) => {
    const read = readThread(NOW, message);
    const readings = read.kind === 'several' ? read.readings : [read];
    return readings.map((one) => (one.kind === 'agenda' ? one.query : undefined));
  };

  it('gives the entries of each programme named, with the step said of each', () => {
    expect(
      queries(
        '3 a positionner : une brsa en prepa volet 2, un pec atelier 1 et une jeune en promo, les prochaines entrees de chacun ?',
      ).map((q) => [q?.kind, q?.dispositif, q?.volet]),
    ).toEqual([
      ['sessions', 'prepa-competences', 'volet 2'],
      ['sessions', 'competences-pec', 'atelier 1'],
      ['sessions', 'promo-16-18', undefined],
    ]);
  });

  it('gives the entries of two programmes asked together', () => {
    expect(queries('prochaines entrees pec et promo ?').map((q) => q?.dispositif)).toEqual([
      'competences-pec',
      'promo-16-18',
    ]);
  });

  it('gives a list for each town where the people live', () => {
    expect(
      queries('3 brsa pour prepa, 2 sur moissac et 1 sur caussade, les info coll ?').map((q) => q?.place),
    ).toEqual(['moissac', 'caussade']);
  });
});

describe('a couple told as « lui… elle… »', () => {
  const couple = peopleOfTheThread(
    people(
      'un couple au rsa suivi par nous : lui en contrat pec dans une mairie, elle sans emploi. on leur propose quoi',
    ),
    NOW,
  );

  it('takes each up by « lui » or « elle »', () => {
    expect(personTakenUp('pour lui il faut quoi de plus', couple)?.index).toBe(0);
    expect(personTakenUp('et elle, la prepa ?', couple)?.index).toBe(1);
  });
});

describe('what a caseload asks besides a check', () => {
  it.each<[string, unknown]>([
    [
      'je peux te transmettre un fichier excel avec les noms de mes 6 allocataires ?',
      { kind: 'personalData' },
    ],
    ['avant de les inscrire, il faut leur accord a tous ?', { kind: 'prescribing' }],
    ['la convention cd afpa elle dure jusqu a quand ? j ai encore 3 brsa a orienter', undefined],
  ])('« %s »', (message, expected) => {
    expect(recognizeScopeQuestion(message)).toEqual(expected);
  });

  it('reads « pas les prérequis pour la VAE » as the RSFP, which the agreement names by that lack', () => {
    const read = readThread(
      NOW,
      'deux salaries d un chantier d insertion sans les prerequis pour la vae, on leur propose quoi',
    );
    expect(read.kind === 'answer' ? read.result.dispositif : read.kind).toBe('rsfp');
  });

  it('gives the kit of communication for flyers wanted for a number of people', () => {
    const read = readThread(NOW, 'l afpa peut me donner des plaquettes pour mes 10 brsa ?');
    expect(read.kind === 'passages' ? read.passages.map((p) => p.source) : read.kind).toContain(
      'Protocole, § 4',
    );
  });

  it('reads « ça dure combien le volet 1 » after the entries as the step’s length', () => {
    const read = readThread(NOW, 'y a une session prepa a distance ?', 'ca dure combien le volet 1');
    expect(read.kind === 'answer' ? [read.result.aspect, read.result.step] : read.kind).toEqual([
      'duration',
      'volet 1',
    ]);
  });
});

describe('a caseload, greeted and prescribed', () => {
  it('answers « j’ai plusieurs dossiers à voir avec toi » with what the bot can do', () => {
    expect(recognizeCommand('salut j ai quelques dossiers a voir avec toi')).toBe('help');
  });

  it('opens the form for « inscription pour mes 2 BRSA »', () => {
    expect(recognizePrescribeRequest('inscription volet 1 pour 2 brsa a montauban')).toBeDefined();
  });
});

describe('facts of a programme asked by a caseload', () => {
  it.each<[string, string, string]>([
    ['comp pec on le lance a quel moment du contrat ?', 'competences-pec', 'content'],
    ['mes jeunes veulent passer le code de la route, la promo les y prepare ?', 'promo-16-18', 'content'],
    ['pour la pec il faut quoi de plus de mon cote ?', 'competences-pec', 'prescription'],
  ])('« %s »', (message, dispositif, aspect) => {
    const read = readThread(NOW, message);
    expect(read.kind === 'answer' ? [read.result.dispositif, read.result.aspect] : read.kind).toEqual([
      dispositif,
      aspect,
    ]);
  });

  it('reads « une mère et sa fille…, la mère en PEC, la fille 20 ans sans rien » as two people, each by her relation', () => {
    expect(
      people(
        'une mere et sa fille au rsa, la mere en pec dans un ehpad, la fille 20 ans sans rien, quoi pour chacune',
      ).map((p) => p.relation),
    ).toEqual(['mere', 'fille']);
  });
});

describe('found trying the server after the review', () => {
  it('reads « …, les info coll prépa ? » after where each lives as the events, not a check', () => {
    const read = readThread(NOW, '3 brsa, 2 a montech et 1 a lafrancaise, les info coll prepa ?');
    const readings = read.kind === 'several' ? read.readings : [read];
    expect(readings.map((one) => one.kind)).toEqual(['agenda', 'agenda']);
  });

  it('checks « la prépa c’est bon ? » for the person taken up', () => {
    const last = { profile: { age: 41, rsa: true, employed: false } };
    expect(personAgain('et la prepa c est bon ?', last, NOW)?.programme).toBe(
      'prepa-competences',
    );
  });
});
