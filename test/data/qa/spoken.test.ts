import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../data/qa/normalize.js';

/** Messages dictated to a phone or typed without apostrophes read as the same message typed. */
describe('normalizeText — a message dictated or typed in a hurry', () => {
  it.each([
    // Apostrophes left out.
    ['il est a lase depuis 2 ans', 'il est a l ase depuis 2 ans'],
    ['cest quand linfo coll', 'c est quand l info coll'],
    ['jai un jeune qui veut voir lagenda de lafpa', 'j ai un jeune qui veut voir l agenda de l afpa'],
    ['quest ce quil faut pour linscrire', 'qu est ce qu il faut pour l inscrire'],
    ['sil na pas daccord de lemployeur', 's il na pas d accord de l employeur'],
    ['dici fevrier', 'd ici fevrier'],
    ['ya une limite dage', 'y a une limite d age'],
    // « ces » dictated for « c'est », only before what « c'est » introduces.
    ['ces quand la prochaine', 'c est quand la prochaine'],
    ['ces pour qui', 'c est pour qui'],
    // Letters spelled one by one.
    ['la prochaine j p o', 'la prochaine jpo'],
    ['competences p e c', 'competences pec'],
    ['r s f p ca veut dire quoi', 'rsfp ca veut dire quoi'],
    ['il est au r s a', 'il est au rsa'],
    // Numbers written out before what they count or date.
    ['un monsieur de quarante cinq ans', 'un monsieur de 45 ans'],
    ['une jeune de dix-sept ans', 'une jeune de 17 ans'],
    ['soixante et onze ans', '71 ans'],
    ['le trois fevrier', 'le 3 fevrier'],
    ['le premier mars', 'le 1er mars'],
    ['il reste deux places', 'il reste 2 places'],
    ['la promo seize dix huit', 'la promo 1618'],
  ])('« %s » → « %s »', (said, typed) => {
    expect(normalizeText(said)).toBe(typed);
  });

  it.each([
    // Words that only look glued or spelled.
    'dans les ateliers le lundi',
    'ces ateliers sont a montauban',
    'il y a des dates',
    'une semaine de stage',
    'un jeune de la mission locale',
    'le 15 sept',
    'la dune et la lune',
    'elle a l age',
  ])('leaves « %s » as it is', (text) => {
    expect(normalizeText(text)).toBe(text);
  });
});
