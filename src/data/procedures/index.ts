/** The procedures library and the meeting action log over SharePoint (issue 19, parts 3 and 5). */
export * from './procedures';
