package cn.suzhou.shuanglian.platform.process.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a Camunda Form (form-js JSON) submits: the keyed inputs a person fills in, the
 * read-only ones it shows and sends back unchanged, and for each dynamic list the fields of its
 * rows. Layout components (text, tables, buttons) submit nothing. Groups without a path pass
 * their children's keys through.
 */
public record FormFields(Set<String> editable, Set<String> readOnly, Map<String, Set<String>> listRows) {

  private static final Set<String> NOT_SUBMITTED = Set.of("text", "html", "table", "button", "separator",
      "spacer", "image", "iframe", "documentPreview");

  public static FormFields of(JsonNode form) {
    Set<String> editable = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    collect(form.path("components"), editable, readOnly, lists);
    return new FormFields(Set.copyOf(editable), Set.copyOf(readOnly), Map.copyOf(lists));
  }

  private static void collect(JsonNode components, Set<String> editable, Set<String> readOnly,
      Map<String, Set<String>> lists) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (NOT_SUBMITTED.contains(type) || component.path("disabled").asBoolean(false)) {
        continue;
      }
      if ("dynamiclist".equals(type)) {
        String path = component.path("path").asText();
        Set<String> rowFields = new LinkedHashSet<>();
        collect(component.path("components"), rowFields, rowFields, new LinkedHashMap<>());
        editable.add(path);
        lists.put(path, Set.copyOf(rowFields));
      } else if (component.has("components")) {
        collect(component.path("components"), editable, readOnly, lists);
      } else if (component.hasNonNull("key")) {
        String key = component.path("key").asText();
        (component.path("readonly").asBoolean(false) ? readOnly : editable).add(key);
      }
    }
  }

  /** Every top-level name a submission of this form may carry. */
  public Set<String> all() {
    Set<String> all = new LinkedHashSet<>(editable);
    all.addAll(readOnly);
    return all;
  }

  /** The editable names, sorted, for messages and tests. */
  public List<String> editableSorted() {
    List<String> names = new ArrayList<>(editable);
    names.sort(null);
    return names;
  }
}
