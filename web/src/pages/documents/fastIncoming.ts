import dayjs from 'dayjs';
import { type KeyboardEvent, useEffect } from 'react';
import { typedDay } from './DayInput';
import type { SecrecyLevel, Urgency } from './types';

/** The fast registration form's keyboard walk, its defaults and the last entry it remembers. */

/** The days as typed (DD/MM/YYYY): read on saving, never replaced. */
export interface Values {
  receivedOn: string;
  sender: string;
  symbol?: string;
  documentDate: string;
  typeName?: string;
  summary: string;
  urgency: Urgency;
  secrecy: SecrecyLevel;
  fileId?: string | null;
}

/** The order Enter walks through; Ctrl+Enter saves from anywhere. */
export const ORDER = ['receivedOn', 'sender', 'symbol', 'documentDate', 'typeName', 'summary', 'urgency', 'secrecy'] as const;
export const FORM = 'incoming';
export const LAST_KEY = 'congtac.incoming.last';

export interface Last { sender: string; typeName?: string; documentDate: string; receivedOn: string }

export function readLast(): Last | null {
  try {
    const raw = localStorage.getItem(LAST_KEY);
    return raw ? (JSON.parse(raw) as Last) : null;
  } catch {
    return null;
  }
}

export function defaults(): Partial<Values> {
  const last = readLast();
  const today = dayjs().format('YYYY-MM-DD');
  return {
    receivedOn: typedDay(today), urgency: 'thuong', secrecy: 'none',
    sender: last?.sender, typeName: last?.typeName, documentDate: typedDay(last?.documentDate ?? today),
  };
}

export function focusField(name: string) {
  const el = document.getElementById(name === 'save' ? `${FORM}_save` : `${FORM}_${name}`);
  el?.focus();
  if (el instanceof HTMLInputElement) el.select();
}

/** Focus is in a field (or a dialog is open): a plain N is typing, not the shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [role="combobox"], [role="dialog"]') !== null);

/** N (focus outside any field) or Alt+N, anywhere on the page: the form's first field, in view. */
export function useNewEntryShortcut(card: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const alt = e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';
      const plain = !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'n' || e.key === 'N') && !typing(e.target);
      if (!alt && !plain) return;
      e.preventDefault();
      card.current?.scrollIntoView({ block: 'start' });
      focusField(ORDER[0]);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [card]);
}

/** Enter goes to the next field (the field has taken its own Enter first), Ctrl+Enter saves. */
export function enterWalk(submit: () => void) {
  return (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      submit();
      return;
    }
    const name = (e.target as HTMLElement).id.replace(`${FORM}_`, '');
    const i = (ORDER as readonly string[]).indexOf(name);
    if (i < 0) return;
    e.preventDefault();
    focusField(ORDER[i + 1] ?? 'save');
  };
}
