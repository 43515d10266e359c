package org.frontline.ingest;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.frontline.util.Rows;

/**
 * The executor side of ingest: reads each listed file of a partition through its Hadoop file system
 * and parses it with {@link ArticleReader}. One task reads many files.
 */
final class ReadFiles implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final IngestConfig config;

  /** Hadoop settings of the driver (credentials, endpoints), as a serializable copy. */
  private final HashMap<String, String> hadoopSettings;

  ReadFiles(IngestConfig config, Configuration hadoopConf) {
    this.config = config;
    this.hadoopSettings = new HashMap<>();
    for (Map.Entry<String, String> entry : hadoopConf) {
      hadoopSettings.put(entry.getKey(), entry.getValue());
    }
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    Configuration conf = new Configuration(false);
    hadoopSettings.forEach(conf::set);
    // Lazy, so a task holds one file at a time however many it reads.
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        return read(files.next(), conf);
      }
    };
  }

  private Row read(Row file, Configuration conf) {
    String uri = file.getString(0);
    long size = file.getLong(3);
    Path path = new Path(uri);
    ArticleReader.Result r =
        ArticleReader.read(path.getName(), size, () -> path.getFileSystem(conf).open(path), config);
    return Rows.of(
        Ingest.READ,
        uri,
        file.getString(1),
        file.getString(2),
        size,
        InputListing.displayPath(uri),
        r.format(),
        r.charset(),
        r.url(),
        r.title(),
        r.published(),
        r.source(),
        r.text(),
        r.isReject() ? r.rejectReason().code() : null,
        r.rejectDetail());
  }
}
