import { profileProblems } from './profile-problems';

describe('profileProblems', () => {
  it('puts a 422’s problems under their tabs, and under a field where there is one', () => {
    const result = profileProblems(
      [
        'footer.layout 缺少必备项目「网站标识码」(idCode)',
        'footer.defaults.idCode(政府网站标识码)必须是 10 位字母或数字',
        '风格「政务蓝」的颜色超过 3 种',
        'skeleton.department 中 zwdt 重复',
      ],
      '标准配置有误:…',
    );
    expect(result.byPart).toEqual({
      footer: ['footer.layout 缺少必备项目「网站标识码」(idCode)', 'footer.defaults.idCode(政府网站标识码)必须是 10 位字母或数字'],
      style: ['风格「政务蓝」的颜色超过 3 种'],
      skeleton: ['skeleton.department 中 zwdt 重复'],
    });
    expect(result.fields).toEqual([
      { name: ['footer', 'defaults', 'idCode'], errors: ['(政府网站标识码)必须是 10 位字母或数字'] },
      { name: ['skeleton', 'department'], errors: ['中 zwdt 重复'] },
    ]);
  });

  it('splits a 400’s message into its field errors', () => {
    const result = profileProblems(
      [],
      'style.primaryColor 必须是 #RRGGBB 形式的颜色; portalName 至少 2 个字符; 栏目名称不能为空; 未知问题',
    );
    expect(result.fields).toEqual([
      { name: ['style', 'primaryColor'], errors: ['必须是 #RRGGBB 形式的颜色'] },
      { name: ['portalName'], errors: ['至少 2 个字符'] },
    ]);
    expect(result.byPart).toEqual({
      style: ['style.primaryColor 必须是 #RRGGBB 形式的颜色'],
      identity: ['portalName 至少 2 个字符'],
      skeleton: ['栏目名称不能为空'],
      other: ['未知问题'],
    });
  });
});
