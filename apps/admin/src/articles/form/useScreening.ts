import { useCallback, useEffect, useMemo, useState } from 'react';
import { debouncer } from '../autosave/debouncer';
import { articleApi, type WordHit } from '../queries';
import type { ArticleFormValues } from './form-values';

export interface Screening {
  blocked: WordHit[];
  warnings: WordHit[];
}

const NONE: Screening = { blocked: [], warnings: [] };
const SCREEN_DELAY_MS = 1500;

/**
 * The sensitive words in the draft, screened by the API as a submission would be: again shortly
 * after each change (so marks follow the text), and on demand before submitting.
 */
export function useScreening(siteId: number, enabled: boolean) {
  const [result, setResult] = useState<Screening>(NONE);
  const screenNow = useCallback(
    async (values: ArticleFormValues): Promise<Screening> => {
      const found = await articleApi.screen(siteId, values);
      setResult(found);
      return found;
    },
    [siteId],
  );
  const later = useMemo(
    () => debouncer<ArticleFormValues>(SCREEN_DELAY_MS, (values) => void screenNow(values).catch(() => undefined)),
    [screenNow],
  );
  useEffect(() => () => later.cancel(), [later]);
  const changed = useCallback((values: ArticleFormValues) => enabled && later.schedule(values), [enabled, later]);
  return { ...result, hits: useMemo(() => [...result.blocked, ...result.warnings], [result]), screenNow, changed, setResult };
}
