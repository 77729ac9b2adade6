import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { detectAspects } from '../../../data/qa/aspect.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { severalPeople } from '../../../data/qa/several-people.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 114 and 115 showed, in other words than their own: référents dictating
 * on their phone (no punctuation, « c » for « c'est »), pasting a colleague's e-mail with
 * the question at the end, describing two people in one line, and following up on a date
 * or a target with two programmes at once.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);
const quoted = (reading: ReturnType<typeof readThread>) =>
  reading.kind === 'passages' ? reading.passages.map((p) => p.text).join(' ') : '';

describe('the days of the week a programme is followed', () => {
  it.each([
    'la promo c combien de semaines et ils y vont quels jours de la semaine',
    'promo 1618 duree et c est quel jour de la semaine ?',
  ])('« %s » asks the duration and the days', (text) => {
    expect(detectAspects(text)).toEqual(expect.arrayContaining(['duration', 'modality']));
  });
});

describe('only at Montauban?', () => {
  it.each([
    'c est que a montauban ? mes gens de moissac peuvent pas y aller',
    'c seulement sur montauban ou ca peut se faire ailleurs dans le departement',
    'est ce que l afpa peut delocaliser pres de chez eux',
  ])('« %s » quotes where the programmes are held (Protocole, § 4)', (text) => {
    expect(quoted(conversation(text))).toContain('délocalisation');
  });
});

describe('follow-ups on what was just answered', () => {
  it('« c est qui qui le fait ce suivi » after the follow-up of the Promo asks its content', () => {
    expect(
      conversation('la promo c quoi', 'apres la promo ils ont un suivi ?', 'c est qui qui le fait ce suivi'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'promo-16-18', aspects: ['content'] } });
  });

  it('« et les parcours finis pour quand ? » after the date limit of the entries gives its end too', () => {
    expect(
      conversation(
        'on pouvait prescrire jusqua quand sur la campagne ?',
        'et les parcours finis pour quand ?',
      ),
    ).toMatchObject({ kind: 'scope', question: { kind: 'entryDeadline' } });
  });

  it('« même s’ils ne sont pas inscrits à FT ? » after who the Prépa is for asks the same', () => {
    expect(
      conversation('c pour qui prepa comp', 'meme si la personne est pas inscrite a FT ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['audience'] },
    });
  });

  it('« et pour la PEC et la promo ? » after a target asks each programme’s target', () => {
    expect(conversation('objectif prepa 2022 ?', 'et pour la pec et la promo ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'competences-pec', aspects: ['target'] } },
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspects: ['target'] } },
      ],
    });
  });
});

describe('figures asked from AFPA’s side', () => {
  it.each([
    'combien on a de BRSA entres en prepa a ce jour ?',
    'cb on en a eu en PEC depuis le debut',
    'combien il y a de jeunes entres en promo pour l instant',
  ])('« %s » asks figures', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('figures');
  });
});

describe('a pasted e-mail that ends with an agenda question', () => {
  it('« … veut découvrir les métiers du bâtiment … une visite ou une réunion ce mois-ci ou le mois prochain ? » asks those events', () => {
    const text =
      'TR: point Mme K\n> 41 ans, BRSA, a travaille dans le nettoyage, veut decouvrir les metiers du batiment, pas de permis\nvous avez une visite ou une reunion la dessus ce mois ci ou le mois prochain ?';
    expect(conversation(text)).toMatchObject({
      kind: 'agenda',
      query: {
        kind: 'events',
        types: ['visite_plateau', 'reunion_metier'],
        trade: expect.stringMatching(/^bat/),
        from: '2027-01-11',
        to: '2027-02-28',
      },
    });
  });
  it('asks the events even when the story names a training (« avant une formation qualifiante »)', () => {
    const text =
      'TR: Mme K, 41 ans, BRSA, veut voir les metiers de la logistique avant une formation qualifiante.\nune visite ou une reunion la dessus en fevrier ?';
    expect(conversation(text)).toMatchObject({
      kind: 'agenda',
      query: { kind: 'events', trade: 'logistique', from: '2027-02-01', to: '2027-02-28' },
    });
  });
});

describe('two people in one line', () => {
  it('« Mme C 48a BRSA + sa fille 17a suivie ML » describes two people with their ages', () => {
    const people = severalPeople(
      'Mme C 48a BRSA inscrite FT veut se former en logistique + sa fille 17a suivie ML, sortie du lycee en juin. je peux orienter les 2 ?',
      NOW,
    );
    expect(people?.map((p) => p.profile.age)).toEqual([48, 17]);
  });

  it('« Mr D 55a BRSA + sa femme 50a, au chomage depuis mars. je peux les orienter ? vers quoi ? » checks each of them', () => {
    const people = severalPeople(
      'Mr D 55a BRSA + sa femme 50a, au chomage depuis mars. je peux les orienter ? vers quoi ?',
      NOW,
    );
    expect(people?.map((p) => p.profile.age)).toEqual([55, 50]);
  });

  it('« une maman de 40 ans et son fils de 16 ans, promo et prépa ? » gives each the programme their age fits', () => {
    const people = severalPeople(
      'une maman BRSA de 40 ans et son fils de 16 ans décroché, promo et prépa ?',
      NOW,
    );
    expect(people?.map((p) => p.programme)).toEqual(['prepa-competences', 'promo-16-18']);
  });

  it('reads « 52a » as an age', () => {
    expect(extractProfile('Mr D 52a BRSA', { today: NOW }).profile.age).toBe(52);
  });

  it('does not read « depuis 2a » as an age', () => {
    expect(extractProfile('une dame de 45 ans au RSA depuis 2a', { today: NOW }).profile.age).toBe(45);
  });
});

describe('a colleague’s prescriptions', () => {
  it.each([
    'je remplace Marie au service insertion de Moissac, où je retrouve les prescriptions qu’elle a envoyées ?',
    'ma collegue est en arret, je peux voir ses prescriptions ?',
    'comment je recupere les dossiers de mon collegue qui est parti',
    'les orientations faites par une autre referente, je les vois ou ?',
  ])('« %s » asks who sees them', (text) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'personalData', colleague: true });
  });

  it('« mes prescriptions » is not a colleague’s', () => {
    expect(recognizeScopeQuestion('je retrouve ou mes prescriptions ?')).not.toMatchObject({
      colleague: true,
    });
  });
});
