import type { z } from 'zod';
import type { DispositifSchema } from './schema.js';

/**
 * The dispositifs of the 2022 partnership agreement between the Département de Tarn-et-Garonne
 * and AFPA (seed/000_5b01ca6940cc4b6d.txt). Every fact comes from the agreement and names where:
 * "Accord, art. …" (the agreement), "Plan d'action 2022-2023, …" (annex 1), "Protocole, § …"
 * (the experimentation protocol). Where the agreement is silent, the text says so; nothing is added.
 * "Pôle emploi" in the agreement is written "France Travail (ex-Pôle emploi)".
 */
export const DISPOSITIFS: z.input<typeof DispositifSchema>[] = [
  // ── Prépa Compétences ──────────────────────────────────────────────
  {
    id: 'prepa-competences',
    name: 'Prépa Compétences',
    aliases: [
      'prepa comp',
      'prepa competences',
      'prepa competence',
      'prepa',
      'prepa-competences',
      'prépa compétences',
      // Its two volets are named only by it in the agreement (Protocole, § 3).
      'volet 1',
      'volet 2',
      'volets',
      'consolider son projet',
      'securiser l entree en formation',
    ],
    summary:
      'Parcours à la carte de 2 à 8 jours sur 2 semaines pour consolider son projet ou sécuriser son entrée en formation.',
    purpose: {
      text: "Soutenir les personnes les plus éloignées de l'emploi pour renforcer ou acquérir les compétences nécessaires à l'emploi durable. Selon son besoin, la personne travaille son projet professionnel ou sécurise son entrée en formation, à l'AFPA ou dans un autre organisme de formation. Elle co-construit son parcours, confronte son projet à la réalité du secteur visé, acquiert les prérequis pour entrer en formation et définit le parcours de formation adapté au métier visé. À la fin, elle peut faire des choix éclairés et s'engager dans une formation personnalisée et sécurisée.",
      source: 'Accord, art. 2.1.3 ; Protocole, § 3 (Prépa Compétences)',
    },
    audience: {
      text: "Les allocataires du RSA accompagnés par le Département, inscrits ou non à France Travail (ex-Pôle emploi). Le dispositif s'adresse aussi aux demandeurs d'emploi accompagnés par France Travail qui souhaitent s'engager dans un parcours de formation. L'accord ne fixe pas de limite d'âge, ni de diplôme ou de niveau.",
      source: 'Accord, art. 2.1.3 ; Protocole, § 2',
    },
    content: [
      {
        text: "Une offre de service composée d'ateliers : consolidation du projet professionnel et sécurisation de l'entrée en formation.",
        source: 'Protocole, § 3 (Prépa Compétences)',
      },
      {
        text: "Le parcours suit 4 phases : Se préparer, S'engager, Réfléchir, Agir.",
        source: 'Protocole, § 3 (Prépa Compétences)',
      },
      {
        text: "Le principe : c'est par la pratique et l'entraînement que la personne développe son envie de se former et prend conscience de ses compétences et de celles qu'elle doit acquérir. Ses compétences professionnelles et transversales sont identifiées et valorisées.",
        source: 'Protocole, § 3 (Prépa Compétences)',
      },
      {
        text: "À la fin du parcours, l'AFPA envoie un bilan individuel au référent qui accompagne la personne.",
        source: 'Protocole, § 5',
      },
      {
        text: "L'AFPA communique au Département un calendrier des entrées possibles dans Prépa Compétences.",
        source: "Plan d'action 2022-2023, 2.1.3",
      },
      {
        text: "Le dispositif est financé par l'État dans le cadre du Plan d'investissement dans les compétences (PIC). Il est mis en œuvre conjointement par l'AFPA et France Travail (ex-Pôle emploi).",
        source: 'Accord, art. 2.1.3 ; Protocole, § 2',
      },
    ],
    phases: [
      {
        name: 'Volet 1 : « Consolider son projet »',
        duration: '5 à 6 jours sur une période de 2 semaines',
        description:
          'Pour les personnes qui souhaitent consolider leur projet professionnel et/ou de formation : la personne réalise le diagnostic de faisabilité de son projet.',
        source: 'Protocole, § 3 (Prépa Compétences)',
      },
      {
        name: "Volet 2 : « Sécuriser l'entrée en formation »",
        duration: '4 à 8 jours sur une période de 2 semaines',
        description:
          "Pour les personnes qui souhaitent sécuriser leur entrée en formation, à l'AFPA ou hors AFPA : la personne sécurise la réussite de son parcours d'entrée en formation.",
        source: 'Protocole, § 3 (Prépa Compétences)',
      },
    ],
    totalDuration: {
      text: 'Un parcours à la carte de 2 à 8 jours maximum, sur 2 semaines.',
      source: 'Protocole, § 3 (Prépa Compétences)',
    },
    modality: {
      text: 'Selon la situation de la personne, le parcours peut se suivre en tout ou partie à distance, ou en présentiel au centre AFPA. Les dispositifs sont déployés au centre AFPA de Montauban, avec une possibilité de délocalisation sur tout le département.',
      source: 'Protocole, § 3 (Prépa Compétences) ; Protocole, § 4',
    },
    prescription: {
      text: "Les services compétents du Département peuvent prescrire directement, sans contrepartie financière. Le référent informe la personne sur le dispositif et recueille son adhésion. Il s'assure avec elle des conditions matérielles d'accès au parcours (mobilité, garde d'enfants…). Puis il invite la personne et l'inscrit sur PANDA, la plateforme de l'AFPA qui trace les parcours.",
      source: 'Accord, art. 2.1.3 ; Protocole, § 5',
    },
    target: {
      count: 30,
      label: 'allocataires du RSA engagés dans Prépa Compétences',
      year: 2022,
      source: 'Protocole, § 4',
    },
    related: ['competences-pec', 'formation-droit-commun', 'promo-16-18'],
  },

  // ── Compétences PEC ────────────────────────────────────────────────
  {
    id: 'competences-pec',
    name: 'Compétences PEC',
    aliases: [
      'competences pec',
      'comp pec',
      'pec',
      'competences-pec',
      'compétences pec',
      'parcours emploi competences',
      'vae pour les pec',
      'transformer son experience en diplome',
    ],
    summary:
      "5 jours d'ateliers pendant un PEC pour valoriser son expérience et viser une certification : VAE, RSFP ou CléA socle.",
    purpose: {
      text: "Valoriser l'expérience acquise pendant le Parcours Emploi Compétences (PEC) et obtenir une certification. Le dispositif repose sur le triptyque emploi – formation – accompagnement : développer des compétences transférables, accéder plus facilement à la formation, être accompagné tout au long du parcours par l'employeur et par les opérateurs du service public de l'emploi.",
      source: 'Accord, art. 2.1.4 ; Protocole, § 3 (Compétences PEC)',
    },
    audience: {
      text: "Les personnes engagées dans un Parcours Emploi Compétences (PEC), c’est-à-dire salariées en contrat PEC. Depuis le 1er janvier 2022, le dispositif peut aussi être mobilisé pour les allocataires du RSA accompagnés par le Département, même s'ils ne sont pas inscrits à France Travail (ex-Pôle emploi) comme demandeurs d'emploi.",
      source: 'Accord, art. 2.1.4 ; Protocole, § 2',
    },
    content: [
      {
        text: 'Un parcours individualisé vers une certification valorisable auprès des entreprises du territoire. La personne choisit le dispositif qui lui convient : VAE, RSFP ou CléA socle.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        text: 'Pour chaque personne, un portefeuille de compétences est systématiquement réalisé. Il enrichit son parcours vers un emploi durable.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        text: "Le dispositif se mobilise dès la signature du contrat PEC ou dès les premiers mois du parcours. Il s'articule avec le parcours en entreprise et lui donne une dimension apprenante : « Je réalise – j'apprends – je valide mes compétences ». Il s'articule aussi avec l'accompagnement du conseiller vers l'emploi durable.",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        text: "L'AFPA organise la prise en charge des personnes en PEC, en lien avec France Travail (ex-Pôle emploi), pour reconnaître leurs savoir-faire à l'issue du contrat PEC.",
        source: "Plan d'action 2022-2023, 2.1.4",
      },
      {
        text: "À la fin du parcours, l'AFPA envoie un bilan individuel au référent qui accompagne la personne.",
        source: 'Protocole, § 5',
      },
      {
        text: "L'AFPA communique au Département un calendrier des entrées sur l'atelier 2 de Compétences PEC.",
        source: "Plan d'action 2022-2023, 2.1.3",
      },
      {
        text: "L'accord annonce un déroulement en 5 phases, mais le texte ne décrit que les phases 1 à 4. Pour la 5e phase, renseignez-vous auprès du centre AFPA de Montauban.",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
    ],
    phases: [
      {
        name: 'Phase 1 : inscription et première rencontre',
        duration: 'une demi-journée',
        description:
          'Le conseiller référent inscrit la personne sur la plateforme AFPA. Première rencontre avec le consultant AFPA. Choix de la certification en lien avec le métier visé.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        name: 'Phase 2 : ateliers individualisés de reconnaissance des acquis',
        duration: "6 ateliers d'une demi-journée, non consécutifs",
        description:
          "Identification et valorisation des compétences. Formalisation des compétences encore à acquérir. Suivi des compétences pendant le PEC. Proposition d'un parcours de formation adapté pour combler les écarts éventuels.",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        name: 'Phase 3 : atelier de positionnement des compétences',
        duration: 'une demi-journée',
        description:
          'Comparaison entre le référentiel emploi et les compétences acquises pendant le PEC ou avant.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        name: 'Phase 4 : atelier VAE, RSFP ou CléA socle',
        duration: 'VAE : 3 étapes / 3,5 jours ; RSFP : 3 étapes / 3,5 jours ; CléA socle : 1 jour',
        description:
          "VAE : dossier de recevabilité à transmettre à la Direction du travail (une demi-journée par personne), préparation à la session d'évaluation (une journée par personne), présentation à la session d'évaluation (2 jours). RSFP : aide au montage du dossier à présenter au jury RSFP (une demi-journée par personne), préparation à la session RSFP (deux journées par personne), présentation à la session RSFP (1 journée). CléA socle : évaluation des compétences acquises, puis synthèse et restitution des acquis au regard du référentiel, en vue de la présentation à la commission paritaire interrégionale (CPIR).",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
    ],
    totalDuration: {
      text: 'La prestation est organisée sur la durée du PEC. Elle mobilise 5 jours de participation, répartis selon les ateliers.',
      source: 'Protocole, § 3 (Compétences PEC)',
    },
    modality: {
      text: 'Selon la situation de la personne, le parcours peut se suivre en tout ou partie à distance, ou en présentiel au centre AFPA. Les dispositifs sont déployés au centre AFPA de Montauban, avec une possibilité de délocalisation sur tout le département.',
      source: 'Protocole, § 3 (Compétences PEC) ; Protocole, § 4',
    },
    prescription: {
      text: "Les services compétents du Département peuvent prescrire directement, sans contrepartie financière, pour les allocataires du RSA qu'ils accompagnent. Le référent informe la personne et recueille son adhésion. Il faut aussi l'accord de l'employeur du PEC : le référent l'informe et le recueille. Il s'assure avec la personne des conditions matérielles d'accès (mobilité, garde d'enfants…). Il inscrit la personne sur la plateforme de l'AFPA (phase 1). Pour les autres personnes en PEC, le dispositif est mobilisé par les conseillers France Travail (ex-Pôle emploi), pour les PEC prescrits par France Travail, une Mission locale ou Cap emploi.",
      source:
        'Accord, art. 2.1.4 ; Protocole, § 1 ; Protocole, § 2 ; Protocole, § 3 (Compétences PEC) ; Protocole, § 5',
    },
    target: {
      count: 50,
      label: 'allocataires du RSA engagés dans Compétences PEC',
      year: 2022,
      source: 'Protocole, § 4',
    },
    related: ['vae', 'rsfp', 'clea', 'prepa-competences'],
  },

  // ── La Promo 16/18 ─────────────────────────────────────────────────
  {
    id: 'promo-16-18',
    name: 'La Promo 16/18',
    aliases: [
      'promo 16/18',
      'promo 1618',
      'promo 16-18',
      'la promo',
      'la promo 16/18',
      'promo 16.18',
      'promo-16-18',
      // Référents often write the ages alone: « c pour qui la 1618 ».
      '16/18',
      'la 16/18',
    ],
    summary:
      'Programme de 13 semaines pour les jeunes mineurs sortis du collège ou du lycée, sans formation ni emploi.',
    purpose: {
      text: "Un programme de mobilisation confié par l'État à l'AFPA, dans le cadre de l'obligation de formation et du plan « 1 jeune, 1 solution ». Il doit permettre au jeune de vivre une expérience d'émancipation, loin pour un temps de son environnement habituel, de révéler ses talents et de s'engager, à la fin du programme, dans une solution qui concrétise son projet d'insertion professionnelle et sociale : par exemple l'emploi via l'apprentissage ou des missions de longue durée, ou, le cas échéant, le retour dans un cursus scolaire.",
      source: 'Accord, art. 2.1.3 ; Protocole, § 3 (La Promo 16/18)',
    },
    audience: {
      text: "Les jeunes mineurs de 16 à 18 ans (donc de 16 ou 17 ans) qui ont quitté prématurément le collège ou le lycée, ni en formation ni en emploi, que les Missions locales et les CIO repèrent en décrochage scolaire. Les jeunes confiés à l'Aide sociale à l'enfance (ASE) du Conseil départemental 82 peuvent en bénéficier.",
      source: 'Accord, art. 2.1.3 ; Protocole, § 3 (La Promo 16/18)',
    },
    content: [
      {
        text: 'Pendant 13 semaines, les jeunes participent à de nombreux ateliers complémentaires pour construire leur projet professionnel dans sa globalité.',
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
      {
        text: "Les ateliers visent à : guider les jeunes vers l'autonomie en les sortant de leur univers quotidien (confiance, estime de soi, ambition, capacité à agir sur son parcours) ; leur faire découvrir les métiers et les opportunités dans leur région ou ailleurs, notamment les métiers émergents liés aux transitions écologique et numérique ou les métiers en tension ; valider leurs compétences et expériences par des open badges (compétences socles et transversales, compétences numériques) ; les préparer au code de la route.",
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
      {
        text: "Un référent principal de parcours est désigné pour chaque jeune à l'issue de la semaine d'engagement.",
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
      {
        text: "Après le programme, un accompagnement prolongé de 6 mois est prévu en lien avec les Missions locales, pour soutenir les jeunes et les aider à dépasser les obstacles qu'ils rencontrent encore.",
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
      {
        text: "L'AFPA communique au Département un calendrier des entrées possibles dans La Promo 16/18.",
        source: "Plan d'action 2022-2023, 2.1.3",
      },
    ],
    phases: [
      {
        name: "L'engagement",
        duration: '1 semaine',
        description:
          "Le jeune passe une semaine dans le Village AFPA le plus proche de chez lui. Cette semaine doit lui donner envie de se lancer dans un programme atypique. Elle sert aussi à réunir les pièces administratives et les autorisations parentales. L'engagement du jeune et de ses parents est alors formalisé et un référent principal de parcours est désigné.",
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
      {
        name: 'La construction, phase 1',
        duration: "3 semaines, puis une période d'initiation à la mobilité de 2 semaines",
        description:
          "Le jeune se recentre et partage de nouvelles expériences avec d'autres jeunes. La confiance avec l'équipe pédagogique se construit et permet d'explorer de nouvelles pistes d'orientation. La période d'initiation à la mobilité a lieu dans le Village AFPA de proximité ou dans un Village Initiatives Jeunesse (4 en France). Elle aide le jeune à se sentir membre d'un nouveau groupe, à découvrir un nouveau territoire s'il le souhaite, et à prendre conscience de sa capacité à faire des choix et à agir.",
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
      {
        name: 'La construction, phase 2',
        duration: '6 semaines',
        description:
          "Le jeune est accueilli dans un Village AFPA de proximité, choisi selon son intérêt pour les métiers qui y sont préparés. Les jeunes réalisent ensemble un « chantier solidaire » utile à la collectivité, participent à des activités culturelles et sportives, développent leurs compétences de base et numériques, apprennent à utiliser leurs droits et découvrent les métiers qui les intéressent. À la fin, ils ont identifié leur objectif et gagné la confiance et l'autonomie pour concrétiser leur projet.",
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
      {
        name: 'La préparation de la suite',
        duration: '2 semaines',
        description:
          "Avec ses partenaires, l'AFPA présente au jeune les opportunités qui peuvent faciliter son insertion. Accompagné par son référent, le jeune fait les démarches pour accéder à une formation, à un emploi, à un contrat en alternance ou à un dispositif d'accompagnement comme l'E2C ou l'EPIDE.",
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
    ],
    totalDuration: {
      text: "13 semaines (3 mois) en 4 phases. Le parcours peut durer jusqu'à 4 mois si le jeune a besoin de temps de réflexion entre les phases.",
      source: 'Protocole, § 3 (La Promo 16/18)',
    },
    modality: {
      text: "Le programme se fait en présentiel, du lundi au jeudi en fin de journée. Il se déroule dans le Village AFPA de proximité (et, pour l'initiation à la mobilité, éventuellement dans un Village Initiatives Jeunesse). Dans le Tarn-et-Garonne, les dispositifs sont déployés au centre AFPA de Montauban, avec une possibilité de délocalisation sur tout le département.",
      source: 'Protocole, § 3 (La Promo 16/18) ; Protocole, § 4',
    },
    prescription: {
      text: "Les Missions locales ou les CIO, qui repèrent les jeunes en décrochage scolaire, leur proposent La Promo 16/18 selon leur parcours et leurs besoins. Les jeunes confiés à l'ASE du Département peuvent en bénéficier : l'accord prévoit une réflexion entre le Département et l'AFPA pour faciliter leur orientation. Le référent invite le jeune et l'inscrit sur PANDA, la plateforme de l'AFPA qui trace les parcours. Les autorisations parentales requises sont réunies dès la semaine d'engagement.",
      source: 'Accord, art. 2.1.3 ; Protocole, § 3 ; Protocole, § 5',
    },
    target: {
      count: 10,
      label: "jeunes suivis par l'ASE orientés vers La Promo 16/18",
      year: 2022,
      source: 'Protocole, § 4',
      national: {
        text: 'Au niveau national, le programme devait bénéficier à 35 000 jeunes décrocheurs de 16 à 18 ans pour la période 2021, avec un objectif de 70 % de sorties positives et dynamiques.',
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
    },
    related: ['open-badges', 'prepa-competences'],
  },

  // ── VAE ────────────────────────────────────────────────────────────
  {
    id: 'vae',
    name: "VAE (validation des acquis de l'expérience)",
    shortName: 'VAE',
    aliases: [
      'vae',
      "validation des acquis de l'experience",
      'validation des acquis de l experience',
      'validation des acquis',
    ],
    summary:
      "Faire valider ses acquis professionnels pour obtenir un titre professionnel du ministère de l'Emploi.",
    purpose: {
      text: "Faire valider ses acquis professionnels par la VAE, sur l'ensemble des titres professionnels du ministère de l'Emploi que l'AFPA déploie sur ses territoires.",
      source: 'Accord, art. 2.1.4',
    },
    audience: {
      text: "L'accord ne précise pas de public ni de conditions d'accès pour la VAE. Il indique que les personnes qui n'ont pas les prérequis pour accéder directement à la VAE peuvent passer par la RSFP. Pour les personnes en PEC, la VAE est l'un des choix de Compétences PEC.",
      source: 'Accord, art. 2.1.4 ; Protocole, § 3 (Compétences PEC)',
    },
    content: [
      {
        text: "Pour les personnes en PEC, l'accord prévoit « Transformer son expérience en diplôme – la VAE pour les PEC », dans le cadre de Compétences PEC.",
        source: 'Accord, art. 2.1.4',
      },
      {
        text: "Les étapes décrites par l'accord sont celles de l'atelier VAE de Compétences PEC.",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
    ],
    phases: [
      {
        name: 'Dossier de recevabilité',
        duration: 'une demi-journée par personne',
        description:
          'Dans Compétences PEC : élaboration du dossier de recevabilité, à transmettre à la Direction du travail.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        name: "Préparation à la session d'évaluation",
        duration: 'une journée par personne',
        description: "Dans Compétences PEC : préparation à la session d'évaluation.",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        name: "Présentation à la session d'évaluation",
        duration: '2 jours',
        description: "Dans Compétences PEC : présentation à la session d'évaluation.",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
    ],
    totalDuration: {
      text: "Dans Compétences PEC, l'atelier VAE compte 3 étapes sur 3,5 jours. L'accord ne donne pas de durée pour une VAE en dehors de ce cadre.",
      source: 'Protocole, § 3 (Compétences PEC)',
    },
    prescription: {
      text: "L'accord ne prévoit pas de circuit de prescription pour la VAE en dehors de Compétences PEC : renseignez-vous auprès du centre AFPA de Montauban. Pour une personne en PEC, la VAE passe par Compétences PEC, que les services compétents du Département peuvent prescrire directement, sans contrepartie financière.",
      source: 'Accord, art. 2.1.4',
    },
    related: ['rsfp', 'competences-pec', 'clea'],
  },

  // ── RSFP ───────────────────────────────────────────────────────────
  {
    id: 'rsfp',
    name: 'RSFP (reconnaissance des savoir-faire professionnels)',
    shortName: 'RSFP',
    aliases: [
      'rsfp',
      'reconnaissance des savoir-faire professionnels',
      'reconnaissance des savoir faire professionnels',
      'reconnaissance des savoir faire',
    ],
    summary:
      "Reconnaître les savoir-faire professionnels des personnes qui n'ont pas les prérequis pour accéder directement à la VAE.",
    purpose: {
      text: "Reconnaître les savoir-faire professionnels des personnes qui n'ont pas les prérequis pour accéder directement à la VAE. Les compétences acquises, techniques ou transverses, deviennent ainsi un « passeport pour l'emploi ».",
      source: 'Accord, art. 2.1.4',
    },
    audience: {
      text: "Les personnes qui n'ont pas les prérequis nécessaires pour accéder directement à la VAE. Pour les salariés des SIAE, la RSFP conforte leur employabilité, permet d'envisager une évolution professionnelle et aide à organiser le transfert des compétences et la suite de leur parcours d'insertion. Pour les personnes en PEC, la RSFP est l'un des choix de Compétences PEC.",
      source: 'Accord, art. 2.1.4 ; Protocole, § 3 (Compétences PEC)',
    },
    content: [
      {
        text: "L'AFPA met en œuvre la RSFP dans le cadre de ses missions nationales de service public, depuis plusieurs années en Occitanie, avec le soutien des unités territoriales de la DIRECCTE.",
        source: 'Accord, art. 2.1.4',
      },
      {
        text: "Les étapes décrites par l'accord sont celles de l'atelier RSFP de Compétences PEC.",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
    ],
    phases: [
      {
        name: 'Montage du dossier',
        duration: 'une demi-journée par personne',
        description: 'Dans Compétences PEC : aide au montage du dossier à présenter au jury RSFP.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        name: 'Préparation à la session RSFP',
        duration: 'deux journées par personne',
        description: 'Dans Compétences PEC : préparation à la session RSFP.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
      {
        name: 'Présentation à la session RSFP',
        duration: '1 journée',
        description: 'Dans Compétences PEC : présentation à la session RSFP.',
        source: 'Protocole, § 3 (Compétences PEC)',
      },
    ],
    totalDuration: {
      text: "Dans Compétences PEC, l'atelier RSFP compte 3 étapes sur 3,5 jours. L'accord ne donne pas de durée pour une RSFP en dehors de ce cadre.",
      source: 'Protocole, § 3 (Compétences PEC)',
    },
    prescription: {
      text: "L'accord ne prévoit pas de circuit de prescription pour la RSFP en dehors de Compétences PEC : renseignez-vous auprès du centre AFPA de Montauban. Pour une personne en PEC, la RSFP passe par Compétences PEC, que les services compétents du Département peuvent prescrire directement, sans contrepartie financière.",
      source: 'Accord, art. 2.1.4 ; Protocole, § 3 (Compétences PEC)',
    },
    related: ['vae', 'competences-pec', 'clea'],
  },

  // ── CléA ───────────────────────────────────────────────────────────
  {
    id: 'clea',
    name: 'CléA',
    aliases: ['clea', 'clea socle', 'certificat clea', 'certification clea', 'cléa'],
    summary:
      "Certification interprofessionnelle des compétences de base indispensables, quelle que soit l'activité professionnelle.",
    purpose: {
      text: "CléA est une certification interprofessionnelle. Elle permet à toute personne de maîtriser les compétences de base indispensables, quelle que soit l'activité professionnelle exercée. L'AFPA prépare à cette certification.",
      source: 'Accord, art. 2.2.2',
    },
    audience: {
      text: "L'accord la cite pour préparer des publics éloignés de l'emploi aux compétences de base, sans fixer d'autre condition. Pour les personnes en PEC, CléA socle est l'un des choix de Compétences PEC.",
      source: 'Accord, art. 2.2.2 ; Protocole, § 3 (Compétences PEC)',
    },
    content: [
      {
        text: "Dans Compétences PEC, l'atelier CléA socle comprend l'évaluation des compétences acquises, puis la synthèse et la restitution des acquis au regard du référentiel, en vue de la présentation à la commission paritaire interrégionale (CPIR).",
        source: 'Protocole, § 3 (Compétences PEC)',
      },
    ],
    phases: [],
    totalDuration: {
      text: "Dans Compétences PEC, l'atelier CléA socle dure 1 jour. L'accord ne donne pas de durée pour la préparation à CléA en dehors de ce cadre.",
      source: 'Protocole, § 3 (Compétences PEC)',
    },
    prescription: {
      text: "L'accord ne prévoit pas de circuit de prescription pour CléA en dehors de Compétences PEC : renseignez-vous auprès du centre AFPA de Montauban. Pour une personne en PEC, CléA socle passe par Compétences PEC, que les services compétents du Département peuvent prescrire directement, sans contrepartie financière.",
      source: 'Accord, art. 2.2.2 ; Accord, art. 2.1.4',
    },
    related: ['clea-numerique', 'competences-pec', 'open-badges', 'vae'],
  },

  // ── CléA Numérique ─────────────────────────────────────────────────
  {
    id: 'clea-numerique',
    name: 'CléA Numérique',
    aliases: ['clea numerique', 'clea num', 'cléa numérique', 'clea digital'],
    summary:
      'Version numérique de CléA : les usages fondamentaux du numérique dans un environnement de travail.',
    purpose: {
      text: "CléA Numérique est la version numérique de CléA. Elle permet d'acquérir les connaissances et compétences liées aux usages fondamentaux du numérique dans un environnement de travail.",
      source: 'Accord, art. 2.2.2',
    },
    audience: {
      text: "L'accord la cite pour préparer des publics éloignés de l'emploi aux compétences de base, sans fixer d'autre condition.",
      source: 'Accord, art. 2.2.2',
    },
    content: [
      {
        text: 'Ces connaissances et compétences numériques servent aussi dans la vie sociale, civique et culturelle.',
        source: 'Accord, art. 2.2.2',
      },
    ],
    phases: [],
    prescription: {
      text: "L'accord ne prévoit pas de circuit de prescription pour CléA Numérique : renseignez-vous auprès du centre AFPA de Montauban.",
      source: 'Accord, art. 2.2.2',
    },
    related: ['clea', 'open-badges'],
  },

  // ── Open Badges ────────────────────────────────────────────────────
  {
    id: 'open-badges',
    name: 'Open Badges',
    aliases: ['open badges', 'open badge', 'badges', 'soft skills', 'competences douces', 'savoir-etre'],
    summary:
      'Badges qui reconnaissent les compétences, dont les soft skills, acquises dans un cadre formel ou informel.',
    purpose: {
      text: "Les Open Badges permettent d'obtenir une reconnaissance objective des compétences acquises dans un cadre formel ou informel, de les valoriser et de les faire évoluer.",
      source: 'Accord, art. 2.2.2',
    },
    audience: {
      text: "L'accord ne précise pas de public. Les Open Badges figurent parmi les actions pour préparer des publics éloignés de l'emploi. Dans La Promo 16/18, les jeunes valident leurs compétences par des open badges.",
      source: 'Accord, art. 2.2.2 ; Protocole, § 3 (La Promo 16/18)',
    },
    content: [
      {
        text: 'Au-delà des compétences techniques, les employeurs sont attentifs aux savoir-être et les compétences transverses (« soft skills ») : par exemple communiquer, maîtriser le digital, travailler en équipe, être autonome et efficace.',
        source: 'Accord, art. 2.2.2',
      },
      {
        text: 'Dans La Promo 16/18, les open badges valident des compétences socles et transversales et des compétences numériques.',
        source: 'Protocole, § 3 (La Promo 16/18)',
      },
    ],
    phases: [],
    prescription: {
      text: "L'accord ne prévoit pas de circuit de prescription. Il précise que le dispositif peut être mis en œuvre dans le cadre d'un projet spécifique : renseignez-vous auprès du centre AFPA de Montauban.",
      source: 'Accord, art. 2.2.2',
    },
    related: ['clea', 'clea-numerique', 'promo-16-18'],
  },

  // ── Français à visée professionnelle ───────────────────────────────
  {
    id: 'francais-visee-pro',
    name: 'Français à visée professionnelle',
    aliases: [
      'fle',
      'francais langue etrangere',
      'francais a visee professionnelle',
      'francais visee pro',
      'francais pro',
      'apprendre le francais',
    ],
    summary:
      "Formation « Français langue étrangère » de l'AFPA pour les primo-arrivants et débutants en français.",
    purpose: {
      text: "Acquérir les bases du français langue étrangère (écouter, parler, écrire). Savoir s'exprimer à l'oral dans un contexte professionnel, avec le langage technique et professionnel. Améliorer sa communication écrite et orale pour s'informer sur l'environnement socio-économique et gagner en autonomie dans un cadre professionnel.",
      source: 'Accord, art. 2.2.3',
    },
    audience: {
      text: 'Les personnes primo-arrivantes ou débutantes en français.',
      source: 'Accord, art. 2.2.3',
    },
    content: [
      {
        text: "L'AFPA a conçu un dispositif de formation « Français langue étrangère » pour ces publics.",
        source: 'Accord, art. 2.2.3',
      },
    ],
    phases: [],
    prescription: {
      text: "L'accord ne prévoit pas de circuit de prescription pour cette formation : renseignez-vous auprès du centre AFPA de Montauban.",
      source: 'Accord, art. 2.2.3',
    },
    related: ['clea', 'formation-droit-commun'],
  },

  // ── Formation de droit commun ──────────────────────────────────────
  {
    id: 'formation-droit-commun',
    name: 'Formations de droit commun',
    aliases: [
      'formation de droit commun',
      'formations de droit commun',
      'droit commun',
      'formation qualifiante',
      'formations qualifiantes',
      'formations region',
      'formation region',
      'acces aux formations',
      'droit aux formations',
    ],
    summary:
      "Accès des allocataires du RSA et du public des SIAE aux formations de l'AFPA financées par la Région ou d'autres financeurs publics.",
    purpose: {
      text: "Faciliter l'accès des publics accompagnés par le Département à l'offre de formation de droit commun mise en œuvre par l'AFPA.",
      source: 'Accord, art. 2.1.2',
    },
    audience: {
      text: "Les allocataires du RSA, notamment ceux qui relèvent de l'accompagnement global et de la garantie d'activité, et le public en insertion des SIAE qui a un projet d'accès à la qualification. Ils font partie des publics éligibles aux programmes de formation des financeurs publics du territoire, notamment le Conseil régional.",
      source: 'Accord, art. 2.1.2',
    },
    content: [
      {
        text: "L'AFPA communique en temps réel au Département les places disponibles dans le centre, par l'« Info Places ». Le Département les diffuse aux équipes de conseillers et aux prestataires.",
        source: "Plan d'action 2022-2023, 2.1.2",
      },
      {
        text: "L'AFPA organise des réunions spécifiques sur les métiers en tension, comme la logistique et le bâtiment, avec une évaluation des personnes intéressées. Le Département y invite les allocataires.",
        source: "Plan d'action 2022-2023, 2.1.2",
      },
      {
        text: "L'AFPA met à la disposition des référents insertion un kit avec la liste des titres professionnels et des certificats de compétences professionnelles accessibles, et la liste des places disponibles en temps réel.",
        source: 'Protocole, § 4',
      },
    ],
    phases: [],
    prescription: {
      text: "L'accord ne prévoit pas de prescription directe par le Département pour ces formations. Il prévoit que le Département diffuse les places disponibles, invite les allocataires aux réunions métiers et désigne un référent chargé de travailler avec l'AFPA pour faciliter leur accès à la formation. Renseignez-vous auprès du centre AFPA de Montauban.",
      source: "Accord, art. 2.1.2 ; Plan d'action 2022-2023, 2.1.2",
    },
    related: ['prepa-competences', 'vae', 'clauses-sociales'],
  },

  // ── Clauses sociales / chantiers d'insertion ───────────────────────
  {
    id: 'clauses-sociales',
    name: "Préparation aux clauses sociales et chantiers d'insertion",
    shortName: "Clauses sociales et chantiers d'insertion",
    aliases: [
      'clauses sociales',
      'clause sociale',
      "chantiers d'insertion",
      "chantier d'insertion",
      'chantiers d insertion',
      'chantier d insertion',
    ],
    summary:
      "L'AFPA peut préparer des publics éloignés de l'emploi à des missions en clauses sociales ou en chantiers d'insertion.",
    purpose: {
      text: "Préparer des publics éloignés de l'emploi à s'insérer grâce à des missions dans le cadre des « clauses sociales » ou des chantiers d'insertion. L'AFPA peut les former aux premiers gestes techniques indispensables.",
      source: 'Accord, art. 2.2.1',
    },
    audience: {
      text: "Des publics éloignés de l'emploi. L'accord ne fixe pas d'autre condition.",
      source: 'Accord, art. 2.2.1',
    },
    content: [
      {
        text: "À la fin de ces missions, l'AFPA peut évaluer les compétences acquises et transférables, pour faciliter l'insertion de ces publics vers les métiers en tension du territoire.",
        source: 'Accord, art. 2.2.1',
      },
      {
        text: "Cette action fait partie des nouvelles initiatives que l'accord permet de développer, en complément des actions déjà engagées par le Département.",
        source: 'Accord, art. 2.2',
      },
    ],
    phases: [],
    prescription: {
      text: "L'accord ne prévoit pas de circuit de prescription pour cette action : renseignez-vous auprès du centre AFPA de Montauban.",
      source: 'Accord, art. 2.2.1',
    },
    related: ['formation-droit-commun', 'rsfp', 'open-badges'],
  },
];
