package dev.asyncgen.runtime;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.JSR310DateTimeDeserializerBase;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link JacksonDateTimeModule} for Jackson 3 ({@code tools.jackson}): the same fast path in front of Jackson 3's
 * built-in {@code java.time} deserializers, with the same values and errors. Register it on your own mapper with
 * {@code JsonMapper.builder().addModule(new Jackson3DateTimeModule())}; Jackson 3 must be on your class path.
 */
public final class Jackson3DateTimeModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public Jackson3DateTimeModule() {
        super(Jackson3DateTimeModule.class.getSimpleName());
        setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                Rfc3339 reader = Rfc3339.of(description.getBeanClass());
                // Only Jackson's own: a deserializer the user registered for these types stays as it is.
                return reader != null && deserializer instanceof JSR310DateTimeDeserializerBase
                        ? new Fast(deserializer, reader, true, null) : deserializer;
            }
        });
    }

    /** The fast path in front of Jackson's deserializer, which reads everything the fast path leaves. */
    private static final class Fast extends DelegatingDeserializer {
        private final Rfc3339 reader;
        private final boolean defaultFormat;
        private final Boolean adjustToContextTimeZone;

        Fast(ValueDeserializer<?> javaTime, Rfc3339 reader, boolean defaultFormat, Boolean adjustToContextTimeZone) {
            super(javaTime);
            this.reader = reader;
            this.defaultFormat = defaultFormat;
            this.adjustToContextTimeZone = adjustToContextTimeZone;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (defaultFormat && parser.hasToken(JsonToken.VALUE_STRING) && !adjusts(context)) {
                Object value = reader.read(parser.getString());
                if (value != null) {
                    return value;
                }
            }
            return _delegatee.deserialize(parser, context);
        }

        private boolean adjusts(DeserializationContext context) {
            return reader.adjustsToContextTimeZone(adjustToContextTimeZone, context.isEnabled(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE));
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            ValueDeserializer<?> javaTime = context.handleSecondaryContextualization(_delegatee, property,
                    context.constructType(reader.type()));
            JsonFormat.Value format = findFormatOverrides(context, property, reader.type());
            return new Fast(javaTime, reader, !format.hasPattern() && !format.hasLocale(),
                    format.getFeature(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE));
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> javaTime) {
            return new Fast(javaTime, reader, defaultFormat, adjustToContextTimeZone);
        }
    }
}
