package dev.asyncgen.core.validate;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.ValueShape;

/**
 * Checks the structure of an AsyncAPI 2.0.0 to 2.6.x or 3.0.x to 3.1.x root document as the specification's text
 * defines each object: required fields, field types, the fixed field names each object allows
 * (plus {@code x-} extensions where the object takes them), component and server name patterns,
 * and fields that later 2.x versions introduced. Every problem found goes to the diagnostics, as
 * an error pointing at the offending node; a few deprecations and likely mistakes that the text
 * does not forbid are warnings.
 *
 * <p>Only the root document is checked: a Reference Object ({@code {"$ref": "..."}}) is accepted
 * wherever the specification allows one, and whether it resolves, or what it points at, is left
 * to the resolver. Schema Objects are checked for shape only (an object or a boolean, a
 * {@code type} naming JSON types); JSON Schema validation proper is out of scope.
 *
 * <p>The rules are data, one declaration per object type, in {@code Rules}; a single walk over
 * the tree applies them, so validating a valid document costs one visit per node.
 */
public final class StructureValidator {
  private StructureValidator() {}

  /** The loaded root as an object, or null when it is not one (reported). */
  public static MapNode document(SpecNode root, Diagnostics diagnostics) {
    if (root instanceof MapNode map) {
      return map;
    }
    diagnostics.error(root.position(), ValueShape.OBJECT.mismatch("an AsyncAPI document", root));
    return null;
  }

  /**
   * Validates {@code root} against the rules of {@code asyncapiVersion}.
   *
   * @param root the document as loaded
   * @param asyncapiVersion the document's {@code asyncapi} value, already checked to be 2.0.0 to 2.6.x
   *     or 3.0.x to 3.1.x
   * @param diagnostics where the problems go; nothing is thrown for them
   * @throws IllegalArgumentException if {@code asyncapiVersion} is not a 2.x or 3.x version
   */
  public static void validate(MapNode root, String asyncapiVersion, Diagnostics diagnostics) {
    SpecVersion version = SpecVersion.parse(asyncapiVersion);
    ObjectRule document = version.major() >= 3 ? RulesV3.DOCUMENT : Rules.DOCUMENT;
    new Walker(version, diagnostics, root).object(root, document, Where.DOCUMENT);
  }
}
