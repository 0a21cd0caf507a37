/** The feedback engine: one entry point and the contract of what it returns. */
export { analyzeAnswer, type AnalyzeInput } from './analyze';
export * from './schema';
export type * from './types';
export { timeOfSpan, buildTimeIndex } from './time-map';
export { renderReport, ANSI, PLAIN, type Paint } from './report-text';
