import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { Outbox } from '../../../data/outbox/outbox.js';
import { DocumentPrescriptionStore } from '../../../data/prescriptions/prescription-store.js';
import {
  FileDocumentStore,
  MemoryDocumentStore,
  type DocumentStore,
} from '../../../data/store/document-store.js';
import { recordingDocumentStore } from '../../factories.js';
import { describePrescriptionStoreContract } from './prescription-store.contract.js';

async function openOn(docs: DocumentStore) {
  const outbox = await Outbox.open(docs);
  return { store: await DocumentPrescriptionStore.open(docs, outbox), outbox };
}

describePrescriptionStoreContract('DocumentPrescriptionStore on MemoryDocumentStore', async () => {
  const memory = new MemoryDocumentStore();
  const docs = recordingDocumentStore(memory);
  return {
    ...(await openOn(docs)),
    // A restart that keeps the documents: the indexes are built again from them.
    reopen: () => openOn(memory),
    holdWrites: () => docs.hold(),
    writeCount: () => docs.commits.length,
  };
});

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describePrescriptionStoreContract('DocumentPrescriptionStore on FileDocumentStore', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cd82-prescriptions-'));
  dirs.push(dir);
  const docs = recordingDocumentStore(await FileDocumentStore.open(dir));
  return {
    ...(await openOn(docs)),
    reopen: async () => openOn(await FileDocumentStore.open(dir)),
    holdWrites: () => docs.hold(),
    writeCount: () => docs.commits.length,
  };
});
