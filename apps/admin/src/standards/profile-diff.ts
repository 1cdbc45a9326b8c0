import { diffJson } from 'diff';
import { PARTS, type PartKey, type Profile } from './profile';

export interface DiffLine {
  kind: 'added' | 'removed' | 'same' | 'gap' | 'hunk';
  text: string;
  /** For a hunk: the keys (and 「names」 of list items) enclosing its first change. */
  path?: string[];
}

export interface PartDiff {
  key: PartKey;
  label: string;
  lines: DiffLine[];
}

/** Unchanged lines kept around each change; longer unchanged runs fold into one gap line. */
const CONTEXT = 2;

function partOf(profile: Profile, fields: readonly (keyof Profile)[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, profile[field]]));
}

const indentOf = (text: string) => text.length - text.trimStart().length;

/**
 * Where line `index` sits in the JSON: the keys of the objects and lists around it, and for an
 * item of a list the item's `name` (a column, a style), e.g. skeleton › department › 「机构概况」 › children.
 */
export function enclosingPath(lines: readonly DiffLine[], index: number): string[] {
  const path: string[] = [];
  let indent = indentOf(lines[index].text);
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const text = lines[i].text;
    if (lines[i].kind === 'added' || indentOf(text) >= indent) continue;
    indent = indentOf(text);
    const key = /^\s*"(\w+)": [[{]$/.exec(text)?.[1];
    if (key) path.unshift(key);
    else if (text.trim() === '{') {
      const name = lines.slice(i + 1).find((line) => indentOf(line.text) === indent + 2 && /^\s*"name": /.test(line.text));
      const value = name && /"name": "(.*)",?$/.exec(name.text)?.[1];
      if (value) path.unshift(`「${value}」`);
    }
  }
  return path;
}

function foldUnchanged(lines: DiffLine[]): DiffLine[] {
  const changed = (line: DiffLine) => line.kind === 'added' || line.kind === 'removed';
  const visible = lines.map((_, index) => lines.slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1).some(changed));
  const folded: DiffLine[] = [];
  for (let index = 0; index < lines.length;) {
    const start = index;
    while (index < lines.length && visible[index] === visible[start]) index++;
    if (!visible[start]) {
      folded.push({ kind: 'gap', text: `… ${index - start} 行未改动 …` });
      continue;
    }
    const first = lines.findIndex((line, i) => i >= start && changed(line));
    const path = enclosingPath(lines, first);
    if (path.length) folded.push({ kind: 'hunk', text: path.join(' › '), path });
    folded.push(...lines.slice(start, index));
  }
  return folded;
}

/** What a draft changes, per standard (八统一 part): JSON lines added and removed, with context. */
export function profileDiff(base: Profile, draft: Profile): PartDiff[] {
  return PARTS.flatMap((part) => {
    const changes = diffJson(partOf(base, part.fields), partOf(draft, part.fields));
    if (!changes.some((change) => change.added || change.removed)) return [];
    const lines = changes.flatMap((change) =>
      change.value
        .replace(/\n$/, '')
        .split('\n')
        .map((text): DiffLine => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text })),
    );
    return [{ key: part.key, label: part.label, lines: foldUnchanged(lines) }];
  });
}
