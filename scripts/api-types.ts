import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { runMain } from '@zhanqun/platform';
import { fetchOpenApiDocument } from './api-types/openapi-document';
import { API_TYPES_FILE, generateApiTypes } from './api-types/generate-types';

/** `npm run api-types`: regenerates the console's API types from the api's OpenAPI document. */
runMain('api-types', async () => {
  const types = generateApiTypes(await fetchOpenApiDocument());
  writeFileSync(API_TYPES_FILE, types);
  console.log(`[api-types] wrote ${relative(process.cwd(), API_TYPES_FILE)}`);
});
