import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkT } from '../i18n';
import type { FigureType, FigureValue, Template } from '../types';

/** The form of a report: from the schedule's template, or, when the reporter may not read it, guessed from a saved draft. */
export function templateOf(template: Template | undefined, figures: Record<string, FigureValue>, narrative: Record<string, string>): Template {
  if (template) return template;
  const typeOf = (v: FigureValue): FigureType => (typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'decimal') : 'text');
  return {
    figures: Object.entries(figures).map(([key, v]) => ({ key, label: key, type: typeOf(v) })),
    sections: Object.keys(narrative).map((key) => ({ key, title: key })),
  };
}

/** One input per figure, typed by the template, and one text area per narrative section. */
export function FigureInputs({ template, disabled }: { template: Template; disabled: boolean }) {
  const { t } = useWorkT();
  const { i18n } = useTranslation();
  // Vietnamese writes 1,65 (triệu): the decimal comma, as the consolidated report prints it.
  const decimalSeparator = i18n.language === 'en' ? '.' : ',';
  return (
    <>
      {template.figures.map((f) => (
        <Form.Item key={f.key} name={['figures', f.key]} label={f.label} rules={f.type === 'integer' ? [{ type: 'integer', message: t('submission.integerRule') }] : []}>
          {f.type === 'boolean' ? (
            <Radio.Group disabled={disabled} options={[{ value: true, label: t('submission.yes') }, { value: false, label: t('submission.no') }]} />
          ) : f.type === 'text' ? (
            <Input disabled={disabled} />
          ) : (
            <InputNumber<number> disabled={disabled} style={{ width: 220 }} step={f.type === 'integer' ? 1 : 0.1} precision={f.type === 'integer' ? 0 : undefined} decimalSeparator={decimalSeparator} data-testid={`figure-${f.key}`} />
          )}
        </Form.Item>
      ))}
    </>
  );
}

export function SectionInputs({ template, disabled }: { template: Template; disabled: boolean }) {
  return (
    <>
      {template.sections.map((s) => (
        <Form.Item key={s.key} name={['narrative', s.key]} label={s.title}>
          <Input.TextArea disabled={disabled} rows={4} data-testid={`section-${s.key}`} />
        </Form.Item>
      ))}
    </>
  );
}
