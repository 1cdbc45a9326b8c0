/** The routes of the API as its OpenAPI document describes them: what the fuzzer aims at. */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  example?: unknown;
}

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Route {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** `/api/v1/sites/{siteId}/articles/{id}` */
  path: string;
  pathParams: string[];
  query: { name: string; schema: Schema }[];
  headers: string[];
  /** The request body's media type and schema (refs resolved), if the operation takes one. */
  body: { mediaType: string; schema: Schema } | null;
  public: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The schema with every `$ref` and `allOf` replaced by what it stands for. */
export function resolveSchema(document: OpenApiDocument, schema: Schema, depth = 0): Schema {
  if (depth > 12) return {};
  if (schema.$ref) return resolveSchema(document, document.components.schemas[schema.$ref.split('/').pop()!], depth + 1);
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolveSchema(document, part, depth + 1));
    return parts.reduce<Schema>(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      {},
    );
  }
  const resolved: Schema = { ...schema };
  if (schema.items) resolved.items = resolveSchema(document, schema.items, depth + 1);
  if (schema.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [name, resolveSchema(document, property, depth + 1)]),
    );
  }
  return resolved;
}

/** Every operation of the document as a route. */
export function routesOf(document: OpenApiDocument): Route[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method): Route => {
      const operation = item[method];
      const parameters = operation.parameters ?? [];
      const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      return {
        operationId: operation.operationId,
        method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: resolveSchema(document, p.schema ?? {}) })),
        headers: parameters.filter((p) => p.in === 'header').map((p) => p.name),
        body: mediaType && media?.schema ? { mediaType, schema: resolveSchema(document, media.schema) } : null,
        public: !operation.security?.length,
      };
    }),
  );
}
