import type { components } from '../api/schema';

/**
 * The signed-in session of this tab. The access token lives only in memory; the refresh token is
 * an httpOnly cookie the page never sees. The CSRF token (bound to that cookie) is read from its
 * readable cookie so that a reload can refresh the session.
 */
export type SessionUser = components['schemas']['UserResponse'];

export type Role = components['schemas']['Role'];

interface SessionState {
  accessToken: string | null;
  user: SessionUser | null;
  /** True while a request waits for the user to sign in again (the session ran out). */
  expired: boolean;
}

const SESSION_URL = '/api/v1/auth/session';
let state: SessionState = { accessToken: null, user: null, expired: false };
const listeners = new Set<() => void>();
let refreshing: Promise<boolean> | null = null;
let waitingForLogin: Array<(ok: boolean) => void> = [];

function set(next: Partial<SessionState>): void {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): SessionState => state,
};

function csrfToken(): string {
  const match = /(?:^|;\s*)zq_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : '';
}

async function readError(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
  return typeof body?.message === 'string' ? body.message : `登录失败(${response.status})`;
}

interface SessionResponse {
  accessToken: string;
  user: SessionUser;
}

/** Signs in; throws an Error whose message is the API's (wrong password, locked out ...). */
export async function signIn(username: string, password: string): Promise<SessionUser> {
  const response = await fetch(SESSION_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(await readError(response));
  const body = (await response.json()) as SessionResponse;
  set({ accessToken: body.accessToken, user: body.user, expired: false });
  waitingForLogin.forEach((resume) => resume(true));
  waitingForLogin = [];
  return body.user;
}

/** Exchanges the refresh cookie for a new access token; one exchange at a time for the whole tab. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await fetch(`${SESSION_URL}/refresh`, {
        method: 'POST',
        headers: { 'X-CSRF-Token': csrfToken() },
        credentials: 'same-origin',
      });
      if (!response.ok) return false;
      const body = (await response.json()) as SessionResponse;
      set({ accessToken: body.accessToken, user: body.user });
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/**
 * The session ran out while the user was working: the sign-in dialog opens over the page (what
 * was typed stays), and the waiting requests resume once they sign in again.
 */
export function waitForSignIn(): Promise<boolean> {
  set({ expired: true });
  return new Promise((resume) => waitingForLogin.push(resume));
}

export function cancelSignIn(): void {
  waitingForLogin.forEach((resume) => resume(false));
  waitingForLogin = [];
  set({ accessToken: null, user: null, expired: false });
}

export function updateUser(user: SessionUser): void {
  set({ user });
}

/** Ends this browser's session, or with `everywhere` every session of the account. */
export async function signOut(everywhere = false): Promise<void> {
  await fetch(`${SESSION_URL}${everywhere ? '?everywhere=true' : ''}`, {
    method: 'DELETE',
    headers: { 'X-CSRF-Token': csrfToken() },
    credentials: 'same-origin',
  }).catch(() => undefined);
  set({ accessToken: null, user: null, expired: false });
}
