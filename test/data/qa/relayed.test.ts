import { describe, expect, it } from 'vitest';
import { askedDirectly } from '../../../data/qa/relayed.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { meaningAsked } from '../../../data/qa/glossary.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage, type Reading } from '../../../data/qa/understanding.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * A référent passes on the person's own question in reported speech (« elle me demande si… »,
 * « il veut savoir… », « sa mère demande… »): read as the question itself. Written from how
 * référents report what they were asked during an appointment, not from the bot's answers.
 */
describe('askedDirectly: the person’s question, without « elle me demande si »', () => {
  const cases: Array<[string, string]> = [
    ['elle me demande si elle sera payée pendant la prépa', 'elle sera payee pendant la prepa'],
    ['il veut savoir s’il perd son RSA s’il entre en formation', 'il perd son rsa s il entre en formation'],
    ['il me demande si c’est obligatoire', 'c est obligatoire'],
    ['elle demande c’est combien de jours par semaine', 'c est combien de jours par semaine'],
    ['elle voudrait savoir où ça se passe', 'ou ca se passe'],
    ['sa mère demande s’il sera suivi après la promo', 'il sera suivi apres la promo'],
    ['et elle demande aussi si elle peut venir avec son bébé', 'et elle peut venir avec son bebe'],
    ['il veut savoir quand du coup', 'quand du coup'],
    ['elle me demande ce que c’est exactement la prépa comp', 'c est quoi exactement la prepa comp'],
    [
      'elle demande ce qu’on fait concrètement pendant la prépa',
      'qu est ce qu on fait concretement pendant la prepa',
    ],
    [
      'elle habite Moissac, elle demande ce qu’il y a près de chez elle',
      'elle habite moissac qu est ce qu il y a pres de chez elle',
    ],
    ['sa question c’est si elle aura un diplôme à la fin', 'elle aura un diplome a la fin'],
    ['les parents se demandent si la promo c’est payant', 'la promo c est payant'],
    ['la dame m’a demandé si elle pouvait venir voir avant', 'elle pouvait venir voir avant'],
    ['il aimerait savoir combien de temps ça dure', 'combien de temps ca dure'],
  ];
  for (const [said, asked] of cases)
    it(`« ${said} »`, () => {
      expect(askedDirectly(normalizeText(said))).toBe(asked);
    });

  it('leaves a request the person makes, and the référent’s own wondering, as they are', () => {
    for (const said of [
      'elle demande le RSA depuis mars',
      'il a demandé une formation de cariste',
      'je me demande si la prépa lui irait',
      'elle demande une place en volet 2',
    ])
      expect(askedDirectly(normalizeText(said))).toBe(normalizeText(said));
  });
});

// ── The same questions, read by the bot ────────────────────────────────────────────

const NOW = new Date('2027-01-11T09:00:00+01:00');
type Context = Parameters<typeof readMessage>[2];
function thread(...messages: string[]): Reading {
  let context: Context;
  let reading: Reading = { kind: 'not_found' };
  for (const message of messages) {
    reading = readMessage(message, NOW, context, deps);
    context = contextAfter(reading, NOW, message, context);
  }
  return reading;
}
const agenda = (reading: Reading) => (reading.kind === 'agenda' ? reading.query : undefined);
const answer = (reading: Reading) => (reading.kind === 'answer' ? reading.result : undefined);
const outside = (text: string) => recognizeScopeQuestion(text);

describe('the person’s questions, passed on, read as asked', () => {
  it('« il me demande s’il est obligé d’y aller, la prépa » asks how a person enters: by agreeing', () => {
    expect(answer(thread('il me demande si la prepa c est obligatoire ou s il peut refuser'))).toMatchObject({
      dispositif: 'prepa-competences',
      aspect: 'prescription',
    });
  });

  it('« elle a peur de ne pas avoir le niveau pour la prépa » asks whom it is for', () => {
    expect(
      answer(
        thread('elle demande s il faut un diplome pour la prepa comp, elle a peur de pas avoir le niveau'),
      ),
    ).toMatchObject({ dispositif: 'prepa-competences', aspect: 'audience' });
  });

  it('« est-ce que la promo c’est comme au lycée ? » asks what it contains', () => {
    expect(answer(thread('il veut savoir si la promo 1618 c est comme au lycee'))).toMatchObject({
      dispositif: 'promo-16-18',
      aspect: 'content',
    });
  });

  it('« ses parents doivent signer un papier pour la promo ? » asks its steps, where the parental authorisations are', () => {
    expect(answer(thread('pour la promo, le pere demande s il doit signer un papier'))).toMatchObject({
      dispositif: 'promo-16-18',
      aspect: 'phases',
    });
  });

  it('« il veut savoir quand, du coup » after a programme lists its entries', () => {
    expect(agenda(thread('la prepa comp c est pour qui ?', 'il veut savoir quand du coup'))).toMatchObject({
      kind: 'sessions',
      dispositif: 'prepa-competences',
    });
  });

  it('« elle demande si elle peut venir voir le centre avant » lists the days to discover AFPA', () => {
    expect(
      agenda(thread('elle demande si elle peut passer visiter le centre avant de se decider')),
    ).toMatchObject({
      kind: 'events',
      types: ['jpo', 'info_collective', 'visite_plateau'],
    });
  });

  it('« (volet 2 je crois) » beside « sécuriser son entrée en formation » is the step asked', () => {
    expect(
      agenda(
        thread('il veut securiser son entree en formation, volet 2 donc, la prochaine session c quand ?'),
      ),
    ).toMatchObject({ kind: 'sessions', volet: 'volet 2' });
  });

  it.each([
    ['elle veut savoir si elle peut amener ses enfants avec elle a la prepa', 'la venue des enfants'],
    ['il demande si le train pour venir a montauban est rembourse', 'aides à la mobilité'],
    ['sa mere veut savoir s il dormira sur place pendant la promo', 'logement'],
    ['il veut savoir s il pourra arreter la promo en cours de route', 'arrête son parcours'],
    ['elle demande si comp pec ca se fait pendant ses heures de travail', 'contrat de travail'],
  ])('« %s » is outside the agreement (%s)', (text, subject) => {
    const read = outside(text);
    expect(read?.kind).toBe('out_of_scope');
    expect(read && 'subject' in read ? read.subject : '').toContain(subject);
  });

  it('« elle a eu un SMS de Panda, c’est quoi ? » asks what Panda is', () => {
    expect(meaningAsked('elle a eu un sms de panda, elle demande c est quoi').map((t) => t.term)).toEqual([
      'PANDA',
    ]);
  });

  it('« la garantie jeunes ML c’est quoi ? » asks about another thing, not what the ML is', () => {
    expect(meaningAsked('la garantie jeunes ML c est quoi ?')).toEqual([]);
  });

  it('« c’est qui au Département qui suit notre partenariat ? » asks whom to contact', () => {
    expect(outside('en cas de souci, c est qui au cd qui suit notre partenariat avec l afpa ?')?.kind).toBe(
      'contacts',
    );
  });

  it('« combien de gens retrouvent du travail après la prépa ? » asks figures done', () => {
    expect(outside('elle me demande combien de gens retrouvent du travail apres la prepa')?.kind).toBe(
      'figures',
    );
  });

  it('« ses infos vont être transmises à l’AFPA ? » is about personal data', () => {
    expect(
      outside('elle veut savoir si ses informations personnelles seront transmises a l afpa')?.kind,
    ).toBe('personalData');
  });

  it('« elle est bénévole depuis des années, ça peut compter ? » points to the Open Badges', () => {
    expect(
      answer(thread('elle fait du benevolat depuis des annees, elle demande si ca peut etre valorise'))
        ?.dispositif,
    ).toBe('open-badges');
  });

  it.each([
    ['bon il est d accord, mets le sur la prochaine entree prepa', 'prepa-competences'],
    ['ca lui convient, on l inscrit en pec', 'competences-pec'],
  ])('« %s » opens the form', (text, dispositif) => {
    expect(recognizePrescribeRequest(text)).toEqual({ dispositif });
  });

  it('« on l’inscrit comment ? » asks how, not for the form', () => {
    expect(recognizePrescribeRequest('on l inscrit comment en prepa ?')).toBeUndefined();
  });
});

describe('around the person’s questions', () => {
  it('« bonjour, j’ai un monsieur avec moi, il a des questions » is answered with what the bot can do', () => {
    expect(recognizeCommand('bonjour, je suis avec un monsieur, il a quelques questions')).toBe('help');
  });

  it('« et si après elle passe son CAP au CFA, ça marche aussi ? » points to preparing an entry elsewhere', () => {
    const read = outside('et si apres elle passe son cap au cfa, ca marche aussi ?');
    expect(read && 'seeInstead' in read ? read.seeInstead : '').toContain('volet 2 de Prépa Compétences');
  });

  it('« elle est dispo mardi » says when she is free: no training called « mardi »', () => {
    expect(agenda(thread('il y a quoi a l afpa cette semaine ? elle est dispo mardi'))).not.toHaveProperty(
      'trade',
    );
  });

  it('« à quelle heure ? elle a le train de 8h » after a list asks the list’s hours', () => {
    const list = thread('info coll prepa jeudi ?');
    expect(
      agenda(thread('info coll prepa jeudi ?', 'ca commence a quelle heure ? elle a le train de 8h')),
    ).toEqual(agenda(list));
  });

  it('« c’est en visio ou sur place ? » after entries keeps them all: the list says which each is', () => {
    const list = agenda(thread('prochain atelier 3 comp pec ?'));
    expect(
      agenda(thread('prochain atelier 3 comp pec ?', 'c est en visio ou il faut venir sur place ?')),
    ).toEqual(list);
  });
});

describe('ten more, typed as a référent would after the review', () => {
  it('« elle veut savoir si elle peut venir avec son fils de 4 ans » is outside the agreement (the children)', () => {
    const read = outside('elle veut savoir si elle peut emmener son fils de 4 ans en formation');
    expect(read && 'subject' in read ? read.subject : '').toContain('la venue des enfants');
  });

  it('« la maman demande si c’est loin de chez eux, la promo » asks where it is held', () => {
    expect(answer(thread('la maman demande si la promo 1618 c est loin de chez eux'))).toMatchObject({
      dispositif: 'promo-16-18',
      aspect: 'modality',
    });
  });

  it('« il est libre jeudi, on l’inscrit » after a programme opens the form', () => {
    expect(recognizePrescribeRequest('bon il est dispo jeudi, on l inscrit')).toEqual({});
  });
});
