import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/** The aliases `tsc` type-checks with must be the ones SWC compiles dist/ with, or `npm start` cannot load a library. */
describe('workspace', () => {
  const tsPaths: Record<string, string[]> = json('tsconfig.json').compilerOptions.paths;
  const swcPaths: Record<string, string[]> = json('.swcrc').jsc.paths;
  const normalise = (paths: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, target.replace(/^\.\//, '')]));

  it('compiles with the path aliases it type-checks with', () => {
    expect(normalise(swcPaths)).toEqual(normalise(tsPaths));
  });

  it('has an alias and an Nx project for every library', () => {
    for (const lib of readdirSync(join(root, 'libs'))) {
      expect(Object.keys(tsPaths)).toContain(`@zhanqun/${lib}`);
      expect(json(`libs/${lib}/project.json`).name).toBe(lib);
    }
  });
});
