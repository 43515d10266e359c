-- ${namespace} is replaced by the schema the tables are registered in (catalog.namespace).
-- Built from documents.cluster_id, which the dedup stage fills along with the clusters table.
SELECT
  cluster_id,
  count(*) AS documents,
  count(DISTINCT source) AS sources,
  array_sort(collect_set(source)) AS source_list,
  max_by(title, is_canonical) AS canonical_title,
  min(published_date) AS first_published,
  max(published_date) AS last_published
FROM ${namespace}.documents
WHERE cluster_id IS NOT NULL
GROUP BY cluster_id
HAVING count(DISTINCT source) > 1
ORDER BY sources DESC, documents DESC, cluster_id
