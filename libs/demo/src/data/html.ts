/**
 * Builders for demo article bodies. They emit only the tags the demo content uses:
 * <p>, <h3>, <ul>/<li> and <table> with <tr>/<th>/<td>.
 */

/** Concatenates body fragments. */
export function doc(...parts: string[]): string {
  return parts.join('');
}

/** One <p> per text. */
export function p(...texts: string[]): string {
  return texts.map((text) => `<p>${text}</p>`).join('');
}

/** A section heading. */
export function h3(text: string): string {
  return `<h3>${text}</h3>`;
}

/** A bulleted list. */
export function ul(items: string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** A table: one header row of <th>, then one <tr> of <td> per row. */
export function table(head: string[], rows: string[][]): string {
  const header = `<tr>${head.map((cell) => `<th>${cell}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table>${header}${body}</table>`;
}

/** 领导信息: 职务, 姓名, 工作分工. */
export function leaders(rows: [string, string, string][]): string {
  return table(['职务', '姓名', '工作分工'], rows);
}

export interface ServiceGuide {
  /** 事项简介. */
  intro?: string;
  /** 设定依据. */
  basis?: string;
  /** 办理条件. */
  conditions: string[];
  /** 申请材料. */
  materials: string[];
  /** 办理流程. */
  steps: string[];
  /** 办理时限. */
  limit: string;
  /** 收费标准; 不收费 when left out. */
  fee?: string;
  /** 办理地点 (and hours). */
  place: string;
  /** 咨询电话. */
  phone: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A 办事指南 in the usual numbered sections. */
export function serviceGuide(guide: ServiceGuide): string {
  const sections: [string, string][] = [];
  if (guide.intro) sections.push(['事项简介', p(guide.intro)]);
  if (guide.basis) sections.push(['设定依据', p(guide.basis)]);
  sections.push(
    ['办理条件', ul(guide.conditions)],
    ['申请材料', ul(guide.materials)],
    ['办理流程', ul(guide.steps)],
    ['办理时限', p(guide.limit)],
    ['收费标准', p(guide.fee ?? '不收费。')],
    ['办理地点', p(guide.place)],
    ['咨询电话', p(guide.phone)],
  );
  return sections.map(([heading, content], index) => h3(`${NUMERALS[index]}、${heading}`) + content).join('');
}
