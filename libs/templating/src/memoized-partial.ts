import type { RuntimeOptions, TemplateDelegate } from 'handlebars';

/** Enough for the jobs one worker runs at once, each rendering pages of one site. */
const REMEMBERED_CALLS = 8;

interface Rendered {
  values: unknown[];
  text: string;
}

/** A value two calls can share by identity: a primitive, or an object frozen (deeply, see `deepFreeze`). */
function isStable(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function') || Object.isFrozen(value);
}

/**
 * A partial that renders once for the same inputs: every page of a site repeats its footer,
 * identity header and service bar, about two thirds of an article page's render time. `inputs`
 * are the top-level context keys the partial reads (see `partialInputs`); a call whose inputs are
 * all primitives or frozen objects, and equal to a remembered call's, gets that call's text.
 */
export function memoizedPartial(partial: TemplateDelegate, inputs: readonly string[]): TemplateDelegate {
  const remembered: Rendered[] = [];
  return ((context: unknown, options?: RuntimeOptions) => {
    if (!context || typeof context !== 'object') return partial(context, options);
    const values = inputs.map((key) => (Object.hasOwn(context, key) ? (context as Record<string, unknown>)[key] : undefined));
    if (!values.every(isStable)) return partial(context, options);
    const hit = remembered.find((call) => call.values.every((value, index) => value === values[index]));
    if (hit) return hit.text;
    const text = partial(context, options);
    remembered.unshift({ values, text });
    remembered.length = Math.min(remembered.length, REMEMBERED_CALLS);
    return text;
  }) as TemplateDelegate;
}

/** Freezes `value` and everything it holds, so memoized partials may share renders of it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
