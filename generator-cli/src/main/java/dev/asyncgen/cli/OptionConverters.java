package dev.asyncgen.cli;

import dev.asyncgen.core.PathOptions;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import dev.asyncgen.core.naming.ModelOptions;
import dev.asyncgen.core.naming.PackageNames;
import dev.asyncgen.core.naming.Role;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values checked by the core's rules while picocli parses them, so that a bad value is a
 * usage error (exit code 2, with the usage) before anything is read or written, worded as the Maven
 * plugin words it.
 */
final class OptionConverters {
  private OptionConverters() {}

  static final class PackageName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return checked(value, name -> {
        PackageNames.check(name);
        return name;
      });
    }
  }

  static final class DateTimeTypeName implements ITypeConverter<DateTimeType> {
    @Override
    public DateTimeType convert(String value) {
      return checked(value, DateTimeType::named);
    }
  }

  /** {@code --bindings}: a comma-separated list of kafka, mqtt, amqp; or auto, or none. */
  static final class BindingsSelection implements ITypeConverter<BrokerProtocol.Selection> {
    @Override
    public BrokerProtocol.Selection convert(String value) {
      return checked(value, BrokerProtocol::parse);
    }
  }

  /** {@code --channel-names}: address or id. */
  static final class ChannelNamingName implements ITypeConverter<ModelOptions.ChannelNaming> {
    @Override
    public ModelOptions.ChannelNaming convert(String value) {
      return checked(value, ModelOptions.ChannelNaming::named);
    }
  }

  /** {@code --role}: client or application. */
  static final class RoleName implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      return checked(value, Role::named);
    }
  }

  /** {@code --max-spec-size}: a number of bytes within {@link LoadLimits}' range. */
  static final class SpecSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long bytes;
      try {
        bytes = Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of bytes");
      }
      return checked(bytes, size -> LoadLimits.defaults().withMaxBytes(size).maxBytes());
    }
  }

  static final class SpecPath implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return checked(value, text -> PathOptions.spec(Path.of(text)));
    }
  }

  static final class OutputDirectory implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return checked(value, text -> PathOptions.outputDirectory(Path.of(text)));
    }
  }

  /** The core's IllegalArgumentException (InvalidPathException is one) as picocli's conversion error. */
  private static <T, R> R checked(T value, Function<T, R> rule) {
    try {
      return rule.apply(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a path here: " + e.getReason());
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
