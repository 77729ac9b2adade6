import { describe, expect, it } from 'vitest';
import { detectAspects } from '../../../data/qa/aspect.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { readMessage } from '../../../data/qa/understanding.js';
import { deps, readThread } from '../../support/understanding-deps.js';

/**
 * The person across the desk asks, the référent relays (blind set 134, said in other words): the
 * practical questions the agreement leaves open are said to be outside it, a programme's start is
 * its next entries, and a question asked aside keeps the thread's programme.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

function subjectOf(text: string): string | undefined {
  const question = recognizeScopeQuestion(text);
  return question?.kind === 'out_of_scope' ? question.subject : question?.kind;
}

describe('what the agreement does not settle, relayed', () => {
  it.each([
    ['il me demande si c est paye, la promo', /rémunération/],
    ['c paye ou pas la prepa', /rémunération/],
    ['elle a pas de voiture, y a des bus jusqu a montauban ?', /transports/],
    ['comment il fait pour aller au centre sans permis', /transports/],
    ['pour la reunion metier batiment faut venir avec une tenue de travail ?', /apporter/],
    ['il lui faut un cv pour la jpo ?', /apporter/],
    ['son ordi est casse, vous pouvez lui en preter un pour le distanciel', /matériel informatique/],
    ['l adresse exacte de l afpa c est ou precisement', /adresse du centre/],
    ['il demande si les stagiaires sont pas remuneres', /rémunération/],
    ['t as pas le numero de l afpa pour elle ?', /contacts/],
    ['un mail ou un tel chez l afpa ?', /contacts/],
  ])('« %s »', (text, subject) => {
    expect(subjectOf(text)).toMatch(subject);
  });

  it('« on envoie un mail à l’AFPA ? » asks how to prescribe, not whom to contact', () => {
    expect(subjectOf('y a un formulaire ou on envoie juste un mail a l afpa ?')).not.toBe('contacts');
  });

  it('« c’est payé par qui ? » asks who pays, not the person’s pay', () => {
    expect(subjectOf('la prepa c est paye par qui ?')).not.toMatch(/rémunération/);
  });

  it('« comment il fait pour s’inscrire ? » is no question of transport', () => {
    expect(subjectOf('comment il va faire pour s inscrire a la prepa ?') ?? '').not.toMatch(/transports/);
  });
});

describe('following a programme from home', () => {
  it.each([
    'elle pourrait suivre la prepa depuis chez elle ?',
    'il peut faire prepa comp en visio, il habite loin',
  ])('« %s » asks how it is followed, not who may', (text) => {
    expect(detectAspects(text)).toEqual(['modality']);
  });

  it('a public asked beside it is still answered', () => {
    expect(detectAspects('elle peut faire la prepa a distance ? et c est pour qui exactement ?')).toContain(
      'audience',
    );
  });

  it('no transport said beside « en visio ? » gets the answer on following it from home', () => {
    expect(
      readMessage('il peut faire la promo 1618 a distance ? il a pas de voiture', NOW, undefined, deps),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'modality' } });
  });
});

describe('when the programme starts, and where', () => {
  it.each([
    ['sa mere veut savoir quand il pourra commencer la promo', 'promo-16-18'],
    ['prepa comp quand ca demarre ?', 'prepa-competences'],
  ])('« %s » lists its next entries', (text, dispositif) => {
    expect(readMessage(text, NOW, undefined, deps)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif },
    });
  });

  it('« y a une prépa là-bas ? » after a town is that town’s entries', () => {
    expect(
      readMessage('il vit a castelsarrasin, y a une prepa la bas ?', NOW, undefined, deps),
    ).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', place: 'castelsarrasin' },
    });
  });

  it('« quand ça démarre et c’est où ? » answered by one list shows it once', () => {
    const reading = readMessage('la promo ca demarre quand et c ou ?', NOW, undefined, deps);
    expect(reading.kind).toBe('agenda');
  });
});

describe('a question aside keeps the programme of the thread', () => {
  it('« et c’est payé ? » then « ça dure combien ? » is still about the programme asked first', () => {
    expect(readThread(NOW, 'prepa comp c est quoi ?', 'et c est remunere ?').kind).toBe('scope');
    expect(
      readThread(NOW, 'prepa comp c est quoi ?', 'et c est remunere ?', 'ca dure combien ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'duration' },
    });
  });
});

describe('AFPA presenting its actions to the team', () => {
  it('« ils viennent présenter leurs actions à notre équipe ? » quotes the half-yearly meeting', () => {
    const reading = readMessage(
      'l afpa vient presenter ses dispositifs a notre equipe ?',
      NOW,
      undefined,
      deps,
    );
    expect(JSON.stringify(reading)).toContain('semestre');
  });
});

describe('what comes after the programme, asked for someone in it', () => {
  it('« sa mère demande ce qui se passe après » is what the programme leads to, not what is on', () => {
    const reading = readMessage(
      'il a 16 ans, il est en promo depuis 3 semaines, sa mere demande ce qui va se passer ensuite',
      NOW,
      undefined,
      deps,
    );
    expect(reading).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'content' },
    });
    // « depuis 3 semaines » is the person's story: no passage on the agreement's own length is quoted for it.
    expect(JSON.stringify(reading)).not.toContain('Accord, art. 6');
  });

  it('« qu’est-ce qui se passe en mars à la promo ? » is still what is on', () => {
    expect(readMessage('qu est ce qui se passe en mars a la promo ?', NOW, undefined, deps).kind).toBe(
      'agenda',
    );
  });
});

describe('« ou c’est l’AFPA » is a choice, not a place', () => {
  it('« c’est moi qui fais la démarche ou c’est l’AFPA ? » asks no address', () => {
    expect(
      subjectOf('je l inscris comment, c est moi qui fais la demarche ou c est l afpa ?') ?? '',
    ).not.toMatch(/adresse/);
  });
});

describe('a person told by what is no longer or not yet true', () => {
  it('« elle est plus à l’ASE depuis ses 18 ans, c’est encore jouable ? » checks her', () => {
    expect(
      readMessage(
        'elle est plus a l ase depuis ses 18 ans, la promo c est encore jouable ?',
        NOW,
        undefined,
        deps,
      ).kind,
    ).toBe('person');
  });
});

describe('« comme la prépa » compares', () => {
  it('« la PEC ça dure pas 2 semaines comme la prépa ? » answers the durations, checks no one', () => {
    const reading = readMessage('comp pec ca dure pas deux semaines comme la prepa ?', NOW, undefined, deps);
    expect(reading.kind).not.toBe('person');
    expect(JSON.stringify(reading)).toContain('"aspect":"duration"');
  });
});
