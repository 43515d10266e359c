-- ${namespace} is replaced by the schema the tables are registered in (catalog.namespace).
SELECT
  admin1 AS oblast,
  CAST(date_trunc('week', event_date) AS DATE) AS week,
  category,
  kind,
  count(*) AS claim_rows,
  -- One claim reported by several articles has one claim_key.
  count(DISTINCT claim_key) AS distinct_claims,
  count(DISTINCT doc_id) AS documents,
  count(DISTINCT source) AS sources
FROM ${namespace}.claims
WHERE admin1 IS NOT NULL AND event_date IS NOT NULL
GROUP BY ALL
