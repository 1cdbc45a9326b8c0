import { Empty, Typography } from 'antd';
import type { DiffLine, PartDiff } from './profile-diff';

/** What the JSON keys mean, shown beside the changed lines. */
const KEY_NAMES: Record<string, string> = {
  portalName: '门户名称',
  identity: '统一标识',
  style: '标准风格',
  skeleton: '栏目',
  footer: '页脚',
  metadata: '元数据',
  serviceBar: '服务工具',
  showEmblem: '显示国徽',
  primaryColor: '主色',
  accentColor: '辅色',
  textColor: '文字色',
  linkColor: '链接色',
  fontFamily: '字体',
  baseFontSize: '基准字号',
  styleVariants: '风格方案',
  key: '标识',
  name: '名称',
  slug: '目录名',
  kind: '类型',
  description: '描述',
  children: '子栏目',
  portal: '门户站点',
  department: '部门站点',
  township: '乡镇站点',
  conacUrl: '党政机关标识链接',
  errorReportPath: '找错入口',
  layout: '页脚布局',
  defaults: '默认值',
  sponsor: '主办单位',
  organizer: '承办单位',
  contactPhone: '联系电话',
  contactAddress: '地址',
  idCode: '网站标识码',
  icp: 'ICP备案号',
  psb: '公安机关备案号',
  descriptionChars: '自动摘要字数',
  extra: '附加 meta 标签',
  content: '内容',
  print: '打印',
  mailbox: '领导信箱',
  errorReport: '我要找错',
  sitemap: '网站地图',
  allowedDomainSuffixes: '允许的域名后缀',
};

const STYLE: Record<DiffLine['kind'], { background?: string; color?: string; mark: string }> = {
  added: { background: '#e6ffec', mark: '+' },
  removed: { background: '#ffebe9', mark: '−' },
  same: { mark: ' ' },
  gap: { color: '#999', mark: ' ' },
  hunk: { color: '#1f4e8c', mark: '@' },
};

/** Said by screen readers, where colour alone tells sighted users. */
const SCREEN_READER_ONLY: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' };

function Line({ line }: { line: DiffLine }) {
  if (line.kind === 'hunk') {
    return (
      <div style={{ color: STYLE.hunk.color, fontFamily: 'inherit' }}>@ {line.path!.map((key) => KEY_NAMES[key] ?? key).join(' › ')}</div>
    );
  }
  const key = /^\s*"(\w+)":/.exec(line.text)?.[1];
  const style = STYLE[line.kind];
  return (
    <div style={{ background: style.background, color: style.color, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      <span aria-hidden style={{ display: 'inline-block', width: 16, userSelect: 'none' }}>
        {style.mark}
      </span>
      {line.kind === 'added' && <span style={SCREEN_READER_ONLY}>新增:</span>}
      {line.kind === 'removed' && <span style={SCREEN_READER_ONLY}>删除:</span>}
      {line.text}
      {key && KEY_NAMES[key] && line.kind !== 'same' && <span style={{ color: '#8c8c8c' }}> // {KEY_NAMES[key]}</span>}
    </div>
  );
}

/** A draft's changes, one block per standard, lines removed (red) and added (green). */
export function ProfileDiffView({ parts, empty = '与现行版本相同,没有修改' }: { parts: PartDiff[]; empty?: string }) {
  if (!parts.length) return <Empty description={empty} />;
  return (
    <>
      {parts.map((part) => (
        <section key={part.key} aria-label={part.label} style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {part.label}
          </Typography.Title>
          <pre
            style={{
              fontSize: 12,
              lineHeight: 1.6,
              margin: 0,
              padding: 8,
              background: '#fafafa',
              border: '1px solid #f0f0f0',
              borderRadius: 4,
            }}
          >
            {part.lines.map((line, index) => (
              <Line key={index} line={line} />
            ))}
          </pre>
        </section>
      ))}
    </>
  );
}
