// Filters the GeoNames cities-500 dump to the places of Ukraine and Russia that war reporting
// names, keeping the Latin-script spellings English-language outlets use.
//   node build-gazetteer.mjs cities500.txt admin1.json > geonames-ua-ru.tsv
import { readFileSync } from 'node:fs';

const [citiesFile, admin1File] = process.argv.slice(2);

// Every Ukrainian place is kept: the front runs through villages. Of Russia, the border regions
// the war reached (Belgorod 09, Bryansk 10, Kursk 41) and towns of at least 10,000 elsewhere;
// small Russian villages far from the front would only add false matches.
const RU_BORDER_REGIONS = new Set(['09', '10', '41']);
const RU_MIN_POPULATION = 10000;

// English text writes place names in Latin letters, apostrophes and hyphens; the other scripts
// and transliteration marks of the alternate names never match it.
const LATIN_NAME = /^[A-Z][A-Za-z' -]*[a-z]$/;

const admin1 = new Map(JSON.parse(readFileSync(admin1File, 'utf8')).map((a) => [a.code, a.name]));

function spellings(name, alternates) {
  const out = new Set();
  for (const raw of [name, ...alternates]) {
    const s = raw.replace(/[\u2019\u02bc\u2018`]/g, "'").trim();
    if (s.length >= 4 && LATIN_NAME.test(s)) out.add(s);
  }
  return [...out];
}

const header = ['geonameid', 'name', 'country', 'admin1_code', 'admin1_name', 'population',
  'feature_code', 'spellings'];
const rows = [header.join('\t')];
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, , alternateNames] = f;
  const featureCode = f[7];
  const country = f[8];
  const admin1Code = f[10];
  const population = Number(f[14]) || 0;
  if (country !== 'UA' && country !== 'RU') continue;
  if (country === 'RU' && !RU_BORDER_REGIONS.has(admin1Code) && population < RU_MIN_POPULATION) {
    continue;
  }
  const names = spellings(name, alternateNames ? alternateNames.split(',') : []);
  if (names.length === 0) continue;
  rows.push([id, names.includes(name) ? name : names[0], country, admin1Code,
    admin1.get(`${country}.${admin1Code}`) ?? '', population, featureCode,
    names.join('|')].join('\t'));
}
process.stdout.write(rows.join('\n') + '\n');
