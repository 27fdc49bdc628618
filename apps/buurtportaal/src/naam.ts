export const APP_NAAM = 'Buurtportaal Heerlen';
