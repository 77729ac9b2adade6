import { describe, expect, it } from 'vitest';
import { detectAspect, detectAspects } from '../../../data/qa/aspect.js';

describe('detectAspect', () => {
  it.each([
    ['c’est quoi prépa comp ?', 'overview'],
    ['combien de temps dure la promo 1618', 'duration'],
    ['la PEC c’est à distance ?', 'modality'],
    ['qui peut prescrire la VAE', 'prescription'],
    ['différence entre VAE et RSFP', 'comparison'],
    ['pour qui est la RSFP', 'audience'],
    ['un allocataire non inscrit à France Travail peut il faire prépa comp', 'audience'],
    ['quelles sont les étapes de la promo', 'phases'],
    ['qu’est-ce qu’on fait en prépa comp', 'content'],
    ['objectif 2022 prépa comp', 'target'],
    ['combien d’allocataires prévus en PEC', 'target'],
    ['comment inscrire quelqu’un en prépa comp', 'prescription'],
    ['la promo ça se passe où ?', 'modality'],
    ['c vrai que les jeunes de la promo partent en mobilite quelque part ?', 'phases'],
    // Two aspects: the one asked first wins.
    ['promo 1618 ça dure combien de mois et c’est pour qui', 'duration'],
    ['pour qui et combien de temps, la promo ?', 'audience'],
    // Whose agreement a prescription needs: the référent's part (the person's, the employer's).
    ['faut l accord de qui ?', 'prescription'],
    ['pour la pec qui doit donner son accord ?', 'prescription'],
    ['laquelle des trois est la plus courte ?', 'duration'],
  ])('« %s » asks about %s', (question, aspect) => {
    expect(detectAspect(question)).toBe(aspect);
  });
});

describe('detectAspects: two questions in one, as typed', () => {
  it.each([
    ['la prepa c est ouvert aux gens pas inscrits a ft ? et cb de semaines ?', ['audience', 'duration']],
    ['qui peut y inscrire un jeune et c est cb de temps, la promo', ['prescription', 'duration']],
    ['pec : reservé aux salariés en contrat ? et a la fin ils ont quoi ?', ['audience', 'content']],
  ])('« %s » asks %j', (question, aspects) => {
    expect(detectAspects(question)).toEqual(aspects);
  });
});

describe('when a programme can start, as référents ask it', () => {
  it.each([
    'a partir de quand on peut lancer competences pec pour qqun en contrat pec',
    'brsa qui signe son pec le mois pro, on peut deja lancer comp pec ou faut attendre ?',
    'comp pec on peut le mobiliser avant la signature ?',
  ])('« %s » asks what the fiche says of its start', (question) => {
    expect(detectAspects(question)[0]).toBe('content');
  });
});

describe('the difference between two steps of one programme', () => {
  it.each([
    'dans le calendrier pec ils parlent d atelier 2 et atelier 3, c koi la diff ?',
    'le volet 1 et le volet 2 de prepa c quoi la difference',
  ])('« %s » asks for the steps', (question) => {
    expect(detectAspects(question)[0]).toBe('phases');
  });
});

describe('what follows a programme', () => {
  it('reads « une fois sorti il est suivi pendant cb de temps ? » as what the programme holds after it', () => {
    expect(detectAspects('et une fois sorti il est suivi pendant cb de temps ?')[0]).toBe('content');
  });
});

describe('a presentation asked for, and « ou c’est juste… » that asks no place', () => {
  it.each([
    ['vous pouvez me presenter la pec ?', 'overview'],
    ['pourriez-vous nous présenter Prépa Compétences', 'overview'],
    ['la promo ils obtiennent un truc a la fin ou c est juste un accompagnement ?', 'content'],
  ])('« %s » → %s', (question, aspect) => {
    expect(detectAspect(question)).toBe(aspect);
  });

  it('still reads « c’est où ? » and « ou c est la prepa » as the place', () => {
    expect(detectAspect('la prepa c est ou ?')).toBe('modality');
    expect(detectAspect('ou c est la prepa')).toBe('modality');
  });
});

describe('whose agreement is needed before a PEC', () => {
  it.each([
    'faut prevenir son patron avant ?',
    'je dois informer la mairie qui l emploie ?',
    'leur accord c est obligatoire ?',
  ])('« %s » asks how to prescribe', (question) => {
    expect(detectAspect(question)).toBe('prescription');
  });
});
