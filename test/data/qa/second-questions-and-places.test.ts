import { describe, expect, it } from 'vitest';
import { entryDeadlineCard } from '../../../cards/agreement-cards.js';
import { agendaListCard } from '../../../cards/agenda-cards.js';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { loadCatalogue } from '../../../data/catalogue/catalogue.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { visibleText } from '../../support/bot-harness.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What blind sets 64 and 65 showed, in other words than theirs: two programmes asked one
 * thing each, a second question joined by a bare « et », a programme asked of a town,
 * a training named by its sector or missing from what AFPA publishes, the deadline of
 * entries, and subjects the agreement leaves to others.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);
const answered = (text: string) => {
  const reading = read(text);
  const readings = reading.kind === 'several' ? reading.readings : [reading];
  return readings.map((r) =>
    r.kind === 'answer'
      ? `${r.result.dispositif}:${r.result.aspect}`
      : r.kind === 'scope'
        ? r.question.kind
        : r.kind,
  );
};

describe('two programmes named, each asked the same thing', () => {
  it.each<[string, string[]]>([
    ['ca dure combien la promo et la pec ?', ['promo-16-18:duration', 'competences-pec:duration']],
    ['c pour qui la prepa et la 1618', ['prepa-competences:audience', 'promo-16-18:audience']],
    // The second part leans on the first's aspect.
    ['objectif en pec c cb et cb en prepa ?', ['competences-pec:target', 'prepa-competences:target']],
  ])('« %s » answers both', (text, expected) => {
    expect(answered(text)).toEqual(expected);
  });

  it('reads whom to contact « pour la prépa et la pec » as one question', () => {
    expect(answered('qui contacter pour la promo et la pec')).toEqual(['contacts']);
  });
});

describe('a second question joined by « et » without a comma', () => {
  it('answers the target and whom to contact', () => {
    expect(answered('objectif prepa comp et qui je contacte au cd pour le suivi ?')).toEqual([
      'prepa-competences:target',
      'contacts',
    ]);
  });

  it('checks the person and says how long the programme lasts', () => {
    const reading = read('dame 45 ans au rsa suivie par le cd, elle peut faire prepa ? et ca dure combien');
    expect(reading.kind).toBe('several');
    expect(
      answered('dame 45 ans au rsa suivie par le cd, elle peut faire prepa ? et ca dure combien'),
    ).toEqual(['person', 'prepa-competences:duration']);
  });

  it('reads a person described with « si » and asked whether it blocks', () => {
    expect(
      read('si la dame est deja inscrite a france travail en plus du rsa, ca bloque pour la prepa ?'),
    ).toMatchObject({
      kind: 'person',
      extracted: { profile: { rsa: true, registeredJobseeker: true }, programme: 'prepa-competences' },
    });
  });
});

describe('a programme described rather than named', () => {
  it('finds Prépa Compétences from what it is for, and answers its length', () => {
    expect(
      answered(
        'on m a parle d un dispositif afpa qui permet de verifier si le projet de formation tient la route, ca s appelle comment et ca dure cb ?',
      ),
    ).toEqual(['prepa-competences:duration']);
  });
});

describe('the agenda asked by town, sector and training', () => {
  it.each<[string, object]>([
    ['prepa a castel c possible ?', { kind: 'sessions', dispositif: 'prepa-competences', place: 'castel' }],
    [
      'la 1618 est organisee sur caussade ?',
      { kind: 'sessions', dispositif: 'promo-16-18', place: 'caussade' },
    ],
    ['il a fait du batiment, il veut etre maçon, des places ?', { kind: 'places', trade: 'maçon' }],
    ['vous avez une formation en cuisine ?', { kind: 'places', trade: 'cuisine' }],
    ['des places en formation aide-soignant ?', { kind: 'places', trade: 'aide soignant' }],
    ['une reunion sur les metiers de l entrepot bientot ?', { kind: 'events', types: ['reunion_metier'] }],
  ])('« %s »', (text, expected) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject(expected);
  });

  it('asks no modality when the question is which one', () => {
    const query = parseAgendaQuery('l entree prepa de moissac, c a distance ou en presentiel ?', NOW);
    expect(query).toMatchObject({ kind: 'sessions', place: 'moissac' });
    expect(query).not.toHaveProperty('modality');
  });

  it('does not take where the person lives, or a « where is it held » question, for the agenda', () => {
    expect(parseAgendaQuery('il vit a moissac, la prepa c possible pour lui ?', NOW)).toBeUndefined();
    expect(parseAgendaQuery('la prepa ca se fait que a montauban ?', NOW)).toBeUndefined();
    expect(parseAgendaQuery('la prepa se fait ou ? a montauban ?', NOW)).toBeUndefined();
  });

  it('says a training AFPA has not published is not there, rather than listing others', () => {
    const card = agendaListCard({ kind: 'places', trade: 'boulangerie' }, [], 0, {
      catalogue: loadCatalogue(),
      now: NOW,
      links: {
        feed: 'https://example.org/agenda.ics',
        event: (id) => `https://example.org/agenda/${id}.ics`,
      },
    });
    expect(visibleText({ attachments: [card] })).toContain('« boulangerie » : cette formation ne figure pas');
  });
});

describe('the deadline of entries', () => {
  it.each([
    'on peut prescrire jusqu a quand ?',
    'c quoi la date limite pour les entrees en pec',
    'et la date butoir des entrees ?',
  ])('« %s » asks it', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'entryDeadline' });
  });

  it('gives the agreement’s dates and the current campaign', () => {
    const text = visibleText({ attachments: [entryDeadlineCard('Campagne 2027 : entrées ouvertes.')] });
    expect(text).toContain('31 décembre 2022');
    expect(text).toContain('30 avril 2023');
    expect(text).toContain('Campagne 2027 : entrées ouvertes.');
  });
});

describe('subjects outside the agreement, and whom to ask', () => {
  it.each<[string, string]>([
    ['si elle lache la prepa on lui fait une reduction du rsa ?', 'droits et devoirs au titre du RSA'],
    ['ca passe en equipe pluri si il abandonne ?', 'droits et devoirs au titre du RSA'],
    [
      'l employeur du pec touche une aide pour l employeur s il le libere ?',
      'aides versées par d’autres organismes',
    ],
    ['l autorisation parentale, qui la signe pour un jeune place ?', 'autorisations parentales'],
  ])('« %s » is outside it', (text, subject) => {
    const question = recognizeScopeQuestion(text);
    expect(question?.kind).toBe('out_of_scope');
    expect(question?.kind === 'out_of_scope' && question.subject).toContain(subject);
  });

  it.each(['c est paye par qui la prepa ?', 'c finance par qui ?'])('« %s » asks who pays', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'cost' });
  });

  it.each(['une referente appelle, je la redirige vers qui ?', 'et t as son num ?'])(
    '« %s » asks whom to contact',
    (text) => {
      expect(recognizeScopeQuestion(text)).toEqual({ kind: 'contacts' });
    },
  );
});

describe('commands', () => {
  it.each(['annule', 'on annule', 'Annulez'])('« %s » cancels', (text) => {
    expect(recognizeCommand(text)).toBe('cancel');
  });

  it('reads « je peux inscrire mes BRSA sur Panda ? » as a question about Panda, not a prescription', () => {
    expect(recognizePrescribeRequest('je peux inscrire moi meme mes brsa sur panda ?')).toBeUndefined();
    expect(recognizePrescribeRequest('je peux inscrire mme D en prepa')).toEqual({
      dispositif: 'prepa-competences',
    });
  });
});

describe('what blind sets 66 and 67 showed', () => {
  it.each(['stop annule', 'annule finalement il veut reflechir', 'non laisse tomber'])(
    '« %s » cancels',
    (text) => {
      expect(recognizeCommand(text)).toBe('cancel');
    },
  );

  it('does not cancel when a thing to cancel is named', () => {
    expect(recognizeCommand('annule la prescription de mme D')).toBeUndefined();
  });

  it('shows one’s prescriptions for « le dossier de Mme X, il en est où ? »', () => {
    expect(recognizeCommand('le dossier de mr martin il en est ou')).toBe('myPrescriptions');
  });

  it.each<[string, string]>([
    ['vol 1 vol 2 prepa la diff ?', 'prepa-competences:phases'],
    ['ca dure cb la formation de cariste et ca coute cb', 'agenda'],
  ])('« %s »', (text, first) => {
    expect(answered(text)[0]).toBe(first);
  });

  it('answers the cost beside the training asked', () => {
    expect(answered('la formation cariste elle dure cb et ca coute cb ?')).toEqual(['agenda', 'cost']);
  });

  it.each([
    ['et ils sont payes pendant la promo ?', 'rémunération'],
    ['si elle fait la prepa ca coupe son rsa ?', 'droits et devoirs au titre du RSA'],
  ])('« %s » is outside the agreement', (text, subject) => {
    const question = recognizeScopeQuestion(text);
    expect(question?.kind === 'out_of_scope' && question.subject).toContain(subject);
  });

  it('gives every target when two programmes are named for the committee', () => {
    expect(
      recognizeScopeQuestion(
        'pour le copil il me faut les objectifs de la pec et de la promo et ce qui a ete realise',
      ),
    ).toEqual({ kind: 'figures' });
  });

  it('gives the référent’s part when AFPA asks what the référent does before orienting', () => {
    expect(
      recognizeScopeQuestion('avant qu une referente nous envoie qqn, elle doit faire quoi de son cote ?'),
    ).toEqual({ kind: 'prescribing' });
  });

  it('does not take the speaker’s centre for a town', () => {
    expect(
      parseAgendaQuery('ici l afpa de montauban, tu me redonnes les entrees prepa en ligne ?', NOW),
    ).not.toHaveProperty('place');
  });

  it('answers where and when for a trade named alone', () => {
    expect(parseAgendaQuery('cariste c ou et c quand ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'cariste',
    });
  });
});

describe('what blind sets 68 and 69 showed', () => {
  it.each(['ok merci ciao', 'bon je vous laisse, merci pour tout, bonne journee', 'merci bien bon week end'])(
    '« %s » is a goodbye',
    (text) => {
      expect(recognizeCommand(text)).toBe('thanks');
    },
  );

  it('cancels « non laisse tomber, elle a pas donné son accord en fait, annule »', () => {
    expect(recognizeCommand('non laisse tomber, elle a pas donne son accord en fait, annule')).toBe('cancel');
    expect(recognizeCommand('je peux annuler ?')).toBeUndefined();
  });

  it('keeps the age a person has over the one to come', () => {
    expect(read('ah non pardon elle a 15 ans, elle aura 16 ans en mai')).not.toMatchObject({
      extracted: { profile: { age: 16 } },
    });
  });

  it.each<[string, object]>([
    ['la formation cariste elle se passe ou ?', { kind: 'places', trade: 'cariste' }],
    ['vous avez une formation de boulanger ?', { kind: 'places', trade: 'boulanger' }],
    ['y a une formation auxiliaire de vie a l afpa ?', { kind: 'places', trade: 'auxiliaire de vie' }],
  ])('« %s »', (text, expected) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject(expected);
  });

  it.each([['les jeunes de la promo touchent une allocation ?', 'rémunération']])(
    '« %s » is outside the agreement',
    (text, subject) => {
      const question = recognizeScopeQuestion(text);
      expect(question?.kind === 'out_of_scope' && question.subject).toContain(subject);
    },
  );

  it('asks the figures for « combien sont venus aux JPO ? »', () => {
    expect(recognizeScopeQuestion('et combien sont venus aux jpo cette annee ?')).toMatchObject({
      kind: 'figures',
    });
  });

  it('gives the référent’s part for « avant de prescrire je dois faire quoi en tant que référente ? »', () => {
    expect(recognizeScopeQuestion('avant de prescrire je dois faire quoi en tant que referente ?')).toEqual({
      kind: 'prescribing',
    });
  });
});

describe('cancelling, and asking how', () => {
  it.each(['annule', 'annulez', 'annule tout', 'j annule'])('« %s » cancels', (text) => {
    expect(recognizeCommand(text)).toBe('cancel');
  });

  it.each(['comment j annule', 'comment on annule une prescription ?'])(
    '« %s » is a question, not a cancel',
    (text) => {
      expect(recognizeCommand(text)).not.toBe('cancel');
    },
  );
});

describe('a two-word question before « et qui … »', () => {
  it('answers the target and whom to contact', () => {
    expect(answered('objectif promo et qui je contacte pour le suivi')).toEqual([
      'promo-16-18:target',
      'contacts',
    ]);
  });
});
