/** Citizens' and handlers' text: shown as plain text with its line breaks, never as HTML. */
export function PlainText({ text }: { text: string }) {
  return <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</div>;
}
