import { Table } from 'antd';
import type { z } from 'zod';
import type { rowError } from '../../../server/modules/imports/imports.schema.ts';

export type ImportRowError = z.infer<typeof rowError>;

/** A file's bytes as base64, for the imports' JSON bodies. */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In chunks: String.fromCharCode with a whole file as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The dry run's errors of every import: row, column, message, twenty a page. */
export function ImportErrors({ errors, labels }: { errors: ImportRowError[]; labels: { row: string; column: string; message: string } }) {
  return (
    <Table<ImportRowError>
      style={{ marginTop: 12 }}
      size="small"
      rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
      dataSource={errors}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="import-errors"
      columns={[
        { key: 'row', title: labels.row, dataIndex: 'row', width: 80 },
        { key: 'column', title: labels.column, dataIndex: 'columnLabel', width: 220 },
        { key: 'message', title: labels.message, dataIndex: 'message' },
      ]}
    />
  );
}
