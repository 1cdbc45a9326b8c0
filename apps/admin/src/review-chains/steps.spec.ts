import { chainText, effectiveChain, type SiteChains } from './steps';

describe('review chains in words', () => {
  it('names the steps in order, or says there is no review', () => {
    expect(chainText(['leader', 'portal_reviewer', 'security_reviewer'])).toBe('本单位领导审核 → 两办审核 → 保密审查');
    expect(chainText([])).toBe('无需审核,提交即发布');
  });

  it("takes a column's own chain first, then the site's, then the platform default", () => {
    const chains: SiteChains = { platform: ['leader', 'portal_reviewer'], site: null, columns: [{ columnId: 7, steps: [] }] };
    expect(effectiveChain(chains, 7)).toEqual({ steps: [], source: 'column' });
    expect(effectiveChain(chains, 8)).toEqual({ steps: ['leader', 'portal_reviewer'], source: 'platform' });
    expect(effectiveChain({ ...chains, site: ['site_admin'] }, 8)).toEqual({ steps: ['site_admin'], source: 'site' });
  });
});
