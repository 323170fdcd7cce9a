import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/context.ts';
import { pageQuery, pageSchema } from '../../http/paging.ts';
import * as s from './meetings.schema.ts';
import * as svc from './meetings.service.ts';
import * as parts from './meetings.parts.ts';
import { task } from '../tasks/tasks.schema.ts';

const tags = ['meetings'];
const idParams = z.object({ id: z.uuid() });
const childParams = z.object({ id: z.uuid(), childId: z.uuid() });

/** Meetings, their participants and attendance, agenda, speeches, votes and outcomes. */
export function meetingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/meetings', {
    schema: {
      tags,
      summary: 'Meetings the user may see, newest first by default; filtered by organization subtree, kind, state, dates and title (q ignores diacritics)',
      querystring: z.strictObject({ ...pageQuery, ...s.listMeetingsQuery.shape }),
      response: { 200: pageSchema(s.meetingSummary) },
    },
    handler: async (req) => svc.listMeetings(ctxOf(req), req.query, req.query),
  });

  r.post('/api/v1/meetings', {
    schema: { tags, summary: 'Plans a meeting: members invited and agenda started from the template', body: s.createMeetingBody, response: { 201: s.meeting } },
    handler: async (req, reply) => reply.code(201).send(await svc.createMeeting(ctxOf(req), req.body)),
  });

  r.get('/api/v1/meetings/:id', {
    schema: { tags, summary: 'The meeting page: participants, live quorum, agenda, votes, outcomes, minutes status', params: idParams, response: { 200: s.meeting } },
    handler: async (req) => svc.getMeeting(ctxOf(req), req.params.id),
  });

  r.patch('/api/v1/meetings/:id', {
    schema: { tags, summary: 'Edits title, time, place or ordinal (version checked)', params: idParams, body: s.updateMeetingBody, response: { 200: s.meeting } },
    handler: async (req) => svc.updateMeeting(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/meetings/:id/state', {
    schema: {
      tags,
      summary: 'planned -> invited -> held; cancelled or postponed with a reason (a postponed meeting may get its new time)',
      params: idParams,
      body: s.stateBody,
      response: { 200: s.meeting },
    },
    handler: async (req) => svc.changeState(ctxOf(req), req.params.id, req.body),
  });

  r.post('/api/v1/meetings/:id/participants', {
    schema: { tags, summary: 'Invites a person, a guest (title frozen on the day) or a unit', params: idParams, body: s.addParticipantBody, response: { 201: s.participant } },
    handler: async (req, reply) => reply.code(201).send(await parts.addParticipant(ctxOf(req), req.params.id, req.body)),
  });

  r.delete('/api/v1/meetings/:id/participants/:childId', {
    schema: { tags, summary: 'Withdraws an invitation (before attendance is taken)', params: childParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await parts.removeParticipant(ctxOf(req), req.params.id, req.params.childId);
      return reply.code(204).send(null);
    },
  });

  r.put('/api/v1/meetings/:id/roles', {
    schema: { tags, summary: 'Sets the chair(s) and the secretary among the participants', params: idParams, body: s.rolesBody, response: { 200: s.meeting } },
    handler: async (req) => parts.setRoles(ctxOf(req), req.params.id, req.body),
  });

  r.put('/api/v1/meetings/:id/attendance', {
    schema: {
      tags,
      summary: 'Check-in: present, absent with a reason, absent without one; many at once. Someone not invited is refused (meeting.participant_unknown)',
      params: idParams,
      body: s.attendanceBody,
      response: { 200: z.object({ participants: z.array(s.participant), quorum: s.quorum }) },
    },
    handler: async (req) => parts.recordAttendance(ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/v1/meetings/:id/quorum', {
    schema: { tags, summary: 'The quorum now, computed from the attendance and the member register on the meeting day', params: idParams, response: { 200: s.quorum } },
    handler: async (req) => svc.getQuorum(ctxOf(req), req.params.id),
  });

  agendaRoutes(app);
  outcomeRoutes(app);
}

function agendaRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/meetings/:id/agenda', {
    schema: { tags, summary: 'Adds an agenda item (or a sub-item with parentId)', params: idParams, body: s.addAgendaItemBody, response: { 201: s.agendaItem } },
    handler: async (req, reply) => reply.code(201).send(await parts.addAgendaItem(ctxOf(req), req.params.id, req.body)),
  });
  r.patch('/api/v1/meetings/:id/agenda/:childId', {
    schema: { tags, summary: "Edits an item: title, presenter, documents before the meeting; notes and result after", params: childParams, body: s.updateAgendaItemBody, response: { 200: s.agendaItem } },
    handler: async (req) => parts.updateAgendaItem(ctxOf(req), req.params.id, req.params.childId, req.body),
  });
  r.delete('/api/v1/meetings/:id/agenda/:childId', {
    schema: { tags, summary: 'Removes an item and its sub-items', params: childParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await parts.removeAgendaItem(ctxOf(req), req.params.id, req.params.childId);
      return reply.code(204).send(null);
    },
  });
  r.put('/api/v1/meetings/:id/agenda-order', {
    schema: { tags, summary: 'Reorders the items of one level', params: idParams, body: s.reorderAgendaBody, response: { 200: z.array(s.agendaItem) } },
    handler: async (req) => parts.reorderAgenda(ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/v1/meetings/:id/agenda/:childId/speeches', {
    schema: { tags, summary: 'Records who spoke on an item and a summary of what they said', params: childParams, body: s.addSpeechBody, response: { 201: s.speech } },
    handler: async (req, reply) => reply.code(201).send(await parts.addSpeech(ctxOf(req), req.params.id, req.params.childId, req.body)),
  });
  r.delete('/api/v1/meetings/:id/speeches/:childId', {
    schema: { tags, summary: 'Removes a speech', params: childParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await parts.removeSpeech(ctxOf(req), req.params.id, req.params.childId);
      return reply.code(204).send(null);
    },
  });
}

function outcomeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/meetings/:id/votes', {
    schema: {
      tags,
      summary: 'Records a vote: counts checked against those present (meeting.vote_exceeds_present), result computed from the base and the majority rule',
      params: idParams,
      body: s.addVoteBody,
      response: { 201: s.vote },
    },
    handler: async (req, reply) => reply.code(201).send(await parts.addVote(ctxOf(req), req.params.id, req.body)),
  });
  r.delete('/api/v1/meetings/:id/votes/:childId', {
    schema: { tags, summary: 'Removes a vote recorded by mistake', params: childParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await parts.removeVote(ctxOf(req), req.params.id, req.params.childId);
      return reply.code(204).send(null);
    },
  });
  r.post('/api/v1/meetings/:id/adopted-documents', {
    schema: { tags, summary: 'A document the meeting adopted (the documents module numbers it)', params: idParams, body: s.addAdoptedDocumentBody, response: { 201: s.adoptedDocument } },
    handler: async (req, reply) => reply.code(201).send(await parts.addAdoptedDocument(ctxOf(req), req.params.id, req.body)),
  });
  r.delete('/api/v1/meetings/:id/adopted-documents/:childId', {
    schema: { tags, summary: 'Removes an adopted document', params: childParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await parts.removeAdoptedDocument(ctxOf(req), req.params.id, req.params.childId);
      return reply.code(204).send(null);
    },
  });
  r.post('/api/v1/meetings/:id/conclusions', {
    schema: { tags, summary: 'Adds a conclusion (kết luận)', params: idParams, body: s.addConclusionBody, response: { 201: s.conclusion } },
    handler: async (req, reply) => reply.code(201).send(await parts.addConclusion(ctxOf(req), req.params.id, req.body)),
  });
  r.delete('/api/v1/meetings/:id/conclusions/:childId', {
    schema: { tags, summary: 'Removes a conclusion that has no task yet', params: childParams, response: { 204: z.null() } },
    handler: async (req, reply) => {
      await parts.removeConclusion(ctxOf(req), req.params.id, req.params.childId);
      return reply.code(204).send(null);
    },
  });
  r.post('/api/v1/meetings/:id/conclusions/:childId/task', {
    schema: {
      tags,
      summary: 'Turns a conclusion into a task with an owner, a lead unit, co-operating units, a deadline and an expected result',
      params: childParams,
      body: s.conclusionTaskBody,
      response: { 201: task },
    },
    handler: async (req, reply) => reply.code(201).send(await parts.conclusionToTask(ctxOf(req), req.params.id, req.params.childId, req.body)),
  });
}
