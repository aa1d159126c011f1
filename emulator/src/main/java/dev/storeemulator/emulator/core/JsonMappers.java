package dev.storeemulator.emulator.core;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The one place Jackson is configured: wire records keep their declared field order. */
public final class JsonMappers {
    /** Large fixtures (a million purchases) are far past snakeyaml's default 3 MiB document limit. */
    private static final int YAML_CODE_POINT_LIMIT = 1 << 30;

    private JsonMappers() {}

    // Each mapper in a holder of its own, made when first asked for: a start-up that reads no YAML (the demo world
    // comes as JSON from the build) never loads snakeyaml or builds the YAML mapper.

    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static final class StrictJson {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                        .loadSettings(LoadSettings.builder()
                                .setCodePointLimit(YAML_CODE_POINT_LIMIT)
                                .build())
                        .build())
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static final class Export {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(
                        incl -> incl.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                                .withContentInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
                .build();
    }

    /** Mapper that writes fixtures records (live state exported by the control plane), leaving nulls out. */
    public static ObjectMapper export() {
        return Export.MAPPER;
    }

    /** Mapper for request and response bodies. */
    public static ObjectMapper json() {
        return Json.MAPPER;
    }

    /** Mapper for fixture files (YAML, which also reads JSON); strict about unknown fields. */
    public static ObjectMapper yaml() {
        return Yaml.MAPPER;
    }

    /**
     * Binds fixtures records from a tree as {@link #yaml()} does (strict about unknown fields), without the YAML
     * parser: for a document already read as JSON.
     */
    public static ObjectMapper strictJson() {
        return StrictJson.MAPPER;
    }
}
