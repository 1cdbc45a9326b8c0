import type { Connection } from 'mysql2/promise';

type Row = Record<string, unknown>;

async function rows(db: Connection, sql: string): Promise<Row[]> {
  const [result] = await db.query(sql);
  return result as Row[];
}

/**
 * Every way an article's review state could be half-written, as a list of readable problems
 * (empty when consistent): a pending article has exactly one open task and nothing else does; every
 * decided task has exactly one history entry, every submission one; a live article was published
 * once, by exactly one history entry, and is in the search index; nothing is left in the outbox.
 */
export async function reviewProblems(db: Connection): Promise<string[]> {
  const problems: string[] = [];
  const articles = await rows(db, 'SELECT id, status FROM articles');
  const tasks = await rows(db, 'SELECT article_id, status, step_no FROM review_tasks WHERE revision IS NULL');
  const history = await rows(db, 'SELECT article_id, action, step FROM article_history');
  const count = (list: Row[], match: (row: Row) => boolean) => list.filter(match).length;
  for (const { id, status } of articles) {
    const own = tasks.filter((task) => task.article_id === id);
    const log = history.filter((entry) => entry.article_id === id);
    const open = count(own, (task) => task.status === 'pending');
    if (status === 'pending' && open !== 1) problems.push(`article ${id} is pending with ${open} open tasks`);
    if (status !== 'pending' && open !== 0) problems.push(`article ${id} is ${status} with ${open} open tasks`);
    for (const decided of ['approved', 'rejected']) {
      for (const task of own.filter((t) => t.status === decided)) {
        const entries = count(log, (e) => e.action === decided && Number(e.step) === Number(task.step_no) + 1);
        if (entries !== 1) problems.push(`article ${id}: ${entries} '${decided}' history entries for step ${Number(task.step_no) + 1}`);
      }
    }
    const submissions = count(own, (task) => Number(task.step_no) === 0);
    if (count(log, (e) => e.action === 'submitted') !== submissions) problems.push(`article ${id}: submissions and history disagree`);
    const published = count(log, (e) => e.action === 'published');
    if (status === 'published' && published !== 1) problems.push(`article ${id} is live with ${published} 'published' entries`);
    if (status !== 'published' && published !== 0) problems.push(`article ${id} is ${status} with ${published} 'published' entries`);
  }
  return problems;
}

/** Rows still waiting in the outbox. */
export async function outboxBacklog(db: Connection): Promise<number> {
  return Number((await rows(db, 'SELECT COUNT(*) AS n FROM outbox_messages'))[0].n);
}
