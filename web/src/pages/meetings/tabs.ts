/** The meeting page's tabs: the page shows them, and a tab (the minutes' gaps) sends the user to another. */
export const MEETING_TABS = ['participants', 'agenda', 'outcomes', 'minutes', 'history'] as const;
export type MeetingTab = (typeof MEETING_TABS)[number];
