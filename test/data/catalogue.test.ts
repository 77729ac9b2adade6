import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, parseCatalogue } from '../../data/catalogue/catalogue.js';
import { DISPOSITIFS } from '../../data/catalogue/dispositifs.js';
import { DISPOSITIF_IDS } from '../../data/catalogue/schema.js';

const catalogue = loadCatalogue();
const agreement = readFileSync(
  new URL('../../data/catalogue/source/accord-cd82-afpa-2022.txt', import.meta.url),
  'utf8',
);

/** Every sentence the bot can say about a dispositif. */
function allTexts(): string[] {
  return catalogue.all.flatMap((d) => [
    d.summary,
    d.purpose.text,
    d.audience.text,
    d.prescription.text,
    ...d.content.map((c) => c.text),
    ...d.phases.flatMap((p) => [p.name, p.description, p.duration ?? '']),
    d.totalDuration?.text ?? '',
    d.modality?.text ?? '',
    d.target ? `${d.target.count} ${d.target.label} ${d.target.year}` : '',
  ]);
}

describe('the catalogue', () => {
  it('has every offer of the agreement, once', () => {
    expect(catalogue.all.map((d) => d.id)).toEqual([...DISPOSITIF_IDS]);
  });

  it('gives the yearly targets of the protocol, § 4', () => {
    expect(catalogue.get('prepa-competences').target).toMatchObject({ count: 30, year: 2022 });
    expect(catalogue.get('competences-pec').target).toMatchObject({ count: 50, year: 2022 });
    expect(catalogue.get('promo-16-18').target).toMatchObject({ count: 10, year: 2022 });
    const others = catalogue.all.filter(
      (d) => !['prepa-competences', 'competences-pec', 'promo-16-18'].includes(d.id),
    );
    expect(others.every((d) => d.target === undefined)).toBe(true);
  });

  it('describes the phases the agreement lists', () => {
    expect(catalogue.get('prepa-competences').phases.map((p) => p.duration)).toEqual([
      '5 à 6 jours sur une période de 2 semaines',
      '4 à 8 jours sur une période de 2 semaines',
    ]);
    expect(catalogue.get('promo-16-18').phases).toHaveLength(4);
    expect(catalogue.get('promo-16-18').totalDuration?.text).toMatch(/13 semaines/);
    expect(catalogue.get('competences-pec').totalDuration?.text).toMatch(/5 jours/);
    expect(
      catalogue
        .get('competences-pec')
        .content.map((c) => c.text)
        .join(' '),
    ).toMatch(/VAE.*RSFP.*CléA/s);
  });

  it('names France Travail, never Pôle emploi alone', () => {
    for (const text of allTexts()) {
      const mentions = text.match(/P[ôo]le[ -][Ee]mploi/g) ?? [];
      const explained = text.match(/France Travail \(ex-Pôle emploi\)/g) ?? [];
      expect(mentions.length, text).toBe(explained.length);
    }
  });

  it('states no figure that the agreement does not contain', () => {
    const numbersInAgreement = new Set(agreement.match(/\d+(?:,\d+)?/g));
    for (const text of allTexts()) {
      for (const figure of text.match(/\d+(?:,\d+)?/g) ?? []) {
        expect(numbersInAgreement.has(figure), `« ${figure} » dans : ${text}`).toBe(true);
      }
    }
  });

  it('cites a source for every fact, in one of the agreed forms', () => {
    const sources = catalogue.all.flatMap((d) => [
      d.purpose.source,
      d.audience.source,
      d.prescription.source,
      ...d.content.map((c) => c.source),
      ...d.phases.map((p) => p.source),
    ]);
    for (const source of sources) {
      for (const part of source.split(' ; '))
        expect(part).toMatch(/^(Accord, art\. \d|Plan d'action 2022-2023, \d|Protocole, § \d)/);
    }
  });

  it('links only to dispositifs it has', () => {
    for (const d of catalogue.all) for (const r of d.related) expect(catalogue.find(r), r).toBeDefined();
  });

  it('refuses invalid data, naming the problem', () => {
    const duplicated = structuredClone(DISPOSITIFS);
    duplicated[1]!.id = 'prepa-competences';
    expect(() => parseCatalogue(duplicated)).toThrow(/identifiant en double : prepa-competences/);
    const nameless = structuredClone(DISPOSITIFS);
    (nameless[0] as { name?: string }).name = undefined;
    expect(() => parseCatalogue(nameless)).toThrow(/0\.name/);
    expect(() => parseCatalogue(DISPOSITIFS.slice(0, 3))).toThrow(/dispositif manquant : vae/);
    expect(() => parseCatalogue([{ ...DISPOSITIFS[0], extra: true }, ...DISPOSITIFS.slice(1)])).toThrow();
  });
});
