import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton } from 'antd';
import { useEffect, useState, type Key } from 'react';
import { useCurrentSite } from '../app/SiteScope';
import { hasSiteRole } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { useSiteChains } from '../review-chains/queries';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { ColumnPanel } from './ColumnPanel';
import { ColumnTree } from './ColumnTree';
import { flattenColumns } from './kinds';
import { NewColumnModal } from './NewColumnModal';
import { useColumnTree, type Column } from './queries';

/** The site's column tree (栏目管理): site admins add, edit, move and delete columns; editors look. */
export default function ColumnsPage() {
  const site = useCurrentSite();
  const { user } = useSession();
  const editable = hasSiteRole(user, site.id, ['site_admin']);
  const tree = useColumnTree(site.id);
  const chains = useSiteChains(site.id);
  const [selected, setSelected] = useState<number | null>(null);
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const [creating, setCreating] = useState<{ parent: Column | null } | null>(null);
  const columns = tree.data?.items ?? [];
  const all = flattenColumns(columns);
  const current = all.find((column) => column.id === selected) ?? null;

  // Every column is open at first; later the user's choice is kept.
  useEffect(() => {
    if (tree.data && expanded === null) setExpanded(flattenColumns(tree.data.items).map((column) => column.id));
  }, [tree.data, expanded]);

  if (tree.error) return <ErrorResult error={tree.error} onRetry={() => void tree.refetch()} />;

  return (
    <>
      <PageHeader
        title="栏目管理"
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({ parent: null })}>
              新建栏目
            </Button>
          )
        }
      />
      {editable && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="拖动栏目可调整顺序,或拖到其他栏目上成为其子栏目;也可选中栏目后用右侧的按钮移动。带锁图标的是门户中心规定的统一栏目,不可删除或移动。"
        />
      )}
      <Flex gap={16} align="flex-start" wrap>
        <Card size="small" style={{ flex: '1 1 480px', minWidth: 0 }}>
          {tree.isPending ? (
            <Skeleton active />
          ) : (
            <ColumnTree
              siteId={site.id}
              columns={columns}
              chains={chains.data}
              editable={editable}
              selected={selected}
              onSelect={setSelected}
              expanded={expanded ?? []}
              onExpand={setExpanded}
            />
          )}
        </Card>
        <div style={{ flex: '0 1 420px', minWidth: 0 }}>
          {current ? (
            <ColumnPanel
              siteId={site.id}
              column={current}
              tree={columns}
              chains={chains.data}
              editable={editable}
              onAddChild={(parent) => setCreating({ parent })}
              onDeleted={() => setSelected(null)}
            />
          ) : (
            <Card size="small">
              <Alert type="info" title="在左侧选择一个栏目,查看它的详情和审核流程" />
            </Card>
          )}
        </div>
      </Flex>
      <NewColumnModal
        siteId={site.id}
        parent={creating?.parent ?? null}
        open={creating !== null}
        onClose={() => setCreating(null)}
        onCreated={(column) => {
          setCreating(null);
          setSelected(column.id);
          if (column.parentId !== null) setExpanded([...new Set([...(expanded ?? []), column.parentId])]);
        }}
      />
    </>
  );
}
