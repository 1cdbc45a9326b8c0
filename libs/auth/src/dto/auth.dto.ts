import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString({ message: 'username 必须是字符串' })
  @IsNotEmpty({ message: 'username 不能为空' })
  @MaxLength(64)
  username: string;

  @ApiProperty()
  @IsString({ message: 'password 必须是字符串' })
  @IsNotEmpty({ message: 'password 不能为空' })
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString({ message: 'refreshToken 必须是字符串' })
  @IsNotEmpty({ message: 'refreshToken 不能为空' })
  @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'oldPassword 不能为空' })
  @MaxLength(128)
  oldPassword: string;

  @ApiProperty({ description: '8–128 characters with letters and digits' })
  @IsString()
  @IsNotEmpty({ message: 'newPassword 不能为空' })
  @MaxLength(128, { message: '新密码最长 128 个字符' })
  newPassword: string;
}
