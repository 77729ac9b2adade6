import { describe, expect, it } from 'vitest';
import { DEFAULT_REASONS, Reasons } from '../../../data/prescriptions/reasons.js';
import { MemoryDocumentStore, type DocumentStore } from '../../../data/store/document-store.js';
import type { ReasonList } from '../../../data/prescriptions/lifecycle.js';

const LISTS: ReasonList[] = ['refusal', 'abandon'];

describe('Reasons', () => {
  it('offers the default lists, with unique codes, until an admin edits them', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    for (const list of LISTS) {
      expect(reasons.offered(list)).toEqual(DEFAULT_REASONS[list]);
      const codes = reasons.offered(list).map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(reasons.offeredCodes()).toEqual({
      refusal: DEFAULT_REASONS.refusal.map((r) => r.code),
      abandon: DEFAULT_REASONS.abandon.map((r) => r.code),
    });
  });

  it('does not let an edit change the defaults of another store', async () => {
    const first = await Reasons.open(new MemoryDocumentStore());
    await first.retire('refusal', 'criteres');
    await first.add('abandon', 'Déménagement');
    const second = await Reasons.open(new MemoryDocumentStore());
    expect(second.all()).toEqual(DEFAULT_REASONS);
  });

  it('adds a reason with a code made from its label', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    const added = await reasons.add('abandon', 'Déménagement hors 82');
    expect(added).toEqual({ code: 'demenagement-hors-82', label: 'Déménagement hors 82' });
    expect(reasons.offered('abandon').at(-1)).toEqual(added);
    expect(reasons.offeredCodes().abandon).toContain(added.code);
    expect(reasons.offeredCodes().refusal).not.toContain(added.code);
    expect(reasons.label('abandon', added.code)).toBe('Déménagement hors 82');
  });

  it('gives the existing reason back for a label already in the list, whatever its case', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    const before = reasons.all();
    expect(await reasons.add('refusal', 'personne injoignable')).toEqual({
      code: 'injoignable',
      label: 'Personne injoignable',
    });
    expect(reasons.all()).toEqual(before);
  });

  it('keeps codes unique when two labels make the same code', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    const a = await reasons.add('refusal', 'Critères');
    const b = await reasons.add('refusal', 'Criteres !');
    const c = await reasons.add('refusal', 'CRITÈRES ?');
    expect([a.code, b.code, c.code]).toEqual(['criteres-2', 'criteres-3', 'criteres-4']);
    const codes = reasons.all().refusal.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('makes a code of a label without a letter or digit, and of a very long one', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    expect((await reasons.add('abandon', '???')).code).toBe('motif');
    expect((await reasons.add('abandon', '!!!')).code).toBe('motif-2');
    expect((await reasons.add('abandon', 'a'.repeat(50))).code).toBe('a'.repeat(30));
  });

  it('retires a reason: no longer offered, still readable on the prescriptions that used it', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    expect(await reasons.retire('refusal', 'complet')).toBe(true);
    expect(reasons.offered('refusal').map((r) => r.code)).not.toContain('complet');
    expect(reasons.offeredCodes().refusal).not.toContain('complet');
    expect(reasons.label('refusal', 'complet')).toBe('Plus de place sur la session demandée');
    expect(reasons.all().refusal.find((r) => r.code === 'complet')).toEqual({
      code: 'complet',
      label: 'Plus de place sur la session demandée',
      retired: true,
    });
    // In one list only: « autre » is in both.
    await reasons.retire('refusal', 'autre');
    expect(reasons.offeredCodes().abandon).toContain('autre');
  });

  it('answers false to retiring an unknown or already retired reason', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    expect(await reasons.retire('refusal', 'inconnu')).toBe(false);
    expect(await reasons.retire('abandon', 'criteres')).toBe(false);
    expect(await reasons.retire('refusal', 'criteres')).toBe(true);
    expect(await reasons.retire('refusal', 'criteres')).toBe(false);
  });

  it('brings a retired reason back, with its code, when its label is added again', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    await reasons.retire('abandon', 'sante');
    expect(await reasons.add('abandon', 'RAISONS DE SANTÉ')).toEqual({
      code: 'sante',
      label: 'Raisons de santé',
    });
    expect(reasons.offeredCodes().abandon).toContain('sante');
    expect(reasons.all().abandon.filter((r) => r.label === 'Raisons de santé')).toHaveLength(1);
  });

  it('labels an unknown code with the code itself', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    expect(reasons.label('refusal', 'ancien-code')).toBe('ancien-code');
  });

  it('keeps every change across a restart', async () => {
    const docs = new MemoryDocumentStore();
    const reasons = await Reasons.open(docs);
    const added = await reasons.add('refusal', 'Dossier incomplet');
    await reasons.retire('refusal', 'complet');
    await reasons.retire('abandon', 'mobilite');
    const reopened = await Reasons.open(docs);
    expect(reopened.all()).toEqual(reasons.all());
    expect(reopened.offeredCodes().refusal).toContain(added.code);
    expect(reopened.offeredCodes().refusal).not.toContain('complet');
    expect(reopened.label('abandon', 'mobilite')).toBe('Difficultés de mobilité');
  });

  it('hands out copies: changing what all() returns changes nothing', async () => {
    const reasons = await Reasons.open(new MemoryDocumentStore());
    reasons.all().refusal.push({ code: 'x', label: 'x' });
    expect(reasons.offeredCodes().refusal).not.toContain('x');
  });

  it('leaves the lists as they were when the write fails', async () => {
    const docs = new MemoryDocumentStore();
    const reasons = await Reasons.open(docs);
    const failing: DocumentStore = {
      all: (collection) => docs.all(collection),
      get: (collection, key) => docs.get(collection, key),
      create: async () => {
        throw new Error('disk full');
      },
      commit: async () => {
        throw new Error('disk full');
      },
    };
    const broken = await Reasons.open(failing);
    await expect(broken.retire('refusal', 'complet')).rejects.toThrow('disk full');
    await expect(broken.add('refusal', 'Nouveau')).rejects.toThrow('disk full');
    expect(broken.all()).toEqual(reasons.all());
  });
});
