package org.frontline.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.Test;

class IdfWeightsTest {
  private static final HashingTF HASHING = new HashingTF().setNumFeatures(16);

  @Test
  void scalesTermFrequenciesBySmoothedIdfAndNormalises() {
    double[] idf = new double[16];
    idf[3] = Math.log(2); // weight 1 + ln 2
    IdfWeights weights = new IdfWeights(new TermCounter(List.of("the"), HASHING), idf);

    Vector tfidf =
        weights.tfidf((SparseVector) Vectors.sparse(16, new int[] {3, 5}, new double[] {2, 1}));

    double a = 2 * (1 + Math.log(2));
    double b = 1;
    double norm = Math.hypot(a, b);
    assertThat(tfidf.apply(3)).isCloseTo(a / norm, within(1e-12));
    assertThat(tfidf.apply(5))
        .as("a term in every document weighs its frequency")
        .isCloseTo(b / norm, within(1e-12));
    assertThat(Vectors.norm(tfidf, 2)).isCloseTo(1.0, within(1e-12));
    assertThat(
            weights
                .tfidf((SparseVector) Vectors.sparse(16, new int[0], new double[0]))
                .numNonzeros())
        .isZero();
  }

  @Test
  void weighsTokensByTheirBucketAndStopWordsAsOne() {
    double[] idf = new double[16];
    idf[HASHING.indexOf("izyum")] = 2.5;
    IdfWeights weights = new IdfWeights(new TermCounter(List.of("the"), HASHING), idf);

    assertThat(weights.weight("izyum")).isEqualTo(3.5);
    assertThat(weights.weight("the")).isEqualTo(1.0);
    assertThat(weights.counter().index("izyum")).isEqualTo(HASHING.indexOf("izyum"));
  }

  @Test
  void countsTermsWithoutStopWordsInTheirBuckets() {
    TermCounter counter = new TermCounter(List.of("the", "of"), HASHING);

    assertThat(counter.terms("The siege of Mariupol, the SIEGE"))
        .containsExactly("siege", "mariupol", "siege");
    SparseVector frequencies =
        counter.frequencies(counter.terms("The siege of Mariupol, the SIEGE"));
    assertThat(frequencies.apply(HASHING.indexOf("siege"))).isEqualTo(2.0);
    assertThat(frequencies.apply(HASHING.indexOf("mariupol"))).isEqualTo(1.0);
    assertThat(frequencies.indices()).isSorted().doesNotHaveDuplicates();
    assertThat(counter.isStopWord("of")).isTrue();
  }
}
