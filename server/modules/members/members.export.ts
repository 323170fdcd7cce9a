import type { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { inScope } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { scopesFor } from '../../lib/roles.ts';
import { type SheetColumn, streamSheet } from '../../lib/xlsx.ts';
import { appendAudit } from '../audit/index.ts';
import { type MemberFilter, type MemberRow, filteredMembers, listMembers } from './members.queries.ts';

/** The register as an Excel file (sổ đảng viên): a title row, Vietnamese headers, dates dd/mm/yyyy. */

const CHUNK = 1000;
export const EXPORT_MAX_ROWS = 100_000;

const STATUS_VI: Record<string, string> = {
  applicant: 'Quần chúng ưu tú (đang xét kết nạp)',
  probationary: 'Dự bị',
  official: 'Chính thức',
  exempt: 'Miễn sinh hoạt',
  temporarily_elsewhere: 'Sinh hoạt tạm thời nơi khác',
  transferred_out: 'Đã chuyển sinh hoạt chính thức',
  removed: 'Xóa tên',
  expelled: 'Khai trừ',
  left: 'Ra khỏi Đảng',
  deceased: 'Từ trần',
};

const vnDate = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');

export const EXPORT_COLUMNS: SheetColumn<MemberRow>[] = [
  { header: 'STT', width: 6, value: (_m, i) => i },
  { header: 'Họ và tên', width: 28, value: (m) => m.fullName },
  { header: 'Giới tính', width: 10, value: (m) => (m.gender === 'male' ? 'Nam' : m.gender === 'female' ? 'Nữ' : '') },
  { header: 'Ngày sinh', width: 12, value: (m) => vnDate(m.birthDate) },
  { header: 'Chi bộ', width: 32, value: (m) => m.cellName },
  { header: 'Trạng thái', width: 22, value: (m) => STATUS_VI[m.status] ?? m.status },
  { header: 'Số thẻ đảng viên', width: 16, value: (m) => m.partyCardNumber ?? '' },
  { header: 'Số CCCD', width: 16, value: (m) => m.citizenId ?? '' },
  { header: 'Số quyết định kết nạp', width: 18, value: (m) => m.admissionDecisionNumber ?? '' },
  { header: 'Ngày vào Đảng', width: 14, value: (m) => vnDate(m.admissionDecisionDate) },
  { header: 'Ngày kết nạp (lễ)', width: 14, value: (m) => vnDate(m.ceremonyDate) },
  { header: 'Ngày chính thức', width: 14, value: (m) => vnDate(m.officialRecognitionDate) },
  { header: 'Trình độ học vấn', width: 16, value: (m) => m.educationLevel ?? '' },
  { header: 'Lý luận chính trị', width: 16, value: (m) => m.politicalTheoryLevel ?? '' },
  { header: 'Nghề nghiệp', width: 20, value: (m) => m.occupation ?? '' },
  { header: 'Chức vụ', width: 24, value: (m) => m.position ?? '' },
];

/**
 * Every export of the register is logged before a row leaves (Decree 13/2023/NĐ-CP: who, what, why): the
 * reason, the filter, how many rows and how many of them with personal data unmasked. No reason, no export.
 */
export async function recordExport(ctx: Ctx, filter: MemberFilter, sort: string | undefined, reason: string | undefined) {
  const why = reason?.trim() ?? '';
  if (why === '') throw new AppError(400, 'member.export_reason_required');
  const me = ctx.actor.personId;
  const counts = await ctx.db
    .selectFrom(filteredMembers(ctx.db, ctx.actor, filter, todayInVietnam()).as('x'))
    .select([
      sql<number>`count(*)::integer`.as('rows'),
      sql<number>`(count(*) FILTER (WHERE ${inScope(ctx.actor, 'members.personal_data', sql.ref('x.cellPath'))}
        OR ${sql.ref('x.personId')} = ${me ?? null}::uuid))::integer`.as('unmasked'),
    ])
    .executeTakeFirstOrThrow();
  const scopes = scopesFor(ctx.actor, 'members.read');
  const cellPath = filter.cellId
    ? (await ctx.db.selectFrom('organizations').select('path').where('id', '=', filter.cellId).executeTakeFirst())?.path
    : undefined;
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, ctx, {
      action: 'member.export', entity: 'member_register', entityId: filter.cellId ?? 'all',
      scopePath: cellPath ?? (scopes.length === 1 ? scopes[0] : null),
      after: { reason: why, filter: { ...filter, sort: sort ?? null }, rows: Math.min(counts.rows, EXPORT_MAX_ROWS), unmaskedRows: counts.unmasked },
    }),
  );
}

/** Streams the workbook, a chunk of the register at a time. */
export function exportRegister(ctx: Ctx, filter: MemberFilter, sort: string | undefined): PassThrough {
  const today = todayInVietnam();
  return streamSheet({
    sheet: 'Sổ đảng viên',
    title: `SỔ ĐẢNG VIÊN (trích xuất ngày ${vnDate(today)})`,
    columns: EXPORT_COLUMNS,
    fetch: (cursor, limit) => listMembers(ctx.db, ctx.actor, filter, { limit, cursor, sort }, today),
    chunk: CHUNK,
    maxRows: EXPORT_MAX_ROWS,
  });
}
