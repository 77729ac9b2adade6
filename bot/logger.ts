/**
 * Structured, one-line logs. Callers pass an event name and technical fields only
 * (ids, counts, durations, error names): never what a person typed or personal data.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  clock: () => Date = () => new Date(),
): Logger {
  const emit = (lineLevel: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
    if (RANK[lineLevel] < RANK[level]) return;
    write(JSON.stringify({ time: clock().toISOString(), level: lineLevel, event, ...fields }));
  };
  return {
    debug: (event, fields) => emit('debug', event, fields),
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** An error described without its message, which may quote user input. */
export function describeError(error: unknown): LogFields {
  if (error instanceof Error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    // The stack's first line repeats the message; the frames alone say where it broke.
    const frames = (error.stack ?? '')
      .split('\n')
      .slice(1, 4)
      .map((line) => line.trim());
    return {
      errorName: error.name,
      where: frames.join(' | ') || undefined,
      ...(typeof status === 'number' ? { statusCode: status } : {}),
    };
  }
  return { errorName: typeof error };
}
