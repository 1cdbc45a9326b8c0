import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class LogoutQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: end every session of the account (退出所有设备)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'everywhere 只能是 true 或 false' })
  everywhere?: 'true' | 'false';
}
