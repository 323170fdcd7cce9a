import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { ctxOf } from '../../http/context.ts';
import { type ActionBody, type ActionName, actionBodies } from './members.actions.schema.ts';
import * as endings from './members.endings.ts';
import * as lifecycle from './members.lifecycle.ts';
import { type ActionResult, actionResult } from './members.schema.ts';
import * as transfers from './members.transfers.ts';

type Handler<A extends ActionName> = (ctx: Ctx, id: string, body: ActionBody<A>) => Promise<ActionResult>;

/** Each workflow step, its body schema and what it does. */
const handlers: { [A in ActionName]: { summary: string; run: Handler<A> } } = {
  introducers: { summary: 'Record the two introducers (người giới thiệu)', run: lifecycle.recordIntroducers },
  'course-certificate': { summary: 'Record the course certificate (giấy chứng nhận học lớp nhận thức về Đảng)', run: lifecycle.recordCourseCertificate },
  'cell-resolution': { summary: "Record the cell's resolution proposing admission", run: lifecycle.recordCellResolution },
  'admission-decision': { summary: 'Record the admission decision (quyết định kết nạp)', run: lifecycle.recordAdmissionDecision },
  ceremony: { summary: 'Record the admission ceremony: the applicant becomes probationary', run: lifecycle.recordCeremony },
  'official-recognition': { summary: 'Recognize a probationary member as official', run: lifecycle.recordOfficialRecognition },
  'probation-removal': { summary: 'Remove a probationary member (xóa tên đảng viên dự bị)', run: lifecycle.recordProbationRemoval },
  'transfer-out': { summary: 'Transfer out, officially or temporarily', run: transfers.transferOut },
  'transfer-receipt': { summary: 'Confirm the receiving organization got the official transfer', run: transfers.transferReceipt },
  'transfer-in': { summary: 'A member back from temporary activity, or returning after a transfer', run: transfers.transferIn },
  exemption: { summary: 'Exempt from activities (miễn sinh hoạt)', run: transfers.startExemption },
  'exemption-end': { summary: 'End the exemption: back to the previous status', run: transfers.endExemption },
  retirement: { summary: 'Record retirement (nghỉ hưu)', run: endings.recordRetirement },
  discipline: { summary: 'Record a discipline (kỷ luật); expulsion ends the membership', run: endings.recordDiscipline },
  removal: { summary: 'Remove from the register (xóa tên)', run: endings.recordRemoval },
  leave: { summary: 'The member left the Party', run: endings.recordLeave },
  death: { summary: 'The member died', run: endings.recordDeath },
};

const idParams = z.object({ id: z.uuid() });

function register<A extends ActionName>(app: FastifyInstance, action: A) {
  const { summary, run } = handlers[action];
  app.withTypeProvider<ZodTypeProvider>().post(`/api/v1/members/:id/actions/${action}`, {
    schema: { tags: ['members'], summary, params: idParams, body: actionBodies[action], response: { 200: actionResult } },
    handler: async (req) => run(ctxOf(req), req.params.id, req.body as ActionBody<A>),
  });
}

export function memberActionRoutes(app: FastifyInstance) {
  for (const action of Object.keys(handlers) as ActionName[]) register(app, action);
}
