import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { Database, type TenantRepository } from '@zhanqun/shared';
import type { ListLettersQuery, ReplyLetterDto } from './dto/letters.dto';
import { Letter } from './letter.entity';
import { letterView, type LetterView } from './letter-views';

/** The site's handlers' side of 互动交流: read the letters of their site and answer them. */
@Injectable()
export class LettersService {
  private readonly letters: TenantRepository<Letter>;

  constructor(db: Database) {
    this.letters = db.tenant(Letter);
  }

  async list(query: ListLettersQuery): Promise<{ items: LetterView[]; total: number }> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.letters.findAndCount({
      where: { ...(query.status ? { status: query.status } : {}), ...(query.kind ? { kind: query.kind } : {}) },
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(letterView), total };
  }

  async get(id: number): Promise<LetterView> {
    return letterView(await this.find(id));
  }

  /** Answers once: a second reply (or two racing) gets 409, and the first one stands. */
  async reply(id: number, body: ReplyLetterDto, userId: number): Promise<LetterView> {
    const letter = await this.find(id);
    if (body.publish && !letter.publicConsent) throw new UnprocessableEntityException('写信人未同意公开,不能选登这封信');
    const replied = await this.letters.update(
      { id, status: 'received' },
      {
        status: 'replied',
        reply: body.reply.trim(),
        repliedBy: userId,
        repliedAt: () => 'CURRENT_TIMESTAMP(3)',
        published: Boolean(body.publish),
      },
    );
    if (!replied) throw new ConflictException('这封信已经答复过了');
    return letterView(await this.find(id));
  }

  private async find(id: number): Promise<Letter> {
    const letter = await this.letters.findOneBy({ id });
    if (!letter) throw new NotFoundException('信件不存在');
    return letter;
  }
}
