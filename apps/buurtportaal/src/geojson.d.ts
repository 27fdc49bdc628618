declare module '*.geojson' {
  const inhoud: import('./kaart/projectie').GeoJsonBuurten;
  export default inhoud;
}
