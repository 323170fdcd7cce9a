/** The parts of a meeting, one file each: participants and attendance, agenda and speeches, outcomes. */
export { addParticipant, removeParticipant, setRoles, recordAttendance } from './meetings.attendance.ts';
export { addAgendaItem, updateAgendaItem, removeAgendaItem, reorderAgenda, addSpeech, removeSpeech } from './meetings.agenda.ts';
export {
  addVote, removeVote, addAdoptedDocument, removeAdoptedDocument, addConclusion, removeConclusion, conclusionToTask,
} from './meetings.outcomes.ts';
