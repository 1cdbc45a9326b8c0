import { summarizeBody, targetOf } from './audit-summary';

describe('summarizeBody', () => {
  it('keeps short values, sizes long ones, and masks secrets at any depth', () => {
    const summary = summarizeBody({
      title: '通知',
      body: '长'.repeat(200),
      password: 'x',
      admin: { username: 'u1', initialPassword: 'p', pwd: 'q' },
      list: [{ apiToken: 't' }],
      columnId: 3,
    });
    expect(summary).toBe(
      'title="通知", body=(200 chars), password=***, admin={"username":"u1","initialPassword":"***","pwd":"***"}, list=[{"apiToken":"***"}], columnId=3',
    );
  });

  it('says nothing of bodies that are not objects', () => {
    expect([summarizeBody(null), summarizeBody('x'), summarizeBody([1])]).toEqual(['', '', '']);
  });
});

describe('targetOf', () => {
  it('names the target from the route, without the site', () => {
    expect(targetOf({ siteId: '3', id: '12', columnId: '5' })).toBe('id:12,column:5');
  });
});
