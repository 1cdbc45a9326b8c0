import type { ExecutionContext } from '@nestjs/common';

/**
 * Where the access guard reports a refused state-changing request, so the audit log also holds
 * what never reached a handler. Implemented by libs/audit; declared here so auth need not
 * depend on it.
 */
export interface AuditSink {
  recordRequest(context: ExecutionContext, statusCode: number): Promise<void>;
}

export const AUDIT_SINK = Symbol('AUDIT_SINK');
