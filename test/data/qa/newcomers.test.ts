import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { detectAspect } from '../../../data/qa/aspect.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { recognizeCommand } from '../../../dialogs/commands.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What people new to the partnership type in their first weeks: the programmes named by
 * what they are rather than by their name, goodbyes and questions about the assistant itself,
 * a person's identity offered, and questions where a word used to send them the wrong way.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string) => readMessage(text, NOW, undefined, deps);

describe('the Promo named by what it is', () => {
  it.each([
    'c est quoi le programme de l afpa pour les jeunes ?',
    'le dispositif pour les mineurs ca s appelle comment',
    'la formation pour les ados decrocheurs c est quoi',
  ])('« %s » is about La Promo 16/18', (text) => {
    expect(read(text)).toMatchObject({ kind: 'answer', result: { dispositif: 'promo-16-18' } });
  });

  it('checks a 15-year-old for it when asked « il peut faire le programme pour les jeunes ? »', () => {
    expect(
      read('ado de 15 ans qui a quitte le college, il peut faire le programme pour les jeunes ?'),
    ).toMatchObject({
      kind: 'person',
      extracted: { programme: 'promo-16-18', profile: { age: 15 } },
    });
  });

  it('does not take « les jeunes de 22 ans » nor « les jeunes majeurs » for the Promo’s public', () => {
    expect(normalizeText('un dispositif pour les jeunes de 22 ans au rsa ?')).not.toContain('promo');
    expect(normalizeText('le programme pour les jeunes majeurs ?')).not.toContain('promo');
    expect(normalizeText('le programme pour les jeunes ?')).toContain('promo 1618');
  });
});

describe('how long, asked short', () => {
  it.each(['c long ?', 'c est long la promo ?', 'ca reste court ?'])('« %s » asks the duration', (text) => {
    expect(detectAspect(text)).toBe('duration');
  });
});

describe('goodbyes and questions about the assistant', () => {
  it.each(['merci pour tout, bon week-end !', 'ok merci a plus'])('« %s » is a thanks', (text) => {
    expect(recognizeCommand(text)).toBe('thanks');
  });

  it.each(['bonne journee a vous', 'bon we', 'au revoir', 'bye', 'c tout pour moi'])(
    '« %s », without thanks, is a goodbye',
    (text) => {
      expect(recognizeCommand(text)).toBe('goodbye');
    },
  );

  it.each(['t es un robot ?', 'vous etes une vraie personne ?', 'y a quelqu un derriere ?'])(
    '« %s » asks what the assistant is',
    (text) => {
      expect(recognizeCommand(text)).toBe('help');
    },
  );

  it.each([
    'merci beaucoup c etait tres clair bonne soiree',
    'super merci ca m a bien aide',
    'merci c etait parfait',
  ])('« %s » is a thanks too', (text) => {
    expect(recognizeCommand(text)).toBe('thanks');
  });

  it.each([
    'tu sers a quoi au juste',
    'coucou t es la ?',
    'hello, j ai plusieurs questions pour toi, t es dispo ?',
    'bonjour vous etes la',
  ])('« %s » greets or asks what the assistant does: the welcome answers', (text) => {
    expect(recognizeCommand(text)).toBe('help');
  });

  it('does not take a question that ends on « là » for a greeting', () => {
    expect(recognizeCommand('la prochaine info coll c est quand, tu es la ?')).toBeUndefined();
  });

  it('reads nothing as thanks in an empty message or a bare « à vous »', () => {
    expect(recognizeCommand('')).toBeUndefined();
    expect(recognizeCommand('a vous')).toBeUndefined();
  });
});

describe('a person’s identity offered to the assistant', () => {
  it.each([
    'je t envoie son nom et son numero de secu pour que tu regardes ?',
    'tu peux consulter son dossier ?',
    'sa date de naissance c est le 3 mai 2008, ca change quoi',
  ])('« %s » is answered on personal data', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'personalData' });
  });

  it('still reads « c quoi le mail de l afpa ? » as the contacts', () => {
    expect(recognizeScopeQuestion('c quoi le mail de l afpa ?')).toEqual({ kind: 'contacts' });
    expect(recognizeScopeQuestion('je voudrais le tel du centre')).toEqual({ kind: 'contacts' });
  });
});

describe('words that used to send a question the wrong way', () => {
  it('reads « mes allocs » as the référent’s people, not family benefits', () => {
    expect(read('les jpo c quand ? je voudrais y envoyer mes allocs')).toMatchObject({
      kind: 'agenda',
      query: { types: ['jpo'] },
    });
    expect(recognizeScopeQuestion('ca compte pour ses allocs ?')).toMatchObject({ kind: 'out_of_scope' });
  });

  it('answers places asked before a person is mentioned', () => {
    expect(read('des places en maconnerie ? et en elec ? j ai une dame au rsa motivee')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places', trade: 'maconnerie ou elec' },
    });
  });

  it('does not read « y a quoi pour valoriser ce qu il sait faire » as the agenda', () => {
    expect(parseAgendaQuery('y a quoi pour valoriser ce qu il sait faire ?', NOW)).toBeUndefined();
    expect(parseAgendaQuery('y a quoi pour jeudi ?', NOW)).toMatchObject({ kind: 'events' });
  });

  it('reads « le prochain truc à Moissac » as the agenda, not « le prochain truc à faire »', () => {
    expect(parseAgendaQuery('c koi le prochain truc sur moissac', NOW)).toMatchObject({
      kind: 'events',
      place: 'moissac',
    });
    expect(parseAgendaQuery('c est quoi la prochaine chose a faire pour l inscrire ?', NOW)).toBeUndefined();
  });

  it('says another body’s open day is not AFPA’s: « la jpo de l école de la 2e chance »', () => {
    expect(recognizeScopeQuestion('les portes ouvertes de l ecole de la 2eme chance c quand')).toMatchObject({
      kind: 'out_of_scope',
    });
  });

  it('checks the PEC asked after « … elle peut ? » in a story', () => {
    expect(
      read('elle est en cddi dans une asso, au rsa. comp pec elle peut ? sinon on fait quoi ?'),
    ).toMatchObject({ kind: 'person', extracted: { programme: 'competences-pec', asksEligibility: true } });
  });
});

describe('what a new AFPA employee or committee member asks', () => {
  const quoted = (reading: ReturnType<typeof read>) =>
    reading.kind === 'passages' || reading.kind === 'answer'
      ? (reading.passages ?? []).map((p) => p.text).join(' ')
      : '';

  it.each<[string, RegExp]>([
    ['le reporting on le fait a qui et tous les combien ?', /DGEFP/],
    ['qu est ce qu on remonte comme infos et a qui ?', /DGEFP/],
    ['c est quoi l afpa au juste ?', /formation professionnelle des adultes/i],
  ])('« %s » quotes the agreement', (text, said) => {
    expect(quoted(read(text))).toMatch(said);
  });

  it('quotes what AFPA is only when AFPA is what is asked about', () => {
    expect(quoted(read('les open badges a l afpa c quoi concretement ?'))).not.toMatch(/ordonnance/);
    expect(quoted(read('le village afpa c est quoi ?'))).not.toMatch(/ordonnance/);
  });

  it('does not read « possibles jusqu’à quand » as a town named « quand »', () => {
    expect(parseAgendaQuery('les entrees en prepa c possible jusqu a quand ?', NOW)).not.toMatchObject({
      place: 'quand',
    });
  });

  it('reads « combien de personnes sont prévues par an par dispositif ? » as the targets', () => {
    expect(
      recognizeScopeQuestion('le plan d action prevoit combien de personnes par an et par dispositif ?'),
    ).toEqual({
      kind: 'figures',
    });
  });

  it('reads the State’s budget asked as what it costs, which the agreement does not put in figures', () => {
    expect(recognizeScopeQuestion('l enveloppe de l etat pour la prepa c combien ?')).toEqual({
      kind: 'cost',
    });
  });

  it('answers what PEC means beside how long Compétences PEC lasts', () => {
    expect(read('pec ca signifie quoi ? et comp pec ca dure cb ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspects: ['overview', 'duration'] },
    });
  });

  it('answers « et c’est qui qui donne les accès ? » right after Panda with the habilitation', () => {
    const first = 'panda c est quoi ?';
    const context = contextAfter(read(first), NOW, first);
    expect(quoted(readMessage('et c qui qui donne les acces ?', NOW, context, deps))).toMatch(/habilités/);
  });

  it('offers the RSFP to someone in an insertion structure without the prerequisites: « il a droit à quoi ? »', () => {
    expect(
      read('elle est en aci et n a pas les prerequis pour une vae, elle a droit a quoi ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });

  it('lists the entries and the information sessions asked in one message', () => {
    expect(read('prochaine entree en prepa ? et la prochaine info coll ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { kind: 'sessions' } },
        { kind: 'agenda', query: { kind: 'events', types: ['info_collective'] } },
      ],
    });
  });

  it('takes no two-letter word for a trade: « j’en ai 2 à Moissac »', () => {
    expect(parseAgendaQuery('une info coll pec a moissac ? j en ai 2', NOW)).not.toHaveProperty('trade');
  });
});

describe('more of what the first weeks bring', () => {
  it('answers the one question understood when the other says nothing: « c quoi panda ? je dois l utiliser ? »', () => {
    expect(read('c quoi panda ? je dois l utiliser moi ?')).toMatchObject({ kind: 'passages' });
  });

  it('reads « habilitée sur Panda » as the agreement’s habilitation, first', () => {
    const reading = read('pour etre habilite sur panda je vois avec qui ?');
    expect(reading.kind === 'several' && reading.readings[0]).toMatchObject({ kind: 'passages' });
  });

  it('says the référent’s own workplace is outside the agreement', () => {
    expect(recognizeScopeQuestion('ou je trouve ma fiche de paie sur l intranet ?')).toMatchObject({
      kind: 'out_of_scope',
    });
  });

  it('does not take « avoir » for a misspelt « savoir-être »', () => {
    const reading = read('et c est a qui de prevenir l employeur et d avoir son accord pour comp pec ?');
    expect(reading).toMatchObject({ kind: 'answer', result: { dispositif: 'competences-pec' } });
  });

  it.each([
    'mme 50 ans au rsa suivie par moi, la prepa ca colle ?',
    'monsieur en pec depuis 6 mois, au rsa, il peut passer un titre par comp pec ?',
  ])('reads « %s » as a check', (text) => {
    expect(read(text)).toMatchObject({ kind: 'person', extracted: { asksEligibility: true } });
  });

  it('answers childcare asked beside a check with the référent’s part', () => {
    expect(
      read('maman solo au rsa, prepa c possible ? pour faire garder son fils c est a nous de voir ?'),
    ).toMatchObject({ kind: 'person', also: { aspects: ['prescription'] } });
  });
});

describe('what the review of this session’s changes found', () => {
  it('keeps the whole reading when no part of two questions is understood, never an empty list', () => {
    const reading = read('et ca va ou ? quelqu un le lit ?');
    expect(reading.kind).not.toBe('several');
  });

  it('gives the habilitation and whom the agreement names for « habilité sur Panda, je m’adresse à qui ? »', () => {
    expect(read('pour etre habilitee sur panda je dois m adresser a qui ?')).toMatchObject({
      kind: 'several',
      readings: [{ kind: 'passages' }, { kind: 'scope', question: { kind: 'contacts' } }],
    });
  });

  it('reads a person’s payslips as part of their story, not the référent’s workplace', () => {
    expect(
      recognizeScopeQuestion('elle n a pas de fiches de paie pour tout, la vae c possible ?'),
    ).toBeUndefined();
  });
});

describe('typed on a phone between two visits', () => {
  it.each([
    ['merci c est top', 'thanks'],
    ['merci cest super clair', 'thanks'],
    ['merci t es au top', 'thanks'],
  ])('« %s » is a thanks', (text, command) => {
    expect(recognizeCommand(text)).toBe(command);
  });

  it.each<[string, string]>([
    ['il fait beau demain a caussade ?', 'la météo'],
    ['cb elles touchent au rsa avec 2 enfants', 'le montant ou le versement du RSA'],
  ])('« %s » is outside the agreement', (text, subject) => {
    expect(recognizeScopeQuestion(text)).toMatchObject({ kind: 'out_of_scope', subject });
  });

  it('names whom to ask instead for what neither the insertion service nor AFPA answers', () => {
    expect(recognizeScopeQuestion('il va pleuvoir demain ?')).toMatchObject({
      seeInstead: expect.stringContaining('l’agenda de l’AFPA'),
    });
    expect(recognizeScopeQuestion('le lien pour poser mes conges ?')).toMatchObject({
      seeInstead: expect.stringContaining('encadrement'),
    });
    expect(recognizeScopeQuestion('combien touche une personne seule au rsa ?')).not.toHaveProperty(
      'seeInstead',
    );
  });

  it('reads « le dirlo de la f p a » as whom to contact', () => {
    expect(recognizeScopeQuestion('c ki le dirlo de la f p a')).toEqual({ kind: 'contacts' });
  });

  it('reads « assurer le coup avant d’entrer en formation » as Prépa’s volet 2', () => {
    expect(read('mr au rsa il veut assurer le coup avant d entrer en formation soudure')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'phases' },
    });
  });

  it('narrows the information sessions to the PEC on « et pour la pec »', () => {
    const first = 'les prochaines infos coll ?';
    const context = contextAfter(read(first), NOW, first);
    expect(readMessage('et pour la pec', NOW, context, deps)).toMatchObject({
      kind: 'agenda',
      query: { types: ['info_collective'], dispositif: 'competences-pec' },
    });
  });

  it('keeps the town of the list for « là-bas »', () => {
    const first = 'quoi de prevu a caussade ?';
    const context = contextAfter(read(first), NOW, first);
    expect(readMessage('et des places en formation la bas ?', NOW, context, deps)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'places', place: 'caussade' },
    });
  });
});

describe('a town misspelt on a phone', () => {
  it.each<[string, string]>([
    ['info coll castelsarazin', 'castelsarrasin'],
    ['jpo negrepelise ?', 'negrepelisse'],
    ['quoi de prevu a montaubant la semaine pro', 'montauban'],
  ])('« %s » is in %s', (text, town) => {
    expect(parseAgendaQuery(text, NOW)).toMatchObject({ place: town });
  });

  it('takes no ordinary long word for a town', () => {
    for (const text of [
      'les prochaines informations collectives',
      'des formations qualifiantes avec des places',
      'les reunions metiers de la logistique',
    ])
      expect(parseAgendaQuery(text, NOW)).not.toHaveProperty('place');
  });
});

describe('what ten new requests through the server found', () => {
  it('reads a copy of an identity card offered as personal data', () => {
    expect(recognizeScopeQuestion('je t envoie la copie de son passeport et sa carte d identite ?')).toEqual({
      kind: 'personalData',
    });
  });

  it('reads « combien de BRSA prévus en comp PEC ? » as the target', () => {
    expect(read('combien de brsa prevus en prepa cette annee ?')).toMatchObject({
      kind: 'answer',
      result: { aspect: 'target' },
    });
  });
});
