import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { asksHowToPrescribe, recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { severalPeople } from '../../../data/qa/several-people.js';
import { contextAfter, readMessage, type Reading } from '../../../data/qa/understanding.js';
import { unsetConditionLines, unsetConditions } from '../../../data/unset-conditions.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What a newcomer asks in plain words, notes pasted as a list, a condition told in passing
 * during a check, and the follow-ups that lean on the answer before (blind sets 120 and 121,
 * said in other words).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string, context?: Parameters<typeof readMessage>[2]) =>
  readMessage(text, NOW, context, deps);
const after = (text: string) => contextAfter(read(text), NOW, text);
const dispositifsOf = (reading: Reading) =>
  reading.kind === 'several'
    ? reading.readings.map((r) => (r.kind === 'answer' ? r.result.dispositif : r.kind))
    : [reading.kind];

describe('Prépa Compétences named by what it does', () => {
  it.each([
    'slt, je suis nouvelle au CD depuis lundi, on m a parle d un truc pour remettre a niveau les gens avant qu ils rentrent en formation, ca s appelle comment ?',
    'y a un truc pour la remise a niveau avant la formation ?',
    'un dispositif pour mettre a niveau avant d entrer en formation, ca existe ?',
  ])('« %s » is about it', (text) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences' } });
  });

  it('takes no « Niveau » for a town in « remettre à niveau … depuis lundi »', () => {
    expect(parseAgendaQuery('on remet a niveau les gens depuis lundi', NOW)?.place).toBeUndefined();
  });
});

describe('two dispositifs listed with « et »', () => {
  it.each([
    ['rsfp et clea c quoi ?', ['rsfp', 'clea']],
    ['la promo et la prepa c quoi', ['promo-16-18', 'prepa-competences']],
    ['c quoi la vae et le rsfp', ['vae', 'rsfp']],
  ])('« %s » answers each, in the order named', (text, expected) => {
    expect(dispositifsOf(read(text))).toEqual(expected);
  });

  it('does not take two questions, one a programme each, for a list: « objectif … promo ? et pour prepa comp ? »', () => {
    expect(read('objectif jeunes ASE vers la promo ? et pour prepa comp ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'target' } },
        { kind: 'answer', result: { dispositif: 'prepa-competences', aspect: 'target' } },
      ],
    });
  });

  it('still reads « prépa ou PEC ? » as a choice to make, not two answers', () => {
    expect(read('prepa ou pec pour elle ?').kind).not.toBe('several');
  });
});

describe('whom the individual report goes to, asked after it', () => {
  it.each(['et c envoye a qui ? a moi ou a mon chef ?', 'qui le recoit ?', 'il est adresse a qui ?'])(
    '« %s » after « l’afpa nous renvoie un compte rendu ? » quotes the protocol',
    (text) => {
      const context = after('une fois la prepa finie, l afpa nous renvoie qqch ? un compte rendu ?');
      const reading = read(text, context);
      const quoted = reading.kind === 'passages' ? reading.passages.map((p) => p.source) : [reading.kind];
      expect(
        quoted.includes('Protocole, § 5') ||
          (reading.kind === 'scope' && reading.question.kind === 'afterPrescribing'),
      ).toBe(true);
    },
  );

  it('does not take « qui le reçoit ? » for the report without it before', () => {
    const reading = read('qui le recoit ?', after('c quoi la promo ?'));
    expect(reading.kind === 'passages' && reading.passages[0]?.source === 'Protocole, § 5').toBe(false);
  });
});

describe('a condition the agreement does not set', () => {
  it.each([
    ['et s il a une RQTH en plus ?', 'disability'],
    ['et si elle est enceinte ?', 'pregnancy'],
    ['mais s il a un casier ?', 'record'],
  ])('« %s » asks whether it blocks', (text, condition) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({ kind: 'unsetConditions', conditions: [condition] });
  });

  it('says it does not stand in the way', () => {
    expect(unsetConditionLines(['disability'])[0]).toMatch(/n’empêche pas d’entrer/);
  });

  it.each(['elle a pas d ordi chez elle', 'pas d internet a la maison', 'il est pas equipe'])(
    'reads « %s » as no computer, and says the programme can be followed at the centre',
    (text) => {
      expect(unsetConditions(text)).toContain('equipment');
      expect(unsetConditionLines(['equipment'], 'prepa-competences').join(' ')).toMatch(
        /en présentiel au centre AFPA/,
      );
    },
  );

  it.each(['2 enfants, garde compliquee', 'probleme de garde pour le petit'])(
    'reads « %s » as childcare',
    (text) => {
      expect(unsetConditions(text)).toContain('childcare');
    },
  );

  it('answers a condition told in a programme’s thread, and the entries where the person lives', () => {
    const context = after('c quoi la prepa ?');
    const reading = read('elle a pas de voiture, elle habite a moissac', context);
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'scope', question: { kind: 'unsetConditions', conditions: ['licence'] } },
        { kind: 'agenda', query: { kind: 'sessions', dispositif: 'prepa-competences' } },
      ],
    });
    expect(read('elle a pas d ordi chez elle par contre', context)).toMatchObject({
      kind: 'scope',
      question: { kind: 'unsetConditions', conditions: ['equipment'], programme: 'prepa-competences' },
    });
  });
});

describe('a figure quoted from a leaflet', () => {
  it('reads « c quoi ce chiffre de 35 000 jeunes dans la plaquette de la 1618 ? » as the Promo’s target', () => {
    expect(read('c quoi ce chiffre de 35 000 jeunes dans la plaquette de la 1618 ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'target' },
    });
  });

  it('still gives the figures card for « les chiffres de la promo ? »', () => {
    expect(read('les chiffres de la promo ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures' },
    });
  });
});

describe('how to prescribe, asked around it', () => {
  it('reads « je peux le faire direct ou faut passer par FT ? » after the steps as the same programme’s route', () => {
    const context = after('je veux prescrire une prepa comp pour une dame, je fais comment ?');
    expect(read('je peux le faire direct ou faut passer par FT ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'prescription' },
    });
  });

  it.each([
    '@Tom pour prescrire tu passes par le bot c plus simple que le mail. bot tu peux lui montrer ?',
    'pour inscrire qqn sur une session, tu peux m expliquer ?',
  ])('« %s » asks the steps', (text) => {
    expect(asksHowToPrescribe(text)).toBe(true);
  });
});

describe('the facts of a person, as référents write them', () => {
  it('reads « encore en 1ère au lycée mais il décroche » as still at school', () => {
    expect(
      extractProfile('jeune 17 ans ASE encore en 1ere au lycee mais il decroche').profile.inEducation,
    ).toBe(true);
  });

  it.each(['ado 16 ans ase a decroche en juin', 'jeune ase decroche depuis la rentree'])(
    'reads « %s » as out of school',
    (text) => {
      expect(extractProfile(text).profile.inEducation).toBe(false);
    },
  );

  it('reads « je peux la prescrire en prépa comp ? » as the Département’s route, said by its référent', () => {
    expect(
      extractProfile('personne AAH pas au RSA, suivie par le CD, je peux la prescrire en prepa comp ?')
        .viaDepartment,
    ).toBe(true);
    expect(extractProfile('je peux l inscrire a la jpo de mardi ?').viaDepartment).toBeUndefined();
  });

  it.each(['salarie en EI depuis 6 mois, au rsa, comp pec possible ?', 'il bosse en ETTI, rsfp ?'])(
    'reads « %s » as an employee of an insertion structure, not in a PEC',
    (text) => {
      expect(extractProfile(text)).toMatchObject({
        profile: { pecContract: false },
        insertionStructure: true,
      });
    },
  );

  it('reads « il cherche un contrat aidé » as not in a PEC yet, and « en contrat aidé à la mairie » as in one', () => {
    expect(
      extractProfile('mr 44 ans au rsa, il cherche un contrat aide, comp pec possible ?').profile.pecContract,
    ).toBe(false);
    expect(extractProfile('il est en contrat aide a la mairie').profile.pecContract).toBe(true);
  });

  it('does not read « j’ai eu une EI hier » (an interview) as a job', () => {
    expect(extractProfile('j ai eu une EI hier avec elle').insertionStructure).toBeUndefined();
  });

  it('reads « fratrie placée : le grand a 18 ans…, le petit 16 ans » as two people, each with their age', () => {
    const people = severalPeople(
      'fratrie placee : le grand a 18 ans et demi, le petit 16 ans, les deux ont lache l ecole. promo 1618 pour lesquels ?',
      NOW,
    );
    expect(people?.map((person) => [person.profile.age, person.programme])).toEqual([
      [18, 'promo-16-18'],
      [16, 'promo-16-18'],
    ]);
  });

  it('checks the person of pasted notes, then lists the trade meeting asked after', () => {
    const notes =
      '- M. L, 24 ans\n- BRSA depuis 2023\n- inscrit FT\n- veut etre cariste\n- pas de permis\n=> prepa comp possible ? et il peut aller a la reunion metier logistique ?';
    expect(read(notes)).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'person', extracted: { programme: 'prepa-competences', profile: { age: 24, rsa: true } } },
        { kind: 'agenda', query: { kind: 'events', types: ['reunion_metier'], trade: 'logistique' } },
      ],
    });
  });
});

describe('two questions joined by « et c’est quoi »', () => {
  it('answers whom to contact, then the target: « qui contacter … pour la promo et c est quoi l objectif … ? »', () => {
    expect(
      read('qui contacter a l afpa pour la promo et c est quoi l objectif de jeunes ase ?'),
    ).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'scope', question: { kind: 'contacts' } },
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'target' } },
      ],
    });
  });
});

describe('AFPA’s own staff, in their words', () => {
  it.each([
    'j ai recu une presta pour un monsieur, je fais quoi ?',
    'bonjour, j ai une presta PEC qui vient d arriver pour une dame',
    'comment je mets qu il a abandonne ?',
    'il est bien rentre en V1 ce matin, je le mets en entre ou ?',
    'le monsieur a fini sa V1 vendredi, je cloture la presta comment ?',
  ])('« %s » asks how AFPA handles a prescription', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'handling' });
  });

  it('does not take « je viens de mettre à jour le calendrier, redonne-moi les entrées » for how to publish', () => {
    expect(
      recognizeScopeQuestion(
        'bonjour c est l afpa montauban, je viens de mettre a jour le calendrier des entrees, tu peux me redonner les entrees prepa ?',
      ),
    ).toBeUndefined();
  });

  it.each([
    'comment j ajoute une info coll ?',
    'on peut charger le planning depuis excel ?',
    'si y a une ligne fausse dans mon fichier ca importe quand meme le reste ?',
    'je peux publier quels types d evenements dans l agenda ?',
    'et les places dispo en formation je les mets a jour comment ?',
  ])('« %s » asks how AFPA publishes its agenda', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'publishing' });
  });

  it('goes on with the same card: « et s’il arrête en cours de route ? », « il faut quelles colonnes ? »', () => {
    expect(
      read('et s il arrete en cours de route ?', after('j ai recu une presta prepa, je fais quoi ?')),
    ).toEqual({
      kind: 'scope',
      question: { kind: 'handling' },
    });
    expect(read('il faut quelles colonnes ?', after('on peut importer un fichier excel ?'))).toEqual({
      kind: 'scope',
      question: { kind: 'publishing' },
    });
    // Without the card before, « il faut quelles colonnes ? » is no question about publishing.
    expect(read('il faut quelles colonnes ?', after('c quoi la prepa ?'))).not.toEqual({
      kind: 'scope',
      question: { kind: 'publishing' },
    });
  });

  it('reads « le CD nous paie combien par presta ? » as the cost, and « ils passent par qui ? » as the route', () => {
    expect(recognizeScopeQuestion('le CD nous paie combien par presta prepa ?')).toMatchObject({
      kind: 'cost',
    });
    expect(read('les BRSA du CD ils passent par qui pour arriver en prepa ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'prescription' },
    });
  });

  it('reads « c combien l’allocation jeune majeur ? » as outside the agreement', () => {
    expect(recognizeScopeQuestion('c combien l allocation jeune majeur en 82 ?')).toMatchObject({
      kind: 'out_of_scope',
    });
  });

  it('takes no trade « derrière » in « des places en formation derrière ? »', () => {
    expect(parseAgendaQuery('et y a des places en formation derriere ?', NOW)).toMatchObject({
      kind: 'places',
    });
    expect(parseAgendaQuery('et y a des places en formation derriere ?', NOW)?.trade).toBeUndefined();
  });

  it('takes no « Chez » for a town in « une info coll vers chez elle ? »', () => {
    expect(parseAgendaQuery('y a une info coll vers chez elle ?', NOW)?.place).toBeUndefined();
  });

  it('reads « plaquiste c complet ? » as that trade’s places, and « et la V2 suivante ? » as the next one', () => {
    expect(parseAgendaQuery('plaquiste c complet ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'plaquiste',
    });
    const context = after('la session V2 du 25 elle est complete ?');
    expect(read('et la V2 suivante ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', volet: 'volet 2', from: '2027-01-26' },
    });
  });
});
