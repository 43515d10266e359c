-- ${namespace} is replaced by the schema the tables are registered in (catalog.namespace).
SELECT
  content_hash,
  count(*) AS documents,
  count(DISTINCT source) AS sources,
  array_sort(collect_set(source)) AS source_list,
  -- The copy with the first path stands for the group, so the title is the same on every run.
  min_by(title, path) AS title,
  min(published_date) AS first_published,
  max(published_date) AS last_published
FROM ${namespace}.documents
GROUP BY content_hash
HAVING count(*) > 1
