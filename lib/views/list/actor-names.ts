// Rows whose actors carry their names in the page's language: a table's tooltip on an actor code,
// and the charts (the pair picker, the lede, the flow diagram's nodes), name them from the rows
// they are given. The codes stay as stored; only the names change.

interface Actor {
  code: string;
  name: string;
}

type ActorName = (actor: Actor) => string;

/** One renamed copy per actor code, shared by every row that names it. */
function renamer(name: ActorName) {
  const renamed = new Map<string, Actor>();
  return <A extends Actor>(actor: A): A => {
    let named = renamed.get(actor.code);
    if (!named) {
      named = { ...actor, name: name(actor) };
      renamed.set(actor.code, named);
    }
    return named as A;
  };
}

/** Figures (or chart figures) with their `from` and `to` actors named by `name`. */
export function withActorNames<F extends { from: Actor | null; to: Actor | null }>(figures: readonly F[], name: ActorName): F[] {
  const rename = renamer(name);
  return figures.map((figure) => ({ ...figure, from: figure.from && rename(figure.from), to: figure.to && rename(figure.to) }));
}

/** Events with their actors named by `name`. */
export function eventsWithActorNames<E extends { actors: readonly Actor[] }>(events: readonly E[], name: ActorName): E[] {
  const rename = renamer(name);
  return events.map((event) => ({ ...event, actors: event.actors.map(rename) }));
}
