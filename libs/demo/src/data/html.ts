/** Paragraphs to article HTML. */
export function paragraphs(...texts: string[]): string {
  return texts.map((text) => `<p>${text}</p>`).join('');
}

/** A service guide (办事指南) in the usual sections. */
export function serviceGuide(guide: {
  basis: string;
  conditions: string[];
  materials: string[];
  steps: string[];
  limit: string;
  fee: string;
  phone: string;
  place: string;
}): string {
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  return [
    `<h3>一、设定依据</h3><p>${guide.basis}</p>`,
    `<h3>二、办理条件</h3>${list(guide.conditions)}`,
    `<h3>三、申请材料</h3>${list(guide.materials)}`,
    `<h3>四、办理流程</h3>${list(guide.steps)}`,
    `<h3>五、办理时限</h3><p>${guide.limit}</p>`,
    `<h3>六、收费标准</h3><p>${guide.fee}</p>`,
    `<h3>七、办理地点及咨询电话</h3><p>办理地点:${guide.place}。咨询电话:${guide.phone}。</p>`,
  ].join('');
}

/** Leaders (领导信息) as a table. */
export function leaders(rows: [string, string, string][]): string {
  return `<table><thead><tr><th scope="col">职务</th><th scope="col">姓名</th><th scope="col">分工</th></tr></thead><tbody>${rows
    .map(([title, name, duty]) => `<tr><td>${title}</td><td>${name}</td><td>${duty}</td></tr>`)
    .join('')}</tbody></table>`;
}
