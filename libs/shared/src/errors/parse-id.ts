import { NotFoundException } from '@nestjs/common';

/** A route id that is not a positive integer names nothing: 404, never a database error. */
export function parseId(raw: string, what: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > 4294967295) throw new NotFoundException(`${what}不存在`);
  return Number(raw);
}
