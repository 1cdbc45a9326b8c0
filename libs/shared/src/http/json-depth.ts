import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** No request body of the API nests deeper than a few levels; 32 leaves room and stays far from the stack's limit. */
export const MAX_JSON_DEPTH = 32;

/** Whether `value` nests objects or arrays deeper than `max` levels; walks without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses a parsed JSON body nested deeper than `MAX_JSON_DEPTH` with a 400, before validation,
 * sanitizing and the audit summary walk it recursively (a body of 100 000 nested arrays fits in
 * the size limit and would overflow their stacks).
 */
export function limitJsonDepth(request: Request, _response: Response, next: NextFunction): void {
  if (nestsDeeperThan(request.body, MAX_JSON_DEPTH)) {
    next(new BadRequestException(`请求体嵌套过深(最多 ${MAX_JSON_DEPTH} 层) (JSON body nested too deeply)`));
    return;
  }
  next();
}
