import { describe, expect, it } from 'vitest';
import { recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { severalPeople } from '../../../data/qa/several-people.js';
import { ruledOutOfTheChoice, storyNotes, whatIfNote } from '../../../data/story-notes.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What educators of the ASE, Missions locales and référents type about young people, and
 * the short follow-ups of a chat thread: words of their trade that are no agenda question
 * (a child « placé à l'ASE », « visites médiatisées »), and hypotheses on the person just
 * checked (« et quand il aura 16 ? », « et s'il lâche ? »). Protocole, § 3; Accord, art. 2.1.3.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const TODAY = '2027-01-11';
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('words of child welfare that ask nothing of the agenda', () => {
  it.each([
    'il faut quand meme l accord des parents si le gamin est placé a l ase ?',
    'faut la signature des parents meme si elle est placee a l aide sociale a l enfance ?',
    'a la sortie de la promo il devient quoi le jeune ?',
    'qu est ce qui se passe a la sortie de la promo 1618 ?',
    'le jeudi elle a ses visites mediatisees, la promo c est tous les jours ?',
  ])('« %s » is not an agenda question', (text) => {
    expect(parseAgendaQuery(text, NOW)).toBeUndefined();
    expect(read(text).kind).not.toBe('agenda');
  });

  it('still reads a workshop visit as one', () => {
    expect(parseAgendaQuery('une visite d atelier la semaine prochaine ?', NOW)).toMatchObject({
      kind: 'events',
      types: ['visite_plateau'],
    });
  });
});

describe('« des trucs » somewhere or on a trade: what is on', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'y a des trucs a valence d agen prochainement ? j ai des jeunes la bas',
      { place: expect.stringMatching(/valence d.agen/i) },
    ],
    ['ya des trucs sur castel ?', { place: expect.stringMatching(/castel/i) }],
    ['il y a un truc sur la logistique bientot ? j ai deux gars motives', { trade: 'logistique' }],
  ])('« %s »', (text, filters) => {
    const reading = read(text);
    expect(reading.kind).toBe('agenda');
    expect(reading).toMatchObject({ query: { kind: 'events', ...filters } });
  });

  it('leaves « un truc pour » a need, not the agenda', () => {
    expect(parseAgendaQuery('y a un truc pour travailler les competences de base ?', NOW)).toBeUndefined();
  });
});

describe('a precise question on a programme, answered with the agreement’s words', () => {
  it('finds the highway code in La Promo 16/18', () => {
    const reading = read('c est vrai qu ils passent le code pendant la promo ?');
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'promo-16-18' } });
    const passages = reading.kind === 'answer' ? (reading.passages ?? []) : [];
    expect(passages.map((p) => p.text).join(' ')).toContain('code la route');
  });
});

describe('a young person’s status as educators describe it', () => {
  it('reads an apprentice in a CAP as in training, not at school', () => {
    const { profile } = extractProfile('jeune de 17 ans en CAP cuisine en apprentissage, la promo ?', {
      today: TODAY,
    });
    expect(profile).toMatchObject({ age: 17, inTraining: true });
    expect(profile.inEducation).toBeUndefined();
  });

  it('keeps a pupil still at the lycée enrolled, however badly he hangs on', () => {
    const { profile } = extractProfile('il a 17 ans, encore au lycee mais il decroche grave, la promo ?', {
      today: TODAY,
    });
    expect(profile.inEducation).toBe(true);
  });

  it.each(['il rompt son contrat d apprentissage', 'il a rompu son contrat'])(
    '« %s » leaves him without a job or a training',
    (text) => {
      expect(extractProfile(text, { today: TODAY }).profile).toMatchObject({
        employed: false,
        inTraining: false,
      });
    },
  );
});

describe('hypotheses on the person just checked', () => {
  const pupil = { profile: { age: 17, ase: true, inEducation: true }, programme: 'promo-16-18' as const };
  const apprentice = { profile: { age: 17, ase: true, inTraining: true }, programme: 'promo-16-18' as const };
  const tooYoung = { profile: { age: 15, inEducation: false }, programme: 'promo-16-18' as const };

  it.each<[string, typeof pupil | typeof apprentice | typeof tooYoung, Record<string, unknown>]>([
    ['et s il lache en fevrier ?', pupil, { inEducation: false }],
    ['et si elle arrete le lycee ?', pupil, { inEducation: false }],
    ['et s il laisse tomber son apprentissage ?', apprentice, { inTraining: false }],
    ['et s il rompt son contrat, ca passe ?', apprentice, { inTraining: false }],
    ['et quand il aura 16 en avril ?', tooYoung, { age: 16 }],
    ['et a ses 16 ans en mai ?', tooYoung, { age: 16 }],
    ['mais pour ses 16 ans ca change ?', tooYoung, { age: 16 }],
  ])('« %s »', (text, last, changed) => {
    expect(personAgain(text, last, NOW)).toMatchObject({
      profile: { ...last.profile, ...changed },
      programme: 'promo-16-18',
    });
  });
});

describe('what a hypothesis changes for the programme asked', () => {
  const options = { today: TODAY };

  it('says the reason that ruled the person out no longer does', () => {
    const note = whatIfNote(
      { age: 15, inEducation: false },
      { age: 16, inEducation: false },
      'promo-16-18',
      options,
    );
    expect(note).toMatch(/ne (l’|l')en écarte plus/);
    expect(note).toContain('La Promo 16/18');
  });

  it('says nothing when the person was not ruled out, or still is', () => {
    expect(whatIfNote({ age: 16 }, { age: 16, inEducation: false }, 'promo-16-18', options)).toBeUndefined();
    expect(whatIfNote({ age: 15 }, { age: 15, ase: true }, 'promo-16-18', options)).toBeUndefined();
  });
});

describe('what comes after a prescription, asked by the référent', () => {
  it.each([
    'une fois la prescription envoyée, il se passe quoi ?',
    'j aurai un retour de l afpa apres ma prescription ?',
    'et apres, il se passe quoi ? on a un retour ?',
    'je serai tenue au courant s il est pris ?',
    'comment je saurai si elle est entree ?',
  ])('« %s »', (text) => {
    expect(read(text)).toEqual({ kind: 'scope', question: { kind: 'afterPrescribing' } });
  });

  it('reads a bare « et après ? » after how to prescribe as the same question', () => {
    const how = read('comment je prescris la prepa comp ?');
    const context = contextAfter(how, NOW, 'comment je prescris la prepa comp ?', undefined);
    expect(readMessage('et apres ?', NOW, context, deps)).toEqual({
      kind: 'scope',
      question: { kind: 'afterPrescribing' },
    });
  });

  it('leaves AFPA’s side to its own card', () => {
    expect(read('une prescription vient d arriver, je fais quoi ?')).toEqual({
      kind: 'scope',
      question: { kind: 'handling' },
    });
  });
});

describe('the role of the person to contact, asked after the contacts', () => {
  it.each(['et son poste c quoi exactement', 'elle fait quoi exactement la-bas ?', 'c est quoi son role ?'])(
    '« %s »',
    (text) => {
      const contacts = read('c qui le contact a l afpa pour les prescriptions ?');
      expect(contacts).toEqual({ kind: 'scope', question: { kind: 'contacts' } });
      const context = contextAfter(contacts, NOW, 'c qui le contact', undefined);
      expect(readMessage(text, NOW, context, deps)).toEqual({
        kind: 'scope',
        question: { kind: 'contacts' },
      });
    },
  );
});

describe('the thread after what comes back from AFPA', () => {
  it('keeps the programme named, so that « et pour la pec ? » asks how that one ends', () => {
    const text = 'a la fin de la prepa comp, j ai un retour de l afpa sur la personne ?';
    const first = read(text);
    expect(first).toEqual({ kind: 'scope', question: { kind: 'afterPrescribing' } });
    const context = contextAfter(first, NOW, text, undefined);
    expect(readMessage('et pour la pec ?', NOW, context, deps)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'content' },
    });
  });

  it('reads no trade in « voir l’afpa en vrai »', () => {
    expect(
      parseAgendaQuery('je voudrais qu ils voient l afpa en vrai, il se passe quoi cette semaine ?', NOW),
    ).not.toHaveProperty('trade');
  });
});

describe('a thread that goes on', () => {
  const after = (first: string, next: string) => {
    const reading = read(first);
    return readMessage(next, NOW, contextAfter(reading, NOW, first, undefined), deps);
  };

  it('reads « je le prescris comment alors » as a request naming no programme: the thread names it', () => {
    expect(recognizePrescribeRequest('je le prescris comment alors')).toEqual({});
  });

  it.each(['RSA obligatoire ?', 'faut etre inscrit a FT obligatoirement ?', 'le diplome est exige ?'])(
    '« %s » after a programme asks whom it is for',
    (next) => {
      expect(after('prepa comp', next)).toMatchObject({
        kind: 'answer',
        result: { dispositif: 'prepa-competences', aspect: 'audience' },
      });
    },
  );

  it('reads « y en a une autre après ? » after a session as the next ones of the same kind', () => {
    expect(
      after('la session volet 2 du 25 janvier il reste de la place ?', 'ok y en a une autre apres ?'),
    ).toEqual({
      kind: 'agenda',
      query: {
        kind: 'sessions',
        volet: 'volet 2',
        withSeats: true,
        roomAsked: true,
        from: '2027-01-26',
        startsWithin: true,
      },
    });
  });

  it('answers of the programme discussed when a word names several (« portefeuille de compétences »)', () => {
    const reading = after(
      'a la fin de competences pec il a un diplome ou pas ?',
      'et le portefeuille de competences c pour tout le monde ?',
    );
    // Its content says it: « Pour chaque personne, un portefeuille de compétences est systématiquement réalisé ».
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['content'] },
    });
    const content = deps.catalogue
      .get('competences-pec')
      .content?.map((c) => c.text)
      .join(' ');
    expect(content).toContain('portefeuille de compétences est systématiquement');
  });

  it('reads no period asked in « en formation depuis novembre »', () => {
    expect(
      parseAgendaQuery(
        'allocataire rsa en formation a l afpa depuis novembre, la prepa volet 2 ca sert encore ?',
        NOW,
      ),
    ).toBeUndefined();
  });
});

describe('what the story says the person aims at', () => {
  it.each<[string, 'project' | 'trainingEntry']>([
    ['brsa 22 ans, veut faire cariste, prepa comp ou direct en formation ?', 'trainingEntry'],
    ['maman solo 19 ans au rsa, veut devenir aide soignante, la prepa ?', 'trainingEntry'],
    ['20 ans rqth brsa, veut retravailler son projet pro, prepa comp ?', 'project'],
  ])('« %s »', (text, aim) => {
    expect(extractProfile(text, { today: TODAY }).aim).toBe(aim);
  });

  it('reads « ni voiture ni permis » as a licence the agreement sets no condition on', () => {
    expect(
      extractProfile('elle habite a 40 km, ni voiture ni permis, la prepa c faisable ?', { today: TODAY })
        .unset,
    ).toEqual(['licence']);
  });

  it('adds what the person wants to the person just checked', () => {
    const last = {
      profile: { rsa: true, registeredJobseeker: false },
      programme: 'prepa-competences' as const,
    };
    expect(
      personAgain('il veut surtout bosser son projet pro, il est un peu perdu', last, NOW, true),
    ).toEqual({
      profile: last.profile,
      programme: 'prepa-competences',
      aim: 'project',
    });
  });
});

describe('more of what référents ask, read as they mean it', () => {
  it('quotes the agreement’s article 6 again for « et après c’est fini ? » after its length', () => {
    const first = read('c jusqu a quand la convention avec l afpa ?');
    const context = contextAfter(first, NOW, 'c jusqu a quand la convention avec l afpa ?', undefined);
    const next = readMessage('et apres c fini ?', NOW, context, deps);
    expect(next.kind === 'passages' ? next.passages[0]?.source : undefined).toBe('Accord, art. 6');
  });

  it('checks « il peut encore avoir compétences pec ? » after a PEC that has ended', () => {
    expect(
      read(
        'mr a fini son PEC en decembre (espaces verts), il peut encore avoir competences pec pour valoriser ?',
      ),
    ).toMatchObject({
      kind: 'person',
      extracted: { profile: { pecContract: false }, programme: 'competences-pec' },
    });
  });

  it('checks the programme asked for someone in an insertion structure, rather than offering the need', () => {
    expect(
      read(
        'mr 44 ans brsa en cddi dans un chantier d insertion, il voudrait valider ses acquis, competences pec ca marche ?',
      ),
    ).toMatchObject({
      kind: 'person',
      extracted: { programme: 'competences-pec', insertionStructure: true },
    });
  });

  it.each<[string, string]>([
    ['y a pas mieux pour le francais avant ?', 'francais-visee-pro'],
    ['et pour reconnaitre ce qu il a appris sur le chantier alors ?', 'rsfp'],
  ])('« %s » asks what fits the need', (text, dispositif) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { dispositif } });
  });

  it('reads « inscrite nulle part » as neither registered nor in training', () => {
    expect(
      extractProfile('elle bosse pas et elle est inscrite nulle part', { today: TODAY }).profile,
    ).toEqual({
      employed: false,
      registeredJobseeker: false,
      inTraining: false,
    });
  });

  it('answers « et la garde du bébé pendant la prépa ? » with what the agreement says of childcare', () => {
    expect(read('et la garde du bebe pdt les jours de prepa ?')).toEqual({
      kind: 'scope',
      question: { kind: 'unsetConditions', conditions: ['childcare'], programme: 'prepa-competences' },
    });
  });
});

describe('a check asked beside a condition the agreement does not set', () => {
  it('checks the couple on the RSA, the childcare said with the check', () => {
    expect(
      read(
        'couple au rsa avec un bebe, ils veulent faire la prepa, c possible ? la garde du petit c le gros souci, c nous qui gerons ?',
      ),
    ).toMatchObject({ kind: 'person', extracted: { profile: { rsa: true }, unset: ['childcare'] } });
  });
});

describe('AFPA’s side and the questions the agreement leaves open', () => {
  it.each([
    'comment je publie une nouvelle info coll pour que les referents du CD la voient ?',
    'on tient le calendrier d entrees sur excel, je peux l importer direct ?',
    'jai fait une erreur sur la visite soudure, comment je modifie ce qui est publie ?',
  ])('« %s » asks how to publish', (text) => {
    expect(read(text)).toEqual({ kind: 'scope', question: { kind: 'publishing' } });
  });

  it.each([
    ['et une fois la presta finie, on doit envoyer quoi au referent ?', 'handling'],
    ['bilan indiv aussi pour les jeunes de la promo 16/18 ou que prepa ?', 'prescribing'],
    ['on a le droit de demander le num de secu dans la prescription ?', 'personalData'],
    ['ok je peux appeler qui pour savoir ?', 'contacts'],
  ])('« %s »', (text, kind) => {
    expect(read(text)).toMatchObject({ kind: 'scope', question: { kind } });
  });

  it.each([
    'stagiaire prepa absent 3 jours sans justificatif, on a une regle pour l exclure ?',
    'y a une garderie a l afpa pour les enfants pendant la formation ?',
    'et pour un jeune ASE c est qui qui signe l autorisation, les parents ou l ASE ?',
  ])('« %s » is a question the agreement leaves open', (text) => {
    expect(read(text)).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
  });

  it('reads « salariée en PEC à la crèche » as where she works', () => {
    expect(
      read('35 ans au rsa, salariee en pec a la creche municipale, prepa ou competences pec ?').kind,
    ).not.toBe('scope');
  });

  it('answers whose task childcare and transport are with the référent’s role in the protocol', () => {
    const reading = read(
      'pas de voiture et 3 enfants, la garde et le transport c moi qui dois regler ca ou l afpa ?',
    );
    const first = reading.kind === 'passages' ? reading.passages[0] : undefined;
    expect(first?.lead).toMatch(/^Rôle du référent de parcours — le conseiller/);
    expect(first?.text).toContain('garde d’enfants'.replace('’', "'"));
  });
});

describe('the agenda, dictated or asked as a definition', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'en fevrier c est quoi les infos collectives ?',
      { kind: 'events', types: ['info_collective'], from: '2027-02-01' },
    ],
    [
      'y a une info colle pret pas competences cette semaine ?',
      { kind: 'events', types: ['info_collective'] },
    ],
    ['prochaine entree prepa comp volet deux ?', { kind: 'sessions', volet: 'volet 2' }],
  ])('« %s »', (text, query) => {
    expect(read(text)).toMatchObject({ kind: 'agenda', query });
  });

  it('still reads « c’est quoi une info coll ? » as what it is', () => {
    expect(parseAgendaQuery('c est quoi une info coll ?', NOW)).toBeUndefined();
  });

  it('reads the week asked, not the day of the référent’s own meeting', () => {
    expect(
      parseAgendaQuery(
        'la semaine prochaine y a quoi comme evenements a l afpa, je fais le point avec l equipe jeudi',
        NOW,
      ),
    ).toMatchObject({ kind: 'events', from: '2027-01-18', to: '2027-01-24' });
  });
});

describe('the next one after a day that is past', () => {
  it('lists the ones to come, not the past day again', () => {
    const first = read('la jpo du 7 janvier elle a eu lieu ?');
    expect(first).toMatchObject({ kind: 'agenda', query: { types: ['jpo'] } });
    const next = readMessage('ok et la prochaine alors', NOW, contextAfter(first, NOW, '', undefined), deps);
    expect(next).toEqual({ kind: 'agenda', query: { kind: 'events', types: ['jpo'] } });
  });
});

describe('a choice between two programmes, one of which the facts rule out', () => {
  it('names the programmes of the choice', () => {
    expect(
      extractProfile('brsa 24 ans sans diplome ni projet, promo 1618 ou prepa ?', { today: TODAY }).choice,
    ).toEqual(['promo-16-18', 'prepa-competences']);
  });

  it('says which is ruled out and why, and leaves the other to check', () => {
    const { lines, left } = ruledOutOfTheChoice(
      { age: 24, rsa: true },
      ['promo-16-18', 'prepa-competences'],
      {
        today: TODAY,
      },
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^La Promo 16\/18 : non éligible\. .*24 ans/);
    expect(left).toEqual(['prepa-competences']);
  });
});

describe('the calendar AFPA sends, which is no question of publishing', () => {
  it('leaves « l’afpa doit nous envoyer un calendrier d’entrées » to the programmes', () => {
    expect(
      read('l afpa doit nous envoyer un calendrier d entrees, c pour quels dispositifs exactement ?'),
    ).not.toEqual({
      kind: 'scope',
      question: { kind: 'publishing' },
    });
  });
});

describe('questions of their own after a programme', () => {
  const after = (first: string, next: string) =>
    readMessage(next, NOW, contextAfter(read(first), NOW, first, undefined), deps);

  it('leaves « et pour un jeune ASE, c’est qui qui signe ? » a question the agreement leaves open', () => {
    expect(
      after(
        'la promo 1618 c quoi',
        'et pour un jeune ASE c est qui qui signe l autorisation, les parents ou l ASE ?',
      ),
    ).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope' },
    });
  });

  it('gives the roles for « le référent de l’expérimentation côté CD c’est qui ? »', () => {
    expect(read('le referent de l experimentation cote CD c est qui ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });
});

describe('the eligibility desk, as the fifty-sixth to fifty-eighth sets told it', () => {
  const extract = (text: string) => extractProfile(text, { today: TODAY });

  it('reads a training one is admitted to as ahead, not as where the person is', () => {
    const e = extract(
      'brsa 34 ans, admise en formation aide soignante a l ifsi en septembre, elle a peur de lacher, prepa ?',
    );
    expect(e.profile.inTraining).toBeUndefined();
    expect(e.aim).toBe('trainingEntry');
  });

  it('reads « il a trouvé un CDD » as a job', () => {
    expect(
      extract('jeune ase 17 ans, il a trouve un cdd en resto jusqu en juin, promo 1618 quand meme ?').profile
        .employed,
    ).toBe(true);
  });

  it.each([
    'dame en cddi sur un chantier d insertion a castel, c pas un pec. competences pec ?',
    'son pec est fini depuis 2 mois, competences pec on peut encore ?',
  ])('« %s » asks a check', (text) => {
    expect(read(text)).toMatchObject({ kind: 'person', extracted: { programme: 'competences-pec' } });
  });

  it.each([
    'brsa 35 ans arrive en france il y a 1 an, niveau A1 en francais, prepa comp ?',
    'monsieur refugie au rsa, il parle tres peu francais, prepa ?',
  ])('« %s » tells of someone who speaks little French', (text) => {
    expect(extract(text).lowFrench).toBe(true);
  });

  it('names French for work with the check of someone who speaks little French', () => {
    expect(storyNotes({ rsa: true }, 'prepa-competences', { lowFrench: true }).join(' ')).toContain(
      'Français à visée professionnelle',
    );
  });

  it('reads « compétence pécé » as Compétences PEC', () => {
    expect(read('compétence pécé ça fait combien de jours au total')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'duration' },
    });
  });

  it('asks the targets of the year named after the figures', () => {
    const first = read('les objectifs chiffres de l accord ?');
    const next = readMessage(
      'et pour 2023 ?',
      NOW,
      contextAfter(first, NOW, 'les objectifs', undefined),
      deps,
    );
    expect(next).toMatchObject({ kind: 'scope', question: { kind: 'figures', year: 2023 } });
  });

  it('gives the roles for « qui est désigné pour le suivi de l’accord côté Département ? »', () => {
    expect(read('Qui est désigné pour le suivi de l accord de partenariat côté Département ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });
});

describe('the last of the eligibility desk', () => {
  it('reads « en contrat d’apprentissage » as in training', () => {
    expect(
      extractProfile('jeune ase 17 ans en contrat d apprentissage boulangerie, il galere, promo possible ?', {
        today: TODAY,
      }).profile.inTraining,
    ).toBe(true);
  });

  it.each([
    'monsieur arrive d erythree il y a 1 an, refugie, au rsa, niveau a1 a l oral, lit pas le francais. prepa comp ?',
    'pec depuis 3 semaines, pas au rsa elle a l aah, suivie par cap emploi. compet pec ?',
  ])('« %s » is a check, however long the story before the programme', (text) => {
    expect(read(text).kind).toBe('person');
  });

  it.each([
    'il a 17 ans et 10 mois, et si il a 18 ans pendant la promo il doit arreter ?',
    'et le jour de ses 18 ans il doit arreter la promo ?',
    'et si son pec est rompu au bout de 2 mois, il perd compet pec en cours de route ?',
  ])('« %s » is a question the agreement leaves open', (text) => {
    // Said first, and beside it what the agreement does say of the programme.
    const reading = read(text);
    const first = reading.kind === 'several' ? reading.readings[0] : reading;
    expect(first).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
  });
});

describe('several people, named as the référent names them', () => {
  it.each<[string, string[]]>([
    [
      '2 dossiers : M. Lopez 45a RSA pas inscrit FT ; Mme Bernard 30a pas de RSA, pas FT. prepa pour les 2 ?',
      ['M. Lopez', 'Mme Bernard'],
    ],
    [
      '2 jeunes du foyer: Kevin 16 ans decrocheur depuis juin, et Ines 17 ans qui bosse en CDD. promo pour les 2 ?',
      ['Kevin', 'Ines'],
    ],
    ['2 jeunes ase : une de 16 ans en CAP, et un de 17 ans qui fait rien. promo pour les 2 ?', []],
  ])('« %s »', (text, labels) => {
    const people = severalPeople(text, NOW) ?? [];
    expect(people).toHaveLength(2);
    expect(people.map((p) => p.label).filter(Boolean)).toEqual(labels);
  });
});

describe('tried through the server after the review', () => {
  it('reads « prépa ou pec ? » as a choice between two programmes, not a PEC contract', () => {
    const e = extractProfile('mme 52 ans au rsa, plus de permis depuis 2 ans, prepa ou pec ?', {
      today: TODAY,
    });
    expect(e.profile.pecContract).toBeUndefined();
    expect(e.choice).toEqual(['prepa-competences', 'competences-pec']);
    expect(e.unset).toEqual(['licence']);
  });

  it('reads « jaurai des nouvelles ? » as what comes back after a prescription', () => {
    expect(read('et apres jaurai des nouvelles ?')).toEqual({
      kind: 'scope',
      question: { kind: 'afterPrescribing' },
    });
  });
});

describe('an agenda question and a fact of the programme in one message, and typos of the week', () => {
  it('answers « c quand la prochaine info coll prepa et ca dure combien en tout » twice', () => {
    expect(
      readMessage('c quand la prochaine info coll prepa et ca dure combien en tout', NOW, undefined, deps),
    ).toEqual({
      kind: 'several',
      readings: [
        {
          kind: 'agenda',
          query: { kind: 'events', types: ['info_collective'], dispositif: 'prepa-competences' },
        },
        {
          kind: 'answer',
          result: {
            kind: 'answer',
            dispositif: 'prepa-competences',
            aspect: 'duration',
            aspects: ['duration'],
          },
        },
      ],
    });
  });

  it.each([
    ['y a quoi cette semiane a l afpa', { kind: 'events', from: '2027-01-11', to: '2027-01-17' }],
    ['prochaine réunion des métiers du bas-temps', { kind: 'events', types: ['reunion_metier'] }],
  ])('reads « %s »', (text, query) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject(query);
  });
});

describe('what the story of the person checked calls for, asked after the check', () => {
  it('answers « ok du coup y a quoi pour lui » after a CDDI checked for Compétences PEC with the RSFP', () => {
    const first = 'salarie en CDDI dans un ACI, il peut faire competences pec ?';
    const context = contextAfter(readMessage(first, NOW, undefined, deps), NOW, first);
    expect(context?.need).toBe('rsfp');
    expect(readMessage('ok du coup y a quoi pour lui', NOW, context, deps)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });

  it('does not quote the agreement at random for « y a quoi pour elle alors » when nobody was described', () => {
    expect(readMessage('y a quoi pour elle alors', NOW, undefined, deps)).toEqual({ kind: 'unsure' });
  });

  it('keeps « y a quoi » alone an agenda question when no story was told', () => {
    expect(readMessage('y a quoi cette semaine', NOW, undefined, deps)).toMatchObject({ kind: 'agenda' });
  });

  it.each([['PEC rompu en novembre, il est de nouveau au RSA', { rsa: true, pecContract: false }]])(
    'reads « %s »',
    (text, profile) => {
      expect(extractProfile(text, { today: NOW }).profile).toEqual(profile);
    },
  );

  it('reads « un truc prevu vers valence d agen ? » as the agenda there', () => {
    expect(parseAgendaQuery('un truc prevu vers valence d agen ?', NOW)).toMatchObject({
      kind: 'events',
      place: 'valence d agen',
    });
  });
});

describe('two lists asked in one message, and what is not a prescription', () => {
  it('answers « c quand la prochaine jpo et est ce qu il reste des places en cariste ? » with both lists', () => {
    expect(
      readMessage(
        "c quand la prochaine jpo et est ce qu'il reste des places en cariste ?",
        NOW,
        undefined,
        deps,
      ),
    ).toEqual({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { kind: 'events', types: ['jpo'] } },
        { kind: 'agenda', query: { kind: 'places', trade: 'cariste' } },
      ],
    });
  });

  it('keeps « les jpo et les infos coll de fevrier » one list', () => {
    expect(readMessage('les jpo et les infos coll de fevrier', NOW, undefined, deps)).toMatchObject({
      kind: 'agenda',
      query: { types: ['jpo', 'info_collective'] },
    });
  });

  it.each([
    ['je peux mettre son num de secu et son dossier CAF dans la prescription ?', undefined],
    ['bon je la mets sur celle de castel alors, je prescris', {}],
  ])('« %s »', (text, request) => {
    expect(recognizePrescribeRequest(text)).toEqual(request);
  });
});

describe('a public named with a target is nobody to check', () => {
  it('answers « objectif BRSA en prepa ? » with the target, then « et en competences pec ? » with its own', () => {
    const first = 'objectif BRSA en prepa ?';
    const reading = readMessage(first, NOW, undefined, deps);
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'target' },
    });
    expect(
      readMessage('et en competences pec ?', NOW, contextAfter(reading, NOW, first), deps),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'target' },
    });
  });

  it('still checks someone described with an age: « une dame de 30 ans au RSA, objectif prepa ? »', () => {
    expect(readMessage('une dame de 30 ans au RSA, objectif prepa ?', NOW, undefined, deps)).toMatchObject({
      kind: 'person',
    });
  });
});

describe('typos of the week, wherever the week is asked', () => {
  it.each([
    ['jpo la smaine prochaine ?', { kind: 'events', types: ['jpo'], from: '2027-01-18', to: '2027-01-24' }],
    ['cette sem a montauban', { kind: 'events', place: 'montauban', from: '2027-01-11', to: '2027-01-17' }],
  ])('reads « %s »', (text, query) => {
    expect(parseAgendaQuery(text, NOW)).toEqual(query);
  });
});
