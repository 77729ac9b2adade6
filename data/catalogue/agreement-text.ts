import { readFileSync } from 'node:fs';

const AGREEMENT = new URL('./source/accord-cd82-afpa-2022.txt', import.meta.url);

let text: string | undefined;

/** The agreement's text, as the Département and AFPA signed it: read once, for its passages and its words. */
export function agreementText(): string {
  text ??= readFileSync(AGREEMENT, 'utf8');
  return text;
}
