import { useEffect, useEffectEvent, useMemo, useState } from 'react';

/*
 * The audience window and the speaker view talk over a BroadcastChannel (same origin, same
 * deploy folder, no server): the audience says where it is, the speaker asks and steers.
 */

/** Messages between the audience window and the speaker view (same origin, same base). */
export type PresentMessage =
  | { type: 'state'; deck: string[]; index: number; search: string }
  | { type: 'goto'; index: number }
  | { type: 'hello' };

export function isPresentMessage(data: unknown): data is PresentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return true;
  if (message.type === 'goto') return Number.isInteger(message.index);
  if (message.type === 'state') {
    return (
      Number.isInteger(message.index) &&
      typeof message.search === 'string' &&
      Array.isArray(message.deck) &&
      message.deck.every((id) => typeof id === 'string')
    );
  }
  return false;
}

/**
 * Keyed by the deploy folder, so two deployments on one origin do not steer each other; the
 * base is resolved against the page because the no-rewrite build's base is relative (`./`).
 */
export function channelName(): string {
  return `gigawatt-present:${new URL(import.meta.env.BASE_URL, window.location.href).pathname}`;
}

/**
 * One BroadcastChannel for the component's lifetime; `onMessage` always sees fresh state
 * without reopening the channel. Returns a stable `post`.
 */
export function usePresentChannel(
  onMessage: (message: PresentMessage, reply: (message: PresentMessage) => void) => void,
): (message: PresentMessage) => void {
  const [channel] = useState(() =>
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName()),
  );
  const post = useMemo(
    () => (message: PresentMessage) => {
      try {
        channel?.postMessage(message);
      } catch {
        // A closed channel (page going away) has no one left to tell.
      }
    },
    [channel],
  );
  const handle = useEffectEvent((event: MessageEvent) => {
    if (isPresentMessage(event.data)) onMessage(event.data, post);
  });
  useEffect(() => {
    if (!channel) return undefined;
    const listener = (event: MessageEvent) => handle(event);
    channel.addEventListener('message', listener);
    return () => channel.removeEventListener('message', listener);
  }, [channel]);
  // Closed only when the window goes away: StrictMode's effect replay must not close it early.
  useEffect(() => {
    if (!channel) return undefined;
    const close = () => channel.close();
    window.addEventListener('pagehide', close);
    return () => window.removeEventListener('pagehide', close);
  }, [channel]);
  return post;
}
