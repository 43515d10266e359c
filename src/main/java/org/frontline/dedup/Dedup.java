package org.frontline.dedup;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.frontline.Columns;
import org.frontline.features.Analyzer;
import org.frontline.util.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Stage 4: near-duplicate clusters.
 *
 * <ol>
 *   <li>Exact copies (equal {@code content_hash}) are linked to their smallest doc_id, which alone
 *       goes on; documents without tokens go no further and stay clusters of one.
 *   <li>Each remaining document gets the sorted hashes of its word shingles and a MinHash
 *       signature, cut into bands ({@link Banding}); documents sharing a band's bucket key are
 *       candidate pairs ({@link BucketPairs} caps large buckets).
 *   <li>Candidates are verified on the exact Jaccard similarity of their shingles and the cosine of
 *       their TF-IDF vectors; a link is kept when both reach their threshold, and records both.
 *   <li>Clusters are the connected components of the links ({@link ConnectedComponents}); each is
 *       named by a hash of its smallest doc_id, so names survive reruns.
 * </ol>
 *
 * <p>Needs {@code doc_id}, {@code source}, {@code published_date}, {@code published_basis}, {@code
 * body}, {@code content_hash} and {@code tfidf}. The documents come back with {@code cluster_id}
 * and {@code is_canonical}, and a document without a publication date takes the earliest date of
 * its cluster with basis {@code cluster}; the clusters come as rows of the clusters table.
 */
public final class Dedup {
  private static final Logger LOG = LoggerFactory.getLogger(Dedup.class);

  // A verified link between two documents.
  static final String SRC = "src";
  static final String DST = "dst";
  static final String JACCARD = "jaccard";
  static final String COSINE = "cosine";

  static final StructType LINKS =
      new StructType()
          .add(SRC, DataTypes.StringType, false)
          .add(DST, DataTypes.StringType, false)
          .add(JACCARD, DataTypes.DoubleType, false)
          .add(COSINE, DataTypes.DoubleType, false);

  // A document on its way through LSH.
  static final String SHINGLES = "shingles";
  static final String BUCKET_KEYS = "bucket_keys";
  static final StructType SIGNED =
      new StructType()
          .add(Columns.DOC_ID, DataTypes.StringType, false)
          /* Sorted distinct 64-bit shingle hashes, packed by Shingles.toBytes. */
          .add(SHINGLES, DataTypes.BinaryType, false)
          .add(BUCKET_KEYS, DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add(Columns.TFIDF, SQLDataTypes.VectorType(), false);

  private static final StructType PAIRS =
      new StructType().add(SRC, DataTypes.StringType, false).add(DST, DataTypes.StringType, false);

  private static final String MEMBERS = "members";
  private static final String CLUSTER_FIRST_PUBLISHED = "cluster_first_published";

  /** published_basis of a date inherited from the earliest member of the document's cluster. */
  public static final String CLUSTER_BASIS = "cluster";

  private Dedup() {}

  /**
   * What the stage found.
   *
   * @param documents the input documents with {@code cluster_id} and {@code is_canonical}
   * @param clusters rows of the clusters table
   * @param candidatePairs distinct candidate pairs from LSH (counted by an accumulator, like {@code
   *     cappedBuckets})
   * @param cappedBuckets buckets larger than the pairwise limit, linked as stars (counted by an
   *     accumulator: a task run twice counts its share twice)
   * @param links verified links, exact copies included
   * @param rounds rounds of the connected components
   */
  public record Result(
      Dataset<Row> documents,
      Dataset<Row> clusters,
      long candidatePairs,
      long cappedBuckets,
      long links,
      int rounds) {}

  public static Result cluster(Dataset<Row> documents, DedupConfig config) {
    // MinHash needs a non-empty set, so documents without tokens take no part.
    Dataset<Row> withTokens = documents.where(Analyzer.hasTokens(col(Columns.BODY)));
    // Only ids and hashes take part in finding exact copies, so only they are shuffled.
    Dataset<Row> hashed =
        withTokens.select(
            col(Columns.DOC_ID),
            min(col(Columns.DOC_ID)).over(Window.partitionBy(Columns.CONTENT_HASH)).as("copy_of"));
    Dataset<Row> laterCopies = hashed.where(col(Columns.DOC_ID).notEqual(col("copy_of")));
    Dataset<Row> copyLinks =
        laterCopies.select(
            col("copy_of").as(SRC),
            col(Columns.DOC_ID).as(DST),
            lit(1.0).as(JACCARD),
            lit(1.0).as(COSINE));
    // Later copies of a body are few next to the documents, so they are broadcast and the
    // documents, bodies and vectors, are signed where they lie instead of being shuffled.
    Dataset<Row> signed =
        withTokens
            .join(broadcast(laterCopies), Columns.DOC_ID, "left_anti")
            .select(Columns.DOC_ID, Columns.BODY, Columns.TFIDF)
            .map(new SignFunction(config), Encoders.row(SIGNED))
            .localCheckpoint();

    // Candidates are only counted for the log, so accumulators count them as they pass instead
    // of a job of their own; a task run twice would count its share twice.
    SparkContext context = signed.sparkSession().sparkContext();
    LongAccumulator capped = context.longAccumulator("capped buckets");
    LongAccumulator candidates = context.longAccumulator("candidate pairs");
    Dataset<Row> links =
        copyLinks
            .unionByName(
                verify(
                    candidatePairs(buckets(signed), config.maxBucketSize(), capped),
                    signed,
                    config,
                    candidates))
            .localCheckpoint();
    long linkCount = links.count();
    ConnectedComponents.Result components =
        ConnectedComponents.of(links, SRC, DST, config.maxIterations(), config.maxDriverLinks());
    LOG.info(
        "dedup: {} x {} banding, {} candidate pairs ({} buckets capped at {}), {} links, components {}",
        config.banding().bands(),
        config.banding().rows(),
        candidates.value(),
        capped.value(),
        config.maxBucketSize(),
        linkCount,
        components.onDriver() ? "on the driver" : "in " + components.rounds() + " rounds");

    Dataset<Row> members = members(documents, components.components()).localCheckpoint();
    Dataset<Row> clustered =
        documents
            .join(
                members.select(
                    col(Columns.DOC_ID),
                    col(Columns.CLUSTER_ID),
                    col(Columns.IS_CANONICAL),
                    col(CLUSTER_FIRST_PUBLISHED)),
                Columns.DOC_ID)
            .withColumn(
                Columns.PUBLISHED_BASIS,
                when(
                        col(Columns.PUBLISHED_DATE)
                            .isNull()
                            .and(col(CLUSTER_FIRST_PUBLISHED).isNotNull()),
                        lit(CLUSTER_BASIS))
                    .otherwise(col(Columns.PUBLISHED_BASIS)))
            .withColumn(
                Columns.PUBLISHED_DATE,
                coalesce(col(Columns.PUBLISHED_DATE), col(CLUSTER_FIRST_PUBLISHED)))
            .drop(CLUSTER_FIRST_PUBLISHED);
    return new Result(
        clustered,
        clusters(members, links),
        candidates.value(),
        capped.value(),
        linkCount,
        components.rounds());
  }

  /**
   * The ids of stored clusters that this run's clustering replaces: clusters holding one of {@code
   * documents} under another id. Clusters are found over a run's documents, so when a rerun over a
   * grown input merges or splits clusters, their old rows must go.
   *
   * @param stored rows of the clusters table
   * @param documents the run's documents with their {@code cluster_id}
   */
  public static Dataset<Row> supersededClusters(Dataset<Row> stored, Dataset<Row> documents) {
    return stored
        .select(col(Columns.CLUSTER_ID), explode(col(MEMBERS)).as(Columns.DOC_ID))
        .join(
            documents.select(col(Columns.DOC_ID), col(Columns.CLUSTER_ID).as("current")),
            Columns.DOC_ID)
        .where(col(Columns.CLUSTER_ID).notEqual(col("current")))
        .select(Columns.CLUSTER_ID)
        .distinct();
  }

  /** The LSH buckets with more than one member: the sorted doc ids sharing a band's key. */
  static Dataset<Row> buckets(Dataset<Row> signed) {
    return signed
        .select(col(Columns.DOC_ID), posexplode(col(BUCKET_KEYS)).as(new String[] {"band", "key"}))
        .groupBy("band", "key")
        .agg(sort_array(collect_list(Columns.DOC_ID)).as(MEMBERS))
        .where(size(col(MEMBERS)).gt(1))
        .select(MEMBERS);
  }

  /**
   * The distinct candidate pairs {@code (src < dst)} of the buckets; {@code capped} counts the
   * buckets linked as stars.
   */
  static Dataset<Row> candidatePairs(
      Dataset<Row> buckets, int maxBucketSize, LongAccumulator capped) {
    return buckets
        .flatMap(new PairsFunction(maxBucketSize, capped), Encoders.row(PAIRS))
        .distinct();
  }

  /**
   * The candidate pairs whose shingle Jaccard and TF-IDF cosine both reach their thresholds, with
   * both similarities; {@code verified} counts the candidates.
   */
  static Dataset<Row> verify(
      Dataset<Row> candidates, Dataset<Row> signed, DedupConfig config, LongAccumulator verified) {
    Dataset<Row> sources =
        signed.select(
            col(Columns.DOC_ID).as(SRC),
            col(SHINGLES).as("src_shingles"),
            col(Columns.TFIDF).as("src_tfidf"));
    Dataset<Row> targets =
        signed.select(
            col(Columns.DOC_ID).as(DST),
            col(SHINGLES).as("dst_shingles"),
            col(Columns.TFIDF).as("dst_tfidf"));
    return candidates
        .join(sources, SRC)
        .join(targets, DST)
        .map(new SimilarityFunction(verified), Encoders.row(LINKS))
        .where(
            col(JACCARD)
                .geq(config.jaccardThreshold())
                .and(col(COSINE).geq(config.cosineThreshold())));
  }

  /**
   * One row per document: its cluster, whether it is the canonical member, and the cluster's
   * earliest publication date.
   */
  private static Dataset<Row> members(Dataset<Row> documents, Dataset<Row> components) {
    WindowSpec cluster = Window.partitionBy(Columns.CLUSTER_ID);
    return documents
        .select(
            col(Columns.DOC_ID),
            col(Columns.SOURCE),
            col(Columns.PUBLISHED_DATE),
            length(col(Columns.BODY)).as("body_length"))
        .join(
            components.withColumnRenamed(ConnectedComponents.NODE, Columns.DOC_ID),
            Columns.DOC_ID,
            "left")
        .withColumn(
            Columns.CLUSTER_ID,
            substring(
                sha2(coalesce(col(ConnectedComponents.COMPONENT), col(Columns.DOC_ID)), 256),
                1,
                20))
        .withColumn(
            Columns.IS_CANONICAL,
            row_number()
                .over(
                    cluster.orderBy(
                        col(Columns.PUBLISHED_DATE).asc_nulls_last(),
                        col("body_length").desc(),
                        col(Columns.DOC_ID).asc()))
                .equalTo(1))
        .withColumn(CLUSTER_FIRST_PUBLISHED, min(col(Columns.PUBLISHED_DATE)).over(cluster));
  }

  /** Rows of the clusters table, from the members and the links between them. */
  private static Dataset<Row> clusters(Dataset<Row> members, Dataset<Row> links) {
    // Means are rounded so that a rerun, which may add the same values in another order, writes
    // the same numbers and MERGE leaves the row alone.
    Dataset<Row> linkStats =
        links
            .join(members.select(col(Columns.DOC_ID).as(SRC), col(Columns.CLUSTER_ID)), SRC)
            .groupBy(Columns.CLUSTER_ID)
            .agg(
                min(JACCARD).as("min_jaccard"),
                round(avg(JACCARD), 6).as("mean_jaccard"),
                min(COSINE).as("min_cosine"),
                round(avg(COSINE), 6).as("mean_cosine"));
    return members
        .groupBy(Columns.CLUSTER_ID)
        .agg(
            max(when(col(Columns.IS_CANONICAL), col(Columns.DOC_ID))).as("canonical_doc_id"),
            sort_array(collect_list(Columns.DOC_ID)).as("members"),
            count(lit(1)).as(Columns.SIZE),
            sort_array(collect_set(Columns.SOURCE)).as("sources"),
            min(Columns.PUBLISHED_DATE).as("first_published"),
            max(Columns.PUBLISHED_DATE).as("last_published"))
        .join(linkStats, Columns.CLUSTER_ID, "left");
  }

  /** Shingles, MinHash signature and band keys of one document. */
  static final class SignFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int shingleSize;
    private final MinHash minHash;
    private final Banding banding;

    SignFunction(DedupConfig config) {
      this.shingleSize = config.shingleSize();
      this.minHash = new MinHash(config.banding().permutations(), config.seed());
      this.banding = config.banding();
    }

    @Override
    public Row call(Row in) {
      long[] shingles = Shingles.hashes(Analyzer.tokenize(in.getAs(Columns.BODY)), shingleSize);
      long[] keys = banding.bucketKeys(minHash.signature(shingles));
      return Rows.of(
          SIGNED,
          in.getAs(Columns.DOC_ID),
          Shingles.toBytes(shingles),
          CollectionConverters.asScala(Arrays.stream(keys).boxed().toList()).toSeq(),
          in.getAs(Columns.TFIDF));
    }
  }

  /** The candidate pairs of one bucket. */
  static final class PairsFunction implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int maxBucketSize;

    private final LongAccumulator capped;

    PairsFunction(int maxBucketSize, LongAccumulator capped) {
      this.maxBucketSize = maxBucketSize;
      this.capped = capped;
    }

    @Override
    public Iterator<Row> call(Row bucket) {
      List<String> members = bucket.getList(0);
      if (members.size() > maxBucketSize) {
        capped.add(1);
      }
      List<Row> pairs = new ArrayList<>();
      for (String[] pair : BucketPairs.of(members, maxBucketSize)) {
        pairs.add(RowFactory.create(pair[0], pair[1]));
      }
      return pairs.iterator();
    }
  }

  /** Both similarities of a candidate pair. */
  static final class SimilarityFunction implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final LongAccumulator verified;

    SimilarityFunction(LongAccumulator verified) {
      this.verified = verified;
    }

    @Override
    public Row call(Row pair) {
      verified.add(1);
      double jaccard =
          Shingles.jaccard(
              Shingles.fromBytes(pair.getAs("src_shingles")),
              Shingles.fromBytes(pair.getAs("dst_shingles")));
      // TF-IDF vectors are L2-normalised, so their dot product is their cosine.
      double cosine = pair.<Vector>getAs("src_tfidf").dot(pair.getAs("dst_tfidf"));
      return Rows.of(LINKS, pair.getAs(SRC), pair.getAs(DST), jaccard, cosine);
    }
  }
}
