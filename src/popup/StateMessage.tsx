// A whole-popup message for the states where there is no list to show: loading, a page the
// browser keeps extensions out of, not an article, nothing found, an error.
import type { ComponentChildren } from 'preact';

export interface StateMessageProps {
  /** Picks the icon and the ARIA role (errors are announced). */
  tone: 'busy' | 'info' | 'error';
  title: string;
  children?: ComponentChildren;
  /** An optional button, e.g. "Try again". */
  action?: { label: string; onClick: () => void };
}

const ICON: Record<StateMessageProps['tone'], string> = { busy: '', info: 'i', error: '!' };

export function StateMessage({ tone, title, children, action }: StateMessageProps) {
  return (
    <section class={`state state-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      {tone === 'busy' ? <span class="spinner" aria-hidden="true" /> : <span class="state-icon" aria-hidden="true">{ICON[tone]}</span>}
      <h2 class="state-title">{title}</h2>
      {children && <p class="state-body">{children}</p>}
      {action && (
        <button type="button" class="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
