import type { DataSource } from 'typeorm';

/** Tables a refused request legitimately writes to, and why: left out of the checksum. */
export const EXCLUDED_TABLES: Record<string, string> = {
  audit_log: 'every state-changing request is audited with its outcome, refused ones included (docs/architecture.md)',
};

/** Columns a refused request legitimately writes to, and why: the rest of their table is checked. */
export const EXCLUDED_COLUMNS: Record<string, Record<string, string>> = {
  users: {
    failed_logins: 'a wrong password (login, password change) counts towards the lock-out',
    locked_until: 'the fifth wrong password in a row locks the account (423)',
    updated_at: 'follows the two above',
  },
};

/** Table → checksum of its rows. */
export type Checksums = Map<string, string>;

/**
 * A cheap fingerprint of every row of the database, table by table: `CHECKSUM TABLE` in one
 * statement, plus a CRC of the checked columns for tables with excluded columns.
 */
export class DatabaseChecksum {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly whole: string[],
    private readonly partial: { table: string; expression: string }[],
  ) {}

  static async of(dataSource: DataSource): Promise<DatabaseChecksum> {
    const rows: { table: string; column: string }[] = await dataSource.query(
      `SELECT TABLE_NAME AS \`table\`, COLUMN_NAME AS \`column\` FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    );
    const tables = [...new Set(rows.map((row) => row.table))].filter((table) => !(table in EXCLUDED_TABLES));
    const partial = tables
      .filter((table) => table in EXCLUDED_COLUMNS)
      .map((table) => {
        const columns = rows.filter((row) => row.table === table && !(row.column in EXCLUDED_COLUMNS[table])).map((row) => row.column);
        const row = `CRC32(CONCAT_WS(0x1f, ${columns.map((column) => `IFNULL(\`${column}\`, 0x00)`).join(', ')}))`;
        return { table, expression: `SELECT COUNT(*) AS n, SUM(${row}) AS s, BIT_XOR(${row}) AS x FROM \`${table}\`` };
      });
    const whole = tables.filter((table) => !(table in EXCLUDED_COLUMNS));
    return new DatabaseChecksum(dataSource, whole, partial);
  }

  get tables(): string[] {
    return [...this.whole, ...this.partial.map((part) => part.table)].sort();
  }

  async take(): Promise<Checksums> {
    const checksums: Checksums = new Map();
    const rows: { Table: string; Checksum: string | number | null }[] = await this.dataSource.query(
      `CHECKSUM TABLE ${this.whole.map((table) => `\`${table}\``).join(', ')}`,
    );
    for (const row of rows) checksums.set(row.Table.split('.').pop()!, String(row.Checksum));
    for (const { table, expression } of this.partial) {
      const [row] = await this.dataSource.query(expression);
      checksums.set(table, `${row.n}/${row.s}/${row.x}`);
    }
    return checksums;
  }

  /** The tables whose checksum differs. */
  static changed(before: Checksums, after: Checksums): string[] {
    return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
  }
}
