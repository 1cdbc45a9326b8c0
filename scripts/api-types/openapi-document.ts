import { openInfrastructure } from '@zhanqun/platform';
import { createTestEnvironment } from '@zhanqun/testing';
import type { AddressInfo } from 'node:net';
import { createApi } from '../../apps/api/src/create-api';

/**
 * The OpenAPI document exactly as apps/api serves it at /api/docs-json, from a throw-away database
 * (the document does not depend on data, but the api needs a database to start).
 */
export async function fetchOpenApiDocument(): Promise<unknown> {
  const env = createTestEnvironment();
  const infrastructure = await openInfrastructure(env.config);
  const api = await createApi(env.config, infrastructure);
  try {
    await api.listen(0, '127.0.0.1');
    const { port } = api.getHttpServer().address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/docs-json`);
    if (!response.ok) throw new Error(`GET /api/docs-json answered ${response.status}`);
    return await response.json();
  } finally {
    await api.close();
    await infrastructure.close();
    await env.dispose();
  }
}
