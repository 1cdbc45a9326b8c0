import { ApiProperty } from '@nestjs/swagger';
import { SiteResponse } from '@zhanqun/tenancy';

export class SiteAdminCredentialsResponse {
  @ApiProperty()
  username: string;

  @ApiProperty({ description: 'One-time password of the site admin, to be changed at first login; never shown again' })
  initialPassword: string;
}

/** A newly opened site, with its admin's credentials. */
export class ProvisionedSiteResponse extends SiteResponse {
  @ApiProperty({ type: SiteAdminCredentialsResponse })
  admin: SiteAdminCredentialsResponse;
}
