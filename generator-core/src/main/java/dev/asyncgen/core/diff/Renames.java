package dev.asyncgen.core.diff;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Schemas renamed between the specs: old names and old Java types read as the new ones. */
final class Renames {
  private final Map<String, String> schemas = new LinkedHashMap<>();
  private final Map<String, String> classes = new LinkedHashMap<>();

  void add(String oldName, String newName, ClassName oldClass, ClassName newClass) {
    schemas.put(oldName, newName);
    if (oldClass != null && newClass != null) {
      classes.put(oldClass.canonicalName(), newClass.canonicalName());
    }
  }

  String schema(String oldName) {
    return schemas.getOrDefault(oldName, oldName);
  }

  /** An old Java type written with the new names of renamed classes. */
  String javaType(TypeName oldType) {
    String text = oldType.toString();
    for (Map.Entry<String, String> rename : classes.entrySet()) {
      text = text.replaceAll("\\b" + Pattern.quote(rename.getKey()) + "\\b",
          Matcher.quoteReplacement(rename.getValue()));
    }
    return text;
  }
}
