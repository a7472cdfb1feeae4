/** The meeting action log (issue 19, part 5): overdue rules, grouping by meeting, checks and CSV rows. */
export * from './meetingActions';
