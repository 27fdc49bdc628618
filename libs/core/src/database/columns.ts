import { CreateDateColumn, UpdateDateColumn, type ValueTransformer } from 'typeorm';

/**
 * bigint cents <-> JS number. pg returns bigint as a string; every amount the platform handles
 * fits a safe integer (the API scalar refuses larger ones), so this conversion is exact.
 */
export const centenTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null): number | null => {
    if (value === null || value === undefined) {
      return null;
    }
    const n = Number(value);
    if (!Number.isSafeInteger(n)) {
      throw new Error(`Bedrag ${value} past niet in een veilig geheel getal`);
    }
    return n;
  },
};

/** Millisecond precision, so that a cursor made from a JS Date matches the stored value exactly. */
export const AangemaaktOp = (): PropertyDecorator => CreateDateColumn({ type: 'timestamptz', precision: 3 });
export const GewijzigdOp = (): PropertyDecorator => UpdateDateColumn({ type: 'timestamptz', precision: 3 });
