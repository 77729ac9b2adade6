import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { turnsToSomeoneElse } from '../../../data/qa/person-again.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { recognizePrescribeRequest, requestAndQuestion } from '../../../dialogs/commands.js';
import { detectAspects } from '../../../data/qa/aspect.js';
import { stepNamed } from '../../../data/qa/follow-up.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * Written from how référents plan a person's months, before the code: when a programme ends
 * (« il sort quand ? », « ça peut déborder sur mai ? »), La Promo's period of mobility, the
 * action plan's years, how long personal data is kept, and a person's transport told beside
 * a question that is not about it.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('when a programme ends is asked as its duration', () => {
  it.each([
    'si le jeune rentre a la promo le 1er fevrier il sort quand a peu pres',
    'ca finit quand la promo',
    'la prepa elle se termine vers quand ?',
    'ca peut deborder sur mai ?',
    'la promo ca peut aller jusqu en mai ?',
    'c quoi la date de fin de la promo si il rentre en fevrier',
  ])('« %s »', (question) => {
    expect(detectAspects(question)[0]).toBe('duration');
  });

  it('« ça peut déborder sur mai ? » after the Promo’s duration asks it again', () => {
    const reading = readThread(NOW, 'la promo 1618 ca dure combien', 'ca peut deborder sur mai ?');
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'duration' },
    });
  });

  it('« il sort quand de la formation ? » asked of the agenda is not read here: « sort » alone is not an end', () => {
    expect(detectAspects('il sort du lycee en juin, la promo c pour qui')[0]).not.toBe('duration');
  });
});

describe('La Promo’s period of mobility is a step of the first phase of construction', () => {
  it.each([
    'et la mobilite elle tombe quand dans le parcours',
    'la mobilite elle dure combien',
    'l initiation a la mobilite c est ou',
    'la periode de mobilite c est quand',
  ])('« %s »', (question) => {
    expect(stepNamed(question)).toBe('la construction phase 1');
  });

  it.each([
    'il a un souci de mobilite, la promo c ou ?',
    'mobilite et garde d enfants, je dois verifier quoi',
  ])('a person’s transport is no step: « %s »', (question) => {
    expect(stepNamed(question)).toBeUndefined();
  });
});

describe('a transport told beside a question asks the question, not whether it blocks', () => {
  it('« il a un souci de mobilité, la promo c’est où ? » asks where it is held', () => {
    const reading = readThread(NOW, 'il a un souci de mobilite, la promo c ou ?');
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'modality' },
    });
  });

  it('« des soucis de mobilité, ça pose problème pour la prépa ? » still asks whether it blocks', () => {
    expect(recognizeScopeQuestion('il a des soucis de mobilite ca pose probleme pour la prepa ?')?.kind).toBe(
      'unsetConditions',
    );
  });
});

describe('the action plan itself', () => {
  it.each([
    'le plan d action il couvre quelles annees',
    'le plan d’action c’est pour quelle période ?',
    'le plan d actions est refait chaque annee ?',
    'qui valide le plan d action',
  ])('« %s »', (question) => {
    expect(recognizeScopeQuestion(question)).toEqual({ kind: 'actionPlan' });
  });

  it.each(['les objectifs du plan d action c quoi', 'les indicateurs du plan d action pour la prepa'])(
    'its targets and indicators are figures: « %s »',
    (question) => {
      expect(recognizeScopeQuestion(question)?.kind).not.toBe('actionPlan');
    },
  );

  it('« si on veut le prolonger ? » after the action plan asks the agreement’s article 6', () => {
    const reading = readThread(
      NOW,
      'le plan d action il couvre quelles annees',
      'si on veut le prolonger on fait comment',
    );
    expect(reading).toMatchObject({ kind: 'passages', passages: [{ source: 'Accord, art. 6' }] });
  });
});

describe('how long personal data is kept', () => {
  it.each([
    'on garde les donnees des brsa prescrits combien de temps ?',
    'vous conservez les infos jusqu a quand',
    'la duree de conservation des donnees c est combien',
    'les fiches sont effacees au bout de combien de temps ?',
  ])('« %s »', (question) => {
    expect(recognizeScopeQuestion(question)).toEqual({ kind: 'personalData', retention: true });
  });

  it('« combien de temps on garde la place ? » is no question of data', () => {
    expect(recognizeScopeQuestion('combien de temps on garde la place ?')?.kind).not.toBe('personalData');
  });
});

describe('a day of the list shown is the list’s own day', () => {
  it('« c quel volet celle du 15 ? » after mid-February’s entries is the entry starting on 15 February', () => {
    const reading = readThread(
      NOW,
      'une entree prepa vers mi fevrier ?',
      'c quel volet celle du 15 et il reste de la place ?',
    );
    expect(reading).toMatchObject({
      kind: 'agenda',
      query: {
        kind: 'sessions',
        dispositif: 'prepa-competences',
        from: '2027-02-15',
        to: '2027-02-15',
        startsWithin: true,
      },
    });
  });

  it('« et celle du 25 ? » after the entries to come is the next 25th', () => {
    const reading = readThread(NOW, 'entrees prepa', 'et celle du 25 elle est pleine ?');
    expect(reading).toMatchObject({ kind: 'agenda', query: { from: '2027-01-25', to: '2027-01-25' } });
  });

  it('« castel c loin, rien en présentiel à Montauban en février ? » narrows the list shown', () => {
    const reading = readThread(
      NOW,
      'une entree prepa vers mi fevrier ?',
      'castel c loin, rien en presentiel a montauban en fevrier ?',
    );
    expect(reading).toMatchObject({
      kind: 'agenda',
      query: {
        kind: 'sessions',
        dispositif: 'prepa-competences',
        place: 'montauban',
        from: '2027-02-01',
        to: '2027-02-28',
      },
    });
  });
});

describe('a programme asked in a month, with how or where, asks its entries', () => {
  it.each([
    ['prepa en presentiel a montauban en fevrier ?', { place: 'montauban', modality: 'presentiel' }],
    ['prepa en fevrier a castel', { place: 'castel' }],
    ['pec a distance en mars', { modality: 'distanciel' }],
  ])('« %s »', (message, filters) => {
    expect(parseAgendaQuery(message, NOW)).toMatchObject({ kind: 'sessions', ...filters });
  });

  it('« elle finit la promo en mai » tells when she leaves', () => {
    expect(parseAgendaQuery('elle finit la promo en mai', NOW)).toBeUndefined();
  });
});

describe('what follows a prescription, asked beside it', () => {
  it.each([
    'je prescris aujourd hui, l afpa me repond sous combien de temps ?',
    'l afpa me repond sous combien de temps quand je prescris ?',
    'une fois la fiche envoyee ils me rappellent quand, y a un delai ?',
  ])('« %s » asks the delay, which the agreement does not set', (message) => {
    expect(recognizeScopeQuestion(message)).toEqual({ kind: 'afterPrescribing', delayAsked: true });
    expect(recognizePrescribeRequest(message)).toBeUndefined();
    expect(requestAndQuestion(message)).toBeUndefined();
  });

  it('« faire la prescription promo 1618 pour l’entrée du 1er février » asks the form', () => {
    expect(
      recognizePrescribeRequest(
        'faire la prescription promo 1618 pour l entree du 1er fevrier, jeune ase 16 ans',
      ),
    ).toEqual({ dispositif: 'promo-16-18' });
  });
});

describe('the agreement quoted where it sets no time or no date', () => {
  it('« l’habilitation ça prend combien de temps ? » quotes § 5 and says it sets no time', () => {
    const reading = readThread(NOW, 'l habilitation ca prend combien de temps ?');
    expect(reading).toMatchObject({ kind: 'passages', unset: 'time' });
  });

  it('« le préavis pour résilier c’est combien de temps ? » is given by article 6: nothing unset', () => {
    const reading = readThread(NOW, 'le preavis pour resilier c combien de temps ?');
    expect(reading).toMatchObject({ kind: 'passages', passages: [{ source: 'Accord, art. 6' }] });
    expect(reading).not.toHaveProperty('unset');
  });

  it('« et ils font le point quand ? une date ? » after who follows the agreement: the committee, no date set', () => {
    const reading = readThread(
      NOW,
      'qui suit l accord cote afpa et cote cd ?',
      'et ils font le point quand ? une date ?',
    );
    expect(reading).toMatchObject({ kind: 'passages', unset: 'date' });
    expect(reading.kind === 'passages' && reading.passages[0]?.source).toBe('Accord, art. 3');
  });

  it('« et le bilan à la DDETSPP c’est quand ? » quotes the yearly departmental report', () => {
    const reading = readThread(NOW, 'et le bilan a la ddetspp c quand ?');
    expect(reading.kind === 'passages' && reading.passages[0]?.text).toContain('bilan annuel');
  });
});

describe('a question, then what the person can do', () => {
  it('« la suivante alors ? il peut aller à Castel » after a full entry asked: the step’s entries there', () => {
    const reading = readThread(NOW, 'prepa comp volet 2', 'la suivante alors ? il peut aller a castel');
    expect(reading).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 2', place: 'castel' },
    });
  });

  it('« la suivante ? castel c’est trop loin » leaves that town out', () => {
    const reading = readThread(NOW, 'entrees prepa volet 2', 'la suivante ? castel c trop loin');
    expect(reading).toMatchObject({ kind: 'agenda', query: { elsewhereThan: 'castel' } });
    expect(reading).not.toMatchObject({ query: { place: 'castel' } });
  });

  it('« la suivante ? elle peut pas le 14 » after the information sessions: those after the 14th', () => {
    const reading = readThread(NOW, 'info coll prepa', 'la suivante ? elle peut pas le 14');
    expect(reading).toMatchObject({ kind: 'agenda', query: { from: '2027-01-15' } });
  });

  it('« la suivante ? » alone after a programme’s step asks its entries', () => {
    const reading = readThread(NOW, 'prepa comp volet 2', 'la suivante ?');
    expect(reading).toMatchObject({ kind: 'agenda', query: { kind: 'sessions', volet: 'volet 2' } });
  });
});

describe('what the replays of older sets showed', () => {
  it('« une dame qui rentre en formation aide à domicile en avril »: entries before April, and no town « domicile »', () => {
    expect(
      parseAgendaQuery(
        'prochaine entree volet 2 cest pour une dame qui rentre en formation aide a domicile en avril',
        NOW,
      ),
    ).toEqual({ kind: 'sessions', volet: 'volet 2', to: '2027-03-31' });
  });

  it('« détaillez les phases de la promo… une période de mobilité, c’est combien ? » asks every step', () => {
    expect(
      stepNamed(
        'pouvez vous me detailler les phases de la promo ? il y a une periode de mobilite, c est combien ?',
      ),
    ).toBeUndefined();
  });

  it('« les réunions métiers du plan d’action, ça porte sur quels secteurs ? » asks the meetings, not the plan', () => {
    expect(
      recognizeScopeQuestion(
        'les réunions sur les métiers en tension du plan d’action, ça porte sur quels secteurs ?',
      )?.kind,
    ).not.toBe('actionPlan');
  });
});

describe('a word’s meaning, then its dates', () => {
  it.each([
    ['info coll c quoi exactement ? et la prochaine pour la prepa c quand', 'info_collective'],
    ['JPO = journee portes ouvertes c ca ? y en a une quand a montauban', 'jpo'],
    ['reunion metier ca sert a quoi ? j ai un mr qui veut faire cariste', 'reunion_metier'],
  ])('« %s »', (message, type) => {
    const reading = readThread(NOW, message);
    expect(reading.kind).toBe('several');
    if (reading.kind !== 'several') return;
    expect(reading.readings[0]).toMatchObject({ kind: 'scope', question: { kind: 'meaning' } });
    expect(reading.readings[1]).toMatchObject({ kind: 'agenda', query: { types: [type] } });
  });

  it('« FT c quoi déjà ? et ML ? » asks two words, no dates', () => {
    expect(readThread(NOW, 'FT c quoi deja ? et ML ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'meaning' },
    });
  });
});

describe('the individual report, followed', () => {
  const start = 'a la fin de la prepa comp est ce que j ai un retour ?';

  it('« c qui qui me l’envoie » quotes who sends it', () => {
    const reading = readThread(NOW, start, 'c qui qui me l envoie');
    expect(reading.kind === 'passages' && reading.passages[0]?.text).toContain('communiqué par l');
  });

  it('« y a quoi dedans exactement ? » is what the agreement does not say', () => {
    expect(readThread(NOW, start, 'c qui qui me l envoie', 'y a quoi dedans exactement ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope', subject: 'ce que contient le bilan individuel' },
    });
  });

  it('« et pour comp pec ? » then « et pour la promo ? » are asked of the report still', () => {
    const thread = [
      start,
      'c qui qui me l envoie',
      'y a quoi dedans exactement ?',
      'et pour comp pec j en ai un aussi',
    ];
    expect(readThread(NOW, ...thread)).toEqual({ kind: 'scope', question: { kind: 'afterPrescribing' } });
    expect(readThread(NOW, ...thread, 'et pour un jeune en promo 1618 ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope', subject: 'un bilan individuel à la fin de La Promo 16/18' },
    });
  });
});

describe('AFPA’s side of a prescription', () => {
  it.each([
    'Quand une référente du CD nous envoie une prescription, je dois faire quoi ?',
    'a la fin on renvoie quoi a la referente ?',
  ])('« %s »', (message) => {
    expect(recognizeScopeQuestion(message)).toEqual({ kind: 'handling' });
  });

  it('« qui confirme que la personne est bien entrée en prépa ? » is what follows a prescription', () => {
    expect(recognizeScopeQuestion('qui confirme que la personne est bien entree en prepa ?')?.kind).toBe(
      'afterPrescribing',
    );
  });

  it('« les feuilles de présence on les sort d’où » quotes Panda', () => {
    const reading = readThread(NOW, 'et les feuilles de presence on les sort d ou');
    expect(JSON.stringify(reading)).toContain('PANDA');
  });
});

describe('a référent new to the job', () => {
  const listed = ['info coll c quoi exactement ? et la prochaine pour la prepa c quand'];

  it('« elle est obligatoire avant de prescrire la prépa ? » after information sessions asks whether one is required', () => {
    expect(readThread(NOW, ...listed, 'elle est obligatoire avant de prescrire la prepa ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'joiningEvent', type: 'info_collective', required: true },
    });
  });

  it('« ça dure longtemps ? elle a rdv à midi » after information sessions: the list, with their hours', () => {
    expect(
      readThread(
        NOW,
        ...listed,
        'elle est obligatoire avant de prescrire la prepa ?',
        'ca dure longtemps ? elle a rdv a midi',
      ),
    ).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', types: ['info_collective'] },
    });
  });

  it('« faut l’inscrire avant ou elle vient comme ça ? » asks how to come to the one listed', () => {
    expect(
      readThread(NOW, 'info coll prepa', 'faut l inscrire avant ou elle vient comme ca ?'),
    ).toMatchObject({
      kind: 'scope',
      question: { kind: 'joiningEvent', type: 'info_collective' },
    });
  });

  it('« je voudrais faire ma première prescription prépa comp » opens the form', () => {
    expect(
      recognizePrescribeRequest(
        'bon je me lance, je voudrais faire ma premiere prescription prepa comp pour une dame au rsa',
      ),
    ).toEqual({ dispositif: 'prepa-competences' });
  });

  it('« les référents RSA » are no person on the RSA', () => {
    const reading = readThread(
      NOW,
      'les assistantes sociales du cd peuvent prescrire aussi ou c que les referents rsa ?',
    );
    expect(reading.kind).toBe('passages');
    expect(JSON.stringify(reading)).toContain('travailleurs sociaux');
  });

  it.each([
    'je change de poste fin janvier, mes prescriptions en cours elles deviennent quoi ?',
    'je pars en conge mat, mes dossiers passent a qui ?',
    'mon collegue part a la retraite, ses prescriptions deviennent quoi',
  ])('« %s » is what the agreement does not say', (message) => {
    expect(recognizeScopeQuestion(message)?.kind).toBe('out_of_scope');
  });
});

describe('a list taken up again', () => {
  it('« et y en a une autre ailleurs » after Montauban’s open day: elsewhere', () => {
    expect(readThread(NOW, 'JPO a montauban', 'et y en a une autre ailleurs')).toMatchObject({
      kind: 'agenda',
      query: { types: ['jpo'], elsewhereThan: 'montauban' },
    });
  });

  it('« il veut plutôt l’électricité » after whom to contact about the visits listed: the visits of that trade', () => {
    const reading = readThread(
      NOW,
      'visites de plateau technique',
      'je voudrais y envoyer 3 de mes allocataires, je m adresse a qui ?',
      'il veut plutot l electricite',
    );
    expect(reading).toMatchObject({
      kind: 'agenda',
      query: { types: ['visite_plateau'], trade: 'electricite' },
    });
  });
});

describe('the words a new référent asks', () => {
  it.each([
    ['desolee question bete, BRSA ca veut dire quoi ?', ['RSA, BRSA']],
    ['tp ca veut dire quoi ? on me parle de tp cariste', ['TP, titre professionnel']],
    ['ccp c quoi ?', ['CCP']],
    ['et ML, FT, CD ?', ['ML, Mission locale', 'FT, France Travail', 'CD, Département']],
  ])('« %s »', (message, terms) => {
    const scope = recognizeScopeQuestion(message);
    expect(scope?.kind).toBe('meaning');
    expect(scope?.kind === 'meaning' && [...scope.terms].sort()).toEqual([...terms].sort());
  });

  it('« et un cqp c’est pareil ? » is a word the agreement does not use', () => {
    expect(recognizeScopeQuestion('et un cqp c pareil ?')?.kind).toBe('out_of_scope');
  });

  it.each([
    'j ai le droit d envoyer le dossier de la personne par mail a l afpa ?',
    'je t envoie la fiche de liaison par mail ?',
  ])('« %s » asks what becomes of personal data', (message) => {
    expect(recognizeScopeQuestion(message)).toEqual({ kind: 'personalData' });
  });
});

describe('La Promo’s first week and after', () => {
  const thread = ['un jeune de l ase veut faire la promo 1618, c moi qui le prescris ou la mission locale ?'];

  it('« il doit ramener quoi la première semaine » is the week of engagement (papers, parents’ consent)', () => {
    expect(readThread(NOW, ...thread, 'il doit ramener quoi la premiere semaine')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', step: 'l engagement' },
    });
  });

  it('« et après cette semaine qui s’occupe de lui ? » quotes the main référent named then', () => {
    const reading = readThread(NOW, ...thread, 'et apres cette semaine qui s occupe de lui ?');
    expect(reading.kind === 'passages' && reading.passages[0]?.text).toContain('référent principal');
  });

  it('« qui s’occupe de la promo à l’afpa ? » still asks whom to contact', () => {
    expect(readThread(NOW, 'qui s occupe de la promo a l afpa ?')).toEqual({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('« la ml le suit encore après ? » quotes the six months of support', () => {
    const reading = readThread(
      NOW,
      'et a la fin de la promo le jeune il va ou ?',
      'la ml le suit encore apres ?',
    );
    expect(JSON.stringify(reading)).toContain('6 mois');
  });
});

describe('another person during a check, and whether they can', () => {
  it.each([
    'un autre mr a signe son contrat pec y a 8 mois, c trop tard pour comp pec',
    'et une dame en pec prescrit par cap emploi elle peut ?',
    'mais un jeune de 17 ans ?',
  ])('« %s » is someone else', (message) => {
    expect(turnsToSomeoneElse(message)).toBe(true);
  });

  it('« il a 17 ans en fait » is the same person corrected', () => {
    expect(turnsToSomeoneElse('il a 17 ans en fait')).toBe(false);
  });

  it('« une dame en PEC prescrit par Cap emploi, elle peut ? » asks whether she can', () => {
    const extracted = extractProfile('une dame en pec prescrit par cap emploi elle peut ?');
    expect(extracted.asksEligibility).toBe(true);
    expect(extracted.profile.pecContract).toBe(true);
  });

  it('« prescrit par Cap emploi » tells the story; « prescrite par qui ? » asks who prescribes', () => {
    expect(detectAspects('une dame en pec prescrit par cap emploi elle peut ?')).not.toContain(
      'prescription',
    );
    expect(detectAspects('prescrite par qui ?')).toContain('prescription');
  });

  it('« et ils visent quoi comme résultat ? » asks the target', () => {
    expect(detectAspects('et ils visent quoi comme resultat ?')[0]).toBe('target');
  });
});
