import { cleanPastedHtml } from './paste-cleaning';

/** What Word puts on the clipboard, trimmed to the parts that matter. */
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span style='font-family:黑体;mso-ascii-font-family:"Times New Roman"'>关于做好冬季安全工作的通知<o:p></o:p></span></h1>
<p class=MsoNormal style='text-indent:28.0pt;mso-char-indent-count:2.0'><span lang=EN-US style='font-size:16.0pt'>各乡镇、<b>各部门</b>:<o:p></o:p></span></p>
<p class=MsoNormal><span><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span>加强巡查</span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>2.<span>&nbsp;</span></span><![endif]><span>落实责任</span></p>
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0'><td width=100 valign=top style='width:75pt;border:solid windowtext 1.0pt'><p class=MsoNormal><span>乡镇<o:p></o:p></span></p></td>
  <td colspan=2 style='mso-border-alt:solid'><p class=MsoNormal align=center style='text-align:center'><span>人数</span></p></td></tr>
</table>
<p class=MsoNormal align=right style='text-align:right'><font face="仿宋">县应急管理局</font></p>
<p class=MsoNormal><a href="https://www.gov.cn/" class=MsoHyperlink>中国政府网</a><a name="_Toc1"></a><a href="javascript:alert(1)">坏链接</a></p>
<p><img src="file:///C:/Users/a/image001.png" alt=x><v:shape id=x><v:imagedata src="image001.png"/></v:shape></p>
<!--EndFragment-->
</body></html>`;

describe('cleanPastedHtml', () => {
  const cleaned = cleanPastedHtml(WORD);

  it('drops Office markup: mso styles, o:p, conditional comments, Mso classes, font tags, spans', () => {
    expect(cleaned).not.toMatch(/mso-|MsoNormal|class=|<o:p|<v:|<font|<span|<!--|\[if|<style|<meta|lang=|width=|border=/i);
  });

  it('keeps headings (h1 as the article level below the title), paragraphs and bold', () => {
    expect(cleaned).toContain('<h2>关于做好冬季安全工作的通知</h2>');
    expect(cleaned).toContain('<p>各乡镇、<strong>各部门</strong>:</p>');
  });

  it('turns Word’s typed list markers into a real ordered list without the markers', () => {
    expect(cleaned).toContain('<ol><li><p>加强巡查</p></li><li><p>落实责任</p></li></ol>');
  });

  it('keeps tables with their spans and alignment, without Word’s sizes', () => {
    expect(cleaned).toContain(
      '<table><tbody><tr><td><p>乡镇</p></td><td colspan="2"><p style="text-align: center">人数</p></td></tr></tbody></table>',
    );
  });

  it('keeps right alignment (落款), safe links, and drops empty paragraphs, bad links and local pictures', () => {
    expect(cleaned).toContain('<p style="text-align: right">县应急管理局</p>');
    expect(cleaned).toContain('<a href="https://www.gov.cn/">中国政府网</a>坏链接');
    expect(cleaned).not.toContain('javascript:');
    expect(cleaned).not.toContain('<img');
    expect(cleaned).not.toMatch(/<p>\s*<\/p>/);
  });

  it('reads WPS’s styled spans as emphasis and bullet markers as an unordered list', () => {
    const wps =
      '<p style="mso-list:l1"><!--[if !supportLists]--><span>·</span><!--[endif]--><span style="font-weight:bold">要点</span></p>' +
      '<p><span style="font-style:italic;font-family:宋体">斜体</span>与<span style="font-size:12pt"></span>正文</p>';
    expect(cleanPastedHtml(wps)).toBe('<ul><li><p><strong>要点</strong></p></li></ul><p><em>斜体</em>与正文</p>');
  });

  it('leaves clean HTML as it is', () => {
    const html = '<h3>小标题</h3><ul><li><p>一</p></li></ul><p><a href="/zwdt/index.html" target="_blank">站内</a></p>';
    expect(cleanPastedHtml(html)).toBe(html);
  });
});
