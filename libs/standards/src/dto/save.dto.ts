import { ApiPropertyOptional } from '@nestjs/swagger';
import { AcceptsReadBack } from '@zhanqun/shared';
import { IsInt, IsOptional, Min } from 'class-validator';
import { StandardsProfileDto } from './profile.dto';
import { StandardsProfileResponse } from './profile.response';

/** A new profile version; with `version`, only if that is still the version in force. */
@AcceptsReadBack(StandardsProfileResponse)
export class StandardsSaveDto extends StandardsProfileDto {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'The version the draft was made from: 409 if another version was saved since (as GET returns it)',
  })
  @IsOptional()
  @IsInt({ message: 'version 必须是正整数' })
  @Min(1, { message: 'version 必须是正整数' })
  version?: number;
}
