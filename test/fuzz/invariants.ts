import { DatabaseChecksum, type Checksums } from './database-checksum';
import type { FuzzRequest } from './requests';
import type { Answer } from './send';
import { LEAK_MARKER } from './world';

export type ViolationKind = '5xx' | 'no answer' | 'refused with changes' | 'leak' | 'cross-tenant change';

export interface Violation {
  kind: ViolationKind;
  index: number;
  status: number | null;
  detail: string;
  request: FuzzRequest;
}

/**
 * The invariants of one request: it is answered, never with a 5xx; a refusal (4xx) changes no
 * row; and nobody but a platform admin is ever shown site B's non-public data. (The fourth, no
 * cross-tenant change of grants, is the world guard's: see the runner.)
 */
export function violationsOf(index: number, request: FuzzRequest, answer: Answer | null, before: Checksums, after: Checksums): Violation[] {
  const found = (kind: ViolationKind, detail: string): Violation => ({ kind, index, status: answer?.status ?? null, detail, request });
  if (!answer) return [found('no answer', 'no answer within the timeout')];
  const violations: Violation[] = [];
  if (answer.status >= 500) violations.push(found('5xx', answer.text.slice(answer.text.indexOf('\n') + 1).slice(0, 500)));
  if (answer.status >= 400 && answer.status < 500) {
    const changed = DatabaseChecksum.changed(before, after);
    if (changed.length) violations.push(found('refused with changes', `tables changed: ${changed.join(', ')}`));
  }
  if (request.role !== 'platform_admin' && showsMarker(answer)) {
    const at = answer.text.toLowerCase().indexOf(LEAK_MARKER);
    violations.push(found('leak', answer.text.slice(Math.max(0, at - 200), at + 100)));
  }
  return violations;
}

/** Whether the answer shows site B's non-public data. */
export function showsMarker(answer: Answer): boolean {
  return answer.text.toLowerCase().includes(LEAK_MARKER);
}
