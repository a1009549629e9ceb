package dev.asyncgen.core.validate;

import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.regex.Pattern;

/** The first check of a document: that it is AsyncAPI, in a version asyncgen reads. */
public final class DocumentVersion {
  /** The AsyncAPI versions asyncgen reads, as error messages and {@code asyncgen --version} name them. */
  public static final String READ_VERSIONS = "2.0.0 to 2.6.x, 3.0.x and 3.1.x";

  private static final Pattern SUPPORTED_VERSION = Pattern.compile("2\\.[0-6]\\.[0-9]+|3\\.[01]\\.[0-9]+");
  private static final Pattern THREE_X = Pattern.compile("3\\..*");

  private DocumentVersion() {}

  /**
   * The document's {@code asyncapi} version, when it is one asyncgen reads: 2.0.0 to 2.6.x, 3.0.x and
   * 3.1.x.
   *
   * @throws SpecException naming the problem otherwise
   */
  public static String check(MapNode root, SourceFile rootFile) {
    SpecNode node = root.get("asyncapi");
    if (node == null) {
      String hint = root.has("openapi") || root.has("swagger") ? " (this looks like an OpenAPI document)" : "";
      throw new SpecException(new SourcePosition(rootFile, 1, 1),
          "not an AsyncAPI document: the 'asyncapi' version field is missing" + hint);
    }
    String version = node instanceof ScalarNode scalar ? scalar.text() : node.kind();
    if (!SUPPORTED_VERSION.matcher(version).matches()) {
      throw new SpecException(node.position(), "AsyncAPI version '" + version
          + "' is not supported: asyncgen reads AsyncAPI " + READ_VERSIONS);
    }
    return version;
  }

  /** Whether a version that {@link #check} returned is 3.x, which the 3.x rules and reader handle. */
  public static boolean isThreeX(String version) {
    return THREE_X.matcher(version).matches();
  }
}
