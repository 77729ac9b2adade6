import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { detectAspects } from '../../../data/qa/aspect.js';
import { normalizeText } from '../../../data/qa/normalize.js';
import { personAgain } from '../../../data/qa/person-again.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { readThread } from '../../support/understanding-deps.js';

/**
 * What blind sets 98 to 105 showed, in other words than their own: a weekday written with its
 * date, a step kept for the entries asked after it, a story before the question (who called,
 * which meeting it came from), a coordinators' channel (greetings, delays, contacts), and
 * messages typed fast on a phone (glued words, no apostrophes, « lun 17 ans lautre 15 »).
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const conversation = (...messages: string[]) => readThread(NOW, ...messages);

describe('a weekday with its date', () => {
  it.each([
    ['quoi de prevu a l afpa mercredi 20 ?', '2027-01-20'],
    // 4 January 2027 was a Monday: the next Thursday the 4th is in February.
    ['la jpo jeudi 4 c a quelle heure', '2027-02-04'],
    ['visite soudure vendredi 22', '2027-01-22'],
    // The weekday is wrong (the 20th is a Wednesday): the date wins.
    ['info coll lundi 20 ?', '2027-01-20'],
  ])('« %s » is that day', (message, day) => {
    expect(parseAgendaQuery(message, NOW)).toMatchObject({ from: day, to: day });
  });

  it('« mardi 14h » is an hour, and the next Tuesday', () => {
    expect(parseAgendaQuery('la jpo de mardi 14h', NOW)).toMatchObject({ from: '2027-01-12' });
  });

  it('« et vendredi 22 ? » after a day asks that other day', () => {
    expect(conversation('mercredi 20 y a quoi a l afpa', 'et vendredi 22 ?')).toMatchObject({
      kind: 'agenda',
      query: { from: '2027-01-22', to: '2027-01-22' },
    });
  });

  it('« envoyer Mme B et sa fille » names no town « et »', () => {
    const query = parseAgendaQuery('la visite cariste de jeudi 21 je veux y envoyer Mme B et sa fille', NOW);
    expect(query).toMatchObject({ trade: 'cariste', from: '2027-01-21' });
    expect(query && 'place' in query ? query.place : undefined).toBeUndefined();
  });
});

describe('the step being discussed', () => {
  it('« une date bientôt pour ce volet ? » after volet 1 asks volet 1’s entries', () => {
    expect(
      conversation('le volet 1 de la prepa ca sert a quoi', 'une entree bientot pour ce volet ?'),
    ).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences', volet: 'volet 1' },
    });
  });

  it('without a step discussed, the entries of every step', () => {
    const reading = conversation('la prepa comp ca sert a quoi', 'une entree bientot ?');
    expect(reading).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'prepa-competences' },
    });
    expect(reading.kind === 'agenda' && reading.query.kind === 'sessions' && reading.query.volet).toBeFalsy();
  });
});

describe('a story before the question', () => {
  it('« la tante m’a appelé : jeune 17 ans… » describes the young person, not the aunt', () => {
    expect(
      extractProfile('sa tante m a appele : jeune 17 ans, a quitte le lycee en juin, reste a la maison', {
        today: NOW,
      }).profile,
    ).toMatchObject({ age: 17, inEducation: false, inTraining: false, employed: false });
  });

  it('« sa mère : 45 ans » is still the mother’s age', () => {
    expect(extractProfile('sa mere : 45 ans', { today: NOW }).profile.age).toBeUndefined();
  });

  it('« pour le copil, l’objectif de la PEC c’est combien ? » asks the target, not the committee', () => {
    expect(conversation('pour le copil de jeudi, l objectif pec c combien de personnes ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'competences-pec', aspect: 'target' },
    });
  });

  it('« et les jeunes de l’ASE sur la promo ? » after a target is the Promo’s target', () => {
    expect(conversation('objectif prepa 2023 ?', 'et les jeunes ase sur la promo ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'target' },
    });
  });

  it('« au sortir du cotech… ce que contient la prépa » asks the content, not the committee', () => {
    const message =
      'au sortir du cotech hier, les partenaires sont plutot favorables mais on ne sait pas ce que contient la prepa comp concretement';
    expect(recognizeScopeQuestion(message)).toBeUndefined();
    expect(conversation(message)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'content' },
    });
  });

  it('« le cotech, il se réunit quand ? » is still outside the agreement', () => {
    expect(recognizeScopeQuestion('le cotech il se reunit quand ?')).toMatchObject({ kind: 'out_of_scope' });
  });

  it('« plutôt favorables » compares nothing; « prépa ou PEC plutôt ? » does', () => {
    expect(detectAspects('les employeurs sont plutot favorables')).not.toContain('comparison');
    expect(detectAspects('prepa ou pec plutot ?')).toContain('comparison');
  });
});

describe('what référents ask in a few words', () => {
  it.each(['la promo elle se decoupe comment', 'la prepa c est structure comment ?'])(
    '« %s » asks the steps',
    (message) => {
      expect(detectAspects(message)[0]).toBe('phases');
    },
  );

  it('« et 17 ans tout juste ? » after a check checks that age', () => {
    expect(personAgain('et 17 ans tout juste ?', { profile: { age: 15, ase: true } }, NOW)).toMatchObject({
      profile: { age: 17, ase: true },
    });
  });

  it('« une formation cariste vers Moissac ça existe ? » asks that training there', () => {
    expect(parseAgendaQuery('une formation cariste pas loin de moissac ca existe ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'cariste',
      place: 'moissac',
    });
  });

  it('« places dispo en temps réel » names no trade « temps »', () => {
    const query = parseAgendaQuery('les places dispo en temps reel je les vois ou', NOW);
    expect(query).toMatchObject({ kind: 'places' });
    expect(query && 'trade' in query ? query.trade : undefined).toBeUndefined();
  });

  it('« la prépa c’est combien de jours, et il touche une prime à la fin ? »: the duration, and no prime in the agreement', () => {
    const reading = conversation('la prepa c est combien de jours et il touche une prime a la fin ?');
    expect(reading).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { aspect: 'duration' } },
        { kind: 'scope', question: { kind: 'out_of_scope' } },
      ],
    });
  });

  it('« la prime d’activité » stays the CAF’s benefit', () => {
    expect(recognizeScopeQuestion('la prime d activite continue pendant la prepa ?')).toMatchObject({
      kind: 'out_of_scope',
    });
    expect(
      recognizeScopeQuestion('la prime d activite continue pendant la prepa ?')?.kind === 'out_of_scope' &&
        (recognizeScopeQuestion('la prime d activite continue pendant la prepa ?') as { subject: string })
          .subject,
    ).not.toMatch(/rémunération/);
  });
});

describe('a coordinators’ channel', () => {
  it.each([
    'slt tlm',
    'bonjour tout le monde',
    'tu fais quoi exactement ? on vient de me l ajouter dans teams',
  ])('« %s » is welcomed', (message) => {
    expect(recognizeCommand(message)).toBe('help');
  });

  it.each([
    'on a un souci sur un dossier promo, c est qui la bonne personne cote afpa ?',
    'la responsable accompagnement parcours c qui deja',
    'qui serait le bon interlocuteur pour la pec',
  ])('« %s » asks whom to contact', (message) => {
    expect(recognizeScopeQuestion(message)).toMatchObject({ kind: 'contacts' });
  });

  it('« elle répond sous combien de jours, l’AFPA, une fois prescrit ? » asks the delay', () => {
    expect(
      recognizeScopeQuestion('une fois la prescription envoyee, l afpa repond sous quel delai ?'),
    ).toMatchObject({ kind: 'afterPrescribing', delayAsked: true });
    expect(recognizeScopeQuestion('une fois la prescription envoyee il se passe quoi ?')).toEqual({
      kind: 'afterPrescribing',
    });
  });

  it.each([
    ['il a vu l info coll jeudi, maintenant on veut l inscrire en promo', 'promo-16-18'],
    ['bon je veux la positionner sur la prepa volet 2', 'prepa-competences'],
  ])('« %s » asks to prescribe', (message, dispositif) => {
    expect(recognizePrescribeRequest(message)).toEqual({ dispositif });
  });
});

describe('typed fast on a phone', () => {
  it.each([
    ['cest quoi la promo', 'c est quoi la promo'],
    ['jai un jeune pour lafpa', 'j ai un jeune pour l afpa'],
    ['volet1 ou atelier2', 'volet 1 ou atelier 2'],
    ['qui soccupe de ca', 'qui s occupe de ca'],
  ])('« %s » reads « %s »', (typed, read) => {
    expect(normalizeText(typed)).toBe(read);
  });

  it('« lun 17 ans, lautre 15 » is « l’un… l’autre », two young people', () => {
    const reading = conversation('deux jeunes ase lun 16 ans deco lautre 14 ans promo pour les 2 ?');
    expect(reading).toMatchObject({
      kind: 'people',
      people: [{ profile: { age: 16, ase: true } }, { profile: { age: 14, ase: true } }],
    });
  });

  it('« et l atelier3 ? » after the PEC’s atelier 2 entries asks atelier 3’s', () => {
    expect(conversation('entrees comp pec atelier 2 ?', 'et l atelier3 ?')).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', dispositif: 'competences-pec', volet: 'atelier 3' },
    });
  });

  it.each(['y a un truc jeudi ?', 'des trucs demain'])('« %s » asks what is on that day', (message) => {
    expect(parseAgendaQuery(message, NOW)).toMatchObject({ kind: 'events' });
  });

  it('« je comprends rien à ce bot » gets the help', () => {
    expect(recognizeCommand('je comprends rien a ce bot')).toBe('help');
    expect(recognizeCommand('je comprends pas le volet 2')).toBeUndefined();
  });

  it('« c quoi PANDA, on m’en parle tout le temps » is answered, not « pas sûr d’avoir compris »', () => {
    expect(conversation('c quoi panda on m en parle tout le temps').kind).not.toBe('unsure');
    expect(conversation('c quoi panda jai vu ca dans un mail').kind).not.toBe('unsure');
  });
});

describe('a question beside the list or the check', () => {
  it('« à qui je m’adresse pour orienter une jeune vers la promo ? »: who prescribes the Promo, then the roles', () => {
    expect(conversation('a qui je m adresse pour orienter une jeune vers la promo 1618 ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'prescription' } },
        { kind: 'scope', question: { kind: 'contacts' } },
      ],
    });
  });

  it('« et côté CD ? » after them goes on with the roles', () => {
    expect(
      conversation('pour orienter une jeune ase vers la promo mon contact a l afpa c qui ?', 'et cote cd ?'),
    ).toMatchObject({ kind: 'scope', question: { kind: 'contacts' } });
  });

  it('« ça coûte quoi quand on prescrit la prépa ? mon chef demande qui paie » is no orientation', () => {
    const reading = conversation(
      'ca coute qqch quand on prescrit prepa comp ? mon chef me demande qui paye au final',
    );
    expect(reading.kind === 'several' && reading.readings[0]).toMatchObject({
      kind: 'scope',
      question: { kind: 'cost' },
    });
  });

  it('« la prépa peut quand même l’aider ? » asks no date', () => {
    expect(
      parseAgendaQuery('son projet c est cariste mais pas a l afpa, la prepa peut quand meme l aider ?', NOW),
    ).toBeUndefined();
  });

  it('« la pec ça dure combien et c’est payé pour la personne ? »: the duration, and no pay in the agreement', () => {
    expect(conversation('la pec ca dure combien et c est paye pour la personne ?')).toMatchObject({
      kind: 'several',
      readings: [{ kind: 'answer' }, { kind: 'scope', question: { kind: 'out_of_scope' } }],
    });
  });

  it('« et le transport c’est remboursé ? » after a list is outside the agreement, not a trade', () => {
    expect(
      conversation('entrees prepa a castel ?', 'et le transport pour y aller c est rembourse ?'),
    ).toMatchObject({
      kind: 'scope',
      question: { kind: 'out_of_scope' },
    });
  });

  it('« la v1 du 18 elle est complète ? sinon la suivante » lists from the 18th on', () => {
    const reading = conversation('la v1 du 18 elle est complete ? sinon la suivante');
    expect(reading).toMatchObject({
      kind: 'agenda',
      query: { kind: 'sessions', volet: 'volet 1', from: '2027-01-18' },
    });
    expect(reading.kind === 'agenda' && reading.query.to).toBeFalsy();
  });

  it('« la prochaine info coll prépa ? celle du 14 je crois » lists from that day on', () => {
    const query = parseAgendaQuery('la prochaine info coll prepa ? celle du 14 janvier je crois', NOW);
    expect(query).toMatchObject({ from: '2027-01-14' });
    expect(query?.to).toBeUndefined();
  });

  it('« (ancienne vendeuse, BRSA) veut faire cariste en mars, c’est possible ? »: the check, and the trainings then', () => {
    expect(
      conversation('une dame (ancienne vendeuse, brsa) veut faire cariste en mars, c possible ?'),
    ).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'person' },
        { kind: 'agenda', query: { kind: 'places', trade: 'cariste', from: '2027-03-01' } },
      ],
    });
  });

  it('« mme 45a brsa veut entrer en formation, prépa ou pas ? » asks the check', () => {
    expect(conversation('mme 45a brsa veut entrer en formation, prepa ou pas ?')).toMatchObject({
      kind: 'person',
      extracted: { asksEligibility: true, programme: 'prepa-competences' },
    });
  });

  it('« doit valider son projet » is the project Prépa’s volet 1 is for', () => {
    expect(
      extractProfile('mme 29 ans brsa, doit valider son projet, quel dispositif ?', { today: NOW }).aim,
    ).toBe('project');
  });

  it('« que Montauban ? mes BRSA de Castel ne bougent pas » after where the Prépa is held asks where, not a check', () => {
    expect(
      conversation('la prepa c est ou ?', 'que montauban ? mes brsa de castel ne bougent pas'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'prepa-competences', aspect: 'modality' } });
  });

  it('« comp pec on la démarre quand, dès le début du contrat ? » asks when in the contract, not the entries', () => {
    expect(
      conversation('comp pec on la demarre qd ? des le debut du contrat ou faut attendre quelques mois'),
    ).toMatchObject({ kind: 'answer', result: { dispositif: 'competences-pec' } });
  });

  it('« l’objectif prépa cest cb et ça date de quand ? » asks the target, not the entries', () => {
    expect(conversation('objectif prepa cest cb et ca date de quand')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'target' },
    });
  });

  it('« et il est envoyé à qui ? » after the bilan asks what comes back to the référent', () => {
    expect(
      conversation('le bilan individuel c pour quels dispositifs', 'et il est envoye a qui ?'),
    ).toMatchObject({
      kind: 'scope',
      question: { kind: 'afterPrescribing' },
    });
  });

  it('« la PEC c’est le contrat aidé ou c’est autre chose ? » says what the contract is, beside the programme', () => {
    expect(conversation('comp pec c quoi ? c est le contrat aide ou c est autre chose ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'answer', result: { dispositif: 'competences-pec' } },
        { kind: 'scope', question: { kind: 'meaning', terms: ['Contrat PEC'] } },
      ],
    });
  });

  it('« vas-y je la prescris » asks for the form', () => {
    expect(recognizePrescribeRequest('vas y je la prescris')).toEqual({});
  });

  it('« places auxiliaire de vie ? » asks that training, published or not', () => {
    expect(parseAgendaQuery('places auxiliaire de vie ?', NOW)).toMatchObject({
      kind: 'places',
      trade: 'auxiliaire de vie',
    });
  });
});

describe('preparing the next two weeks', () => {
  it('« jeudi 21 et jeudi 28, il y a quoi ? » is from the first day named to the last', () => {
    expect(parseAgendaQuery('jeudi 21 et jeudi 28 il y a quoi a l afpa ?', NOW)).toMatchObject({
      from: '2027-01-21',
      to: '2027-01-28',
    });
  });

  it('« semaine pro (du 18 au 24) » is those days, not the two weeks said before', () => {
    expect(
      parseAgendaQuery('je prepare les 2 semaines a venir : semaine pro (du 18 au 24) y a quoi ?', NOW),
    ).toMatchObject({ from: '2027-01-18', to: '2027-01-24' });
  });

  it('« la promo de février » is that month’s entry; « les objectifs de la prépa de mars » are not', () => {
    expect(parseAgendaQuery('la promo 1618 de fevrier', NOW)).toMatchObject({
      kind: 'sessions',
      dispositif: 'promo-16-18',
      from: '2027-02-01',
    });
    expect(parseAgendaQuery('les objectifs de la prepa de mars', NOW)).toBeUndefined();
  });

  it('« jpo à Caussade c quand ? et à Moissac aussi ? » gives one list for each town', () => {
    expect(conversation('jpo a caussade c quand ? et a moissac aussi il y en a une ?')).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'agenda', query: { place: 'caussade' } },
        { kind: 'agenda', query: { place: 'moissac' } },
      ],
    });
  });

  it.each([
    ['ils doivent apporter leur cv a la jpo du 3 fevrier ?', 'ce que la personne doit apporter'],
    ['a la visite ils peuvent dejeuner sur place ?', 'les repas sur place'],
    [
      'elle peut rejoindre la session en cours de route si elle arrive le mercredi ?',
      'une entrée après le début',
    ],
    ['les stagiaires de la prepa sont remuneres ?', 'rémunération'],
  ])('« %s » is outside the agreement', (message, subject) => {
    const reading = conversation(message);
    const outside = reading.kind === 'several' ? reading.readings[0] : reading;
    expect(outside).toMatchObject({ kind: 'scope', question: { kind: 'out_of_scope' } });
    expect(
      outside?.kind === 'scope' && outside.question.kind === 'out_of_scope' && outside.question.subject,
    ).toContain(subject);
  });

  it('« apporter une pièce d’identité à la JPO du 3 ? »: what to bring, and the open day, not personal data', () => {
    expect(
      conversation('ils doivent apporter quoi a la jpo du 3 fevrier ? piece d identite ?'),
    ).toMatchObject({
      kind: 'several',
      readings: [
        { kind: 'scope', question: { kind: 'out_of_scope' } },
        { kind: 'agenda', query: { types: ['jpo'], from: '2027-02-03' } },
      ],
    });
  });

  it('« avant de l’envoyer en info coll promo, je dois lui dire quoi ? »: how to come, and the référent’s part', () => {
    expect(conversation('avant d envoyer un jeune en info coll promo je dois lui dire quoi ?')).toMatchObject(
      {
        kind: 'several',
        readings: [
          { kind: 'scope', question: { kind: 'joiningEvent' } },
          { kind: 'answer', result: { dispositif: 'promo-16-18', aspect: 'prescription' } },
        ],
      },
    );
  });

  it('« prépa / pec / promo, la diff (public et durée) ? » answers the three', () => {
    const reading = conversation('prepa / pec / promo la diff en gros (public et duree) ?');
    expect(
      reading.kind === 'several' && reading.readings.map((r) => r.kind === 'answer' && r.result.dispositif),
    ).toEqual(['prepa-competences', 'competences-pec', 'promo-16-18']);
  });

  it('« et son intitulé de poste ? » after the roles shows the roles again', () => {
    expect(conversation('qui contacter a l afpa ?', 'et c quoi son intitule de poste ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('« l’objectif des jeunes ASE sur la promo ? » after a target is the Promo’s', () => {
    expect(conversation('objectif pec 2022 ?', 'et l objectif des jeunes ase sur la promo ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'promo-16-18', aspect: 'target' },
    });
  });
});

describe('a team meeting and the countryside', () => {
  it.each(['t es sur ? c ecrit ou ?', 'vous etes certain ?', 'tu peux me citer la source ?'])(
    '« %s » after an answer shows it again, with its source',
    (message) => {
      expect(conversation('la promo ca dure combien ?', message)).toMatchObject({
        kind: 'answer',
        result: { dispositif: 'promo-16-18', aspect: 'duration' },
      });
    },
  );

  it('« c’est sur Moissac ? » after where a programme is held is no doubt about the answer', () => {
    expect(conversation('la prepa c ou ?', 'c est sur moissac ?')).not.toMatchObject({
      kind: 'answer',
      result: { aspect: 'modality', aspects: ['modality'] },
      whatItIs: true,
    });
    expect(conversation('la prepa c ou ?', 'sur moissac ?')).toMatchObject({ kind: 'agenda' });
  });

  it('« et leurs noms ? » after the roles shows them again', () => {
    expect(conversation('qui contacter cote afpa ?', 'et leurs noms ?')).toMatchObject({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });

  it('« tu fais quoi ? je montre l’outil à l’équipe cet après-midi » gets the help', () => {
    expect(recognizeCommand('tu fais quoi ? je montre l outil a l equipe cet aprem')).toBe('help');
  });

  it('« l’AFPA peut lui prêter un ordi ? » is outside the agreement', () => {
    expect(
      recognizeScopeQuestion('plus d internet chez elle, l afpa peut lui preter du materiel ?'),
    ).toMatchObject({
      kind: 'out_of_scope',
      subject: 'le prêt ou la fourniture de matériel informatique',
    });
  });
});
