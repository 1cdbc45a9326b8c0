import type { SessionUser } from '../auth/session';

/** A signed-in user who holds `roles` and is otherwise plain: for specs of what the roles decide. */
export function userWithRoles(roles: SessionUser['roles']): SessionUser {
  return { id: 1, username: 'u', displayName: 'U', mustChangePassword: false, office: null, roles };
}
