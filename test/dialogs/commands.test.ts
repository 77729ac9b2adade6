import { describe, expect, it } from 'vitest';
import {
  findPrescriptionReference,
  recognizeCommand,
  digestFollowUp,
  recognizeDigestRequest,
  recognizePrescribeRequest,
  requestAndQuestion,
} from '../../dialogs/commands.js';

describe('requests to prescribe, as référents type them', () => {
  it.each([
    ['prescrire', {}],
    ["inscrire quelqu'un en prépa", { dispositif: 'prepa-competences' }],
    ['je voudrais orienter un jeune vers la promo 16-18', { dispositif: 'promo-16-18' }],
    ['Prescrire la PEC pour mon allocataire', { dispositif: 'competences-pec' }],
    ['faire une prescription promo 1618 pour un jeune de l ase', { dispositif: 'promo-16-18' }],
    ['inscription prepa volet 2 pour un monsieur', { dispositif: 'prepa-competences' }],
    ['je voudrais positionner qqn sur l entree du 18 janvier', {}],
    ['je prescris comment ?', {}],
    [
      'prescription prepa volet 1 a moissac en mars pr un mr de valence d agen',
      { dispositif: 'prepa-competences' },
    ],
    // Only Prépa Compétences has volets (Protocole, § 3).
    ['ok je la prescris sur la prochaine session volet 2', { dispositif: 'prepa-competences' }],
    ['inscription atelier 2 pec du 3 mars pour mr B.', { dispositif: 'competences-pec' }],
    ['ok reserve lui une place pr mr B stp', {}],
    ['presc prepa v1 distanciel du 8/02 pr mme K stp', { dispositif: 'prepa-competences' }],
    ['tu peux m envoyer le formulaire de presc stp', {}],
    // One person after the other, or the form taken up after a question asked while filling it.
    ['je vais commencer par inscrire le monsieur en prepa', { dispositif: 'prepa-competences' }],
    ['on commence par prescrire la pec de madame', { dispositif: 'competences-pec' }],
    ['bon, on reprend la prescription', {}],
    ['je continue ma prescription', {}],
    ['merci, je vais prescrire la pec alors', { dispositif: 'competences-pec' }],
    // The decision said after weighing: « j'hésite… bon allez je prescris ».
    [
      'prepa ou promo pour elle, je sais pas trop. Bon je la prescris en promo',
      { dispositif: 'promo-16-18' },
    ],
    ['la pec me tente plus... finalement on l inscrit en prepa', { dispositif: 'prepa-competences' }],
    // The programme left out is not the one asked.
    ['prescrire la promo pour un jeune, pas la prepa', { dispositif: 'promo-16-18' }],
    ['je veux prescrire en competences pec, pas en prepa', { dispositif: 'competences-pec' }],
    ['je veux prescrire la promo. bon, merci', { dispositif: 'promo-16-18' }],
  ])('« %s »', (text, expected) => {
    expect(recognizePrescribeRequest(text)).toEqual(expected);
  });

  it.each([
    'merci je vais l orienter vers la mission locale',
    'on commence par l inscrire a france travail',
    'qui peut prescrire la VAE ?',
    'comment prescrire la vae ?',
    'comment inscrire en prepa ?',
    'inscription sur panda c est quoi',
    'je l ai prescrite hier. bon, qui je contacte pour le bilan ?',
    'quand je prescris, l afpa recoit quoi exactement',
  ])('leaves the question « %s » to the answers', (text) => {
    expect(recognizePrescribeRequest(text)).toBeUndefined();
  });

  it('finds a reference typed in a sentence, and knows the commands of the menu', () => {
    expect(findPrescriptionReference('ou en est la p-7k3m9q ?')).toBe('P-7K3M9Q');
    expect(recognizeCommand('mes prescriptions')).toBe('myPrescriptions');
    expect(recognizeCommand('Recevoir les prescriptions ici')).toBe('designateAfpa');
    expect(recognizeCommand('campagne')).toBe('campaigns');
    expect(recognizeCommand('ok merci bcp')).toBe('thanks');
  });

  it.each([
    "bjr je viens d'arriver au service insertion du CD, c quoi les dispositifs afpa qu'on peut utiliser avec nos benef ?",
    'quels sont les dispositifs ?',
    "y a quoi comme dispositifs a l'afpa",
  ])('lists the dispositifs for « %s »', (text) => {
    expect(recognizeCommand(text)).toBe('list');
  });

  it.each([
    'quels dispositifs pour un jeune ASE de 17 ans',
    'c quoi les dispositifs pour les BRSA',
    "le bilan individuel en fin de parcours c prevu pour quels dispositifs ? c'est envoye a qui ?",
  ])('leaves « %s », which names a public or asks of them, to the question answering', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });

  it.each([
    'ok et tu peux me dire si qqn est eligible ?',
    "j'ai qqn a orienter vers l'afpa mais je sais pas vers quoi",
  ])('starts the guided check for « %s »', (text) => {
    expect(recognizeCommand(text)).toBe('eligibility');
  });

  it('leaves someone described to the free-text check', () => {
    expect(recognizeCommand("j'ai qqn a orienter, 35 ans au rsa, je sais pas vers quoi")).toBeUndefined();
  });

  it.each(['merci !! tu me sauves', 'merci vous me sauvez', 'top merci tu geres'])(
    'thanks back « %s »',
    (text) => {
      expect(recognizeCommand(text)).toBe('thanks');
    },
  );

  it.each(['bjr', 'bonjour !', 'slt', 'coucou'])('greets back « %s »', (text) => {
    expect(recognizeCommand(text)).toBe('help');
  });

  it.each([
    'salut c est nadia de la mds de castelsarrasin',
    'Bonjour, c’est Paul du CD82',
    'bjr ici c est Karine, référente à Moissac',
  ])('greets back someone who says who they are: « %s »', (text) => {
    expect(recognizeCommand(text)).toBe('help');
  });

  it.each([
    'salut c est quoi la promo ?',
    'bonjour c est pour une prescription',
    'bonjour c est possible en distanciel ?',
  ])('leaves « %s » to the questions', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });

  it.each([
    'tu sais faire quoi ?',
    'qu est ce que tu peux faire',
    'tu sers a quoi ?',
    'je suis nouvelle au cd, premiere fois que je t utilise, tu sais faire quoi ?',
  ])('shows what it does for « %s »', (text) => {
    expect(recognizeCommand(text)).toBe('help');
  });

  it.each([
    'on a combien de prescriptions en attente ?',
    'les prescriptions a traiter stp',
    'prescriptions recues ?',
  ])('lists the prescriptions to handle for « %s »', (text) => {
    expect(recognizeCommand(text)).toBe('openPrescriptions');
  });

  it('reads « ok je lui en parle demain et je le prescris » as a request to prescribe', () => {
    expect(recognizePrescribeRequest('ok je lui en parle demain et je le prescris')).toBeDefined();
  });

  it.each([
    'mes prescriptions, ça en est où ?',
    'ou en sont mes prescriptions stp',
    'mes orientations elles en sont ou',
    'ou en sont mes prescriptions ?',
  ])('lists one’s prescriptions for « %s »', (text) => {
    expect(recognizeCommand(text)).toBe('myPrescriptions');
  });
});

describe('recognizeDigestRequest', () => {
  it.each([
    ['m’abonner au récap', 'subscribeDigest'],
    ['abonne moi au recap', 'subscribeDigest'],
    ['je voudrais recevoir le recap chaque semaine', 'subscribeDigest'],
    ['recap hebdo stp', 'subscribeDigest'],
    ['m’inscrire au récap', 'subscribeDigest'],
    ['me désabonner', 'unsubscribeDigest'],
    ['desabonne moi', 'unsubscribeDigest'],
    ['je ne veux plus recevoir le récap', 'unsubscribeDigest'],
    ['stop les alertes', 'unsubscribeDigest'],
    ['arrete le recap', 'unsubscribeDigest'],
  ])('reads « %s » as %s', (text, kind) => {
    expect(recognizeDigestRequest(text)?.kind).toBe(kind);
  });

  it('reads a places alert asked for a trade or a programme, as written', () => {
    expect(recognizeDigestRequest('prévenez-moi des nouvelles places en maçonnerie')).toEqual({
      kind: 'subscribeDigest',
      trade: 'maçonnerie',
    });
    expect(recognizeDigestRequest('je veux etre alerte des places pour la promo')).toEqual({
      kind: 'subscribeDigest',
      dispositif: 'promo-16-18',
    });
  });

  // « c’est quoi le récap ? » is now answered with what the digest is (see below): the questions could only say « pas sûr ».
  it.each(['il reste des places en soudure ?', 'places en soudure', 'prescrire en prepa'])(
    'leaves « %s » to the questions',
    (text) => {
      expect(recognizeDigestRequest(text)).toBeUndefined();
    },
  );
});

describe('a prescription said in the first person', () => {
  it.each([
    'je positionne un jeune ase sur la promo qui demarre en fevrier',
    'je prescris la prepa pour une dame',
  ])('« %s » asks to prescribe', (text) => {
    expect(recognizePrescribeRequest(text)).toBeDefined();
  });
});

describe('recognizeDigestRequest: ten more ways of asking, tried through the server', () => {
  it.each([
    ['abonnez moi au recap svp', 'subscribeDigest'],
    ['je veux plus d alertes', 'unsubscribeDigest'],
    ['arrete de m envoyer le recap stp', 'unsubscribeDigest'],
    ['c quoi le recap hebdo ?', 'aboutDigest'],
    ['c’est quoi le récap ?', 'aboutDigest'],
  ])('reads « %s » as %s', (text, kind) => {
    expect(recognizeDigestRequest(text)?.kind).toBe(kind);
  });

  it('keeps the programme, trade and town named with a subscription', () => {
    expect(recognizeDigestRequest('je veux le recap que pour la promo')).toEqual({
      kind: 'subscribeDigest',
      dispositif: 'promo-16-18',
    });
    expect(recognizeDigestRequest('previens moi des places en logistique a montauban')).toEqual({
      kind: 'subscribeDigest',
      trade: 'logistique',
      town: 'montauban',
    });
  });
});

describe('the digest asked about, as référents type it', () => {
  it.each([
    'le digest c quand ?',
    'le recap il arrive quand ?',
    'c koi la newsletter du lundi',
    'il sert a quoi le recap hebdo ?',
    'le récap du lundi, c’est envoyé à quelle heure ?',
  ])('« %s » asks what the digest is', (text) => {
    expect(recognizeDigestRequest(text)?.kind).toBe('aboutDigest');
  });

  it('reads « alerte-moi quand il y a des places » as the alert, not a question about it', () => {
    expect(recognizeDigestRequest('alerte moi quand il y a des places en soudure')?.kind).toBe(
      'subscribeDigest',
    );
  });

  it.each([
    ['je veux plus le recevoir', 'unsubscribeDigest'],
    ['stop', 'unsubscribeDigest'],
    ['arretez de me l envoyer svp', 'unsubscribeDigest'],
    ['non merci, pas pour moi', undefined],
    ['ok je veux bien le recevoir', 'subscribeDigest'],
    ['oui abonne moi', 'subscribeDigest'],
    ['comment je m inscris ?', 'subscribeDigest'],
    ['je peux choisir que les metiers du batiment ?', 'digestSettings'],
    ['et les places en soudure ?', undefined],
  ])('right after it, reads « %s » as %s', (text, kind) => {
    expect(digestFollowUp(text)).toBe(kind);
  });
});

describe('a prescription asked in passing, as référents type it', () => {
  it.each([
    'ok go presc',
    'parfait, inscris-la sur celle de Moissac',
    'super je veux la positionner sur la prochaine',
    'l’employeur est d’accord, je lance la prescription',
    'mets mme D sur la promo de mars',
  ])('« %s » asks to prescribe', (text) => {
    expect(recognizePrescribeRequest(text)).toBeDefined();
  });

  it.each([
    'comment je fais la prescription ?',
    'qui peut prescrire la prépa ?',
    'je mets quoi dans le motif ?',
  ])('« %s » asks how, not to prescribe', (text) => {
    expect(recognizePrescribeRequest(text)).toBeUndefined();
  });
});

describe('a prescription asked with « y »', () => {
  it('« je voudrais y inscrire Mme L. » asks to prescribe', () => {
    expect(recognizePrescribeRequest('Je voudrais y inscrire Mme L., allocataire du RSA.')).toBeDefined();
  });
});

describe('a prescription asked as a question or a request sent', () => {
  it.each(['je peux y mettre Mme B. ? elle est partante', 'ok je lance la demande pour lui'])(
    '« %s » asks to prescribe',
    (text) => {
      expect(recognizePrescribeRequest(text)).toBeDefined();
    },
  );
});

describe('a prescription with « prescription » mistyped', () => {
  it('« presciption promo 1618 pr un jeune ase stp » asks to prescribe the Promo', () => {
    expect(recognizePrescribeRequest('presciption promo 1618 pr un jeune ase stp')).toEqual({
      dispositif: 'promo-16-18',
    });
  });
});

describe('commands as the fifty-third to fifty-fifth sets typed them', () => {
  it.each<[string, string]>([
    ['mes prescriptions ou en sont elles', 'myPrescriptions'],
    ['elle en est ou ma prescription pour mr K de la semaine derniere, l afpa l a vue ?', 'myPrescriptions'],
    ['ou en est la prescription de mme D ?', 'myPrescriptions'],
    ['merci bcp t top', 'thanks'],
    ['bonjour, nouvelle coordinatrice a l afpa, tu sais faire quoi pour moi ?', 'help'],
  ])('« %s »', (text, command) => {
    expect(recognizeCommand(text)).toBe(command);
  });

  it('leaves a question on a prescription’s content to the answers', () => {
    expect(recognizeCommand('la prescription prepa comp ca se fait ou ?')).toBeUndefined();
  });
});

describe('requestAndQuestion', () => {
  it.each([
    [
      'je veux inscrire une dame en prepa, mais elle doit etre inscrite a FT avant non ?',
      'elle doit etre inscrite a FT avant non ?',
    ],
    ['prescrire la pec pour un monsieur en mairie, faut l accord du maire ?', 'faut l accord du maire ?'],
    [
      'je veux l inscrire en prepa, comment on fait pour la date d entree ?',
      'comment on fait pour la date d entree ?',
    ],
    ['je veux prescrire la prepa pour M. Diallo, il a 45 ans c est ok ?', 'il a 45 ans c est ok ?'],
  ])('« %s » is a request, then the question « %s »', (text, question) => {
    expect(requestAndQuestion(text)?.question).toBe(question);
  });

  it.each([
    'ok je veux l inscrire, comment on fait ?',
    'je veux prescrire la promo pour un jeune, tu me lances le formulaire ?',
    'je veux prescrire la prepa',
    'inscription prepa pour mme B, merci',
    'je veux prescrire la prepa pour M. Diallo. merci',
  ])('« %s » is a request alone', (text) => {
    expect(requestAndQuestion(text)).toBeUndefined();
  });
});
