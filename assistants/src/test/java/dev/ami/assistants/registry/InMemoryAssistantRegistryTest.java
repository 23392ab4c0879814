package dev.ami.assistants.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.assistants.builtin.BuiltInAssistants;
import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestValidationException;
import dev.ami.assistants.manifest.ManifestValidator;
import dev.ami.assistants.manifest.ModelBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryAssistantRegistryTest {

    private final InMemoryAssistantRegistry registry =
            new InMemoryAssistantRegistry(new ManifestValidator(), List.of(BuiltInAssistants.load()));

    private static AssistantManifest custom(String id, boolean claimsBuiltIn) {
        return new AssistantManifest(id, "Ami (italiano)", List.of("it-IT"), "Italia", "Sei Ami.",
                List.of(), "Ciao!", null, ModelBinding.DEFAULT, List.of("recall"), null, claimsBuiltIn);
    }

    @Test
    void lists_built_ins_first_then_custom_assistants() {
        registry.register(custom("aa-custom", false));

        List<AssistantManifest> all = registry.list();

        assertThat(all).hasSize(13);
        assertThat(all.get(12).id()).isEqualTo("aa-custom");
        assertThat(all.subList(0, 12)).allMatch(AssistantManifest::builtIn);
    }

    @Test
    void stores_a_custom_assistant_as_not_built_in_even_if_it_claims_to_be() {
        registry.register(custom("it-it", true));

        assertThat(registry.find("it-it")).hasValueSatisfying(m -> assertThat(m.builtIn()).isFalse());
    }

    @Test
    void replaces_a_custom_assistant_with_the_same_id() {
        registry.register(custom("it-it", false));
        AssistantManifest changed = new AssistantManifest("it-it", "Ami 2", List.of("it-IT"), "Italia", "Sei Ami.",
                List.of(), "Ciao!", null, ModelBinding.DEFAULT, List.of(), null, false);

        registry.register(changed);

        assertThat(registry.find("it-it")).map(AssistantManifest::displayName).hasValue("Ami 2");
    }

    @Test
    void refuses_to_remove_or_replace_a_built_in() {
        assertThatThrownBy(() -> registry.remove("ja-jp")).isInstanceOf(BuiltInAssistantException.class)
                .hasMessageContaining("ja-jp");
        assertThatThrownBy(() -> registry.register(custom("ja-jp", false))).isInstanceOf(BuiltInAssistantException.class);
        assertThat(registry.find("ja-jp")).hasValueSatisfying(m -> assertThat(m.builtIn()).isTrue());
    }

    @Test
    void removes_a_custom_assistant_and_reports_an_unknown_one() {
        registry.register(custom("it-it", false));

        registry.remove("it-it");

        assertThat(registry.find("it-it")).isEmpty();
        assertThatThrownBy(() -> registry.remove("it-it")).isInstanceOf(AssistantNotFoundException.class);
    }

    @Test
    void rejects_an_invalid_custom_assistant() {
        assertThatThrownBy(() -> registry.register(custom("Not A Slug", false)))
                .isInstanceOf(ManifestValidationException.class);
        assertThat(registry.list()).hasSize(12);
    }

    @Test
    void offers_the_languages_of_all_assistants() {
        registry.register(custom("it-it", false));

        assertThat(registry.languages()).contains("ar-EG", "zh-TW", "zh-CN", "sw-KE", "it-IT");
    }
}
