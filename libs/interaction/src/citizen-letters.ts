import { Database, isDuplicateEntry, runInTenant, type TenantRepository } from '@zhanqun/shared';
import { Letter } from './letter.entity';
import type { LetterInput } from './letter-form';
import { newQueryCode, normalizeQueryCode } from './query-code';

/**
 * The citizens' side of 互动交流, for apps/site: write a letter, look it up by its query code,
 * read the replies the site chose to publish. Every call names the site it serves.
 */
export class CitizenLetters {
  constructor(private readonly db: Database) {}

  /** Runs `work` on the letters of the site being served. */
  private ofSite<T>(siteId: number, work: (letters: TenantRepository<Letter>) => Promise<T>): Promise<T> {
    return runInTenant({ siteId }, () => work(this.db.tenant(Letter)));
  }

  submit(siteId: number, input: LetterInput, ip: string): Promise<Letter> {
    return this.ofSite(siteId, async (letters) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await letters.save(letters.create({ ...input, ip: ip.slice(0, 45), queryCode: newQueryCode() }));
        } catch (error) {
          // A code already taken (about one in 10^17): draw another.
          if (!isDuplicateEntry(error) || attempt >= 3) throw error;
        }
      }
    });
  }

  /** The site's letter with this code; another site's code finds nothing. */
  async byCode(siteId: number, rawCode: string): Promise<Letter | null> {
    const code = normalizeQueryCode(rawCode);
    return code ? this.ofSite(siteId, (letters) => letters.findOneBy({ queryCode: code })) : null;
  }

  /** 信件选登: replied letters the citizen allowed and the handler published, newest first. */
  published(siteId: number, page: number, pageSize: number): Promise<[Letter[], number]> {
    return this.ofSite(siteId, (letters) =>
      letters.findAndCount({
        where: { kind: 'mailbox', status: 'replied', published: true },
        order: { repliedAt: 'DESC', id: 'DESC' },
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
    );
  }
}
