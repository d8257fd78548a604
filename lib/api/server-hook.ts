import http from "node:http";

// A listener on every request the process's Node HTTP servers receive, called before Next sees the
// request. `next start` offers no such hook, so the one server prototype method that every request
// passes through (emit "request") is wrapped, once per process, from instrumentation.ts. Used for
// what only the raw request can tell: the request log (final status of every answer), the query
// exactly as sent (lib/api/raw-query.ts), and the API's gate (lib/api/api-gate-hook.ts), which may
// answer a request itself or hold it until an asynchronous check (the rate limit) is done.

export type RequestListener = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/**
 * Decides whether Next gets the request: true at once (go on), or a promise of it; false means
 * the gate has answered the request itself. The promise must not reject.
 */
export type RequestGate = (request: http.IncomingMessage, response: http.ServerResponse) => true | Promise<boolean>;

const LISTENERS = Symbol.for("aidflow.serverRequestListeners");
const GATES = Symbol.for("aidflow.serverRequestGates");
type HookedPrototype = http.Server & { [LISTENERS]?: Map<string, RequestListener>; [GATES]?: Map<string, RequestGate> };

type Emit = (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean;

/** Runs the gates in order; the request reaches `pass` only if every one lets it. */
async function throughGates(gates: RequestGate[], request: http.IncomingMessage, response: http.ServerResponse, pass: () => void) {
  for (const gate of gates) if (!(await gate(request, response))) return;
  pass();
}

function hookedPrototype(): Required<Pick<HookedPrototype, typeof LISTENERS | typeof GATES>> {
  const proto = http.Server.prototype as HookedPrototype;
  if (!proto[LISTENERS] || !proto[GATES]) {
    const listeners = (proto[LISTENERS] = new Map<string, RequestListener>());
    const gates = (proto[GATES] = new Map<string, RequestGate>());
    const emit = proto.emit as Emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event !== "request") return emit.call(this, event, ...args);
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      for (const call of listeners.values()) call(request, response);
      const pending = [...gates.values()];
      // Most requests pass every gate at once: no promise, no extra turn of the event loop.
      while (pending.length > 0) {
        const verdict = pending[0]!(request, response);
        if (verdict !== true) {
          // A gate never rejects: it answers the request itself or lets it pass.
          void verdict.then(async (pass) => {
            if (pass) await throughGates(pending.slice(1), request, response, () => emit.call(this, event, ...args));
          });
          return true;
        }
        pending.shift();
      }
      return emit.call(this, event, ...args);
    } as typeof proto.emit;
  }
  return proto as Required<Pick<HookedPrototype, typeof LISTENERS | typeof GATES>>;
}

/** Calls `listener` on every request; a second listener under the same name is ignored. */
export function onServerRequest(name: string, listener: RequestListener): void {
  const listeners = hookedPrototype()[LISTENERS];
  if (!listeners.has(name)) listeners.set(name, listener);
}

/** Puts `gate` in front of Next for every request; a second gate under the same name is ignored. */
export function gateServerRequests(name: string, gate: RequestGate): void {
  const gates = hookedPrototype()[GATES];
  if (!gates.has(name)) gates.set(name, gate);
}
