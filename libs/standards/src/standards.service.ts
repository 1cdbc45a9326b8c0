import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { Database, isDuplicateEntry } from '@zhanqun/shared';
import { profileProblems } from './profile-rules';
import { completeProfile, DEFAULT_PROFILE, type StandardsProfile } from './standards-profile';
import { StandardsProfileVersion } from './standards-profile.entity';

export interface ProfileVersionSummary {
  version: number;
  createdBy: number | null;
  createdAt: Date;
  /** The version this one restored, for a rollback. */
  restoredFrom: number | null;
}

/** The standards profile in force, its history, new versions and rollbacks. */
@Injectable()
export class StandardsService {
  constructor(private readonly db: Database) {}

  private get repository() {
    return this.db.platform(StandardsProfileVersion);
  }

  /** The version in force; installs version 1 (the default) on first use. */
  async current(): Promise<{ version: number; profile: StandardsProfile }> {
    const [latest] = await this.repository.find({ order: { version: 'DESC' }, take: 1 });
    if (latest) return { version: latest.version, profile: completeProfile(latest.profile) };
    await this.repository
      .createQueryBuilder()
      .insert()
      .orIgnore()
      .values({ version: 1, profile: DEFAULT_PROFILE, createdBy: null })
      .execute();
    return { version: 1, profile: DEFAULT_PROFILE };
  }

  async history(): Promise<{ items: ProfileVersionSummary[] }> {
    await this.current();
    const rows = await this.repository.find({
      select: { version: true, createdBy: true, createdAt: true, restoredFrom: true },
      order: { version: 'DESC' },
    });
    return { items: rows.map(({ version, createdBy, createdAt, restoredFrom }) => ({ version, createdBy, createdAt, restoredFrom })) };
  }

  async version(version: number): Promise<{ version: number; profile: StandardsProfile }> {
    const row = await this.repository.findOneBy({ version });
    if (!row) throw new NotFoundException(`标准第 ${version} 版不存在`);
    return { version, profile: completeProfile(row.profile) };
  }

  /** The profile that `changes` (whole parts) would make of the version in force, validated. */
  async draft(changes: Partial<StandardsProfile>): Promise<StandardsProfile> {
    return (await this.drafted(changes)).draft;
  }

  private async drafted(changes: Partial<StandardsProfile>): Promise<{ base: number; draft: StandardsProfile }> {
    const { version, profile } = await this.current();
    const draft = completeProfile({ ...profile, ...stripUndefined(changes) });
    const problems = profileProblems(draft);
    if (problems.length) throw new UnprocessableEntityException({ message: `标准配置有误:${problems.join(';')}`, problems });
    return { base: version, draft };
  }

  /** `expected`: the version the changes were made from; refused (409) when another was saved since. */
  async save(changes: Partial<StandardsProfile>, actorId: number, expected?: number): Promise<number> {
    const { base, draft } = await this.drafted(changes);
    if (expected !== undefined && expected !== base) {
      throw new ConflictException(`标准已被他人修改(现行第 ${base} 版,您的修改基于第 ${expected} 版),请载入最新版本后再改`);
    }
    return this.append(base, draft, actorId, null);
  }

  /** Makes an earlier version the one in force again, as a new version. */
  async rollback(version: number, actorId: number): Promise<number> {
    const [{ profile }, current] = await Promise.all([this.version(version), this.current()]);
    return this.append(current.version, profile, actorId, version);
  }

  /**
   * Saves `profile` as the version after `base`, the one it was made from: if another change
   * landed since, the primary key refuses it (409) rather than silently dropping that change.
   */
  private async append(base: number, profile: StandardsProfile, actorId: number, restoredFrom: number | null): Promise<number> {
    try {
      await this.repository.insert({ version: base + 1, profile, createdBy: actorId, restoredFrom });
    } catch (error) {
      if (isDuplicateEntry(error)) {
        throw new ConflictException('标准刚被他人修改,请刷新后重试');
      }
      throw error;
    }
    return base + 1;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, part]) => part !== undefined)) as Partial<T>;
}
