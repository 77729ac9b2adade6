import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { departmentRouteClosed, impliedProgramme } from '../../../data/eligibility.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * People as référents describe them before asking, and what they ask next: written from
 * the agreement's rules (who may enter which programme) and from how a référent types.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string, context?: Parameters<typeof readMessage>[2]) =>
  readMessage(text, NOW, context, deps);
const after = (text: string) => contextAfter(read(text), NOW, text);
const facts = (text: string) => extractProfile(text, { today: NOW }).profile;

describe('what a description says, and what it denies', () => {
  it.each([
    'jeune 17 ans pas suivie ASE, sortie du lycee',
    'ado de 16 ans, pas suivi par l ASE, decroche',
    'une jeune de 17 ans non suivie a l ase',
    'elle a 17 ans, elle n est pas a l ASE',
  ])('« %s » is not in the care of the ASE', (text) => {
    expect(facts(text).ase).toBe(false);
  });

  it.each([
    ['une jeune de 17 ans, la fille d une allocataire que je suis, sortie du lycee', 17],
    ['le fils d un beneficiaire du rsa que j accompagne, 16 ans, plus scolarise', 16],
  ])('« %s » describes the young person, not the parent on the RSA', (text, age) => {
    const profile = facts(text);
    expect(profile.age).toBe(age);
    expect(profile.rsa).toBeUndefined();
  });

  it.each([
    'une dame a fini son PEC en 2025, elle voudrait un diplome',
    'son contrat PEC s est termine en juin',
    'ancienne salariee en PEC, plus en contrat depuis l ete',
    'il est sorti de son PEC il y a 6 mois',
    'elle n est plus en PEC',
  ])('« %s » is no longer in a PEC contract', (text) => {
    expect(facts(text).pecContract).toBe(false);
  });

  it('keeps a PEC that is still running as a PEC', () => {
    expect(facts('salariee en PEC, son contrat finit dans 3 semaines').pecContract).toBe(true);
  });
});

describe('another programme for the person just checked', () => {
  const last = {
    profile: { age: 25, rsa: true, accompaniedByDepartment: true },
    programme: 'prepa-competences' as const,
  };
  it.each([
    'il serait pas mieux sur la promo 16 18 vu qu il est jeune ?',
    'elle irait pas mieux en promo ?',
    'plutot la promo du coup ?',
    'ce serait pas plus adapte sur la promo ?',
  ])('« %s » checks La Promo for the same person', (text) => {
    expect(personAgain(text, last, NOW)).toEqual({ profile: last.profile, programme: 'promo-16-18' });
  });
});

describe('a programme’s thread, asked practically', () => {
  it('reads « faut l’autorisation des parents ? il est placé en famille d’accueil » as the Promo’s steps', () => {
    const context = after('la promo 1618 c quels jours ?');
    expect(
      read('faut l autorisation des parents ? il est place en famille d accueil', context),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'phases' },
    });
  });

  it('reads « il va devoir dormir ailleurs pendant le programme ? » as the Promo’s steps, which hold its mobility period', () => {
    expect(
      read(
        'jeune ASE de 16 ans qui rentre en promo 1618 lundi, son educ demande s il va devoir dormir ailleurs a un moment',
      ),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'phases' } });
  });

  it('reads « ils partent loin de chez eux ? » about the Promo as its steps', () => {
    expect(read('pendant la promo 16 18 ils partent loin de chez eux a un moment ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'phases' },
    });
  });

  it('answers « elle peut faire une RSFP ? » with whom the RSFP is for, not a choice between it and the VAE', () => {
    const reading = read(
      'salariee en chantier d insertion, aucun diplome, pas les prerequis pour la vae, elle peut faire une rsfp ?',
    );
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'rsfp', aspect: 'audience' } });
  });

  it.each(['et si le jeune a besoin de plus de temps ?', 'ca peut durer plus longtemps ?'])(
    '« %s » asks how long the Promo may last',
    (text) => {
      const context = after('la promo 16/18 ca dure combien de temps');
      expect(read(text, context)).toMatchObject({
        kind: 'answer',
        result: { dispositif: 'promo-16-18', aspect: 'duration' },
      });
    },
  );

  it('checks a person described after the public of a programme: « et pour un jeune de 17 ans ? »', () => {
    const context = after('prepa comp c pour qui');
    expect(read('et pour un jeune de 17 ans ?', context)).toMatchObject({ kind: 'person' });
  });

  it('checks a person described after a request to prescribe: « il a 17 ans, ça passe ? »', () => {
    const context = after('c quoi la promo 1618');
    expect(read('il a 17 ans et a arrete le lycee l an dernier ca passe ?', context)).toMatchObject({
      kind: 'person',
    });
  });
});

describe('who registers the young person', () => {
  it.each(['c moi qui l inscrit ou c la ML ?', 'qui l inscrit, nous ou la mission locale ?'])(
    '« %s » after the Promo asks how it is prescribed',
    (text) => {
      const context = after('mon jeune de 16 ans pas ASE, sorti du college, la promo c possible ?');
      expect(read(text, context)).toMatchObject({
        kind: 'answer',
        result: { dispositif: 'promo-16-18', aspect: 'prescription' },
      });
    },
  );
});

describe('the figures, followed up', () => {
  it('« et pour les jeunes ASE ? » after the figures card asks the Promo’s figures', () => {
    const context = after(
      'c etait quoi les objectifs chiffres de la convention pour prepa comp et competences pec ?',
    );
    expect(read('et pour les jeunes ASE ?', context)).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures', dispositif: 'promo-16-18' },
    });
  });

  it.each(['et pour les jeunes ASE ?', 'et pour les jeunes ase sur la promo ?', 'et la promo ?'])(
    '« %s » after a target asks the Promo’s target',
    (text) => {
      const context = after('objectif prepa comp 2022 c combien de BRSA');
      expect(read(text, context)).toMatchObject({
        kind: 'answer',
        result: { dispositif: 'promo-16-18', aspects: ['target'] },
      });
    },
  );
});

describe('needs a référent describes', () => {
  it.each([
    'dame 58 ans BRSA, sait pas allumer un ordi, l afpa a un truc pour ca ?',
    'monsieur au rsa qui galere avec internet pour ses demarches en ligne, vous avez quoi ?',
    'il sait pas utiliser un ordinateur, meme pour sa declaration caf, vous proposez quoi ?',
  ])('« %s » is CléA numérique', (text) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { dispositif: 'clea-numerique' } });
  });

  it('offers the RSFP to someone in an insertion structure without the basics for a VAE', () => {
    expect(
      read('salarie en ACI depuis 2 ans, pas de diplome et il sait pas ecrire, la vae c possible pour lui ?'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'rsfp' } });
  });

  it('reads « et pour remettre à niveau en calcul ? » as the need CléA answers', () => {
    expect(read('et pour se remettre a niveau en calcul et en ecrit ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'clea' },
    });
  });

  it('answers whether a person has access to AFPA’s trainings with the trainings of droit commun', () => {
    expect(
      read('une dame en entreprise d insertion, 30 ans, elle a droit aux formations de l afpa ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'formation-droit-commun' },
    });
  });

  it('says another organisation’s number is outside the agreement: « c quoi le numero de la CAF »', () => {
    expect(read('c quoi le numero de la CAF')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope' },
    });
  });
});

describe('from the kinds of question of blind set 29, in other words', () => {
  it.each([
    ['il a 17 ans et fait rien depuis le college', 'promo-16-18'],
    ['monsieur au rsa en pec depuis 1 mois, quel dispositif pour lui', 'competences-pec'],
  ])('« %s » points the check at the programme the facts call for', (text, programme) => {
    expect(impliedProgramme(extractProfile(text, { today: NOW }).profile)).toBe(programme);
  });

  it('leaves the programme open for an adult on the RSA', () => {
    expect(impliedProgramme({ age: 40, rsa: true })).toBeUndefined();
  });

  it('checks a 15-year-old in care against the programme for minors, which says from what age', () => {
    expect(
      impliedProgramme(extractProfile('elle a 15 ans, placee ASE, deco depuis juin', { today: NOW }).profile),
    ).toBe('promo-16-18');
  });

  it('takes no « à Eu » in « il les a eu en décembre »', () => {
    expect(
      parseAgendaQuery('ah non il les a eu en decembre ses 18 ans. ca change qqch ?', NOW)?.place,
    ).toBeUndefined();
  });

  it('reads « il passe par où alors ? » in a programme’s thread as how it is prescribed', () => {
    const context = after('mr 30 ans pas au rsa, inscrit ft, prepa comp possible ?');
    expect(read('il passe par ou alors', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'prescription' },
    });
  });

  it('checks La Promo for the same person: « et la promo pour elle ? »', () => {
    const last = { profile: { age: 19 }, programme: 'prepa-competences' as const };
    expect(personAgain('et la promo 1618 pour elle ?', last, NOW)).toEqual({
      profile: last.profile,
      programme: 'promo-16-18',
    });
  });

  it('does not read a missing diploma as a wish for a VAE', () => {
    const reading = read(
      'une dame de 30 ans au rsa, sans diplome, pas inscrite a FT, vous avez quoi pour elle ?',
    );
    expect(reading.kind).toBe('person');
  });

  it.each([
    'il a 15 ans de carrelage derriere lui, il pourrait faire valider ca ?',
    'elle voudrait surtout faire reconnaitre son experience d auxiliaire de vie',
  ])('« %s » is the VAE', (text) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { dispositif: 'vae' } });
  });

  it('checks a young adult on a contrat jeune majeur for the Promo, not outside the agreement', () => {
    expect(read('jeune en contrat jeune majeur, 18 ans, decrochee, promo 1618 ?').kind).toBe('person');
  });

  it.each(['son PEC commence le 1er mars, il a pas encore signe', 'le contrat pec debute dans 15 jours'])(
    '« %s » is not yet a PEC',
    (text) => {
      expect(facts(text).pecContract).toBe(false);
    },
  );

  it('reads « ça l’aiderait ? » as a check', () => {
    expect(extractProfile('brsa 45 ans, prepa comp ca l aiderait ?', { today: NOW }).asksEligibility).toBe(
      true,
    );
  });

  it.each(['la promo ca paie les trajets ?', 'les deplacements sont rembourses pour la prepa ?'])(
    'says transport costs are outside the agreement: « %s »',
    (text) => {
      expect(read(text)).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
    },
  );

  it('says a driving licence paid is outside the agreement: « la prépa ça paye le permis ? »', () => {
    expect(read('la prepa ca paye le permis ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope' },
    });
  });
});

describe('a check and another offer asked in one breath', () => {
  it('checks La Promo and shows the French course: « la promo ou plutôt du français pro ? »', () => {
    const reading = read(
      'jeune mna 16 ans a l ase, pas scolarise, il parle peu francais. la promo ou plutot du francais pro ?',
    );
    expect(reading).toMatchObject({
      kind: 'person',
      extracted: { programme: 'promo-16-18' },
      also: { dispositif: 'francais-visee-pro' },
    });
  });
});

describe('a check and, failing it, what else there is', () => {
  it('checks Compétences PEC and shows the RSFP for « sinon on a quoi pour faire reconnaître ses compétences ? »', () => {
    expect(
      read(
        'monsieur en cddi dans une entreprise d insertion, au rsa. comp pec il peut ? sinon on a quoi pour faire reconnaitre ses competences ?',
      ),
    ).toMatchObject({
      kind: 'person',
      extracted: { programme: 'competences-pec', asksEligibility: true },
      also: { dispositif: 'rsfp' },
    });
  });
});

describe('from the kinds of question of blind set 30, in other words', () => {
  const NOW_CONTEXT = (text: string) => after(text);

  it('narrows a list to one programme: « seulement celles de la prépa »', () => {
    const context = NOW_CONTEXT('les prochaines infos coll ?');
    expect(read('uniquement celles de la prepa comp', context)).toMatchObject({
      kind: 'agenda',
      query: { types: ['info_collective'], dispositif: 'prepa-competences' },
    });
  });

  it('narrows a list to its remote sessions: « laquelle est à distance ? »', () => {
    const context = NOW_CONTEXT('dates comp pec atelier 2 ?');
    expect(read('lesquelles sont a distance', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions' },
    });
  });

  it('reads « je dois faire quoi avant qu’il commence ? » in a programme’s thread as the référent’s part', () => {
    const context = NOW_CONTEXT('competences pec ca se passe comment ?');
    expect(read('et moi je dois faire quoi avant qu il commence ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'prescription' },
    });
  });

  it('reads « sa mère refuse de signer » in the Promo’s thread as its parental authorisations', () => {
    const context = NOW_CONTEXT('la promo 1618 c est pour qui ?');
    expect(read('son pere refuse de signer l autorisation', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'phases' },
    });
  });

  it.each([
    'au rsa, elle doit entrer en formation cariste en mars mais elle a peur de pas tenir, on fait quoi ?',
    'brsa qui rentre en formation en fevrier, il a peur de lacher en cours de route, vous avez quoi ?',
  ])('« %s » is Prépa Compétences’ securing of the entry into training', (text) => {
    expect(read(text)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'phases' },
    });
  });

  it('says lodging is outside the agreement: « l’AFPA loge les stagiaires ? »', () => {
    expect(read('l afpa peut loger les stagiaires pendant la formation ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope' },
    });
  });

  it('quotes the agreement on Panda habilitations: « à qui je demande mon accès panda ? »', () => {
    const reading = read('a qui je demande mon habilitation panda ?');
    expect(reading).toMatchObject({ kind: 'several', readings: [{ kind: 'passages' }, { kind: 'scope' }] });
  });

  it('takes no town « Celle » in « et sur celle du 25 ? »', () => {
    expect(parseAgendaQuery('et sur celle du 1er fevrier en volet 1 ?', NOW)?.place).toBeUndefined();
  });

  it('answers « comment je fais pour prescrire la promo à un jeune ASE ? » with how to prescribe it', () => {
    expect(read('comment on fait pour prescrire la promo pour un jeune de l ase ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'prescription' },
    });
  });

  it('reads « une fois le programme fini, il y a un suivi ? » as what comes after', () => {
    const context = NOW_CONTEXT('la promo 16 18 ca dure combien ?');
    expect(read('et une fois la promo terminee il y a un suivi ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'content' },
    });
  });
});

describe('more of blind set 29, in other words', () => {
  it('checks a young adult under a contrat jeune majeur asked for the Promo in a long message', () => {
    expect(
      read(
        'jeune majeur confie a l ase (contrat jeune majeur en cours), 18 ans depuis octobre, rien depuis le lycee. la promo 1618 c est possible ?',
      ).kind,
    ).toBe('person');
  });

  it('checks « contrat jeune majeur, 18 ans et demi… 1618 ? » rather than calling the contract outside the agreement', () => {
    expect(read('ase, contrat jeune majeur, 18 ans et demi, sans rien depuis un an. 1618 ?').kind).not.toBe(
      'scope',
    );
  });

  it('reads « inscrite nulle part » as not registered', () => {
    expect(facts('26 ans au rsa, inscrite nulle part').registeredJobseeker).toBe(false);
  });

  it('checks Prépa for the same person: « et en attendant il peut faire la prépa ? »', () => {
    const last = {
      profile: { age: 28, rsa: true, pecContract: false },
      programme: 'competences-pec' as const,
    };
    expect(personAgain('et en attendant elle pourrait faire la prepa ?', last, NOW)).toEqual({
      profile: last.profile,
      programme: 'prepa-competences',
    });
  });

  it('reads « faire reconnaître ce qu’il sait faire sur le chantier » as the RSFP', () => {
    expect(read('et pour faire reconnaitre ce qu elle sait faire au chantier vous avez quoi')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });

  it('reads a qualifying training for someone in an insertion structure as the trainings of droit commun', () => {
    expect(
      read('salariee en ACI, elle veut passer un titre pro cariste, l afpa peut la prendre ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'formation-droit-commun' },
    });
  });
});

describe('the Département’s own route, asked', () => {
  it.each([
    'monsieur 45 ans en cdi, pas au rsa, je peux le mettre en prepa via le cd ?',
    'dame inscrite a FT mais pas au RSA, prepa comp par notre biais c est possible ?',
    'mr pas au rsa, demandeur d emploi, je peux le prescrire moi en prepa ?',
  ])('« %s » asks whether the Département can prescribe', (text) => {
    expect(extractProfile(text, { today: NOW }).viaDepartment).toBe(true);
  });

  it.each([
    'monsieur au rsa mais il depend du gers, prepa possible ?',
    'une brsa d un autre departement, elle peut faire la prepa ?',
    'dame au rsa du 31 qui a demenage a caussade, comp pec ?',
  ])('reads « %s » as someone the Département does not accompany', (text) => {
    expect(extractProfile(text, { today: NOW }).profile).toMatchObject({
      rsa: true,
      accompaniedByDepartment: false,
    });
  });

  it('says first that the Département does not prescribe for someone on another Département’s RSA', () => {
    expect(
      departmentRouteClosed('prepa-competences', { rsa: true, accompaniedByDepartment: false })?.text,
    ).toMatch(
      /^Non, pas par le Département .* Pour une personne que le Département n’accompagne pas, c’est son conseiller France Travail/,
    );
    expect(
      departmentRouteClosed('prepa-competences', { rsa: true, accompaniedByDepartment: true }),
    ).toBeUndefined();
  });

  it('reads no other Département in an age: « une BRSA de 52 ans »', () => {
    expect(
      extractProfile('j ai une brsa de 52 ans, prepa ?', { today: NOW }).profile.accompaniedByDepartment,
    ).toBeUndefined();
  });

  it('keeps « au RSA du 82 » as this Département’s', () => {
    expect(
      extractProfile('elle est au rsa du 82, prepa ?', { today: NOW }).profile.accompaniedByDepartment,
    ).not.toBe(false);
  });

  it('does not take « suivie par le CD » for the route asked', () => {
    expect(extractProfile('au rsa, suivie par le cd, prepa ?', { today: NOW }).viaDepartment).toBeUndefined();
  });
});

describe('from the kinds of question of blind sets 31 and 32, in other words', () => {
  it('reads « l’objectif de BRSA en comp PEC » as the target', () => {
    expect(read('c est combien l objectif de brsa en prepa ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'target' },
    });
  });

  it.each([
    'tu connais un fjt avec de la place a montauban pour un jeune ?',
    'tu peux me rediger le courrier pour la caf ?',
  ])('« %s » is outside the agreement', (text) => {
    expect(read(text)).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
  });

  it('reads « qui j’appelle à l’afpa ? » as whom to contact', () => {
    expect(read('qui j appelle a l afpa pour ca')).toMatchObject({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('checks « au rsa, 60 ans, c’est fichu à son âge ? » rather than answering a practicality', () => {
    expect(read('brsa 60 ans pas inscrit ft, prepa ou c est fichu a son age').kind).toBe('person');
  });

  it('reads « elle a 16 ans en septembre, ce sera bon ? » as the same person, older', () => {
    const last = { profile: { age: 15, ase: true, inEducation: false }, programme: 'promo-16-18' as const };
    expect(personAgain('elle a 16 ans en septembre, ca sera bon ?', last, NOW)?.profile.age).toBe(16);
  });

  it('reads « à quoi ça lui sert ? » in a programme’s thread as what it is', () => {
    const context = after('c quoi la rsfp');
    expect(read('ca lui sert a quoi concretement', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp', aspect: 'overview' },
    });
  });

  it('reads a couple described together as two people', () => {
    const reading = read(
      'couple au rsa. lui en pec a la mairie depuis octobre, elle sans emploi pas inscrite ft. comp pec pour lui et prepa pour elle ?',
    );
    expect(reading).toMatchObject({ kind: 'people' });
  });

  it('does not take « agent d’entretien au collège » for a pupil', () => {
    expect(facts('monsieur en pec agent d entretien au college depuis novembre').inEducation).toBeUndefined();
  });

  it('does not take « comment on inscrit un jeune » for someone registered', () => {
    expect(facts('comment on inscrit un jeune de l ase a la promo ?').registeredJobseeker).toBeUndefined();
  });

  it('checks the thread’s programme for « il peut le faire ? »', () => {
    const context = after('competences pec c est pour qui ?');
    expect(read('et une dame en cdi classique, pas un pec, elle peut le faire ?', context)).toMatchObject({
      kind: 'person',
      extracted: { programme: 'competences-pec' },
    });
  });

  it('reads « et après il est encore suivi ? » as what comes after', () => {
    const context = after('les etapes de la promo 1618 ?');
    expect(read('et apres le jeune est encore suivi ou pas ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'content' },
    });
  });

  it('narrows a list of visits to the one named: « combien de places pour celle de la soudure ? »', () => {
    const context = after('visites de plateaux prevues ?');
    expect(read('combien de places pour celle de la soudure', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', trade: 'soudure' },
    });
  });

  it('quotes the agreement on the national steering committee: « le copil national, qui le pilote ? »', () => {
    expect(read('et le copil national des dispositifs c est qui qui le pilote ?').kind).toBe('passages');
  });
});

describe('what blind set 32 still showed, in other words', () => {
  it('quotes the agreement on the national committee even right after the contacts', () => {
    const context = after('qui a signe l accord ?');
    expect(read('et le copil national, c est qui qui le pilote ?', context).kind).toBe('passages');
  });

  it('answers Panda access asked in a programme’s thread with the agreement’s words', () => {
    const context = after('comment on inscrit un jeune a la promo ?');
    expect(read('et qui me donne mes acces panda ?', context).kind).toBe('passages');
  });

  it('checks « et un BRSA avec une RQTH ? » after a programme rather than calling the RQTH outside the agreement', () => {
    const context = after('prepa comp c est pour qui ?');
    expect(read('et un brsa avec une rqth ?', context)).toMatchObject({
      kind: 'person',
      extracted: { programme: 'prepa-competences' },
    });
  });

  it('reads « et leur grand frère, 19 ans ? » as someone else, on their own facts', () => {
    const last = { profile: { age: 16, ase: true, inEducation: false }, programme: 'promo-16-18' as const };
    expect(personAgain('et leur grand frere, 19 ans ?', last, NOW)?.profile).toEqual({ age: 19 });
  });
});

describe('outside the agreement, with what it does say', () => {
  it('says paying the licence is outside the agreement and quotes the Promo’s code de la route', () => {
    const reading = read('la promo 16 18 ca finance le permis de conduire ?');
    expect(reading.kind).toBe('several');
    if (reading.kind !== 'several') return;
    expect(reading.readings[0]).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
    expect(reading.readings[1]?.kind === 'passages' && reading.readings[1].passages[0]?.text).toMatch(
      /code la route/,
    );
  });

  it('adds nothing when the agreement says nothing near the question', () => {
    expect(read('la prepa c est remunere pour la personne ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope' },
    });
  });
});
