import { Card, Descriptions, Flex, Typography } from 'antd';
import { CATEGORY_NAMES, KIND_NAMES } from './names';
import type { NewSite, StandardsProfile } from './queries';
import { SkeletonTree } from './SkeletonTree';

const FOOTER_LABELS: [keyof NewSite, string][] = [
  ['sponsor', '主办单位'],
  ['organizer', '承办单位'],
  ['contactPhone', '联系电话'],
  ['contactAddress', '联系地址'],
  ['idCode', '网站标识码'],
  ['orgCode', '统一社会信用代码'],
  ['icp', 'ICP 备案号'],
  ['psb', '公安机关备案号'],
];

/** The last step: what will be opened — fields, domains, the standard columns and the admin. */
export function WizardConfirm({
  site,
  primaryHost,
  profile,
}: {
  site: NewSite;
  primaryHost: string;
  profile: StandardsProfile | undefined;
}) {
  const defaults = profile?.footer.defaults as Record<string, string | undefined> | undefined;
  return (
    <Flex vertical gap={16}>
      <Descriptions
        title="站点信息"
        bordered
        size="small"
        column={2}
        items={[
          { key: 'name', label: '站点名称', children: site.name },
          { key: 'code', label: '站点代码', children: site.code },
          { key: 'kind', label: '类型', children: KIND_NAMES[site.kind] },
          { key: 'category', label: '类别', children: CATEGORY_NAMES[site.category ?? 'government'] },
          ...FOOTER_LABELS.map(([key, label]) => ({
            key,
            label,
            children: (site[key] as string | undefined) || (defaults?.[key] ? `(默认)${defaults[key]}` : '—'),
          })),
          { key: 'admin', label: '站点管理员', children: `${site.admin.displayName}(${site.admin.username})`, span: 2 },
        ]}
      />
      <Flex gap={16} align="flex-start" wrap>
        <Card size="small" title="将获得的域名" style={{ flex: '1 1 320px' }}>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            <li>
              <Typography.Text strong>主域名:</Typography.Text>
              {primaryHost}
            </li>
            {(site.aliases ?? []).map((host) => (
              <li key={host}>
                <Typography.Text type="secondary">别名(访问时跳转到主域名):</Typography.Text>
                {host}
              </li>
            ))}
          </ul>
        </Card>
        <Card size="small" title={`统一栏目(${KIND_NAMES[site.kind]}网站标准栏目,开设后自动创建)`} style={{ flex: '2 1 420px' }}>
          {profile ? <SkeletonTree columns={profile.skeleton[site.kind]} /> : null}
        </Card>
      </Flex>
    </Flex>
  );
}
