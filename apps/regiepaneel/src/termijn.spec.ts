import { termijnstand, termijntekst } from './termijn';

describe('stand van de beslistermijn in de werkvoorraad', () => {
  it.each([
    ['2027-03-09', 'verstreken'],
    ['2027-03-10', 'bijna'],
    ['2027-03-17', 'bijna'],
    ['2027-03-18', 'ruim'],
    [null, 'geen'],
  ] as const)('termijn %s op 10 maart 2027 is %s', (uiterlijk, stand) => {
    expect(termijnstand(uiterlijk, '2027-03-10')).toBe(stand);
  });

  it('telt kalenderdagen over de zomertijd heen', () => {
    expect(termijnstand('2027-04-01', '2027-03-25')).toBe('bijna');
    expect(termijntekst('2027-03-29', '2027-03-27')).toBe('nog 2 dagen');
  });

  it('zegt hoeveel dagen er nog zijn of hoe laat het is', () => {
    expect(termijntekst('2027-03-10', '2027-03-10')).toBe('vandaag');
    expect(termijntekst('2027-03-11', '2027-03-10')).toBe('nog 1 dag');
    expect(termijntekst('2027-03-09', '2027-03-10')).toBe('1 dag te laat');
    expect(termijntekst('2027-03-01', '2027-03-10')).toBe('9 dagen te laat');
  });
});
