/** Runs `run` once `delayMs` after the last `schedule`; `flush` runs a scheduled call now. */
export function debouncer<T>(delayMs: number, run: (value: T) => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const fire = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    run(value);
  };
  return {
    schedule(value: T): void {
      pending = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(fire, delayMs);
    },
    flush(): void {
      if (timer) clearTimeout(timer);
      fire();
    },
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
