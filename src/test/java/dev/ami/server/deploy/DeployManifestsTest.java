package dev.ami.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No cluster is reachable here, so the Kubernetes manifests and the compose file are checked by
 * parsing them and asserting what the deployment relies on.
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<JsonNode> manifests() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = YAML.getFactory().createParser(f.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
                }
            }
        }
        return docs;
    }

    private static Map<String, JsonNode> byKindAndName() throws IOException {
        return manifests().stream().collect(Collectors.toMap(
                d -> d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d -> d));
    }

    @Test
    void every_manifest_names_its_api_kind_and_namespace() throws IOException {
        for (JsonNode doc : manifests()) {
            assertThat(doc.path("apiVersion").asText()).as("apiVersion of %s", doc.path("kind")).isNotBlank();
            assertThat(doc.path("kind").asText()).isNotBlank();
            assertThat(doc.path("metadata").path("name").asText()).isNotBlank();
            if (!"Namespace".equals(doc.path("kind").asText())) {
                assertThat(doc.path("metadata").path("namespace").asText()).isEqualTo("ami");
            }
        }
        assertThat(byKindAndName()).containsKeys("Deployment/ami", "Service/ami", "Ingress/ami",
                "HorizontalPodAutoscaler/ami", "PodDisruptionBudget/ami", "Secret/ami", "Deployment/ami-planner");
    }

    @Test
    void front_pods_are_probed_bounded_and_unprivileged() throws IOException {
        JsonNode pod = byKindAndName().get("Deployment/ami").path("spec").path("template").path("spec");
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        JsonNode c = pod.path("containers").get(0);
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(c.path("resources").path("limits").path("memory").asText()).isNotBlank();
        assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(c.path("envFrom").get(0).path("secretRef").path("name").asText()).isEqualTo("ami");
    }

    @Test
    void the_secret_carries_the_admin_key_and_database_url() throws IOException {
        JsonNode secret = byKindAndName().get("Secret/ami").path("stringData");
        assertThat(secret.has("AMI_ADMIN_KEY")).isTrue();
        assertThat(secret.path("AMI_DB_URL").asText()).startsWith("postgresql://");
    }

    @Test
    void the_planner_asks_for_a_gpu() throws IOException {
        JsonNode c = byKindAndName().get("Deployment/ami-planner").path("spec").path("template").path("spec")
                .path("containers").get(0);
        assertThat(c.path("resources").path("limits").path("nvidia.com/gpu").asInt()).isEqualTo(1);
    }

    @Test
    void the_ingress_keeps_websockets_open_and_routes_to_the_service() throws IOException {
        JsonNode ingress = byKindAndName().get("Ingress/ami");
        assertThat(ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-read-timeout").asInt())
                .isGreaterThanOrEqualTo(3600);
        assertThat(ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0)
                .path("backend").path("service").path("name").asText()).isEqualTo("ami");
    }

    @Test
    void compose_runs_ami_with_postgres_and_optional_llm_servers() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
        JsonNode services = compose.path("services");
        assertThat(services.path("ami").path("environment").path("AMI_DB_URL").asText()).contains("@postgres:5432/ami");
        assertThat(services.path("ami").path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(services.path("vllm").path("deploy").path("resources").path("reservations").path("devices").get(0)
                .path("driver").asText()).isEqualTo("nvidia");
        assertThat(services.path("ollama").path("profiles").get(0).asText()).isEqualTo("ollama");
        assertThat(Files.readString(DEPLOY.resolve(".env.example"))).contains("AMI_ADMIN_KEY=", "POSTGRES_PASSWORD=");
    }

    @Test
    void the_image_runs_as_a_non_root_user_with_a_data_volume_and_a_health_check() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(dockerfile).contains("USER 10001", "VOLUME /data", "HEALTHCHECK", "/q/health/ready", "quarkus-run.jar");
    }
}
