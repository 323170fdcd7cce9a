import { AutoComplete } from 'antd';
import { type KeyboardEvent, useRef } from 'react';
import type { Sender } from './types';

/**
 * The issuing body, among those already in the register. Enter on a highlighted suggestion (arrows or
 * mouse) takes the suggestion, whatever the list did while the words were typed; Enter with none
 * highlighted keeps the text as typed. The form's Enter handler then moves on.
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
  const names = senders.map((s) => s.name);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const chosen = active.current;
    if (chosen !== null && names.includes(chosen) && chosen !== value) onChange?.(chosen);
    active.current = null;
  };
  return (
    <AutoComplete
      id={props.id}
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={names.map((name) => ({ value: name }))}
      onSearch={(typed) => {
        active.current = null;
        onSearch(typed);
      }}
      onActive={(v: unknown) => (active.current = typeof v === 'string' ? v : null)}
      onInputKeyDown={onKeyDown}
      defaultActiveFirstOption={false}
      filterOption={false}
      data-testid="incoming-sender"
    />
  );
}
