// xml-js comes with `feed`; its sax parser is strict, so parsing proves well-formedness.
import { xml2js } from 'xml-js';
import { rssXml } from './rss-xml';

/** A CDATA section containing `]]>` is split in two; readers join them. */
const joined = (cdata: string | string[]) => [cdata].flat().join('');

const channel = { title: '某县人民政府 & <门户>', origin: 'http://www.example.gov.cn', description: '最新信息', copyright: '© 2026' };

describe('rssXml', () => {
  it('writes a well-formed RSS 2.0 channel with every item field', () => {
    const xml = rssXml(channel, [
      {
        title: '关于<script>alert(1)</script>的通知 ]]> 😀',
        link: 'http://www.example.gov.cn/zwdt/202611/t20261125_7.html',
        publishedAt: new Date('2026-11-25T02:00:00Z'),
        summary: '摘要 & <b>加粗</b>\u0001',
        source: '县教育局 & 办公室',
      },
    ]);
    const doc = xml2js(xml, { compact: true }) as any;
    const item = doc.rss.channel.item;
    expect(joined(item.title._cdata)).toBe('关于<script>alert(1)</script>的通知 ]]> 😀');
    expect(joined(item.description._cdata)).toBe('摘要 &amp; &lt;b&gt;加粗&lt;/b&gt;');
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<link>http://www.example.gov.cn/zwdt/202611/t20261125_7.html</link>');
    expect(xml).toContain('<pubDate>Wed, 25 Nov 2026 02:00:00 GMT</pubDate>');
    expect(xml).toContain('<source url="http://www.example.gov.cn/rss.xml">县教育局 &amp; 办公室</source>');
    expect(xml).toContain('😀');
    expect(xml).not.toContain('\u0001');
  });

  it('is valid with no items', () => {
    expect((xml2js(rssXml(channel, []), { compact: true }) as any).rss.channel.title._text).toBe('某县人民政府 & <门户>');
  });
});
