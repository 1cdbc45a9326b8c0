import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of V8's `.cpuprofile` format the breakdown reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

interface Rule {
  part: string;
  matches: (frame: { functionName: string; url: string }) => boolean;
}

const inFile = (name: string) => (frame: { url: string }) => frame.url.includes(name);

/**
 * Where a sample's time goes: the innermost frame of its stack that a rule names decides
 * (a hash inside PageOutput counts as manifest work, SQL parsing as the database driver).
 */
const RULES: Rule[] = [
  { part: 'idle (waiting for I/O)', matches: (frame) => frame.functionName === '(idle)' },
  { part: 'garbage collection', matches: (frame) => frame.functionName === '(garbage collector)' },
  { part: 'start-up (loading modules)', matches: (frame) => frame.url.startsWith('node:internal/modules') },
  { part: 'render (Handlebars, views)', matches: (frame) => /handlebars|page-renderer|page-views|libs\/templating/.test(frame.url) },
  { part: 'write files', matches: inFile('site-files') },
  { part: 'encode, hash, manifest', matches: (frame) => /page-output|page-bytes/.test(frame.url) },
  { part: 'snapshot reads', matches: inFile('snapshot-loader') },
  { part: 'content reads', matches: (frame) => /site-content|live-media/.test(frame.url) },
  { part: 'SQL driver (mysql2, TypeORM)', matches: (frame) => /node_modules\/(mysql2|typeorm)/.test(frame.url) },
  { part: 'queue (BullMQ, ioredis)', matches: (frame) => /node_modules\/(bullmq|ioredis)/.test(frame.url) },
  { part: 'outbox relay and planning', matches: (frame) => /outbox|page-planner|publication-reactions|rebuild-runner/.test(frame.url) },
  { part: 'V8 and native (compile, I/O callbacks)', matches: (frame) => frame.functionName === '(program)' },
];

/** Milliseconds per part over every profile in `dir` (all worker processes of one phase). */
export function profileBreakdown(dir: string): { part: string; ms: number; share: number }[] {
  const totals = new Map<string, number>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const partOf = new Map<number, string>();
    const classify = (id: number): string => {
      const known = partOf.get(id);
      if (known) return known;
      let part = 'other';
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
        const rule = RULES.find((candidate) => candidate.matches(byId.get(at!)!.callFrame));
        if (rule) {
          part = rule.part;
          break;
        }
      }
      partOf.set(id, part);
      return part;
    };
    profile.samples.forEach((id, index) => {
      const part = classify(id);
      totals.set(part, (totals.get(part) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  const all = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
  return [...totals.entries()]
    .map(([part, ms]) => ({ part, ms: Math.round(ms), share: Math.round((ms / all) * 1000) / 10 }))
    .sort((a, b) => b.ms - a.ms);
}
