import { NewAccountModal, type AccountNames } from './NewAccountModal';
import { OfficeField } from './OfficeField';
import { useCreatePlatformUser, type Office } from './queries';
import { grantsOf, RoleSitesFields, type RoleSites } from './RoleSitesFields';

interface Values extends AccountNames, RoleSites {
  office?: Office;
}

/** Creates a portal-center account (e.g. a 两办 reviewer with its office and sites); its password is shown once. */
export function CreatePlatformUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreatePlatformUser();
  return (
    <NewAccountModal<Values>
      title="新建门户中心账号"
      open={open}
      onClose={onClose}
      usernamePlaceholder="如 lb_zhang"
      fields={['office', 'roles']}
      create={({ role, siteIds, ...values }) => create.mutateAsync({ ...values, roles: grantsOf({ role, siteIds }) })}
      pending={create.isPending}
    >
      <RoleSitesFields required={false} />
      <OfficeField extra="两办审核人员只审核所属办公室(党群或政府)一类单位的稿件" />
    </NewAccountModal>
  );
}
