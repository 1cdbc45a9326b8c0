import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@zhanqun/auth';
import type { SiteCategory, SiteKind, SiteStatus } from '../site.entity';

/** A site as the API shows it. */
export class SiteResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ description: 'The site code: its sub-domain and the default prefix of 索引号' })
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ['portal', 'department', 'township'], enumName: 'SiteKind' })
  kind: SiteKind;

  @ApiProperty({ enum: ['party', 'government'], description: '党群 or 政府 unit' })
  category: SiteCategory;

  @ApiProperty({ enum: ['active', 'suspended'], enumName: 'SiteStatus' })
  status: SiteStatus;

  @ApiProperty({ description: '主办单位' })
  sponsor: string;

  @ApiProperty({ description: '承办单位' })
  organizer: string;

  @ApiProperty()
  contactPhone: string;

  @ApiProperty()
  contactAddress: string;

  @ApiProperty({ description: '政府网站标识码' })
  idCode: string;

  @ApiProperty({ description: '统一社会信用代码 (prefix of 索引号; the site code when empty)' })
  orgCode: string;

  @ApiProperty({ description: 'ICP备案号' })
  icp: string;

  @ApiProperty({ description: '公安机关备案号' })
  psb: string;

  @ApiProperty({ description: '本单位特色 banner text' })
  featureText: string;

  @ApiProperty({ description: "The approved style variant chosen ('' = the standard style)" })
  styleVariant: string;

  @ApiProperty({ type: String, nullable: true, example: 'jyj.example.gov.cn' })
  primaryDomain: string | null;

  @ApiProperty({ type: [String], description: 'Every host of the site, the primary first' })
  domains: string[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class SiteListResponse {
  @ApiProperty({ type: [SiteResponse] })
  items: SiteResponse[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

/** A user created on a site, with the one-time password to hand over (shown once). */
export class SiteUserResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles: Role[];

  @ApiProperty({ description: 'To be changed at first login; never shown again' })
  initialPassword: string;
}

export class SiteGrantResponse {
  @ApiProperty({ type: 'integer' })
  userId: number;

  @ApiProperty({ type: 'integer' })
  siteId: number;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;
}
