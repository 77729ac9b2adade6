import { access, copyFile } from 'node:fs/promises';

/**
 * A data file that cannot be read. Its message is for whoever restarts the bot: which
 * file, what is wrong with it, and how to start again; never the file's content, which
 * may hold personal data.
 */
export class CorruptDataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly lastGoodCopy: string | undefined,
  ) {
    super(
      [
        `Fichier de données illisible : ${file}`,
        `Problème : ${problem}.`,
        'Le bot ne démarre pas, pour ne rien écraser. Pour repartir : arrêtez le bot,',
        lastGoodCopy
          ? `remplacez ce fichier par sa dernière copie saine, gardée à côté : ${lastGoodCopy}`
          : 'restaurez ce fichier depuis votre sauvegarde (aucune copie saine n’est gardée à côté)',
        'ou, en dernier recours, déplacez-le ailleurs pour repartir sans son contenu ; puis relancez.',
      ].join('\n'),
    );
    this.name = 'CorruptDataFileError';
  }
}

/** The copy of `file` kept as it was when last read whole. */
export function lastGoodCopyOf(file: string): string {
  return `${file}.last-good`;
}

/** Runs `read`; a JSON that does not parse becomes a CorruptDataFileError naming `file`. */
export async function readingDataFile<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const copy = lastGoodCopyOf(file);
    const kept = await access(copy).then(
      () => true,
      () => false,
    );
    throw new CorruptDataFileError(file, describeJsonError(error), kept ? copy : undefined);
  }
}

/** Keeps `file` as its last good copy, beside it; a missing file has none. */
export async function keepLastGoodCopy(file: string): Promise<void> {
  await copyFile(file, lastGoodCopyOf(file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** JSON.parse's message quotes the text around the fault: only where it is is kept. */
function describeJsonError(error: SyntaxError): string {
  if (/end of JSON input/i.test(error.message)) return 'JSON tronqué ou fichier vide';
  const position = /position (\d+)/.exec(error.message)?.[1];
  return position ? `JSON invalide à l’octet ${position}` : 'JSON invalide';
}
