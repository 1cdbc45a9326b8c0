import { mkdir, mkdtemp, readdir, readlink, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHostLinks } from './host-links';
import type { HostsFile } from './hosts-writer';

const file = (count: number): HostsFile =>
  ({
    hosts: Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`s${i}.zhanqun.test`, { code: `s${i}`, primary: `s${i}.zhanqun.test`, status: 'active' }]),
    ),
  }) as unknown as HostsFile;

describe('writeHostLinks', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'zq-links-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('links every active primary domain to its site folder, even with several workers at once', async () => {
    await Promise.all(Array.from({ length: 6 }, () => writeHostLinks(root, file(40))));
    const names = (await readdir(join(root, 'hosts'))).sort();
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(names).toHaveLength(40);
    expect(await readlink(join(root, 'hosts', 's7.zhanqun.test'))).toBe(join('..', 'sites', 's7'));
  });

  it("leaves another worker's link on its way in (temp name, renamed next)", async () => {
    await mkdir(join(root, 'hosts'), { recursive: true });
    await symlink(join('..', 'sites', 's9'), join(root, 'hosts', '.0a1b2c3d4e5f.tmp'));
    await writeHostLinks(root, file(2));
    expect((await readdir(join(root, 'hosts'))).sort()).toEqual(['.0a1b2c3d4e5f.tmp', 's0.zhanqun.test', 's1.zhanqun.test']);
  });

  it('removes the links of sites that are gone', async () => {
    await writeHostLinks(root, file(3));
    await writeHostLinks(root, file(1));
    expect(await readdir(join(root, 'hosts'))).toEqual(['s0.zhanqun.test']);
  });
});
