import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostTable, parseHostHeader, parseHostsFile } from './host-table';

describe('parseHostHeader', () => {
  it.each([
    ['jyj.zhanqun.test', 'jyj.zhanqun.test', ''],
    ['JYJ.Zhanqun.Test:8080', 'jyj.zhanqun.test', '8080'],
    ['www.gov.cn.', 'www.gov.cn', ''],
    ['www.gov.cn.:80', 'www.gov.cn', '80'],
    ['[::1]:8080', '[::1]', '8080'],
    ['[::1]', '[::1]', ''],
    ['host:abc', '', ''],
    ['host:', '', ''],
    ['host:123456', '', ''],
    ['', '', ''],
    [undefined, '', ''],
  ])('%j → %j port %j', (header, host, port) => {
    expect(parseHostHeader(header)).toEqual({ host, port });
  });
});

describe('parseHostsFile', () => {
  it('reads every domain, lower-cased', () => {
    const table = parseHostsFile(
      JSON.stringify({
        version: 1,
        hosts: {
          'JYJ.zhanqun.test': { code: 'jyj', status: 'active', primary: 'JYJ.zhanqun.test' },
          'edu.zhanqun.test': { code: 'jyj', status: 'active', primary: 'jyj.zhanqun.test' },
          'gaj.zhanqun.test': { code: 'gaj', status: 'suspended', primary: 'gaj.zhanqun.test' },
        },
      }),
    );
    expect(table.get('jyj.zhanqun.test')).toEqual({ code: 'jyj', status: 'active', primary: 'jyj.zhanqun.test' });
    expect(table.get('edu.zhanqun.test')?.primary).toBe('jyj.zhanqun.test');
    expect(table.get('gaj.zhanqun.test')?.status).toBe('suspended');
  });

  it('skips rows that could escape sites/ or are incomplete, keeping the others', () => {
    const table = parseHostsFile(
      JSON.stringify({
        version: 1,
        hosts: {
          'a.test': { code: '../..', status: 'active', primary: 'a.test' },
          'b.test': { code: 'x/y', status: 'active', primary: 'b.test' },
          'c.test': { code: 'ok', status: 'deleted', primary: 'c.test' },
          'd.test': { code: 'ok', status: 'active' },
          'e.test': null,
          'f.test': { code: 'ok', status: 'active', primary: 'f.test' },
        },
      }),
    );
    expect([...table.keys()]).toEqual(['f.test']);
  });

  it.each(['', '{', '[]', 'null', '{"hosts":{}}', '{"version":2,"hosts":{}}', '{"version":1}', '{"version":1,"hosts":[]}'])(
    'refuses %j',
    (text) => {
      expect(() => parseHostsFile(text)).toThrow();
    },
  );
});

describe('HostTable', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zq-hosts-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (text: string) => {
    writeFileSync(join(root, '.hosts.tmp'), text);
    renameSync(join(root, '.hosts.tmp'), join(root, 'hosts.json'));
  };
  const row = (code: string) => JSON.stringify({ version: 1, hosts: { 'a.test': { code, status: 'active', primary: 'a.test' } } });

  it('reloads on demand only when the file changed, and keeps the last good table', () => {
    write(row('one'));
    const invalid: string[] = [];
    const table = new HostTable(root, { pollMs: 60_000, onInvalid: (error) => invalid.push(error.message) });
    try {
      expect(table.lookup('a.test')?.code).toBe('one');
      write('not json');
      table.reload();
      table.reload();
      expect(invalid).toHaveLength(1); // told once per broken version
      expect(table.lookup('a.test')?.code).toBe('one');
      rmSync(join(root, 'hosts.json'));
      table.reload();
      expect(table.lookup('a.test')?.code).toBe('one');
      write(row('two'));
      table.reload();
      expect(table.lookup('a.test')?.code).toBe('two');
      expect(table.size).toBe(1);
    } finally {
      table.close();
    }
  });

  it('notices a rewrite by itself (watch or periodic stat)', async () => {
    write(row('one'));
    const table = new HostTable(root, { pollMs: 100 });
    try {
      write(row('two'));
      const deadline = Date.now() + 3000;
      while (table.lookup('a.test')?.code !== 'two' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(table.lookup('a.test')?.code).toBe('two');
    } finally {
      table.close();
    }
  });

  it('copes with a publish root that appears later', async () => {
    const later = join(root, 'later');
    const table = new HostTable(later, { pollMs: 50 });
    try {
      expect(table.size).toBe(0);
      mkdirSync(later);
      writeFileSync(join(later, 'hosts.json'), row('late'));
      const deadline = Date.now() + 3000;
      while (table.size === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(table.lookup('a.test')?.code).toBe('late');
    } finally {
      table.close();
    }
  });
});
