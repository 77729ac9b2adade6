import { z } from 'zod';
import type { Catalogue } from '../data/catalogue/catalogue.js';
import { shortLabel } from '../data/catalogue/schema.js';
import { VERBS, ButtonSchema, type CardButton } from './actions.js';
import { CardTemplate } from './render.js';
import noticeTemplate from './notice.json' with { type: 'json' };
import template from './welcome.json' with { type: 'json' };

const WelcomeSchema = z.object({
  title: z.string(),
  intro: z.string(),
  abilities: z.array(z.string()).min(1),
  examples: z.array(z.string()),
  footer: z.string(),
  buttons: z.array(ButtonSchema).min(1).max(5),
  shortcuts: z.array(ButtonSchema).max(5),
});

const welcome = new CardTemplate('welcome', template, WelcomeSchema);
const notice = new CardTemplate(
  'notice',
  noticeTemplate,
  z.object({ text: z.string().min(1), buttons: z.array(ButtonSchema).max(5) }),
);

/** The three programmes of the protocol, offered as shortcuts on the menu. */
const SHORTCUTS = ['prepa-competences', 'competences-pec', 'promo-16-18'] as const;

/** The menu's buttons: only what works today. */
export function menuButtons(): CardButton[] {
  return [
    { title: 'Tous les dispositifs', data: { verb: VERBS.listDispositifs } },
    { title: 'Vérifier l’éligibilité', data: { verb: VERBS.openEligibility } },
    { title: 'Agenda AFPA', data: { verb: VERBS.showAgenda, query: { kind: 'events' }, offset: 0 } },
    { title: 'Prescrire', data: { verb: VERBS.openPrescription } },
    { title: 'Mes prescriptions', data: { verb: VERBS.listMyPrescriptions, offset: 0 } },
  ];
}

/** One button per programme of the protocol, to its fiche. */
function programmeShortcuts(catalogue: Catalogue): CardButton[] {
  return SHORTCUTS.map((id) => ({
    title: shortLabel(catalogue.get(id)),
    data: { verb: VERBS.showDispositif, dispositif: id },
  }));
}

/** Welcome and menu card: what the bot can do, with a button for each thing that works. */
/** What AFPA staff and admins do with the bot, said on their menu only. */
const STAFF_ABILITIES: Record<'afpa' | 'admin', string> = {
  afpa: 'Équipe AFPA : « prescriptions à traiter », « habilitations », « exporter les prescriptions », l’agenda (« nouvel événement », « nouvelle session », « ajouter des places » ou un fichier CSV déposé ici).',
  admin:
    'Administration : « recevoir les prescriptions ici » (dans le canal de l’AFPA), « état des envois », « récaps », « campagne », « motifs », « données d’une personne ».',
};

/** The menu's buttons for AFPA staff and admins: their own work first. */
function staffButtons(roles: ReadonlySet<string>): CardButton[] {
  if (roles.has('admin'))
    return [
      { title: 'Prescriptions à traiter', data: { verb: VERBS.listOpenPrescriptions, offset: 0 } },
      { title: 'État des envois', data: { verb: VERBS.showDeliveries } },
    ];
  return [
    { title: 'Prescriptions à traiter', data: { verb: VERBS.listOpenPrescriptions, offset: 0 } },
    { title: 'Habilitations', data: { verb: VERBS.openHabilitations } },
  ];
}

export function welcomeCard(catalogue: Catalogue, campaign = '', roles: ReadonlySet<string> = new Set()) {
  const staff = roles.has('afpa');
  return welcome.attachment({
    title: 'Bonjour, je suis l’assistant du partenariat Département – AFPA',
    intro:
      'Je vous renseigne sur les dispositifs de l’AFPA ouverts aux personnes que vous accompagnez, ' +
      'd’après l’accord de partenariat entre le Département de Tarn-et-Garonne et l’AFPA.',
    abilities: [
      'Présenter chaque dispositif : pour qui, contenu, étapes, durée, à distance ou sur place, comment prescrire.',
      'Répondre à vos questions écrites comme vous les posez, en citant l’article de l’accord.',
      'Vérifier si une personne peut entrer dans Prépa Compétences, Compétences PEC ou La Promo 16/18, et pourquoi (test anonyme).',
      'Donner l’agenda de l’AFPA : portes ouvertes, informations collectives, visites de plateaux, réunions métiers, dates d’entrée et places disponibles, à ajouter à votre agenda Outlook.',
      'Prescrire Prépa Compétences, Compétences PEC ou La Promo 16/18 (référents habilités par l’AFPA) et suivre chaque prescription jusqu’au bilan.',
      'Vous envoyer chaque lundi un récap des places, des dates et de vos prescriptions, et vous prévenir quand des places s’ouvrent dans ce que vous suivez (« m’abonner au récap »).',
      ...(staff ? [STAFF_ABILITIES.afpa] : []),
      ...(roles.has('admin') ? [STAFF_ABILITIES.admin] : []),
    ],
    examples: [
      'C’est quoi Prépa Compétences ?',
      'Combien de temps dure la Promo 16/18 ?',
      'Qui peut prescrire la VAE ?',
      'Différence entre VAE et RSFP ?',
      'Jeune de 17 ans confié à l’ASE, déscolarisé : il peut faire la Promo 16/18 ?',
      'Prochaines JPO ? Places en maçonnerie ?',
      'Inscrire quelqu’un en Prépa Compétences ; mes prescriptions',
    ],
    footer: `${campaign ? `${campaign} ` : ''}Tapez « aide » à tout moment pour revenir à ce menu, « éligibilité » pour le test d’éligibilité.`,
    buttons: staff ? [...menuButtons().slice(0, 3), ...staffButtons(roles)] : menuButtons(),
    shortcuts: programmeShortcuts(catalogue),
  });
}

/** A short line and the menu's buttons: what the bot offers when it is not sure. */
export function menuCard(text: string) {
  return notice.attachment({ text, buttons: menuButtons() });
}

/** One sentence and, if useful, a few buttons: confirmations and refusals. */
export function noticeCard(text: string, buttons: CardButton[] = []) {
  return notice.attachment({ text, buttons });
}
