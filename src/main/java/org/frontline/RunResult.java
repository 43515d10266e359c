package org.frontline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did, for the summary the launcher prints, the runs table and the tests.
 *
 * @param runId the run's id in the runs table
 * @param filesSeen input files listed, manifests excluded
 * @param manifests manifest files found
 * @param documents documents the run produced
 * @param documentsInserted documents new to the table
 * @param documentsUpdated documents whose stored row changed
 * @param rejectsByReason rejected files per reason
 * @param documentsBySourceAndTopic documents per source, then per topic
 * @param duplicateClusters near-duplicate clusters of two documents or more
 * @param duplicates documents in those clusters that are not canonical
 * @param stageMillis wall time per stage, in run order
 * @param readTasks the tasks that read the files (many files per task)
 * @param claims claims the run's documents make
 * @param claimNotes documents whose claim extraction fell short (time cap or rule error)
 */
public record RunResult(
    String runId,
    long filesSeen,
    long manifests,
    long documents,
    long documentsInserted,
    long documentsUpdated,
    Map<String, Long> rejectsByReason,
    Map<String, Map<String, Long>> documentsBySourceAndTopic,
    long duplicateClusters,
    long duplicates,
    LinkedHashMap<String, Long> stageMillis,
    int readTasks,
    long claims,
    long claimNotes) {

  public long rejects() {
    return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The run summary as the launcher prints it. */
  public List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    lines.add("Run " + runId);
    lines.add(
        String.format(
            "  files seen %,d (+%,d manifests), read in %,d tasks",
            filesSeen, manifests, readTasks));
    lines.add(
        String.format(
            "  documents %,d (%,d new, %,d changed, %,d unchanged)",
            documents,
            documentsInserted,
            documentsUpdated,
            documents - documentsInserted - documentsUpdated));
    lines.add(
        String.format(
            "  claims %,d (%,d documents with a note in claim_notes: time cap or rule error)",
            claims, claimNotes));
    lines.add(
        String.format(
            "  near-duplicates: %,d clusters of copies, %,d documents that are a copy",
            duplicateClusters, duplicates));
    lines.add(String.format("  rejects %,d", rejects()));
    rejectsByReason.forEach((reason, n) -> lines.add(String.format("    %-20s %,8d", reason, n)));
    lines.add("  documents per source and topic");
    documentsBySourceAndTopic.forEach(
        (source, topics) -> {
          long total = topics.values().stream().mapToLong(Long::longValue).sum();
          lines.add(String.format("    %-28s %,8d  %s", source, total, topics));
        });
    lines.add("  time per stage");
    stageMillis.forEach(
        (stage, millis) -> lines.add(String.format("    %-10s %8.1f s", stage, millis / 1000.0)));
    return lines;
  }
}
