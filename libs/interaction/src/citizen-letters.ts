import { isDuplicateEntry } from '@zhanqun/shared';
import { DataSource } from 'typeorm';
import { Letter } from './letter.entity';
import type { LetterInput } from './letter-form';
import { newQueryCode, normalizeQueryCode } from './query-code';

/**
 * The citizens' side of 互动交流, for apps/site: write a letter, look it up by its query code,
 * read the replies the site chose to publish. Every call names the site it serves.
 */
export class CitizenLetters {
  constructor(private readonly dataSource: DataSource) {}

  async submit(siteId: number, input: LetterInput, ip: string): Promise<Letter> {
    const letters = this.dataSource.getRepository(Letter);
    for (let attempt = 0; ; attempt++) {
      try {
        return await letters.save(letters.create({ ...input, siteId, ip: ip.slice(0, 45), queryCode: newQueryCode() }));
      } catch (error) {
        // A code already taken (about one in 10^17): draw another.
        if (!isDuplicateEntry(error) || attempt >= 3) throw error;
      }
    }
  }

  /** The site's letter with this code; another site's code finds nothing. */
  async byCode(siteId: number, rawCode: string): Promise<Letter | null> {
    const code = normalizeQueryCode(rawCode);
    return code ? this.dataSource.getRepository(Letter).findOneBy({ siteId, queryCode: code }) : null;
  }

  /** 信件选登: replied letters the citizen allowed and the handler published, newest first. */
  published(siteId: number, page: number, pageSize: number): Promise<[Letter[], number]> {
    return this.dataSource.getRepository(Letter).findAndCount({
      where: { siteId, kind: 'mailbox', status: 'replied', published: true },
      order: { repliedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }
}
