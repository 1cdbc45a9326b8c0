import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

interface PropertyDoc {
  nullable?: boolean;
  type?: unknown;
}

const documentedCache = new WeakMap<object, [string, PropertyDoc][]>();

/** A DTO's documented properties (inherited and mapped ones too) with what the document says of each. */
function documented(dto: Function): [string, PropertyDoc][] {
  let properties = documentedCache.get(dto);
  if (!properties) {
    const keys: string[] = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, dto.prototype) ?? [];
    properties = keys
      .map((key) => key.replace(/^:/, ''))
      .map((key): [string, PropertyDoc] => [key, Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype, key) ?? {}]);
    documentedCache.set(dto, properties);
  }
  return properties;
}

/** The DTO class a property's documented type names, if any (`type: IdentityDto` or `type: () => IdentityDto`). */
function nestedDto(type: unknown): Function | null {
  if (typeof type !== 'function') return null;
  const candidate: unknown = type.prototype ? type : (type as () => unknown)();
  return typeof candidate === 'function' && Reflect.hasMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, candidate.prototype)
    ? candidate
    : null;
}

/** Where `value` holds a null that its DTO's document does not allow (`featureText`, `identity.portalName`, `items[2].name`). */
export function undocumentedNulls(value: unknown, dto: Function, at = ''): string[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => undocumentedNulls(item, dto, `${at}[${index}]`));
  return documented(dto).flatMap(([key, doc]) => {
    const field = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    const path = at ? `${at}.${key}` : key;
    if (field === null) return doc.nullable ? [] : [path];
    const nested = nestedDto(doc.type);
    return nested ? undocumentedNulls(field, nested, path) : [];
  });
}

/**
 * Refuses `null` in a body field the API document does not mark nullable, before the
 * ValidationPipe: class-validator's @IsOptional() lets null through as if the field were absent,
 * and the null would then reach a NOT NULL column (a 500). Absent means "leave unchanged"; null
 * means "clear", which only nullable fields accept.
 */
@Injectable()
export class NonNullablePipe implements PipeTransform {
  transform(value: unknown, { type, metatype }: ArgumentMetadata): unknown {
    if (type !== 'body' || !metatype) return value;
    const nulls = undocumentedNulls(value, metatype);
    if (nulls.length) throw new BadRequestException(nulls.map((path) => `${path} 不能为 null(不修改时请省略该字段)`).join('; '));
    return value;
  }
}
