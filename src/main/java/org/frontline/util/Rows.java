package org.frontline.util;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Rows that carry their schema. Spark hands the object a map function returns straight to the next
 * map function when nothing serializes in between, so a row made without its schema could not be
 * read by column name there.
 */
public final class Rows {
  private Rows() {}

  public static Row of(StructType schema, Object... values) {
    if (values.length != schema.length()) {
      throw new IllegalArgumentException(
          values.length
              + " values for the "
              + schema.length()
              + " columns of "
              + schema.simpleString());
    }
    return new GenericRowWithSchema(values, schema);
  }
}
