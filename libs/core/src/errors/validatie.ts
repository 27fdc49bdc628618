import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';

/** Required text: not empty or only spaces, at most `max` characters. */
export const Tekst = (max: number): PropertyDecorator =>
  applyDecorators(IsString(), Matches(/\S/, { message: 'mag niet leeg zijn' }), MaxLength(max));

/** Optional text (null or omitted allowed), at most `max` characters. */
export const OptioneleTekst = (max: number): PropertyDecorator => applyDecorators(IsOptional(), IsString(), MaxLength(max));

/**
 * A whole number from `min` to `max` (REST query values, converted by `@Type(() => Number)`), with
 * one message per field, also for `abc` (which would fail an integer, minimum and maximum check at once).
 */
export function GeheelGetalTussen(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: 'geheelGetalTussen',
    validator: {
      validate: (waarde: unknown) => Number.isInteger(waarde) && (waarde as number) >= min && (waarde as number) <= max,
      defaultMessage: () => `moet een geheel getal van ${min} tot en met ${max} zijn`,
    },
  });
}
