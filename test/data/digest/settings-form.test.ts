import { describe, expect, it } from 'vitest';
import { readSettingsForm } from '../../../data/digest/settings-form.js';

describe('the digest settings form', () => {
  it('reads ticked programmes and typed lists as people type them', () => {
    const read = readSettingsForm({
      dispositifs: 'promo-16-18,prepa-competences',
      metiers: ' soudure, Cariste et logistique ;soudure ',
      communes: 'Montauban\nCastelsarrasin',
      frequence: 'biweekly',
      rienDeNouveau: 'true',
    });
    expect(read).toEqual({
      ok: true,
      preferences: {
        dispositifs: ['promo-16-18', 'prepa-competences'],
        trades: ['soudure', 'Cariste', 'logistique'],
        towns: ['Montauban', 'Castelsarrasin'],
        frequency: 'biweekly',
        sendWhenNothingNew: true,
      },
    });
  });

  it('takes an empty form as « everything, every week, nothing when nothing is new »', () => {
    expect(readSettingsForm({})).toEqual({
      ok: true,
      preferences: { dispositifs: [], trades: [], towns: [], frequency: 'weekly', sendWhenNothingNew: false },
    });
  });

  it('names each wrong field and keeps what was typed', () => {
    const read = readSettingsForm({
      dispositifs: 'vae',
      metiers: Array.from({ length: 16 }, (_, i) => `metier${i}`).join(','),
      communes: 'x'.repeat(80),
      frequence: 'daily',
      rienDeNouveau: 'maybe',
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.errors).sort()).toEqual([
      'communes',
      'dispositifs',
      'frequence',
      'metiers',
      'rienDeNouveau',
    ]);
    expect(read.values.metiers).toContain('metier15');
  });

  it('ignores what is not text, as a forged request would send', () => {
    const read = readSettingsForm({ metiers: ['soudure'], communes: { x: 1 }, frequence: 42 });
    expect(read).toMatchObject({ ok: true, preferences: { trades: [], towns: [], frequency: 'weekly' } });
  });
});
