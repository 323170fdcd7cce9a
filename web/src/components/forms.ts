import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

/** "Vui lòng nhập tên tổ chức": the field's own label, in lower case, inside the sentence. */
export const required = (t: TFunction, label: string): Rule => ({
  required: true,
  whitespace: true,
  message: t('common.required', { field: label.toLocaleLowerCase() }),
});

export const requiredSelect = (t: TFunction, label: string): Rule => ({
  required: true,
  message: t('common.requiredSelect', { field: label.toLocaleLowerCase() }),
});

/** Empty strings become null, so optional text fields are cleared rather than saved as ''. */
export const blankToNull = (v: string | null | undefined): string | null => {
  const s = v?.trim();
  return s ? s : null;
};
