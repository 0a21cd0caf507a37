import type { CallName } from '../../../shared/contract';
import type { HandlerTable } from '../bridge/handler-table';
import type { HistoryService } from './history-service';

type HistoryCallName = Extract<CallName, `history/${string}`>;

/** The bridge handlers of the history namespace. `ready` is the start-up repair of attempts. */
export function createHistoryHandlers(
  history: HistoryService,
  ready: Promise<unknown>,
): Pick<HandlerTable, HistoryCallName> {
  return {
    'history/list': async () => {
      await ready;
      return history.list();
    },
    'history/compare': async ({ a, b }) => {
      await ready;
      return history.compare(a, b);
    },
    'history/drill-summary': async ({ attemptIds }) => {
      await ready;
      return history.drillSummary(attemptIds);
    },
  };
}
