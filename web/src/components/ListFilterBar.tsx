import { Checkbox, DatePicker, Input, Segmented, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { DISPLAY_DAY } from '../lib/dates';
import { OrgTreeSelect } from './OrgTreeSelect';

/**
 * The filter row above a list: a search box, organization pickers, selects, a date range and
 * checkboxes, described as data so that every list page lays them out, labels and clears them alike.
 */

export type DayRange = [Dayjs | null, Dayjs | null] | null;
type SelectValue = string | string[] | null | undefined;

interface SearchFilter {
  kind: 'search';
  label: string;
  value: string;
  onChange: (v: string) => void;
  width: number;
  testId?: string;
}

interface OrgFilter {
  kind: 'org';
  placeholder: string;
  value: string | null;
  onChange: (v: string | null) => void;
  width: number;
}

interface SelectFilter {
  kind: 'select';
  /** The aria-label, and the placeholder unless one is given. */
  label: string;
  placeholder?: string;
  value: SelectValue;
  onChange: (v: SelectValue) => void;
  options: { value: string; label: ReactNode }[];
  width?: number;
  minWidth?: number;
  multiple?: boolean;
  searchable?: boolean;
  /** Default true: a filter can be taken off. */
  clearable?: boolean;
  testId?: string;
}

interface RangeFilter {
  kind: 'range';
  value: DayRange | undefined;
  onChange: (v: DayRange) => void;
  placeholder: [string, string];
  allowEmpty?: [boolean, boolean];
}

interface CheckFilter {
  kind: 'check';
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  testId?: string;
}

interface ChoiceFilter {
  kind: 'choice';
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: ReactNode }[];
}

export type ListFilter = SearchFilter | OrgFilter | SelectFilter | RangeFilter | CheckFilter | ChoiceFilter;

/** One of a few values, all in sight (a segmented control). */
export function choiceFilter<V extends string>(f: Omit<ChoiceFilter, 'kind' | 'value' | 'onChange' | 'options'> & { value: V; onChange: (v: V) => void; options: { value: V; label: ReactNode }[] }): ChoiceFilter {
  return { ...f, kind: 'choice', onChange: (v) => f.onChange(v as V) };
}

/** A select over values of type V (a union of strings, or an array of them for `multiple`). */
export function selectFilter<V extends SelectValue>(
  f: Omit<SelectFilter, 'kind' | 'value' | 'onChange'> & { value: V; onChange: (v: V | undefined) => void },
): SelectFilter {
  return { ...f, kind: 'select', onChange: (v) => f.onChange(v as V | undefined) };
}

function FilterControl({ f }: { f: ListFilter }) {
  switch (f.kind) {
    case 'search':
      return <Input.Search allowClear style={{ width: f.width }} placeholder={f.label} aria-label={f.label} value={f.value} onChange={(e) => f.onChange(e.target.value)} data-testid={f.testId} />;
    case 'org':
      return <OrgTreeSelect allowClear style={{ width: f.width }} placeholder={f.placeholder} value={f.value} onChange={f.onChange} />;
    case 'select':
      return (
        <Select<SelectValue>
          mode={f.multiple ? 'multiple' : undefined}
          allowClear={f.clearable ?? true}
          showSearch={f.searchable}
          optionFilterProp={f.searchable ? 'label' : undefined}
          maxTagCount={f.multiple ? 'responsive' : undefined}
          style={{ width: f.width, minWidth: f.minWidth }}
          placeholder={f.placeholder ?? f.label}
          aria-label={f.label}
          value={f.value}
          onChange={f.onChange}
          options={f.options}
          data-testid={f.testId}
        />
      );
    case 'range':
      return <DatePicker.RangePicker format={DISPLAY_DAY} allowEmpty={f.allowEmpty} value={f.value ?? null} onChange={f.onChange} placeholder={f.placeholder} />;
    case 'choice':
      return <Segmented<string> aria-label={f.label} value={f.value} onChange={f.onChange} options={f.options} />;
    case 'check':
      return (
        <Checkbox checked={f.checked} onChange={(e) => f.onChange(e.target.checked)} data-testid={f.testId}>
          {f.label}
        </Checkbox>
      );
  }
}

/** The filters in order; a falsy entry (a control shown only in some states) is skipped. */
export function ListFilterBar({ filters, children }: { filters: (ListFilter | false | null | undefined)[]; children?: ReactNode }) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {filters.map((f, i) => f && <FilterControl key={i} f={f} />)}
      {children}
    </Space>
  );
}
