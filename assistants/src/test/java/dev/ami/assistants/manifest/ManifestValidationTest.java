package dev.ami.assistants.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestValidationTest {

    private final ManifestReader reader = new ManifestReader(new ManifestValidator(Set.of("weather_lookup")));

    private static String json(String languages, String extra) {
        return """
            {"id":"it-it","displayName":"Ami (italiano)","languages":%s,"region":"Italia",
             "persona":"Sei Ami.","greeting":"Ciao!","model":{"model":"default"}%s}
            """.formatted(languages, extra);
    }

    private List<FieldError> errorsOf(Runnable read) {
        try {
            read.run();
        } catch (ManifestValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected a ManifestValidationException");
    }

    @Test
    void names_the_index_of_an_invalid_language_tag() {
        List<FieldError> errors = errorsOf(() -> reader.readJson(json("[\"it-IT\",\"xx-??\"]", "")));

        assertThat(errors).containsExactly(new FieldError("languages[1]", "\"xx-??\" is not a BCP-47 tag"));
        assertThat(errors.get(0)).hasToString("languages[1]: \"xx-??\" is not a BCP-47 tag");
    }

    @Test
    void reports_every_problem_at_once_in_field_order() {
        AssistantManifest bad = new AssistantManifest("Bad Id", "", List.of(), "IT", "p", List.of(), "g",
                null, ModelBinding.DEFAULT, List.of("fly"), new GenerationParameters(3.0, 1.5, 0), false);

        List<FieldError> errors = new ManifestValidator().check(bad);

        assertThat(errors).extracting(FieldError::field).containsExactly("id", "displayName", "languages",
                "tools[0]", "generation.temperature", "generation.topP", "generation.maxTokens");
        assertThat(errors.get(4).message()).isEqualTo("must be 0..2, was 3.0");
    }

    @Test
    void names_an_unknown_field() {
        List<FieldError> errors = errorsOf(() -> reader.readJson(json("[\"it-IT\"]", ",\"colour\":\"blue\"")));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("colour");
            assertThat(e.message()).isEqualTo("is not a manifest field");
        });
    }

    @Test
    void names_a_nested_field_of_the_wrong_type_in_yaml() {
        String yaml = """
            id: it-it
            displayName: Ami
            languages: [it-IT]
            region: Italia
            persona: Sei Ami.
            greeting: Ciao!
            model: {model: default}
            generation: {maxTokens: lots}
            """;

        assertThat(errorsOf(() -> reader.readYaml(yaml))).extracting(FieldError::field)
                .containsExactly("generation.maxTokens");
    }

    @Test
    void requires_a_known_provider_and_a_url_for_an_explicit_model() {
        String model = ",\"model\":{\"provider\":\"azure\",\"model\":\"gpt\",\"baseUrl\":\"not a url\"}";
        String manifest = json("[\"it-IT\"]", "").replace(",\"model\":{\"model\":\"default\"}", model);

        assertThat(errorsOf(() -> reader.readJson(manifest))).extracting(FieldError::field)
                .containsExactly("model.provider", "model.baseUrl");
    }

    @Test
    void accepts_an_ollama_binding_and_plugin_tools() {
        String model = ",\"model\":{\"provider\":\"ollama\",\"model\":\"qwen2.5:7b\",\"baseUrl\":\"http://localhost:11434\"}";
        String manifest = json("[\"it-IT\"]", ",\"tools\":[\"recall\",\"weather_lookup\"]")
                .replace(",\"model\":{\"model\":\"default\"}", model);

        AssistantManifest read = reader.readJson(manifest);

        assertThat(read.model().isNamed()).isFalse();
        assertThat(read.tools()).containsExactly("recall", "weather_lookup");
    }

    @Test
    void rejects_a_tool_that_no_plugin_provides() {
        assertThat(errorsOf(() -> reader.readJson(json("[\"it-IT\"]", ",\"tools\":[\"plan_path\",\"teleport\"]"))))
                .extracting(FieldError::field).containsExactly("tools[1]");
    }

    @Test
    void derives_right_to_left_from_the_primary_language_unless_stated() {
        assertThat(reader.readJson(json("[\"ar-EG\"]", "")).rightToLeft()).isTrue();
        assertThat(reader.readJson(json("[\"he\"]", "")).rightToLeft()).isTrue();
        assertThat(reader.readJson(json("[\"it-IT\",\"ar\"]", "")).rightToLeft()).isFalse();
        assertThat(reader.readJson(json("[\"ar\"]", ",\"rightToLeft\":false")).rightToLeft()).isFalse();
    }

    @Test
    void ignores_a_built_in_claim_in_a_document() {
        assertThat(reader.readJson(json("[\"it-IT\"]", ",\"builtIn\":true")).builtIn()).isFalse();
    }

    @Test
    void survives_a_json_round_trip() {
        AssistantManifest original = reader.readJson(json("[\"it-IT\",\"it\"]", ",\"guidelines\":[\"Dai del Lei.\"]"));

        assertThat(reader.readJson(ManifestReader.toJson(original))).isEqualTo(original);
    }

    @Test
    void reports_a_malformed_document() {
        assertThatThrownBy(() -> reader.readJson("{\"id\": "))
                .isInstanceOf(ManifestValidationException.class)
                .hasMessageContaining("$: is not a well-formed document");
    }
}
