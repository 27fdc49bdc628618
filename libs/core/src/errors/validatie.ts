import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Required text: not empty or only spaces, at most `max` characters. */
export const Tekst = (max: number): PropertyDecorator =>
  applyDecorators(IsString(), Matches(/\S/, { message: 'mag niet leeg zijn' }), MaxLength(max));

/** Optional text (null or omitted allowed), at most `max` characters. */
export const OptioneleTekst = (max: number): PropertyDecorator => applyDecorators(IsOptional(), IsString(), MaxLength(max));
