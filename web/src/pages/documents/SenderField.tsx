import { AutoComplete } from 'antd';
import { type KeyboardEvent, useRef, useState } from 'react';
import type { Sender } from './types';

/**
 * The issuing body, among those already in the register. Enter on a highlighted suggestion (arrows or
 * mouse) takes the suggestion; Enter with none highlighted keeps the text as typed; the form's Enter
 * handler then moves on. The suggestions come from the server a moment after each word: once the clerk
 * highlights one, the list stays as it is until the next keystroke of text, so that a late answer does
 * not reset the highlight under the Enter key (which then kept the fragment typed).
 */
export function SenderField(props: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  senders: Sender[];
  onSearch: (typed: string) => void;
}) {
  const { value, onChange, senders, onSearch } = props;
  const active = useRef<string | null>(null);
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const names = frozen ?? senders.map((s) => s.name);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const chosen = active.current;
    if (chosen !== null && names.includes(chosen) && chosen !== value) onChange?.(chosen);
    active.current = null;
    setFrozen(null);
  };
  return (
    <AutoComplete
      id={props.id}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={names.map((name) => ({ value: name }))}
      onSearch={(typed) => {
        active.current = null;
        setFrozen(null);
        onSearch(typed);
      }}
      onActive={(v: unknown) => {
        active.current = typeof v === 'string' ? v : null;
        if (active.current !== null && frozen === null) setFrozen(names);
      }}
      onBlur={() => setFrozen(null)}
      onInputKeyDown={onKeyDown}
      defaultActiveFirstOption={false}
      filterOption={false}
      data-testid="incoming-sender"
    />
  );
}
