package dev.chit.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chit.adapters.persistence.testing.TestDatabases;
import dev.chit.adapters.persistence.testing.TestDatabases.TestDatabase;
import dev.chit.adapters.web.ChitApi;
import dev.chit.adapters.web.problem.ProblemType;
import dev.chit.bootstrap.Chit;
import dev.chit.bootstrap.ChitSettings;
import dev.chit.bootstrap.DemoDataMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document served at {@code /openapi} and the routes the server really has are
 * the same list: a route added without documenting it, or documented without serving it,
 * fails here.
 */
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @TempDir
    static Path dataDir;

    private static TestDatabase database;
    private static Chit chit;
    private static HttpJson http;
    private static JsonNode document;

    @BeforeAll
    static void startChit() {
        database = TestDatabases.h2(dataDir);
        chit = Chit.start(new ChitSettings("127.0.0.1", 0, database.settings(), DemoDataMode.FALSE));
        http = new HttpJson(chit.baseUri());
        var response = http.get("/openapi", Map.of("Accept", "application/json"));
        assertThat(response.status()).isEqualTo(200);
        document = response.json();
    }

    @AfterAll
    static void stopChit() {
        chit.close();
        database.close();
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertThat(document.get("openapi").asText()).startsWith("3.1");
        assertThat(http.get("/openapi").header("Content-Type")).contains("openapi");
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedOperationIsServed() {
        Set<String> served = chit.routes().stream()
                .map(route -> route.method() + " " + route.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> {
            // The API, and the routes Star CloudPRNT printers poll (outside it: printers know that path).
            if (path.getKey().startsWith(ChitApi.BASE_PATH) || path.getKey().startsWith("/cloudprnt/")) {
                path.getValue().properties().stream()
                        .filter(operation -> HTTP_METHODS.contains(operation.getKey()))
                        .forEach(operation -> documented.add(
                                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()));
            }
        });

        assertThat(served).as("routes the server has").isNotEmpty();
        assertThat(documented)
                .as("documented but not served: %s; served but not documented: %s",
                        difference(documented, served), difference(served, documented))
                .isEqualTo(served);
    }

    @Test
    void theOperationalEndpointsTheDocumentListsAnswer() {
        for (String path : new String[] {"/observe/health", "/observe/metrics", "/openapi"}) {
            assertThat(document.get("paths").has(path)).as("%s is documented", path).isTrue();
            assertThat(http.get(path).status()).as("GET %s", path).isEqualTo(200);
        }
    }

    @Test
    void theDocumentListsExactlyTheProblemTypesTheApiAnswersWith() {
        Set<String> documented = new TreeSet<>();
        document.at("/components/schemas/Problem/properties/type/enum").forEach(type -> documented.add(type.asText()));
        Set<String> answered = ChitApi.problemTypes().stream().map(ProblemType::uri)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).isEqualTo(answered);
    }

    @Test
    void everyOperationHasAnIdAndEveryProblemResponseUsesTheProblemSchema() {
        Set<String> operationIds = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> HTTP_METHODS.contains(operation.getKey()))
                .forEach(operation -> {
                    assertThat(operation.getValue().hasNonNull("operationId"))
                            .as("%s %s has an operationId", operation.getKey(), path.getKey()).isTrue();
                    assertThat(operationIds.add(operation.getValue().get("operationId").asText()))
                            .as("operationId %s is unique", operation.getValue().get("operationId")).isTrue();
                }));
        document.at("/components/responses").properties().forEach(response ->
                assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
                        .as("response %s", response.getKey())
                        .isEqualTo("#/components/schemas/Problem"));
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> only = new TreeSet<>(left);
        only.removeAll(right);
        return only;
    }
}
