import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { DOCX, attachment } from '../../http/reply.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { minutesToAkn } from './meetings.akn.ts';
import { partyHeadingOf, readableOrganization } from './meetings.calendar.ts';
import { invitationFromMeeting, invitationToDocx, minutesToDocx } from './meetings.docx.ts';
import { getMinutes } from './meetings.minutes.ts';
import { getMeeting } from './meetings.service.ts';

const tags = ['meetings'];
const XML = 'application/akn+xml; charset=utf-8';
const idParams = z.object({ id: z.uuid() });
const childParams = z.object({ id: z.uuid(), childId: z.uuid() });

/** The minutes as Word and as Akoma Ntoso, and the invitation as Word: files made from the record. */
export function meetingExportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/meetings/:id/minutes/:childId/export.docx', {
    schema: { tags, summary: 'One version of the minutes as a Word document in the party layout (biên bản)', params: childParams, produces: [DOCX] },
    handler: async (req, reply) => {
      const minutes = await getMinutes(ctxOf(req), req.params.id, req.params.childId);
      const file = await minutesToDocx(minutes.content);
      return reply.type(DOCX).header('content-disposition', attachment(`Biên bản ${minutes.content.title} v${minutes.versionNo}`, 'docx')).send(file);
    },
  });

  r.get('/api/v1/meetings/:id/minutes/:childId/export.akn.xml', {
    schema: { tags, summary: 'One version of the minutes as Akoma Ntoso 3.0 XML (debateReport)', params: childParams, produces: ['application/akn+xml'] },
    handler: async (req, reply) => {
      const minutes = await getMinutes(ctxOf(req), req.params.id, req.params.childId);
      const xml = minutesToAkn(minutes.content);
      return reply.type(XML).header('content-disposition', attachment(`Biên bản ${minutes.content.title} v${minutes.versionNo}`, 'akn.xml')).send(xml);
    },
  });

  r.get('/api/v1/meetings/:id/invitation.docx', {
    schema: { tags, summary: 'The invitation (giấy mời) as a Word document: time, place, agenda, documents, invitees', params: idParams, produces: [DOCX] },
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const meeting = await getMeeting(ctx, req.params.id);
      const org = await readableOrganization(ctx, meeting.organizationId);
      const heading = await partyHeadingOf(ctx, org, todayInVietnam());
      const file = await invitationToDocx(invitationFromMeeting(meeting, heading, org.kind));
      return reply.type(DOCX).header('content-disposition', attachment(`Giấy mời ${meeting.title}`, 'docx')).send(file);
    },
  });
}
