#!/usr/bin/env bash
# Regenerates the fixtures in src/test/resources/bad-input/: one small file per reject reason
# plus a few good files in awkward encodings. All article text is invented for tests.
# Needs bash, printf, iconv and gzip; gzip -n keeps the output byte-identical between runs.
set -euo pipefail
cd "$(dirname "$0")/bad-input"

# --- rejects ---------------------------------------------------------------------------------

: >empty.txt

printf '   \t\n\n \t  \r\n\t\t\n   \n' >blank.txt

# A PNG signature and IHDR chunk start, then zeros: NUL bytes right at the start.
{
  printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00'
  head -c 300 /dev/zero
} >binary.txt

# A UTF-8 BOM promises UTF-8, then 0xC3 0x28 (lead byte without continuation) and 0xFF.
printf '\xef\xbb\xbfShelling reported near the river \xc3\x28 \xff\xfe\xfd overnight.\n' >undecodable.txt

# Cut off in the middle of a string value.
printf '%s' '{"url": "https://news.example.org/2024/11/23/drone-attack", "title": "Drone attack hits energy site", "text": "Air defence units were active for several hours overnight as' >malformed.json

cat >no-text.json <<'EOF'
{"url": "https://news.example.org/2024/11/23/grain-corridor", "title": "Grain ships leave Odesa ports despite strikes", "published": "2024-11-23", "source": "example-wire"}
EOF

cat >array.json <<'EOF'
[
  {"url": "https://news.example.org/2024/11/22/a", "title": "Evening briefing", "text": "Officials gave an update on the front line."},
  {"url": "https://news.example.org/2024/11/22/b", "title": "Night alerts", "text": "Air raid sirens sounded in several regions."}
]
EOF

# The gzip magic number, a plausible header, then bytes that are not a deflate stream.
printf '\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03this is not deflate data \xff\xff\xff\xff' >bad.txt.gz

# --- good files --------------------------------------------------------------------------------

cat >good-article.json <<'EOF'
{
  "url": "https://news.example.org/2024/11/23/kharkiv-power-restored",
  "title": "Power restored in parts of Kharkiv after overnight strikes",
  "published": "2024-11-23",
  "text": "Power was restored to most districts of Kharkiv on Saturday morning after an overnight attack damaged two substations, the regional administration said.\n\nRepair crews worked through the night while air defence units engaged drones over the northern outskirts. Officials said no casualties were reported, although several residential buildings lost windows.\n\nSchools in the affected districts will move to remote lessons until Monday, the city council said in a statement.",
  "source": "example-wire"
}
EOF

cat >good-page.html <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ferry service resumes on the Dnipro | Example News</title>
  <link rel="canonical" href="https://news.example.org/2024/11/23/dnipro-ferry">
  <meta property="article:published_time" content="2024-11-23T08:15:00+02:00">
  <script>window.analytics = {page: "article"};</script>
  <style>body { font-family: sans-serif; }</style>
</head>
<body>
  <header>
    <a href="/">Example News</a>
    <nav><a href="/world">World</a> <a href="/europe">Europe</a> <a href="/live">Live</a></nav>
  </header>
  <article>
    <h1>Ferry service resumes on the Dnipro</h1>
    <p>A passenger ferry between two riverside villages in central Ukraine resumed service on <b>Saturday</b>, local authorities said, after a pause of almost three weeks.</p>
    <p>The crossing had been suspended when a drone damaged the landing stage. Engineers from the regional road service built a temporary pier in nine days.</p>
    <p>Residents said the ferry saves them a detour of more than 60 kilometres to reach the district hospital and the weekly market.</p>
  </article>
  <footer>
    <p>&copy; 2024 Example News. All rights reserved.</p>
  </footer>
</body>
</html>
EOF

iconv -f UTF-8 -t WINDOWS-1252 >good-windows1252.txt <<'EOF'
Volunteers in Zaporizhzhia opened a new aid centre on Friday, handing out blankets, heaters and hot meals to families displaced from villages closer to the front line. The organisers said the centre’s “first week” would focus on older residents who live alone.

A café owner who lends the group her kitchen said demand had doubled since the start of November. “We cook from six in the morning, and by noon the soup is gone,” she said — adding that the team now needs drivers more than money.

Regional officials said about 1,200 people had registered for help so far. The centre will stay open through the winter, with a second site planned for early December.
EOF

{
  printf '\xff\xfe'
  iconv -f UTF-8 -t UTF-16LE <<'EOF'
Rail operator adds night trains to Lviv

The national rail operator will add two night trains between Kyiv and Lviv from next week, citing high demand before the holidays.

The company said carriages would be heated and that shelters are available at every station on the route during air raid alerts.
EOF
} >good-utf16.txt

sed 's/$/\r/' <<'EOF' | gzip -n -9 >good-crlf.txt.gz
Mine clearance teams finish work on farmland near Izium

Specialists from the state emergency service said on Thursday they had cleared more than 300 hectares of farmland east of Izium since the summer.

Farmers in the area hope to sow winter wheat on part of the land next season. The service warned that forests and river banks nearby remain dangerous.
EOF

# --- too_large ---------------------------------------------------------------------------------

# Small on disk, 6,000,000 bytes once decompressed: over the default cap of 5,000,000 bytes, so the
# decompressed-size check rejects it (a file over the cap on disk is tested with a tiny cap).
yes 'Shelling continued overnight near the front line, officials said. ' | head -c 6000000 | gzip -n -9 >too-large.txt.gz
