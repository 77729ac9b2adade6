import { describe, expect, it } from 'vitest';
import { dispositifForNeed } from '../../../data/qa/needs.js';

describe('dispositifForNeed: a need described, an offer asked', () => {
  it.each([
    ['elle sait a peine lire et compter, l afpa a quelque chose pour valider les bases ?', 'clea'],
    ['il est perdu devant un ordinateur, vous avez qqch ?', 'clea-numerique'],
    ['les bases du numerique pour bosser, ya qqch ?', 'clea-numerique'],
    [
      'arrive en france l an dernier, il parle peu la langue, on peut lui proposer quoi ?',
      'francais-visee-pro',
    ],
    ['pas de diplome mais 15 ans de metier, l afpa propose quoi ?', 'vae'],
    ['aucune idee de metier, vers quoi l orienter, l afpa propose quoi ?', 'prepa-competences'],
    ["un BRSA qui a du mal avec les bases, lire ecrire compter. l'afpa propose un truc pour ca ?", 'clea'],
    ["BRSA 27 ans il lit et ecrit mal, il voudrait passer un truc qui prouve qu'il sait les bases", 'clea'],
  ])('« %s » → %s', (text, id) => {
    expect(dispositifForNeed(text)).toBe(id);
  });

  it.each([
    'il parle peu francais', // a need, but nothing asked
    'l afpa propose quoi ?', // something asked, but no need described
    'c quoi la vae ?',
  ])('finds nothing in « %s »', (text) => {
    expect(dispositifForNeed(text)).toBeUndefined();
  });
});
