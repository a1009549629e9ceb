package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads and parses spec files, each once. Remote documents are fetched only for {@code http(s)}
 * URIs; whether that is allowed at all is the resolver's decision.
 */
public final class SpecFiles {
  private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(20);

  private final YamlLoader loader;
  private final LoadLimits limits;
  private final Map<URI, SpecNode> parsed = new HashMap<>();
  private final List<SourceFile> order = new ArrayList<>();
  private final List<ReadFile> read = new ArrayList<>();

  public SpecFiles(LoadLimits limits) {
    this.limits = limits;
    this.loader = new YamlLoader(limits);
  }

  /**
   * The parsed document, read on first use.
   *
   * @param referencedFrom where the reference to it was written, for the message if it cannot be
   *     read; null for the root spec
   */
  public SpecNode load(SourceFile file, SourcePosition referencedFrom) {
    SpecNode cached = parsed.get(file.uri());
    if (cached != null) {
      return cached;
    }
    byte[] bytes = "file".equals(file.uri().getScheme())
        ? readFile(file, referencedFrom)
        : fetch(file, referencedFrom);
    read.add(new ReadFile(file.uri(), Sha256.hex(bytes)));
    SpecNode root = loader.load(file, bytes);
    parsed.put(file.uri(), root);
    order.add(file);
    return root;
  }

  /** The parsed document at {@code uri} if it has been read, else null; never reads. */
  public SpecNode loaded(URI uri) {
    return parsed.get(uri);
  }

  /** Every file read so far, in the order first read. */
  public List<SourceFile> files() {
    return List.copyOf(order);
  }

  /** Every file read so far with the hash of the bytes parsed, in the order read. */
  public List<ReadFile> readFiles() {
    return List.copyOf(read);
  }

  /**
   * Reads a local file: only a regular one (a FIFO would block, a device such as /dev/zero never
   * ends), and never more than the size limit, checked before reading and again while reading, in
   * case the file grows in between.
   */
  private byte[] readFile(SourceFile file, SourcePosition referencedFrom) {
    Path path = Path.of(file.uri());
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw fail(file, referencedFrom, "is a directory, not a spec file");
      }
      if (!attributes.isRegularFile()) {
        throw fail(file, referencedFrom, "is not a regular file (a FIFO, device or socket);"
            + " asyncgen reads specs only from regular files");
      }
      limits.checkSize(file, attributes.size());
      try (InputStream in = Files.newInputStream(path)) {
        return limits.readAtMost(file, in);
      }
    } catch (NoSuchFileException e) {
      throw fail(file, referencedFrom, referencedFrom == null ? "does not exist"
          : "does not exist (a relative $ref is resolved against the folder of the file that holds it)");
    } catch (AccessDeniedException e) {
      throw fail(file, referencedFrom, "cannot be read: permission denied");
    } catch (IOException e) {
      throw fail(file, referencedFrom, "cannot be read: " + reason(e));
    }
  }

  /**
   * What went wrong: never the absolute path that a file system exception's message starts with,
   * and never "null" (the HTTP client's ConnectException has no message; its cause says why).
   */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException fileSystem) {
      return fileSystem.getReason() == null ? e.getClass().getSimpleName() : fileSystem.getReason();
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        return cause.getMessage();
      }
    }
    return e instanceof ConnectException ? "could not connect" : e.getClass().getSimpleName();
  }

  /** Fetches a remote document; the size limit applies to the announced length and to what arrives. */
  private byte[] fetch(SourceFile file, SourcePosition referencedFrom) {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(REMOTE_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    HttpRequest request = HttpRequest.newBuilder(file.uri()).timeout(REMOTE_TIMEOUT).GET().build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw fail(file, referencedFrom, "answered HTTP " + response.statusCode());
        }
        OptionalLong announced = response.headers().firstValueAsLong("content-length");
        if (announced.isPresent()) {
          limits.checkSize(file, announced.getAsLong());
        }
        return limits.readAtMost(file, body);
      }
    } catch (IOException e) {
      throw fail(file, referencedFrom, "cannot be fetched: " + reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(file, referencedFrom, "fetch was interrupted");
    }
  }

  private static SpecException fail(SourceFile file, SourcePosition referencedFrom, String problem) {
    if (referencedFrom == null) {
      return new SpecException(List.of(dev.asyncgen.core.diagnostic.Diagnostic.error(null,
          file.displayPath() + " " + problem)));
    }
    return new SpecException(referencedFrom, "referenced file " + file.displayPath() + " " + problem);
  }
}
