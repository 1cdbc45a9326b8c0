import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a citizen copies the code by hand from a printed page or a phone screen. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 12;

/** The citizen's key to their letter: 12 characters of a 31-letter alphabet, about 59 bits, unguessable. */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** A typed code as stored (upper case, no spaces or dashes), or null when it cannot be one. */
export function normalizeQueryCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  return code.length === LENGTH && [...code].every((char) => ALPHABET.includes(char)) ? code : null;
}
