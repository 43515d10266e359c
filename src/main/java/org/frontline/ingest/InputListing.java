package org.frontline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the {@code --input} arguments into the files of a run, on the driver. An input is a
 * folder (read recursively), a file or a glob, on any Hadoop file system (local paths, HDFS, S3).
 * Listing on the driver lets the read stage pack many small files into one task.
 *
 * <p>Manifest files are set apart: they describe articles, they are not articles.
 */
public final class InputListing {

  /**
   * One article file to read.
   *
   * @param uri the fully qualified path, used to join manifests
   * @param rootName the name of the input folder it was found under (for a file given by itself,
   *     the folder holding it), so ids stay stable across machines that mount the input elsewhere
   * @param relativePath the path below the input folder, with '/' separators
   * @param size bytes on disk
   */
  public record InputFile(String uri, String rootName, String relativePath, long size) {}

  /** A manifest and the folder its relative paths start from. */
  public record Manifest(String uri, String folderUri) {}

  public record Listing(List<InputFile> files, List<Manifest> manifests) {
    public long totalBytes() {
      return files.stream().mapToLong(InputFile::size).sum();
    }
  }

  private InputListing() {}

  /**
   * Lists every regular file below the inputs. An input that does not exist or matches nothing is
   * an error of the run, named in the message; a file reached twice (overlapping inputs) is listed
   * once.
   */
  public static Listing list(List<String> inputs, List<String> manifestNames, Configuration conf) {
    List<InputFile> files = new ArrayList<>();
    List<Manifest> manifests = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String input : inputs) {
      try {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(pattern);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException(
              "Input " + input + " does not exist or matches no file");
        }
        for (FileStatus match : matches) {
          Path root = match.getPath();
          if (match.isDirectory()) {
            for (FileStatus status : walk(fs, root)) {
              add(status, root, manifestNames, files, manifests, seen);
            }
          } else {
            add(match, root.getParent(), manifestNames, files, manifests, seen);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    files.sort(Comparator.comparing(InputFile::uri));
    manifests.sort(Comparator.comparing(Manifest::uri));
    return new Listing(List.copyOf(files), List.copyOf(manifests));
  }

  /**
   * Every file below {@code folder}. Uses plain listStatus: Hadoop's recursive listFiles builds
   * located statuses, which on the local file system fork a shell per file to read permissions.
   */
  private static List<FileStatus> walk(FileSystem fs, Path folder) throws IOException {
    List<FileStatus> found = new ArrayList<>();
    Deque<Path> pending = new ArrayDeque<>(List.of(folder));
    while (!pending.isEmpty()) {
      for (FileStatus status : fs.listStatus(pending.pop())) {
        if (status.isDirectory()) {
          pending.push(status.getPath());
        } else {
          found.add(status);
        }
      }
    }
    return found;
  }

  private static void add(
      FileStatus status,
      Path root,
      List<String> manifestNames,
      List<InputFile> files,
      List<Manifest> manifests,
      Set<String> seen) {
    if (!status.isFile()) {
      return;
    }
    Path path = status.getPath();
    String uri = path.toString();
    if (!seen.add(uri)) {
      return;
    }
    String name = path.getName();
    if (manifestNames.contains(name.toLowerCase(Locale.ROOT))) {
      manifests.add(new Manifest(uri, path.getParent().toString()));
      return;
    }
    String rootName = root == null || root.getName().isEmpty() ? "" : root.getName();
    String relative = relativize(root, path);
    files.add(new InputFile(uri, rootName, relative, status.getLen()));
  }

  private static String relativize(Path root, Path file) {
    if (root == null) {
      return file.getName();
    }
    URI rootUri = root.toUri();
    URI fileUri = file.toUri();
    String relative = rootUri.relativize(fileUri).getPath();
    return relative.isEmpty() ? file.getName() : relative;
  }

  /** The path as users read it: local files without their {@code file:} scheme. */
  public static String displayPath(String uri) {
    return uri.startsWith("file:") ? new Path(uri).toUri().getPath() : uri;
  }
}
