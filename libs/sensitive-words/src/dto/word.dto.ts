import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { pageQueryOf } from '@zhanqun/shared';

export class CreateWordDto {
  @ApiProperty({ example: '赌博' })
  @IsString({ message: 'word 必须是字符串' })
  @Matches(/\S/, { message: 'word 不能为空' })
  @MaxLength(100, { message: 'word 最长 100 个字符' })
  @Matches(/^[^\r\n\u0000-\u001f]*$/u, { message: 'word 不能包含换行或控制字符' })
  word: string;

  @ApiProperty({ enum: ['block', 'warn'], description: 'block: submission refused; warn: shown to reviewers' })
  @IsIn(['block', 'warn'], { message: 'level 只能是 block 或 warn' })
  level: 'block' | 'warn';
}

export class ImportWordsDto {
  @ApiProperty({ description: 'one word per line (UTF-8); blank lines and lines starting with # are skipped' })
  @IsString({ message: 'text 必须是字符串' })
  @MinLength(1, { message: 'text 不能为空' })
  @MaxLength(2_000_000, { message: '词表最大 2,000,000 个字符' })
  text: string;

  @ApiProperty({ enum: ['block', 'warn'] })
  @IsIn(['block', 'warn'], { message: 'level 只能是 block 或 warn' })
  level: 'block' | 'warn';
}

export class ListWordsQuery extends pageQueryOf(500) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['block', 'warn'] })
  @IsOptional()
  @IsIn(['block', 'warn'], { message: 'level 只能是 block 或 warn' })
  level?: 'block' | 'warn';
}
