import { InbrengSoort, ProgrammaStatus } from './programma.entity';
import { evaluatieMagStarten, inbrengMogelijk, jaarToegestaan, programmaMagOvergaan, wijzigbaar } from './programma.rules';

describe('Regels van het uitvoeringsprogramma', () => {
  it.each([
    [ProgrammaStatus.CONCEPT, ProgrammaStatus.VASTGESTELD, true],
    [ProgrammaStatus.VASTGESTELD, ProgrammaStatus.EVALUATIE, true],
    [ProgrammaStatus.EVALUATIE, ProgrammaStatus.GEEVALUEERD, true],
    [ProgrammaStatus.CONCEPT, ProgrammaStatus.GEEVALUEERD, false],
    [ProgrammaStatus.VASTGESTELD, ProgrammaStatus.CONCEPT, false],
    [ProgrammaStatus.GEEVALUEERD, ProgrammaStatus.EVALUATIE, false],
  ])('van %s naar %s: %s', (van, naar, mag) => {
    expect(programmaMagOvergaan(van, naar)).toBe(mag);
  });

  it('alleen een concept is te wijzigen', () => {
    expect(Object.values(ProgrammaStatus).filter(wijzigbaar)).toEqual([ProgrammaStatus.CONCEPT]);
  });

  it.each([
    [2027, '2027-11-30', false],
    [2027, '2027-12-01', true],
    [2027, '2028-02-10', true],
  ])('evaluatie van %s op %s mag starten: %s', (jaar, vandaag, mag) => {
    expect(evaluatieMagStarten(jaar, vandaag)).toBe(mag);
  });

  it.each([
    [2026, false],
    [2027, true],
    [2029, true],
    [2030, false],
  ])('op 2027-05-01 is een programma voor %s toegestaan: %s', (jaar, mag) => {
    expect(jaarToegestaan(jaar, '2027-05-01')).toBe(mag);
  });
});

describe('Inbreng van partners', () => {
  const concept = { status: ProgrammaStatus.CONCEPT, inbrengVan: '2027-02-01', inbrengTot: '2027-02-14' };
  it.each([
    ['vóór het venster', concept, '2027-01-31', null],
    ['op de eerste dag', concept, '2027-02-01', InbrengSoort.INBRENG],
    ['op de laatste dag', concept, '2027-02-14', InbrengSoort.INBRENG],
    ['na het venster', concept, '2027-02-15', null],
    ['concept zonder venster', { ...concept, inbrengVan: null, inbrengTot: null }, '2027-02-05', null],
    ['vastgesteld', { ...concept, status: ProgrammaStatus.VASTGESTELD }, '2027-02-05', null],
    ['in evaluatie', { ...concept, status: ProgrammaStatus.EVALUATIE }, '2027-12-05', InbrengSoort.EVALUATIE],
    ['geëvalueerd', { ...concept, status: ProgrammaStatus.GEEVALUEERD }, '2027-12-20', null],
  ])('%s', (_naam, p, vandaag, verwacht) => {
    expect(inbrengMogelijk(p, vandaag)).toBe(verwacht);
  });
});
