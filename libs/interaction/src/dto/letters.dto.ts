import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AcceptsReadBack, PageQuery } from '@zhanqun/shared';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LETTER_KINDS, LETTER_STATUSES, type LetterKind, type LetterStatus } from '../letter.entity';
import { LetterResponse } from './letters.response';

export class ListLettersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LETTER_STATUSES })
  @IsOptional()
  @IsIn(LETTER_STATUSES, { message: 'status 只能是 received 或 replied' })
  status?: LetterStatus;

  @ApiPropertyOptional({ enum: LETTER_KINDS })
  @IsOptional()
  @IsIn(LETTER_KINDS, { message: 'kind 只能是 mailbox 或 error_report' })
  kind?: LetterKind;
}

/** The letter as read may come back with its reply filled in; `publish` decides 信件选登. */
@AcceptsReadBack(LetterResponse)
export class ReplyLetterDto {
  @ApiProperty({ description: 'The reply the citizen reads with the query code (plain text, up to 5000 characters)' })
  @IsString({ message: 'reply 必须是字符串' })
  @Matches(/\S/, { message: '答复内容不能为空' })
  @MaxLength(5000, { message: '答复内容最长 5000 个字符' })
  reply: string;

  @ApiPropertyOptional({ default: false, description: 'Show letter and reply in 信件选登 (only if the citizen agreed)' })
  @IsOptional()
  @IsBoolean({ message: 'publish 必须是布尔值' })
  publish?: boolean;
}
