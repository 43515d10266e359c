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

  /**
   * The values of {@code in} followed by {@code appended}, as a row of {@code schema}: the schema
   * of {@code in} with the appended columns added at the end.
   */
  public static Row append(StructType schema, Row in, Object... appended) {
    Object[] values = new Object[in.length() + appended.length];
    for (int i = 0; i < in.length(); i++) {
      values[i] = in.get(i);
    }
    System.arraycopy(appended, 0, values, in.length(), appended.length);
    return of(schema, values);
  }
}
