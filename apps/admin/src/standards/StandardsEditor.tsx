import { Alert, App, Badge, Button, Card, Col, Drawer, Flex, Form, Row, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/errors';
import { ProblemsError } from '../templates/problems';
import { PreviewPane, type PreviewTarget } from '../templates/PreviewPane';
import { useDebounced } from '../templates/use-debounced';
import { useLeaveGuard } from '../templates/use-leave-guard';
import { DomainFields, IdentityFields, MetadataFields, ServiceBarFields } from './BasicParts';
import { FooterFields } from './FooterFields';
import { normalizeProfile, PARTS, profileOf, type PartKey, type Profile, type StandardsVersion } from './profile';
import { profileDiff } from './profile-diff';
import { profileProblems, type ProfileProblems } from './profile-problems';
import { ProfileDiffView } from './ProfileDiffView';
import { previewStandards, useSaveStandards } from './queries';
import { SkeletonFields } from './SkeletonFields';
import { StyleFields } from './StyleFields';

const PART_FIELDS: Record<PartKey, () => React.ReactNode> = {
  identity: IdentityFields,
  style: StyleFields,
  footer: FooterFields,
  skeleton: SkeletonFields,
  metadata: MetadataFields,
  serviceBar: ServiceBarFields,
  domains: DomainFields,
};

function partOfField(name: (string | number)[]): PartKey | 'other' {
  return PARTS.find((part) => (part.fields as readonly (string | number)[]).includes(name[0]))?.key ?? 'other';
}

interface Props {
  /** The version the draft starts from (the one in force when it was loaded). */
  base: StandardsVersion;
  onSaved: (result: { version: number; runId: string }) => void;
  /** Discard the draft and load the version in force now. */
  onReload: () => void;
}

/**
 * The standards profile (八统一) as a form, one tab per standard, with a live preview of a page
 * under the draft beside it, the changes against the version it started from, and saving.
 */
export function StandardsEditor({ base, onSaved, onReload }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Profile>();
  const initial = useMemo(() => normalizeProfile(profileOf(base)), [base]);
  const values = Form.useWatch([], { form, preserve: true }) as Profile | undefined;
  const draft = useMemo(() => (values ? normalizeProfile(values) : initial), [values, initial]);
  const changes = useMemo(() => profileDiff(initial, draft), [initial, draft]);
  const previewed = useDebounced(draft, 700);
  const [showChanges, setShowChanges] = useState(false);
  const [problems, setProblems] = useState<ProfileProblems['byPart']>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const save = useSaveStandards();
  useLeaveGuard(changes.length > 0 && !save.isSuccess);

  const render = useMemo(() => (target: PreviewTarget) => previewStandards({ ...target, profile: previewed }), [previewed]);

  async function confirmSave() {
    try {
      await form.validateFields();
    } catch (invalid) {
      const fields = (invalid as { errorFields?: { name: (string | number)[]; errors: string[] }[] }).errorFields ?? [];
      const byPart: ProfileProblems['byPart'] = {};
      for (const field of fields) (byPart[partOfField(field.name)] ??= []).push(...field.errors);
      setProblems(byPart);
      message.error('请先改正标出的错误');
      return;
    }
    modal.confirm({
      title: `保存为第 ${base.version + 1} 版并重建全部站点?`,
      content: `修改的标准:${changes.map((part) => part.label).join('、')}。保存后立即生效,站群所有站点的页面将按新标准重新生成。`,
      okText: '保存并重建',
      cancelText: '取消',
      onOk: submit,
    });
  }

  async function submit() {
    setProblems({});
    setConflict(null);
    try {
      const result = await save.mutateAsync({ ...draft, version: base.version });
      message.success(`第 ${result.version} 版已生效,正在重建全部站点`);
      onSaved(result);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) setConflict(error.message);
      else if (error.status === 400 || error.status === 422) {
        const sorted = profileProblems(error instanceof ProblemsError ? (error.problems as string[]) : [], error.message);
        form.setFields(sorted.fields as Parameters<typeof form.setFields>[0]);
        setProblems(sorted.byPart);
      } else message.error(error.message);
    }
  }

  const problemList = Object.entries(problems).flatMap(([part, texts]) =>
    texts!.map((text) => `${PARTS.find((candidate) => candidate.key === part)?.label ?? '其他'}:${text}`),
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={{ flex: '0 0 540px' }}>
        <Card>
          <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">
              基于第 {base.version} 版 · {changes.length ? `${changes.length} 项标准有修改` : '没有修改'}
            </Typography.Text>
            <Space wrap>
              <Button disabled={!changes.length} onClick={() => setShowChanges(true)}>
                查看修改
              </Button>
              <Button
                disabled={!changes.length}
                onClick={() => {
                  form.resetFields();
                  setProblems({});
                }}
              >
                放弃修改
              </Button>
              <Button type="primary" disabled={!changes.length} loading={save.isPending} onClick={() => void confirmSave()}>
                保存并重建
              </Button>
            </Space>
          </Flex>
          {conflict && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={conflict}
              description="您的修改没有保存。载入最新版本后可重新修改。"
              action={
                <Button size="small" onClick={onReload}>
                  载入最新版本
                </Button>
              }
            />
          )}
          {problemList.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title="标准有误,未保存"
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {problemList.map((text, index) => (
                    <li key={index}>{text}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
            <Tabs
              tabPlacement="start"
              items={PARTS.map((part) => {
                const Fields = PART_FIELDS[part.key];
                return {
                  key: part.key,
                  label: <Badge dot={!!problems[part.key]?.length}>{part.label}</Badge>,
                  forceRender: true,
                  children: <Fields />,
                };
              })}
            />
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={{ flex: '1 1 0' }} style={{ minWidth: 0 }}>
        <Card title="预览" size="small" style={{ position: 'sticky', top: 16 }}>
          <PreviewPane draftKey={['standards', previewed]} render={render} height={620} />
        </Card>
      </Col>
      <Drawer title={`与第 ${base.version} 版(现行)相比的修改`} open={showChanges} onClose={() => setShowChanges(false)} size={640}>
        <ProfileDiffView parts={changes} />
      </Drawer>
    </Row>
  );
}
