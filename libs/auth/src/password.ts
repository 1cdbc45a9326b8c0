import { randomInt } from 'node:crypto';
import * as argon2 from 'argon2';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A one-time password handed to a new account; the user must change it at first login. */
export function generateInitialPassword(length = 14): string {
  let password = '';
  for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}

/** Password policy: 8-128 characters with letters and digits. Returns the problem, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8 || password.length > 128) return '密码长度须为 8–128 个字符';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码须同时包含字母和数字';
  return null;
}
