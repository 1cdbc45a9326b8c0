import { AuditEntry } from '@zhanqun/audit';
import { AUTH_ENTITIES } from '@zhanqun/auth';
import { CONTENT_ENTITIES } from '@zhanqun/content';
import { Letter } from '@zhanqun/interaction';
import { GovLink } from '@zhanqun/links';
import { MEDIA_ENTITIES } from '@zhanqun/media';
import { PUBLISHING_ENTITIES } from '@zhanqun/publishing';
import { SEARCH_ENTITIES } from '@zhanqun/search';
import { SensitiveWord } from '@zhanqun/sensitive-words';
import { OutboxMessage } from '@zhanqun/shared';
import { StandardsProfileVersion } from '@zhanqun/standards';
import { SYNDICATION_ENTITIES } from '@zhanqun/syndication';
import { ThemeTemplate } from '@zhanqun/templating';
import { TENANCY_ENTITIES } from '@zhanqun/tenancy';
import { WORKFLOW_ENTITIES } from '@zhanqun/workflow';

/** Every entity of every domain library, for the DataSource of each app. */
export const ALL_ENTITIES: Function[] = [
  ...AUTH_ENTITIES,
  ...TENANCY_ENTITIES,
  ...CONTENT_ENTITIES,
  ...MEDIA_ENTITIES,
  ...PUBLISHING_ENTITIES,
  StandardsProfileVersion,
  SensitiveWord,
  AuditEntry,
  ThemeTemplate,
  GovLink,
  Letter,
  ...WORKFLOW_ENTITIES,
  ...SYNDICATION_ENTITIES,
  ...SEARCH_ENTITIES,
  OutboxMessage,
];
