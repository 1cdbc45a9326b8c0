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
 * statement, and a CRC of the checked columns for tables with excluded columns or with generated
 * columns (MariaDB's CHECKSUM TABLE of such a table changed once without any row changing, so
 * their rows are summed over the columns that hold data; the generated ones derive from those).
 */
export class DatabaseChecksum {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly whole: string[],
    private readonly summed: { table: string; expression: string }[],
  ) {}

  static async of(dataSource: DataSource): Promise<DatabaseChecksum> {
    const rows: { table: string; column: string; generated: string }[] = await dataSource.query(
      `SELECT TABLE_NAME AS \`table\`, COLUMN_NAME AS \`column\`, IS_GENERATED AS generated FROM information_schema.COLUMNS
       WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    );
    const tables = [...new Set(rows.map((row) => row.table))].filter((table) => !(table in EXCLUDED_TABLES));
    const checked = (table: string) =>
      rows.filter((row) => row.table === table && row.generated !== 'ALWAYS' && !(row.column in (EXCLUDED_COLUMNS[table] ?? {})));
    const isSummed = (table: string) => table in EXCLUDED_COLUMNS || rows.some((row) => row.table === table && row.generated === 'ALWAYS');
    const summed = tables.filter(isSummed).map((table) => {
      const row = `CRC32(CONCAT_WS(0x1f, ${checked(table)
        .map(({ column }) => `IFNULL(\`${column}\`, 0x00)`)
        .join(', ')}))`;
      return {
        table,
        expression: `SELECT '${table}' AS t, CONCAT(COUNT(*), '/', IFNULL(SUM(${row}), 0), '/', BIT_XOR(${row})) AS c FROM \`${table}\``,
      };
    });
    return new DatabaseChecksum(
      dataSource,
      tables.filter((table) => !isSummed(table)),
      summed,
    );
  }

  get tables(): string[] {
    return [...this.whole, ...this.summed.map((part) => part.table)].sort();
  }

  async take(): Promise<Checksums> {
    const checksums: Checksums = new Map();
    const whole: { Table: string; Checksum: string | number | null }[] = await this.dataSource.query(
      `CHECKSUM TABLE ${this.whole.map((table) => `\`${table}\``).join(', ')}`,
    );
    for (const row of whole) checksums.set(row.Table.split('.').pop()!, String(row.Checksum));
    const summed: { t: string; c: string }[] = await this.dataSource.query(this.summed.map((part) => part.expression).join(' UNION ALL '));
    for (const row of summed) checksums.set(row.t, row.c);
    return checksums;
  }

  /** The tables whose checksum differs. */
  static changed(before: Checksums, after: Checksums): string[] {
    return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
  }
}
