package dev.asyncgen.core.shape;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Server Object, url: "Variable substitutions will be made when a variable is named in {braces}." */
public final class ServerUrls {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");

  private ServerUrls() {}

  /** The variables a url names, in order, each once. */
  public static Set<String> variables(String url) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(url);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
