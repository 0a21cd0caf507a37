/** The feedback engine: one entry point and the contract of what it returns. */
export { analyzeAnswer, analyzeAnswerRead } from './analyze';
export * from './schema';
export type * from './types';
export { timeOfSpan, buildTimeIndex } from './time-map';
