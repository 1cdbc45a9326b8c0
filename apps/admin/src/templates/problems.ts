import { ApiError, messageOf } from '../api/errors';

/** A template the API refused, where and why (the 422's `problems`; line and column from 1). */
export interface TemplateProblem {
  template: string;
  line: number;
  column: number;
  message: string;
}

/** An API refusal with the list of problems it named (422 of templates and of the standards profile). */
export class ProblemsError<P> extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly problems: P[],
  ) {
    super(status, message);
  }
}

/** Like `unwrap`, but a refusal keeps the body's `problems` list so each can be shown where it belongs. */
export async function unwrapProblems<T, P>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, messageOf(0, null));
  }
  if (result.response.ok) return result.data as T;
  const problems = (result.error as { problems?: unknown } | null)?.problems;
  throw new ProblemsError<P>(result.response.status, messageOf(result.response.status, result.error), Array.isArray(problems) ? problems : []);
}

/** Where in its template a problem is, and what: 第 3 行第 5 列:… */
export function problemAt(problem: TemplateProblem): string {
  return `第 ${problem.line} 行第 ${problem.column} 列:${problem.message}`;
}

/** A problem as one line of text naming its template (`*`: the whole theme). */
export function describeProblem(problem: TemplateProblem): string {
  return problem.template === '*' ? problemAt(problem) : `${problem.template} ${problemAt(problem)}`;
}
