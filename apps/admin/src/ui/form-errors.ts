import type { FormInstance } from 'antd';
import { ApiError, fieldMessages } from '../api/errors';

/**
 * Shows an API refusal where it belongs: validation messages at the fields they name, a 409 at
 * `conflictField` (a name, or picked from the message), anything else through `show` (a message).
 */
export function showFormErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  show: (text: string) => void,
  conflictField?: string | ((message: string) => string | undefined),
): void {
  const conflict = error instanceof ApiError && error.status === 409 && conflictField;
  const field = conflict ? (typeof conflictField === 'function' ? conflictField(error.message) : conflictField) : undefined;
  const { fields: atFields, rest } = field ? { fields: { [field]: (error as Error).message }, rest: [] } : fieldMessages(error, fields);
  form.setFields(Object.entries(atFields).map(([name, text]) => ({ name, errors: [text] })));
  if (rest.length) show(rest.join(';'));
  else if (!Object.keys(atFields).length) show(error instanceof Error ? error.message : '操作失败,请重试');
}
