import type { z } from 'zod';
import type { CallName, CallResponse, calls } from '../../../shared/contract';

/** The implementation of one call: gets the parsed request, returns the response. */
type Handler<N extends CallName> = (
  request: z.output<(typeof calls)[N]['request']>,
) => Promise<CallResponse<N>> | CallResponse<N>;

/** One handler per contract call; both transports (IPC and the preview's HTTP) dispatch into it. */
export type HandlerTable = { [N in CallName]: Handler<N> };
