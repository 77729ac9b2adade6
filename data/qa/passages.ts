import { agreementText } from '../catalogue/agreement-text.js';
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import type { Programme } from '../eligibility.js';
import { keepAtMost, lowerFirst } from '../text.js';
import {
  boundedFuzzy,
  boundedPrefix,
  firstWords,
  MAX_EDIT_DISTANCE,
  normalizeTerm,
  normalizeText,
  tokenize,
} from './normalize.js';

/**
 * The agreement's own paragraphs, each with the article it belongs to, searchable
 * in full text: a precise question that no aspect of a fiche covers (« qui finance ? »,
 * « qui trace les parcours ? ») is answered with the passage that says it, quoted
 * with its article, rather than with an overview.
 */

export type Passage = {
  id: number;
  source: string;
  text: string;
  /** The sentences of a long passage that hold what was asked, for a short answer. */
  excerpt?: string;
  /**
   * Whom a list item is about, quoted before it (« Rôle du référent de parcours — le conseiller… : »)
   * but not searched: the item is what answers.
   */
  lead?: string;
  /** The programmes the passage is about, when it is about some and not the agreement at large. */
  about?: Programme[];
};

/** Words that say nothing about what is asked. */
const STOPWORDS = new Set(
  (
    'a au aux avec ce ces c cest ca cela d dans de des du elle en est et etre il ils j je l la le les leur lui ' +
    'ma me mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle quels quelles qui s sa se ses si ' +
    'son sont sur ta te tes toi ton tu un une vos votre vous y quoi comment combien afpa departement accord ' +
    'peut peuvent faire fait dit dire est il elle svp stp merci bonjour cette cet oui non ok deja encore rappel ' +
    'rappelle rappeler euh alors donc du coup en fait voila bien concretement exactement precisement juste vraiment'
  ).split(' '),
);

/** NLP.js's French Snowball stemmer: « finance », « financement », « financés » meet. */
const { StemmerFr } = createRequire(import.meta.url)('@nlpjs/lang-fr') as {
  StemmerFr: new () => { stemWord(word: string): string };
};
const stemmer = new StemmerFr();

/** Stems of the words met, by normal form: stemming is most of what reading a word costs, and words come back. */
const stems = new Map<string, string>();
const STEMS_LIMIT = 4096;

function term(word: string): string | null {
  const normal = normalizeTerm(word);
  if (normal === '' || STOPWORDS.has(normal)) return null;
  const known = stems.get(normal);
  if (known !== undefined) return known;
  const stem = stemmer.stemWord(normal);
  // A very long « word » is never kept: it would hold memory for nothing.
  if (normal.length <= 40) keepAtMost(stems, STEMS_LIMIT, normal, stem);
  return stem;
}

/**
 * The terms of the words a search leaves aside (a programme's names and aliases, the
 * asking words): the same few lists at every question, stemmed once each.
 */
const ignoredTerms = new Map<string, ReadonlySet<string>>();
const IGNORED_LISTS_LIMIT = 64;

function termsOf(words: string): ReadonlySet<string> {
  const known = ignoredTerms.get(words);
  if (known) return known;
  const terms = new Set(
    tokenize(words)
      .map(term)
      .filter((w): w is string => w !== null),
  );
  keepAtMost(ignoredTerms, IGNORED_LISTS_LIMIT, words, terms);
  return terms;
}

/** How long a quoted passage may be in an answer before only its most relevant sentences are kept. */
export const EXCERPT_LENGTH = 320;

/**
 * The run of sentences of `text`, within EXCERPT_LENGTH, that holds the most of the
 * asked terms: « un référent attitré ? » quotes the sentence about the « référent
 * principal de parcours », not the paragraph's first lines.
 */
export function excerptOf(text: string, asked: ReadonlySet<string>): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const sentences = text.split(/(?<=[.;!?])\s+/).filter(Boolean);
  const hits = sentences.map((sentence) =>
    tokenize(sentence).reduce((n, word) => n + (asked.has(term(word) ?? '') ? 1 : 0), 0),
  );
  let best = { start: 0, end: 1, hits: -1 };
  for (let start = 0; start < sentences.length; start++) {
    let length = 0;
    let found = 0;
    for (let end = start; end < sentences.length; end++) {
      length += sentences[end]!.length + 1;
      if (length > EXCERPT_LENGTH && end > start) break;
      found += hits[end]!;
      if (found > best.hits) best = { start, end: end + 1, hits: found };
    }
  }
  const chosen = sentences.slice(best.start, best.end).join(' ');
  if (chosen.length > EXCERPT_LENGTH) return windowAround(chosen, asked, best.start > 0);
  return `${best.start > 0 ? '… ' : ''}${chosen}${best.end < sentences.length ? ' …' : ''}`;
}

/**
 * One sentence longer than an excerpt (a list run into one line): the part around the
 * first word asked, so that « du sport ? » shows « activités sportives » and not the sentence's start.
 */
function windowAround(sentence: string, asked: ReadonlySet<string>, cutBefore: boolean): string {
  const words = [...sentence.matchAll(/\S+/g)];
  const first = words.find((w) => tokenize(w[0]).some((word) => asked.has(term(word) ?? '')));
  const hit = first?.index ?? 0;
  const start = hit < EXCERPT_LENGTH / 2 ? 0 : sentence.lastIndexOf(' ', hit - EXCERPT_LENGTH / 3) + 1;
  const part = sentence.slice(start, start + EXCERPT_LENGTH - 6).replace(/\s+\S*$/, '');
  const before = start > 0 || cutBefore ? '… ' : '';
  return `${before}${part}${start + part.length < sentence.length ? '…' : ''}`;
}

/** The words quoted from a passage, after whom they are about when it is an item of a list. */
export function withLead(passage: Pick<Passage, 'lead'>, words: string): string {
  return passage.lead ? `${passage.lead} ${lowerFirst(words)}` : words;
}

/** Cleans the markup the source keeps from its conversion (lists, bold, links). */
function plain(line: string): string {
  return (
    line
      .replace(/<[^>]+>/g, ' ')
      .replace(/\*\*/g, '')
      .replace(/\[([^\]]+)\]\(#\)/g, '$1')
      .replace(/[ \t]+/g, ' ')
      .trim()
      // A list item is quoted as a sentence, without its dash.
      .replace(/^[-–]\s+/, '')
  );
}

/**
 * « l' A.F.P.A. » is written « l’AFPA » today: the words quoted stay the agreement's,
 * only the typography of its acronyms is brought up to date. An acronym that ended a
 * sentence keeps the sentence's full stop.
 */
export function undotAcronyms(text: string): string {
  return text
    .replace(/\b([lLdD]|[qQ]u)' (?=[A-Z])/g, "$1'")
    .replace(/\b(?:[A-Z]\.){2,}/g, (acronym, offset: number, whole: string) => {
      const rest = whole.slice(offset + acronym.length);
      const endsSentence = /^\s*$/.test(rest) || /^\s+[A-ZÉÈÀ]/.test(rest);
      return acronym.replace(/\./g, '') + (endsSentence ? '.' : '');
    });
}

/**
 * How a passage of the protocol shows which programme it describes: its column of
 * the table, or, where the conversion merged the columns, its own words (« les jeunes »
 * are those of the Promo).
 */
const PROGRAMME_SIGNS: ReadonlyArray<readonly [Programme, RegExp, RegExp]> = [
  ['prepa-competences', /\(Prépa Compétences\)/, /Prépa Compétences/i],
  ['competences-pec', /\(Compétences PEC\)/, /\bP\.?E\.?C\b|Compétences PEC/i],
  ['promo-16-18', /\(La Promo 16\/18\)/, /\bjeunes?\b|Promo 16|\bVillages?\b/i],
];

function programmesOf(source: string, text: string): Programme[] {
  const column = PROGRAMME_SIGNS.find(([, inSource]) => inSource.test(source));
  if (column) return [column[0]];
  if (!source.startsWith('Protocole')) return [];
  return PROGRAMME_SIGNS.filter(([, , inText]) => inText.test(text)).map(([programme]) => programme);
}

/** The columns of the protocol's table (§ 3) and of the action plan. */
const PROTOCOL_COLUMNS = ['Prépa Compétences', 'Compétences PEC', 'La Promo 16/18'];
const PLAN_COLUMNS = ['engagements de l’AFPA', 'engagements du Département', 'indicateurs'];
/** The plan's indicator cells are lists of labels: they never answer a question. */
const SKIPPED_COLUMNS = new Set(['indicateurs']);

/** Splits the agreement into paragraphs, each labelled with its article, section of the plan or of the protocol. */
export function readPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  let part: 'accord' | 'plan' | 'protocole' = 'accord';
  let source = 'Accord, préambule';
  let heading: string | undefined;
  let listLead: string | undefined;
  let subsection: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    // A table row (tab-separated): each cell, and each paragraph of a cell, is a passage of its own.
    if (raw.includes('\t') && part !== 'accord') {
      const [label, ...cells] = raw.split('\t');
      const heading = plain(label ?? '');
      if (/^\d[.-]\d/.test(heading) && part === 'plan')
        source = `Plan d’action, ${heading.split(' ')[0]!.replace(/\.$/, '')}`;
      cells.forEach((cell, index) => {
        const column = (part === 'protocole' ? PROTOCOL_COLUMNS : PLAN_COLUMNS)[index] ?? '';
        if (SKIPPED_COLUMNS.has(column)) return;
        // Each item of a list is a commitment of its own (« - Participe une fois par semestre… »).
        for (const piece of cell.split(/<\/?(?:p|li|ul)[^>]*>|•|(?:^|\s)-\s(?=[A-ZÉÈ])/)) {
          const passage = undotAcronyms(plain(piece));
          if (passage.length >= 20 && !/^[A-ZÉÈ .'’/0-9-]+$/.test(passage)) {
            const labelled = column ? `${source} (${column})` : source;
            passages.push({
              id: passages.length,
              source: labelled,
              text: passage,
              about: programmesOf(labelled, passage),
            });
          }
        }
      });
      continue;
    }
    const line = plain(raw);
    if (line === '') continue;
    // « - Rôle du référent de parcours / Le conseiller… : / - informe la personne… »: each item of
    // a list is quoted with whom it is about, under the title of its part of the protocol.
    const dashed = /^\s*[-–]\s+/.test(raw);
    const listItem = dashed && (line.length >= 50 || /[.,;]$/.test(line));
    if (part === 'protocole' && dashed && !listItem) subsection = line;
    if (!listItem) {
      const introduces = part === 'protocole' && /\s:$/.test(line) && line.length < 160;
      listLead = introduces ? (subsection ? `${subsection} — ${lowerFirst(line)}` : line) : undefined;
      if (introduces) continue;
    }
    if (/^ANNEXE$/.test(line)) {
      part = 'plan';
      source = 'Plan d’action 2022-2023';
      continue;
    }
    if (/Protocole d'expérimentation$/.test(line)) {
      part = 'protocole';
      continue;
    }
    const article = /^Article (\d+)\s*:/.exec(line);
    const section = /^(\d)[.-](\d)(?:\.(\d))?\.?\s/.exec(line);
    // The protocol's sections, not the numbered steps inside them (« 4. Atelier V.A.E. »).
    const paragraph =
      /^(\d)\.\s+(Rappel|La mobilisation|Le déploiement|Modalités|Suivi|Publicité|Période)(?=\s|$)/.exec(
        line,
      );
    if (part === 'accord' && article) source = `Accord, art. ${article[1]}`;
    else if (part === 'accord' && section)
      source = `Accord, art. ${section.slice(1).filter(Boolean).join('.')}`;
    else if (part === 'plan' && section)
      source = `Plan d’action, ${section.slice(1).filter(Boolean).join('.')}`;
    else if (part === 'protocole' && paragraph) {
      source = `Protocole, § ${paragraph[1]}`;
      subsection = undefined;
    }
    // A numbered step of a programme (« 3. Ateliers de positionnement (une demi-journée) ») is
    // quoted with the paragraph that says what it is.
    if (
      part === 'protocole' &&
      !paragraph &&
      /^\d\.\s/.test(line) &&
      !/[.;:]$/.test(line) &&
      line.length < 120
    ) {
      heading = line;
      continue;
    }
    const lead = listItem ? listLead : undefined;
    const quoted = heading ? `${heading} : ${line}` : line;
    heading = undefined;
    // Headings, signatures and stamps are too short to answer anything; « Pour l'A.F.P.A., Éric
    // VELLA ou son(sa) représentant(e) » is short too, and names who follows the agreement (art. 3).
    if (quoted.length < 60 && !/^Pour (l|le|la)\b.*représentant/.test(quoted)) continue;
    passages.push({
      id: passages.length,
      source,
      text: undotAcronyms(quoted),
      ...(lead ? { lead: undotAcronyms(lead) } : {}),
      about: programmesOf(source, quoted),
    });
  }
  return passages;
}

/** « au niveau national, qui suit les dispositifs ? », « la DGEFP » : the national steering, not one programme's facts. */
export const NATIONAL_STEERING =
  /\b((au )?niveau national|(au|en) national|nationalement|dgefp|comite (de pilotage )?national|pilot\w* national\w*)\b/;

/** « un accès Panda, c'est qui qui me le donne ? », « mon habilitation panda »: asked of the agreement, whatever the thread. */
export const PANDA_ACCESS =
  /\b(acces|compte|identifiants?|codes?|login|droits?|habilit\w*|(c est )?(nous|moi) qui|qui (qui )?inscri\w*)\b.*\bpanda\b|\bpanda\b.*\b(acces|compte|identifiants?|donne|ouvre|habilit\w*|(c est )?(nous|moi) qui)\b/;

/**
 * How référents ask, in the agreement's own words: « ça coûte ? » is answered by the
 * paragraphs on financing, « qui contacter ? » by those naming the people in charge.
 */
const AGREEMENT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(coute?s?|cout|couter|payant|payante|gratuit|gratuite|prix|tarifs?|payer|paye|frais)\b/,
    'financement contrepartie financière',
  ],
  [
    /\b(accord|convention|partenariat)\b.*\b(dure|duree|jusqu|fin|fini\w*|termine|expire|court|valable|combien de temps|echeance|renouvel\w*|reconduit\w*|reconduction|prolong\w*)\b|\b(dure|duree|jusqu|fin|fini\w*|termine|expire|court|valable|combien de temps|echeance|renouvel\w*|reconduit\w*|reconduction|prolong\w*)\b.*\b(accord|convention|partenariat)\b/,
    'période ans avenant',
  ],
  [
    /\b(contacter|contact|interlocut\w*|joindre|appeler|qui voir|responsable)\b/,
    'interlocuteur référent coordonnateur responsable',
  ],
  [
    /\b(rgpd|donnees|confidentiel\w*|circuler|diffuser|transmettre|faire suivre|partager)\b/,
    'données personnelles informatique libertés confidentialité',
  ],
  [
    /\b(feu vert|d accord|son accord|accord (du|de l|de son) (patron|employeur)|patron|employeur)\b/,
    'informe employeur recueille accord adhésion',
  ],
  [/\b(garder|garde|enfants?|nounou|mobilite|transport)\b/, 'conditions matérielles mobilité garde enfants'],
  [
    /\b(resili\w*|preavis|denonc\w*|(rupture|fin) (de l|du|de la) (accord|partenariat|convention)|(arreter|rompre|mettre fin a) (le |l |la )?(partenariat|accord|convention))\b|\b(arreter|rompre|sortir|stopper|mettre fin)\b.*\baccord\b/,
    'résilié préavis',
  ],
  // « ça remplace le suivi du conseiller France Travail ou ça vient en plus ? »: how the programmes stand beside it.
  [
    /\b(remplace\w*|en plus (du|de l|de son|de leur)|vient en plus|s ajoute|a la place (du|de l|de son|de leur)) ?(suivi|accompagnement|conseiller|referent)?\b/,
    'complémentarité accompagnement conseillers',
  ],
  // « l'afpa doit fournir quoi aux référents pour présenter les dispositifs ? »: the kit it puts at their disposal.
  [
    /\b(kit|flyers?|plaquettes?|supports? de comm\w*|argumentaire|(de la |une |des )?docs? (sur|pour presenter|de presentation)|documentation|outils? de (presentation|communication)|(pour|de) (presenter|expliquer|vendre|promouvoir) (les |le |la |l |nos |ces )?(dispositifs?|programmes?|prepa|pec|promo|offres?)|(fournir|fournit|fournissent|mettre a disposition|met a disposition) (aux|au|a nos|a nous|pour les|pour nous) (referents?|conseillers?|nous))\b/,
    'kit communication flyer argumentaire',
  ],
  // « quels logos sur l'affiche ? »: what any publicity must show (Protocole, § 7).
  [
    /\b((quels?|les|des|mettre|faut) logos|logos? (obligatoires?|a mettre|dessus)|affiches?|publicite|pub)\b/,
    'publicité communication logos État financeur',
  ],
  [/\bvillage\b/, 'village tiers lieux insertion'],
  // « les papiers pour l'inscrire ? »: the Promo's engagement week completes the papers and parental consents.
  [
    /\b(papiers?|pieces? (a fournir|administratives?|justificatives?)|dossier d inscription)\b/,
    'pièces administratives autorisations parentales',
  ],
  // The agreement says « SIAE » where référents say « chantier d'insertion » or « ACI ».
  [/\b(aci|cddi|chantiers? d insertion|structures? d insertion|entreprises? d insertion)\b/, 'SIAE'],
  // « à la sortie de la promo ils partent vers quoi ? »: the agreement says what the last phase prepares.
  [
    /\b(a la sortie|apres (la |le |l )?(promo|programme|parcours|prepa)|(partent|vont|s orientent) vers quoi|ils deviennent quoi|debouch\w*)\b/,
    'préparation suite accéder formation emploi alternance',
  ],
  // « ils font le point quand ? »: the steering committee meets and takes stock (Accord, art. 3).
  [
    /\b((font|fait|faire|faites|fera|feront|on fait) (le |un )?point|se (reunissent|reunit|voient|retrouvent)|(une |la |des )?reunions? (de suivi|de bilan|bilan|annuelles?))\b/,
    'comité de pilotage réunit bilan quantitatif qualitatif',
  ],
  // « les assistantes sociales du CD peuvent prescrire ? »: the agreement says « travailleurs sociaux » (Protocole, § 5).
  [
    /\b(assistante?s? sociale?s?|assistants? sociaux|as du (cd|departement)|travailleu(r|se)s? socia(l|le|les|ux))\b/,
    'travailleurs sociaux référents insertion habilités inscrire',
  ],
  // « la ML le suit encore après ? »: the Promo's prolonged support with the Missions locales (Protocole, § 3).
  [
    /\b(ml|missions? locales?)\b.*\b(suit|suivent|suivi|accompagne\w*|apres)\b|\b(suivi|accompagnement) (apres|a la sortie)\b/,
    'accompagnement prolongé Missions Locales 6 mois sortie programme',
  ],
  // « et après cette semaine qui s'occupe de lui ? »: the Promo's main référent, named after the engagement week.
  [
    /\bqui (s occupe|s en occupe|le suit|la suit|l accompagne|le prend en charge|est son referent)\b/,
    'référent principal de parcours désigné issue semaine engagement',
  ],
  // « les feuilles de présence on les sort d'où ? »: Panda generates the attendance sheets (Protocole, § 5).
  [
    /\b(feuilles? (de |d )?(presence|emargement)|emargements?|fiches? d assiduite|assiduite|attestations? de presence|preuves? de presence)\b/,
    'Panda fiches assiduité tracés parcours',
  ],
  // « le bilan à la DDETSPP c'est quand ? »: AFPA's yearly departmental report (Protocole, § 6).
  [/\bddets\w*/, 'production départementale DDETSPP bilan annuel'],
  // « c que de la théorie ? »: the agreement says it works by practice and training.
  [/\btheori\w*/, 'pratique entraînement'],
  // « faut être habilité pour prescrire ? »: the agreement says who is, and for what.
  [/\bhabilit\w*/, 'habilités inscrire plate-forme Panda'],
  // « les dispositifs ça se passe où ? »: where the programmes are held (Protocole, § 4).
  [
    /\b(se (passe|passent|deroule|deroulent|font|fait) ou|ou (ca|ils|elles) se (passe|passent|deroulent?|font)|c est ou|quels? lieux?)\b/,
    'déployés centre Montauban délocalisation département',
  ],
  // « on peut le mobiliser à partir de quand ? »: the agreement says « dès » (« mobilisable dès signature »).
  [
    /\bmobilis\w*\b.*\b(quand|des le debut|tout de suite|au bout de combien)\b|\b(quand|des le debut|tout de suite)\b.*\bmobilis\w*/,
    'immédiatement mobilisable dès signature premiers mois',
  ],
  [/\bpic\b/, 'plan investissement compétences'],
  // « l'AFPA envoie quoi au Département chaque année ? »: the yearly committee's assessment (art. 3) and
  // the yearly report of § 6, which goes to the DDETSPP.
  [
    /\b(chaque annee|tous les ans|une fois par an|par an|annuel\w*)\b.*\b(envo\w+|transmet\w*|communiqu\w*|bilans?|rapports?|rend\w*)\b|\b(envo\w+|transmet\w*|communiqu\w*|bilans?|rapports?)\b.*\b(chaque annee|tous les ans|une fois par an|par an|annuel\w*)\b/,
    'comité pilotage réunit fois par an partenariat production départementale DDETSPP82 bilan annuel chacun',
  ],
  // « au niveau national, par qui sont suivis les trois dispositifs ? »: the DGEFP's committee (Protocole, § 6).
  [
    NATIONAL_STEERING,
    'comité pilotage national trimestriellement DGEFP tableau de bord transmis mensuellement',
  ],
  // « on envoie quoi comme reporting et à qui ? »: what AFPA transmits, to whom and how often.
  [
    /\b(reporting|remont\w*|rendre compte|comptes? rendus?|rapports? d activite|envoie\w* quoi|transmet\w* quoi)\b/,
    'tableau de bord transmis mensuellement DGEFP bilans quantitatifs qualitatifs',
  ],
  // « qu'est-ce que l'AFPA doit communiquer au Département ? »: the action plan's first commitments.
  [
    /\bafpa\b.*\b(communiqu\w*|transmet\w*|envoie\w*|diffuse\w*|informer?)\b.*\b(departement|cd|conseil departemental|referents?)\b|\b(communiquer|transmettre|envoyer) quoi (au|a la|aux) (departement|cd|conseil departemental)\b/,
    'communique au Conseil départemental dates informations collectives Info Places calendrier entrées',
  ],
  // « l'afpa c'est quoi au juste ? »: the agreement says what the Agency is.
  [
    /(^|\b(et|ok|mais|bon|alors) )(l )?afpa (c est quoi|c quoi|c est qui|c qui|qu est ce que c est|au juste|ca fait quoi)\b|\b(c est quoi|c quoi|qu est ce que|qui est) (l )?afpa( au juste| exactement| concretement)?$/,
    'établissement public chargé de la formation professionnelle des adultes service public emploi',
  ],
  // « les entrées étaient possibles jusqu'à quand ? »: the agreement's last date of entry.
  [
    /\b(entrees?|entrer|inscri\w*|prescri\w*)\b.*\b(jusqu a (quand|quelle date)|date limite)\b|\b(jusqu a (quand|quelle date)|date limite)\b.*\b(entrees?|entrer|inscri\w*|prescri\w*)\b/,
    'peuvent entrer sur le dispositif finalisation des parcours engagés',
  ],
  // « et au niveau départemental ? » after the national reporting: the agreement's local one.
  [
    /\b(a l |au )(niveau|echelle) (departemental|local|du departement|du 82)\b|\b(en local|localement)\b/,
    'production départementale DDETSPP82 bilan annuel comité pilotage partenariat',
  ],
  // « la promo, ça paye le permis ? »: the agreement says only that the Promo prepares the code.
  [/\bpermis\b/, 'code la route'],
  // « un accès Panda, c'est qui qui me le donne ? »: the référents are habilitated by AFPA (Protocole, § 5).
  [PANDA_ACCESS, 'habilités inscrire plate-forme'],
  [/\b(signe|signataires?|signature)\b/, 'Président directeur Conseil départemental centre'],
  [/\b(attitre\w*|dedie\w*|un referent|son referent|quel referent)\b/, 'référent principal parcours'],
  [
    /\b(rajouter|ajouter|modifier|changer|completer)\b.*\b(accord|convention|dispositifs?)\b/,
    'modifié complété avenant',
  ],
  // « à quoi le CD s'est-il engagé pour les JPO ? »: its teams at a stand (Plan d'action, 2.1.1).
  [
    /\b(cd|departement|conseil departemental)\b.*\b(engage\w*|role|doit faire)\b.*\b(jpo|j p o|portes ouvertes)\b/,
    'mobilise équipes tenue stand',
  ],
  [
    /\b(cd|departement|conseil departemental)\b.*\b(engage\w*|role|obligations?|doit faire)\b/,
    'diffuse mobilise invite désigne référent',
  ],
  [
    /\b(temps reel|(recoi\w*|recev\w*|connai\w*|communiqu\w*|transmet\w*|diffus\w*) (les |nos |vos |leurs )?places)\b/,
    'communique temps réel places disponibles info places',
  ],
  [
    /\b(parents?|parental\w*|autorisations? (des parents|parentales?)|accord des parents|signer? les parents)\b/,
    'autorisations parentales',
  ],
  [
    /\b(reunions? d equipe|passe(nt)? nous voir|vien(nen)?t nous voir|(vien(nen)?t )?present(e|ent|er) (ses|leurs|les|des) (actions|dispositifs|offres?)( a (notre|nos|l|mon) (equipe|service|equipes))?|(vien(nen)?t|passe(nt)?) (a|dans) (notre|nos|mon) (equipe|service|reunion))\b/,
    'participe semestre réunion équipe service insertion présenter actions',
  ],
  [
    /\b(recevoir|retour|compte rendu|a la fin|fini|termine)\b/,
    'bilan individuel communiqué référent fin parcours',
  ],
  [/\b(tous les jours|quels jours|lundi|vendredi|semaine type)\b/, 'lundi jeudi présentiel'],
  // « c'est que à Montauban ? mes gens de Moissac peuvent pas y aller »: where the programmes are held (Protocole, § 4).
  [
    /\b(que|seulement|uniquement|juste) (a|sur) montauban\b|\bailleurs (qu a montauban|dans le departement)\b|\bdelocalis\w*|\bpres de chez (eux|lui|elle|nous|soi)\b/,
    'déployés centre Montauban délocalisation ensemble département',
  ],
  [
    /\b(apres la promo|apres le programme|suivis? apres|lache\w*|ensuite)\b/,
    'accompagnement prolongé mois sortie missions locales',
  ],
  [/\b(diplomes?|titres?|certifications?)\b/, 'titres professionnels ministère certification'],
  // « qui envoie le bilan ? »: the agreement says what is « communiqué » or « transmis », and to whom.
  [
    /\b(envo\w+|renvo\w+|transmet\w*|remont\w+|fait passer|faire passer)\b.*\b(bilans?|tableaux? de bord|tdb|places|calendriers?|dates|donnees|chiffres|comptes? rendus?|resultats?)\b|\b(bilans?|tableaux? de bord|tdb|places|calendriers?|dates|donnees|chiffres|comptes? rendus?|resultats?)\b.*\b(envo\w+|renvo\w+|transmet\w*|remont\w+|fait passer)\b/,
    'communiqué transmis diffuse',
  ],
  // « les bilans c tous les combien ? »: the agreement gives their rhythm.
  [
    /\b(frequence|periodicite|rythme|tous les combien|combien de fois)\b/,
    'trimestriels annuels mensuellement fois par an semestre',
  ],
  [
    /\b(chiffres?|statistiques?|resultats?|indicateurs?|bilan quantitatif)\b/,
    'indicateurs bilan quantitatif',
  ],
];

/** Whether a question asks about the agreement itself (its dates, its reporting, AFPA…), in words it has. */
export function asksTheAgreementItself(question: string): boolean {
  const normal = normalizeText(firstWords(question));
  return AGREEMENT_WORDS.some(([asked]) => asked.test(normal));
}

let agreementSearch: PassageSearch | undefined;

/** A word held by this many passages or fewer says what the question is about by itself. */
const RARE_IN = 3;
const PREFIX = boundedPrefix(5);
const FUZZY = boundedFuzzy(6, 0.2);
/** A word in more passages than this says little about which one answers. */
const DISTINCTIVE_IN = 4;
/** Words whose count of passages is kept: a référent's vocabulary, with room to spare. */
const HELD_WORDS = 10_000;

export class PassageSearch {
  private readonly index: MiniSearch<Passage>;

  constructor(private readonly passages: readonly Passage[]) {
    this.index = new MiniSearch<Passage>({
      fields: ['text'],
      storeFields: ['id'],
      tokenize: (text) => tokenize(text),
      processTerm: term,
      searchOptions: {
        prefix: PREFIX,
        fuzzy: FUZZY,
        maxFuzzy: MAX_EDIT_DISTANCE,
        combineWith: 'OR',
      },
    });
    this.index.addAll([...passages]);
  }

  /**
   * How many passages hold a word, fuzzy and prefix matches included: searched once per
   * word while the bot runs, since the agreement does not change. The words référents
   * use are a few thousand; beyond that the oldest are searched again.
   */
  private readonly held = new Map<string, number>();

  #holding(word: string): number {
    const known = this.held.get(word);
    if (known !== undefined) return known;
    const count = this.index.search(word).length;
    keepAtMost(this.held, HELD_WORDS, word, count);
    return count;
  }

  /** The first passages of a part of the agreement asked by its label (« Accord, art. 2.1.4 », « Protocole, § 5 »). */
  ofPart(label: string, limit = 3): Passage[] {
    return this.passages
      .filter((p) => p.source === label || p.source.startsWith(`${label} (`))
      .slice(0, limit);
  }

  /** The agreement's search, built once per process: the text never changes while the bot runs. */
  static ofAgreement(): PassageSearch {
    agreementSearch ??= new PassageSearch(readPassages(agreementText()));
    return agreementSearch;
  }

  /**
   * The passages that best answer `question`, best first; only those that share at
   * least `minTerms` meaningful words with it, so that one common word is not an answer.
   * With `about`, a passage that describes only other programmes is left out: a question
   * on the PEC is not answered with the Promo's 13 weeks.
   */
  find(
    question: string,
    options: {
      limit?: number;
      minTerms?: number;
      ignoring?: string;
      about?: string;
      /** Words found in many passages (« RSA », « année ») do not make a passage an answer on their own. */
      distinctive?: boolean;
    } = {},
  ): Array<Passage & { score: number }> {
    const { limit = 2, minTerms = 2 } = options;
    // Words that only name the subject (« promo 1618 ») do not make a passage relevant.
    const ignored = termsOf(options.ignoring ?? '');
    const normal = normalizeText(firstWords(question));
    const expanded = [
      firstWords(question),
      ...AGREEMENT_WORDS.filter(([asked]) => asked.test(normal)).map(([, words]) => words),
    ].join(' ');
    const words = new Set(
      tokenize(expanded)
        .map(term)
        .filter((w): w is string => w !== null && !ignored.has(w)),
    );
    if (words.size === 0) return [];
    // One word alone answers only when few passages hold it (« panda »), not a common one.
    const held = (word: string) => this.#holding(word);
    const rare = (word: string) => held(word) <= RARE_IN;
    const distinctive = (word: string) => held(word) <= DISTINCTIVE_IN;
    const seen = new Set<string>();
    // MiniSearch tokenises and stems the question itself, as it did the passages.
    return (
      this.index
        // The words ignored still rank the passages, matched exactly: fuzzy matching is what a search costs.
        .search(expanded, {
          fuzzy: (word) => !ignored.has(word) && FUZZY(word),
          prefix: (word) => !ignored.has(word) && PREFIX(word),
        })
        .filter((hit) => {
          const matched = [...new Set(hit.queryTerms.filter((t) => !ignored.has(t)))];
          // A short number alone (« et le 2 ? ») matches every numbered heading: it says nothing.
          if (matched.every((t) => /^\d{1,2}$/.test(t))) return false;
          if (options.distinctive && !matched.some(distinctive)) return false;
          return (
            matched.length >= Math.min(minTerms, words.size) ||
            // « c quoi panda ? »: a question of one meaningful word, which few passages hold.
            (words.size === 1 && matched.length === 1 && rare(matched[0]!))
          );
        })
        .map((hit) => ({ ...this.passages[hit.id as number]!, score: hit.score, terms: hit.queryTerms }))
        .filter(({ about }) => {
          const asked = options.about;
          return !asked || !about || about.length === 0 || about.some((programme) => programme === asked);
        })
        // The agreement repeats some sentences word for word (art. 2.1.3 and 2.1.4): once is enough.
        .filter((p) => !seen.has(p.text) && Boolean(seen.add(p.text)))
        .slice(0, limit)
        // The excerpt only for the passages kept: the others are never quoted.
        .map(({ terms, ...passage }) => ({
          ...passage,
          excerpt: excerptOf(passage.text, new Set(terms.filter((t) => !ignored.has(t)))),
        }))
    );
  }
}
