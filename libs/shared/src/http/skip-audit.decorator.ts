import { SetMetadata } from '@nestjs/common';

export const SKIP_AUDIT_KEY = 'zq:skipAudit';

/** A state-changing route that is not an admin action worth a record (e.g. token refresh). */
export const SkipAudit = () => SetMetadata(SKIP_AUDIT_KEY, true);
