import type { DispositifId } from '../catalogue/schema.js';
import { normalizeText } from './normalize.js';

/**
 * What a référent describes when they do not know a dispositif's name: « elle voudrait
 * un papier qui prouve qu'elle a les bases », « il galère avec l'ordi ». Each dispositif
 * answers the need its summary in the agreement states; the words are those the
 * summary uses and the everyday ones for the same thing. First listed wins a tie:
 * « les bases du numérique » is CléA Numérique, not CléA.
 */
const NEEDS: ReadonlyArray<readonly [DispositifId, RegExp]> = [
  ['clea-numerique', /\b(numerique|informatique|ordi|ordinateur|mails?|internet|bureautique|digital)\b/g],
  [
    'francais-visee-pro',
    /\b(francais|langue|primo arrivante?s?|allophones?|fle|parle (tres )?(peu|pas|mal) (le )?fr)\b/g,
  ],
  [
    'clea',
    /\b(bases|savoirs? de base|competences de base|lit|lire|lecture|ecrire|ecrit|ecriture|compter|calcul\w*|socle)\b/g,
  ],
  // « il veut passer le titre pro soudeur, l'afpa peut le prendre ? »: AFPA's qualifying trainings
  // (the public of insertion structures with a project of qualification, Accord, art. 2.1.2), not a VAE.
  [
    'formation-droit-commun',
    /\b((?<!valider (un |le |son |sa )?)titres? pro\w*|formations? qualifiantes?|se qualifier|une qualification)\b/g,
  ],
  // The agreement offers the RSFP to the employees of insertion structures (SIAE).
  [
    'rsfp',
    /\b(prerequis|savoir faire|reconnaitre ce qu (il|elle|ils|elles) (apprend|apprennent|sait|savent|fait|font|a appris|ont appris)|siae|cddi|salariee?s? (de |d |en |dans )?(un |une |la |l )?(aci|atelier chantier d insertion|chantier d insertion|structure d insertion|entreprise d insertion))\b/g,
  ],
  // « bénévole aux Restos depuis 5 ans »: skills gained outside work, « dans un cadre informel » (Accord, art. 2.2.2).
  [
    'open-badges',
    /\b(soft skills|savoir etre|fiable|ponctuel\w*|en equipe|reconnaissance|benevol\w*|informel\w*)\b/g,
  ],
  // « sans diplôme » says what the person lacks, not a wish to validate anything.
  [
    'vae',
    /\b((?<!(pas de|sans|aucun|ni) )diplomes?|valider (son|ses|sa|l|ca|cela)\b|reconnaitre (son|ses|sa|l) experience|\d+ (ans|annees) (de |d )(metier|experience|carriere|pratique|terrain))\b/g,
  ],
  ['clauses-sociales', /\b(clauses? sociales?|chantiers? d insertion)\b/g],
  [
    'prepa-competences',
    /\b(projet|tient la route|(remettre|remise|mise|mettre) (les |la |le |l )?(gens |personnes? )?a niveau|avant (qu (il|elle|ils|elles) (ne )?(r?entre\w*|aille\w*) |d (r?entrer|aller) )en formation|idee de metier|quel metier|vers quoi|(quoi|que) faire comme metier|sait (pas|plus) (du tout |trop |vraiment )?quoi faire|pas sure? d (elle|lui)|manque de confiance|peur de se lancer)\b/g,
  ],
];

/** « l'afpa a qqch pour ça ? », « ya une version pour ça ? », « on peut lui proposer quoi ? »: an offer asked for a need. */
const ASKS_AN_OFFER =
  /\b((un truc|qqch|quelque chose|un dispositif|un programme) (de l afpa |a l afpa |afpa )?(pour|qui) (aider|accompagner|permet\w*|sert|remettre|preparer)\b.*\b(s appelle comment|comment (ca|il|elle) s appelle|c est quoi (le|son) nom|le nom)|(il |elle |ils |elles |on )?(a|ont|aurait|auraient) droit a quoi|(quelque chose|un truc|un dispositif) (dans|ds) l accord|^(et )?pour (lui |leur |se |la |une )?(remettre|remise|apprendre|progresser|ameliorer|reconnaitre|faire reconnaitre|valoriser|valider)|propose\w* quoi|(que|qu est ce qu|qu est ce que) (peut on|on peut|on pourrait|pourrait on|je peux|puis je) (lui |leur )?propose\w*|propose\w* (un truc|qqch|quelque chose|un dispositif)|(un truc|qqch|quelque chose) pour (ca|cela)|(un truc|un papier|qqch|quelque chose|une attestation|une certification) qui (prouve|atteste|montre|valide)|quoi (lui |leur )?proposer|(a|avez|aurait) (qqch|quelque chose|un truc|un dispositif)|\b(un truc|qqch|quelque chose|un dispositif) pour (les |la |le |l |ses |sa |son )?(competences|bases|lecture|francais|numerique|remettre|progresser)|(il |i )?y a quoi|(on|vous|tu) (a|avez|as) quoi|qu est ce qu (on a|il y a)|y a (qqch|quelque chose|un truc|un dispositif|une version|une formation)|une version|(que|qu est ce qu) (l afpa|on) (peut|pourrait) (lui |leur )?proposer|(tu|vous) (me |lui |leur )?(conseilles?|conseillez|recommandes?|recommandez|proposes?|proposez) quoi|(a|vers) quoi (je |on )?(peux|peut|pourrais|pourrait|dois|doit) (l |la |les )?orienter|(l |la |les )?orient\w* (a|vers|sur) quoi|(il y a|y a|ya|y aurait) (pas )?(mieux|plus adapte|autre chose)|(que|qu est ce que) (tu|vous) (me |lui |leur )?(conseilles?|conseillez|recommandes?|recommandez)|peut (le|la|les) preparer|(peut|pourrait|pouvez|pourriez) (le|la|les) prendre|^(et )?pour (quelqu un|une personne|un jeune|une jeune|une dame|un monsieur|qqn|un|une|celui|celle|ceux|celles) qui|(existe|a|y a) (t il )?(un moyen|une solution|un dispositif)|(ca|c) (lui|leur) (irait|conviendrait|correspondrait|va)|(pourrait|peut|pourra) (faire )?(reconnaitre|valider|valoriser) (son|ses|sa|leur|l|ca|cela)|(veut|voudrait|souhaite|souhaiterait|aimerait) (surtout |plutot |juste )?(faire )?(reconnaitre|valider|valoriser)|(ca |cela |c )?(peut|pourrait|pourra) (etre |s )?(reconnue?s?|valorisee?s?|validee?s?|compter))\b/;

/** « elle a pas les prérequis pour la VAE »: the RSFP is for them (Accord, art. 2.1.4), whatever else is named. */
const NOT_READY_FOR_VAE =
  /\b(pas|sans) (les |le |d |de )?(prerequis|niveau|experience suffisante|assez d experience) (pour|de|d) (la |une |faire une |faire la )?vae\b/;

/** An employee of an insertion structure (SIAE): the RSFP is meant for them too (Accord, art. 2.1.4). */
export const IN_INSERTION_STRUCTURE =
  /\b(siae|cddi|aci|chantiers? d insertion|entreprises? d insertion|structures? d insertion|(salariee?s?|embauchee?s?|travaille|bosse|cddi|contrat) (en|dans une|dans l|a l) (ei|etti))\b/;
/** « aucun diplôme et il lit très mal »: what says the prerequisites of a VAE may be missing. */
const FEW_PREREQUISITES =
  /\b(aucun diplome|pas de diplome|sans diplome|lit (tres |trop )?mal|sait pas (lire|ecrire)|illettr\w*)\b/;

/** The dispositif a message's need names beyond doubt, even beside another dispositif named. */
export function dispositifNeededBeyondDoubt(message: string): DispositifId | undefined {
  const text = normalizeText(message);
  const notReady =
    // « pas les prérequis pour la VAE : on lui propose quoi ? », « … elle peut faire une RSFP ? »
    (NOT_READY_FOR_VAE.test(text) && (ASKS_AN_OFFER.test(text) || /\brsfp\b/.test(text))) ||
    // « en chantier d'insertion, aucun diplôme, il lit très mal : une VAE c'est envisageable ? »
    (IN_INSERTION_STRUCTURE.test(text) && FEW_PREREQUISITES.test(text) && /\bvae\b/.test(text)) ||
    // « en chantier d'insertion depuis un an, la RSFP c'est possible ? »: where the person works, and the RSFP asked.
    (IN_INSERTION_STRUCTURE.test(text) && /\brsfp\b/.test(text));
  if (notReady) return 'rsfp';
  // « soudeur depuis 15 ans, aucun diplôme, il peut faire valider son expérience ? »: the VAE, outside a PEC.
  return VALIDATE_EXPERIENCE.test(text) && !/\bpec\b/.test(text) && !IN_INSERTION_STRUCTURE.test(text)
    ? 'vae'
    : undefined;
}

/** « faire valider son expérience », « valider ses acquis »: what the VAE is named for. */
const VALIDATE_EXPERIENCE =
  /\b(faire )?(valider|validation de|reconnaitre) (son|sa|ses|leur|leurs) (experiences?|acquis|annees d experience)\b/;

/**
 * The public of the RSFP the person described belongs to, in the agreement's words
 * (Accord, art. 2.1.4): an employee of an insertion structure, or someone without the VAE's prerequisites.
 */
export function whyTheRsfpFits(message: string): string | undefined {
  const text = normalizeText(message);
  if (IN_INSERTION_STRUCTURE.test(text)) return 'salariés des structures d’insertion (SIAE)';
  return NOT_READY_FOR_VAE.test(text) ? 'personnes qui n’ont pas les prérequis de la VAE' : undefined;
}

/** « on peut lui proposer quoi ? », « et pour valoriser ce qu'elle fait alors ? »: an offer asked for a need. */
export function asksAnOffer(message: string): boolean {
  return ASKS_AN_OFFER.test(normalizeText(message));
}

/** The dispositif whose need the message describes, when it asks what AFPA offers for it. */
export function dispositifForNeed(message: string): DispositifId | undefined {
  const text = normalizeText(message);
  return ASKS_AN_OFFER.test(text) ? bestFor(text) : undefined;
}

/** The dispositif a story calls for, asked or not (« salarié en CDDI dans un ACI »): kept for « y a quoi pour lui ? ». */
export function dispositifCalledFor(message: string): DispositifId | undefined {
  return bestFor(normalizeText(message));
}

function bestFor(text: string): DispositifId | undefined {
  let best: { id: DispositifId; score: number } | undefined;
  for (const [id, words] of NEEDS) {
    const score = new Set(text.match(words) ?? []).size;
    if (score > 0 && (!best || score > best.score)) best = { id, score };
  }
  return best?.id;
}
