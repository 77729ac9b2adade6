import { CSV_COLUMNS } from '../data/agenda/csv-import.js';
import type { CampaignRecord } from '../data/campaigns.js';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel, type DispositifId } from '../data/catalogue/schema.js';
import { frenchDay } from '../data/dates.js';
import { AGREEMENT_2022_CAMPAIGN, PROGRAMMES, type Programme } from '../data/eligibility.js';
import { EVENT_TYPE_LABELS } from '../data/agenda/model.js';
import { GLOSSARY } from '../data/qa/glossary.js';
import { JOINING_WHAT_THE_AGREEMENT_SAYS, type JoiningEvent } from '../data/qa/joining-events.js';
import { withLead, type Passage } from '../data/qa/passages.js';
import {
  CONTACTS_OF_THE_AGREEMENT,
  INDICATORS_OF_THE_PLAN,
  type PlanRow,
  type ScopeQuestion,
} from '../data/qa/scope.js';
import { AUDIENCES, type ProgrammesForAPublic } from '../data/qa/programmes-for-a-public.js';
import { normalizeText } from '../data/qa/normalize.js';
import { VERBS, type CardButton } from './actions.js';
import { recordCard } from './record-card.js';

/**
 * Answers that come straight from the agreement's text rather than from a fiche:
 * whom to contact, the figures and their targets, a passage that answers a precise
 * question, and what the agreement does not cover.
 */

const CONTACTS_BUTTON: CardButton = { title: 'Qui contacter', data: { verb: VERBS.showContacts } };
const MY_PRESCRIPTIONS_BUTTON: CardButton = {
  title: 'Mes prescriptions',
  data: { verb: VERBS.listMyPrescriptions, offset: 0 },
};
const MENU_BUTTON: CardButton = { title: 'Menu', data: { verb: VERBS.showMenu } };
const AGENDA_BUTTON: CardButton = {
  title: 'Agenda AFPA',
  data: { verb: VERBS.showAgenda, query: { kind: 'events' }, offset: 0 },
};
const PRESCRIBE_BUTTON: CardButton = { title: 'Prescrire', data: { verb: VERBS.openPrescription } };

export function contactsCard() {
  return recordCard({
    title: 'Qui contacter',
    subtitle: 'Les rôles que l’accord nomme pour les trois dispositifs.',
    blocks: [
      ...CONTACTS_OF_THE_AGREEMENT.map((c) => ({ text: `${c.text} (${c.source})` })),
      // Asked often after the names: the agreement gives roles, never an address or a number.
      {
        text: 'L’accord ne précise pas de coordonnées : ni adresse électronique, ni numéro de téléphone.',
      },
    ],
    buttons: [PRESCRIBE_BUTTON, AGENDA_BUTTON, MENU_BUTTON],
  });
}

/** The events each row of the plan counts, as a sentence names them. */
const EVENTS_OF_ROW: Partial<Record<PlanRow, string>> = {
  '2.1.1': 'les journées portes ouvertes, les informations collectives et les visites de plateaux techniques',
  '2.1.2': 'les réunions métiers',
};

/**
 * The figures are not kept here yet; the targets of the campaign are (`campaign` is the one
 * that set them), and what the action plan counts when its indicators were asked.
 */
export function figuresCard(
  catalogue: Catalogue,
  campaign: CampaignRecord,
  {
    dispositif,
    indicators = [],
    year: askedYear,
    noTarget,
    leftOut = [],
  }: Omit<Extract<ScopeQuestion, { kind: 'figures' }>, 'kind'> = {},
) {
  // « les objectifs sauf prépa »: the others'.
  const programmes = dispositif ? [dispositif] : PROGRAMMES.filter((p) => !leftOut.includes(p));
  const national = dispositif ? catalogue.get(dispositif).target?.national : undefined;
  // « les objectifs 2023 ? » when only 2022's are set: said, then the last ones set.
  const noneThatYear =
    askedYear !== undefined && askedYear !== campaign.year
      ? [
          {
            text: `L’accord ne fixe pas d’objectifs chiffrés pour ${askedYear}, et aucun avenant saisi ici n’en fixe : les derniers fixés sont ceux de la campagne ${campaign.year}.`,
          },
        ]
      : [];
  // As protocol § 4 words them: RSA recipients for the first two, young people of the ASE for the third.
  const whom = (p: Programme, n: number) =>
    p === 'promo-16-18' ? `${n} jeunes suivis par l’ASE orientés` : `${n} allocataires du RSA engagés`;
  const targets = programmes.flatMap((p) => {
    const target = campaign.targets[p];
    return target === null ? [] : [`${shortLabel(catalogue.get(p))} : ${whom(p, target)}`];
  });
  // What was asked comes first: that no target is set (« les JPO ont un objectif chiffré ? »),
  // what a row counts; the figures done, which are not here, only when they were asked.
  const asked = [
    ...(noTarget
      ? [
          {
            text: `L’accord ne fixe pas d’objectif chiffré pour ${indicators.map((row) => EVENTS_OF_ROW[row]).join(' ni pour ')} : le plan d’action en compte les participants. Ses objectifs chiffrés portent sur les entrées dans les dispositifs (Protocole, § 4).`,
          },
        ]
      : []),
    ...indicators.map((row) => ({
      heading: `Ce que compte l’indicateur (Plan d’action, ${row})`,
      text: INDICATORS_OF_THE_PLAN[row],
    })),
  ];
  return recordCard({
    title: 'Les chiffres',
    blocks: [
      ...noneThatYear,
      ...asked,
      ...(noTarget
        ? []
        : [
            {
              text: 'Les chiffres de réalisation (entrées, sorties, résultats) ne sont pas encore disponibles dans l’assistant. L’AFPA transmet chaque mois à la DGEFP un tableau de bord de chaque dispositif, et une production départementale annuelle à la DDETSPP (Protocole, § 6).',
            },
          ]),
      targets.length > 0
        ? {
            heading: `Objectifs de la campagne ${campaign.year} (${campaign.source})`,
            text: `${targets.join(' ; ')}.`,
          }
        : { text: `Aucun objectif chiffré n’est saisi pour la campagne ${campaign.year}.` },
      // « la promo ça marche, y a des chiffres ? »: the national aim the protocol gives the programme.
      ...(national ? [{ text: `${national.text} (${national.source})` }] : []),
    ],
    buttons: [CONTACTS_BUTTON, MENU_BUTTON],
  });
}

/**
 * How a prescription goes, whatever the programme: through this assistant to AFPA, then
 * the référent's part as the protocol sets it, and how to follow it.
 */
export function prescribingCard() {
  return recordCard({
    title: 'Prescrire et suivre',
    blocks: [
      {
        text: 'Ici, dans Teams : tapez « prescrire » ou touchez « Prescrire », puis remplissez le formulaire. Il part aussitôt au centre AFPA de Montauban, qui le suit jusqu’au bout ; « mes prescriptions » montre où en est chacune.',
      },
      {
        text: 'Une prescription par personne : le formulaire décrit une seule personne. Pour plusieurs (un couple, une fratrie, un groupe), remplissez-en un pour chacune.',
      },
      {
        text: 'Le formulaire demande le dispositif (et le volet ou l’atelier), la session d’entrée, la personne (nom, prénom, date de naissance, téléphone ou e-mail, commune), sa situation, les conditions matérielles à sécuriser (mobilité, garde d’enfants) et son accord.',
      },
      {
        text: 'Selon l’accord, les services compétents du Département peuvent prescrire directement Prépa Compétences et Compétences PEC, sans contrepartie financière (Accord, art. 2.1.3 et 2.1.4). Le référent informe la personne et recueille son adhésion (pour Compétences PEC, aussi l’accord de l’employeur), puis l’inscrit sur PANDA, la plateforme de l’AFPA qui trace les parcours. L’AFPA envoie au référent un bilan individuel à la fin de Prépa Compétences, et de la VAE pour les personnes en PEC (Protocole, § 5).',
      },
    ],
    buttons: [PRESCRIBE_BUTTON, MY_PRESCRIPTIONS_BUTTON, MENU_BUTTON],
  });
}

/** AFPA's side of a prescription received, as this assistant runs it, and the bilan the protocol asks for. */
export function handlingCard() {
  return recordCard({
    title: 'Traiter une prescription reçue (AFPA)',
    blocks: [
      {
        text: 'Chaque prescription arrive sur une carte dans la conversation de l’AFPA. Touchez « Accuser réception » : le référent voit aussitôt qu’elle est prise en compte.',
      },
      {
        text: 'Puis « Mettre à jour » à chaque étape : entretien planifié, entrée en parcours (avec sa date), refus ou abandon (avec son motif), parcours terminé. Le référent en est prévenu ici, dans Teams, sans autre démarche. Les parcours sont tracés sur Panda, la plateforme de l’AFPA, qui en génère les fiches d’assiduité (Protocole, § 5).',
      },
      {
        text: 'À la fin de Prépa Compétences, et de la VAE pour les personnes en PEC, l’AFPA communique au référent un bilan individuel du parcours (Protocole, § 5) : il se joint à la mise à jour « Parcours terminé ».',
      },
    ],
    buttons: [
      { title: 'Prescriptions à traiter', data: { verb: VERBS.listOpenPrescriptions, offset: 0 } },
      MENU_BUTTON,
    ],
  });
}

/** AFPA's side of the agenda: how what the référents see is published, imported and corrected here. */
export function publishingCard() {
  return recordCard({
    title: 'Publier l’agenda (AFPA)',
    blocks: [
      {
        text: 'Un fichier : déposez dans votre conversation personnelle avec le bot le fichier CSV exporté d’Excel (événements, entrées en dispositif ou places). Le bot montre un aperçu (lignes nouvelles, modifiées, inchangées, retirées) et vous confirmez ; un fichier dont une seule ligne est fautive n’importe rien et chaque ligne fautive est nommée.',
      },
      {
        text: 'Une date à la fois : tapez « nouvel événement », « nouvelle session » ou « ajouter des places », ou touchez « Modifier » sur un élément de l’agenda pour le corriger ou l’annuler.',
      },
      {
        // « je peux publier quels types d'évènements ? »: the four the agenda knows, with the entries and the places.
        text: `Ce qui se publie : les événements (${Object.values(EVENT_TYPE_LABELS)
          .map((label) => label.many.toLowerCase())
          .join(
            ', ',
          )}), les entrées en dispositif (Prépa Compétences, Compétences PEC, La Promo 16/18) et les places en formation.`,
      },
      {
        // « il faut quelles colonnes ? », « les dates je les écris comment ? »: the header each kind of file must start with.
        text: `Les colonnes du fichier, séparées par des points-virgules : événements « ${CSV_COLUMNS.events.join(';')} » ; entrées « ${CSV_COLUMNS.sessions.join(';')} » ; places « ${CSV_COLUMNS.places.join(';')} ». Les dates s’écrivent AAAA-MM-JJ (2027-02-03), avec l’heure pour un événement (2027-02-03 09:00).`,
      },
      {
        text: 'Ce qui est publié apparaît aussitôt dans l’agenda des référents, dans l’onglet et dans l’abonnement Outlook ; les référents qui suivent un métier ou un dispositif sont prévenus des places.',
      },
    ],
    buttons: [AGENDA_BUTTON, MENU_BUTTON],
  });
}

/**
 * The référent's side of the same steps: what comes back once the form is sent; with
 * `delayAsked`, first that the agreement sets no delay for AFPA's answer.
 */
export function afterPrescriptionCard(delayAsked = false) {
  return recordCard({
    title: 'Après la prescription',
    blocks: [
      ...(delayAsked
        ? [
            {
              text: 'L’accord ne fixe pas de délai de réponse à l’AFPA : voyez avec la Responsable Accompagnement et Parcours de l’AFPA Montauban si une prescription tarde.',
            },
          ]
        : []),
      {
        text: 'L’AFPA reçoit la prescription aussitôt, dans sa conversation Teams, et en accuse réception : vous le voyez dans « Mes prescriptions ».',
      },
      {
        text: 'Chaque étape vous est signalée ici, dans Teams : entretien planifié, entrée en parcours, refus ou abandon avec son motif, parcours terminé. Le parcours est aussi tracé sur Panda, la plateforme de l’AFPA, qui en génère les fiches d’assiduité (Protocole, § 5).',
      },
      {
        text: 'À la fin de Prépa Compétences, et de la VAE pour les personnes en PEC, l’AFPA vous communique, comme référent de la personne, un bilan individuel du parcours (Protocole, § 5).',
      },
    ],
    buttons: [MY_PRESCRIPTIONS_BUTTON, MENU_BUTTON],
  });
}

/** What the words asked mean (`terms`, as the glossary names them), with where the agreement uses them. */
export function meaningCard(terms: readonly string[]) {
  const entries = GLOSSARY.filter((entry) => terms.includes(entry.term));
  const next = new Set(entries.map((entry) => entry.next));
  return recordCard({
    title: entries.length === 1 ? entries[0]!.term : 'Les mots du partenariat',
    blocks: entries.map((entry) => ({
      heading: entries.length === 1 ? '' : entry.term,
      text: entry.source ? `${entry.meaning} (${entry.source})` : entry.meaning,
    })),
    buttons: [
      ...(next.has('agenda') ? [AGENDA_BUTTON] : []),
      ...(next.has('prescribe') ? [PRESCRIBE_BUTTON] : []),
      { title: 'Tous les dispositifs', data: { verb: VERBS.listDispositifs } },
      MENU_BUTTON,
    ],
  });
}

/** What it costs: who pays, as the agreement says; no price, which it never gives. */
export function costCard() {
  return recordCard({
    title: 'Le coût',
    blocks: [
      {
        text: 'Pour Prépa Compétences et Compétences PEC, les services compétents du Département prescrivent directement, sans contrepartie financière (Accord, art. 2.1.3 et 2.1.4).',
      },
      {
        text: 'Pour les allocataires du RSA accompagnés par les Départements, le financement est assuré par l’État dans le cadre du Plan d’investissement dans les compétences (Protocole, § 2).',
      },
      {
        text: 'Pour les formations de droit commun de l’AFPA (formations qualifiantes), les allocataires du RSA et le public en insertion des SIAE sont parmi les publics éligibles aux programmes de formation des financeurs publics du territoire, notamment le Conseil régional (Accord, art. 2.1.2).',
      },
      {
        text: 'L’accord ne fixe aucun tarif et ne chiffre aucun budget : aucun montant n’y figure, ni pour l’État ni pour le Département, et il ne dit rien du prix d’une formation suivie hors de ces dispositifs.',
      },
    ],
    buttons: [
      CONTACTS_BUTTON,
      { title: 'Tous les dispositifs', data: { verb: VERBS.listDispositifs } },
      MENU_BUTTON,
    ],
  });
}

/**
 * Until when the Département may prescribe: the agreement's own dates (Protocole, § 8), then
 * the current campaign's, which an amendment entered by an administrator may have moved.
 */
export function entryDeadlineCard(currentCampaign: string) {
  return recordCard({
    title: 'Date limite des entrées',
    blocks: [
      {
        text: `Dans l’accord de 2022, les allocataires du RSA prescrits par le Département peuvent entrer sur les dispositifs jusqu’au ${frenchDay(AGREEMENT_2022_CAMPAIGN.entryDeadline)}, pour une finalisation des parcours engagés au ${frenchDay(AGREEMENT_2022_CAMPAIGN.completionDeadline)} (Protocole, § 8).`,
      },
      { text: currentCampaign },
    ],
    buttons: [
      {
        title: 'Prochaines entrées',
        data: { verb: VERBS.showAgenda, query: { kind: 'sessions' }, offset: 0 },
      },
      CONTACTS_BUTTON,
      MENU_BUTTON,
    ],
  });
}

/**
 * A person's name or file offered to the assistant: what it keeps, and what the agreement requires.
 * `progress`: a named person's progress was asked; the référent's own prescriptions say it.
 * `colleague`: a colleague's prescriptions were asked; only they and AFPA see them.
 */
export function personalDataCard({ progress = false, colleague = false, retention = false } = {}) {
  const lead = retention
    ? 'L’accord ne fixe pas de durée de conservation des données personnelles : il engage le Département et l’AFPA à respecter la loi Informatique et libertés et le RGPD (Accord, art. 5).'
    : colleague
      ? 'Chaque référent voit dans « Mes prescriptions » celles qu’il ou elle a envoyées, et l’AFPA les voit toutes : je ne peux pas vous montrer celles d’un ou d’une collègue. L’AFPA, qui les suit jusqu’au bilan, peut vous dire où en est chacune.'
      : progress
        ? 'Je ne peux pas vous dire où en est une personne nommée dans la conversation. Si vous l’avez prescrite, « Mes prescriptions » montre où en est son parcours (reçue, entretien, entrée, parcours terminé) et le bilan individuel quand l’AFPA l’envoie ; sinon, voyez avec le centre AFPA de Montauban.'
        : undefined;
  return recordCard({
    title: 'Données personnelles',
    blocks: [
      ...(lead ? [{ text: lead }] : []),
      {
        text: 'Ne me confiez ni nom, ni numéro de sécurité sociale, ni dossier : je n’ai accès à aucun dossier et le test d’éligibilité est anonyme. Décrivez la situation (âge, RSA, ASE, PEC…) sans rien qui permette de reconnaître la personne.',
      },
      {
        text: 'Pour prescrire, le formulaire recueille ce dont l’AFPA a besoin pour contacter la personne : seuls vous et l’AFPA le voyez, et il est effacé après la durée de conservation.',
      },
      {
        text: 'Le Département et l’AFPA s’engagent à respecter la loi Informatique et libertés et le RGPD (Accord, art. 5).',
      },
    ],
    buttons: [
      ...(lead ? [MY_PRESCRIPTIONS_BUTTON] : []),
      { title: 'Vérifier l’éligibilité', data: { verb: VERBS.openEligibility } },
      PRESCRIBE_BUTTON,
      MENU_BUTTON,
    ],
  });
}

/** The action plan annexed to the agreement: its years, renewed each year, validated by the steering committee. */
export function actionPlanCard() {
  return recordCard({
    title: 'Le plan d’action',
    blocks: [
      {
        text: 'Le plan d’action annexé à l’accord porte sur 2022-2023 : il fixe ce que font l’AFPA et le Département, avec les indicateurs de chaque action (Plan d’action 2022-2023).',
      },
      {
        text: 'Un plan d’actions opérationnel est élaboré chaque année ; le comité de pilotage le valide, avec les indicateurs de résultat retenus, lors de sa première réunion (Accord, art. 3).',
      },
      {
        text: 'L’accord lui-même est conclu pour 2 ans à compter du 1er janvier 2022 et peut être modifié ou complété par avenant (Accord, art. 6).',
      },
    ],
    buttons: [CONTACTS_BUTTON, MENU_BUTTON],
  });
}

/** What a quote is prefaced with when the agreement sets no time, or no date, for what was asked. */
const UNSET_LEADS = {
  time: 'L’accord ne fixe ni durée ni délai sur ce point. Voici ce qu’il en dit :',
  date: 'L’accord ne fixe pas de date sur ce point. Voici ce qu’il en dit :',
} as const;

/** A precise question answered by the agreement's own words, with their article. */
export function passagesCard(passages: readonly Passage[], unset?: 'time' | 'date') {
  return recordCard({
    title: 'Ce que dit l’accord',
    blocks: [
      ...(unset ? [{ text: UNSET_LEADS[unset] }] : []),
      ...passages.map((p) => ({
        heading: p.source,
        text: withLead(p, p.text.length > 600 ? `${p.text.slice(0, 597).replace(/\s+\S*$/, '')}…` : p.text),
      })),
    ],
    buttons: [
      { title: 'Tous les dispositifs', data: { verb: VERBS.listDispositifs } },
      CONTACTS_BUTTON,
      MENU_BUTTON,
    ],
  });
}

/**
 * A real question that nothing in the agreement answers: said as such, with the doubt
 * that the bot may not have recognised what it is about, and whom to ask.
 */
export function notFoundCard() {
  return recordCard({
    title: 'Rien dans l’accord sur ce point',
    blocks: [
      {
        text: 'L’accord entre le Département et l’AFPA ne dit rien qui réponde à cette question, ou je n’ai pas reconnu ce dont vous parlez. Pour un dispositif, nommez-le (Prépa Compétences, Compétences PEC, La Promo 16/18, VAE…) ; sinon, voyez avec le service insertion du Département ou le centre AFPA de Montauban.',
      },
    ],
    buttons: [
      CONTACTS_BUTTON,
      { title: 'Tous les dispositifs', data: { verb: VERBS.listDispositifs } },
      MENU_BUTTON,
    ],
  });
}

/**
 * « y a quoi pour un BRSA à part la prépa ? »: each programme whose audience is that public,
 * with the sentence of its audience that names it and its source, and a button to its fiche.
 */
export function programmesForAPublicCard(catalogue: Catalogue, asked: ProgrammesForAPublic) {
  const audience = AUDIENCES[asked.audience];
  const names = (ids: readonly DispositifId[]) =>
    ids.map((id) => catalogue.get(id).name).join(ids.length > 2 ? ', ' : ' et ');
  const lead =
    asked.programmes.length === 0
      ? `Pour ${audience.label}, l’accord ne prévoit pas d’autre dispositif que ${names(audience.programmes)}.`
      : asked.leftOut.length > 0
        ? `À part ${names(asked.leftOut)}, l’accord prévoit pour ${audience.label} :`
        : `L’accord prévoit pour ${audience.label} :`;
  return recordCard({
    title: `Pour ${audience.label}`,
    blocks: [
      { text: lead },
      ...asked.programmes.map((id) => {
        const { name, audience: whom } = catalogue.get(id);
        const sentences = whom.text.split(/(?<=\.)\s+/);
        const naming = sentences.filter((s) => audience.words.test(normalizeText(s)));
        return {
          heading: name,
          text: `${(naming.length > 0 ? naming : sentences).join(' ')} (${whom.source})`,
        };
      }),
    ],
    buttons: [
      ...asked.programmes.slice(0, 3).map((dispositif) => ({
        title: shortLabel(catalogue.get(dispositif)),
        data: { verb: VERBS.showDispositif, dispositif },
      })),
      { title: 'Vérifier l’éligibilité', data: { verb: VERBS.startGuidedEligibility } },
      MENU_BUTTON,
    ],
  });
}

/** What the agreement does not cover: said plainly, with whom to see. */
/** « elle a pas le permis, c'est bloquant ? »: what the agreement says, which is that it sets no such condition. */
export function unsetConditionsCard(lines: readonly string[]) {
  return recordCard({
    title: 'Pas une condition fixée par l’accord',
    blocks: lines.map((text) => ({ text })),
    buttons: [
      { title: 'Vérifier l’éligibilité', data: { verb: VERBS.startGuidedEligibility } },
      CONTACTS_BUTTON,
      MENU_BUTTON,
    ],
  });
}

export function outOfScopeCard(
  subject: string,
  seeInstead = 'Voyez avec le service insertion du Département ou le centre AFPA de Montauban.',
) {
  return recordCard({
    title: 'Hors de l’accord',
    blocks: [
      {
        text: `L’accord entre le Département et l’AFPA ne dit rien sur ${subject} : je ne peux pas vous répondre sans inventer. ${seeInstead}`,
      },
    ],
    buttons: [
      CONTACTS_BUTTON,
      { title: 'Tous les dispositifs', data: { verb: VERBS.listDispositifs } },
      MENU_BUTTON,
    ],
  });
}

/** « info coll du 14, je peux y envoyer Mme B ? »: what the agreement says of coming to that kind of event. */
export function joiningEventCard(catalogue: Catalogue, joining: JoiningEvent) {
  const said = JOINING_WHAT_THE_AGREEMENT_SAYS[joining.type];
  const programme = PROGRAMMES.find((p) => p === joining.dispositif);
  const name = programme ? shortLabel(catalogue.get(programme)) : undefined;
  // « l'info coll est obligatoire pour entrer ? »: the agreement makes none of AFPA's events a condition of entry.
  const required = joining.required
    ? [
        {
          text: `L’accord ne prévoit pas d’obligation de participer aux ${EVENT_TYPE_LABELS[joining.type].many.toLowerCase()} pour entrer dans un dispositif.`,
        },
      ]
    : [];
  return recordCard({
    title: joining.required
      ? `${EVENT_TYPE_LABELS[joining.type].many} : obligatoires ?`
      : `${EVENT_TYPE_LABELS[joining.type].many} : y orienter une personne`,
    blocks: [
      ...required,
      { text: `${said.text} (${said.source})` },
      {
        text: 'L’accord ne fixe pas de démarche d’inscription : donnez à la personne la date et le lieu, et voyez avec le centre AFPA de Montauban si elle doit s’annoncer.',
      },
      ...(name
        ? [
            {
              text: `Pour qu’elle entre ensuite dans ${name}, c’est une prescription : le formulaire part aussitôt au centre AFPA de Montauban.`,
            },
          ]
        : []),
    ],
    // An open day or a visit leads to no programme of its own: nothing to prescribe from it.
    buttons: [
      ...(name
        ? [{ title: `Prescrire ${name}`, data: { verb: VERBS.openPrescription, dispositif: programme } }]
        : []),
      CONTACTS_BUTTON,
      AGENDA_BUTTON,
    ],
  });
}
