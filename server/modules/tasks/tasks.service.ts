import type { Ctx } from '../../http/context.ts';
import type { Page, PageParams } from '../../http/paging.ts';
import type { Task } from './tasks.schema.ts';

const todo = (): never => {
  throw new Error('not implemented yet');
};
export async function listTasks(_ctx: Ctx, _f: Record<string, unknown>, _page: PageParams): Promise<Page<Task>> { return todo(); }
export async function getTask(_ctx: Ctx, _id: string): Promise<Task> { return todo(); }
