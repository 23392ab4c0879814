package dev.ami.assistants.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.assistants.builtin.BuiltInAssistants;
import dev.ami.assistants.manifest.AssistantManifest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleResponderTest {

    private static RuleResponder responder;
    private static List<AssistantManifest> builtIns;

    @BeforeAll
    static void loadOnce() {
        responder = new RuleResponder();
        builtIns = BuiltInAssistants.load().assistants();
    }

    private static AssistantManifest assistant(String id) {
        return builtIns.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en-us | Hello!
        en-us | Good morning, Ami
        zh-tw | 您好！
        zh-tw | 早安
        zh-cn | 你好
        zh-cn | 晚上好！
        ja-jp | こんにちは！
        ja-jp | おはようございます
        ko-kr | 안녕하세요!
        ko-kr | 반갑습니다
        fr-fr | Bonjour !
        fr-fr | Salut Ami
        de-de | Hallo!
        de-de | Guten Morgen
        es-mx | ¡Hola!
        es-mx | Buenos días
        pt-br | Olá!
        pt-br | Oi, tudo bem?
        ar-eg | السلام عليكم
        ar-eg | أهلًا وسهلًا!
        hi-in | नमस्ते!
        hi-in | नमस्कार जी
        sw-ke | Habari yako?
        sw-ke | Jambo!
        """)
    void answers_a_greeting_with_the_assistants_greeting(String id, String message) {
        RuleReply reply = responder.respond(assistant(id), message);

        assertThat(reply.text()).isEqualTo(assistant(id).greeting());
        assertThat(reply.intent()).isNull();
        assertThat(reply.engine()).isEqualTo("rules");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en-us | plan a path from (0.2, 0.3) to (0.8, 0.3)                        | 0.2 | 0.3 | 0.8 | 0.3
        en-us | Can you find a route from [0.1 0.9] to [0.7 0.2]?               | 0.1 | 0.9 | 0.7 | 0.2
        en-us | Plan a route to (0.8, 0.3) from (0.2, 0.3), please                | 0.2 | 0.3 | 0.8 | 0.3
        de-de | Plane einen Weg nach (0,8; 0,3) von (0,2; 0,3)                    | 0.2 | 0.3 | 0.8 | 0.3
        es-mx | Planea una ruta a (0.8, 0.3) desde (0.2, 0.3)                     | 0.2 | 0.3 | 0.8 | 0.3
        zh-tw | 從 (0.2,0.3) 到 (0.8,0.3) 規劃路徑                                | 0.2 | 0.3 | 0.8 | 0.3
        zh-tw | 請幫我規劃路線：起點（0.1，0.9），終點（0.7，0.2）                 | 0.1 | 0.9 | 0.7 | 0.2
        zh-cn | 请规划从 (0.2, 0.3) 到 (0.8, 0.3) 的路径                          | 0.2 | 0.3 | 0.8 | 0.3
        zh-cn | 从（0.1，0.9）到（0.7，0.2）怎么走？                              | 0.1 | 0.9 | 0.7 | 0.2
        ja-jp | (0.2, 0.3) から (0.8, 0.3) までの経路を計画してください            | 0.2 | 0.3 | 0.8 | 0.3
        ja-jp | （0.1，0.9）から（0.7，0.2）までのルートを教えて                   | 0.1 | 0.9 | 0.7 | 0.2
        ko-kr | (0.2, 0.3)에서 (0.8, 0.3)까지 경로를 계획해 줘                     | 0.2 | 0.3 | 0.8 | 0.3
        ko-kr | (0.1, 0.9)에서 (0.7, 0.2)까지 가는 길을 찾아 주세요                | 0.1 | 0.9 | 0.7 | 0.2
        fr-fr | Planifie un trajet de (0,2 ; 0,3) à (0,8 ; 0,3)                   | 0.2 | 0.3 | 0.8 | 0.3
        fr-fr | Peux-tu trouver un chemin de (0,1, 0,9) à (0,7, 0,2) ?            | 0.1 | 0.9 | 0.7 | 0.2
        de-de | Plane einen Weg von (0,2; 0,3) nach (0,8; 0,3)                    | 0.2 | 0.3 | 0.8 | 0.3
        de-de | Bitte plane eine Route von (0.1, 0.9) nach (0.7, 0.2).            | 0.1 | 0.9 | 0.7 | 0.2
        es-mx | Planea una ruta de (0.2, 0.3) a (0.8, 0.3)                        | 0.2 | 0.3 | 0.8 | 0.3
        es-mx | Traza un camino de (0,1; 0,9) a (0,7; 0,2)                        | 0.1 | 0.9 | 0.7 | 0.2
        pt-br | Planeje um caminho de (0,2; 0,3) até (0,8; 0,3)                   | 0.2 | 0.3 | 0.8 | 0.3
        pt-br | Trace uma rota de (0,1,0,9) até (0,7,0,2)                         | 0.1 | 0.9 | 0.7 | 0.2
        ar-eg | خطط مسارًا من (0.2، 0.3) إلى (0.8، 0.3)                          | 0.2 | 0.3 | 0.8 | 0.3
        ar-eg | خطط مسار من (٠٫١، ٠٫٩) الى (٠٫٧، ٠٫٢)                            | 0.1 | 0.9 | 0.7 | 0.2
        hi-in | (0.2, 0.3) से (0.8, 0.3) तक रास्ता बनाइए                          | 0.2 | 0.3 | 0.8 | 0.3
        hi-in | कृपया (0.1, 0.9) से (0.7, 0.2) तक का मार्ग प्लान कीजिए            | 0.1 | 0.9 | 0.7 | 0.2
        sw-ke | Panga njia kutoka (0.2, 0.3) hadi (0.8, 0.3)                      | 0.2 | 0.3 | 0.8 | 0.3
        sw-ke | Nipangie njia kutoka (0.1, 0.9) hadi (0.7, 0.2)                   | 0.1 | 0.9 | 0.7 | 0.2
        """)
    void parses_a_plan_request_with_coordinates(String id, String message, double sx, double sy, double gx, double gy) {
        RuleReply reply = responder.respond(assistant(id), message);

        assertThat(reply.intent()).isEqualTo(new PlanIntent(sx, sy, gx, gy));
        assertThat(reply.text()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en-us | My name is Alice.                                  | FACT       | name       | Alice
        en-us | I live in Chicago                                  | FACT       | home       | Chicago
        en-us | I prefer green tea                                 | PREFERENCE | preference | green tea
        en-us | Remember that my sister's birthday is May 3rd      | FACT       | note       | my sister's birthday is May 3rd
        zh-tw | 我叫王小明。                                        | FACT       | name       | 王小明
        zh-tw | 我住在台北                                          | FACT       | home       | 台北
        zh-tw | 我喜歡烏龍茶                                        | PREFERENCE | preference | 烏龍茶
        zh-tw | 請記住我的車停在B2                                  | FACT       | note       | 我的車停在B2
        zh-cn | 我的名字是李华                                      | FACT       | name       | 李华
        zh-cn | 我住在上海                                          | FACT       | home       | 上海
        zh-cn | 我最喜欢绿茶                                        | PREFERENCE | preference | 绿茶
        zh-cn | 请记住我的会议在周三                                | FACT       | note       | 我的会议在周三
        ja-jp | 私の名前は田中です。                                | FACT       | name       | 田中
        ja-jp | 私は大阪に住んでいます                              | FACT       | home       | 大阪
        ja-jp | 私は緑茶が好きです                                  | PREFERENCE | preference | 緑茶
        ja-jp | 明日は歯医者に行くことを覚えておいて                | FACT       | note       | 明日は歯医者に行く
        ko-kr | 제 이름은 김민준입니다.                             | FACT       | name       | 김민준
        ko-kr | 저는 부산에 살아요                                  | FACT       | home       | 부산
        ko-kr | 저는 녹차를 좋아해요                                | PREFERENCE | preference | 녹차
        ko-kr | 내일 회의가 3시라는 것을 기억해 줘                  | FACT       | note       | 내일 회의가 3시
        fr-fr | Je m'appelle Amélie.                                | FACT       | name       | Amélie
        fr-fr | J'habite à Lyon                                     | FACT       | home       | Lyon
        fr-fr | Je préfère le thé vert                              | PREFERENCE | preference | le thé vert
        fr-fr | Souviens-toi que mon rendez-vous est jeudi          | FACT       | note       | mon rendez-vous est jeudi
        de-de | Ich heiße Jürgen.                                   | FACT       | name       | Jürgen
        de-de | Ich wohne in München                                | FACT       | home       | München
        de-de | Ich mag grünen Tee                                  | PREFERENCE | preference | grünen Tee
        de-de | Merk dir, dass mein Termin am Donnerstag ist        | FACT       | note       | mein Termin am Donnerstag ist
        es-mx | Me llamo José.                                      | FACT       | name       | José
        es-mx | Vivo en Guadalajara                                 | FACT       | home       | Guadalajara
        es-mx | Me gusta el café de olla                            | PREFERENCE | preference | el café de olla
        es-mx | Recuerda que mi cita es el jueves                   | FACT       | note       | mi cita es el jueves
        pt-br | Meu nome é João.                                    | FACT       | name       | João
        pt-br | Eu moro em Recife                                   | FACT       | home       | Recife
        pt-br | Eu gosto de café coado                              | PREFERENCE | preference | café coado
        pt-br | Lembre-se de que minha consulta é na quinta         | FACT       | note       | minha consulta é na quinta
        ar-eg | اسمي أحمد                                           | FACT       | name       | أحمد
        ar-eg | أسكن في القاهرة                                     | FACT       | home       | القاهرة
        ar-eg | أحب الشاي بالنعناع                                  | PREFERENCE | preference | الشاي بالنعناع
        ar-eg | تذكر أن موعدي يوم الخميس                            | FACT       | note       | موعدي يوم الخميس
        hi-in | मेरा नाम प्रिया है।                                  | FACT       | name       | प्रिया
        hi-in | मैं दिल्ली में रहती हूँ                                 | FACT       | home       | दिल्ली
        hi-in | मुझे मसाला चाय पसंद है                               | PREFERENCE | preference | मसाला चाय
        hi-in | याद रखिए कि कल मेरी मीटिंग है                        | FACT       | note       | कल मेरी मीटिंग है
        sw-ke | Jina langu ni Amina.                                | FACT       | name       | Amina
        sw-ke | Ninaishi Nairobi                                    | FACT       | home       | Nairobi
        sw-ke | Ninapenda chai ya tangawizi                         | PREFERENCE | preference | chai ya tangawizi
        sw-ke | Kumbuka kwamba mkutano wangu ni Alhamisi            | FACT       | note       | mkutano wangu ni Alhamisi
        """)
    void parses_a_memory_statement(String id, String message, MemoryKind kind, String key, String text) {
        RuleReply reply = responder.respond(assistant(id), message);

        assertThat(reply.intent()).isEqualTo(new RememberIntent(kind, text, key));
        assertThat(reply.text()).contains(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en-us | What is my name?                  | name
        en-us | Where do I live?                  | home
        en-us | What do you remember about me?    | all
        zh-tw | 我叫什麼名字？                     | name
        zh-tw | 我住在哪裡？                       | home
        zh-tw | 你記得關於我的什麼？               | all
        zh-cn | 我的名字叫什么？                   | name
        zh-cn | 我家在哪里？                       | home
        zh-cn | 你还记得关于我的哪些事？           | all
        ja-jp | 私の名前は何ですか？               | name
        ja-jp | 私はどこに住んでいますか？         | home
        ja-jp | 私について何を覚えていますか？     | all
        ko-kr | 제 이름이 뭐예요?                  | name
        ko-kr | 제가 어디에 살아요?                | home
        ko-kr | 저에 대해 뭘 기억하고 있어요?      | all
        fr-fr | Comment je m'appelle ?             | name
        fr-fr | Où est-ce que j'habite ?           | home
        fr-fr | Que sais-tu de moi ?               | all
        de-de | Wie heiße ich?                     | name
        de-de | Wo wohne ich?                      | home
        de-de | Was weißt du über mich?            | all
        es-mx | ¿Cómo me llamo?                    | name
        es-mx | ¿Dónde vivo?                       | home
        es-mx | ¿Qué sabes de mí?                  | all
        pt-br | Qual é o meu nome?                 | name
        pt-br | Onde eu moro?                      | home
        pt-br | O que você sabe sobre mim?         | all
        ar-eg | ما اسمي؟                           | name
        ar-eg | أين أسكن؟                          | home
        ar-eg | ماذا تعرف عني؟                     | all
        hi-in | मेरा नाम क्या है?                   | name
        hi-in | मैं कहाँ रहती हूँ?                     | home
        hi-in | आप मेरे बारे में क्या जानते हैं?       | all
        sw-ke | Jina langu ni nani?                | name
        sw-ke | Ninaishi wapi?                     | home
        sw-ke | Unakumbuka nini kuhusu mimi?       | all
        """)
    void parses_a_memory_question(String id, String message, String key) {
        RuleReply reply = responder.respond(assistant(id), message);

        assertThat(reply.intent()).isInstanceOf(RecallIntent.class);
        RecallIntent recall = (RecallIntent) reply.intent();
        assertThat(recall.key()).isEqualTo("all".equals(key) ? null : key);
        assertThat(recall.query()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en-us | What's the capital of Australia?
        en-us | History of the Roman empire, please
        en-us | I plan to visit my aunt next week
        es-mx | Nuestra empresa planea contratar a varios ingenieros el próximo año.
        ar-eg | تخطط شركتنا لتوظيف عدد من المهندسين الجدد في العام المقبل.
        zh-cn | 请问从这里到故宫博物院怎么走？
        zh-tw | 今天台北天氣如何？
        zh-cn | 给我讲一个笑话吧
        ja-jp | 東京のおすすめのラーメン屋はどこですか？
        ko-kr | 오늘 저녁 메뉴 추천해 줄래요?
        fr-fr | Quelle est la capitale de l'Australie ?
        de-de | Wie wird das Wetter morgen in Berlin?
        es-mx | ¿Cuál es la capital de Australia?
        pt-br | Qual é a capital da Austrália?
        ar-eg | ما هي عاصمة أستراليا؟
        hi-in | आज दिल्ली का मौसम कैसा है?
        sw-ke | Mji mkuu wa Australia ni upi?
        """)
    void explains_that_open_conversation_needs_a_model(String id, String message) {
        RuleReply reply = responder.respond(assistant(id), message);

        assertThat(reply.intent()).isNull();
        assertThat(reply.text()).isEqualTo(responder.openConversation(assistant(id)))
                .contains("ami.llm.base-url", "AMI_LLM_BASE_URL", "ami.llm.model");
    }

    @Test
    void every_builtin_language_has_its_own_open_conversation_text() {
        assertThat(builtIns.stream().map(responder::openConversation).distinct()).hasSize(builtIns.size());
    }

    @Test
    void keeps_only_the_first_clause_of_a_preference() {
        RuleReply reply = responder.respond(assistant("fr-fr"), "J'adore la couleur de ce manteau, mais la taille est trop grande.");

        assertThat(reply.intent()).isEqualTo(new RememberIntent(MemoryKind.PREFERENCE, "la couleur de ce manteau", "preference"));
    }

    @Test
    void asks_for_coordinates_when_a_plan_has_none() {
        RuleReply reply = responder.respond(assistant("en-us"), "Can you plan a path for me?");

        assertThat(reply.intent()).isNull();
        assertThat(reply.text()).contains("(0.2, 0.3)");
    }

    @Test
    void renders_plan_results_with_the_locales_decimal_separator() {
        assertThat(responder.planResult(assistant("de-de"), true, 42, 0.031)).contains("42", "0,031");
        assertThat(responder.planResult(assistant("en-us"), false, 200, 0.25)).contains("200", "0.25");
        assertThat(responder.planResult(assistant("fr-fr"), true, 17, 0.5)).contains("17", "0,5");
    }

    @Test
    void lists_recalled_items_or_abstains_when_there_are_none() {
        assertThat(responder.recalled(assistant("ja-jp"), List.of("田中", "大阪"))).contains("田中、大阪");
        assertThat(responder.recalled(assistant("ja-jp"), List.of())).isEqualTo(responder.unknown(assistant("ja-jp")));
    }

    @Test
    void writes_an_intent_to_json_with_its_type() throws Exception {
        RuleReply reply = responder.respond(assistant("pt-br"), "Planeje um caminho de (0,2; 0,3) até (0,8; 0,3)");

        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(reply);

        assertThat(json).contains("\"type\":\"plan\"", "\"startX\":0.2", "\"engine\":\"rules\"");
    }

    @Test
    void renders_errors_with_the_detail() {
        assertThat(responder.error(assistant("es-mx"), "planner timeout")).startsWith("Lo siento").endsWith("planner timeout");
    }
}
