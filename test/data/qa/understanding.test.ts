import { describe, expect, it } from 'vitest';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { catalogue, deps } from '../../support/understanding-deps.js';

const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string, context?: Parameters<typeof readMessage>[2]) =>
  readMessage(text, NOW, context, deps);

describe('readMessage: one reading, then the route', () => {
  it.each([
    ['qui contacter a l afpa ?', 'scope'],
    ['combien de personnes sont entrees en prepa cette annee ?', 'scope'],
    ['il peut faire l e2c ?', 'scope'],
    ['jpo moissac', 'agenda'],
    ['info coll prepa comp en fevrier', 'agenda'],
    ['c pour qui la 1618', 'answer'],
    ['mon allocataire veut savoir combien de temps dure prepa comp', 'answer'],
    ['une dame au rsa suivie par moi peut faire prepa comp ?', 'person'],
    ['qui trace les parcours des beneficiaires ?', 'passages'],
    ['combien ca coute ?', 'scope'],
    ['blablabla', 'unsure'],
  ])('« %s » → %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });

  it('answers two aspects of a person-free question, and keeps them for « et pour la PEC ? »', () => {
    const first = read('combien de temps dure prepa comp et qui prescrit ?');
    expect(first).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['duration', 'prescription'] },
    });
    const context = contextAfter(first, NOW);
    expect(read('et pour la PEC ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['duration', 'prescription'] },
    });
  });

  it('narrows the agenda list just shown: « et du côté de Moissac ? »', () => {
    const context = contextAfter(read('prochaines jpo'), NOW);
    expect(read('et du côté de Moissac ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], place: 'Moissac' },
    });
  });

  it('asks the dispositif just discussed: « ça démarre quand ? »', () => {
    const context = contextAfter(read('c est quoi la promo 1618'), NOW);
    expect(read('ça démarre quand ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'promo-16-18' },
    });
  });
});

describe('readMessage: a precise question about a dispositif gets the passage that says it', () => {
  it.each([
    // The agreement writes « code la route ».
    ['y a du code de la route dans la promo 1618 ?', 'code la route'],
    ['a la fin de la prepa le referent recoit un bilan ?', 'bilan individuel'],
    ['la promo ça peut aller jusqu a 4 mois ?', '4 mois'],
  ])('« %s » quotes « %s »', (text, fact) => {
    const reading = read(text);
    expect(reading.kind).toBe('answer');
    const quoted = reading.kind === 'answer' ? (reading.passages ?? []).map((p) => p.text).join(' ') : '';
    expect(quoted).toContain(fact);
  });

  it('adds nothing to « c’est quoi la promo 1618 ? », which asks for the overview', () => {
    const reading = read('c’est quoi la promo 1618 ?');
    expect(reading).toMatchObject({ kind: 'answer' });
    expect(reading.kind === 'answer' ? reading.passages : undefined).toBeUndefined();
  });
});

describe('readMessage: a follow-up leans on the programme of the thread', () => {
  it('after a check on a named programme, « et c’est combien de temps ? » is about that programme', () => {
    const check = read('un monsieur de 50 ans au rsa, suivi par le departement, il peut faire prepa comp ?');
    expect(check.kind).toBe('person');
    const context = contextAfter(check, NOW);
    expect(read('et c est combien de temps ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'duration' },
    });
  });

  it('after the Promo’s entry dates, « c’est où ? » shows those dates again, each with its place', () => {
    const context = contextAfter(read('prochaines entrees promo 16 18'), NOW);
    expect(read('c est ou ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'promo-16-18' },
    });
  });

  it('after the Promo’s entry dates, « tous les jours ou pas ? » asks how the Promo is run', () => {
    const context = contextAfter(read('prochaines entrees promo 16 18'), NOW);
    const reading = read('tous les jours ou pas ?', context);
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'modality' },
    });
  });

  it('after the Promo, « il faut que les parents signent ? » is answered with the Promo’s steps, where the parental authorisations are', () => {
    const context = contextAfter(read('la promo 16 18 c quoi'), NOW);
    const reading = read('il faut que les parents signent ?', context);
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['phases'] },
    });
    expect(JSON.stringify(catalogue.get('promo-16-18').phases)).toMatch(/autorisations? parentales?/i);
  });

  it('without a thread, the same question is not pinned on a programme', () => {
    expect(read('il faut que les parents signent ?').kind).not.toBe('answer');
  });
});

describe('readMessage: the agenda, read with the thread', () => {
  it('« et les infos co ? » after Compétences PEC lists that programme’s information sessions', () => {
    const context = contextAfter(read('competences pec c est quoi'), NOW);
    expect(read('et les infos co ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'], dispositif: 'competences-pec' },
    });
  });

  it('leaves the open days whole after a programme: they are the centre’s', () => {
    const context = contextAfter(read('competences pec c est quoi'), NOW);
    const reading = read('prochaine jpo ?', context);
    expect(reading.kind).toBe('agenda');
    expect(reading.kind === 'agenda' && reading.query.dispositif).toBeFalsy();
  });

  it('« et après le parcours il se passe quoi ? » asks how the programme ends, not what is on', () => {
    const context = contextAfter(read('prepa comp c quoi'), NOW);
    expect(read('et apres le parcours il se passe quoi ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'content' },
    });
    expect(read('il se passe quoi en fevrier ?').kind).toBe('agenda');
  });

  it('a long follow-up that leans on the thread still does: « et est-ce qu il reste de la place sur la prochaine session ? »', () => {
    const context = contextAfter(read('la promo 1618 c pour quel age'), NOW);
    expect(read('et est ce qu il reste de la place sur la prochaine session ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'promo-16-18', withSeats: true },
    });
  });
});

describe('readMessage: after a programme’s agenda list', () => {
  it('« et a la fin du parcours ca donne quoi ? » asks about the programme of the list', () => {
    const context = contextAfter(read('infos collectives competences pec'), NOW);
    expect(read('et a la fin du parcours ca donne quoi ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'content' },
    });
  });
});

describe('readMessage: another programme’s entry dates', () => {
  it('« et la promo ? » after Prépa’s entry dates lists the Promo’s', () => {
    const context = contextAfter(read('prochaines entrees prepa comp volet 1'), NOW);
    expect(read('et la promo ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'promo-16-18' },
    });
    const reading = read('et la promo ?', context);
    expect(reading.kind === 'agenda' && reading.query.volet).toBeFalsy();
  });

  it('« et la promo c est pour qui ? » after them asks about the Promo itself', () => {
    const context = contextAfter(read('prochaines entrees prepa comp'), NOW);
    expect(read('et la promo c est pour qui ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'audience' },
    });
  });
});

describe('readMessage: where, after a list', () => {
  it('« ça se passe où ? » after the trade meetings shows that list again, which says where', () => {
    const first = read('reunions metiers batiment');
    expect(first.kind).toBe('agenda');
    const context = contextAfter(first, NOW);
    expect(read('ça se passe où ?', context)).toEqual({
      kind: 'agenda',
      query: first.kind === 'agenda' ? first.query : undefined,
    });
  });

  it('« c trop tard ? » after Compétences PEC asks when it can start, which « Contenu » says', () => {
    const context = contextAfter(read('competences pec c quoi'), NOW);
    expect(read('et la il a signe y a 3 mois, c trop tard ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'content' },
    });
  });
});

describe('readMessage: what a list just shown already says', () => {
  it('« c a quelle heure ? » after the workshop visits shows them again, with their hours', () => {
    const first = read('visites de plateau technique en janvier ?');
    const context = contextAfter(first, NOW);
    expect(read('c a quelle heure ?', context)).toEqual(first);
  });

  it('without a list, the hours of the workshops are still outside the agreement', () => {
    expect(read('les ateliers c a quelle heure ?').kind).toBe('scope');
  });

  it('« le cd s engage a quoi ? » quotes the Département’s commitments in the action plan', () => {
    const reading = read('le cd s engage a quoi dans l accord ?');
    expect(reading.kind).toBe('passages');
    const sources = reading.kind === 'passages' ? reading.passages.map((p) => p.source) : [];
    expect(sources.some((s) => s.includes('engagements du Département'))).toBe(true);
  });
});

describe('readMessage: a person described, and what is really asked', () => {
  it('answers a practical question about a programme even when a person is described in it', () => {
    expect(read('mon jeune de 17 ans veut faire la promo, c’est où ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['modality'] },
    });
    expect(read('mr 50 ans au rsa veut etre cariste, c quel volet de la prepa ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['phases'] },
    });
  });

  it('checks the person and answers the practical question asked beside it', () => {
    expect(
      read('ma bénéficiaire RSA, elle est inscrite à FT, elle peut aller en prépa ? ça se passe où ?'),
    ).toMatchObject({ kind: 'person', also: { dispositif: 'prepa-competences', aspects: ['modality'] } });
    // Orienting is what is asked: a check, not how to prescribe.
    const orienting = read(
      'un ado de 16 ans suivi ase mais il est deja en apprentissage, ca a un sens de l orienter promo 1618 ?',
    );
    expect(orienting.kind).toBe('person');
    expect(orienting).not.toHaveProperty('also');
  });

  it.each([
    'mon jeune ase de 17 ans pour la promo 1618, on fait comment pour l orienter ?',
    'une dame au rsa pour la prepa comp, c est moi qui l inscris ou france travail ?',
    'monsieur brsa 40 ans, la prepa, je m y prends comment pour l inscrire concretement ?',
  ])('« %s » asks how to prescribe, answered alone or beside the check', (text) => {
    const reading = read(text);
    const how =
      reading.kind === 'person' ? reading.also : reading.kind === 'answer' ? reading.result : undefined;
    expect(how).toMatchObject({ aspects: ['prescription'] });
  });
});

describe('readMessage: follow-ups from the third blind set', () => {
  it('gives the contacts again for « et côté Département ? »', () => {
    const context = contextAfter(read('qui contacter pour la prepa ?'), NOW);
    expect(read('et côté Département ?', context)).toEqual({ kind: 'scope', question: { kind: 'contacts' } });
  });

  it('takes a correction of the town, and « ok et … » as a follow-up', () => {
    const infoColl = contextAfter(read('info coll a montauban'), NOW);
    expect(read('ah non pardon je voulais dire moissac', infoColl)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'], place: 'moissac' },
    });
    const promo = contextAfter(read('promo 1618 ya encore de la place sur l entree de fevrier ?'), NOW);
    expect(read('ok et y a une info coll pour les jeunes et leurs parents ?', promo)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'], dispositif: 'promo-16-18' },
    });
  });

  it('lists a programme’s entries in the town named after it, and the list again for « quels métiers ? »', () => {
    const prepa = contextAfter(read('prepa comp c que sur montauban ?'), NOW);
    expect(read('et a castel ?', prepa)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', place: 'castel' },
    });
    const meetings = read('reunion metier en fevrier ?');
    expect(read('ca concerne quels metiers ?', contextAfter(meetings, NOW))).toEqual(meetings);
  });
});

describe('readMessage: the other step of a programme', () => {
  it('answers « et le 2 ? » after a question on volet 1 with the steps', () => {
    const context = contextAfter(read('le volet 1 de prepa competences c pour quoi faire'), NOW);
    expect(read('et le 2 ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['phases'] },
    });
  });
});

describe('readMessage: the same question for another public, and the parents of a minor', () => {
  it('keeps the question for « et pour un jeune ASE ? »', () => {
    const context = contextAfter(read('qui prescrit la promo 16 18'), NOW);
    expect(read('et pour un jeune ase ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['prescription'] },
    });
  });

  it('answers with the steps, where the parental authorisations are, when parents refuse to sign', () => {
    expect(
      read('jeune 16 ans ase deco, les parents refusent de signer quoi que ce soit, promo ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['phases'] },
    });
  });
});

describe('readMessage: a need the agreement answers', () => {
  it.each([
    'femme 45 ans au rsa, elle veut entrer en formation cariste mais elle a peur de pas suivre, on peut lui proposer quoi avant ?',
    'j’ai une dame au rsa qui a peur de ne pas suivre une formation, vous avez qqch ?',
  ])('answers « %s » with the steps of Prépa Compétences', (text) => {
    expect(read(text)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['phases'] },
    });
  });
});

describe('readMessage: the thread of a question about the agreement itself', () => {
  it('reads « et si on veut arrêter avant ? » after its length as its notice period', () => {
    const context = contextAfter(read('l accord cd afpa il court sur combien de temps ?'), NOW);
    const reading = read('et si on veut arreter avant ?', context);
    expect(reading.kind).toBe('passages');
    const text = reading.kind === 'passages' ? reading.passages.map((p) => p.text).join(' ') : '';
    expect(text).toMatch(/préavis de 2 mois/);
  });
});

describe('readMessage: the next step', () => {
  it('answers « et juste après ya quoi ? » after a programme with its steps, not the agenda', () => {
    const context = contextAfter(read('c quoi la construction dans la promo'), NOW);
    expect(read('et juste apres ya quoi', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['phases'] },
    });
  });
});

describe('readMessage: how many places are left on the list shown', () => {
  it('keeps to the sessions with room for « il reste cb de places dessus ? »', () => {
    const context = contextAfter(read('entree prepa a moissac'), NOW);
    expect(read('il reste cb de places dessus ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', place: 'moissac', withSeats: true },
    });
  });
});

describe('readMessage: two questions in one message', () => {
  const kinds = (reading: ReturnType<typeof read>) =>
    reading.kind === 'several' ? reading.readings.map((r) => r.kind) : [reading.kind];

  it('answers « c payant ? et ça dure cb » with the cost and the duration of the programme named first', () => {
    const reading = read('prepa comp c payant pour le cd ? et ca dure cb');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'scope', question: { kind: 'cost' } },
        { kind: 'answer', result: { dispositif: 'prepa-competences', aspect: 'duration' } },
      ],
    });
  });

  it('gives the contacts and then the other programme asked about', () => {
    const reading = read('qui contacter a l afpa ? et la pec ca dure combien de temps ?');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'scope', question: { kind: 'contacts' } },
        { kind: 'answer', result: { dispositif: 'competences-pec', aspect: 'duration' } },
      ],
    });
  });

  it('lists the agenda and answers the programme question beside it, in the order asked', () => {
    expect(kinds(read('c quoi la vae ? y a des jpo bientot ?'))).toEqual(['answer', 'agenda']);
    expect(kinds(read('prochaines jpo ? et c est quoi la vae'))).toEqual(['agenda', 'answer']);
  });

  it('keeps one answer for two aspects of the same programme', () => {
    expect(read('la promo c est pour qui ? et ca dure combien ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['audience', 'duration'] },
    });
  });

  it('keeps the narrower list when the second question narrows the first', () => {
    expect(read('infos coll prepa comp ? en fevrier ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'], dispositif: 'prepa-competences' },
    });
    const reading = read('infos coll prepa comp ? en fevrier ?');
    expect(reading.kind === 'agenda' && reading.query.from).toBe('2027-02-01');
  });

  it('reads a person described over two sentences as one person', () => {
    expect(read('elle a 30 ans, au rsa depuis 2 ans ? elle peut faire prepa comp ?').kind).toBe('person');
  });

  it('the thread after two questions is the last one’s', () => {
    const context = contextAfter(read('qui contacter a l afpa ? et la pec c quoi ?'), NOW);
    expect(context).toMatchObject({ dispositif: 'competences-pec' });
  });
});

describe('readMessage: a person described, and a question the check cannot answer', () => {
  it('answers about the VAE, which the check does not cover, even when a person in a PEC is described', () => {
    const reading = read(
      'mr 38 ans brsa, 12 ans cuisinier en resto mais aucun diplome, il est pas en pec. une vae a l afpa c possible quand meme ou c que pour les pec ?',
    );
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'vae' } });
  });

  it('answers about the social clauses when asked what AFPA can do for the person described', () => {
    const reading = read(
      'on a une clause sociale sur le chantier de castel, j ai un mr 45 ans brsa motive mais qui a jamais touche un outil. l afpa peut le preparer avant qu il y aille ?',
    );
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'clauses-sociales' } });
  });

  it('reads what is asked in the last sentence, not the age of the person: « il ferait quoi ? » asks the content', () => {
    const reading = read(
      'j ai un jeune de 16 ans place en foyer par l ase, il a arrete son bac pro en novembre, l educ me parle de la promo 1618. concretement il ferait quoi pendant ces semaines la ?',
    );
    expect(reading.kind).toBe('answer');
    expect(reading.kind === 'answer' && reading.result.dispositif).toBe('promo-16-18');
    expect(reading.kind === 'answer' && reading.result.aspect).not.toBe('audience');
  });

  it('still checks a person when the question is whether they can enter one of the three programmes', () => {
    expect(read('mr 52 ans brsa, salarie en aci depuis 1 an, pas en pec. comp pec c possible ?').kind).toBe(
      'person',
    );
  });
});

describe('readMessage: an event named in a question, then « la prochaine c quand ? »', () => {
  it.each([
    ['les reunions metiers de l afpa c quoi le principe ?', 'reunion_metier'],
    ['on peut leur faire visiter les ateliers de l afpa ?', 'visite_plateau'],
  ])('after « %s », lists the next %s', (first, type) => {
    const context = contextAfter(read(first), NOW, first);
    const next = read('et la prochaine c quand ?', context);
    expect(next).toMatchObject({ kind: 'agenda', query: { kind: 'events', types: [type] } });
  });
});

describe('readMessage: words that are not towns', () => {
  it.each([
    ['prochaine info coll sur comp pec ?', 'competences-pec'],
    ['il a arrete la prepa, prochaine info coll prepa comp ?', 'prepa-competences'],
  ])('« %s » names no town', (text, dispositif) => {
    const reading = read(text);
    expect(reading).toMatchObject({ kind: 'agenda', query: { dispositif } });
    expect(reading.kind === 'agenda' && reading.query.place).toBeUndefined();
  });
});

describe('readMessage: follow-ups on whom to contact and on a list shown', () => {
  it('gives the contacts again for « et au jour le jour pour les dispositifs ? »', () => {
    const context = contextAfter(read('le suivi de l accord cote afpa c qui ?'), NOW);
    expect(read('et au jour le jour pour les dispositifs, genre la prepa ?', context)).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('narrows the list to the town for « celle de moissac c a quelle heure ? »', () => {
    const context = contextAfter(read('les jpo de fevrier ?'), NOW);
    expect(read('celle de moissac c a quelle heure ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], place: 'moissac', from: '2027-02-01' },
    });
  });

  it('quotes the habilitation by AFPA for « un accès panda, c qui qui me le donne ? »', () => {
    const reading = read('faut que j ai un acces panda avant ? c qui qui me le donne ?');
    expect(reading.kind).toBe('passages');
    expect(reading.kind === 'passages' && reading.passages[0]!.text).toMatch(/habilités par l'AFPA/);
  });
});

describe('readMessage: whose task it is, and where the question is', () => {
  it('quotes the référent’s task for « la garde pendant la prépa, c’est l’AFPA qui gère ? »', () => {
    const reading = read('ma beneficiaire a 2 petits, pour la garde pendant la prepa c l afpa qui gere ?');
    expect(reading.kind).toBe('passages');
    expect(reading.kind === 'passages' && reading.passages.map((p) => p.text).join(' ')).toMatch(
      /conditions matérielles/,
    );
  });

  it('answers the question asked first, not the person described after it', () => {
    const reading = read(
      'les open badges c quoi ? j ai une dame sans diplome mais tres fiable et ponctuelle',
    );
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'open-badges', aspect: 'overview' },
    });
    expect(reading.kind === 'answer' && reading.passages).toBeUndefined();
  });

  it('checks the person and answers on the parents’ authorisation when they will not sign', () => {
    const reading = read('jeune 17 ans ase deco, ses parents veulent pas signer, il peut faire la promo ?');
    expect(reading).toMatchObject({ kind: 'person', also: { dispositif: 'promo-16-18', aspect: 'phases' } });
  });

  it('reads « prépa ok ? » after a person as a check', () => {
    expect(read('brsa 35 ans pas inscrite ft, prepa ok ?').kind).toBe('person');
  });
});

describe('readMessage: short follow-ups on a list, as typed', () => {
  it('shows the trade meetings again for « cb de places ? »', () => {
    const context = contextAfter(read('reunion metier batiment c qd'), NOW);
    expect(read('cb de places ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['reunion_metier'] },
    });
  });

  it('keeps the trainings with room for « il en reste ? »', () => {
    const context = contextAfter(read('la formation soudeur elle demarre qd ?'), NOW);
    expect(read('il en reste ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places', withSeats: true },
    });
  });

  it('shows the list again, with its hours, for « ça commence à quelle h ? »', () => {
    const context = contextAfter(read('moissac la semaine pro ?'), NOW);
    expect(read('ca commence a quelle h ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', place: 'moissac', from: '2027-01-18' },
    });
  });

  it('gives the contacts again for « elle gère aussi la promo ? »', () => {
    const context = contextAfter(read('qui deploie la prepa cote afpa ?'), NOW);
    expect(read('elle gere aussi la promo ?', context)).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('checks a person with an RQTH asked about Prépa rather than saying the RQTH is outside the agreement', () => {
    expect(read('allocataire rsa 44 ans avec une rqth, la prepa c possible ?').kind).toBe('person');
  });
});

describe('readMessage: a real question nothing in the agreement answers', () => {
  it.each([
    'la prime de noel rsa elle tombe quand cette annee ?',
    'quelle est la couleur du logo de la convention ?',
  ])('« %s » is said to be found nowhere in the agreement', (text) => {
    expect(read(text).kind).toBe('not_found');
  });

  it('says writing a letter for the référent is outside the agreement', () => {
    expect(read('tu peux me rediger un courrier de relance pour un allocataire ?')).toEqual({
      kind: 'scope',
      question: { kind: 'out_of_scope', subject: 'la rédaction de vos courriers ou rapports' },
    });
  });

  it('says the lending of computers is outside the agreement', () => {
    expect(read('le cd prete des ordinateurs aux beneficiaires ?')).toEqual({
      kind: 'scope',
      question: { kind: 'out_of_scope', subject: 'le prêt ou la fourniture de matériel informatique' },
    });
  });

  it('keeps « pas sûr d’avoir compris » for what is no question', () => {
    expect(read('blablabla').kind).toBe('unsure');
    expect(read('la recette de la tarte aux pommes').kind).toBe('unsure');
  });
});

describe('readMessage: the figures, asked again for another programme or event', () => {
  it.each([
    ['et pour la promo ?', { kind: 'figures', dispositif: 'promo-16-18' }],
    // The plan's row that counts who comes to the open days (2.1.1).
    ['et aux jpo ?', { kind: 'figures', indicators: ['2.1.1'] }],
  ])('after the figures of Compétences PEC, « %s » asks the figures again', (text, question) => {
    const context = contextAfter(read('combien de brsa orientes vers comp pec depuis le debut ?'), NOW);
    expect(read(text, context)).toEqual({ kind: 'scope', question });
  });

  it('gives the contacts, not a passage, for « un souci panda, je vois avec qui ? »', () => {
    expect(read('pour un souci sur une fiche panda je vois avec qui a l afpa ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });
});

describe('readMessage: precise questions about a programme, as typed', () => {
  it('answers « ça tombe à quel moment ? » after the Promo with its steps', () => {
    const context = contextAfter(read('c est quoi la promo 1618'), NOW);
    expect(read('ca tombe a quel moment du programme ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['phases'] },
    });
  });

  it('answers « ils découvrent quels métiers ? » with the content', () => {
    expect(read('pendant la promo ils decouvrent quels metiers ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'content' },
    });
  });

  it('quotes the practice and training for « c que de la théorie ? »', () => {
    const reading = read('la prepa comp c que de la theorie ?');
    expect(reading.kind === 'answer' && reading.passages?.[0]?.text).toMatch(/pratique/);
  });

  it('reads « quel métier choisir » as no trade when visits are asked', () => {
    const reading = read('ils savent pas quel metier choisir, on peut leur faire visiter les ateliers ?');
    expect(reading).toMatchObject({ kind: 'agenda', query: { kind: 'events', types: ['visite_plateau'] } });
    expect(reading.kind === 'agenda' && reading.query.trade).toBeUndefined();
  });
});

describe('readMessage: the référent’s part, and a correction of the programme', () => {
  it('answers « je dois faire quoi en amont ? » with how to prescribe, and keeps it for « et pour la promo ? »', () => {
    const first = read('pour la prepa moi en tant que referent je dois faire quoi en amont ?');
    expect(first).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'prescription' },
    });
    expect(read('et pour la promo ?', contextAfter(first, NOW))).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['prescription'] },
    });
  });

  it('keeps the question for « pardon je parlais de la promo »', () => {
    const context = contextAfter(read('la prepa c a distance ?'), NOW);
    expect(read('pardon je parlais de la promo', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['modality'] },
    });
  });

  it('quotes the action plan for « c koi exactement l’info places ? »', () => {
    const reading = read('c koi exactement l info places ?');
    expect(reading.kind === 'passages' && reading.passages[0]!.text).toMatch(/temps réel/);
  });
});

describe('readMessage: a new question after a thread, not a follow-up', () => {
  it('reads « ya quoi à Moissac en mars ? » after Prépa as the whole agenda there', () => {
    const context = contextAfter(read('prepa comp ca dure cb ?'), NOW);
    expect(read('ya quoi a moissac en mars ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', place: 'moissac', from: '2027-03-01', to: '2027-03-31' },
    });
  });

  it('reads « l’afpa a qqch pour lui ? » after a list as a need, not a town', () => {
    const context = contextAfter(read('entrees prepa a moissac'), NOW);
    expect(read('il parle pas bien francais, l afpa a qqch pour lui ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'francais-visee-pro' },
    });
  });
});

describe('readMessage: from the eighth blind set’s kinds of question', () => {
  it('answers both programmes named with « toutes les deux »', () => {
    expect(read('prepa comp et comp pec on peut les faire a distance toutes les deux ?')).toMatchObject({
      kind: 'answer',
      result: { comparedWith: expect.any(String), aspects: ['modality'] },
    });
  });

  it('compares the days for « quelle diff en nb de jours ? »', () => {
    const reading = read('entre la vae et clea ca fait quelle diff en nb de jours ?');
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { aspect: 'comparison', aspects: ['duration'] },
    });
  });

  it('gives the duration beside the rhythm for « c à temps plein pendant 2 semaines ? »', () => {
    const reading = read('la prepa comp c a temps plein pendant 2 semaines ?');
    expect(reading.kind === 'answer' && reading.result.aspects).toContain('duration');
  });

  it('leaves the Promo’s outcomes to the agreement: « la promo peut déboucher sur l’EPIDE ? »', () => {
    expect(read('la promo 16/18 ca peut deboucher sur l epide ou l e2c ?').kind).not.toBe('scope');
  });

  it('reads « une asso qui porte un ACI » as no contact question', () => {
    const reading = read(
      'une asso qui porte un aci cherche des locaux, l afpa peut accueillir une structure d insertion ?',
    );
    expect(reading).not.toEqual({ kind: 'scope', question: { kind: 'contacts' } });
  });
});

describe('readMessage: the eighth blind set’s follow-ups and persons', () => {
  it('checks the person for « … bénévolat le mercredi. promo 1618 ? », the weekday asking nothing', () => {
    const reading = read(
      'jeune ase 17 ans, exclu du lycee en decembre, inscrit nulle part, il fait du benevolat le mercredi. promo 1618 ?',
    );
    expect(reading.kind).toBe('person');
  });

  it('checks a young adult asked about the Promo, rather than calling a contrat jeune majeur outside the agreement', () => {
    const reading = read(
      'jeune majeur ase 18 ans (contrat jeune majeur), decroche, on peut le mettre sur la promo 1618 ?',
    );
    expect(reading.kind).toBe('person');
  });

  it('shows the list a month later for « et le mois d’après ? »', () => {
    const context = contextAfter(read('des reunions metiers en janvier ?'), NOW);
    expect(read('et le mois d apres ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['reunion_metier'], from: '2027-02-01', to: '2027-02-28' },
    });
  });

  it('shows the list again for « elle se termine quand ? »', () => {
    const context = contextAfter(read('prepa volet 2 a castelsarrasin c qd ?'), NOW);
    expect(read('elle se termine quand ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions' },
    });
  });

  it('gives the contacts for « je relance qui à l’afpa ? »', () => {
    expect(read('le bilan on l a tjrs pas recu, je relance qui a l afpa ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });
});

describe('readMessage: more kinds of question from the eighth blind set', () => {
  it('says the figures are not there and gives the target for « cb sont entrés ? et l’objectif c quoi ? »', () => {
    expect(
      read('cb de jeunes ase sont entres en promo 1618 cette annee ? et l objectif c quoi ?'),
      // One card: the figures card says they are not available and gives the programme's target.
    ).toEqual({ kind: 'scope', question: { kind: 'figures', dispositif: 'promo-16-18' } });
  });

  it.each([
    ['c qui le directeur de l afpa deja ?', 'contacts'],
    ['le departement peut payer le caces d un allocataire ?', 'out_of_scope'],
    ['t as des exemples de reussite de brsa passes par l afpa ?', 'figures'],
  ])('« %s » → %s', (text, kind) => {
    const reading = read(text);
    expect(reading.kind === 'scope' && reading.question.kind).toBe(kind);
  });
});

describe('readMessage: a message of many question marks', () => {
  it('is read whole beyond four questions, so that its cost stays that of one reading', () => {
    expect(read('prepa ? '.repeat(200)).kind).not.toBe('several');
    expect(read('?').kind).toBe('unsure');
  });
});

describe('readMessage: the ninth blind set’s kinds of question', () => {
  it('answers two programmes asked each their own question, joined by « et »', () => {
    expect(read('comp pec c cb de jours et la promo cb de semaines ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'competences-pec', aspect: 'duration' } },
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'duration' } },
      ],
    });
  });

  it('reads « d’ici vendredi » as every day until Friday, and « la semaine d’après » as the next week', () => {
    const first = read('d ici vendredi ya quoi a l afpa ?');
    expect(first).toEqual({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-01-11', to: '2027-01-15' },
    });
    expect(read('et la semaine d apres ?', contextAfter(first, NOW))).toEqual({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-01-18', to: '2027-01-24' },
    });
  });

  it('reads « et le lendemain ? » as the day after the day asked', () => {
    const context = contextAfter(read('y a qqch le mardi 9 fevrier ?'), NOW);
    expect(read('et le lendemain ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-02-10', to: '2027-02-10' },
    });
  });

  it('gives the contacts for « il a lâché la prépa, je préviens qui ? »', () => {
    expect(read('mon brsa a lache la prepa au bout de 2 jours, je previens qui a l afpa ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });
});

describe('readMessage: a person described around a subject outside the agreement', () => {
  it('says the driving licence is outside the agreement rather than checking the person', () => {
    const reading = read('mon allocataire a 52 ans, elle voudrait passer le permis, le cd aide ?');
    expect(reading).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
  });
});

describe('readMessage: a trade named after a programme', () => {
  it('reads « ya des places en logistique ? » after Prépa as the trainings in logistics, then « et en soudure ? »', () => {
    const first = read('ya des places en logistique ?', contextAfter(read('c pour qui la prepa ?'), NOW));
    expect(first).toEqual({ kind: 'agenda', query: { kind: 'places', trade: 'logistique' } });
    expect(read('et en soudure ?', contextAfter(first, NOW))).toEqual({
      kind: 'agenda',
      query: { kind: 'places', trade: 'soudure' },
    });
  });
});

describe('readMessage: tried through the server at the review', () => {
  it('answers both aspects of « la vae ça dure cb ? et c’est qui qui valide ? »', () => {
    expect(read('la vae ca dure cb ? et c est qui qui valide ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'vae', aspects: ['duration', 'content'] },
    });
  });

  it.each([
    ['ya des visites d atelier en fevrier ?', { kind: 'events', types: ['visite_plateau'] }],
    ['cb de places en cariste ?', { kind: 'places', trade: 'cariste' }],
  ])('reads « %s » after a programme as the agenda it asks', (text, query) => {
    const context = contextAfter(read('c quoi la prepa'), NOW);
    expect(read(text, context)).toMatchObject({ kind: 'agenda', query });
  });
});

describe('readMessage: terse messages a town or a period says all of', () => {
  it.each<[string, Record<string, unknown>]>([
    ['rien sur caussade ?', { kind: 'events', place: 'caussade' }],
    [
      'du neuf vers moissac en mars ?',
      { kind: 'events', place: 'moissac', from: '2027-03-01', to: '2027-03-31' },
    ],
    ['qqch debut fevrier ?', { kind: 'events', from: '2027-02-01', to: '2027-02-10' }],
    ['et fin mars ça donne quoi', { kind: 'events', from: '2027-03-20', to: '2027-03-31' }],
  ])('« %s » asks the agenda there or then', (text, query) => {
    expect(read(text)).toEqual({ kind: 'agenda', query });
  });

  it('shows what comes after a list that ends, for « la suivante ? »', () => {
    const context = contextAfter(read('des jpo la semaine prochaine ?'), NOW);
    expect(read('la suivante ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], from: '2027-01-25' },
    });
  });

  it('narrows a list of entries with « volet 1 ? » alone', () => {
    const context = contextAfter(read('prochaines entrees prepa ?'), NOW);
    expect(read('volet 1 ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 1' },
    });
  });
});

describe('readMessage: the roles to contact, asked on', () => {
  it('keeps to the contacts for « et pour la prépa ? » after them', () => {
    const context = contextAfter(read('qui s’occupe de la promo côté afpa ?'), NOW);
    expect(read('et pour la prepa ?', context)).toEqual({ kind: 'scope', question: { kind: 'contacts' } });
  });

  it('takes the protocol’s steering paragraph as the roles’ thread', () => {
    const context = contextAfter(read('le coordinateur departemental des dispositifs c qui'), NOW);
    expect(context?.topic).toBe('contacts');
  });
});

describe('readMessage: a person described in a dictated message', () => {
  it.each([
    'un gamin de quinze ans exclu du college il est a lase il pourrait faire la promo',
    'jai une dame de cinquante deux ans au rsa ca rentre dans la prepa',
    'promo pour un jeune de 15 ans ca passe ?',
  ])('« %s » asks a check', (text) => {
    expect(read(text).kind).toBe('person');
  });
});

describe('readMessage: what a dictated message asks beside the person’s story', () => {
  it('keeps a programme’s entries for « y a pas une session à distance ? », wherever she lives', () => {
    const context = contextAfter(read('prochaine entree prepa volet 2 ?'), NOW);
    expect(
      read('elle a pas le permis elle vit a lavit, y a pas une session a distance plutot', context),
    ).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2', modality: 'distanciel' },
    });
  });

  it('reads « sécuriser l’entrée en formation » as volet 2’s aim, not an entry asked', () => {
    expect(read('le volet deux pour securiser lentree en formation ca dure combien')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences' },
    });
  });

  it.each([
    'volet 1 vs volet 2 ?',
    'quelle diff entre les 2 volets de la prepa',
    'atelier 2 ou atelier 3 pour la pec ?',
  ])('compares a programme’s steps in its steps for « %s »', (text) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { aspect: 'phases' } });
  });

  it('gives the figures card, which gives the targets, for « et l’objectif ? » after the figures, of the programme asked', () => {
    const context = contextAfter(read('cb de brsa sont entres en pec ?'), NOW);
    expect(read('l objectif c combien ?', context)).toEqual({
      kind: 'scope',
      question: { kind: 'figures', dispositif: 'competences-pec' },
    });
  });
});

describe('readMessage: from the kinds of question of the twelfth blind set', () => {
  it('gives the time and place of the list shown for « c’est où et à quelle heure ? »', () => {
    const context = contextAfter(read('une reunion metier batiment bientot ?'), NOW);
    expect(read('c est ou et a quelle heure ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['reunion_metier'] },
    });
  });

  it('asks every kind of event for « tous les événements, pas que les JPO »', () => {
    expect(read('en avril : tous les evenements, pas que les jpo')).toEqual({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-04-01', to: '2027-04-30' },
    });
  });

  it('reads « dans les prochaines semaines » as what is coming', () => {
    expect(read('qu est ce qui est prevu a caussade dans les prochaines semaines ?')).toEqual({
      kind: 'agenda',
      query: { kind: 'events', place: 'caussade', from: '2027-01-11' },
    });
  });

  it('asks the trainings for « des places de formation à Moissac ? » after a list of events', () => {
    const context = contextAfter(read('des infos coll a moissac ?'), NOW);
    expect(read('il y a des places de formation a moissac ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places' },
    });
  });

  it('reads the action plan’s indicators as no agenda question', () => {
    expect(read('quels indicateurs le plan d action prevoit pour les jpo et les infos coll ?').kind).not.toBe(
      'agenda',
    );
  });

  it('checks a young person still enrolled who skips school, and one who « décroche un peu »', () => {
    expect(
      read('jeune ase 17 ans encore inscrit en 1re bac pro mais il seche beaucoup, promo possible ?'),
    ).toMatchObject({
      kind: 'person',
      extracted: { profile: { age: 17, ase: true, inEducation: true } },
    });
    expect(read('16 ans tjs au lycee mais decroche un peu, la promo ?')).toMatchObject({
      kind: 'person',
      extracted: { profile: { age: 16, inEducation: true } },
    });
  });

  it('reads « en CDI à temps plein » as the person’s job, not a question on the duration', () => {
    expect(
      read('un monsieur de 50 ans en CDI a temps plein, pas au RSA, la prepa c est possible ?'),
    ).toMatchObject({
      kind: 'person',
    });
    expect(
      read('un monsieur de 50 ans en CDI a temps plein, pas au RSA, la prepa c est possible ?'),
    ).not.toHaveProperty('also');
  });

  it('gives the figures card for a count asked « à ce jour » with its target', () => {
    expect(read('nombre de brsa entres en prepa a ce jour, et l objectif ?')).toEqual({
      kind: 'scope',
      question: { kind: 'figures', dispositif: 'prepa-competences' },
    });
  });
});

describe('readMessage: a list asked again in a thread', () => {
  it('keeps the step asked for « la prochaine entrée volet 1 c quand ? » after questions on the programme', () => {
    const context = contextAfter(read('prepa comp ça dure combien ?'), NOW);
    expect(read('la prochaine entree volet 1 c quand ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 1' },
    });
  });

  it('asks a new list of every kind for « et en mars, tous les événements ? » after the JPO', () => {
    const context = contextAfter(read('les jpo a moissac en fevrier ?'), NOW);
    expect(read('et en mars, tous les evenements pas que les jpo', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-03-01', to: '2027-03-31' },
    });
  });
});

describe('readMessage: from the kinds of question of the thirteenth blind set', () => {
  it('reads « ce qui se passe dans le volet 1 » as the programme’s steps, not the agenda', () => {
    expect(read('vous pouvez m expliquer ce qui se passe dans le volet 2 de la prepa ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'phases' },
    });
  });

  it('answers a step or an aspect asked in a few more words on the thread’s programme', () => {
    const context = contextAfter(read('compétences pec c est quoi ?'), NOW);
    expect(read('la phase 3 ça consiste en quoi exactement', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'phases' },
    });
    expect(read('combien de phases au total et lesquelles ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'phases' },
    });
  });

  it('asks the entries for « y a une session à distance bientôt ? » after the programme’s modality', () => {
    const context = contextAfter(read('la prepa ça peut se faire a distance ?'), NOW);
    expect(read('ok et y a une session volet 2 a distance bientot', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2', modality: 'distanciel' },
    });
  });

  it('gives the référent’s part for « je dois faire quoi de mon côté avant ? »', () => {
    expect(read('je dois faire quoi de mon cote avant l entree en promo 16 18 ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'prescription' },
    });
  });

  it.each([
    'qui je contacte a l afpa pour la promo ?',
    'y a quelqu un au departement charge du lien avec l afpa ?',
  ])('gives the contacts for « %s »', (text) => {
    expect(read(text)).toEqual({ kind: 'scope', question: { kind: 'contacts' } });
  });

  it('keeps the month asked with « en » over a month named with « de »', () => {
    expect(read('apres les vacances de fevrier, en mars, y a quoi comme jpo ?')).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], from: '2027-03-01', to: '2027-03-31' },
    });
  });

  it('finds the offer for a need asked in a thread: « et pour quelqu’un qui est perdu avec un ordi ? »', () => {
    const context = contextAfter(read('c quoi clea ?'), NOW);
    expect(read('et pour quelqu un qui est perdu avec un ordi ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'clea-numerique' },
    });
  });
});

describe('readMessage: what the référent’s part and a check are not', () => {
  it('reads « on fait quoi pendant la prépa » as its content, not the référent’s part', () => {
    const reading = read('concretement on fait quoi pendant une prepa comp');
    expect(reading.kind === 'answer' && reading.result.aspect).not.toBe('prescription');
  });

  it('reads « elle peut aller voir l’atelier ? » as a visit asked, not a check', () => {
    expect(read('mr au rsa interesse par la maconnerie, il peut aller voir l atelier avant ?').kind).not.toBe(
      'person',
    );
  });
});

describe('readMessage: the trade of the thread, training places, figures and childcare asked another way', () => {
  it('keeps the trade for « on peut visiter l’atelier avant ? » after its places', () => {
    const context = contextAfter(read('places en maconnerie ?'), NOW);
    expect(read('on peut visiter l atelier avant ?', context)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['visite_plateau'], trade: 'maconnerie' },
    });
  });

  it('reads « formation cariste dispo ? » as training places', () => {
    expect(read('formation cariste dispo ?')).toMatchObject({ kind: 'agenda', query: { kind: 'places' } });
  });

  it('reads « cb de nos allocataires sont venus aux JPO ? » as figures, not the agenda', () => {
    expect(read('cb de nos allocataires sont venus aux jpo ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'figures' },
    });
  });

  it('says a childcare paid by the Département is outside the agreement, asked « prend-il en charge »', () => {
    expect(read('le departement prend il en charge la creche pendant la promo ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope', subject: 'le financement de la garde des enfants' },
    });
  });
});

describe('readMessage: open days are the whole centre’s', () => {
  it('does not narrow « la prochaine JPO ? » to the trade of the places just shown', () => {
    const context = contextAfter(read('des places en agent de proprete ?'), NOW);
    expect(read('elle veut voir le centre avant, la prochaine jpo ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'] },
    });
  });
});

describe('readMessage: « quelque chose » asks everything, whatever list was shown', () => {
  it('asks every kind for « qqch fin mars à Castel ? » after one kind of event', () => {
    const context = contextAfter(read('des jpo en avril ?'), NOW);
    expect(read('qqch fin mars a castel ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', place: 'castel', from: '2027-03-20', to: '2027-03-31' },
    });
  });
});

describe('readMessage: from the kinds of question of the fourteenth blind set', () => {
  it('answers the dispositif named, not the thread’s, for « et les open badges c pour qui ? »', () => {
    const context = contextAfter(read('clea c quoi ?'), NOW);
    expect(read('et la rsfp c pour qui ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp', aspect: 'audience' },
    });
  });

  it('compares for « la RSFP par rapport à la VAE »', () => {
    expect(read('c est quoi la vae par rapport a la rsfp ?')).toMatchObject({
      kind: 'answer',
      result: { aspect: 'comparison' },
    });
  });

  it('gives the contacts for « la personne à contacter à l’AFPA »', () => {
    expect(read('qui est la personne a contacter a l afpa pour la promo ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('reads « dispo sur moissac » as a town, not a trade', () => {
    expect(read('des places de formation dispo sur caussade ?')).toEqual({
      kind: 'agenda',
      query: { kind: 'places', place: 'caussade' },
    });
  });

  it('gives every figure for « même chose pour la PEC et la Promo » after the figures', () => {
    const context = contextAfter(read('cb de brsa sont entres en prepa ?'), NOW);
    expect(read('meme chose pour competences pec et pour la promo 16/18 svp', context)).toEqual({
      kind: 'scope',
      question: { kind: 'figures' },
    });
  });

  it('reads a long follow-up by its question, without the reason given after a comma', () => {
    const context = contextAfter(read('info coll prepa a montauban ?'), NOW);
    expect(
      read('et y en a pas une plus pres de moissac plutot, elle a pas le permis et pas de bus', context),
    ).toMatchObject({ kind: 'agenda', query: { types: ['info_collective'], place: 'moissac' } });
  });
});

describe('readMessage: another dispositif named inside a question about the thread’s', () => {
  it('stays on Compétences PEC for « ça débouche sur quoi, vae only ? »', () => {
    const context = contextAfter(read('competences pec c cb de jours ?'), NOW);
    expect(read('ca debouche sur quoi a la fin, vae only ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec' },
    });
  });
});

describe('readMessage: what follows the question, and the same programme named again', () => {
  it('reads « g 2 BRSA à positionner » after the question as the référent’s situation, not a second question', () => {
    const reading = read('c qd la prochaine info coll promo ?? g 2 jeunes a positionner');
    expect(reading).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'], dispositif: 'promo-16-18' },
    });
  });

  it('answers how to prescribe after a programme’s list, « du coup » and all', () => {
    const context = contextAfter(read('prochaine info coll prepa ?'), NOW);
    expect(read('ok top. je fais comment pour les prescrire du coup', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'prescription' },
    });
  });

  it('does not keep the duration for « et après la promo, il y a un suivi ? » right after the Promo’s', () => {
    const context = contextAfter(read('la promo ça dure combien ?'), NOW);
    const reading = read('et apres la promo il y a un suivi ?', context);
    expect(reading.kind === 'answer' && reading.result.aspect).not.toBe('duration');
  });

  it('answers the dispositif the question names first, the other being in the story told after the comma', () => {
    expect(read('la rsfp c est pour qui, le monsieur a pas assez d experience pour une vae')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });

  it('asks every kind for « jpo info coll visites tout »', () => {
    expect(read('ya quoi en fevrier a l afpa, jpo info coll visites tout')).toEqual({
      kind: 'agenda',
      query: { kind: 'events', from: '2027-02-01', to: '2027-02-28' },
    });
  });
});

describe('readMessage: a town left out', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'des infos coll ailleurs qu a montauban en fevrier ?',
      { types: ['info_collective'], elsewhereThan: 'montauban' },
    ],
    ['des jpo hors de montauban ?', { types: ['jpo'], elsewhereThan: 'montauban' }],
  ])('« %s » lists every place but that town', (text, query) => {
    expect(read(text)).toMatchObject({ kind: 'agenda', query });
  });

  it('leaves out the town of the list shown for « et ailleurs qu’à Montauban ? »', () => {
    const context = contextAfter(read('des jpo a montauban ?'), NOW);
    expect(read('et ailleurs qu a montauban ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], elsewhereThan: 'montauban' },
    });
  });
});

describe('readMessage: a day of the week as a filter', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'y a des evenements un mercredi en fevrier ? elle n est libre que ce jour la',
      { kind: 'events', weekday: 3, from: '2027-02-01', to: '2027-02-28' },
    ],
    ['des infos coll les mardis ?', { kind: 'events', types: ['info_collective'], weekday: 2 }],
  ])('« %s » keeps that day of the week', (text, query) => {
    expect(read(text)).toEqual({ kind: 'agenda', query });
  });

  it('still reads « jpo mercredi ? » as the next Wednesday', () => {
    expect(read('jpo mercredi ?')).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['jpo'], from: '2027-01-13', to: '2027-01-13' },
    });
  });
});

describe('readMessage: from the kinds of question of the fifteenth blind set', () => {
  it('gives the contacts for « à qui je m’adresse pour la promo ? »', () => {
    expect(read('je viens d arriver, a qui je m adresse pour la promo 16/18 ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('checks a young person still enrolled who « décroche pas mal », asked « on peut la positionner ? »', () => {
    const reading = read(
      'jeune ase 16 ans encore en seconde pro mais qui decroche pas mal, on peut la positionner sur la promo ?',
    );
    expect(reading).toMatchObject({
      kind: 'person',
      extracted: { profile: { age: 16, ase: true, inEducation: true } },
    });
    expect(reading).not.toHaveProperty('also');
  });
});

describe('readMessage: follow-ups tried through the server in review', () => {
  it('shows the list again for « la suivante ? » after a list with no end', () => {
    const context = contextAfter(read('c koi les prochaines info coll'), NOW);
    expect(read('la suivante ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'] },
    });
  });

  it('leaves the town out of the list shown for « ailleurs qu’à Montauban ? » alone', () => {
    const context = contextAfter(read('c koi les prochaines info coll'), NOW);
    expect(read('ailleurs qu a montauban ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'], elsewhereThan: 'montauban' },
    });
  });

  it('does not give the trade of the places shown to « des visites de plateau en février ? »', () => {
    const context = contextAfter(read('places en logistique ?'), NOW);
    expect(read('des visites de plateau en fevrier ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'events', types: ['visite_plateau'], from: '2027-02-01', to: '2027-02-28' },
    });
  });
});

describe('readMessage: from the kinds of question of the sixteenth and seventeenth blind sets', () => {
  it('reads the question, not the référent introducing themselves before it', () => {
    expect(
      read('Bonjour, je suis référente RSA à la MDS de Montauban. Vous pourriez me présenter la PEC ?'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'competences-pec', aspect: 'overview' } });
  });

  it('quotes where the young people go after the Promo, asked « ils vont vers quoi »', () => {
    const reading = read('apres la promo 1618 en general les jeunes vont vers quoi ?');
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'promo-16-18' } });
    const quoted = reading.kind === 'answer' ? (reading.passages ?? []).map((p) => p.text).join(' ') : '';
    expect(quoted).toMatch(/alternance/);
  });

  it('finds the RSFP for someone employed in an insertion workshop, asked « y a quoi »', () => {
    expect(read('pour une salariee d atelier chantier d insertion y a quoi ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });

  it('explains how to prescribe when no programme is named', () => {
    expect(read('je fais comment pour l envoyer a l afpa ?')).toEqual({
      kind: 'scope',
      question: { kind: 'prescribing' },
    });
  });

  it('answers how to prescribe the programme of the thread', () => {
    const context = contextAfter(read('c est quoi la promo 16 18 ?'), NOW);
    expect(read('je fais comment pour l inscrire ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'prescription' },
    });
  });

  it('reads a count already made beside its target as the figures', () => {
    expect(read('combien de jeunes de l ase on a envoyes sur la promo ? et l objectif ?')).toEqual({
      kind: 'scope',
      question: { kind: 'figures', dispositif: 'promo-16-18' },
    });
  });
});

describe('readMessage: after a check or a list, who places the young person and the next entry', () => {
  it('answers « c’est moi qui le positionne ? » after a check for the Promo with how it is prescribed', () => {
    const context = contextAfter(read('jeune 16 ans ase decroche depuis octobre, la promo ca passe ?'), NOW);
    expect(read('c moi qui l inscris ou c la mission locale ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspects: ['prescription'] },
    });
  });

  it('gives the programme’s next entries with room after its information sessions', () => {
    const context = contextAfter(read('prochaine info coll prepa comp ?'), NOW);
    expect(read('et la prochaine entree, il reste de la place ?', context)).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', withSeats: true, roomAsked: true },
    });
  });
});

describe('readMessage: a question of figures or contacts that does not swallow the next one', () => {
  it('answers both « cb de jeunes visés en promo, et c’est qui le directeur du centre ? »', () => {
    expect(read('cb de jeunes vises en promo pour 2022, et c est qui le directeur du centre ?')).toEqual({
      kind: 'several',
      readings: [
        expect.objectContaining({ kind: 'answer', result: expect.objectContaining({ aspect: 'target' }) }),
        { kind: 'scope', question: { kind: 'contacts' } },
      ],
    });
  });
});
