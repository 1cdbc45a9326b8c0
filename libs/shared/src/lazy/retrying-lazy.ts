/**
 * A value made on first use and kept, unless making it failed: then the next use tries again.
 * For connections and probes that must outlive a service being away when they are first needed.
 */
export class RetryingLazy<T> {
  private pending: Promise<T> | null = null;

  constructor(private readonly make: () => Promise<T>) {}

  get(): Promise<T> {
    this.pending ??= this.make().catch((error: unknown) => {
      this.pending = null;
      throw error;
    });
    return this.pending;
  }

  /** Forgets the value; returns what was kept or still being made, for the caller to close. */
  take(): Promise<T> | null {
    const pending = this.pending;
    this.pending = null;
    return pending;
  }
}
