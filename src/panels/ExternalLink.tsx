/** A link out of Dateline: only http(s), in a new tab, telling screen readers so. */
import type { ReactNode } from 'react';
import { safeHref } from './safe-href';
import { useMessages } from '../ui/messages-context';

/** Renders the children as a link when the URL is http(s), and as plain content otherwise. */
export function ExternalLink({ url, children }: { url: string | undefined; children: ReactNode }) {
  const href = safeHref(url);
  const m = useMessages().panels;
  if (href === undefined) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden">{m.opensNewTab}</span>
    </a>
  );
}
