import { ApiProperty } from '@nestjs/swagger';
import { GOV_LINK_GROUPS, type GovLinkGroup } from '../gov-link.entity';

export class GovLinkResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ example: '中国政府网' })
  name: string;

  @ApiProperty({ example: 'https://www.gov.cn/' })
  url: string;

  @ApiProperty({ enum: GOV_LINK_GROUPS, description: 'higher: 上级政府网站; sibling: 本级政府网站' })
  group: GovLinkGroup;

  @ApiProperty({ type: 'integer', description: 'ascending within the group' })
  sort: number;
}

export class GovLinkListResponse {
  @ApiProperty({ type: [GovLinkResponse], description: 'By group, then sort' })
  items: GovLinkResponse[];
}
