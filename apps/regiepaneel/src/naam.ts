export const APP_NAAM = 'Regiepaneel Buurtwerk';
