import { IsString, MaxLength } from 'class-validator';
import { DomainError } from './domain-error';
import { InvoerValidatiePipe } from './validation.pipe';

class InvoerDto {
  @IsString()
  @MaxLength(5)
  titel!: string;
}

class OuderModel {
  titel!: string;
}

describe('InvoerValidatiePipe', () => {
  const pipe = new InvoerValidatiePipe();

  it('weigert ongeldige GraphQL-argumenten (type 3, ARGS) en REST-invoer', async () => {
    await expect(
      pipe.transform({ titel: 'veel te lang' }, { type: '3' as 'body', metatype: InvoerDto, data: 'input' }),
    ).rejects.toThrow(DomainError);
    await expect(pipe.transform({ titel: 'a\u0000b' }, { type: 'body', metatype: InvoerDto })).rejects.toThrow(DomainError);
  });

  it('laat het ouderobject, de context en info van een veldresolver ongemoeid (geen invoer van de client)', async () => {
    // Server data with fields the DTO rules would refuse: returned as is, the same object, not copied.
    const ouder = Object.assign(new OuderModel(), { titel: 'langer dan vijf\u0000', extra: 1 });
    for (const type of ['0', '1', '2']) {
      await expect(pipe.transform(ouder, { type: type as 'custom', metatype: InvoerDto })).resolves.toBe(ouder);
    }
  });
});
