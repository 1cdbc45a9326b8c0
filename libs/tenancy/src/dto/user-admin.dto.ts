import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import { ROLES, type Role } from '@zhanqun/auth';
import { AcceptsReadBack, PageQuery, PageResponse } from '@zhanqun/shared';
import { NewAccountDto, OFFICE_DOC, OFFICE_RULE, OFFICES, ROLE_RULE, type Office } from './user.dto';

/** `GET /sites/:siteId/users`: `q` matches part of the username or display name. */
export class ListSiteUsersQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'part of the username or display name', maxLength: 64 })
  @IsOptional()
  @IsString({ message: 'q 必须是字符串' })
  @MaxLength(64, { message: 'q 最长 64 个字符' })
  q?: string;
}

/** `GET /platform/users`: `role` and `siteId` together mean that role on that site. */
export class ListPlatformUsersQuery extends ListSiteUsersQuery {
  @ApiPropertyOptional({ enum: ROLES, description: 'only accounts holding this role' })
  @IsOptional()
  @IsIn(ROLES, ROLE_RULE)
  role?: Role;

  @ApiPropertyOptional({ description: 'only accounts holding a role on this site', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'siteId 必须是正整数' })
  @Min(1, { message: 'siteId 必须是正整数' })
  @Max(4294967295, { message: 'siteId 必须是正整数' })
  siteId?: number;
}

export class AccountGrantDto {
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'the site of the role; omitted (or null) for platform_admin' })
  @IsOptional()
  @IsInt({ message: 'roles[].siteId 必须是正整数' })
  @Min(1, { message: 'roles[].siteId 必须是正整数' })
  @Max(4294967295, { message: 'roles[].siteId 必须是正整数' })
  siteId?: number | null;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `roles[].role 只能是 ${ROLES.join(', ')}` })
  role: Role;
}

/** `POST /platform/users`: a portal-center account, optionally with roles. */
export class CreatePlatformUserDto extends NewAccountDto {
  @ApiPropertyOptional({ type: [AccountGrantDto], description: 'platform_admin without siteId; every other role on a site' })
  @IsOptional()
  @IsArray({ message: 'roles 必须是数组' })
  @ArrayMaxSize(50, { message: 'roles 最多 50 项' })
  @ValidateNested({ each: true })
  @Type(() => AccountGrantDto)
  roles?: AccountGrantDto[];
}

/** The account fields both user lists show. */
class AccountView {
  @ApiProperty()
  id: number;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ ...OFFICE_DOC, nullable: true, type: 'string' })
  office: Office | null;

  @ApiProperty({ description: '停用: cannot sign in until enabled again' })
  disabled: boolean;

  @ApiProperty({ description: 'true until the account replaces its initial password' })
  mustChangePassword: boolean;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'locked after failed logins until then' })
  lockedUntil: Date | null;
}

/** An account as the site's own administrators see it: only its roles on this site. */
export class SiteUserView extends AccountView {
  @ApiProperty({ enum: ROLES, isArray: true, description: 'its roles on this site' })
  roles: Role[];
}

export class SiteUserPage extends PageResponse {
  @ApiProperty({ type: [SiteUserView] })
  items: SiteUserView[];
}

export class AccountGrantView {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null for platform_admin' })
  siteId: number | null;

  @ApiProperty({ type: 'string', nullable: true })
  siteName: string | null;

  @ApiProperty({ enum: ROLES })
  role: Role;
}

/** An account as the portal center sees it: every grant. */
export class PlatformUserView extends AccountView {
  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: [AccountGrantView] })
  grants: AccountGrantView[];
}

/** `PATCH /platform/users/:userId`: `office: null` clears the office. */
@AcceptsReadBack(PlatformUserView)
export class UpdatePlatformUserDto extends PartialType(PickType(NewAccountDto, ['displayName'] as const)) {
  @ApiPropertyOptional({ ...OFFICE_DOC, nullable: true })
  @IsOptional()
  @IsIn(OFFICES, OFFICE_RULE)
  office?: Office | null;
}

export class PlatformUserPage extends PageResponse {
  @ApiProperty({ type: [PlatformUserView] })
  items: PlatformUserView[];
}

export class CreatedAccountView {
  @ApiProperty()
  id: number;

  @ApiProperty()
  username: string;

  @ApiProperty({ description: 'shown once; the account must change it at first login' })
  initialPassword: string;
}

export class InitialPasswordView extends PickType(CreatedAccountView, ['initialPassword'] as const) {}
