import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { detectAspect, detectAspects } from '../../../data/qa/aspect.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { recognizeCommand } from '../../../dialogs/commands.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 92 and 93 showed, in other words than their own: one-word follow-ups, a
 * misspelt « prescrire », a trade's « session », the national targets, whom the AFPA has in
 * charge, and the subjects the agreement leaves out.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);

describe('one word after an answer', () => {
  it.each(['horaires ?', 'et l heure', 'lieu ?', 'adresse ?'])(
    '« %s » after a list shows the list again',
    (word) => {
      expect(conversation('les jpo de fevrier ?', word)).toMatchObject({
        kind: 'agenda',
        query: { types: ['jpo'], from: '2027-02-01' },
      });
    },
  );

  it('« ça dure combien ? » after volet 2 is volet 2’s duration', () => {
    expect(conversation('le volet 2 de la prepa c pour quoi ?', 'ca dure combien ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'duration', step: 'volet 2' },
    });
  });

  it('« et la promo, ça dure combien ? » after volet 2 asks the Promo’s, no step', () => {
    const reading = conversation('le volet 2 de la prepa c pour quoi ?', 'et la promo ca dure combien ?');
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'duration' },
    });
    expect(reading.kind === 'answer' && reading.result.step).toBeFalsy();
  });

  it('« et les jeunes de l’ASE ? » after a programme’s target is the Promo’s target', () => {
    expect(conversation('l objectif de la pec en 2022 ?', 'et les jeunes ase ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'target' },
    });
  });

  it('« et la sœur, 19 ? » after a check is her, 19 years old', () => {
    expect(personAgain('et sa soeur 19 ?', { profile: { age: 17, ase: true } }, NOW)).toMatchObject({
      profile: { age: 19 },
      someoneElse: true,
    });
  });
});

describe('words as typed', () => {
  it.each(['je veux prescire la prepa', 'je voudrais precrire comp pec', 'une precription promo'])(
    '« %s » asks to prescribe',
    (text) => {
      expect(detectAspect(text)).toBe('prescription');
    },
  );

  it('« je voudrais prescrire comp pec pour un salarié en PEC, les étapes ? » gives how it is prescribed', () => {
    const reading = readMessage(
      'je voudrais prescrire comp pec pour une salariee en pec dans une asso, c quoi les etapes ?',
      NOW,
      undefined,
      deps,
    );
    const asked =
      reading.kind === 'person' ? reading.also : reading.kind === 'answer' ? reading.result : undefined;
    expect(asked).toMatchObject({ dispositif: 'competences-pec', aspect: 'prescription' });
  });

  it.each([
    ['une session de cariste bientot ?', 'cariste'],
    ['y a une session en soudure ?', 'soudure'],
  ])('« %s » asks that trade’s training', (text, trade) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject({ kind: 'places', trade });
  });

  it('« prochaine session prépa » still asks the programme’s entries', () => {
    expect(parseAgendaQuery('prochaine session prepa', NOW)).toMatchObject({
      kind: 'sessions',
      dispositif: 'prepa-competences',
    });
  });

  it('« ma bénéficiaire a bossé en cantine » names no town', () => {
    expect(
      parseAgendaQuery('formation restauration ? ma beneficiaire a bosse en cuisine', NOW)?.place,
    ).toBeUndefined();
  });

  it('« sans contrat de travail » is no PEC, « sans contrat d’apprentissage » says nothing of it', () => {
    expect(extractProfile('brsa sans contrat de travail').profile).toMatchObject({ pecContract: false });
    expect(extractProfile('17 ans sans contrat d apprentissage').profile.pecContract).toBeUndefined();
  });
});

describe('targets, contacts and what the agreement leaves out', () => {
  it.each(['les objectifs nationaux de la promo ?', 'la promo a des objectifs de resultat ?'])(
    '« %s » asks the target',
    (text) => {
      expect(detectAspect(text)).toBe('target');
    },
  );

  it('« l’objectif de la promo c’est quoi ? » still asks what it is for', () => {
    expect(detectAspect('l objectif de la promo c est quoi ?')).not.toBe('target');
  });

  it.each([
    'qui est la personne a l afpa pour la promo ?',
    'c est qui qui est en charge du suivi de la prepa ?',
  ])('« %s » asks whom to contact', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'contacts' });
  });

  it.each(['si elle se blesse pendant la prepa ?', 'un accident de trajet pendant la promo, qui couvre ?'])(
    '« %s » is outside the agreement',
    (text) => {
      expect(recognizeScopeQuestion(text)).toMatchObject({ kind: 'out_of_scope' });
    },
  );

  it('« le taux de sortie on l’a ? et l’objectif ? » asks the figures beside the target', () => {
    expect(recognizeScopeQuestion('le taux de sortie positive on l a ? et l objectif ?')).toMatchObject({
      kind: 'figures',
    });
  });
});

describe('what blind set 95 showed: a phone between home visits', () => {
  it.each([
    ['cariste castel ?', { kind: 'places', trade: 'cariste', place: 'castel' }],
    ['prepa de commandes moissac', { kind: 'places', place: 'moissac' }],
  ])('« %s » asks that trade’s training in that town', (text, query) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject(query);
  });

  it('« prépa de commandes » is the trade, not Prépa Compétences', () => {
    expect(parseAgendaQuery('places prepa de commandes', NOW)).toMatchObject({
      kind: 'places',
      trade: 'prepa de commandes',
    });
    expect(parseAgendaQuery('places prepa de commandes', NOW)?.dispositif).toBeUndefined();
  });

  it('« moissac ya qq chose ? » asks what is on there', () => {
    expect(parseAgendaQuery('moissac ya qq chose ?', NOW)).toMatchObject({
      kind: 'events',
      place: 'moissac',
    });
  });

  it('« et à distance ? » after what is on in a town asks the entries followed at a distance, anywhere', () => {
    expect(conversation('lauzerte il y a quelque chose ?', 'et a distance ?')).toEqual({
      kind: 'agenda',
      query: { kind: 'sessions', modality: 'distanciel' },
    });
  });

  it('« je suis en vad chez une dame à Valence…, une info coll près de chez elle ? » is the agenda of Valence', () => {
    expect(
      readMessage(
        'je suis en vad chez une dame a valence, BRSA, elle a pas le permis, ya une info coll prepa pres de chez elle ?',
        NOW,
        undefined,
        deps,
      ),
    ).toMatchObject({ kind: 'agenda', query: { types: ['info_collective'], place: 'valence' } });
  });

  it('« même si la formation est pas à l’AFPA ? » after volet 2 asks its steps, which say « hors AFPA »', () => {
    expect(
      conversation('le volet 2 prepa ca sert a quoi', 'meme si sa formation est pas a l afpa ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'phases' },
    });
  });

  it('« il peut faire la promo et ça commence quand ? » checks him, then gives the entries', () => {
    const reading = readMessage(
      'jeune 16 ans sorti de 3e, il peut faire la promo et ca commence quand ?',
      NOW,
      undefined,
      deps,
    );
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'person', extracted: { profile: { age: 16, inEducation: false } } },
        { kind: 'agenda', query: { kind: 'sessions', dispositif: 'promo-16-18' } },
      ],
    });
  });

  it('« c pour qui ? ils sont très loin de l’emploi » asks what it is for too', () => {
    expect(detectAspects('la prepa c pour qui ? les miens sont tres loin de l emploi')).toEqual([
      'overview',
      'audience',
    ]);
    expect(detectAspects('la prepa c pour qui ?')).toEqual(['audience']);
  });

  it('« et pour Mr J, il peut faire une prépa comp ? » after a check asks it for the same person', () => {
    expect(
      personAgain(
        'et pr Mr J, il peut faire une prepa comp pour changer de metier ?',
        { profile: { age: 48, rsa: true } },
        NOW,
      ),
    ).toMatchObject({ profile: { age: 48, rsa: true }, programme: 'prepa-competences' });
    expect(
      personAgain('une prepa c combien de temps ?', { profile: { age: 48, rsa: true } }, NOW),
    ).toBeUndefined();
  });

  it('« et la promo, ça le fait ? » after a check asks it for the same person', () => {
    expect(
      personAgain('et la promo ca le fait ?', { profile: { age: 16, ase: true } }, NOW, true),
    ).toMatchObject({
      programme: 'promo-16-18',
    });
  });
});

describe('what blind set 94 showed: AFPA’s welcome desk and trainers', () => {
  it('« bonjour, ici l’accueil de l’AFPA Montauban, … ce qu’elle va faire concrètement ? » asks the content, not the place', () => {
    expect(
      detectAspects(
        'bonjour, ici l accueil de l afpa montauban, une dame au tel veut savoir ce qu elle va faire en prepa concretement',
      ),
    ).toEqual(['content']);
  });

  it('« et pour une qui a pas les prérequis pour la VAE ? » is the RSFP', () => {
    expect(
      conversation(
        'la vae dans comp pec c combien de jours',
        'et pour une qui a pas les prerequis pour la vae ?',
      ),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });

  it('« on peut le démarrer quand ? il est à 3 mois de son contrat » asks when in the contract, not the entries', () => {
    expect(
      readMessage(
        'comp pec on peut le lancer quand ? elle est a 2 mois de son contrat',
        NOW,
        undefined,
        deps,
      ),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'competences-pec', aspect: 'content' } });
    expect(parseAgendaQuery('la pec ca demarre quand ?', NOW)).toMatchObject({ kind: 'sessions' });
  });

  it('« la réunion c’est où ? » after the meetings and the visits of a trade is the meeting', () => {
    expect(
      conversation('des trucs sur la logistique bientot ? reunion ou visite ?', 'la reunion c ou ?'),
    ).toMatchObject({
      kind: 'agenda',
      query: { types: ['reunion_metier'], trade: 'logistique' },
    });
  });

  it('« c’est qui que je contacte côté CD ? » asks whom to contact', () => {
    expect(
      recognizeScopeQuestion('j ai une question sur un contrat, c est qui que je contacte cote cd ?'),
    ).toEqual({
      kind: 'contacts',
    });
  });

  it('« j’ai envoyé une prescription lundi, pas de nouvelles, elle en est où ? » shows one’s prescriptions', () => {
    expect(
      recognizeCommand('j ai envoye une prescription lundi, toujours pas de nouvelles, elle en est ou ?'),
    ).toBe('myPrescriptions');
    expect(recognizeCommand('j ai envoye une prescription, c est quoi la suite ?')).not.toBe(
      'myPrescriptions',
    );
  });
});

describe('what blind sets 96 and 97 showed: pilots, educators and the Promo', () => {
  it('« le portefeuille de compétences c dans quel dispo déjà ? » is the PEC’s', () => {
    expect(
      readMessage('le portefeuille de competences c dans quel dispositif ?', NOW, undefined, deps),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec' },
    });
  });

  it('« indic 2.1.3 ? » asks that row of the plan', () => {
    expect(recognizeScopeQuestion('indic 2.1.4 ?')).toMatchObject({ kind: 'figures', indicators: ['2.1.4'] });
  });

  it('« formation agent de propreté ? » asks that training’s places', () => {
    expect(parseAgendaQuery('formation agent de proprete ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'proprete',
    });
  });

  it('« combien d’entrées réalisées, et l’objectif ? » asks the figures, not the entries to come', () => {
    expect(parseAgendaQuery('on a combien d entrees promo realisees ?', NOW)).toBeUndefined();
  });

  it('« une ligne par dispo : prépa / PEC / promo, le public et la durée » answers both, for each', () => {
    const reading = readMessage(
      'une ligne par dispo svp : prepa comp / competences pec / promo 1618, le public et la duree',
      NOW,
      undefined,
      deps,
    );
    expect(reading.kind).toBe('several');
    const asked =
      reading.kind === 'several'
        ? reading.readings.map((r) => (r.kind === 'answer' ? r.result.aspects : []))
        : [];
    expect(asked).toEqual([
      ['audience', 'duration'],
      ['audience', 'duration'],
      ['audience', 'duration'],
    ]);
  });

  it('« on a raté la JPO du 7 janvier à cause de la neige, il y en a une autre ? » asks the JPO, no weather, no town', () => {
    // The day stays: the answer says it is past, then gives the next ones (bot/agenda-actions.ts).
    expect(
      readMessage(
        'on a rate la jpo du 7 janvier a cause de la neige, il y en a une autre ?',
        NOW,
        undefined,
        deps,
      ),
    ).toMatchObject({ kind: 'agenda', query: { kind: 'events', types: ['jpo'], from: '2028-01-07' } });
    expect(parseAgendaQuery('on a rate la jpo a cause de la neige', NOW)?.place).toBeUndefined();
  });

  it.each([
    'ya de l argent de poche pendant la promo ?',
    'la bourse du lycee elle continue pendant la promo ?',
  ])('« %s » is outside the agreement', (text) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({ kind: 'out_of_scope' });
  });

  it('« 17 ans, 18 ans fin février » is 17 now', () => {
    expect(extractProfile('elle a 17 ans, 18 ans fin fevrier, rien a cote').profile).toMatchObject({
      age: 17,
      employed: false,
    });
  });

  it('« la 1re semaine de la promo sert à quoi ? » asks its steps', () => {
    expect(detectAspect('la 1ere semaine de la promo sert a quoi ?')).toBe('phases');
  });

  it('« c’est ouvert aux parents ? » after a list shows the list again, which says it', () => {
    expect(conversation('prochaine info coll promo ?', 'c ouvert aux parents ?')).toMatchObject({
      kind: 'agenda',
      query: { types: ['info_collective'], dispositif: 'promo-16-18' },
    });
  });
});
