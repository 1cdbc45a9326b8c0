import {
  COLUMN_MAX_DEPTH,
  COLUMN_PATH_MAX_LENGTH,
  FOOTER_ITEM_NAMES,
  FOOTER_ITEMS,
  REQUIRED_FOOTER_ITEMS,
  type SkeletonColumn,
  type StandardsProfile,
} from './standards-profile';

const MAX_COLOURS = 3;

function distinctColours(...colours: (string | undefined)[]): number {
  return new Set(colours.filter(Boolean).map((colour) => colour!.toLowerCase())).size;
}

function skeletonProblems(kind: string, columns: SkeletonColumn[], path = ''): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    const full = `${path}${column.slug}`;
    if (seen.has(column.slug)) problems.push(`skeleton.${kind} 中 ${full} 重复`);
    seen.add(column.slug);
    if (full.split('/').length > COLUMN_MAX_DEPTH) {
      problems.push(`skeleton.${kind} 中 ${full} 超过 ${COLUMN_MAX_DEPTH} 级`);
      continue;
    }
    if (full.length > COLUMN_PATH_MAX_LENGTH) problems.push(`skeleton.${kind} 中 ${full} 的路径超过 ${COLUMN_PATH_MAX_LENGTH} 个字符`);
    if (column.children?.length) problems.push(...skeletonProblems(kind, column.children, `${path}${column.slug}/`));
  }
  return problems;
}

/**
 * The rules of a whole profile that field validation cannot see: the colour budget of 统一风格,
 * a footer layout that shows every required item exactly once, unique column slugs, a 10-character
 * 标识码. Returns every problem, in words the portal center can act on.
 */
export function profileProblems(profile: StandardsProfile): string[] {
  const problems: string[] = [];
  const { style, styleVariants, footer } = profile;
  if (distinctColours(style.primaryColor, style.accentColor, style.textColor, style.linkColor) > MAX_COLOURS) {
    problems.push('style 的颜色超过 3 种(linkColor 须取主色、辅色或文字色之一)');
  }
  const keys = new Set<string>();
  for (const variant of styleVariants) {
    if (keys.has(variant.key)) problems.push(`styleVariants 的 key「${variant.key}」重复`);
    keys.add(variant.key);
    if (distinctColours(variant.primaryColor, variant.accentColor, style.textColor, variant.linkColor ?? style.linkColor) > MAX_COLOURS) {
      problems.push(`风格「${variant.name}」的颜色超过 3 种`);
    }
  }
  const placed = footer.layout.flat();
  if (placed.length > FOOTER_ITEMS.length * 2) {
    problems.push(`footer.layout 的项目太多(最多 ${FOOTER_ITEMS.length} 项,每项一次)`);
    return problems;
  }
  for (const item of placed) {
    if (typeof item !== 'string') problems.push('footer.layout 的每一项都必须是页脚项目名称(文本)');
    else if (!(FOOTER_ITEMS as readonly string[]).includes(item))
      problems.push(`footer.layout 中的「${item}」不是页脚项目(可用:${FOOTER_ITEMS.join('、')})`);
  }
  if (placed.some((item) => typeof item !== 'string')) return problems;
  for (const item of REQUIRED_FOOTER_ITEMS) {
    if (!placed.includes(item)) problems.push(`footer.layout 缺少必备项目「${FOOTER_ITEM_NAMES[item]}」(${item})`);
  }
  const repeated = placed.filter((item, index) => placed.indexOf(item) !== index);
  if (repeated.length) problems.push(`footer.layout 中的项目重复:${[...new Set(repeated)].join('、')}`);
  for (const [item, value] of Object.entries(footer.defaults)) {
    if (!(FOOTER_ITEMS as readonly string[]).includes(item)) problems.push(`footer.defaults 中的「${item}」不是页脚项目`);
    else if (typeof value !== 'string' || value.length > 100) problems.push(`footer.defaults.${item} 必须是不超过 100 个字符的文本`);
  }
  const idCode = footer.defaults.idCode;
  if (idCode !== undefined && idCode !== '' && !/^[0-9A-Za-z]{10}$/.test(idCode)) {
    problems.push('footer.defaults.idCode(政府网站标识码)必须是 10 位字母或数字');
  }
  for (const [kind, columns] of Object.entries(profile.skeleton)) problems.push(...skeletonProblems(kind, columns));
  return problems;
}
