import { describe, expect, it } from 'vitest';
import { readThread } from '../../support/understanding-deps.js';

/**
 * The answer doubted: « t'es sûr ? », « c'est marqué où ? », « ma collègue m'a dit 6 semaines »,
 * « en plus court ». The same facts come back, with where they come from; none is given up
 * for the figure the référent suggests.
 */
const NOW = new Date('2027-01-11T09:00:00+01:00');

describe('an answer doubted gives the same facts again', () => {
  it.each([
    'c marque ou ?',
    'source ?',
    'vous pouvez me citer le paragraphe ?',
    'et si je lis l accord il dit pareil ?',
    'ca a change depuis non ?',
    'c est l accord qui dit ca ?',
    'tu l inventes pas ?',
    'resume stp',
    'c est pas 10 jours plutot ?',
    'c ecrit ou ? le patron m a dit le contraire',
  ])('« %s » after how long Prépa Compétences lasts', (doubt) => {
    const read = readThread(NOW, 'la prepa comp ca dure combien ?', doubt);
    expect(read.kind === 'answer' ? [read.result.dispositif, read.result.aspect] : read.kind).toEqual([
      'prepa-competences',
      'duration',
    ]);
  });

  it('gives the list again when a date of it is doubted', () => {
    const read = readThread(NOW, 'prochaine info coll prepa ?', 't es sur ? c pas le 15 ?');
    expect(read.kind).toBe('agenda');
  });
});

describe('asked beside a doubt', () => {
  it('reads « c le matin ou l aprem ? » after a list as what the list says', () => {
    expect(readThread(NOW, 'prochaine info coll prepa ?', 'c le matin ou l aprem ? t es sur ?').kind).toBe(
      'agenda',
    );
  });

  it('reads « je passe par qui à l’AFPA ? » as whom to contact', () => {
    expect(readThread(NOW, 'je passe par qui a l afpa pour la promo')).toMatchObject({
      kind: 'scope',
      question: { kind: 'contacts' },
    });
  });
});
