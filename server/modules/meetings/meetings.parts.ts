import type { Ctx } from '../../http/context.ts';
import type * as s from './meetings.schema.ts';
import type { z } from 'zod';
import type { Task } from '../tasks/tasks.schema.ts';

const todo = (): never => {
  throw new Error('not implemented yet');
};
export async function addParticipant(_ctx: Ctx, _id: string, _b: s.AddParticipant): Promise<s.Participant> { return todo(); }
export async function removeParticipant(_ctx: Ctx, _id: string, _pid: string): Promise<void> { return todo(); }
export async function setRoles(_ctx: Ctx, _id: string, _b: s.RolesInput): Promise<s.Meeting> { return todo(); }
export async function recordAttendance(_ctx: Ctx, _id: string, _b: s.AttendanceInput): Promise<{ participants: s.Participant[]; quorum: s.Quorum }> { return todo(); }
export async function addAgendaItem(_ctx: Ctx, _id: string, _b: s.AddAgendaItem): Promise<s.AgendaItem> { return todo(); }
export async function updateAgendaItem(_ctx: Ctx, _id: string, _iid: string, _b: s.UpdateAgendaItem): Promise<s.AgendaItem> { return todo(); }
export async function removeAgendaItem(_ctx: Ctx, _id: string, _iid: string): Promise<void> { return todo(); }
export async function reorderAgenda(_ctx: Ctx, _id: string, _b: z.infer<typeof s.reorderAgendaBody>): Promise<s.AgendaItem[]> { return todo(); }
export async function addSpeech(_ctx: Ctx, _id: string, _iid: string, _b: s.AddSpeech): Promise<z.infer<typeof s.speech>> { return todo(); }
export async function removeSpeech(_ctx: Ctx, _id: string, _sid: string): Promise<void> { return todo(); }
export async function addVote(_ctx: Ctx, _id: string, _b: s.AddVote): Promise<s.Vote> { return todo(); }
export async function removeVote(_ctx: Ctx, _id: string, _vid: string): Promise<void> { return todo(); }
export async function addAdoptedDocument(_ctx: Ctx, _id: string, _b: s.AddAdoptedDocument): Promise<z.infer<typeof s.adoptedDocument>> { return todo(); }
export async function removeAdoptedDocument(_ctx: Ctx, _id: string, _did: string): Promise<void> { return todo(); }
export async function addConclusion(_ctx: Ctx, _id: string, _b: z.infer<typeof s.addConclusionBody>): Promise<z.infer<typeof s.conclusion>> { return todo(); }
export async function removeConclusion(_ctx: Ctx, _id: string, _cid: string): Promise<void> { return todo(); }
export async function conclusionToTask(_ctx: Ctx, _id: string, _cid: string, _b: s.ConclusionTaskInput): Promise<Task> { return todo(); }
