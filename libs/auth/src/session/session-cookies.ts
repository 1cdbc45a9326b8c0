import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';

/**
 * The browser session of the console: the refresh token lives in an httpOnly, SameSite=Strict
 * cookie that only the session endpoints receive; the access token stays in the page's memory.
 * A second, readable cookie carries a CSRF token bound to the refresh token (an HMAC of it), which
 * the console echoes in `X-CSRF-Token` whenever the refresh cookie is what authenticates.
 */
export const REFRESH_COOKIE = 'zq_refresh';
export const CSRF_COOKIE = 'zq_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_PATH = '/api/v1/auth/session';
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export function csrfTokenFor(secret: string, refreshToken: string): string {
  return createHmac('sha256', secret).update(`csrf:${refreshToken}`).digest('base64url');
}

/** True when the request's `X-CSRF-Token` is the one bound to its refresh cookie. */
export function csrfMatches(secret: string, refreshToken: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(csrfTokenFor(secret, refreshToken));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function options(request: Request, path: string, httpOnly: boolean): CookieOptions {
  return { httpOnly, sameSite: 'strict', secure: request.secure, path, maxAge: MAX_AGE_MS };
}

export function setSessionCookies(request: Request, response: Response, secret: string, refreshToken: string): string {
  const csrfToken = csrfTokenFor(secret, refreshToken);
  response.cookie(REFRESH_COOKIE, refreshToken, options(request, SESSION_PATH, true));
  response.cookie(CSRF_COOKIE, csrfToken, options(request, '/', false));
  return csrfToken;
}

export function clearSessionCookies(request: Request, response: Response): void {
  const { maxAge: _maxAge, ...refresh } = options(request, SESSION_PATH, true);
  const { maxAge: _maxAge2, ...csrf } = options(request, '/', false);
  response.clearCookie(REFRESH_COOKIE, refresh);
  response.clearCookie(CSRF_COOKIE, csrf);
}
