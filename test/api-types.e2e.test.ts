import { readFileSync } from 'node:fs';
import { fetchOpenApiDocument } from '../scripts/api-types/openapi-document';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/api-types/generate-types';

jest.setTimeout(120_000);

/** The console's API types are generated from the OpenAPI document: they cannot drift from the API. */
describe("the console's generated API types", () => {
  it('equal what the running API documents (else run `npm run api-types`)', async () => {
    const expected = generateApiTypes(await fetchOpenApiDocument());
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    if (committed !== expected) {
      throw new Error('apps/admin/src/api/schema.d.ts is out of date with the API: run `npm run api-types` and commit it');
    }
  });
});
