import type { components } from '../api/schema';

export type StandardsVersion = components['schemas']['StandardsProfileResponse'];
export type Profile = Omit<StandardsVersion, 'version'>;
export type SkeletonColumn = components['schemas']['SkeletonColumnDto'];
export type SiteKind = keyof Profile['skeleton'];
export type FooterItem = Profile['footer']['layout'][number][number];

/** The eight standards (八统一) as the editor's tabs, each with the profile's fields it holds. */
export const PARTS = [
  { key: 'identity', label: '统一标识', fields: ['portalName', 'identity'] },
  { key: 'style', label: '统一风格', fields: ['style', 'styleVariants'] },
  { key: 'footer', label: '统一页脚', fields: ['footer'] },
  { key: 'skeleton', label: '统一栏目', fields: ['skeleton'] },
  { key: 'metadata', label: '统一元数据', fields: ['metadata'] },
  { key: 'serviceBar', label: '统一服务', fields: ['serviceBar'] },
  { key: 'domains', label: '统一域名', fields: ['allowedDomainSuffixes'] },
] as const satisfies readonly { key: string; label: string; fields: readonly (keyof Profile)[] }[];

export type PartKey = (typeof PARTS)[number]['key'];

export const FOOTER_ITEMS: { value: FooterItem; label: string; required?: boolean }[] = [
  { value: 'sponsor', label: '主办单位', required: true },
  { value: 'organizer', label: '承办单位' },
  { value: 'contactPhone', label: '联系电话' },
  { value: 'contactAddress', label: '地址' },
  { value: 'idCode', label: '网站标识码', required: true },
  { value: 'icp', label: 'ICP备案号', required: true },
  { value: 'psb', label: '公安机关备案号', required: true },
];

export const SITE_KINDS: { value: SiteKind; label: string }[] = [
  { value: 'portal', label: '门户' },
  { value: 'department', label: '部门' },
  { value: 'township', label: '乡镇' },
];

export function profileOf({ version: _version, ...profile }: StandardsVersion): Profile {
  return profile;
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, part]) => part !== undefined && part !== null && part !== '' && !(Array.isArray(part) && !part.length),
    ),
  ) as T;
}

function column(node: SkeletonColumn): SkeletonColumn {
  return withoutEmpty({ ...node, description: node.description?.trim(), children: node.children?.map(column) });
}

/**
 * The profile as the API takes it, from the editor's values: optional colours, empty footer
 * defaults, descriptions and child lists left out, texts trimmed. Applied to both sides of a
 * diff, so only real changes show.
 */
export function normalizeProfile(values: Profile): Profile {
  const defaults = Object.fromEntries(
    Object.entries(values.footer.defaults)
      .map(([item, text]) => [item, typeof text === 'string' ? text.trim() : text])
      .filter(([, text]) => text),
  );
  return {
    ...values,
    portalName: values.portalName.trim(),
    style: withoutEmpty(values.style),
    styleVariants: values.styleVariants.map((variant) => withoutEmpty(variant)),
    footer: { ...values.footer, defaults },
    skeleton: {
      portal: values.skeleton.portal.map(column),
      department: values.skeleton.department.map(column),
      township: values.skeleton.township.map(column),
    },
    allowedDomainSuffixes: values.allowedDomainSuffixes.map((suffix) => suffix.trim()),
  };
}
