import { BadRequestException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { limitJsonDepth, MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';

/** `depth` nested arrays around a number, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe('limitJsonDepth', () => {
  it('measures depth without recursion, objects and arrays alike', () => {
    expect(nestsDeeperThan({ a: { b: [1, { c: 2 }] } }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: { b: [1, { c: {} }] } }, 4)).toBe(true);
    expect(nestsDeeperThan(nested(1_000_000), MAX_JSON_DEPTH)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });

  it('passes ordinary bodies on and refuses deep ones with a 400', () => {
    const next = jest.fn();
    limitJsonDepth({ body: { title: 'x', tags: [['a']] } } as Request, {} as Response, next);
    expect(next).toHaveBeenCalledWith();
    limitJsonDepth({ body: nested(MAX_JSON_DEPTH + 1) } as Request, {} as Response, next);
    expect(next).toHaveBeenLastCalledWith(expect.any(BadRequestException));
  });
});
