import type { Aspect, Dispositif, DispositifId } from '../catalogue/schema.js';
import { compared, detectAspect, detectAspects } from './aspect.js';
import { normalizeText } from './normalize.js';
import { fromFirstQuestion } from './sentences.js';
import { DispositifFinder, type FoundDispositif } from './dispositif-finder.js';

export type QaResult =
  | {
      kind: 'answer';
      dispositif: DispositifId;
      aspect: Aspect;
      /** Every aspect asked, `aspect` first: « combien de temps et qui prescrit ? ». */
      aspects?: Aspect[];
      comparedWith?: DispositifId;
      /** « volet 2 », « phase 3 »: the one step of the programme the question is about. */
      step?: string;
      /** « nous l'ASE, on est associés ? »: the party asked about, to whom the agreement gives no part in what is shown. */
      unnamedParty?: string;
      /** « en chantier d'insertion, la RSFP c'est possible ? »: the person described is of the public the agreement names, in its words. */
      personFits?: string;
      /** « 70 % de sorties c'est la prépa ? »: the programme whose target the figure quoted is, when it is another's. */
      figureOf?: DispositifId;
    }
  /**
   * Two dispositifs fit equally well: ask which one, and keep the aspect for the answer.
   * `eachNamed`: every candidate is named by words of its own (« la promo et la prépa ça dure
   * cb chacune ») and a precise aspect asked: each can be answered, in the order named.
   */
  | { kind: 'clarify'; aspect: Aspect; candidates: DispositifId[]; eachNamed?: true }
  | { kind: 'unsure' };

/**
 * Scores below this mean the question only brushed a common word of an alias
 * ("formation", "competences"): better to say so than to answer the wrong dispositif.
 */
const MIN_SCORE = 2.0;
/** Below this, a partial match is noise (a fuzzy hit on a common word). */
const PARTIAL_MIN_SCORE = 0.5;
/** A runner-up this close to the best is a real doubt between two dispositifs. */
const AMBIGUITY_RATIO = 0.85;
/** "X ou Y ?", "lequel choisir", "pas pareil que Y": two dispositifs named this way are weighed against each other. */
const ALTERNATIVE =
  /\b(ou|lequel|laquelle|lesquels|entre|pareil|meme chose|difference|diff|les deux|toutes? les deux|tous les deux|l un et l autre)\b/;

/** « ça se fait où ? », « c'est où ? » (but « c PEC ou prépa ? »): « où » written without its accent, which is no alternative. */
const WHERE_ASKED = /\b(se (fait|font|passe|passent|deroulen?t?)|a lieu|ont lieu) ou\b|\bou$/g;

/** « il est pas en PEC », « que pour les PEC », « salarié en contrat PEC »: the person's contract, not the programme Compétences PEC. */
const CONTRACT_PEC =
  /\b(est|sont|pas|pour|salaries?|salariees?|personnes?|deja|etre|sous) (en |les |des |un |une )?(contrat )?pec\b/g;

/**
 * « salarié en chantier d'insertion »: where the person works, not the agreement's action on
 * « chantiers d'insertion » (art. 2.2.1), which prepares people to go there.
 */
const EMPLOYED_IN_INSERTION =
  /\b(salarie|salariee|salaries|salariees|employee?s?|embauchee?s?|travaille|bosse) (de |d |en |dans |sur )?(un |une |la |l |les )?(aci|atelier chantier d insertion|ateliers chantiers d insertion|chantiers? d insertion|siae|structures? d insertion|entreprises? d insertion)\b/g;

/** Aspects that take a programme as a whole: two programmes asked them are a doubt, or a comparison. */
const OVERALL: ReadonlySet<Aspect> = new Set(['overview', 'comparison']);

const NO_PEC = /\b(pas|sans|hors|plus) (en |de |d un |sous )?(contrat )?pec\b/;

/** Answers "which dispositif, which aspect" for a French question, locally. */
export class QuestionAnswering {
  private readonly finder: DispositifFinder;

  constructor(dispositifs: readonly Dispositif[]) {
    this.finder = new DispositifFinder(dispositifs);
  }

  understand(question: string): QaResult {
    // The programme may be named anywhere; what is asked of it, only from the first question on.
    const asked = fromFirstQuestion(question);
    const aspect = detectAspect(asked);
    const all = this.namedIn(question);
    const found = all.filter((f) => f.score >= MIN_SCORE);
    const [best, second] = found;
    if (!best) return this.partialMatch(all, aspect);

    const comparing =
      aspect === 'comparison' || ALTERNATIVE.test(normalizeText(question).replace(WHERE_ASKED, ' '));
    if (comparing && second && this.finder.namedApart(question, best, second)) {
      const [first, other] = [best, second].sort((a, b) => a.firstMention - b.firstMention) as [
        typeof best,
        typeof best,
      ];
      const aspects = compared(asked);
      return {
        kind: 'answer',
        dispositif: first.id,
        aspect: 'comparison',
        comparedWith: other.id,
        ...(aspects.length > 0 ? { aspects: aspects.slice(0, 2) } : {}),
      };
    }
    // « RSFP et CléA c quoi ? »: each answered, however unequal their names' scores.
    const listed = [...found].sort((a, b) => a.firstMention - b.firstMention);
    const together =
      listed.length > 1 &&
      listed.every(
        (f, i) =>
          i === 0 ||
          (this.finder.namedApart(question, listed[i - 1]!, f) &&
            this.finder.namedTogether(question, listed[i - 1]!, f)),
      );
    if (together)
      return { kind: 'clarify', aspect, candidates: listed.slice(0, 3).map((f) => f.id), eachNamed: true };
    if (second && second.score >= best.score * AMBIGUITY_RATIO) {
      const close = found.slice(0, 3);
      const eachNamed =
        !OVERALL.has(aspect) &&
        close.every((a) => close.every((b) => a === b || this.finder.namedApart(question, a, b)));
      return eachNamed
        ? {
            kind: 'clarify',
            aspect,
            candidates: [...close].sort((a, b) => a.firstMention - b.firstMention).map((f) => f.id),
            eachNamed: true,
          }
        : { kind: 'clarify', aspect, candidates: close.map((f) => f.id) };
    }
    // A comparison with something outside the catalogue ("la promo 16/18 ou l'E2C") is answered
    // as an overview of what we know.
    return { kind: 'answer', dispositif: best.id, aspect, aspects: detectAspects(asked) };
  }

  /**
   * « il est pas en PEC, une VAE c possible ? »: « en PEC » says the person's contract;
   * when another dispositif is named beside it, that one is asked about.
   */
  private namedIn(question: string): FoundDispositif[] {
    const normal = normalizeText(question);
    const text = normal.replace(EMPLOYED_IN_INSERTION, ' salarie ');
    const withoutContract = text.replace(CONTRACT_PEC, ' contrat ');
    if (withoutContract !== text) {
      // « pas en PEC »: Compétences PEC, for people in a PEC, cannot be what is asked.
      const notPec = NO_PEC.test(text) && !/\bcomp\w* pec\b/.test(text);
      const others = this.finder
        .find(withoutContract)
        .filter((found) => !notPec || found.id !== 'competences-pec');
      if ((others[0] && others[0].score >= MIN_SCORE) || notPec) return others;
    }
    return this.finder.find(text === normal ? question : text);
  }

  /**
   * Nothing named clearly. A word shared by several dispositifs ("compétences") is worth a
   * question back; a word that half-names one dispositif is too thin to answer on.
   */
  private partialMatch(all: FoundDispositif[], aspect: Aspect): QaResult {
    const [top] = all;
    if (!top || top.score < PARTIAL_MIN_SCORE) return { kind: 'unsure' };
    const close = all.filter((f) => f.score >= top.score * AMBIGUITY_RATIO);
    if (close.length < 2) return { kind: 'unsure' };
    return { kind: 'clarify', aspect, candidates: close.slice(0, 3).map((f) => f.id) };
  }

  /** Scores as the finder sees them, for the evaluation report. */
  explain(question: string) {
    return this.finder.find(question);
  }
}
