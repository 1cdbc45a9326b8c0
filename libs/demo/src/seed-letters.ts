import type { INestApplicationContext } from '@nestjs/common';
import { User } from '@zhanqun/auth';
import { CitizenLetters, LettersService } from '@zhanqun/interaction';
import { Database, runInTenant } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';

/** 领导信箱 in the demo: the education bureau answered one letter (shown in 信件选登) and has one waiting. */
export async function seedLetters(app: INestApplicationContext): Promise<void> {
  const db = app.get(Database);
  const site = await db.platform(Site).findOneByOrFail({ code: 'jyj' });
  const admin = await db.platform(User).findOneByOrFail({ username: 'jyj_admin' });
  const citizens = new CitizenLetters(db);
  const letter = (subject: string, body: string, name: string, publicConsent: boolean) => ({
    kind: 'mailbox' as const,
    name,
    phone: '13800000000',
    email: '',
    subject,
    body,
    errorType: '',
    pageUrl: '',
    publicConsent,
  });
  const answered = await citizens.submit(
    site.id,
    letter('建议增设东关村方向校车站点', '东关村到城关镇中心小学有三公里,孩子每天步行上学不便,希望增设校车站点。', '王建国', true),
    '127.0.0.1',
  );
  await citizens.submit(
    site.id,
    letter('咨询2027年小学一年级招生报名时间', '请问明年一年级新生何时报名,需要准备哪些材料?', '刘芳', false),
    '127.0.0.1',
  );
  await runInTenant({ siteId: site.id, userId: admin.id }, () =>
    app
      .get(LettersService)
      .reply(
        answered.id,
        { reply: '您好!经与城关镇中心小学研究,自下学期起校车增设东关村站点,具体时刻表将在学校公众号公布。感谢您的建议。', publish: true },
        admin.id,
      ),
  );
}
