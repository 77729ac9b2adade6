import { describe, expect, it } from 'vitest';
import { parseAgendaQuery } from '../../../data/agenda/agenda-query.js';
import { extractProfile } from '../../../data/eligibility-extraction.js';
import { recognizeScopeQuestion } from '../../../data/qa/scope.js';
import { contextAfter, readMessage } from '../../../data/qa/understanding.js';
import { recognizeCommand, recognizePrescribeRequest } from '../../../dialogs/commands.js';
import { deps } from '../../support/understanding-deps.js';

/**
 * What AFPA's staff and the Département's pilots ask: the steering of the agreement, its
 * reporting, what AFPA publishes, and follow-ups on the agreement's own words.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');
const read = (text: string, context?: Parameters<typeof readMessage>[2]) =>
  readMessage(text, NOW, context, deps);
const quoted = (reading: ReturnType<typeof read>) =>
  reading.kind === 'passages' || reading.kind === 'answer'
    ? (reading.passages ?? []).map((p) => p.text).join(' ')
    : '';

describe('the agreement’s own words on its steering and reporting', () => {
  it.each<[string, RegExp]>([
    ['le comite de pilotage de l accord il se reunit tous les combien ?', /fois par an/i],
    ['le copil national c est qui qui le pilote ?', /DGEFP/],
    ['le tdb de chaque dispositif on l envoie a qui ?', /tableau de bord/i],
    ['panda c est quoi au juste ?', /PANDA/i],
    ['qui valide le plan d action et les indicateurs de resultat ?', /comité de pilotage/i],
    ['info places ca circule comment entre l afpa et le cd ?', /Info Places/i],
    ['qui envoie le bilan ?', /bilan individuel du parcours est par ailleurs communiqué/],
    ['le bilan du jeune on me le renvoie ?', /bilan individuel/],
    ['l afpa remonte quoi a la dgefp et a quel rythme', /trimestriels|mensuellement/],
    ['les bilans c tous les combien', /trimestriels|fois par an|annuel/],
  ])('« %s » quotes the passage', (text, said) => {
    expect(quoted(read(text))).toMatch(said);
  });

  it('follows up on the passage just quoted: « il sert à quoi ? »', () => {
    const first = read('le comite de pilotage de l accord il se reunit tous les combien ?');
    const context = contextAfter(
      first,
      NOW,
      'le comite de pilotage de l accord il se reunit tous les combien ?',
    );
    expect(quoted(read('et il sert a quoi concretement ?', context))).toMatch(/bilan/i);
  });

  it('answers « et au niveau départemental ? » after the national reporting with the local one', () => {
    const asked = 'l afpa remonte quoi a la dgefp et a quel rythme ?';
    const context = contextAfter(read(asked), NOW, asked);
    const local = quoted(read('et au niveau departemental ?', context));
    expect(local).toMatch(/production départementale/);
    expect(local).not.toMatch(/comité de pilotage national/);
  });

  it('does not take « indicateurs de pilotage » nor « qui valide les indicateurs » for the plan’s counts', () => {
    expect(
      recognizeScopeQuestion('les indicateurs de pilotage du dispositif portent sur quoi ?'),
    ).toBeUndefined();
    expect(recognizeScopeQuestion('qui valide les indicateurs de resultat ?')).toBeUndefined();
    expect(recognizeScopeQuestion('l indicateur de la prepa compte quoi ?')).toMatchObject({
      kind: 'figures',
    });
  });
});

describe('targets asked the way a coordinator asks them', () => {
  it('reads « combien on devait en faire entrer » as the target', () => {
    expect(read('combien de brsa on devait faire entrer en prepa sur l annee ?')).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspect: 'target' },
    });
  });

  it('does not answer « et le PIC, ses ambitions ? » after the figures with the figures again', () => {
    const context = contextAfter(read('on en est ou des entrees en prepa ?'), NOW);
    expect(read('et le pic globalement ses ambitions ?', context)).not.toMatchObject({
      kind: 'scope',
      question: { kind: 'figures' },
    });
  });
});

describe('what AFPA publishes', () => {
  it.each<[string, unknown]>([
    ['qu est ce qu on a de publie cette semaine ?', { kind: 'events', from: '2027-01-11', to: '2027-01-17' }],
    [
      'quelles entrees prepa sont en ligne en ce moment ?',
      { kind: 'sessions', dispositif: 'prepa-competences' },
    ],
    [
      'info places il reste combien en macon et en plaquiste ?',
      { kind: 'places', trade: 'macon ou plaquiste' },
    ],
  ])('« %s »', (text, query) => {
    expect(parseAgendaQuery(text, NOW)).toEqual(query);
  });

  it.each([
    'publier des sessions hors de montauban, l accord le permet ?',
    'info places comment ca circule jusqu aux conseillers ?',
    'tu peux me reserver une salle au centre pour le copil ?',
  ])('« %s » asks no agenda list', (text) => {
    expect(parseAgendaQuery(text, NOW)).toBeUndefined();
  });
});

describe('a check asked from AFPA’s side', () => {
  it.each([
    'on a recu une orientation promo pour un jeune ase de 15 ans, c est recevable ?',
    'un jeune de 19 ans en contrat jeune majeur a l ase : la promo est elle envisageable ?',
  ])('« %s » asks a check', (text) => {
    expect(read(text).kind).toBe('person');
    expect(extractProfile(text).asksEligibility).toBe(true);
  });

  it('takes the programme asked « vers la RSFP » rather than the VAE of the story', () => {
    expect(
      read('un salarie de siae qui n a pas les prerequis pour une vae : peut on l orienter vers la rsfp ?'),
    ).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'rsfp' },
    });
  });
});

describe('outside the agreement, and requests that are questions', () => {
  it.each<[string, string]>([
    ['et l afpa garantit une embauche derriere ?', 'out_of_scope'],
    ['le taux de chomage du 82 tu l as ?', 'out_of_scope'],
    ['tu peux me reserver une salle au centre afpa pour le copil de mars ?', 'out_of_scope'],
  ])('« %s » → %s', (text, kind) => {
    expect(recognizeScopeQuestion(text)?.kind).toBe(kind);
  });

  it('reads « ça s’adresse à qui ? » as the public, not whom to contact', () => {
    expect(recognizeScopeQuestion('competences pec ca s adresse a qui ?')).toBeUndefined();
    expect(recognizeScopeQuestion('je m adresse a qui pour la pec ?')).toEqual({ kind: 'contacts' });
  });

  it('reads « prescrire la prépa, ça coûte quoi ? » as a question, « je veux en prescrire un » as a request', () => {
    expect(
      recognizePrescribeRequest('prescrire du prepa competences ca coute quoi au departement ?'),
    ).toBeUndefined();
    expect(recognizePrescribeRequest('ok je veux en prescrire un')).toEqual({});
  });

  it('reads « où en sont mes prescriptions ? » as the list of one’s prescriptions', () => {
    expect(recognizeCommand('ou en st mes prescriptions ?')).toBe('myPrescriptions');
    expect(recognizeCommand('je voudrais voir mes prescriptions')).toBe('myPrescriptions');
  });
});

describe('an address or a number asked after the contacts', () => {
  it('gives the contacts again, which say the agreement gives neither', () => {
    expect(recognizeScopeQuestion('vous avez son adresse mail ?')).toEqual({ kind: 'contacts' });
    expect(recognizeScopeQuestion('et leur numero de telephone ?')).toEqual({ kind: 'contacts' });
  });
});

describe('more from the AFPA side', () => {
  it('reads « oups mauvaise conv, ignore stp » as a message sent by mistake', () => {
    expect(recognizeCommand('oups mauvaise conv, ignore stp')).toBe('ignore');
    expect(recognizeCommand('ignore ca')).toBe('ignore');
  });

  it('quotes the agreement on the national steering committee rather than the contacts', () => {
    expect(quoted(read('et le copil national il se reunit quand et qui le pilote ?'))).toMatch(
      /trimestriellement/,
    );
  });

  it('does not take « sur quels secteurs » for a town', () => {
    expect(parseAgendaQuery('les reunions metiers ca porte sur quels secteurs ?', NOW)).not.toHaveProperty(
      'place',
    );
  });

  it('asks the agreement, not the list shown, « publier hors de Montauban, l’accord le permet ? »', () => {
    const context = contextAfter(read('sessions prepa en fevrier ?'), NOW);
    expect(read('et publier des sessions hors de montauban, l accord le permet ?', context).kind).not.toBe(
      'agenda',
    );
  });
});

describe('from the kinds of question of blind sets 22 and 23', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      'auriez vous les dates des reunions metiers prevues en mars svp ?',
      { kind: 'events', types: ['reunion_metier'] },
    ],
    ['la session de lundi prochain a encore de la place ?', { kind: 'sessions', withSeats: true }],
  ])('« %s » names no trade nor town', (text, query) => {
    const parsed = parseAgendaQuery(text, NOW)!;
    expect(parsed).toMatchObject(query);
    expect(parsed).not.toHaveProperty('trade');
    expect(parsed).not.toHaveProperty('place');
  });

  it('reads « top, merci beaucoup ! » as thanks', () => {
    expect(recognizeCommand('Top, merci beaucoup !')).toBe('thanks');
    expect(recognizeCommand('super merci pour l info')).toBe('thanks');
  });

  it('explains the référent’s part before a prescription', () => {
    expect(read('avant d envoyer une prescription c quoi mon role ? je dois verifier quoi')).toEqual({
      kind: 'scope',
      question: { kind: 'prescribing' },
    });
  });

  it('keeps the programme named in a question outside the agreement for the next one', () => {
    const question = 'est ce que la personne est payee pendant la prepa ?';
    const context = contextAfter(read(question), NOW, question);
    expect(read('ok. et ca se passe ou ?', context)).toMatchObject({
      kind: 'answer',
      result: { dispositif: 'prepa-competences', aspects: ['modality'] },
    });
  });

  it('answers the RSFP asked « par rapport à la VAE » after the PEC, not the PEC', () => {
    const context = contextAfter(read('competences pec debouche sur quelles certifications ?'), NOW);
    const reading = read('et la rsfp elle s adresse a qui par rapport a la vae ?', context);
    expect(reading).not.toMatchObject({ kind: 'answer', result: { dispositif: 'competences-pec' } });
  });
});
