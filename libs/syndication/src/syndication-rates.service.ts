import { Injectable } from '@nestjs/common';
import { Database } from '@zhanqun/shared';
import type { RatesDto } from './dto/syndication.dto';
import { fenOf, yuan, type RemunerationRates } from './remuneration';
import { SyndicationRates } from './syndication-rates.entity';

const ROW = 1;

/** The portal center's remuneration rates: one row, seeded by the migration. */
@Injectable()
export class SyndicationRatesService {
  constructor(private readonly db: Database) {}

  private get repository() {
    return this.db.platform(SyndicationRates);
  }

  async current(): Promise<RemunerationRates> {
    return this.repository.findOneByOrFail({ id: ROW });
  }

  async view() {
    const rates = await this.current();
    return {
      charsPerUnit: rates.charsPerUnit,
      pricePerUnit: yuan(rates.fenPerUnit),
      headlineBonus: yuan(rates.headlineBonusFen),
      majorBonus: yuan(rates.majorBonusFen),
      pictureBonus: yuan(rates.pictureBonusFen),
    };
  }

  async set(input: RatesDto) {
    await this.repository.save({
      id: ROW,
      charsPerUnit: input.charsPerUnit,
      fenPerUnit: fenOf(input.pricePerUnit),
      headlineBonusFen: fenOf(input.headlineBonus),
      majorBonusFen: fenOf(input.majorBonus),
      pictureBonusFen: fenOf(input.pictureBonus),
    });
    return this.view();
  }
}
