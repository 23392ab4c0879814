package dev.ami.assistants.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.assistants.builtin.BuiltInAssistants;
import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestValidator;
import dev.ami.assistants.manifest.ModelBinding;
import dev.ami.assistants.registry.AssistantNotFoundException;
import dev.ami.assistants.registry.InMemoryAssistantRegistry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistantRouterTest {

    /** One router for the whole class: building Lingua's models is the expensive part. */
    private static AssistantRouter router;

    @BeforeAll
    static void buildRouterOverBuiltIns() {
        router = new AssistantRouter(builtIns(), "en-us");
    }

    private static InMemoryAssistantRegistry builtIns() {
        return new InMemoryAssistantRegistry(new ManifestValidator(), List.of(BuiltInAssistants.load()));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en-us | Could you tell me how long it takes to walk from the station to the museum?
        en-us | I think the weather is going to be pretty nice this weekend, so let's go hiking.
        en-us | My brother just bought a new car and he keeps talking about it all day long.
        zh-tw | 請問這個週末台北的天氣會不會下雨？我們想帶孩子一起去陽明山走走。
        zh-tw | 我覺得這部電影的劇情很感人，尤其是最後那段對話讓我印象深刻。
        zh-tw | 麻煩您幫我確認一下明天下午跟客戶開會的時間和地點，謝謝您的協助。
        zh-cn | 请问这个周末北京的天气会不会下雨？我们想带孩子一起去香山走走。
        zh-cn | 我觉得这部电影的剧情很感人，尤其是最后那段对话让我印象深刻。
        zh-cn | 麻烦您帮我确认一下明天下午跟客户开会的时间和地点，谢谢您的帮助。
        ja-jp | 明日の午後の会議の時間を確認していただけますか？よろしくお願いします。
        ja-jp | 週末は天気が良さそうなので、家族と一緒に公園へ行こうと思っています。
        ja-jp | この映画のストーリーはとても感動的で、最後の場面が特に印象に残りました。
        ko-kr | 내일 오후 회의 시간을 한 번만 확인해 주실 수 있을까요? 감사합니다.
        ko-kr | 이번 주말에는 날씨가 좋을 것 같아서 가족들과 공원에 가려고 해요.
        ko-kr | 이 영화의 줄거리가 정말 감동적이었고 마지막 장면이 특히 기억에 남아요.
        fr-fr | Pourriez-vous me dire combien de temps il faut pour aller à la gare à pied ?
        fr-fr | Je pense qu'il fera plutôt beau ce week-end, alors allons nous promener en forêt.
        fr-fr | Mon frère vient d'acheter une nouvelle voiture et il n'arrête pas d'en parler.
        de-de | Können Sie mir sagen, wie lange man zu Fuß vom Bahnhof zum Museum braucht?
        de-de | Ich glaube, das Wetter wird am Wochenende ziemlich schön, also gehen wir wandern.
        de-de | Mein Bruder hat sich gerade ein neues Auto gekauft und redet den ganzen Tag davon.
        es-mx | ¿Me podría decir cuánto tiempo se hace caminando de la estación al museo?
        es-mx | Creo que el clima va a estar bastante agradable este fin de semana, vamos a caminar.
        es-mx | Mi hermano acaba de comprar un carro nuevo y no deja de hablar de eso todo el día.
        pt-br | Você poderia me dizer quanto tempo leva para ir a pé da estação até o museu?
        pt-br | Acho que o tempo vai estar bem bonito neste fim de semana, então vamos fazer uma trilha.
        pt-br | Meu irmão acabou de comprar um carro novo e não para de falar disso o dia inteiro.
        ar-eg | هل يمكنك أن تخبرني كم من الوقت يستغرق المشي من المحطة إلى المتحف؟
        ar-eg | أعتقد أن الجو سيكون جميلًا في نهاية الأسبوع، فلنذهب في نزهة على النيل.
        ar-eg | اشترى أخي سيارة جديدة ولا يتوقف عن الحديث عنها طوال اليوم.
        hi-in | क्या आप मुझे बता सकते हैं कि स्टेशन से संग्रहालय तक पैदल कितना समय लगता है?
        hi-in | मुझे लगता है कि इस सप्ताहांत मौसम काफ़ी अच्छा रहेगा, चलिए घूमने चलते हैं।
        hi-in | मेरे भाई ने अभी नई गाड़ी खरीदी है और वह पूरे दिन उसी के बारे में बात करता है।
        sw-ke | Je, unaweza kuniambia inachukua muda gani kutembea kutoka stesheni hadi makumbusho?
        sw-ke | Nadhani hali ya hewa itakuwa nzuri wikendi hii, kwa hivyo twende matembezini.
        sw-ke | Kaka yangu amenunua gari jipya na haachi kulizungumzia siku nzima.
        """)
    void routes_sentence_to_the_assistant_of_its_language(String expectedId, String sentence) {
        RouteDecision decision = router.route(RouteRequest.ofText(sentence));

        assertThat(sentence).hasSizeGreaterThanOrEqualTo(30);
        assertThat(decision.assistantId()).isEqualTo(expectedId);
        assertThat(decision.reason()).isEqualTo(RouteReason.LANGUAGE);
    }

    @Test
    void tells_traditional_from_simplified_chinese_by_script() {
        assertThat(router.route(RouteRequest.ofText("我們這個週末要去國家圖書館看書，你要不要一起來？")).detectedLanguage())
                .isEqualTo("zh-Hant");
        assertThat(router.route(RouteRequest.ofText("我们这个周末要去国家图书馆看书，你要不要一起来？")).detectedLanguage())
                .isEqualTo("zh-Hans");
    }

    @Test
    void explicit_assistant_wins_over_language_and_user_default() {
        RouteDecision decision = router.route(new RouteRequest("Bonjour, comment allez-vous aujourd'hui ?", "ja-jp", "de-de"));

        assertThat(decision).isEqualTo(new RouteDecision("ja-jp", RouteReason.EXPLICIT, null, 1.0));
    }

    @Test
    void user_default_wins_over_detected_language() {
        RouteDecision decision = router.route(new RouteRequest("Bonjour, comment allez-vous aujourd'hui ?", null, "de-de"));

        assertThat(decision.assistantId()).isEqualTo("de-de");
        assertThat(decision.reason()).isEqualTo(RouteReason.USER_DEFAULT);
    }

    @Test
    void unknown_explicit_assistant_is_an_error() {
        assertThatThrownBy(() -> router.route(new RouteRequest("hello", "no-such-assistant", null)))
                .isInstanceOf(AssistantNotFoundException.class);
    }

    @Test
    void stale_user_default_is_skipped() {
        RouteDecision decision = router.route(new RouteRequest("Guten Morgen, wie geht es Ihnen heute?", null, "deleted-one"));

        assertThat(decision.assistantId()).isEqualTo("de-de");
        assertThat(decision.reason()).isEqualTo(RouteReason.LANGUAGE);
    }

    @Test
    void empty_text_goes_to_the_fallback() {
        assertThat(router.route(RouteRequest.ofText("  "))).isEqualTo(new RouteDecision("en-us", RouteReason.FALLBACK, null, 0.0));
    }

    @Test
    void very_short_latin_text_goes_to_the_fallback_but_a_deciding_script_does_not() {
        assertThat(router.route(RouteRequest.ofText("ok")).reason()).isEqualTo(RouteReason.FALLBACK);
        assertThat(router.route(RouteRequest.ofText("안녕")).assistantId()).isEqualTo("ko-kr");
        assertThat(router.route(RouteRequest.ofText("謝謝")).assistantId()).isEqualTo("zh-tw");
        assertThat(router.route(RouteRequest.ofText("谢谢")).assistantId()).isEqualTo("zh-cn");
    }

    @Test
    void writes_the_reason_in_json_as_its_wire_name() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(new RouteDecision("de-de", RouteReason.USER_DEFAULT, null, 1.0));

        assertThat(json).contains("\"reason\":\"user-default\"");
    }

    @Test
    void detects_a_language_added_after_the_router_was_built() {
        InMemoryAssistantRegistry registry = new InMemoryAssistantRegistry(new ManifestValidator(),
                List.of(() -> List.of(builtIns().find("en-us").orElseThrow(), builtIns().find("fr-fr").orElseThrow())));
        AssistantRouter small = new AssistantRouter(registry, "en-us");
        String italian = "Buongiorno, vorrei prenotare un tavolo per due persone stasera alle otto.";
        assertThat(small.route(RouteRequest.ofText(italian)).detectedLanguage()).isNotEqualTo("it");

        registry.register(italianAssistant());

        RouteDecision decision = small.route(RouteRequest.ofText(italian));
        assertThat(decision.assistantId()).isEqualTo("it-it");
        assertThat(decision.detectedLanguage()).isEqualTo("it");
    }

    private static AssistantManifest italianAssistant() {
        return new AssistantManifest("it-it", "Ami (italiano)", List.of("it-IT"), "Italia",
                "Sei Ami, un assistente cortese.", List.of("Dai del Lei all'utente."), "Buongiorno! Sono Ami.",
                null, ModelBinding.DEFAULT, List.of("remember"), null, false);
    }
}
