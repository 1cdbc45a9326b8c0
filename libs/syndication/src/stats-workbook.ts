import ExcelJS from 'exceljs';
import type { StatsReport, UnitStats } from './syndication-stats.service';

const COLUMNS: { header: string; key: keyof UnitStats | 'rate' | 'money'; width: number; numFmt?: string }[] = [
  { header: '报送单位', key: 'siteName', width: 28 },
  { header: '报送数', key: 'submitted', width: 10, numFmt: '0' },
  { header: '采用数', key: 'adopted', width: 10, numFmt: '0' },
  { header: '不采用数', key: 'declined', width: 10, numFmt: '0' },
  { header: '采用率(%)', key: 'rate', width: 12, numFmt: '0.0' },
  { header: '采用字数', key: 'chars', width: 12, numFmt: '0' },
  { header: '稿酬(元)', key: 'money', width: 14, numFmt: '0.00' },
];

function row(name: string, stats: Omit<UnitStats, 'siteId' | 'siteName'>) {
  return {
    siteName: name,
    submitted: stats.submitted,
    adopted: stats.adopted,
    declined: stats.declined,
    rate: Number(stats.adoptionRate),
    chars: stats.chars,
    money: stats.remunerationFen / 100,
  };
}

/** The statistics table as an xlsx workbook: Chinese headers, one row per unit, a totals row. */
export async function statsWorkbook(report: StatsReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '站群信息报送';
  const sheet = workbook.addWorksheet('信息报送统计', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(({ header, key, width, numFmt }) => ({ header, key, width, style: numFmt ? { numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const item of report.items) sheet.addRow(row(item.siteName, item));
  const totals = sheet.addRow(row('合计', report.totals));
  totals.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function statsFileName(report: StatsReport): string {
  return `信息报送统计_${report.from}_${report.to}.xlsx`;
}
