import type { z } from 'zod';

/** A request/response call on the bridge: a namespaced name and the schemas both sides parse. */
export type CallSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> = {
  request: Req;
  response: Res;
};

/** An event pushed from the Node side to the renderer, with the schema of its payload. */
export type EventSpec<Payload extends z.ZodType = z.ZodType> = {
  payload: Payload;
};

/** Declares a call; the identity function keeps the schemas' precise types for inference. */
export function defineCall<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): CallSpec<Req, Res> {
  return { request, response };
}

/** Declares an event; the identity function keeps the payload schema's precise type. */
export function defineEvent<Payload extends z.ZodType>(payload: Payload): EventSpec<Payload> {
  return { payload };
}
