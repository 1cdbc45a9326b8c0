import { ConfigError } from '@zhanqun/shared';

/**
 * Runs an app's main function; a configuration or connection problem ends the process with
 * one clear line instead of a stack trace.
 */
export function runMain(name: string, main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(`[${name}] ${error.message}`);
    } else {
      console.error(`[${name}] failed to start:`, error);
    }
    process.exit(1);
  });
}
