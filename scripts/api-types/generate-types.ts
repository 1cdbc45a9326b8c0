import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Where the console's generated API types live (checked in; a test keeps them equal to the API). */
export const API_TYPES_FILE = resolve('apps/admin/src/api/schema.d.ts');

function cliPath(): string {
  const manifest = require.resolve('openapi-typescript/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['openapi-typescript']);
}

/** The console's TypeScript types for an OpenAPI document, as openapi-typescript writes them. */
export function generateApiTypes(document: unknown): string {
  const directory = mkdtempSync(join(tmpdir(), 'zq-openapi-'));
  try {
    const input = join(directory, 'openapi.json');
    const output = join(directory, 'schema.d.ts');
    writeFileSync(input, JSON.stringify(document));
    execFileSync(process.execPath, [cliPath(), input, '--output', output, '--root-types', '--alphabetize'], { stdio: 'pipe' });
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
