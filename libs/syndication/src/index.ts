export * from './syndication.entity';
export * from './syndication-rule.entity';
export * from './syndication-rates.entity';
export * from './remuneration';
export * from './syndications.service';
export * from './syndication.module';

import { SyndicationRates } from './syndication-rates.entity';
import { SyndicationRule } from './syndication-rule.entity';
import { Syndication } from './syndication.entity';
export const SYNDICATION_ENTITIES = [Syndication, SyndicationRule, SyndicationRates];
