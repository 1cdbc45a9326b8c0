import { Button, Form, Select, Space } from 'antd';
import { ROLE_NAMES } from '../auth/roles';
import type { Role } from '../auth/session';
import { useSites } from '../sites/queries';
import type { Grant } from './queries';

export interface RoleSites {
  role?: Role;
  siteIds?: number[];
}

const ROLE_OPTIONS = (Object.keys(ROLE_NAMES) as Role[]).map((role) => ({ value: role, label: ROLE_NAMES[role] }));

/** The grants a role and sites choice means: platform_admin once, platform-wide; any other role on each site. */
export function grantsOf({ role, siteIds = [] }: RoleSites): Grant[] {
  if (!role) return [];
  return role === 'platform_admin' ? [{ siteId: null, role }] : siteIds.map((siteId) => ({ siteId, role }));
}

/** A role and the sites it is granted on (e.g. 两办审核 on every site); `required`: a role must be chosen. */
export function RoleSitesFields({ required }: { required: boolean }) {
  const form = Form.useFormInstance<RoleSites>();
  const role = Form.useWatch('role', form);
  const sites = useSites();
  const options = (sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }));

  return (
    <>
      <Form.Item label="角色" name="role" rules={required ? [{ required: true, message: '请选择角色' }] : []}>
        <Select allowClear={!required} options={ROLE_OPTIONS} placeholder={required ? '选择角色' : '可稍后授权'} />
      </Form.Item>
      {role && role !== 'platform_admin' && (
        <Form.Item label="站点" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="siteIds" noStyle rules={[{ required: true, message: '请选择至少一个站点' }]}>
              <Select<number[]>
                mode="multiple"
                aria-label="站点"
                loading={sites.isPending}
                options={options}
                placeholder="选择站点"
                showSearch={{ optionFilterProp: 'label' }}
                maxTagCount="responsive"
              />
            </Form.Item>
            <Button
              onClick={() =>
                form.setFieldValue(
                  'siteIds',
                  options.map((option) => option.value),
                )
              }
            >
              全部站点
            </Button>
          </Space.Compact>
        </Form.Item>
      )}
    </>
  );
}
