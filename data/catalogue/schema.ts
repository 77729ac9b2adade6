import { z } from 'zod';

/** Stable codes of the offers described by the agreement. Labels live in the catalogue. */
export const DISPOSITIF_IDS = [
  'prepa-competences',
  'competences-pec',
  'promo-16-18',
  'vae',
  'rsfp',
  'clea',
  'clea-numerique',
  'open-badges',
  'francais-visee-pro',
  'formation-droit-commun',
  'clauses-sociales',
] as const;
export const DispositifIdSchema = z.enum(DISPOSITIF_IDS);
export type DispositifId = z.infer<typeof DispositifIdSchema>;

/**
 * Where a fact comes from: an article of the agreement (e.g. "Accord, art. 2.1.3"),
 * the action plan ("Plan d'action 2022-2023, 2.1.3") or a section of the protocol
 * ("Protocole, § 3"). Every fact the bot states carries one.
 */
export const SourceSchema = z.string().min(3);

export const FactSchema = z.object({
  text: z.string().min(1),
  source: SourceSchema,
});
export type Fact = z.infer<typeof FactSchema>;

export const PhaseSchema = z.object({
  name: z.string().min(1),
  /** As the agreement words it ("1 semaine", "une demi-journée"); absent when the agreement gives none. */
  duration: z.string().min(1).optional(),
  description: z.string().min(1),
  source: SourceSchema,
});
export type Phase = z.infer<typeof PhaseSchema>;

export const TargetSchema = z.object({
  count: z.number().int().positive(),
  /** "allocataires du RSA engagés dans le dispositif" */
  label: z.string().min(1),
  year: z.number().int(),
  source: SourceSchema,
  /** The programme's national objective, when the agreement quotes it beside the local one. */
  national: z.object({ text: z.string().min(1), source: SourceSchema }).optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export const DispositifSchema = z
  .object({
    id: DispositifIdSchema,
    /** Display name, as a référent writes it: "Prépa Compétences". */
    name: z.string().min(1),
    /** For buttons and titles where the full name is too long ("VAE"). */
    shortName: z.string().min(1).optional(),
    /** Other ways people name it, used by the question answering (not shown). */
    aliases: z.array(z.string().min(1)),
    /** One sentence, shown in the list card. */
    summary: z.string().min(1),
    purpose: FactSchema,
    audience: FactSchema,
    content: z.array(FactSchema),
    phases: z.array(PhaseSchema),
    totalDuration: FactSchema.optional(),
    modality: FactSchema.optional(),
    /** Who prescribes it and how. */
    prescription: FactSchema,
    target: TargetSchema.optional(),
    /** Other dispositifs worth mentioning next to this one. */
    related: z.array(DispositifIdSchema),
  })
  .strict();
export type Dispositif = z.infer<typeof DispositifSchema>;

/** The name to print where room is short. */
export function shortLabel(d: Pick<Dispositif, 'name' | 'shortName'>): string {
  return d.shortName ?? d.name;
}

export const CatalogueSchema = z.array(DispositifSchema).superRefine((items, ctx) => {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `identifiant en double : ${item.id}` });
    }
    seen.add(item.id);
  }
  for (const id of DISPOSITIF_IDS) {
    if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: [], message: `dispositif manquant : ${id}` });
  }
});

/** What a question can ask about a dispositif. `overview` is the default. */
export const ASPECTS = [
  'overview',
  'duration',
  'audience',
  'content',
  'phases',
  'modality',
  'prescription',
  'target',
  'comparison',
] as const;
export const AspectSchema = z.enum(ASPECTS);
export type Aspect = z.infer<typeof AspectSchema>;
