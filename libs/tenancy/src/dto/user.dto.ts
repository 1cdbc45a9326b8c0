import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { ROLES, type Role } from '@zhanqun/auth';
import { PLAIN_TEXT } from '@zhanqun/shared';

export const OFFICES = ['party', 'government'] as const;
export type Office = (typeof OFFICES)[number];

export const OFFICE_DOC = { enum: OFFICES, description: 'office of a portal-center reviewer: 党群 (party) or 政府 (government)' };
export const OFFICE_RULE = { message: 'office 只能是 party 或 government' };
export const ROLE_RULE = { message: `role 只能是 ${ROLES.join(', ')}` };

/** What a new account is created with, on a site or by the portal center: its names and a reviewer's office. */
export class NewAccountDto {
  @ApiProperty({ example: 'jyj_editor' })
  @IsString({ message: 'username 必须是字符串' })
  @Matches(/^[a-z0-9][a-z0-9_.-]{1,63}$/, { message: 'username 须为 2–64 位小写字母、数字或 _ . -' })
  username: string;

  @ApiProperty({ example: '教育局编辑' })
  @IsString({ message: 'displayName 必须是字符串' })
  @IsNotEmpty({ message: 'displayName 不能为空' })
  @MaxLength(100, { message: 'displayName 最长 100 个字符' })
  @Matches(PLAIN_TEXT, { message: 'displayName 不能包含 < > 或控制字符' })
  displayName: string;

  @ApiPropertyOptional({ ...OFFICE_DOC, description: `${OFFICE_DOC.description}; set by platform admins only` })
  @IsOptional()
  @IsIn(OFFICES, OFFICE_RULE)
  office?: Office;
}

export class CreateSiteUserDto extends NewAccountDto {
  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray({ message: 'roles 必须是数组' })
  @ArrayNotEmpty({ message: 'roles 至少包含一个角色' })
  @ArrayMaxSize(7)
  @IsIn(ROLES, { each: true, message: `roles 的取值只能是 ${ROLES.join(', ')}` })
  roles: Role[];
}

export class GrantDto {
  @ApiProperty()
  @IsInt({ message: 'userId 必须是整数' })
  @Min(1)
  userId: number;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, ROLE_RULE)
  role: Role;
}
