import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, messageOf } from './errors';
import { refreshSession, session, waitForSignIn } from '../auth/session';

async function send(request: Request): Promise<Response> {
  const token = session.get().accessToken;
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return fetch(request);
}

/**
 * fetch with the session: the access token from memory; on 401 one silent refresh, and when the
 * session is over, the sign-in dialog — then the same request again, so nothing typed is lost.
 */
export async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const response = await send(input);
  if (response.status !== 401) return response;
  if (await refreshSession()) return send(retry.clone());
  if (await waitForSignIn()) return send(retry);
  return response;
}

/** The typed client of /api/v1 (types generated from the OpenAPI document: `npm run api-types`). */
export const api = createClient<paths>({ baseUrl: '', fetch: authFetch });

/**
 * The data of an openapi-fetch result, or an ApiError with the API's message: lets TanStack
 * Query see refusals as errors.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, messageOf(0, null));
  }
  if (!result.response.ok) throw new ApiError(result.response.status, messageOf(result.response.status, result.error));
  return result.data as T;
}
