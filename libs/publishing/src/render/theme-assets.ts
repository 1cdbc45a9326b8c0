import { join } from 'node:path';
import { DEFAULT_THEME_DIR } from '@zhanqun/templating';

/** The theme's static assets (css, js, emblems): files, shared by every site and every template version. */
export const THEME_ASSETS_DIR = join(DEFAULT_THEME_DIR, 'assets');
