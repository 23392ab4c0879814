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
                "HorizontalPodAutoscaler/ami", "PodDisruptionBudget/ami", "Secret/ami", "Deployment/ami-planner",
                "Service/ami-cluster", "NetworkPolicy/ami");
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
        assertThat(c.path("image").asText()).as("the GPU image flavour").endsWith("-cu128");
        assertThat(env(c)).containsEntry("PYTORCH_FLAVOR", "cu128");
    }

    @Test
    void fronts_and_planners_join_one_cluster_found_through_the_headless_service() throws IOException {
        Map<String, JsonNode> all = byKindAndName();
        JsonNode discovery = all.get("Service/ami-cluster").path("spec");
        assertThat(discovery.path("clusterIP").asText()).isEqualTo("None");
        assertThat(discovery.path("publishNotReadyAddresses").asBoolean()).isTrue();
        assertThat(discovery.path("selector").path("app.kubernetes.io/name").asText()).isEqualTo("ami");
        assertThat(discovery.path("selector").has("app.kubernetes.io/component")).as("fronts and planners alike").isFalse();
        for (String deployment : List.of("Deployment/ami", "Deployment/ami-planner")) {
            JsonNode c = all.get(deployment).path("spec").path("template").path("spec").path("containers").get(0);
            Map<String, String> env = env(c);
            assertThat(env).as(deployment)
                    .containsEntry("AMI_CLUSTER_ENABLED", "true")
                    .containsEntry("AMI_CLUSTER_DISCOVERY", "dns")
                    .containsEntry("AMI_CLUSTER_DNS_QUERY", "ami-cluster.ami.svc.cluster.local")
                    .containsEntry("AMI_CLUSTER_BIND_ADDRESS", "$(POD_IP)")
                    .containsEntry("AMI_CLUSTER_PORT", "7800")
                    .containsEntry("QUARKUS_VERTX_CLUSTER_PORT", "7900");
            List<Integer> ports = new ArrayList<>();
            c.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt()));
            assertThat(ports).as(deployment).contains(7800, 7900);
        }
        assertThat(env(all.get("Deployment/ami").path("spec").path("template").path("spec").path("containers").get(0)))
                .containsEntry("AMI_WORLDMODEL_SERVE", "false");
        assertThat(env(all.get("Deployment/ami-planner").path("spec").path("template").path("spec").path("containers").get(0)))
                .containsEntry("AMI_WORLDMODEL_SERVE", "true");
    }

    @Test
    void only_ami_pods_reach_the_cluster_ports() throws IOException {
        JsonNode policy = byKindAndName().get("NetworkPolicy/ami").path("spec");
        assertThat(policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()).isEqualTo("ami");
        JsonNode rules = policy.path("ingress");
        assertThat(rules.get(0).path("from").get(0).path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .isEqualTo("ami");
        assertThat(rules.get(1).has("from")).isFalse();
        assertThat(rules.get(1).path("ports").get(0).path("port").asInt()).isEqualTo(8080);
    }

    private static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new java.util.HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        return env;
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
    void compose_planners_join_the_front_through_a_shared_network_alias() throws IOException {
        JsonNode services = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile()).path("services");
        JsonNode planner = services.path("planner");
        assertThat(planner.path("profiles").get(0).asText()).isEqualTo("cluster");
        assertThat(planner.path("environment").path("AMI_WORLDMODEL_SERVE").asText()).isEqualTo("true");
        assertThat(planner.path("environment").path("AMI_CLUSTER_ENABLED").asText()).isEqualTo("true");
        assertThat(services.path("ami").path("environment").path("AMI_CLUSTER_ENABLED").asText()).isEqualTo("${AMI_CLUSTER_ENABLED:-false}");
        for (JsonNode member : List.of(services.path("ami"), planner)) {
            assertThat(member.path("environment").path("AMI_CLUSTER_DNS_QUERY").asText()).isEqualTo("ami-cluster");
            assertThat(member.path("networks").path("default").path("aliases").get(0).asText()).isEqualTo("ami-cluster");
        }
    }

    @Test
    void the_image_runs_as_a_non_root_user_with_a_data_volume_and_a_health_check() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(dockerfile).contains("USER 10001", "VOLUME /data", "HEALTHCHECK", "/q/health/ready", "quarkus-run.jar");
    }
}
