package dev.ami.server.chat;

import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.models.Model;
import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ami's OpenAI surface through the official OpenAI Java SDK, as an existing client would use it. The
 * SDK is generated from OpenAI's published OpenAPI spec; {@code validate()} fails on any missing
 * required field or wrongly typed value, so these tests hold the responses to that schema.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenAiSdkTest {

    @TestHTTPResource("/v1")
    URL v1;

    private OpenAIClient client(String key) {
        return OpenAIOkHttpClient.builder().baseUrl(v1.toString()).apiKey(key).maxRetries(0).build();
    }

    @Test
    void the_sdk_lists_the_assistants_as_models() {
        OpenAIClient client = client(newUser("sdk-models").key());
        List<String> ids = new ArrayList<>();
        for (Model m : client.models().list().data()) {
            m.validate();
            ids.add(m.id());
        }
        assertThat(ids).contains("en-us", "ja-jp", "ar-eg");
    }

    @Test
    void a_completion_passes_the_sdk_schema_validation() {
        String model = ScriptedLlm.get().script(Reply.text("Bonjour", " tout", " le monde"));
        String assistant = Assistants.withScriptedModel(model);
        OpenAIClient client = client(newUser("sdk-chat").key());
        ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(assistant)
                .addSystemMessage("ignored: the assistant's persona is the system prompt")
                .addUserMessage("Dis bonjour")
                .build());
        completion.validate();
        assertThat(completion.model()).isEqualTo(assistant);
        assertThat(completion.choices()).hasSize(1);
        assertThat(completion.choices().get(0).message().content()).contains("Bonjour tout le monde");
        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(completion.usage()).isPresent();
    }

    @Test
    void a_streamed_completion_passes_the_sdk_schema_validation_chunk_by_chunk() {
        String model = ScriptedLlm.get().script(Reply.text("un", " deux", " trois"));
        String assistant = Assistants.withScriptedModel(model);
        OpenAIClient client = client(newUser("sdk-stream").key());
        StringBuilder text = new StringBuilder();
        List<ChatCompletionChunk.Choice.FinishReason> reasons = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model(assistant).addUserMessage("Compte").build())) {
            stream.stream().forEach(chunk -> {
                chunk.validate();
                for (ChatCompletionChunk.Choice choice : chunk.choices()) {
                    choice.delta().content().ifPresent(text::append);
                    choice.finishReason().ifPresent(reasons::add);
                }
            });
        }
        assertThat(text).hasToString("un deux trois");
        assertThat(reasons).containsExactly(ChatCompletionChunk.Choice.FinishReason.STOP);
    }

    @Test
    void the_sdk_sees_a_bad_key_and_an_unknown_model_as_typed_errors() {
        assertThatThrownBy(() -> client("not-a-key").models().list())
                .isInstanceOf(UnauthorizedException.class);
        OpenAIClient client = client(newUser("sdk-errors").key());
        assertThatThrownBy(() -> client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("no-such-assistant").addUserMessage("x").build()))
                .isInstanceOf(NotFoundException.class);
    }
}
