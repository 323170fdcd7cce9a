import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_STATE_LABELS, MEETING_STATE_LABELS, MEMBER_STATUS_LABELS } from '../../common/state-labels.ts';
import { fieldLabel, labelStates, registerStateLabels } from './labels.ts';

// As the documents, meetings and members modules register them at start-up.
beforeAll(() => registerStateLabels({ document: DOCUMENT_STATE_LABELS, meeting: MEETING_STATE_LABELS, member: MEMBER_STATUS_LABELS }));

describe('labels in problem messages', () => {
  it("prints a state by its label for the code's own entity and leaves other values alone", () => {
    expect(labelStates('document.state_forbids', 'vi', { state: 'submitted' })).toEqual({ state: 'Trình ký' });
    expect(labelStates('meeting.invalid_transition', 'en', { from: 'held', to: 'planned' })).toEqual({ from: 'Held', to: 'Planned' });
    expect(labelStates('member.invalid_transition', 'vi', { status: 'deceased' })).toEqual({ status: 'Từ trần' });
    expect(labelStates('task.progress_backwards', 'vi', { from: 50, to: 20 })).toEqual({ from: 50, to: 20 });
    expect(labelStates('document.state_forbids', 'vi', { state: 'constructor' })).toEqual({ state: 'constructor' });
  });

  it('names a field in words, with its row for an array', () => {
    expect(fieldLabel(['version'], 'vi')).toBe('Phiên bản');
    expect(fieldLabel(['recipients', 1], 'vi')).toBe('Nơi nhận, dòng 2');
    expect(fieldLabel(['entries', '0', 'personId'], 'en')).toBe('Person, row 1');
    expect(fieldLabel(['frobnicate'], 'vi')).toBeNull();
  });
});
