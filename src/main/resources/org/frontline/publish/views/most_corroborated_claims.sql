-- ${namespace} is replaced by the schema the tables are registered in (catalog.namespace).
SELECT
  claim_key,
  any_value(category) AS category,
  kind,
  actor,
  location,
  any_value(admin1) AS oblast,
  event_date,
  value_best,
  any_value(unit) AS unit,
  -- Syndicated copies of one article are one report: count duplicate clusters, not documents.
  count(DISTINCT coalesce(cluster_id, doc_id)) AS independent_reports,
  count(DISTINCT doc_id) AS documents,
  count(DISTINCT source) AS sources,
  array_sort(collect_set(source)) AS source_list,
  array_sort(collect_set(claimant)) AS claimants,
  min_by(sentence, doc_id) AS example_sentence
FROM ${namespace}.claims
GROUP BY claim_key, kind, actor, location, event_date, value_best
HAVING count(DISTINCT source) > 1
ORDER BY independent_reports DESC, sources DESC, claim_key
