/**
 * Runs `task` on an element that exists only for it: created with `props`, attached to the
 * page (a link's click and a field's selection need it in the document), and removed
 * afterwards whatever `task` does.
 */
export function withTemporaryElement<K extends keyof HTMLElementTagNameMap, T>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]>,
  task: (element: HTMLElementTagNameMap[K]) => T,
): T {
  const element = Object.assign(document.createElement(tag), props);
  document.body.append(element);
  try {
    return task(element);
  } finally {
    element.remove();
  }
}
