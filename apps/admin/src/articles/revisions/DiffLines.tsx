const STYLE: Record<string, React.CSSProperties> = {
  '+': { background: '#f6ffed', color: '#135200' },
  '-': { background: '#fff1f0', color: '#a8071a' },
  '@': { color: '#8c8c8c' },
};

/** A unified diff (the API's), one colored line per change; the file header lines are left out. */
export function DiffLines({ diff }: { diff: string }) {
  const lines = diff.split('\n').filter((line) => !/^(={3,}|-{3} |\+{3} |Index:)/.test(line));
  if (!lines.some((line) => line.startsWith('+') || line.startsWith('-'))) return <p>两个版本内容相同。</p>;
  return (
    <pre aria-label="版本差异" style={{ fontSize: 13, lineHeight: 1.7, whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>
      {lines.map((line, index) => (
        <div key={index} style={STYLE[line[0]] ?? undefined}>
          {line || ' '}
        </div>
      ))}
    </pre>
  );
}
