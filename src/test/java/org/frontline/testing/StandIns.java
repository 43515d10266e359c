package org.frontline.testing;

import org.apache.spark.sql.SparkSession;

/**
 * Stand-ins for the tables of the stages still being built: small persistent views with the columns
 * of documents (with the dedup stage's cluster_id and is_canonical), of claims as
 * ../shared/CLAIMS.md defines them, and a clusters table keyed by cluster_id. Claim k1 ("Ukraine
 * controls about 800 km2 of Kursk Oblast" on 2025-11-23) is reported by d1, d2 and d3, of which d1
 * and d2 are syndicated copies; claim k2 (Kurakhove taken) by d4 alone.
 */
public final class StandIns {
  private StandIns() {}

  /** Documents d1 and d2 are syndicated copies (cluster c1); d3 repeats d1's body in its outlet. */
  public static void documents(SparkSession spark, String namespace) {
    spark.sql(
        "CREATE VIEW "
            + namespace
            + ".documents AS SELECT * FROM VALUES"
            + " ('d1', '/in/a.txt', 'ukrinform.net', 'Ukraine holds 800 km2', DATE'2025-11-23', 'h1', 'c1', true),"
            + " ('d2', '/in/b.txt', 'kyivindependent.com', 'Syrskyi: 800 km2 held', DATE'2025-11-24', 'h1', 'c1', false),"
            + " ('d3', '/in/c.txt', 'ukrinform.net', 'Reposted: 800 km2', DATE'2025-11-25', 'h1', 'c2', true),"
            + " ('d4', '/in/d.txt', 'ukrinform.net', 'Pokrovsk', DATE'2025-11-20', 'h2', 'c3', true)"
            + " AS t(doc_id, path, source, title, published_date, content_hash, cluster_id,"
            + " is_canonical)");
  }

  public static void claims(SparkSession spark, String namespace) {
    spark.sql(
        "CREATE VIEW "
            + namespace
            + ".claims AS SELECT * FROM VALUES"
            + claim("d1", "c1", "ukrinform.net", "area_controlled", "Kursk Oblast", "2025-11-23")
            + ","
            + claim(
                "d2", "c1", "kyivindependent.com", "area_controlled", "Kursk Oblast", "2025-11-23")
            + ","
            + claim("d3", "c2", "ukrinform.net", "area_controlled", "Kursk Oblast", "2025-11-23")
            + ", ('x1', 'd4', 'c3', 'ukrinform.net', 'frontline', 'territorial', 'place_taken',"
            + " 'russia', NULL, NULL, NULL, 'exact', NULL, NULL, 'Kurakhove', 'Donetsk Oblast',"
            + " 'Ukraine', DATE'2025-11-20', 'day', 'publication', NULL, NULL,"
            + " 'Russia took Kurakhove.', 0, 22, 'k2')"
            + " AS t(claim_id, doc_id, cluster_id, source, topic, category, kind, actor,"
            + " value_low, value_best, value_high, qualifier, unit, value_text, location, admin1,"
            + " country, event_date, date_precision, date_basis, date_text, claimant, sentence,"
            + " char_start, char_end, claim_key)");
  }

  private static String claim(
      String doc, String cluster, String source, String kind, String place, String date) {
    return " ('"
        + doc
        + "-1', '"
        + doc
        + "', '"
        + cluster
        + "', '"
        + source
        + "', 'frontline', 'territorial', '"
        + kind
        + "', 'ukraine', 800.0, 800.0, 800.0, 'approx', 'km2', 'approximately 800 square"
        + " kilometres', '"
        + place
        + "', '"
        + place
        + "', 'Russia', DATE'"
        + date
        + "', 'day', 'explicit', 'Nov. 23', 'Oleksandr Syrskyi', 'Now we control approximately"
        + " 800 square kilometres', 0, 52, 'k1')";
  }

  /** The clusters table as far as the views read it: its key. */
  public static void clusters(SparkSession spark, String namespace) {
    spark.sql("CREATE VIEW " + namespace + ".clusters AS SELECT 'c1' AS cluster_id");
  }
}
