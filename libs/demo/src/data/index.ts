import { gaj, jyj, nyncj, rsj, wjw, zjj } from './departments';
import { portal } from './portal';
import { cgz, smz } from './townships';
import type { DemoSite } from './types';

export type { DemoArticle, DemoSite } from './types';

/** The demo group 示范县: the portal first, then six departments and two townships. */
export const DEMO_GROUP: DemoSite[] = [portal, jyj, gaj, wjw, zjj, nyncj, rsj, cgz, smz];
