import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';
import { StandardsProfileDto } from './profile.dto';

/** A new profile version; with `version`, only if that is still the version in force. */
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
