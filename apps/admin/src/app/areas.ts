import type { ConsoleArea } from './console-area';
import { dashboardArea } from '../dashboard/routes';
import { columnsArea } from '../columns/routes';
import { articlesArea } from '../articles/routes';
import { mediaArea } from '../media/routes';
import { lettersArea } from '../letters/routes';
import { usersArea } from '../users/routes';
import { reviewsArea } from '../reviews/routes';
import { sitesArea } from '../sites/routes';
import { reviewChainsArea } from '../review-chains/routes';
import { standardsArea } from '../standards/routes';
import { templatesArea } from '../templates/routes';
import { sensitiveWordsArea } from '../sensitive-words/routes';
import { syndicationArea } from '../syndication/routes';
import { linksArea } from '../links/routes';
import { auditArea } from '../audit/routes';
import { publishRunsArea } from '../publish-runs/routes';

/** Every domain's screens; each folder owns its routes and menu entries. */
export const AREAS: ConsoleArea[] = [
  dashboardArea,
  columnsArea,
  articlesArea,
  mediaArea,
  lettersArea,
  usersArea,
  reviewsArea,
  sitesArea,
  reviewChainsArea,
  standardsArea,
  templatesArea,
  sensitiveWordsArea,
  syndicationArea,
  linksArea,
  auditArea,
  publishRunsArea,
];
