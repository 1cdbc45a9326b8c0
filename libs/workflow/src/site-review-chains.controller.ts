import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseSiteId } from '@zhanqun/auth';
import { ColumnsService, type ColumnNode } from '@zhanqun/content';
import { ApiErrors, ApiIdParam } from '@zhanqun/shared';
import { SiteReviewChainsResponse } from './dto/review.response';
import { ReviewChainsService } from './review-chains.service';

function flatten(nodes: ColumnNode[]): ColumnNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The chains in force on a site, readable by its staff (the columns screen shows each column's). */
@ApiTags('review')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller('sites/:siteId/review-chains')
export class SiteReviewChainsController {
  constructor(
    private readonly chains: ReviewChainsService,
    private readonly columns: ColumnsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The platform default, the site’s own chain and its columns’ own chains',
    description: 'A column’s chain applies to it, else the site’s, else the platform default. Anyone with a role on the site.',
  })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: SiteReviewChainsResponse })
  async overview(@Param('siteId') raw: string): Promise<SiteReviewChainsResponse> {
    const siteId = parseSiteId(raw);
    const [platform, site, own, tree] = await Promise.all([
      this.chains.platformDefault(),
      this.chains.get(siteId, null),
      this.chains.columnChains(siteId),
      this.columns.tree(),
    ]);
    const byId = new Map(flatten(tree.items).map((column) => [column.id, column]));
    // A deleted column's chain is left behind; it no longer applies to anything.
    const columns = own
      .filter((chain) => byId.has(chain.columnId))
      .map((chain) => ({ ...chain, columnName: byId.get(chain.columnId)!.name, columnPath: byId.get(chain.columnId)!.path }));
    return { platform, site, columns };
  }
}
