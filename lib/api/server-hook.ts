import http from "node:http";

// A listener on every request the process's Node HTTP servers receive, called before Next sees the
// request. `next start` offers no such hook, so the one server prototype method that every request
// passes through (emit "request") is wrapped, once per process, from instrumentation.ts. Used for
// what only the raw request can tell: the request log (final status of every answer) and the query
// exactly as sent (lib/api/raw-query.ts).

export type RequestListener = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const LISTENERS = Symbol.for("aidflow.serverRequestListeners");
type HookedPrototype = http.Server & { [LISTENERS]?: Map<string, RequestListener> };

/** Calls `listener` on every request; a second listener under the same name is ignored. */
export function onServerRequest(name: string, listener: RequestListener): void {
  const proto = http.Server.prototype as HookedPrototype;
  if (!proto[LISTENERS]) {
    const listeners = new Map<string, RequestListener>();
    proto[LISTENERS] = listeners;
    const emit = proto.emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
        for (const call of listeners.values()) call(request, response);
      }
      return emit.call(this, event, ...args);
    } as typeof proto.emit;
  }
  if (!proto[LISTENERS].has(name)) proto[LISTENERS].set(name, listener);
}
