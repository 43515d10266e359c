-- ${namespace} is replaced by the schema the tables are registered in (catalog.namespace).
SELECT
  location,
  admin1 AS oblast,
  event_date,
  kind,
  actor,
  unit,
  value_best,
  count(DISTINCT doc_id) AS documents,
  -- Syndicated copies of one article are one report: count duplicate clusters, not documents.
  count(DISTINCT coalesce(cluster_id, doc_id)) AS independent_reports,
  count(DISTINCT source) AS sources,
  array_sort(collect_set(source)) AS source_list,
  array_sort(collect_set(claimant)) AS claimants,
  min_by(sentence, doc_id) AS example_sentence
FROM ${namespace}.claims
WHERE category = 'territorial'
  AND kind IN ('area_gained', 'area_lost', 'area_controlled', 'control_share')
  AND event_date IS NOT NULL
GROUP BY ALL
