import { ApiProperty } from '@nestjs/swagger';
import { ErrorResponse } from '@zhanqun/shared';

const UP_DOWN = ['up', 'down'];

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';

  @ApiProperty({ enum: UP_DOWN })
  database: 'up' | 'down';

  @ApiProperty({ enum: UP_DOWN })
  redis: 'up' | 'down';
}

/** The 503 of a failed check: the error shape with the state of each dependency. */
export class HealthDegradedResponse extends ErrorResponse {
  @ApiProperty({ enum: ['degraded'] })
  status: 'degraded';

  @ApiProperty({ enum: UP_DOWN })
  database: 'up' | 'down';

  @ApiProperty({ enum: UP_DOWN })
  redis: 'up' | 'down';
}
