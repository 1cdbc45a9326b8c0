import { Injectable, type ArgumentMetadata, type PipeTransform, type Type } from '@nestjs/common';
import { ApiSchema, DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

const READ_BACK = 'zhanqun:readBack';

/**
 * Lets a body DTO take back what GET answered: the properties of `responses` that the DTO does not
 * accept (id, siteId, status, createdAt, computed fields …) are dropped before validation instead
 * of refused, so a client may GET a resource, change a field and send the whole document back.
 * Such read-only fields never take effect, whatever their value: the API decides them. The DTO's
 * OpenAPI schema names them.
 */
export function AcceptsReadBack(...responses: Type[]): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(READ_BACK, responses, target);
    const ignored = [...readOnlyFields(target as unknown as Type)].join(', ');
    const description = ignored
      ? `Also takes the whole document GET answers: its read-only fields (${ignored}) are ignored.`
      : 'Also takes the whole document as GET answers it.';
    ApiSchema({ description })(target);
  };
}

/** The properties documented on a response class (its @ApiProperty fields, inherited ones too). */
function documentedProperties(response: Type): string[] {
  const keys: string[] = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, response.prototype) ?? [];
  return keys.map((key) => key.replace(/^:/, ''));
}

/** The properties the DTO validates: what the global ValidationPipe's whitelist keeps. */
function acceptedProperties(dto: Type): Set<string> {
  return new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((rule) => rule.propertyName),
  );
}

const readOnlyCache = new WeakMap<Type, Set<string>>();

/** The fields of the DTO's read-back responses it does not accept; empty for DTOs not marked. */
export function readOnlyFields(dto: Type): Set<string> {
  let fields = readOnlyCache.get(dto);
  if (!fields) {
    const responses: Type[] = Reflect.getMetadata(READ_BACK, dto) ?? [];
    const accepted = acceptedProperties(dto);
    fields = new Set(responses.flatMap(documentedProperties).filter((key) => !accepted.has(key)));
    readOnlyCache.set(dto, fields);
  }
  return fields;
}

/** Runs before the ValidationPipe: strips the read-only fields of a body whose DTO accepts read-back. */
@Injectable()
export class ReadBackPipe implements PipeTransform {
  transform(value: unknown, { type, metatype }: ArgumentMetadata): unknown {
    if (type !== 'body' || !metatype || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const readOnly = readOnlyFields(metatype as Type);
    if (readOnly.size === 0) return value;
    return Object.fromEntries(Object.entries(value).filter(([key]) => !readOnly.has(key)));
  }
}
