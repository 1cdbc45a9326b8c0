import fc from 'fast-check';
import type { Schema } from './catalogue';
import { anyNumber, anyString } from './edge-values';
import { kindOfField, type IdKind, type IdPool } from './id-pools';

export type Pools = Record<IdKind, IdPool>;

/**
 * `plausible`: what a careful client would send (examples, readable text, ids of the world,
 * optional fields now and then), so requests get past validation and deep into the services;
 * `wild`: by the schema's types, but with any string or number in them.
 */
export type Mode = 'plausible' | 'wild';

/** One of the pool's ids, mostly site A's own; none if the pool holds none of `type`. */
export function idOf<T extends string | number>(pool: IdPool | null, isType: (id: unknown) => id is T): fc.Arbitrary<T>[] {
  const own = (pool?.own ?? []).filter(isType);
  const other = (pool?.other ?? []).filter(isType);
  return [...(own.length ? [fc.constantFrom(...own), fc.constantFrom(...own)] : []), ...(other.length ? [fc.constantFrom(...other)] : [])];
}

const lowercase = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: min, maxLength: max });
const chinese = fc.string({ unit: fc.constantFrom(...'示范县人民政府教育局文章通知公告工作动态'), minLength: 2, maxLength: 20 });

/** Readable values for string fields whose name says what they hold. */
function plausibleString(name: string, pools: Pools): fc.Arbitrary<string> | null {
  switch (name) {
    case 'slug':
    case 'code':
    case 'key':
      return lowercase(2, 12);
    case 'username':
      return lowercase(3, 12).map((text) => `f${text}`);
    case 'password':
    case 'oldPassword':
    case 'newPassword':
      return lowercase(4, 8).map((text) => `Fuzz#2026${text}`);
    case 'url':
    case 'linkUrl':
    case 'conacUrl':
      return lowercase(1, 10).map((text) => `https://www.${text}.gov.cn/`);
    case 'name':
      return fc.oneof(chinese, fc.constantFrom(...pools.templates.own.map(String)));
    case 'primaryColor':
    case 'accentColor':
    case 'textColor':
    case 'linkColor':
      return fc.constantFrom('#b5121b', '#1f4e8c', '#222222', '#ffffff');
    case 'from':
    case 'to':
      return fc.constantFrom('2025-01-01', '2026-06-30', '2027-12-31');
    default:
      return null;
  }
}

/** A value for `schema`; `name` is the field's name, which tells what ids or text it holds. */
export function valueOf(schema: Schema, pools: Pools, mode: Mode, name = '', depth = 0): fc.Arbitrary<unknown> {
  const plain = plainValueOf(schema, pools, mode, name, depth);
  return schema.nullable ? fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: fc.constant(null) }) : plain;
}

function plainValueOf(schema: Schema, pools: Pools, mode: Mode, name: string, depth: number): fc.Arbitrary<unknown> {
  const wild = mode === 'wild';
  if (schema.enum?.length) {
    return wild
      ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: anyString })
      : fc.constantFrom(...schema.enum);
  }
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const kind = kindOfField(name);
      const ids = idOf(kind ? pools[kind] : null, (id): id is number => typeof id === 'number');
      const inRange = fc.integer({
        min: Math.max(schema.minimum ?? (wild ? -10 : 0), -1000),
        max: Math.min(schema.maximum ?? 1000, 100000),
      });
      return fc.oneof(
        ...ids.map((arbitrary) => ({ weight: 3, arbitrary })),
        { weight: 3, arbitrary: inRange },
        ...(wild ? [anyNumber] : []),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'string': {
      const examples = schema.example === undefined ? [] : [fc.constant(String(schema.example))];
      const readable = [...examples, plausibleString(name, pools) ?? stringOf(schema)];
      return wild ? fc.oneof(...readable, anyString) : fc.oneof(...readable);
    }
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(valueOf(schema.items ?? {}, pools, mode, name, depth + 1), { maxLength: wild ? 4 : 2 });
    default: {
      if (!schema.properties || depth > 4) return fc.jsonValue({ maxDepth: 2 });
      const required = schema.required ?? [];
      const entries = Object.entries(schema.properties).map(([property, child]) => {
        const value = valueOf(child, pools, mode, property, depth + 1);
        // A careful client leaves most optional fields out.
        const optional = wild || required.includes(property) ? value : fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, value);
        return [property, optional] as const;
      });
      return fc
        .record(Object.fromEntries(entries), { requiredKeys: required })
        .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
    }
  }
}

/** A string of the schema's format and length. */
function stringOf(schema: Schema): fc.Arbitrary<string> {
  const dates = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });
  if (schema.format === 'date-time') return dates.map((date) => date.toISOString());
  if (schema.format === 'date') return dates.map((date) => date.toISOString().slice(0, 10));
  return schema.maxLength ? chinese.map((text) => text.slice(0, schema.maxLength)) : chinese;
}
