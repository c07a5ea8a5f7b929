import { isValidElement, type ReactNode } from 'react';

/**
 * The visible text of a rendered cell. Walks React elements through their children only:
 * a component such as a router link carries its text as children, while one that builds
 * its text from props (a list of source links) yields '' — give such a column a `value`.
 */
export function nodeText(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => nodeText(child)).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return nodeText(node.props.children);
  return '';
}
