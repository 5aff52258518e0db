package cn.suzhou.shuanglian.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The JSON path of a bad value as the request's own field name: {@code year}, {@code rows[2].level}. */
public final class JsonPaths {

  private JsonPaths() {
  }

  public static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
