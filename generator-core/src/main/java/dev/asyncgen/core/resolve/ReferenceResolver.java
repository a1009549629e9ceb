package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.load.SpecNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Follows {@code $ref}s: JSON pointers within a document, relative files inside the root spec's
 * folder, and {@code http(s)} documents when the user allowed them. Problems are reported and the
 * reference is read as missing.
 */
final class ReferenceResolver {
  static final String REF = "$ref";
  private static final Pattern ABSOLUTE_URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  /** A followed reference: the node it ends at and where that is (null when no ref was followed). */
  record Target(SpecNode node, Location location) {}

  private final SpecFiles files;
  private final java.net.URI rootUri;
  private final Path rootDir;
  private final String rootDisplayDir;
  /** The folder every file a $ref names must be in: the root spec's, unless the user widened it. */
  private final Path confinement;
  private final boolean allowRemote;
  private final Diagnostics diagnostics;
  /** Locations being fetched: a pointer that walks through a $ref back to one of them never ends. */
  private final Set<String> fetching = new HashSet<>();

  /** @param refRoot the folder $refs are confined to, holding the root spec; null for the root spec's own */
  ReferenceResolver(SpecFiles files, SourceFile root, boolean allowRemote, Path refRoot, Diagnostics diagnostics) {
    this.files = files;
    this.rootUri = root.uri();
    Path rootPath = Path.of(root.uri());
    this.rootDir = realPath(rootPath.toAbsolutePath().getParent());
    this.confinement = refRoot == null ? rootDir : realPath(refRoot);
    String display = root.displayPath();
    this.rootDisplayDir = display.contains("/") ? display.substring(0, display.lastIndexOf('/') + 1) : "";
    this.allowRemote = allowRemote;
    this.diagnostics = diagnostics;
  }

  /** The {@code $ref} string of a reference object, if the node is one. */
  static String refOf(SpecNode node) {
    if (node instanceof MapNode map && map.get(REF) instanceof ScalarNode scalar && scalar.isString()) {
      return scalar.text();
    }
    return null;
  }

  /** The position of the {@code $ref} value, where reference problems are reported. */
  static SourcePosition refPosition(SpecNode node) {
    return ((MapNode) node).get(REF).position();
  }

  /**
   * Follows a chain of references to the node it ends at. Returns the node itself when it is not
   * a reference, and null when a reference in the chain is broken (already reported).
   */
  Target follow(SpecNode node) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> chain = new ArrayList<>();
    SpecNode current = node;
    Location location = null;
    String ref;
    while ((ref = refOf(current)) != null) {
      SourcePosition at = refPosition(current);
      Location next = locate(ref, at);
      if (next == null) {
        return null;
      }
      chain.add(ref);
      if (!seen.add(next.canonical())) {
        diagnostics.error(refPosition(node), "$ref loop: " + String.join(" -> ", chain));
        return null;
      }
      current = fetch(next, at);
      if (current == null) {
        return null;
      }
      location = next;
    }
    return new Target(current, location);
  }

  /** Where a reference points, without reading the target; null when invalid (reported). */
  Location locate(String ref, SourcePosition at) {
    int hash = ref.indexOf('#');
    String document = hash < 0 ? ref : ref.substring(0, hash);
    String fragment;
    try {
      fragment = hash < 0 ? "" : PercentEscapes.decode(ref.substring(hash + 1));
    } catch (IllegalArgumentException e) {
      diagnostics.error(at, "$ref '" + ref + "' is not a valid reference: " + e.getMessage());
      return null;
    }
    if (!fragment.isEmpty() && !fragment.startsWith("/")) {
      diagnostics.error(at, "$ref '" + ref + "' is not supported: the part after '#' must be a JSON pointer"
          + " such as #/components/schemas/Name");
      return null;
    }
    String escapeProblem = JsonPointer.escapeProblem(fragment);
    if (escapeProblem != null) {
      diagnostics.error(at, "$ref '" + ref + "' is not a valid reference: " + escapeProblem);
      return null;
    }
    SourceFile file = document.isEmpty() ? at.file() : documentFile(ref, document, at);
    if (file != null && fragment.isEmpty() && file.uri().equals(rootUri)) {
      // The root is an AsyncAPI document, never a schema, message or anything else a $ref may stand for.
      diagnostics.error(at, "$ref '" + ref + "' points at the whole AsyncAPI document; point into it, such as"
          + " '#/components/schemas/Name'");
      return null;
    }
    return file == null ? null : new Location(file, fragment);
  }

  /** The node a location names; null when it does not exist (reported at {@code at}). */
  SpecNode fetch(Location location, SourcePosition at) {
    if (!fetching.add(location.canonical())) {
      diagnostics.error(at, "$ref loop: " + location.display() + " can only be reached through itself");
      return null;
    }
    try {
      return walk(location, at);
    } finally {
      fetching.remove(location.canonical());
    }
  }

  private SpecNode walk(Location location, SourcePosition at) {
    SpecNode current;
    try {
      current = files.load(location.file(), at);
    } catch (SpecException e) {
      diagnostics.addAll(e.diagnostics());
      return null;
    }
    String walked = "";
    for (String token : JsonPointer.tokens(location.pointer())) {
      if (refOf(current) != null) {
        Target target = follow(current);
        if (target == null) {
          return null;
        }
        current = target.node();
      }
      SpecNode next = child(current, token);
      if (next == null) {
        diagnostics.error(at, "$ref target " + location.display() + " does not exist: no '" + token + "' in "
            + location.file().displayPath() + "#" + walked);
        return null;
      }
      walked = walked + "/" + JsonPointer.escape(token);
      current = next;
    }
    return current;
  }

  private static SpecNode child(SpecNode node, String token) {
    if (node instanceof MapNode map) {
      return map.get(token);
    }
    if (node instanceof ListNode list && token.matches("0|[1-9][0-9]{0,8}")) {
      int index = Integer.parseInt(token);
      return index < list.items().size() ? list.items().get(index) : null;
    }
    return null;
  }

  private SourceFile documentFile(String ref, String document, SourcePosition at) {
    URI base = at.file().uri();
    URI target;
    try {
      target = ABSOLUTE_URI.matcher(document).matches() && !isWindowsDrive(document)
          ? new URI(document)
          : resolveRelative(base, document);
    } catch (URISyntaxException | IllegalArgumentException e) {
      diagnostics.error(at, "$ref '" + ref + "' is not a valid reference: " + e.getMessage());
      return null;
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (scheme.equals("http") || scheme.equals("https")) {
      if (!allowRemote) {
        diagnostics.error(at, "$ref '" + ref + "' points to the network, and remote refs are off:"
            + " asyncgen does not fetch during a build unless asked (option allow-remote-refs)");
        return null;
      }
      return new SourceFile(target, target.toString());
    }
    if (!scheme.equals("file")) {
      diagnostics.error(at, "$ref '" + ref + "' uses the unsupported scheme '" + scheme + "'");
      return null;
    }
    Path path = localPath(ref, target, at);
    if (path == null) {
      return null;
    }
    if (!path.startsWith(confinement)) {
      diagnostics.error(at, "$ref '" + ref + "' points outside the "
          + (confinement.equals(rootDir) ? "folder of the root spec" : "ref root") + "; refs may only name files"
          + " inside it" + (confinement.equals(rootDir) ? "" : " (option ref-root)"));
      return null;
    }
    // A file beside the spec's folder ('../common/x.yaml') is named from the spec's folder, as written.
    String relative = rootDir.relativize(path).toString().replace('\\', '/');
    return new SourceFile(path.toUri(), normalized(rootDisplayDir + relative));
  }

  /** The file a {@code file:} URI names, links resolved; null when it names none here (reported). */
  private Path localPath(String ref, URI target, SourcePosition at) {
    if (target.isOpaque()) {
      diagnostics.error(at, "$ref '" + ref + "' is not a valid file URI: it needs a path from the root, as in"
          + " file:///specs/common.yaml; for a file next to this one write a relative path, such as 'common.yaml'");
      return null;
    }
    String host = target.getAuthority();
    if (host != null && !host.equalsIgnoreCase("localhost")) {
      diagnostics.error(at, "$ref '" + ref + "' names the host '" + host + "': asyncgen reads only local files"
          + " (file:///path, or a relative path)");
      return null;
    }
    try {
      URI local = host == null ? target : new URI("file", null, target.getPath(), target.getQuery(), null);
      return realPath(Path.of(local).normalize());
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      diagnostics.error(at, "$ref '" + ref + "' is not a valid file URI: " + e.getMessage());
      return null;
    }
  }

  private static URI resolveRelative(URI base, String document) throws URISyntaxException {
    if ("file".equals(base.getScheme())) {
      Path baseDir = Path.of(base).getParent();
      return baseDir.resolve(PercentEscapes.decode(document)).normalize().toUri();
    }
    return base.resolve(new URI(null, null, PercentEscapes.decode(document), null));
  }

  /** {@code spec/../common/x.yaml} as {@code common/x.yaml}; leading {@code ..} steps stay. */
  private static String normalized(String displayPath) {
    return Path.of(displayPath).normalize().toString().replace('\\', '/');
  }

  private static boolean isWindowsDrive(String document) {
    return document.length() > 2 && document.charAt(1) == ':' && Character.isLetter(document.charAt(0));
  }

  /** Resolves symbolic links where the file exists, so a link cannot lead out of the root folder. */
  private static Path realPath(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
