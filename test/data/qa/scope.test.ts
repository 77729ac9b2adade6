import { describe, expect, it } from 'vitest';
import { asksHowToPrescribe, recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { MATERIAL_CONDITIONS_PART } from '../../../data/unset-conditions.js';

/** Questions as référents type them, and what each one is about. */
describe('recognizeScopeQuestion', () => {
  it.each([
    ['qui contacter a l afpa ?', { kind: 'contacts' }],
    ['c est qui le referent a l afpa pour prepa comp', { kind: 'contacts' }],
    ['a qui je dois m adresser pour la promo ?', { kind: 'contacts' }],
    ['vous avez un numero du centre ?', { kind: 'contacts' }],
    ['qui s occupe des prescriptions a montauban', { kind: 'contacts' }],
    [
      'combien de personnes sont entrées en prépa cette année ?',
      { kind: 'figures', dispositif: 'prepa-competences' },
    ],
    ['on a des chiffres sur la pec ?', { kind: 'figures', dispositif: 'competences-pec' }],
    ['combien de jeunes ont deja ete orientes vers la 1618', { kind: 'figures', dispositif: 'promo-16-18' }],
    ['les stats du partenariat', { kind: 'figures' }],
    ['taux de reussite aux examens ?', { kind: 'figures' }],
    ['nb de pec envoyes par le departement cette annee', { kind: 'figures', dispositif: 'competences-pec' }],
    ['quels sont les objectifs chiffrés ?', { kind: 'figures' }],
    ['les cibles pour les trois dispositifs svp', { kind: 'figures' }],
    [
      'c est combien le rsa maintenant',
      { kind: 'out_of_scope', subject: 'le montant ou le versement du RSA' },
    ],
    [
      'il garde son apl pendant la formation ?',
      { kind: 'out_of_scope', subject: 'le logement et les aides au logement' },
    ],
    ['combien il touche de rsa ?', { kind: 'out_of_scope', subject: 'le montant ou le versement du RSA' }],
    [
      'elle sera remuneree pendant prepa comp ?',
      { kind: 'out_of_scope', subject: 'la rémunération des personnes pendant le parcours' },
    ],
    [
      'y a une aide pour le transport jusqu a montauban ?',
      { kind: 'out_of_scope', subject: 'les aides à la mobilité ou au permis' },
    ],
    [
      'et pour le permis de conduire ?',
      { kind: 'out_of_scope', subject: 'les aides à la mobilité ou au permis' },
    ],
    [
      'il peut faire l e2c plutot ?',
      { kind: 'out_of_scope', subject: 'ce programme, qui n’en fait pas partie' },
    ],
    ['cej ou promo 1618 ?', { kind: 'out_of_scope', subject: 'ce programme, qui n’en fait pas partie' }],
  ])('« %s »', (message, expected) => {
    expect(recognizeScopeQuestion(message)).toEqual(expected);
  });

  it.each([
    'combien de places en prepa comp ?',
    'objectif chiffré de la pec ?',
    'quels sont les objectifs de l accord ?',
    'combien de personnes prévues en prépa ?',
    'combien de temps dure la promo',
    'c est quoi le rsfp',
    'prochaines jpo',
    'une dame au rsa peut faire prepa comp ?',
    'combien de temps dure prepa pour une dame au rsa',
    'apprentissage du francais pour une primo arrivante',
  ])('leaves « %s » to the other answers', (message) => {
    expect(recognizeScopeQuestion(message)).toBeUndefined();
  });
});

describe('recognizeScopeQuestion: cost and more subjects outside the agreement', () => {
  it.each([
    ['combien ca coute ?', 'cost'],
    ['c est payant pour la personne ?', 'cost'],
    ['qui paie la prepa comp ?', 'cost'],
    ['le CD paie la creche pendant la formation ?', 'out_of_scope'],
    ['les frais de deplacement pour aller a montauban c rembourse ?', 'out_of_scope'],
    ['la CAF doit etre prevenue quand un brsa entre en formation ?', 'out_of_scope'],
    ['les ateliers commencent a quelle heure ?', 'out_of_scope'],
    ['si elle refuse son rsa peut etre suspendu ?', 'out_of_scope'],
    ['nb de brsa en prepa comp depuis janvier stp', 'figures'],
    ['on en est ou sur les objectifs pec', 'figures'],
    ['c ou le centre afpa ?', 'out_of_scope'],
  ])('« %s » → %s', (message, kind) => {
    expect(recognizeScopeQuestion(message)?.kind).toBe(kind);
  });
});

describe('recognizeScopeQuestion: subjects from the third blind set', () => {
  it.each([
    ['et il touche combien de rsa lui ?', 'le montant ou le versement du RSA'],
    [
      'la css (complementaire sante solidaire) elle la garde si elle rentre en formation ?',
      'les prestations',
    ],
    ['le contrat jeune majeur ase ca va jusqu a quel age ?', 'ce programme'],
    ['cb la region paie un stagiaire en formation qualifiante a l afpa ?', 'la rémunération'],
    ['les 15h d activite du rsa, la prepa comp ca compte dedans ?', 'droits et devoirs'],
    ['le greta de montauban il a des dates de fle en ce moment ?', 'organisme'],
    ['elle veut abandonner en cours de route, on fait comment ?', 'arrête son parcours'],
  ])('« %s » is outside the agreement (%s)', (text, subject) => {
    const found = recognizeScopeQuestion(text);
    expect(found?.kind).toBe('out_of_scope');
    expect(found && 'subject' in found ? found.subject : '').toContain(subject);
  });

  it.each([
    'prepa comp ca vaut aussi si elle veut rentrer en formation ailleurs qu a l afpa, genre au greta ?',
    'et si on veut arreter avant ?',
    'un jeune majeur de 19 ans peut faire la promo ?',
  ])('« %s » is not taken for a subject outside the agreement', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).not.toBe('out_of_scope');
  });

  it.each([
    ['on a atteint les 50 en comp pec ou pas encore', 'competences-pec'],
    ['nb d orientations ase vers la 1618 a date ?', 'promo-16-18'],
  ])('« %s » asks for figures', (text, dispositif) => {
    expect(recognizeScopeQuestion(text)).toEqual({ kind: 'figures', dispositif });
  });

  it('reads « ça coûte qqch à l’employeur ? » as a question of cost', () => {
    expect(recognizeScopeQuestion('et ca coute qqch a l employeur ou au cd ?')).toEqual({ kind: 'cost' });
  });
});

describe('recognizeScopeQuestion: subjects from the fourth blind set', () => {
  it.each([
    ['elle touche l aah, si elle fait la prepa ca change qqch a son aah ?', 'les prestations'],
    [
      'il a une rqth et besoin d un amenagement de poste pdt la formation, c l afpa qui gere ca ou qui ?',
      'handicap',
    ],
    ['pour le francais a visee pro faut un titre de sejour en cours de validite ?', 'séjour'],
  ])('« %s » is outside the agreement (%s)', (text, subject) => {
    const found = recognizeScopeQuestion(text);
    expect(found?.kind).toBe('out_of_scope');
    expect(found && 'subject' in found ? found.subject : '').toContain(subject);
  });

  it('reads « et on en est à combien ? » as a question of figures', () => {
    expect(recognizeScopeQuestion('et on en est a combien ?')).toEqual({ kind: 'figures' });
  });
});

describe('recognizeScopeQuestion: from the fifth blind set’s kinds of question', () => {
  it.each([
    [
      'on aimerait que l afpa vienne presenter la prepa et comp pec a notre temps d equipe, je demande a qui ?',
      'contacts',
    ],
    ['le suivi de l accord de partenariat cote afpa c qui ?', 'contacts'],
    ['qui coordonne les dispositifs a l afpa', 'contacts'],
    ['et ils sont atteints ?', 'figures'],
    ['les objectifs 2022 ont ete atteints ?', 'figures'],
    ['le cd finance le permis b pour les brsa ?', 'out_of_scope'],
  ])('« %s » → %s', (text, kind) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe(kind);
  });
});

describe('recognizeScopeQuestion: from the sixth blind set’s kinds of question', () => {
  it.each([
    ['qui deploie la promo cote afpa ?', 'contacts'],
    ['pour un souci sur un parcours je contacte qui a l afpa', 'contacts'],
    ['et c atteint ?', 'figures'],
    ['un soudeur ca gagne cb en sortie de formation ?', 'out_of_scope'],
  ])('« %s » → %s', (text, kind) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe(kind);
  });
});

describe('recognizeScopeQuestion: from the seventh blind set’s kinds of question', () => {
  it.each([
    ['au departement qui doit faire le lien avec l afpa pour les formations ?', 'contacts'],
    ['l afpa de toulouse a des places en logistique ?', 'out_of_scope'],
    ['la promo ca compte pour les allocs ?', 'out_of_scope'],
  ])('« %s » → %s', (text, kind) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe(kind);
  });

  it('leaves AFPA Montauban’s places to the agenda', () => {
    expect(recognizeScopeQuestion('l afpa de montauban a des places en soudure ?')).toBeUndefined();
  });
});

describe('recognizeScopeQuestion: from the ninth blind set’s kinds of question', () => {
  it.each([
    ['on a fait combien d entrees en prepa ce trimestre ?', 'figures'],
    ['l objectif des 50 pec on y est ?', 'figures'],
    ['le centre est accessible en fauteuil roulant ?', 'out_of_scope'],
    ['l aide de l etat a l employeur pour un pec c combien ?', 'out_of_scope'],
    ['si elle tombe malade pendant la formation elle fait comment ?', 'out_of_scope'],
    ['un pec en lui meme ca dure combien ?', 'out_of_scope'],
  ])('« %s » → %s', (text, kind) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe(kind);
  });
});

describe('recognizeScopeQuestion: figures, targets, contacts and funding asked another way', () => {
  it.each<[string, unknown]>([
    [
      'combien de rsa on a mis sur la prepa depuis le debut et c etait quoi l objectif',
      { kind: 'figures', dispositif: 'prepa-competences' },
    ],
    ['rappelle moi les objectifs chiffres pour prepa, pec et promo', { kind: 'figures' }],
    ['le taux d insertion apres la promo ?', { kind: 'figures', dispositif: 'promo-16-18' }],
    ['pilotage du partenariat : les responsables ?', { kind: 'contacts' }],
    [
      'qui paie la nounou pendant la prepa ?',
      {
        kind: 'out_of_scope',
        subject: 'le financement de la garde des enfants',
        seeInstead: MATERIAL_CONDITIONS_PART,
      },
    ],
  ])('« %s »', (text, expected) => {
    expect(recognizeScopeQuestion(text)).toEqual(expected);
  });
});

describe('recognizeScopeQuestion: benefits, the follow-up of the agreement, targets of a year and indicators', () => {
  it.each<[string, unknown]>([
    [
      'elle va perdre son rsa si elle rentre en formation ?',
      { kind: 'out_of_scope', subject: 'le montant ou le versement du RSA' },
    ],
    [
      'le rsa il baisse quand on signe un pec ?',
      { kind: 'out_of_scope', subject: 'le montant ou le versement du RSA' },
    ],
    [
      'elle garde son rsa pendant la prepa ?',
      { kind: 'out_of_scope', subject: 'le montant ou le versement du RSA' },
    ],
    ['qui sont les personnes chargees du suivi de l accord ?', { kind: 'contacts' }],
    ['y a des objectifs fixes pour 2024 ?', { kind: 'figures', year: 2024 }],
    ['les objectifs de l annee prochaine sont connus ?', { kind: 'figures' }],
    [
      'l indicateur de la pec il compte quoi ?',
      { kind: 'figures', dispositif: 'competences-pec', indicators: ['2.1.3', '2.1.4'] },
    ],
    [
      'pour les jpo et les visites on compte quoi comme indicateur ?',
      { kind: 'figures', indicators: ['2.1.1'] },
    ],
    [
      'les indicateurs du plan d action ?',
      { kind: 'figures', indicators: ['2.1.1', '2.1.2', '2.1.3', '2.1.4'] },
    ],
    [
      "un PEC c paye combien de l'heure ?",
      {
        kind: 'out_of_scope',
        subject: 'le contrat PEC lui-même (salaire, durée du travail)',
        seeInstead:
          'Voyez avec l’employeur ou le prescripteur du PEC : France Travail (ex-Pôle emploi), la Mission locale ou Cap emploi.',
      },
    ],
    [
      'formation aide soignante a l IFSI de montauban, tu sais les dates ?',
      {
        kind: 'out_of_scope',
        subject: 'les formations d’autres organismes, leurs dates ou leurs inscriptions',
        seeInstead:
          'Voyez avec l’organisme lui-même. Pour préparer l’entrée dans une formation, à l’AFPA ou ailleurs, il y a le volet 2 de Prépa Compétences, « Sécuriser l’entrée en formation » (Protocole, § 3).',
      },
    ],
    ['le monsieur de la prepa a abandonne au 3e jour, je mets a jour comment ?', { kind: 'handling' }],
    ['indicateurs sur les calendriers d entrees en prestation ?', { kind: 'figures', indicators: ['2.1.3'] }],
    ["qui represente l'afpa dans le suivi de l'accord ?", { kind: 'contacts' }],
    [
      "c'est moi maintenant qui dois publier les JPO et les info coll, je fais comment, j'ai tout dans un tableau excel",
      { kind: 'publishing' },
    ],
    ["pour importer le calendrier d'entrees depuis excel il faut quelles colonnes ?", { kind: 'publishing' }],
    [
      'les jeunes de la promo peuvent dormir sur place ? internat ?',
      { kind: 'out_of_scope', subject: 'le logement et les aides au logement' },
    ],
    ["une fois que j'ai prescrit il se passe quoi ?", { kind: 'afterPrescribing' }],
    ["une fois la prescription envoyée, l'afpa me répond quand ?", { kind: 'afterPrescribing' }],
    [
      "je sais pas si l'afpa a bien recu ma prescription de la semaine derniere, comment je vois ?",
      { kind: 'afterPrescribing' },
    ],
    ["faut l'accord de la personne avant de prescrire ?", { kind: 'prescribing' }],
    ["je peux l'inscrire sans son accord ?", { kind: 'prescribing' }],
    ["il faut qu'elle soit d'accord ?", { kind: 'prescribing' }],
    ['indicateurs de la 2.1.2', { kind: 'figures', indicators: ['2.1.2'] }],
    ['2.1.4 on mesure quoi ?', { kind: 'figures', indicators: ['2.1.4'] }],
    [
      "c quoi l'indicateur de l'action 2-1-1 et de la 2.1.3",
      { kind: 'figures', indicators: ['2.1.1', '2.1.3'] },
    ],
    ['fiche 2.1.3 on compte qui exactement', { kind: 'figures', indicators: ['2.1.3'] }],
    [
      'cb de brsa on a orientes vers prepa depuis janvier et l objectif c combien ?',
      { kind: 'figures', dispositif: 'prepa-competences' },
    ],
  ])('« %s »', (text, expected) => {
    expect(recognizeScopeQuestion(text)).toEqual(expected);
  });

  it('leaves the length of Compétences PEC to its fiche', () => {
    expect(recognizeScopeQuestion('competences pec c combien d heures')).toBeUndefined();
  });
});

describe('asksHowToPrescribe: how a prescription is sent and followed, named by no programme', () => {
  it.each([
    'je fais comment pour l envoyer a l afpa ?',
    'on passe par un formulaire ou par mail pour prescrire ?',
    'comment je l inscris concretement ?',
    'je peux voir ou en est ma prescription ?',
    'une fois envoyee je peux suivre ou elle en est ?',
    'comment on oriente quelqu un chez vous ?',
  ])('« %s »', (text) => {
    expect(asksHowToPrescribe(text)).toBe(true);
  });

  it.each([
    'comment ca se passe la prepa ?',
    'qui peut prescrire la vae ?',
    'je veux prescrire',
    'comment on fait pour venir a la jpo ?',
  ])('not « %s »', (text) => {
    expect(asksHowToPrescribe(text)).toBe(false);
  });
});

describe('health or judicial details offered for a prescription', () => {
  it.each([
    'je peux joindre son certificat medical a la prescription ?',
    'je mets ses antecedents psy dans la fiche pour l afpa ?',
  ])('« %s » is about personal data', (text) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe('personalData');
  });
});
