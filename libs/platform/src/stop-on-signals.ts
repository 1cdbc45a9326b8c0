/** Ends the process cleanly on Ctrl-C or a stop request: `close` first, then exit 0. */
export function stopOnSignals(close: () => Promise<void>): void {
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
