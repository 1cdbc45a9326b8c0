import { cgz } from './cgz';
import { gaj } from './gaj';
import { jyj } from './jyj';
import { nyncj } from './nyncj';
import { portal } from './portal';
import { rsj } from './rsj';
import { smz } from './smz';
import type { DemoSite } from './types';
import { wjw } from './wjw';
import { zjj } from './zjj';

export type { DemoArticle, DemoSite } from './types';

/** The demo group 示范县: the portal first, then six departments and two townships. */
export const DEMO_GROUP: DemoSite[] = [portal, jyj, gaj, wjw, zjj, nyncj, rsj, cgz, smz];
