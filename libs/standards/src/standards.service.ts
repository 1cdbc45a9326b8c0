import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_PROFILE, type StandardsProfile } from './standards-profile';
import { StandardsProfileVersion } from './standards-profile.entity';

/** Reads the standards profile in force; installs version 1 (the default) on first start. */
@Injectable()
export class StandardsService {
  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<{ version: number; profile: StandardsProfile }> {
    const repository = this.dataSource.getRepository(StandardsProfileVersion);
    const [latest] = await repository.find({ order: { version: 'DESC' }, take: 1 });
    if (latest) return { version: latest.version, profile: latest.profile };
    await repository.createQueryBuilder().insert().orIgnore().values({ version: 1, profile: DEFAULT_PROFILE, createdBy: null }).execute();
    return { version: 1, profile: DEFAULT_PROFILE };
  }
}
