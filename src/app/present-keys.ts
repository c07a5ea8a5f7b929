/* The keys the presenter and the speaker view answer to, as commands. */

/** Keys that should not be taken over while focus is in a control that uses them itself. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isActivationTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY')
  );
}

export type SlideCommand =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blackout' | 'help' | 'overview' | 'escape';

/** What clickers and keyboards send, mapped to commands; null for keys we leave alone. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): SlideCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      // Space on a focused button presses it; taking it over would advance twice.
      return isActivationTarget(event.target) ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      // Clickers' "blank screen" button sends `.` (PowerPoint's convention) or `b`.
      return 'blackout';
    case '?':
      return 'help';
    case 'o':
    case 'O':
      return 'overview';
    case 'Escape':
      return 'escape';
    default:
      return null;
  }
}

export function toggleFullscreen() {
  const done = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen();
  // Refused without a user gesture or by policy: the slide still shows, nothing to report.
  done?.catch(() => {});
}
