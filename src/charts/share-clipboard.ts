import { withTemporaryElement } from './temporary-element';

/**
 * Copies text. The async Clipboard API needs a secure context, which plain-http intranet
 * hosts are not, so a temporary off-screen textarea and execCommand are the fallback there.
 */
export async function copyTextToClipboard(text: string): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no user gesture): try the fallback below.
  }
  const fallback = { value: text, readOnly: true, className: 'visually-hidden' };
  try {
    return withTemporaryElement('textarea', fallback, (field) => {
      field.select();
      return document.execCommand('copy');
    });
  } catch {
    return false;
  }
}

/**
 * Puts a PNG on the clipboard where the browser allows it (secure context, ClipboardItem).
 * The blob is passed as a promise so the write starts inside the click's user activation
 * while the image is still being drawn.
 */
export async function copyPngToClipboard(png: Promise<Blob>): Promise<boolean> {
  if (
    !window.isSecureContext ||
    typeof ClipboardItem === 'undefined' ||
    !navigator.clipboard?.write
  )
    return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch {
    return false;
  }
}
