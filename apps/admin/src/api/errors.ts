/** An API refusal as the console shows it: the status and the API's own Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The `message` of the API's `{ statusCode, error, message }` body, or a sentence for the status. */
export function messageOf(status: number, body: unknown): string {
  const message = (body as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && message) return message;
  if (Array.isArray(message) && message.length) return message.join(';');
  if (status === 0) return '无法连接服务器,请检查网络后重试';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '要找的内容不存在或已被删除';
  if (status >= 500) return `服务器出错(${status}),请稍后重试`;
  return `请求失败(${status})`;
}

/** Splits a validation message such as `title: 不能为空; summary: 太长` into per-field messages. */
export function fieldMessages(error: unknown, fields: readonly string[]): { fields: Record<string, string>; rest: string[] } {
  const result: { fields: Record<string, string>; rest: string[] } = { fields: {}, rest: [] };
  if (!(error instanceof Error)) return result;
  for (const part of error.message.split(/[;;]\s*/).filter(Boolean)) {
    const field = fields.find((name) => part.startsWith(`${name}:`) || part.startsWith(`${name} `) || part.startsWith(`${name}:`));
    if (field) result.fields[field] = part.slice(field.length).replace(/^[::\s]+/, '');
    else result.rest.push(part);
  }
  return result;
}
