import { ApiProperty } from '@nestjs/swagger';
import { FooterDto, IdentityDto, MetadataDto, ServiceBarDto, SkeletonDto, StyleDto, StyleVariantDto } from './profile.dto';

/** A version of the standards profile (八统一), every part present. */
export class StandardsProfileResponse {
  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ description: 'The portal’s name shown in every identity header (统一标识)' })
  portalName: string;

  @ApiProperty({ type: IdentityDto })
  identity: IdentityDto;

  @ApiProperty({ type: StyleDto })
  style: StyleDto;

  @ApiProperty({ type: [StyleVariantDto], description: 'Approved variants units may choose from' })
  styleVariants: StyleVariantDto[];

  @ApiProperty({ type: SkeletonDto })
  skeleton: SkeletonDto;

  @ApiProperty({ type: FooterDto })
  footer: FooterDto;

  @ApiProperty({ type: MetadataDto })
  metadata: MetadataDto;

  @ApiProperty({ type: ServiceBarDto })
  serviceBar: ServiceBarDto;

  @ApiProperty({ type: [String], description: 'Suffixes a site domain may end with (统一域名)' })
  allowedDomainSuffixes: string[];
}

export class StandardsSavedResponse {
  @ApiProperty({ type: 'integer', description: 'The new version, now in force' })
  version: number;

  @ApiProperty({ format: 'uuid', description: 'The rebuild of every site under the new version' })
  runId: string;
}

export class StandardsRollbackResponse extends StandardsSavedResponse {
  @ApiProperty({ type: 'integer', description: 'The version restored' })
  restoredFrom: number;
}

export class StandardsVersionResponse {
  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ type: 'integer', nullable: true })
  createdBy: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The version this one restored, for a rollback' })
  restoredFrom: number | null;
}

export class StandardsHistoryResponse {
  @ApiProperty({ type: [StandardsVersionResponse], description: 'Newest first' })
  items: StandardsVersionResponse[];
}
