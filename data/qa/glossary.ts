import { normalizeText } from './normalize.js';

/**
 * The words of the partnership that newcomers ask about (« SIAE ça veut dire quoi ? »,
 * « FT c quoi déjà ? et ML ? », « prescrire = inscrire ? »): what each means, in the
 * project's glossary (GUIDE) and, where the agreement uses the word, with what it says of
 * it and where. The dispositifs of the catalogue (VAE, RSFP, CléA…) have their own fiche
 * and are not here.
 */
export type GlossaryTerm = {
  /** As shown: « SIAE », « France Travail (FT) ». */
  term: string;
  /** The word as typed, on the normal form of a message (no accents, no punctuation). */
  words: string;
  meaning: string;
  /** Where the agreement uses the word, when it does. */
  source?: string;
  /** The agreement's own paragraphs on the word say it better (PANDA): they are quoted instead. */
  quoted?: true;
  /** What the référent can open next: the agenda's events, or the prescription form. */
  next?: 'agenda' | 'prescribe';
};

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: 'RSA, BRSA',
    words: 'b?rsa|allocataires? du rsa',
    meaning:
      'Revenu de solidarité active ; un ou une « BRSA » est une personne qui le perçoit. Les référents insertion du Département accompagnent les allocataires du RSA, à qui l’accord ouvre notamment Prépa Compétences. L’accord ne traite ni du montant ni du versement du RSA.',
    source: 'Accord, art. 2.1.3',
  },
  {
    term: 'CD, Département',
    words: 'cd|cd ?82|conseil departemental|cg',
    meaning:
      'Le Conseil départemental de Tarn-et-Garonne, qui signe l’accord avec l’AFPA. Ses référents insertion accompagnent les allocataires du RSA et prescrivent directement les dispositifs de l’AFPA.',
    source: 'Accord, préambule ; Protocole, § 2',
  },
  {
    term: 'FT, France Travail',
    words: 'ft|france travail|pole emploi',
    meaning:
      'France Travail, le nom de Pôle emploi depuis le 1er janvier 2024 ; l’accord, signé en 2022, dit « Pôle emploi ». Ses conseillers mobilisent Prépa Compétences pour leurs inscrits et Compétences PEC pour les personnes en contrat PEC.',
    source: 'Protocole, §§ 1 et 2',
  },
  {
    term: 'ML, Mission locale',
    words: 'ml|missions? locales?',
    meaning:
      'La Mission locale accompagne les jeunes. L’accord la cite pour repérer les mineurs en décrochage scolaire et leur proposer La Promo 16/18, et parmi ceux qui prescrivent un PEC.',
    source: 'Accord, art. 2.1.3 ; Protocole, § 2',
  },
  {
    term: 'CIO',
    words: 'cio',
    meaning:
      'Le centre d’information et d’orientation, pour l’orientation scolaire. L’accord le cite avec les missions locales pour repérer les mineurs en décrochage et leur proposer La Promo 16/18.',
    source: 'Accord, art. 2.1.3',
  },
  {
    term: 'Cap emploi',
    words: 'cap emploi',
    meaning:
      'Cap emploi accompagne vers l’emploi les personnes handicapées. L’accord le cite parmi ceux qui prescrivent un PEC.',
    source: 'Protocole, § 2',
  },
  {
    term: 'ASE',
    words: 'ase|aide sociale a l enfance',
    meaning:
      'L’aide sociale à l’enfance : les mineurs confiés au Département. L’accord ouvre La Promo 16/18 aux jeunes de 16 et 17 ans qu’elle suit.',
    source: 'Accord, art. 2.1.3 ; Protocole, § 4',
  },
  {
    term: 'SIAE, IAE',
    words:
      's?iae|s iae|structures? d insertion( par l activite economique)?|insertion par l activite economique',
    meaning:
      'Les structures d’insertion par l’activité économique (SIAE) ; l’IAE est l’insertion par l’activité économique. L’accord cite leur public en insertion parmi les publics des formations de droit commun, et la RSFP pour leurs salariés.',
    source: 'Accord, art. 2.1.2 et 2.1.4',
  },
  {
    term: 'RQTH, TH',
    words: 'rqth|th|travailleurs? handicape',
    meaning:
      'La reconnaissance de la qualité de travailleur handicapé. L’accord n’en fait la condition d’aucun dispositif et ne traite pas de la compensation du handicap ; Cap emploi accompagne les personnes handicapées vers l’emploi.',
  },
  {
    term: 'CEP',
    words: 'cep|conseil en evolution professionnelle',
    meaning:
      'Le conseil en évolution professionnelle, que réalisent les conseillers de Pôle emploi (France Travail) ; Prépa Compétences et Compétences PEC s’inscrivent en complément de cet accompagnement.',
    source: 'Protocole, § 2',
  },
  {
    term: 'PIC',
    words: 'pic|plan d investissement dans les competences',
    meaning:
      'Le Plan d’investissement dans les compétences : l’État y finance Prépa Compétences et Compétences PEC pour les allocataires du RSA accompagnés par les Départements.',
    source: 'Accord, art. 2.1.3 ; Protocole, § 2',
  },
  {
    term: 'DGEFP, DDETSPP',
    words: 'dgefp|ddetspp|ddets',
    meaning:
      'Des administrations de l’État. La DGEFP pilote le comité national des trois dispositifs et reçoit de l’AFPA chaque mois le tableau de bord de chacun ; la DDETSPP reçoit chaque année leur bilan départemental.',
    source: 'Protocole, § 6',
  },
  {
    term: 'JPO',
    words: 'jpo|journees? portes? ouvertes?',
    meaning:
      'Les journées portes ouvertes du centre AFPA : on y découvre les formations et les métiers. L’AFPA en communique les dates au Département.',
    source: 'Accord, art. 2.1.1',
    next: 'agenda',
  },
  {
    term: 'Information collective',
    words: 'infos? coll?\\w*|informations? collectives?',
    meaning:
      'Une séance d’information en groupe, où l’AFPA présente une formation ou un dispositif. L’AFPA en communique les dates au Département.',
    source: 'Accord, art. 2.1.1',
    next: 'agenda',
  },
  {
    term: 'Visite de plateau technique',
    words: 'visites? (de |des )?plateaux?( techniques?)?|plateaux? techniques?',
    meaning:
      'Une visite des ateliers de formation de l’AFPA, pour découvrir les métiers « grandeur nature ».',
    source: 'Accord, art. 2.1.1',
    next: 'agenda',
  },
  {
    term: 'Réunion métier',
    words: 'reunions? metiers?',
    meaning:
      'Une réunion sur un métier en tension, comme la logistique ou le bâtiment, avec l’évaluation des personnes intéressées ; le Département y invite les allocataires.',
    source: 'Plan d’action, 2.1.2',
    next: 'agenda',
  },
  {
    term: 'Info Places',
    words: 'info ?places?',
    meaning:
      'La liste des places de formation disponibles à l’AFPA, communiquée au Département en temps réel.',
    source: 'Plan d’action, 2.1.2',
    next: 'agenda',
  },
  {
    term: 'PANDA',
    words: 'panda',
    meaning:
      'La plateforme de l’AFPA qui trace chaque parcours : les bénéficiaires, les ateliers, les fiches d’assiduité. Les référents insertion du Département sont habilités par l’AFPA pour y inscrire les personnes ; dans cet assistant, le suivi des prescriptions joue ce rôle.',
    source: 'Protocole, § 5',
    quoted: true,
  },
  {
    term: 'Bilan individuel',
    words: 'bilan( individuel| indiv| de fin)?',
    meaning:
      'Le bilan du parcours que l’AFPA communique au référent de la personne à la fin de Prépa Compétences, et de la VAE pour les personnes en PEC.',
    source: 'Protocole, § 5',
  },
  {
    term: 'Prescrire',
    words: 'prescri\\w*|prescription',
    meaning:
      'Orienter une personne vers un dispositif et l’y inscrire. Le référent l’informe et recueille son adhésion, sécurise avec elle les conditions matérielles (mobilité, garde d’enfants…), puis l’inscrit ; ici, le formulaire « Prescrire » envoie l’inscription à l’AFPA, qui en accuse réception.',
    source: 'Protocole, § 5',
    next: 'prescribe',
  },
  {
    term: 'Référent de parcours',
    words: 'referente? de parcours|referente? (d )?accompagnement|referente? insertion',
    meaning:
      'Le conseiller qui accompagne la personne, souvent vous : il l’informe sur les dispositifs et recueille son adhésion, informe l’employeur et recueille son accord pour Compétences PEC, sécurise avec elle les conditions matérielles (mobilité, garde d’enfants…), puis l’inscrit. C’est lui qui reçoit le bilan individuel.',
    source: 'Protocole, § 5',
  },
  {
    // « c'est le contrat aidé ou c'est autre chose ? »: the contract and the programme are often mixed up.
    term: 'Contrat PEC',
    words:
      'contrats? (?:aides? )?(?:pec|p e c)(?: parcours emploi competences)?|contrats? aides?(?: parcours emploi competences)?',
    meaning:
      'Le PEC (Parcours Emploi Compétences) est le contrat que la personne signe avec son employeur. Compétences PEC est autre chose : le dispositif de l’AFPA pour les personnes signataires d’un PEC, mobilisable dès la signature du contrat ou dans ses premiers mois, pour valoriser leur expérience et viser une certification (VAE, RSFP ou CléA).',
    source: 'Accord, art. 2.1.4 ; Protocole, § 2',
  },
  {
    term: 'TP, titre professionnel',
    words: 'tp|titres? pro|titres? professionnels?',
    meaning:
      'Un titre professionnel, certification du ministère de l’Emploi. L’AFPA accompagne la VAE sur l’ensemble des titres professionnels qu’elle déploie, et met à la disposition des référents insertion, dans son kit de communication, la liste des titres professionnels et des certificats de compétences professionnels accessibles.',
    source: 'Accord, art. 2.1.4 ; Protocole, § 4',
  },
  {
    term: 'CCP',
    words: 'ccp|certificats? de competences professionnel(le)?s?',
    meaning:
      'Un certificat de compétences professionnelles. L’AFPA met à la disposition des référents insertion, dans son kit de communication, la liste des titres professionnels et des certificats de compétences professionnels accessibles.',
    source: 'Protocole, § 4',
  },
  {
    term: 'Volet',
    words: 'volets?',
    meaning:
      'Les deux parties de Prépa Compétences, selon le besoin : volet 1 « Consolider son projet », volet 2 « Sécuriser l’entrée en formation ».',
    source: 'Protocole, § 3',
  },
];

/** « c'est quoi », « ça veut dire quoi », « = ? »: the meaning of a word is asked. */
const ASKS_MEANING =
  '(c est quoi|c quoi|c koi|cest quoi|c est qui|c qui|qui c est|ca veut dire quoi|ca veut dire|veut dire quoi|que veut dire|qu est ce que c est|qu est ce que|signifie quoi|ca signifie|signification|definition|def|(ca )?sert a quoi|a quoi (ca )?sert)';
const ARTICLE = '(le |la |l |les |un |une |des |du |de |d )?';
const FILLER = '( deja| exactement| au juste| en fait| ce truc| ce machin| encore| concretement)*';
/** « c'est le contrat aidé ou c'est autre chose ? »: whether a word means the thing named. */
const SAME_AS = '(c est|c|cest|ca serait)';
const OR_ELSE = 'ou (c est |c )?(autre chose|different|pas pareil|pas la meme chose)';

const compiled = GLOSSARY.map((entry) => ({
  entry,
  /** « SIAE ça veut dire quoi », « c'est quoi le PIC ». */
  asked: new RegExp(
    `^(${ASKS_MEANING} ${ARTICLE}(${entry.words})${FILLER}|${ARTICLE}(${entry.words})${FILLER} ${ASKS_MEANING}${FILLER}|${SAME_AS} ${ARTICLE}(${entry.words})${FILLER} ${OR_ELSE})\\b`,
  ),
  /** « DGEFP ? » alone, or « … et ML ? » after another word asked. */
  alone: new RegExp(`^(et |puis )?${ARTICLE}(${entry.words})( alors)?$`),
  /** Its words anywhere: only the entries named are tried. */
  named: new RegExp(`\\b(${entry.words})\\b`),
  /** Each place its words stand, to find the last one before a question. */
  everyMention: new RegExp(`\\b(${entry.words})\\b`, 'g'),
}));

/** Any word of the glossary, anywhere. */
const ANY_WORD = new RegExp(`\\b(${GLOSSARY.map((entry) => entry.words).join('|')})\\b`);

/**
 * The glossary's words whose meaning the message asks, in its order; none when it asks
 * something else (« c quoi les dates de la JPO », « la prépa c quoi », « la JPO ? c'est quand »).
 */
export function meaningAsked(message: string): GlossaryTerm[] {
  // Read at every message: most name none of the words, which one test of the whole says.
  const text = normalizeText(message);
  if (!ANY_WORD.test(text)) return [];
  const named = compiled.filter((entry) => entry.named.test(text));
  // « et ML, FT, CD ? »: nothing but words of the glossary, each asked.
  const listed = onlyWordsListed(text, named);
  if (listed.length > 1) return listed;
  // « prescrire = inscrire ? » asks what the first word means.
  // « bonjour, je suis nouvelle à l'accueil, c quoi PANDA ? »: the greeting and who speaks come before it.
  const questions = message
    .replace(INTRODUCTION, '')
    .replace(/=[^?!.;\n]*/g, ' c est quoi')
    .split(/[?!.;\n]+/)
    .map((part) => normalizeText(part))
    .filter(Boolean);
  // « elle a reçu un mail de Panda, c'est quoi ? »: the one word named before, asked after.
  if (named.length === 1 && askedRightAfter(named[0]!, questions)) return [named[0]!.entry];
  const found: GlossaryTerm[] = [];
  for (const [index, question] of questions.entries()) {
    const asked =
      named.find(({ asked }) => wholly(asked, question)) ??
      named.find(
        ({ entry, alone }) =>
          // « jpo ? » alone asks the dates; « DGEFP ? » alone, what it is.
          (found.length > 0 || (questions.length === 1 && !entry.next)) && alone.test(question),
      );
    if (asked) {
      if (!found.includes(asked.entry)) found.push(asked.entry);
    }
    // What follows the words asked may be anything (« … ? je viens du médico-social »), not what comes first.
    else if (index === 0) return [];
  }
  return found;
}

/** The words named, in their order, when the message holds nothing else but « et », « ou » or « les ». */
function onlyWordsListed(text: string, named: typeof compiled): GlossaryTerm[] {
  let rest = text.replace(/\b(et|ou|puis|alors|aussi|les|le|la|l)\b/g, ' ');
  const found: Array<{ at: number; entry: GlossaryTerm }> = [];
  for (const { entry, everyMention } of named) {
    const at = text.search(everyMention);
    rest = rest.replace(everyMention, ' ');
    found.push({ at, entry });
  }
  return rest.trim() === '' ? found.sort((a, b) => a.at - b.at).map(({ entry }) => entry) : [];
}

/** « …, c'est quoi ? », « … ça veut dire quoi ça ? »: a meaning asked of what was just named. */
const ENDS_ASKING_MEANING =
  /(^| )(c est quoi|c quoi|c koi|cest quoi|ca veut dire quoi|ca veut dire|veut dire quoi|qu est ce que c est|signifie quoi|ca signifie|(ca )?sert a quoi)( ca| ce truc| ce machin| deja| exactement| au juste| concretement)*$/;

/** The word named, then its meaning asked, with nothing else between: « Panda, c'est quoi ? », or as its own question. */
function askedRightAfter(
  word: { named: RegExp; everyMention: RegExp },
  questions: readonly string[],
): boolean {
  const last = questions.at(-1) ?? '';
  const asked = ENDS_ASKING_MEANING.exec(last);
  if (!asked) return false;
  const before = last.slice(0, asked.index);
  const mentions = [...before.matchAll(word.everyMention)];
  const mention = mentions.at(-1);
  // « un mail de Panda, c'est quoi ? », not « contrat d'engagement jeune ML c quoi » (another thing, the ML's).
  if (mention)
    return (
      NAMED_AS_SUCH.test(before.slice(0, mention.index)) &&
      SAYS_NOTHING_MORE.test(before.slice(mention.index + mention[0].length).trim())
    );
  return questions.length >= 2 && before.trim() === '' && word.named.test(questions.at(-2)!);
}
/** The word after an article or a preposition, or first: named as such, not qualifying another noun. */
const NAMED_AS_SUCH =
  /(^|\b(de|du|des|d|le|la|l|les|un|une|sur|avec|par|a|au|en|ce|cet|cette|son|sa|ses|leur) )$/;
/** « …Panda, ça, c'est quoi ? »: nothing else said between the word and the question. */
const SAYS_NOTHING_MORE = /^((ca|la|le|deja|alors|du coup|et|la dessus)( |$))*$/;

const INTRODUCTION =
  /^\s*(?:(?:bonjour|bonsoir|salut|coucou|hello)\b[\s,!.]*)?(?:(?:d[ée]sol[ée]e?|dsl|pardon)\b[\s,!.]*)?(?:(?:(?:petite |une )?question (?:b[êe]te|idiote|na[ïi]ve|de d[ée]butante?)|c['’ ]est (?:b[êe]te|idiot))\b[\s,!.:]*)?(?:(?:je suis|ici|moi c est)\b[^,?!.;\n]*[,.!;]\s*)?/i;

/** The whole question, or all of it but a word of politeness (« … svp ») or why it is asked. */
function wholly(pattern: RegExp, question: string): boolean {
  const match = pattern.exec(question);
  if (!match) return false;
  const rest = question.slice(match[0].length).trim();
  // « c quoi PANDA, on m'en parle tout le temps »: why it is asked, not another question.
  return (
    rest === '' ||
    /^(svp|stp|merci|s il (te|vous) plait|(on|ils|elles|tout le monde) (m|me|nous) (en )?parle\w*( .*)?|j en entends parler( .*)?|j ai vu (ca|ce mot|ce terme|passer)( .*)?|je (ne )?(connais|comprends) pas( .*)?|j ai (jamais|pas) compris( .*)?)$/.test(
      rest,
    )
  );
}

/** The word to search the agreement for, when its paragraphs answer better than a meaning. */
export function quotedTerm(term: string): string | undefined {
  const entry = GLOSSARY.find((e) => e.term === term);
  return entry?.quoted ? entry.term : undefined;
}
