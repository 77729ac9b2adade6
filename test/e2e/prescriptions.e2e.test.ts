import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntrySession } from '../../data/agenda/model.js';
import { personalConversation, REFERENT, type TeamsConversation } from '../factories.js';
import { EndToEnd, visibleText } from '../support/bot-harness.js';
import {
  ADMIN,
  AFPA_CHANNEL,
  AFPA_STAFF,
  buttonData,
  cardText,
  execute,
  inputIds,
  invokeCard,
  OTHER_REFERENT,
  OUTSIDER,
  prepaForm,
  prescriptionEnv,
  say,
  today,
} from '../support/prescription-flow.js';

const SESSION: EntrySession = {
  id: 'session-prepa-fevrier',
  dispositif: 'prepa-competences',
  volet: 'Volet 1',
  start: '2027-02-01',
  end: '2027-02-12',
  place: 'AFPA Montauban',
  modality: 'presentiel',
  seats: 8,
};

describe('prescriptions, end to end', () => {
  let e2e: EndToEnd;
  let referentChat: TeamsConversation;

  beforeEach(async () => {
    e2e = await new EndToEnd().start(prescriptionEnv());
    await e2e.bot.app.stores.agenda.upsert('sessions', SESSION);
    referentChat = personalConversation('a:referent-chat');
  });
  afterEach(async () => {
    await e2e.stop();
  });

  const url = () => e2e.serviceUrl;
  const designateAfpaChannel = async () => {
    const replies = await e2e.say(say(url(), AFPA_CHANNEL, ADMIN, 'recevoir les prescriptions ici'));
    expect(replies[0]?.text).toContain('les nouvelles prescriptions arriveront dans cette conversation');
  };
  /** Opens the form as the référent would and submits it; returns the card that replaced it. */
  const prescribe = async (overrides: Record<string, string> = {}, from = REFERENT, chat = referentChat) => {
    const form = await invokeCard(
      e2e,
      execute(url(), chat, from, { verb: 'openPrescription', dispositif: 'prepa-competences' }),
    );
    const submit = buttonData(form, 'submitPrescription')!;
    const data = { ...submit, ...prepaForm(SESSION.id, overrides) } as Record<string, unknown> & {
      verb: string;
    };
    return { form, data, result: await invokeCard(e2e, execute(url(), chat, from, data)) };
  };
  const referenceIn = (card: unknown) => /P-[0-9A-Z]{6}/.exec(cardText(card))![0];
  const afpaPosts = () => e2e.connector.posted.filter((p) => p.conversationId === AFPA_CHANNEL.id);
  const referentPosts = () => e2e.connector.posted.filter((p) => p.conversationId === referentChat.id);

  it('runs the whole loop: prescription, AFPA card, each status to the bilan, the référent told each time, the card updated in place', async () => {
    await designateAfpaChannel();
    // The référent has talked to the bot in their personal chat: that is where news reaches them.
    await e2e.say(say(url(), referentChat, REFERENT, 'bonjour'));
    const before = e2e.connector.posted.length;

    const { form, result } = await prescribe();
    expect(inputIds(form)).toEqual(
      expect.arrayContaining([
        'volet',
        'session',
        'nom',
        'prenom',
        'naissance',
        'telephone',
        'email',
        'commune',
        'rsa',
        'accompagne',
        'franceTravail',
        'mobilite',
        'garde',
        'autre',
        'adhesion',
        'infoDonnees',
      ]),
    );
    expect(cardText(result)).toMatch(/Prescription envoyée : P-[0-9A-Z]{6}/);
    const reference = referenceIn(result);

    await e2e.connector.waitForCount(before + 1);
    const afpaCard = afpaPosts().at(-1)!;
    const afpaText = cardText(afpaCard.activity.attachments);
    expect(afpaText).toContain(reference);
    expect(afpaText).toContain('Prépa Compétences');
    // Seen by the whole channel: nothing that identifies the person.
    for (const personal of ['Martin', 'Camille', '06 12 34 56 78', '1985', 'Disponible le matin'])
      expect(afpaText).not.toContain(personal);

    // AFPA acknowledges from the card itself: the card clicked is replaced, the référent is told.
    const acknowledged = await invokeCard(
      e2e,
      execute(url(), AFPA_CHANNEL, AFPA_STAFF, { verb: 'acknowledgePrescription', id: reference }),
    );
    expect(cardText(acknowledged)).toContain('Reçue par l’AFPA');
    await e2e.connector.waitForUpdates(1);
    expect(e2e.connector.updated.at(-1)!.conversationId).toBe(AFPA_CHANNEL.id);

    const steps: Array<Record<string, string>> = [
      { statut: 'entretien', date: '2027-01-20', commentaire: 'Entretien au centre à 9 h.' },
      { statut: 'entree', date: today() },
      {
        statut: 'sortie',
        date: today(),
        bilan: 'Projet de formation en logistique confirmé ; CACES à prévoir.',
      },
    ];
    for (const [index, step] of steps.entries()) {
      const card = await invokeCard(
        e2e,
        execute(url(), AFPA_CHANNEL, AFPA_STAFF, { verb: 'changeStatus', id: reference, ...step }),
      );
      expect(cardText(card)).not.toContain('À corriger');
      await e2e.connector.waitForUpdates(index + 2);
    }
    // Acknowledgement, interview, entry, exit: four messages in the référent's personal chat.
    await e2e.connector.waitForCount(before + 1 + 4);
    const news = referentPosts().map((p) => cardText(p.activity.attachments));
    expect(news.filter((text) => text.includes(reference))).toHaveLength(4);
    expect(news.join('\n')).toContain('Entretien planifié le 20 janvier 2027');
    expect(news.at(-1)).toContain('Bilan individuel');
    expect(news.at(-1)).toContain('Projet de formation en logistique confirmé');
    // The last update of the channel card shows the end, still without the person.
    const lastUpdate = cardText(e2e.connector.updated.at(-1)!.activity.attachments);
    expect(lastUpdate).toContain('Parcours terminé');
    expect(lastUpdate).not.toContain('Martin');

    // No personal field in any log line of the whole loop.
    const logs = e2e.bot.logs.join('\n');
    for (const personal of [
      'Martin',
      'Camille',
      '06 12 34 56 78',
      '1985-03-05',
      'Disponible le matin',
      'logistique confirmé',
    ])
      expect(logs).not.toContain(personal);
    // Who created, read and changed it is on record.
    const audit = await e2e.bot.app.stores.prescriptions.auditOf(reference);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'change']));
    expect(JSON.stringify(audit)).not.toContain('Martin');

    // « mes prescriptions »: newest first, with its status.
    const list = await e2e.say(say(url(), referentChat, REFERENT, 'mes prescriptions'));
    expect(cardText(list[0]!.attachments)).toContain(reference);
    expect(cardText(list[0]!.attachments)).toContain('Parcours terminé');
  });

  it('opens the form from an eligibility result with the facts already given', async () => {
    const result = await invokeCard(
      e2e,
      execute(url(), referentChat, REFERENT, {
        verb: 'checkEligibility',
        age: '40',
        rsa: 'oui',
        accompaniedByDepartment: 'oui',
      }),
    );
    const prescribe = buttonData(result, 'openPrescription');
    expect(prescribe).toMatchObject({
      dispositif: 'prepa-competences',
      profile: { rsa: true, accompaniedByDepartment: true },
    });
    const form = await invokeCard(e2e, execute(url(), referentChat, REFERENT, prescribe as { verb: string }));
    const inputs = JSON.stringify(form);
    expect(inputs).toMatch(/"id":"rsa"[^}]*"value":"oui"/);
    expect(inputs).toMatch(/"id":"accompagne"[^}]*"value":"oui"/);
    expect(inputs).toMatch(/"id":"franceTravail"[^}]*"value":""/);
  });

  it('opens the form of the programme just discussed when « je le prescris comment ? » names none', async () => {
    await e2e.say(say(url(), referentChat, REFERENT, 'c koi la prepa comp en gros'));
    const form = await e2e.say(say(url(), referentChat, REFERENT, 'je le prescris comment alors'));
    expect(cardText(form[0]!.attachments)).toContain('Prescrire Prépa Compétences');
    expect(cardText(form[0]!.attachments)).not.toContain('Pour quel dispositif');
  });

  it('opens the form again for the same programme on « on reprend la prescription » after a question asked meanwhile', async () => {
    await e2e.say(say(url(), referentChat, REFERENT, 'je voudrais inscrire une dame en competences pec'));
    await e2e.say(say(url(), referentChat, REFERENT, 'au fait les infos du formulaire sont stockees ou ?'));
    const form = await e2e.say(say(url(), referentChat, REFERENT, 'bon je reprends ma prescription'));
    expect(cardText(form[0]!.attachments)).toContain('Prescrire Compétences PEC');
    expect(cardText(form[0]!.attachments)).not.toContain('Pour quel dispositif');
  });

  it('comes back to the question asked before a form was opened: the form keeps the thread before it', async () => {
    await e2e.say(say(url(), referentChat, REFERENT, 'la promo 1618 c est pour qui ?'));
    await e2e.say(say(url(), referentChat, REFERENT, 'je voudrais inscrire un monsieur en competences pec'));
    const back = await e2e.say(
      say(url(), referentChat, REFERENT, 'pour revenir a ma premiere question, ca dure combien ?'),
    );
    const text = cardText(back[0]!.attachments ?? []);
    expect(text).toContain('La Promo 16/18');
    expect(text).toContain('13 semaines');
  });

  it('opens the form of the programme the person named fits, when several were described', async () => {
    await e2e.say(
      say(
        url(),
        referentChat,
        REFERENT,
        '2 personnes : Mme K 29 ans au rsa, qui a deja son projet d aide a domicile et veut securiser son entree en formation ; M. T 44 ans au rsa en contrat pec en mairie. vous proposez quoi ?',
      ),
    );
    const form = await e2e.say(say(url(), referentChat, REFERENT, 'ok je prescris pour mme K'));
    expect(cardText(form[0]!.attachments)).toContain('Prescrire Prépa Compétences');
  });

  it('opens the form of the programme whose prescribing was just explained on « ok c’est parti »', async () => {
    await e2e.say(say(url(), referentChat, REFERENT, 'comment je prescris la promo 1618 ?'));
    const form = await e2e.say(say(url(), referentChat, REFERENT, 'ok c parti'));
    expect(cardText(form[0]!.attachments)).toContain('Prescrire La Promo 16/18');
    // Said out of that thread, it opens nothing.
    await e2e.say(say(url(), referentChat, REFERENT, 'prochaines jpo'));
    const after = await e2e.say(say(url(), referentChat, REFERENT, 'ok c parti'));
    expect(cardText(after[0]!.attachments ?? [])).not.toContain('Prescrire La Promo 16/18');
  });

  it('opens the form on the session chosen in the agenda', async () => {
    const list = await e2e.say(say(url(), referentChat, REFERENT, 'prochaines entrées prépa compétences'));
    const prescribe = buttonData(list[0]!.attachments, 'openPrescription');
    expect(prescribe).toEqual({ verb: 'openPrescription', session: SESSION.id });
    const form = await invokeCard(e2e, execute(url(), referentChat, REFERENT, prescribe as { verb: string }));
    expect(JSON.stringify(form)).toMatch(new RegExp(`"id":"session"[^}]*"value":"${SESSION.id}"`));
    expect(cardText(form)).toContain('Prescrire Prépa Compétences');
  });

  it('says what rules the person out before the form: « prescrire promo 1618 pour un ASE de 15 ans et demi »', async () => {
    const [warning, form] = await e2e.say(
      say(url(), referentChat, REFERENT, 'prescrire promo 1618 pour un ASE de 15 ans et demi'),
    );
    expect(visibleText(warning!)).toMatch(
      /^Attention, d’après ce que vous décrivez, la personne ne peut pas entrer dans La Promo 16\/18\. Le jeune a 15 ans : c’est trop tôt/,
    );
    expect(cardText(form)).toContain('Prescrire La Promo 16/18');
    // Someone who can enter gets the form alone.
    const [only, ...rest] = await e2e.say(
      say(url(), referentChat, REFERENT, 'prescrire promo 1618 pour un ASE de 16 ans qui a quitte le lycee'),
    );
    expect(cardText(only)).toContain('Prescrire La Promo 16/18');
    expect(rest).toEqual([]);
  });

  it('says a session asked by name is full, and does not choose it', async () => {
    await e2e.bot.app.stores.agenda.upsert('sessions', {
      ...SESSION,
      id: 'session-pleine',
      start: '2027-01-25',
      seats: 0,
    });
    const [form] = await e2e.say(
      say(url(), referentChat, REFERENT, 'je veux inscrire quelqu un en prepa sur l entree du 25 janvier'),
    );
    expect(visibleText(form!)).toMatch(
      /La session du 25 janvier 2027 \(AFPA Montauban\) est complète : choisissez-en une autre/,
    );
    expect(JSON.stringify(form)).not.toMatch(/"id":"session"[^}]*"value":"session-pleine"/);
    expect(JSON.stringify(form)).not.toContain('"value":"session-pleine"');
  });

  it('leaves a remark beside the request unanswered rather than misread', async () => {
    const replies = await e2e.say(
      say(
        url(),
        referentChat,
        REFERENT,
        'je veux inscrire une dame en prepa comp, elle est super motivee hein',
      ),
    );
    expect(replies).toHaveLength(1);
    expect(cardText(replies[0]!.attachments)).toContain('Prescrire Prépa Compétences');
  });

  it('says a session named is full also when the message believes there is room', async () => {
    await e2e.bot.app.stores.agenda.upsert('sessions', {
      ...SESSION,
      id: 'session-pleine',
      start: '2027-01-25',
      seats: 0,
    });
    const replies = await e2e.say(
      say(
        url(),
        referentChat,
        REFERENT,
        'je vais positionner un jeune homme en prepa le 25 janvier, il reste de la place normalement',
      ),
    );
    expect(replies.map((r) => visibleText(r)).join('\n')).toMatch(
      /La session du 25 janvier 2027 \(AFPA Montauban\) est complète/,
    );
  });

  it.each([
    [
      'je veux inscrire un monsieur en prepa comp, mais il doit etre inscrit a france travail avant non ?',
      'Prescrire Prépa Compétences',
      /inscrits ou non à France Travail/,
    ],
    [
      'prescrire competences pec pour un salarie de la mairie, faut prevenir son employeur ?',
      'Prescrire Compétences PEC',
      /employeur/,
    ],
    [
      'inscrire un jeune ase en promo 1618, c est bien moi qui le mets sur panda ensuite ?',
      'Prescrire La Promo 16/18',
      /Panda/,
    ],
  ])('« %s » opens the form and answers the question', async (message, form, answer) => {
    const replies = await e2e.say(say(url(), referentChat, REFERENT, message));
    const all = replies.map((r) => `${visibleText(r)}\n${cardText(r.attachments ?? [])}`);
    expect(all[0]).toContain(form);
    expect(all.slice(1).join('\n')).toMatch(answer);
  });

  it('« je l’inscris dessus » after a list of entries opens the form on the one it led with', async () => {
    await e2e.bot.app.stores.agenda.upsert('sessions', {
      ...SESSION,
      id: 'session-v2-pleine',
      volet: 'Volet 2',
      start: '2027-03-01',
      end: '2027-03-12',
      seats: 0,
    });
    await e2e.bot.app.stores.agenda.upsert('sessions', {
      ...SESSION,
      id: 'session-v2-ouverte',
      volet: 'Volet 2',
      start: '2027-03-15',
      end: '2027-03-26',
      seats: 3,
    });
    const chat = personalConversation('a:referent-dessus');
    await e2e.say(say(url(), chat, REFERENT, 'l entree prepa volet 2 du 1er mars, il reste de la place ?'));
    const [form] = await e2e.say(say(url(), chat, REFERENT, 'ok je l inscris dessus'));
    expect(cardText(form)).toContain('Prescrire Prépa Compétences');
    expect(JSON.stringify(form)).toMatch(/"id":"session"[^}]*"value":"session-v2-ouverte"/);
  });

  it('after a check that settles on Compétences PEC, « prochaine entrée ? » lists its entries only', async () => {
    await e2e.bot.app.stores.agenda.upsert('sessions', {
      ...SESSION,
      id: 'session-pec-mars',
      dispositif: 'competences-pec',
      volet: 'Atelier 2',
      start: '2027-03-03',
      end: '2027-04-28',
    });
    const chat = personalConversation('a:referent-pec-check');
    const talk = async (text: string) => (await e2e.say(say(url(), chat, REFERENT, text))).map(cardText);
    await talk('monsieur 34 ans au rsa, je suis sa referente, il veut se former. des pistes ?');
    const [verdict] = await talk('ah attends il me dit qu il a un contrat pec a la mairie depuis novembre');
    expect(verdict).toContain('la personne peut entrer dans Compétences PEC');
    const [entries] = await talk('la mairie est d accord. prochaine entree ?');
    expect(entries).toContain('Entrées Compétences PEC');
    expect(entries).toContain('3 mars');
    expect(entries).not.toContain('Prépa Compétences');
  });

  it('while a check goes on, the one programme already open is what « une entrée à distance ? » is about', async () => {
    for (const [id, dispositif, volet] of [
      ['prepa-distance', 'prepa-competences', 'Volet 1'],
      ['pec-distance', 'competences-pec', 'Atelier 2'],
    ] as const)
      await e2e.bot.app.stores.agenda.upsert('sessions', {
        ...SESSION,
        id,
        dispositif,
        volet,
        start: '2027-03-08',
        end: '2027-03-19',
        place: 'À distance (classe virtuelle)',
        modality: 'distanciel',
      });
    const chat = personalConversation('a:referent-distance');
    const talk = async (text: string) => (await e2e.say(say(url(), chat, REFERENT, text))).map(cardText);
    const [first] = await talk('une dame de 19 ans au rsa que je suis, on peut lui proposer quoi ?');
    expect(first).toContain('Prépa Compétences : oui ; Compétences PEC : à vérifier');
    const [entries] = await talk('une entree a distance c est quand ?');
    expect(entries).toContain('Prépa Compétences – Volet 1');
    expect(entries).not.toContain('Compétences PEC – Atelier 2');
  });

  it('« prépa ou PEC ? » for someone with no contract: once the PEC is ruled out, « ça commence quand ? » is Prépa’s entries', async () => {
    for (const [id, dispositif, volet] of [
      ['prepa-choice', 'prepa-competences', 'Volet 2'],
      ['pec-choice', 'competences-pec', 'Atelier 3'],
    ] as const)
      await e2e.bot.app.stores.agenda.upsert('sessions', {
        ...SESSION,
        id,
        dispositif,
        volet,
        start: '2027-03-15',
        end: '2027-03-26',
      });
    const chat = personalConversation('a:referent-choice');
    const talk = async (text: string) => (await e2e.say(say(url(), chat, REFERENT, text))).map(cardText);
    const first = (await talk('monsieur 45 ans au rsa, pas de contrat en ce moment, prepa ou pec ?')).join(
      ' ',
    );
    expect(first).toContain('Compétences PEC : non éligible');
    const [entries] = await talk('d accord, et ca commence quand ?');
    expect(entries).toContain('Prépa Compétences – Volet 2');
    expect(entries).not.toContain('Compétences PEC – Atelier 3');
  });

  it('« bon je la prescris quand même en promo » after a check that ruled her out: the reason, then the form', async () => {
    const chat = personalConversation('a:referent-promo-19');
    const talk = async (text: string) => (await e2e.say(say(url(), chat, REFERENT, text))).map(cardText);
    await talk('elle a 19 ans, decrochee, elle touche rien. la promo 1618 ca irait ?');
    const replies = await talk('bon je la prescris quand meme en promo');
    expect(replies[0]).toMatch(
      /^Attention, d’après ce que vous décrivez, la personne ne peut pas entrer dans La Promo 16\/18\. La personne a 19 ans/,
    );
    expect(replies[1]).toContain('Prescrire La Promo 16/18');
  });

  it('brings the form back with each error next to its field and everything typed, and creates nothing', async () => {
    const { result } = await prescribe({ telephone: '12', naissance: '', adhesion: 'false' });
    const text = cardText(result);
    expect(text).toContain('À corriger');
    expect(text).toContain('Numéro français attendu');
    expect(text).toContain('Indiquez la date de naissance.');
    expect(text).toContain('La personne doit avoir donné son accord');
    expect(text).toContain('Martin');
    expect(text).toContain('Disponible le matin.');
    expect(e2e.bot.app.stores.outbox.pendingCount()).toBe(0);
  });

  it('creates one prescription when the same form is sent twice, even at once', async () => {
    const { data, result } = await prescribe();
    const reference = referenceIn(result);
    const again = await Promise.all(
      [1, 2, 3].map(() => invokeCard(e2e, execute(url(), referentChat, REFERENT, data))),
    );
    for (const card of again) expect(cardText(card)).toContain(`Déjà envoyée : ${reference}`);
    const page = await e2e.bot.app.stores.prescriptions.listMine(
      { id: REFERENT.id, name: '', aadObjectId: REFERENT.aadObjectId },
      0,
      10,
    );
    expect(page.total).toBe(1);
  });

  it('refuses a profile the rules refuse, and says who prescribes', async () => {
    const { result } = await prescribe({ rsa: 'non', accompagne: 'non', franceTravail: 'oui' });
    const text = cardText(result);
    expect(text).toContain('Ce n’est pas au Département de prescrire');
    expect(text).toContain('France Travail');
    expect(e2e.bot.app.stores.outbox.pendingCount()).toBe(0);
  });

  it('keeps each prescription to its référent and AFPA; refuses forged staff actions and non-habilitated prescribers', async () => {
    await designateAfpaChannel();
    const { result } = await prescribe();
    const reference = referenceIn(result);
    const otherChat = personalConversation('a:other-chat');

    const seen = await invokeCard(
      e2e,
      execute(url(), otherChat, OTHER_REFERENT, { verb: 'showPrescription', id: reference }),
    );
    expect(cardText(seen)).toContain('Je ne trouve pas cette prescription');
    expect(cardText(seen)).not.toContain('Martin');
    const typed = await e2e.say(say(url(), otherChat, OTHER_REFERENT, reference));
    expect(cardText(typed[0]!.attachments)).not.toContain('Martin');

    const cancel = await invokeCard(
      e2e,
      execute(url(), otherChat, OTHER_REFERENT, { verb: 'cancelPrescription', id: reference }),
    );
    expect(cardText(cancel)).toContain('Je ne trouve pas cette prescription');

    // A référent forging AFPA's button changes nothing.
    const forged = await invokeCard(
      e2e,
      execute(url(), referentChat, REFERENT, {
        verb: 'changeStatus',
        id: reference,
        statut: 'entree',
        date: today(),
      }),
    );
    expect(cardText(forged)).toContain('réservée à l’équipe AFPA');
    const stored = await e2e.bot.app.stores.prescriptions.get(reference);
    expect(stored!.history.map((h) => h.status)).toEqual(['envoyee']);

    // Someone not habilitated is told whom to ask.
    const outsider = await invokeCard(
      e2e,
      execute(url(), personalConversation('a:outsider'), OUTSIDER, { verb: 'openPrescription' }),
    );
    expect(cardText(outsider)).toContain('habilité par l’AFPA');
    expect(buttonData(outsider, 'requestHabilitation')).toBeDefined();

    // The owner sees the detail, and may still cancel: AFPA has not acknowledged yet.
    const detail = await invokeCard(
      e2e,
      execute(url(), referentChat, REFERENT, { verb: 'showPrescription', id: reference }),
    );
    expect(cardText(detail)).toContain('Martin Camille');
    const cancelled = await invokeCard(
      e2e,
      execute(url(), referentChat, REFERENT, { verb: 'cancelPrescription', id: reference }),
    );
    expect(cardText(cancelled)).toContain(`Prescription ${reference} annulée`);
  });

  it('answers a person’s request: an admin finds their prescriptions, offers the export, erases after confirmation', async () => {
    const { result } = await prescribe();
    const reference = referenceIn(result);
    const adminChat = personalConversation('a:admin-rgpd');
    const form = await e2e.say(say(url(), adminChat, ADMIN, 'données d’une personne'));
    expect(buttonData(form[0]!.attachments, 'findPersonData')).toBeDefined();
    const found = await invokeCard(
      e2e,
      execute(url(), adminChat, ADMIN, {
        verb: 'findPersonData',
        nom: 'MARTIN',
        prenom: 'camille',
        naissance: '05/03/1985',
      }),
    );
    expect(cardText(found)).toContain(reference);
    const offer = await e2e.say({
      ...execute(url(), adminChat, ADMIN, buttonData(found, 'exportPersonData') as { verb: string }),
      type: 'message',
      name: undefined,
      value: buttonData(found, 'exportPersonData'),
    });
    expect(offer[0]!.attachments![0]!.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
    const confirm = await invokeCard(
      e2e,
      execute(url(), adminChat, ADMIN, buttonData(found, 'erasePersonData') as { verb: string }),
    );
    expect(cardText(confirm)).toContain('Effacer les données de cette personne ?');
    // Nothing is erased before the confirmation.
    expect((await e2e.bot.app.stores.prescriptions.get(reference))!.erasedAt).toBeUndefined();
    const done = await invokeCard(
      e2e,
      execute(url(), adminChat, ADMIN, buttonData(confirm, 'erasePersonData') as { verb: string }),
    );
    expect(cardText(done)).toContain('Données personnelles effacées (1 prescription)');
    const erased = await e2e.bot.app.stores.prescriptions.get(reference);
    expect(JSON.stringify(erased)).not.toContain('Martin');
    expect(erased!.history.map((h) => h.status)).toEqual(['envoyee']);
    const audit = await e2e.bot.app.stores.prescriptions.auditOf(reference);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'export', 'erase']));
    // A référent cannot do any of it.
    const refused = await invokeCard(
      e2e,
      execute(url(), referentChat, REFERENT, {
        verb: 'findPersonData',
        nom: 'Martin',
        prenom: 'Camille',
        naissance: '1985-03-05',
      }),
    );
    expect(cardText(refused)).toContain('réservée aux administrateurs');
  });

  it('offers the export as a file through Action.Execute too, and keeps the channel card when the detail is asked there', async () => {
    await designateAfpaChannel();
    const { result } = await prescribe();
    const reference = referenceIn(result);
    const kept = await invokeCard(
      e2e,
      execute(url(), AFPA_CHANNEL, AFPA_STAFF, { verb: 'sendPrescriptionDetail', id: reference }),
    );
    expect(cardText(kept)).toContain(reference);
    expect(buttonData(kept, 'acknowledgePrescription')).toBeDefined();
    expect(cardText(kept)).not.toContain('Martin');

    const staffChat = personalConversation('a:staff-export');
    const before = e2e.connector.posted.length;
    const offered = await invokeCard(
      e2e,
      execute(url(), staffChat, AFPA_STAFF, { verb: 'exportPrescriptions', du: '', au: '' }),
    );
    expect(cardText(offered)).toContain('Le fichier vous est proposé juste en dessous');
    const consent = e2e.connector.posted.slice(before).find((p) => p.conversationId === staffChat.id);
    expect(consent?.activity.attachments?.[0]?.contentType).toBe(
      'application/vnd.microsoft.teams.card.file.consent',
    );
  });

  it('refuses a volet 1 on a session published for volet 2', async () => {
    await e2e.bot.app.stores.agenda.upsert('sessions', {
      ...SESSION,
      id: 'session-volet-2',
      volet: 'Volet 2',
    });
    const form = await invokeCard(
      e2e,
      execute(url(), referentChat, REFERENT, { verb: 'openPrescription', dispositif: 'prepa-competences' }),
    );
    const data = { ...buttonData(form, 'submitPrescription')!, ...prepaForm('session-volet-2') };
    const result = await invokeCard(e2e, execute(url(), referentChat, REFERENT, data as { verb: string }));
    expect(cardText(result)).toContain('Cette session est celle du Volet 2');
  });

  it('lets AFPA habilitate a référent who asked, who can then prescribe', async () => {
    await designateAfpaChannel();
    const chat = personalConversation('a:outsider-chat');
    await e2e.say(say(url(), chat, OUTSIDER, 'bonjour'));
    const before = afpaPosts().length;
    const asked = await invokeCard(e2e, execute(url(), chat, OUTSIDER, { verb: 'requestHabilitation' }));
    expect(cardText(asked)).toContain('transmise à l’équipe AFPA');
    await e2e.connector.waitForCount(e2e.connector.posted.length + 1);
    const request = afpaPosts()
      .slice(before)
      .find((p) => cardText(p.activity.attachments).includes('Demande d’habilitation'));
    expect(request).toBeDefined();
    const habilitate = buttonData(request!.activity.attachments, 'habilitate')!;
    const granted = await invokeCard(
      e2e,
      execute(url(), AFPA_CHANNEL, AFPA_STAFF, habilitate as { verb: string }),
    );
    expect(cardText(granted)).toContain(`${OUTSIDER.name} est habilité(e)`);
    // The référent who asked hears it in their personal chat.
    await e2e.connector.waitForCount(e2e.connector.posted.length + 1);
    const told = e2e.connector.posted
      .filter((p) => p.conversationId === chat.id)
      .map((p) => cardText(p.activity.attachments));
    expect(told.join('\n')).toContain('L’AFPA vous a habilité(e) : vous pouvez prescrire dès maintenant.');
    const form = await invokeCard(
      e2e,
      execute(url(), chat, OUTSIDER, { verb: 'openPrescription', dispositif: 'prepa-competences' }),
    );
    expect(buttonData(form, 'submitPrescription')).toBeDefined();
  });
});

describe('prescriptions when Teams or the bot fails', () => {
  let e2e: EndToEnd;
  const chat = personalConversation('a:referent-chat-faults');

  beforeEach(async () => {
    e2e = await new EndToEnd().start(prescriptionEnv());
    await e2e.bot.app.stores.agenda.upsert('sessions', SESSION);
    const replies = await e2e.say(say(e2e.serviceUrl, AFPA_CHANNEL, ADMIN, 'recevoir les prescriptions ici'));
    expect(replies).toHaveLength(1);
  });
  afterEach(async () => {
    await e2e.stop();
  });

  const submitOne = async (from = REFERENT, conversation = chat, overrides: Record<string, string> = {}) => {
    const form = await invokeCard(
      e2e,
      execute(e2e.serviceUrl, conversation, from, {
        verb: 'openPrescription',
        dispositif: 'prepa-competences',
      }),
    );
    const data = { ...buttonData(form, 'submitPrescription')!, ...prepaForm(SESSION.id, overrides) };
    return invokeCard(e2e, execute(e2e.serviceUrl, conversation, from, data as { verb: string }));
  };
  const afpaCards = () =>
    e2e.connector.posted.filter(
      (p) =>
        p.conversationId === AFPA_CHANNEL.id &&
        cardText(p.activity.attachments).includes('Nouvelle prescription'),
    );
  const until = async (test: () => boolean, timeoutMs = 8000) => {
    const deadline = Date.now() + timeoutMs;
    while (!test()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  it('delivers the AFPA card exactly once through a 503 then a 429 with Retry-After', async () => {
    e2e.connector.script({ status: 503 }, { status: 429, retryAfter: '1' });
    const attemptsBefore = e2e.connector.attempts;
    await submitOne();
    await until(() => afpaCards().length === 1);
    expect(e2e.connector.attempts - attemptsBefore).toBe(3);
    // Nothing more arrives later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(afpaCards()).toHaveLength(1);
  });

  it('gives up on 403, marks the message failed and shows it to admins in « état des envois »', async () => {
    e2e.connector.script({ status: 403, code: 'MessageWritesBlocked' });
    const result = await submitOne();
    const reference = /P-[0-9A-Z]{6}/.exec(cardText(result))![0];
    await until(() => e2e.bot.app.stores.outbox.recent(new Date()).failed.length === 1);
    expect(afpaCards()).toHaveLength(0);
    const adminChat = personalConversation('a:admin-chat');
    const status = await e2e.say(say(e2e.serviceUrl, adminChat, ADMIN, 'état des envois'));
    const text = cardText(status[0]!.attachments);
    expect(text).toContain(reference);
    expect(text).toContain('HTTP 403, MessageWritesBlocked');
    expect(text).toContain('bloqué ou retiré');
    // A référent is not an admin.
    const refused = await e2e.say(say(e2e.serviceUrl, chat, REFERENT, 'état des envois'));
    expect(cardText(refused[0]!.attachments)).toContain('réservée aux administrateurs');
  });

  it('sends after a restart what was submitted just before the bot stopped', async () => {
    // Teams is down when the prescription is submitted; the bot then stops before trying again.
    e2e.connector.script({ status: 503 });
    const attemptsBefore = e2e.connector.attempts;
    await submitOne();
    await until(() => e2e.connector.attempts > attemptsBefore);
    await e2e.restartBot(prescriptionEnv());
    await until(() => afpaCards().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(afpaCards()).toHaveLength(1);
  });

  it('takes fifty référents submitting at the same time: fifty prescriptions, fifty AFPA cards, a store that reads back', async () => {
    const referents = Array.from({ length: 50 }, (_, i) => ({
      id: `29:referent-charge-${i}`,
      name: `Référent ${i}`,
      aadObjectId: `00000000-0000-0000-0001-${String(i).padStart(12, '0')}`,
    }));
    await e2e.restartBot(prescriptionEnv({ REFERENT_IDS: referents.map((r) => r.id).join(',') }));
    await Promise.all(
      referents.map((r, i) =>
        submitOne(r, personalConversation(`a:charge-${i}`), { nom: `Nom${'a'.repeat(i % 5)}` }),
      ),
    );
    await until(() => afpaCards().length === 50, 15_000);
    // Reopened from disk, every prescription is there and valid.
    await e2e.restartBot(prescriptionEnv({ REFERENT_IDS: referents.map((r) => r.id).join(',') }));
    const all = await e2e.bot.app.stores.prescriptions.findPerson('Nom', 'Camille', '1985-03-05');
    expect(all.length).toBe(10);
    const mine = await Promise.all(referents.map((r) => e2e.bot.app.stores.prescriptions.listMine(r, 0, 5)));
    expect(mine.map((page) => page.total)).toEqual(referents.map(() => 1));
    expect(
      new Set(afpaCards().map((p) => /P-[0-9A-Z]{6}/.exec(cardText(p.activity.attachments))![0])).size,
    ).toBe(50);
  });
});
