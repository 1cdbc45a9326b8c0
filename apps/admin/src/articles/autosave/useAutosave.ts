import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleFormValues } from '../form/form-values';
import { debouncer } from './debouncer';
import { localDrafts } from './local-drafts';

export type AutosaveState =
  { status: 'idle' } | { status: 'pending' | 'saving' } | { status: 'saved' | 'local'; at: number } | { status: 'error'; message: string };

const LOCAL_DELAY_MS = 400;
const REMOTE_DELAY_MS = 3000;

/**
 * Keeps what is typed: every change goes to a local copy at once (debounced a little), and, when
 * `remote` (an existing draft), to the server a few seconds after typing stops. A local copy is
 * dropped only when the server holds the same values.
 */
export function useAutosave(
  siteId: number,
  articleId: number | null,
  remote: boolean,
  save: (values: ArticleFormValues) => Promise<unknown>,
) {
  const [state, setState] = useState<AutosaveState>({ status: 'idle' });
  const latest = useRef({ remote, save, changes: 0 });
  latest.current.remote = remote;
  latest.current.save = save;

  const local = useMemo(
    () =>
      debouncer<ArticleFormValues>(LOCAL_DELAY_MS, (values) => {
        localDrafts.save(siteId, articleId, values);
        if (!latest.current.remote) setState({ status: 'local', at: Date.now() });
      }),
    [siteId, articleId],
  );
  const server = useMemo(
    () =>
      debouncer<ArticleFormValues>(REMOTE_DELAY_MS, (values) => {
        const changes = latest.current.changes;
        setState({ status: 'saving' });
        latest.current.save(values).then(
          () => {
            if (latest.current.changes !== changes) return; // typed on meanwhile: the next save comes
            local.cancel();
            localDrafts.clear(siteId, articleId);
            setState({ status: 'saved', at: Date.now() });
          },
          (error: unknown) => setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
        );
      }),
    [siteId, articleId, local],
  );

  useEffect(() => {
    const keep = () => local.flush();
    window.addEventListener('pagehide', keep);
    return () => {
      window.removeEventListener('pagehide', keep);
      local.flush();
      server.cancel();
    };
  }, [local, server]);

  const changed = useCallback(
    (values: ArticleFormValues) => {
      latest.current.changes++;
      local.schedule(values);
      if (latest.current.remote) {
        server.schedule(values);
        setState({ status: 'pending' });
      }
    },
    [local, server],
  );

  /** After an explicit save: the server has everything, no copy or pending autosave is needed. */
  const settled = useCallback(() => {
    local.cancel();
    server.cancel();
    localDrafts.clear(siteId, articleId);
    setState({ status: 'saved', at: Date.now() });
  }, [local, server, siteId, articleId]);

  return { state, changed, settled };
}
