import { login, provisionSite } from '../../support/client';
import type { TestStack } from '../../support/stack';
import type { BrowserContext, Page } from './browser';
import { signIn, type ConsoleStack } from './console-stack';

type Auth = { Authorization: string };

/** The password the browser suites give their accounts in place of the one-time initial one. */
export const PASSWORD = 'Xinmima2026';

/**
 * Replaces an account's one-time initial password, so that signing in to the console no longer
 * forces a change; answers the account's bearer token under the new password.
 */
export async function replaceInitialPassword(
  stack: TestStack,
  username: string,
  initialPassword: string,
  password: string = PASSWORD,
): Promise<Auth> {
  const initial = await login(stack, username, initialPassword);
  await stack.http.post('/api/v1/auth/password').set(initial).send({ oldPassword: initialPassword, newPassword: password }).expect(204);
  return login(stack, username, password);
}

/** A new site (a department unless `overrides` say otherwise) whose admin has already replaced the initial password. */
export async function siteWithAdmin(stack: TestStack, admin: Auth, overrides: Record<string, unknown> = {}) {
  const { site } = await provisionSite(stack, admin, overrides);
  return { site, auth: await replaceInitialPassword(stack, site.admin.username, site.admin.initialPassword) };
}

/**
 * A console page signed in as `username` (with PASSWORD unless told), in a context of its own that
 * records console errors in `problems`; `timeout` is the page's default wait, for slow steps.
 */
export async function signedIn(
  stack: ConsoleStack,
  username: string,
  { password = PASSWORD, timeout }: { password?: string; timeout?: number } = {},
): Promise<{ page: Page; context: BrowserContext; problems: string[]; close: () => Promise<void> }> {
  const { page, context, problems } = await stack.newPage();
  if (timeout) page.setDefaultTimeout(timeout);
  await signIn(page, stack.consoleUrl, username, password);
  return { page, context, problems, close: () => context.close() };
}
