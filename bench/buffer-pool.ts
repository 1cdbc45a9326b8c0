import type { DataSource } from 'typeorm';

const GB = 1024 ** 3;

/**
 * Runs `work` with an InnoDB buffer pool of at least `gigabytes` (resized online, restored
 * after): the search index of a million articles must fit in memory, as it does on the compose
 * file's MySQL (`--innodb-buffer-pool-size=4G`); a development server's 128 MB default measures
 * the disk, not the search.
 */
export async function withBufferPool<T>(dataSource: DataSource, gigabytes: number, work: () => Promise<T>): Promise<T> {
  const [{ size }] = await dataSource.query('SELECT @@innodb_buffer_pool_size AS size');
  const before = Number(size);
  const wanted = gigabytes * GB;
  if (before >= wanted) return work();
  try {
    await dataSource.query(`SET GLOBAL innodb_buffer_pool_size = ${wanted}`);
    console.log(`  InnoDB buffer pool ${before / 1024 ** 2} MB → ${gigabytes} GB for the search benchmark (restored after)`);
  } catch (error) {
    console.log(`  InnoDB buffer pool stays at ${before / 1024 ** 2} MB (${(error as Error).message}); search figures measure the disk`);
    return work();
  }
  try {
    return await work();
  } finally {
    await dataSource.query(`SET GLOBAL innodb_buffer_pool_size = ${before}`);
  }
}
