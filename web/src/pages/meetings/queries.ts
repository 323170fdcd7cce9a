import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/api';
import { useMe } from '../../auth/session';
import { auditKey } from '../../components/EntityHistory';
import { can } from '../../lib/permissions';
import type { Meeting } from './types';

export const meetingKey = (id: string) => ['meeting', id] as const;
export const minutesKey = (id: string) => ['meeting', id, 'minutes'] as const;
export const checkKey = (id: string) => ['meeting', id, 'minutes-check'] as const;

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKey(id), queryFn: () => api.get('/api/v1/meetings/:id', { params: { id } }), retry: false });
}

export function useMinutesList(id: string, enabled = true) {
  return useQuery({
    queryKey: minutesKey(id),
    queryFn: () => api.get('/api/v1/meetings/:id/minutes', { params: { id } }),
    select: (r) => r.data,
    enabled,
    retry: false,
  });
}

export function useMinutesCheck(id: string, enabled = true) {
  return useQuery({
    queryKey: checkKey(id),
    queryFn: () => api.get('/api/v1/meetings/:id/minutes/check', { params: { id } }),
    enabled,
    retry: false,
  });
}

/** After any change: the meeting (and everything under its key), the lists and its history are reloaded. */
export function useRefreshMeeting(id: string) {
  const qc = useQueryClient();
  return useCallback(
    async (meeting?: Meeting) => {
      if (meeting) qc.setQueryData(meetingKey(id), meeting);
      await Promise.all([
        qc.invalidateQueries({ queryKey: meetingKey(id) }),
        qc.invalidateQueries({ queryKey: ['meetings'] }),
        qc.invalidateQueries({ queryKey: auditKey('meeting', id) }),
      ]);
    },
    [qc, id],
  );
}

/** True when the user may change this meeting now: the server's word, the permission, and no approved minutes. */
export function useWritable(meeting: Meeting): boolean {
  const { data: me } = useMe();
  return meeting.canEdit && !meeting.frozen && can(me, 'meetings.write', meeting.organizationPath);
}
