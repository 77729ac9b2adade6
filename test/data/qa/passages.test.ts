import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, excerptOf, PassageSearch, undotAcronyms } from '../../../data/qa/passages.js';

const search = PassageSearch.ofAgreement();

/** Precise questions and the article whose words answer them. */
describe('the agreement’s passages, found and labelled with their article', () => {
  it.each([
    ['qui trace les parcours des bénéficiaires ?', 'Protocole, § 5', 'PANDA'],
    ['qui envoie le bilan a la fin ?', 'Protocole, § 5', 'bilan individuel'],
    ['et les données personnelles ?', 'Accord, art. 5', 'données personnelles'],
    ['l accord dure combien de temps', 'Accord, art. 6', '2 ans'],
    ['le comité de pilotage se réunit quand ?', 'Accord, art. 3', 'au moins 1 fois par an'],
    ['les 4 phases de prépa comp c quoi', 'Protocole, § 3 (Prépa Compétences)', 'Se préparer'],
    ['la promo ça dure 4 mois maximum ?', 'Protocole, § 3 (La Promo 16/18)', '4 mois'],
    ['si le dep veut resilier la convention ?', 'Accord, art. 6', 'préavis de 2 mois'],
    ['la convention cd afpa elle court jusqu a quand', 'Accord, art. 6', '2 ans'],
    ['c koi panda', 'Protocole, § 5', 'traçabilité'],
    ['on peut mettre fin au partenariat avant 2 ans', 'Accord, art. 6', 'préavis'],
    ['dans le kit y a des flyers ?', 'Protocole, § 4', 'argumentaire'],
    [
      'l afpa vient presenter ses actions a notre reunion d equipe ?',
      'Plan d’action, 2.1.1 (engagements de l’AFPA)',
      'une fois par semestre',
    ],
    ['c quoi le village de l afpa', 'Accord, art. 2.3.2', 'Tiers Lieux'],
  ])('« %s » → %s', (question, source, words) => {
    const found = search.find(question);
    expect(found.map((p) => p.source)).toContain(source);
    expect(found.map((p) => p.text).join(' ')).toContain(words);
  });

  it('quotes each commitment of the action plan alone, not the whole cell', () => {
    const [first] = search.find('réunion d’équipe du service insertion une fois par semestre');
    expect(first?.text).toMatch(/^Participe une fois par semestre/);
    expect(first?.text).not.toContain('plateaux techniques');
  });

  it('quotes a numbered step with the paragraph that says what it is', () => {
    const texts = search.find('atelier de positionnement des compétences c quoi').map((p) => p.text);
    expect(texts.join(' ')).toMatch(
      /positionnement des compétences.*: Comparaison entre le référentiel emploi/,
    );
  });

  it('leaves out, for a question on one programme, what the agreement says of another', () => {
    // « combien de semaines » finds only La Promo's weeks once its villages say whose they are.
    const question = 'ça dure combien de jours';
    const all = search.find(question, { limit: 10, minTerms: 1 });
    expect(all.some((p) => p.about?.includes('promo-16-18'))).toBe(true);
    const forPec = search.find(question, { limit: 10, minTerms: 1, about: 'competences-pec' });
    expect(forPec.length).toBeGreaterThan(0);
    for (const p of forPec)
      expect(p.about === undefined || p.about.length === 0 || p.about.includes('competences-pec')).toBe(true);
  });

  it('labels the Promo’s weeks in an AFPA village as La Promo’s, though the protocol names it not', () => {
    const found = search.find('periode d initiation a la mobilite de 2 semaines', { limit: 10, minTerms: 1 });
    const mobility = found.find((p) => p.text.startsWith('Au terme de ces 3 semaines'));
    expect(mobility?.about).toEqual(['promo-16-18']);
  });

  it('labels the protocol’s last sections with their own number', () => {
    const [found] = search.find('publicité communication média hors média');
    expect(found?.source).toBe('Protocole, § 7');
  });

  it.each(['il a arrete l ecole en juin', 'elle a arrêté sa formation en mars'])(
    'does not read a person’s story as a question on ending the agreement: « %s »',
    (message) => {
      expect(search.find(message).map((p) => p.source)).not.toContain('Accord, art. 6');
    },
  );

  it.each(['non', 'oui', 'quel temps fait-il à Montauban', 'blabla'])(
    'answers nothing to « %s »',
    (question) => {
      expect(search.find(question)).toEqual([]);
    },
  );
});

describe('undotAcronyms: the agreement’s words, with today’s typography', () => {
  it.each([
    ['inscrit sur la plateforme A.F.P.A. de traçabilité', 'inscrit sur la plateforme AFPA de traçabilité'],
    ["habilités par l' A.F.P.A. pour inscrire", "habilités par l'AFPA pour inscrire"],
    ['les allocataires du R.S.A. Ils sont', 'les allocataires du RSA. Ils sont'],
    ['une prestation de la D.G.E.F.P.', 'une prestation de la DGEFP.'],
    ['Prépa Compétences reste tel quel', 'Prépa Compétences reste tel quel'],
  ])('« %s »', (text, expected) => {
    expect(undotAcronyms(text)).toBe(expected);
  });

  it('leaves no dotted acronym in a quoted passage', () => {
    const texts = search.find('qui habilite les référents sur panda ?').map((p) => p.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/\b(?:[A-Z]\.){2,}/);
  });
});

describe('a number alone is no question', () => {
  it.each(['et le 2 ?', 'le 3', '1 ?'])('« %s » quotes nothing', (message) => {
    expect(search.find(message)).toEqual([]);
  });
});

describe('the excerpt quoted from a long passage', () => {
  it('keeps the sentences that hold what was asked', () => {
    const found = PassageSearch.ofAgreement().find('chaque jeune a un referent attitre a l afpa', {
      about: 'promo-16-18',
      limit: 1,
    });
    expect(found[0]?.excerpt).toContain('référent principal de parcours');
    expect(found[0]!.excerpt!.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 4);
  });

  it('shows the part of one long sentence where the word asked is', () => {
    const sentence = `${'Des ateliers pour découvrir les métiers du territoire, '.repeat(12)}des activités sportives et culturelles, et la préparation au code de la route.`;
    const excerpt = excerptOf(sentence, new Set(['sportiv']));
    expect(excerpt).toContain('activités sportives');
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 4);
  });

  it('quotes a short passage whole', () => {
    expect(excerptOf('Une phrase courte.', new Set(['phras']))).toBe('Une phrase courte.');
  });
});

describe('words left aside by a search', () => {
  it('are those of the list given at each search, the lists being kept apart', () => {
    const question = 'y a du code de la route dans la promo ?';
    const aside = (ignoring: string) => search.find(question, { ignoring, limit: 3 }).map((p) => p.id);
    const plain = aside('');
    const withoutRoute = aside('code route');
    // Leaving « code » and « route » aside changes what is found; each list gives its own answer again.
    expect(withoutRoute).not.toEqual(plain);
    expect(aside('')).toEqual(plain);
    expect(aside('code route')).toEqual(withoutRoute);
  });
});
