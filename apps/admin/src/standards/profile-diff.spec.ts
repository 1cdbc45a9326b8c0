import { normalizeProfile, type Profile } from './profile';
import { profileDiff } from './profile-diff';

const BASE: Profile = {
  portalName: '示范县人民政府',
  identity: { showEmblem: true },
  style: { primaryColor: '#b5121b', accentColor: '#1f4e8c', textColor: '#222222', fontFamily: 'sans-serif', baseFontSize: 16 },
  styleVariants: [{ key: 'red', name: '中国红', primaryColor: '#b5121b', accentColor: '#1f4e8c' }],
  skeleton: {
    portal: [{ name: '政务动态', slug: 'zwdt', kind: 'list', children: [{ name: '工作动态', slug: 'gzdt', kind: 'list' }] }],
    department: [{ name: '政务动态', slug: 'zwdt', kind: 'list' }],
    township: [{ name: '政务动态', slug: 'zwdt', kind: 'list' }],
  },
  footer: {
    conacUrl: 'https://bszs.conac.cn/',
    errorReportPath: '/interaction/error-report',
    layout: [['sponsor', 'idCode', 'icp', 'psb']],
    defaults: {},
  },
  metadata: { descriptionChars: 120, extra: [] },
  serviceBar: { print: true, mailbox: true, errorReport: true, sitemap: true },
  allowedDomainSuffixes: ['.gov.cn'],
};

describe('profileDiff', () => {
  it('finds nothing when only empty optional values differ', () => {
    const draft: Profile = {
      ...BASE,
      style: { ...BASE.style, linkColor: '' },
      footer: { ...BASE.footer, defaults: { icp: '  ' } },
      skeleton: { ...BASE.skeleton, department: [{ name: '政务动态', slug: 'zwdt', kind: 'list', description: '', children: [] }] },
    };
    expect(profileDiff(normalizeProfile(BASE), normalizeProfile(draft))).toEqual([]);
  });

  it('names the standards a draft changes and shows the lines removed and added', () => {
    const draft = { ...BASE, style: { ...BASE.style, primaryColor: '#0a5c36' }, allowedDomainSuffixes: ['.gov.cn', '.test'] };
    const parts = profileDiff(BASE, draft);
    expect(parts.map((part) => part.label)).toEqual(['统一风格', '统一域名']);
    const style = parts[0].lines;
    expect(style.filter((line) => line.kind === 'removed').map((line) => line.text.trim())).toEqual(['"primaryColor": "#b5121b",']);
    expect(style.filter((line) => line.kind === 'added').map((line) => line.text.trim())).toEqual(['"primaryColor": "#0a5c36",']);
  });

  it('folds long unchanged runs, keeping two lines of context around a change', () => {
    const draft = { ...BASE, skeleton: { ...BASE.skeleton, township: [{ name: '镇务动态', slug: 'zwdt', kind: 'list' as const }] } };
    const [skeleton] = profileDiff(BASE, draft);
    expect(skeleton.label).toBe('统一栏目');
    const changed = skeleton.lines.findIndex((line) => line.kind === 'removed');
    expect(skeleton.lines[0]).toEqual({ kind: 'gap', text: expect.stringMatching(/^… \d+ 行未改动 …$/) });
    expect(skeleton.lines[1]).toMatchObject({ kind: 'hunk', path: ['skeleton', 'township', '「政务动态」'] });
    expect(skeleton.lines.slice(changed - 2, changed).every((line) => line.kind === 'same')).toBe(true);
    expect(skeleton.lines.filter((line) => line.kind === 'same').length).toBeLessThanOrEqual(4);
  });
});

describe('enclosingPath', () => {
  it('names the keys and list items around a change', () => {
    const draft = {
      ...BASE,
      skeleton: {
        ...BASE.skeleton,
        portal: [{ ...BASE.skeleton.portal[0], children: [{ name: '工作动态', slug: 'gzdt', kind: 'page' as const }] }],
      },
    };
    const [skeleton] = profileDiff(BASE, draft);
    expect(skeleton.lines.find((line) => line.kind === 'hunk')?.path).toEqual([
      'skeleton',
      'portal',
      '「政务动态」',
      'children',
      '「工作动态」',
    ]);
  });
});
