package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
        ? LocalFiles.read(Path.of(file.uri()), file, referencedFrom, limits, "spec file")
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
          throw LocalFiles.fail(file, referencedFrom, "answered HTTP " + response.statusCode());
        }
        OptionalLong announced = response.headers().firstValueAsLong("content-length");
        if (announced.isPresent()) {
          limits.checkSize(file, announced.getAsLong());
        }
        return limits.readAtMost(file, body);
      }
    } catch (IOException e) {
      throw LocalFiles.fail(file, referencedFrom, "cannot be fetched: " + LocalFiles.reason(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LocalFiles.fail(file, referencedFrom, "fetch was interrupted");
    }
  }
}
