import type { Ctx } from '../../http/context.ts';
import type { PageParams, Page } from '../../http/paging.ts';
import type { CreateMeeting, Meeting, MeetingSummary, Quorum, StateInput, UpdateMeeting } from './meetings.schema.ts';

export interface MeetingFilter {
  organizationId?: string | undefined;
  subtree?: 'true' | 'false' | undefined;
  kind?: MeetingSummary['kind'] | undefined;
  state?: MeetingSummary['state'] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  modifiedSince?: string | undefined;
}

const todo = (): never => {
  throw new Error('not implemented yet');
};
export async function listMeetings(_ctx: Ctx, _f: MeetingFilter, _page: PageParams): Promise<Page<MeetingSummary>> { return todo(); }
export async function createMeeting(_ctx: Ctx, _input: CreateMeeting): Promise<Meeting> { return todo(); }
export async function getMeeting(_ctx: Ctx, _id: string): Promise<Meeting> { return todo(); }
export async function updateMeeting(_ctx: Ctx, _id: string, _input: UpdateMeeting): Promise<Meeting> { return todo(); }
export async function changeState(_ctx: Ctx, _id: string, _input: StateInput): Promise<Meeting> { return todo(); }
export async function getQuorum(_ctx: Ctx, _id: string): Promise<Quorum> { return todo(); }
