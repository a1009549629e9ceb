package dev.asyncgen.core;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.WildcardEventNames;
import dev.asyncgen.core.resolve.DocumentResolver;
import dev.asyncgen.core.resolve.DocumentResolverV3;
import dev.asyncgen.core.validate.DocumentVersion;
import dev.asyncgen.core.validate.ExampleValidator;
import dev.asyncgen.core.validate.SchemaValueValidator;
import dev.asyncgen.core.validate.StructureValidator;
import java.nio.file.Path;

/**
 * Runs the reading stages in their order, so that no stage has to call another: load, validate
 * (version and structure), resolve, then validate again for what needs the resolved document
 * (message examples, and schemas' defaults and examples, need traits merged and every {@code $ref}'d file
 * read).
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads the document at {@code rootFile}; warnings end up in {@code diagnostics}.
   *
   * @throws dev.asyncgen.core.diagnostic.SpecException with every error, when the spec has any
   */
  public static AsyncApi read(SourceFile rootFile, SpecFiles files, boolean allowRemoteRefs, Diagnostics diagnostics) {
    return read(rootFile, files, allowRemoteRefs, null, diagnostics);
  }

  /**
   * Reads the document at {@code rootFile}, its {@code $ref}s confined to {@code refRoot} (null: the
   * root file's folder); warnings end up in {@code diagnostics}.
   *
   * @throws dev.asyncgen.core.diagnostic.SpecException with every error, when the spec has any
   */
  public static AsyncApi read(SourceFile rootFile, SpecFiles files, boolean allowRemoteRefs, Path refRoot,
      Diagnostics diagnostics) {
    MapNode root = StructureValidator.document(files.load(rootFile, null), diagnostics);
    diagnostics.throwIfErrors();
    String version = DocumentVersion.check(root, rootFile);
    // Structure first: a document that is not shaped like AsyncAPI would only produce follow-on errors.
    StructureValidator.validate(root, version, diagnostics);
    diagnostics.throwIfErrors();
    // Both readers build the one version-neutral model; nothing after this point knows the version.
    DocumentResolver.Resolution resolved = DocumentVersion.isThreeX(version)
        ? new DocumentResolverV3(files, allowRemoteRefs, refRoot).resolve(root, rootFile, version, diagnostics)
        : new DocumentResolver(files, allowRemoteRefs, refRoot).resolve(root, rootFile, version, diagnostics);
    ExampleValidator examples =
        new ExampleValidator(files::loaded, WildcardEventNames::fits, DocumentVersion.isThreeX(version));
    resolved.messages().forEach(message -> examples.check(message.name(), message.node(), diagnostics));
    SchemaValueValidator schemaValues =
        new SchemaValueValidator(files::loaded, WildcardEventNames::fits, DocumentVersion.isThreeX(version));
    schemaValues.checkComponents(root, diagnostics);
    resolved.messages().forEach(message -> schemaValues.checkMessage(message.name(), message.node(), diagnostics));
    diagnostics.throwIfErrors();
    return resolved.api();
  }
}
