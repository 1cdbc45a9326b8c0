import { createConnection } from 'mysql2/promise';
import { ConfigError } from '../config/app-config';

export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
}

function serverUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/';
  return url.toString().replace(/^mariadb:/, 'mysql:');
}

/** Explains an unreachable server in one line: which URL, and how to start it. */
export function databaseUnreachable(databaseUrl: string, cause: unknown): ConfigError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ConfigError(
    `Cannot reach MySQL/MariaDB at ${redact(databaseUrl)} (${reason}). ` +
      'Start it (e.g. `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`) or set DATABASE_URL.',
  );
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Creates the database named in DATABASE_URL if it is missing, with utf8mb4. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  let connection;
  try {
    connection = await createConnection({ uri: serverUrl(databaseUrl), connectTimeout: 5000 });
  } catch (error) {
    throw databaseUnreachable(databaseUrl, error);
  }
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const connection = await createConnection({ uri: serverUrl(databaseUrl) });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${databaseName(databaseUrl).replace(/`/g, '``')}\``);
  } finally {
    await connection.end();
  }
}
