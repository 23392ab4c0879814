package dev.ami.assistants.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestValidator;
import dev.ami.assistants.registry.InMemoryAssistantRegistry;
import dev.ami.assistants.routing.AssistantRouter;
import dev.ami.assistants.routing.DetectedLanguage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuiltInAssistantsTest {

    private final List<AssistantManifest> builtIns = BuiltInAssistants.load().assistants();

    @Test
    void ships_the_twelve_cultures_all_valid_and_marked_built_in() {
        assertThat(builtIns).extracting(AssistantManifest::id).containsExactlyInAnyOrder(
                "en-us", "zh-tw", "zh-cn", "ja-jp", "ko-kr", "fr-fr", "de-de", "es-mx", "pt-br", "ar-eg", "hi-in", "sw-ke");
        assertThat(builtIns).allSatisfy(manifest -> {
            assertThat(new ManifestValidator().check(manifest)).isEmpty();
            assertThat(manifest.builtIn()).isTrue();
            assertThat(manifest.guidelines()).hasSizeGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void only_egyptian_arabic_is_right_to_left() {
        assertThat(builtIns).filteredOn(AssistantManifest::rightToLeft).extracting(AssistantManifest::id)
                .containsExactly("ar-eg");
    }

    @Test
    void persona_and_greeting_are_written_in_the_assistants_own_language() {
        AssistantRouter router = new AssistantRouter(
                new InMemoryAssistantRegistry(new ManifestValidator(), List.of(BuiltInAssistants.load())), "en-us");
        for (AssistantManifest manifest : builtIns) {
            String expected = expectedDetection(manifest.primaryLanguage());
            for (String text : List.of(manifest.persona(), manifest.greeting())) {
                assertThat(router.detectLanguage(text)).as(manifest.id() + ": " + text)
                        .map(DetectedLanguage::tag).hasValue(expected);
            }
        }
    }

    private static String expectedDetection(String tag) {
        return switch (tag) {
            case "zh-TW" -> "zh-Hant";
            case "zh-CN" -> "zh-Hans";
            default -> Locale.forLanguageTag(tag).getLanguage();
        };
    }
}
