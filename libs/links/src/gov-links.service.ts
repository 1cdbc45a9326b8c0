import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Database, PUBLISH_EVENTS, UnitOfWork, type PublishEvents } from '@zhanqun/shared';
import type { CreateGovLinkDto, UpdateGovLinkDto } from './dto/gov-link.dto';
import { GovLink } from './gov-link.entity';

/** More than fits in a footer; a bound keeps every page of the group small. */
const MAX_LINKS = 100;

export type GovLinkView = Pick<GovLink, 'id' | 'name' | 'url' | 'group' | 'sort'>;

const view = ({ id, name, url, group, sort }: GovLink): GovLinkView => ({ id, name, url, group, sort });

/** The 政府网站链接 block: every change re-renders the whole group, whose every page shows it. */
@Injectable()
export class GovLinksService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    @Inject(PUBLISH_EVENTS) private readonly publish: PublishEvents,
  ) {}

  private get repository() {
    return this.db.platform(GovLink);
  }

  async list(): Promise<GovLinkView[]> {
    const links = await this.repository.find({ order: { group: 'ASC', sort: 'ASC', id: 'ASC' } });
    return links.map(view);
  }

  create(fields: CreateGovLinkDto): Promise<GovLinkView> {
    return this.uow.run(async () => {
      if ((await this.repository.count()) >= MAX_LINKS) throw new BadRequestException(`政府网站链接最多 ${MAX_LINKS} 条`);
      const link = await this.repository.save(this.repository.create({ ...fields, sort: fields.sort ?? 0 }));
      await this.publish.groupChanged();
      return view(link);
    });
  }

  async update(id: number, fields: UpdateGovLinkDto): Promise<GovLinkView> {
    // Optional fields of a PATCH pass validation as null too; every field of a link is required.
    const cleared = Object.entries(fields).find(([, value]) => value === null);
    if (cleared) throw new BadRequestException(`${cleared[0]} 不能为空`);
    return this.uow.run(async () => {
      const link = await this.find(id);
      Object.assign(link, Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
      await this.repository.save(link);
      await this.publish.groupChanged();
      return view(link);
    });
  }

  remove(id: number): Promise<void> {
    return this.uow.run(async () => {
      await this.repository.remove(await this.find(id));
      await this.publish.groupChanged();
    });
  }

  private async find(id: number): Promise<GovLink> {
    const link = await this.repository.findOneBy({ id });
    if (!link) throw new NotFoundException('政府网站链接不存在');
    return link;
  }
}
