import type { Namespace } from "@/messages/load";

/** A namespace ("charts") or a part of one ("explore.controls"): what a client provider is given. */
export type MessagePath = Namespace | `${Namespace}.${string}`;

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Only the messages under `paths`, in the same nesting: what the browser needs, instead of every
 * message of the language (the client provider sends what it is given in every page's payload).
 * A path that names nothing throws, so a typo fails the render rather than leaving keys untranslated.
 */
export function pickMessages(messages: Tree, paths: readonly MessagePath[]): Tree {
  let picked: Tree = {};
  for (const dotted of paths) {
    const keys = dotted.split(".");
    let value: unknown = messages;
    for (const key of keys) value = isTree(value) ? value[key] : undefined;
    if (value === undefined) throw new Error(`pickMessages: no messages under "${dotted}"`);
    picked = mergeMessages(picked, keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Tree);
  }
  return picked;
}

/** `extra` laid over `base`, nested objects merged (a provider adds its namespaces to its parent's). */
export function mergeMessages(base: Tree, extra: Tree): Tree {
  const merged: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] = isTree(current) && isTree(value) ? mergeMessages(current, value) : value;
  }
  return merged;
}
