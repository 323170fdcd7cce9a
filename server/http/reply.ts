import { foldVietnamese } from '../../common/vietnamese.ts';

/** The Office formats every export answers with. */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Content-Disposition of every export, with one naming pattern: what the file is, then whose or which period,
 * in Vietnamese words ("Sổ văn bản đến 2026", "Sổ thu nộp đảng phí Chi bộ Vụ Tổng hợp 2026"). Both names
 * (RFC 6266): an ASCII one every client understands ("so-van-ban-den-2026.xlsx") and the Vietnamese one as
 * filename* in UTF-8.
 */
export function attachment(name: string, extension: string): string {
  const ascii = foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'tai-lieu';
  const utf8 = encodeURIComponent(`${name}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${utf8}`;
}
