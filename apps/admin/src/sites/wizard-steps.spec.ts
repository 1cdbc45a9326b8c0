import { ApiError } from '../api/errors';
import { errorFields, stepOf } from './wizard-steps';

describe('the provisioning wizard puts the API’s refusals at their step', () => {
  it('sends a taken code to 基本信息 and a taken account name to 管理员', () => {
    const code = errorFields(new ApiError(409, '站点代码 jyj 已被使用'));
    expect(code).toEqual({ fields: [['code', '站点代码 jyj 已被使用']], rest: [] });
    expect(stepOf(code.fields[0][0])).toBe(0);
    const admin = errorFields(new ApiError(409, '用户名 jyj_admin 已存在'));
    expect(stepOf(admin.fields[0][0])).toBe(3);
  });

  it('sends domain problems to 域名 and field messages to their fields', () => {
    const result = errorFields(new ApiError(400, 'admin.username 须为 2–64 位小写字母; 别名 a_b 不是有效的域名; 出了别的问题'));
    expect(result.fields).toEqual([
      [['admin', 'username'], '须为 2–64 位小写字母'],
      ['aliasesText', '别名 a_b 不是有效的域名'],
    ]);
    expect(result.rest).toEqual(['出了别的问题']);
    expect(stepOf('aliasesText')).toBe(2);
    expect(stepOf('icp')).toBe(1);
  });
});
