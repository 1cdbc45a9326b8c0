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

export class CreateSiteUserDto {
  @ApiProperty({ example: 'jyj_editor' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_.-]{1,63}$/, { message: 'username 须为 2–64 位小写字母、数字或 _ . -' })
  username: string;

  @ApiProperty({ example: '教育局编辑' })
  @IsString()
  @IsNotEmpty({ message: 'displayName 不能为空' })
  @MaxLength(100)
  @Matches(PLAIN_TEXT, { message: 'displayName 不能包含 < > 或控制字符' })
  displayName: string;

  @ApiPropertyOptional({
    enum: ['party', 'government'],
    description: 'office of a portal-center reviewer: 党群 or 政府 (platform admins only)',
  })
  @IsOptional()
  @IsIn(['party', 'government'], { message: 'office 只能是 party 或 government' })
  office?: 'party' | 'government';

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
  @IsIn(ROLES, { message: `role 只能是 ${ROLES.join(', ')}` })
  role: Role;
}
