package dev.asyncgen.core.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The corpus that {@code shared/corpus/fetch-corpus.sh} writes: one row of INDEX.tsv per document. */
record CorpusIndex(Path directory, List<Row> rows) {
  record Row(String file, String version, String schemaCheck) {}

  /** The corpus named by {@code ASYNCAPI_CORPUS}, or null when it is not set. */
  static CorpusIndex fromEnvironment() throws IOException {
    String directory = System.getenv("ASYNCAPI_CORPUS");
    if (directory == null || directory.isBlank()) {
      return null;
    }
    Path root = Path.of(directory);
    List<String> lines = Files.readAllLines(root.resolve("INDEX.tsv"));
    List<String> header = Arrays.asList(lines.get(0).split("\t"));
    int file = header.indexOf("file");
    int version = header.indexOf("asyncapi_version");
    int check = header.indexOf("schema_check");
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      rows.add(new Row(cells[file], cells[version], cells[check]));
    }
    return new CorpusIndex(root, rows);
  }
}
