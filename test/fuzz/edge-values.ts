import fc from 'fast-check';

/** About 1 MB of text: big enough to hit length limits and body limits, small enough for 4 MB bodies. */
const HUGE = 'x'.repeat(1024 * 1024);
const HUGE_CHINESE = '测'.repeat(350 * 1024);

/** Strings that broke web applications before: markup, SQL, templates, paths, control characters. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "' OR '1'='1",
  '1; DROP TABLE users; --',
  '{{constructor.constructor "alert(1)"}}',
  '{{#each this}}{{/each}}',
  '${7*7}',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  '\ufeff',
  '\ud800',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '😀🏛️👨‍👩‍👧‍👦',
  '𠀀𪚥𝌆',
  '示范县人民政府',
  'a'.repeat(201),
  'a'.repeat(65536),
];

/** Numbers at and beyond every edge an id or a count has. */
export const EDGE_NUMBERS = [
  0,
  -1,
  1,
  1.5,
  -0.5,
  2 ** 31,
  2 ** 32,
  2 ** 53 + 2,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  4294967295,
  100001,
];

/** A path parameter that names nothing (or tries to escape its segment). */
export const EDGE_PATH_SEGMENTS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  ' 1',
  '4294967296',
  '99999999999999999999999',
  'abc',
  'null',
  '%F0%9F%98%80',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%00',
  '%',
  "1'%20OR%20'1'%3D'1",
  '%E4%B8%AD%E6%96%87',
  'x'.repeat(3000),
];

export const hugeString = fc.constantFrom(HUGE, HUGE_CHINESE);

/** Any string a client might send: mostly short and odd, sometimes 4-byte UTF-8, rarely about 1 MB. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('测', '试', '局', '文', '章'), minLength: 1, maxLength: 300 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
);

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.integer({ min: -5, max: 500 }),
  fc.double({ noNaN: true }),
);

/** A JSON value of any shape, small. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: anyNumber },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** `encodeURIComponent` that takes lone surrogates too (as U+FFFD, which is what UTF-8 can carry). */
export function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}
