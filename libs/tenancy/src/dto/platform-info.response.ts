import { ApiProperty } from '@nestjs/swagger';

/** Where the group's sites live (统一域名), for the console. */
export class PlatformInfoResponse {
  @ApiProperty({ example: 'zhanqun.localhost', description: 'The portal is at `www.<it>`, every other site at `<code>.<it>`' })
  platformDomain: string;

  @ApiProperty({ type: 'integer', nullable: true, example: 8080, description: 'Port of the citizens’ sites in their URLs (null: 80)' })
  publicPort: number | null;
}
