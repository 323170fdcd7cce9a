import type { Ctx } from '../../http/context.ts';
import type { Completeness, Minutes } from './meetings.schema.ts';

const todo = (): never => {
  throw new Error('not implemented yet');
};
export async function listMinutes(_ctx: Ctx, _meetingId: string): Promise<Minutes[]> { return todo(); }
export async function checkCompleteness(_ctx: Ctx, _meetingId: string): Promise<Completeness> { return todo(); }
export async function draftMinutes(_ctx: Ctx, _meetingId: string, _b: { correctionReason?: string | undefined }): Promise<Minutes> { return todo(); }
/** One version of a meeting's minutes the user may read; 404 otherwise. Exports read the content from here. */
export async function getMinutes(_ctx: Ctx, _meetingId: string, _minutesId: string): Promise<Minutes> { return todo(); }
export async function approveMinutes(_ctx: Ctx, _meetingId: string, _minutesId: string, _b: { version: number; as: 'chair' | 'secretary' }): Promise<Minutes> { return todo(); }
