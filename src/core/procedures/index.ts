/** The procedures library (issue 19, part 3): overdue reviews, the activities a procedure governs, its checks. */
export * from './procedures';
