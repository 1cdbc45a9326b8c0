import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { busiestProfile, flameGraphPng } from './flame-graph';
import { profileBreakdown } from './profile-breakdown';

/** For each phase profiled under `dir`: a table of where the workers' time went, and a flame graph PNG. */
export async function reportProfiles(dir: string): Promise<void> {
  for (const phase of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const phaseDir = join(dir, phase.name);
    console.log(`\nWorker CPU by part, phase "${phase.name}" (all worker processes):`);
    console.table(profileBreakdown(phaseDir));
    const busiest = busiestProfile(phaseDir);
    if (!busiest || !existsSync('/usr/bin/chromium')) continue;
    const png = join(dir, `${phase.name}.png`);
    await flameGraphPng(busiest, png, `worker, ${phase.name}`);
    console.log(`  flame graph: ${png}`);
  }
}
