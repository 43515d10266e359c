package org.frontline.measure;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.frontline.Columns;
import org.frontline.Pipeline;
import org.frontline.config.FrontlineConfig;
import org.frontline.dedup.Shingles;
import org.frontline.features.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A synthetic corpus with known duplicate groups, built from real articles: each group is one real
 * article carried by one or more outlets ({@link CopyEditor}). It is written as an input folder
 * ({@code docs/}, text pages with a {@code manifest.csv}) and a ground truth ({@code truth.csv}:
 * url and group of every page). The same source, size and seed give the same corpus.
 *
 * <p>Group sizes: a third of the stories have no copy; the others have 2 or more copies, a
 * geometric number, up to one per outlet. The mean group size is 2.5, or more when the source has
 * too few articles for the size asked. Articles that are copies of each other in the source are
 * used once only, so two groups never hold the same text.
 */
public final class SyntheticCorpus {
  private static final Logger LOG = LoggerFactory.getLogger(SyntheticCorpus.class);

  private static final int OUTLETS = 40;
  private static final double SINGLE_SHARE = 1.0 / 3;
  private static final double DEFAULT_MEAN_GROUP = 2.5;
  private static final double NO_DATE_SHARE = 0.15;
  private static final int TEASERS = 3;

  /** Share of an article's sampled shingles found in one earlier article that makes it a copy. */
  private static final double COPY_SHARE = 0.3;

  /** One shingle in this many is indexed to find copies among the source articles. */
  private static final int SHINGLE_SAMPLING = 8;

  /** A source article. */
  record Story(String id, String title, LocalDate published, List<String> paragraphs) {}

  /** What was written. */
  public record Summary(int documents, int groups, int stories, Path input, Path truth) {}

  private SyntheticCorpus() {}

  /**
   * Reads the articles of {@code source} through ingest and clean, and writes {@code documents}
   * pages under {@code output}.
   */
  public static Summary generate(
      SparkSession spark, Path source, Path output, int documents, long seed) {
    List<Story> stories = distinct(read(spark, source));
    Collections.shuffle(stories, new Random(seed));
    return write(stories, output, documents, new Random(seed + 1));
  }

  private static List<Story> read(SparkSession spark, Path source) {
    List<Row> rows =
        Pipeline.cleanedDocuments(spark, List.of(source.toString()), FrontlineConfig.load(null))
            .select(Columns.DOC_ID, Columns.TITLE, Columns.PUBLISHED_DATE, Columns.BODY)
            .orderBy(col(Columns.DOC_ID))
            .collectAsList();
    List<Story> stories = new ArrayList<>();
    for (Row row : rows) {
      List<String> paragraphs =
          Arrays.stream(row.getString(3).split("\n\n+"))
              .map(String::strip)
              .filter(p -> !p.isEmpty())
              .toList();
      Date published = row.getDate(2);
      stories.add(
          new Story(
              row.getString(0),
              row.getString(1),
              published == null ? null : published.toLocalDate(),
              paragraphs));
    }
    return stories;
  }

  /** The stories, in order, without those that copy an earlier one. */
  static List<Story> distinct(List<Story> stories) {
    Map<Long, Integer> ownerOfShingle = new HashMap<>();
    Set<String> bodies = new HashSet<>();
    List<Story> kept = new ArrayList<>();
    for (Story story : stories) {
      String body = String.join("\n", story.paragraphs());
      if (body.isBlank() || !bodies.add(body)) {
        continue;
      }
      long[] sample =
          Arrays.stream(Shingles.hashes(Analyzer.tokenize(body), 5))
              .filter(h -> Math.floorMod(h, SHINGLE_SAMPLING) == 0)
              .toArray();
      Map<Integer, Integer> shared = new HashMap<>();
      for (long shingle : sample) {
        Integer owner = ownerOfShingle.get(shingle);
        if (owner != null) {
          shared.merge(owner, 1, Integer::sum);
        }
      }
      int mostShared = shared.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      if (sample.length > 0 && mostShared >= COPY_SHARE * sample.length) {
        continue;
      }
      for (long shingle : sample) {
        ownerOfShingle.putIfAbsent(shingle, kept.size());
      }
      kept.add(story);
    }
    return kept;
  }

  private static Summary write(List<Story> stories, Path output, int documents, Random random) {
    if (stories.isEmpty()) {
      throw new IllegalArgumentException("The source holds no article to copy");
    }
    List<CopyEditor.Outlet> outlets = CopyEditor.outlets(OUTLETS);
    List<Integer> sizes = groupSizes(documents, stories.size(), random);
    Path input = output.resolve("docs");
    Path truth = output.resolve("truth.csv");
    try {
      Files.createDirectories(input);
      try (BufferedWriter manifest =
              Files.newBufferedWriter(input.resolve("manifest.csv"), StandardCharsets.UTF_8);
          BufferedWriter groups = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
        manifest.write("path,url,source,published,title\n");
        groups.write("url,group\n");
        int page = 0;
        for (int g = 0; g < sizes.size(); g++) {
          Story story = stories.get(g);
          List<CopyEditor.Outlet> carriers = new ArrayList<>(outlets);
          Collections.shuffle(carriers, random);
          for (int copy = 0; copy < sizes.get(g); copy++) {
            CopyEditor.Outlet outlet = carriers.get(copy);
            List<String> teasers = new ArrayList<>();
            for (int t = 0; t < TEASERS; t++) {
              String title = stories.get(random.nextInt(stories.size())).title();
              teasers.add(title == null ? "More from " + outlet.name() : title);
            }
            String text =
                CopyEditor.page(
                    story.title(), story.paragraphs(), outlet, copy > 0, teasers, random);
            String path = outlet.host() + "/" + String.format("%07d", page) + ".txt";
            Files.createDirectories(input.resolve(outlet.host()));
            Files.writeString(input.resolve(path), text, StandardCharsets.UTF_8);
            String url = "https://" + outlet.host() + "/news/" + String.format("%07d", page);
            LocalDate published =
                story.published() == null || random.nextDouble() < NO_DATE_SHARE
                    ? null
                    : story.published().plusDays(copy == 0 ? 0 : random.nextInt(3));
            manifest.write(
                String.join(
                        ",",
                        csv(path),
                        csv(url),
                        csv(outlet.host()),
                        csv(published == null ? "" : published.toString()),
                        csv(story.title() == null ? "" : story.title()))
                    + "\n");
            // Neither URLs nor doc ids hold commas or quotes, so the truth file needs no quoting.
            groups.write(url + "," + story.id() + "\n");
            page++;
          }
        }
        LOG.info(
            "wrote {} pages of {} stories ({} source articles) to {}",
            page,
            sizes.size(),
            stories.size(),
            input);
        return new Summary(page, sizes.size(), stories.size(), input, truth);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the synthetic corpus to " + output, e);
    }
  }

  /**
   * Group sizes adding up to {@code documents}: a third of the groups of one, the others 2 plus a
   * geometric number, capped at one copy per outlet, with a mean of {@link #DEFAULT_MEAN_GROUP}
   * unless fewer than {@code documents / mean} stories are available.
   */
  static List<Integer> groupSizes(int documents, int stories, Random random) {
    if (documents > (long) stories * OUTLETS) {
      throw new IllegalArgumentException(
          documents
              + " pages need more than the "
              + stories
              + " distinct source articles allow ("
              + OUTLETS
              + " copies each at most)");
    }
    double mean = Math.max(DEFAULT_MEAN_GROUP, (double) documents / stories);
    // mean = 1/3 + 2/3 (2 + (1 - p) / p), solved for the geometric parameter p.
    double failuresPerSuccess = (mean - SINGLE_SHARE) / (1 - SINGLE_SHARE) - 2;
    double p = 1 / (1 + failuresPerSuccess);
    List<Integer> sizes = new ArrayList<>();
    int total = 0;
    while (total < documents && sizes.size() < stories) {
      int size = 1;
      if (random.nextDouble() >= SINGLE_SHARE) {
        size = 2;
        while (size < OUTLETS && random.nextDouble() >= p) {
          size++;
        }
      }
      size = Math.min(size, documents - total);
      sizes.add(size);
      total += size;
    }
    // Capping at one copy per outlet can leave documents over; they join groups that have room.
    for (int g = 0; total < documents; g = (g + 1) % sizes.size()) {
      if (sizes.get(g) < OUTLETS) {
        sizes.set(g, sizes.get(g) + 1);
        total++;
      }
    }
    return sizes;
  }

  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** The ground truth: the group of each page, by URL. */
  public static Map<String, String> readTruth(Path truth) {
    try {
      Map<String, String> groups = new HashMap<>();
      List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split(",");
        groups.put(fields[0], fields[1]);
      }
      return groups;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ground truth " + truth, e);
    }
  }
}
