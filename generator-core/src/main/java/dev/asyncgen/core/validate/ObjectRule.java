package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.MapNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declaration of one AsyncAPI object type: its fixed fields, whether it takes
 * Specification Extensions, and the few rules a field table cannot say (e.g. "required when
 * {@code type} is {@code http}").
 *
 * @param noun what one such object is called in messages ("channel")
 * @param aNoun the same with an article, for "'x' in a channel requires ..."
 * @param fields the fixed fields by name, in the specification's order
 * @param extensionsSince first version whose text allows {@code x-} fields here; null for none
 * @param checks rules beyond the field table, run after the fields
 * @param chainEnds whether children are named without this object ("component message 'x'",
 *     not "... of components")
 */
record ObjectRule(String noun, String aNoun, Map<String, Field> fields, String extensionsSince, List<Check> checks,
    boolean chainEnds) {

  /** A rule beyond the field table, run on an object that matched the table's shape. */
  @FunctionalInterface
  interface Check {
    void check(MapNode object, Walker walker, Where where);
  }

  ObjectRule {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    checks = List.copyOf(checks);
  }

  /** An object that may be extended with Specification Extensions, as almost all may. */
  static ObjectRule extensible(String noun, String aNoun, Field... fields) {
    return new ObjectRule(noun, aNoun, byName(fields), "2.0.0", List.of(), false);
  }

  static ObjectRule closed(String noun, String aNoun, Field... fields) {
    return new ObjectRule(noun, aNoun, byName(fields), null, List.of(), false);
  }

  ObjectRule extensionsSince(String version) {
    return new ObjectRule(noun, aNoun, fields, version, checks, chainEnds);
  }

  ObjectRule with(Check check) {
    List<Check> all = new java.util.ArrayList<>(checks);
    all.add(check);
    return new ObjectRule(noun, aNoun, fields, extensionsSince, all, chainEnds);
  }

  ObjectRule endingChains() {
    return new ObjectRule(noun, aNoun, fields, extensionsSince, checks, true);
  }

  Field field(String name) {
    return fields.get(name);
  }

  private static Map<String, Field> byName(Field... fields) {
    Map<String, Field> map = new LinkedHashMap<>();
    Arrays.stream(fields).forEach(f -> map.put(f.name(), f));
    return map;
  }
}
