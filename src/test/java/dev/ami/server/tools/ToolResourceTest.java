package dev.ami.server.tools;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ToolResourceTest {

    @Test
    void a_signed_in_user_sees_the_built_in_tools_with_their_descriptions() {
        as(newUser("tools").key()).get("/api/v1/tools")
                .then().statusCode(200)
                .body("name", hasItems("plan_path", "check_physical_plausibility", "remember", "recall"))
                .body("find { it.name == 'plan_path' }.source", equalTo("builtin"))
                .body("description", everyItem(not(emptyOrNullString())));
    }

    @Test
    void the_tool_list_needs_a_key() {
        given().get("/api/v1/tools")
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"));
    }
}
