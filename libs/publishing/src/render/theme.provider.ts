import { DEFAULT_THEME_DIR, Theme } from '@zhanqun/templating';

/** The compiled default theme, loaded once per process (rendering must not touch the disk). */
export const THEME = Symbol('THEME');

export const themeProvider = { provide: THEME, useFactory: () => Theme.load(DEFAULT_THEME_DIR) };
