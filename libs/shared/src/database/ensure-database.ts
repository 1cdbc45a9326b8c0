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

/** `+08:00` for 480 minutes ahead of UTC, `Z` for none: the form mysql2's `timezone` takes. */
export function offsetName(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Creates the database named in DATABASE_URL if it is missing, with utf8mb4, and returns the
 * server's time zone offset: column defaults (`CURRENT_TIMESTAMP`) are in the server's zone, so
 * the driver must read and write dates in that zone too (a server on 北京时间 is `+08:00`).
 */
export async function ensureDatabase(databaseUrl: string): Promise<{ timezone: string }> {
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
    const [rows] = await connection.query('SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW()) AS minutes');
    return { timezone: offsetName(Number((rows as { minutes: number }[])[0].minutes)) };
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
