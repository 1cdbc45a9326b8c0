import { parsePatch } from 'diff';

export interface DiffRow {
  kind: 'added' | 'removed' | 'same' | 'gap';
  text: string;
}

const KINDS: Record<string, DiffRow['kind']> = { '+': 'added', '-': 'removed', ' ': 'same' };

/**
 * The lines of the API's unified diff as the review screen shows them: added, removed, unchanged
 * context, and a gap where unchanged lines were left out between two hunks.
 */
export function diffRows(patch: string): { rows: DiffRow[]; added: number; removed: number } {
  const rows: DiffRow[] = [];
  for (const file of parsePatch(patch)) {
    file.hunks.forEach((hunk, index) => {
      if (index > 0) rows.push({ kind: 'gap', text: '' });
      for (const line of hunk.lines) {
        const kind = KINDS[line[0]];
        // '\ No newline at end of file' is a marker, not a line of the article.
        if (kind) rows.push({ kind, text: line.slice(1) });
      }
    });
  }
  return {
    rows,
    added: rows.filter((row) => row.kind === 'added').length,
    removed: rows.filter((row) => row.kind === 'removed').length,
  };
}
