package io.tsutawaru.app.apidocs;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every error of the staff API is an RFC 9457 problem detail: the modules' domain
 * exceptions (their {@code @RestControllerAdvice}), Spring MVC's own errors
 * ({@code spring.mvc.problemdetails.enabled}) and the security chain's 401 and 403
 * ({@code ProblemDetailSecurityResponses}). The modules' annotations name each
 * operation's errors and why; this gives those responses their schema, and adds the 401
 * and 403 that the security configuration gives every operation, so no module has to
 * repeat what the app decides.
 */
class ProblemDetailResponses implements OpenApiCustomizer {

	static final String PROBLEM = "ProblemDetail";

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String ROLE_REFUSED = "Your staff role does not allow this operation.";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemDetailResponses::complete));
	}

	private static void complete(Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.computeIfAbsent("401", code -> new ApiResponse().description(
				"Not signed in: send a staff account's HTTP Basic credentials, or the console's session cookie."));
		ApiResponse forbidden = responses.get("403");
		if (forbidden == null) {
			responses.addApiResponse("403", new ApiResponse().description(ROLE_REFUSED));
		}
		else {
			forbidden.description(forbidden.getDescription() + " Also: " + ROLE_REFUSED.toLowerCase(Locale.ROOT));
		}
		ApiResponses byCode = new ApiResponses();
		new TreeMap<>(responses).forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				// springdoc gives a declared error the operation's success body; a module
				// may give an example of
				// its problem. Only the example is kept.
				MediaType declared = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
				MediaType problem = declared == null ? new MediaType() : declared;
				response.content(new Content().addMediaType(PROBLEM_JSON,
						problem.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
			byCode.addApiResponse(code, response);
		});
		operation.setResponses(byCode);
	}

	private static Schema<?> problemSchema() {
		Schema<?> problem = new ObjectSchema().description("An RFC 9457 problem detail.")
			.addProperty("type",
					new StringSchema().format("uri")
						._default("about:blank")
						.description("Absent for about:blank: no more than the HTTP status says."))
			.addProperty("title",
					new StringSchema().description("What went wrong, in short, e.g. Invalid segment rule."))
			.addProperty("status", new IntegerSchema().description("The HTTP status code."))
			.addProperty("detail", new StringSchema().description("What went wrong here, for the member of staff."))
			.addProperty("instance", new StringSchema().format("uri").description("The path that was called."))
			.addProperty("position",
					new IntegerSchema().description(
							"Invalid segment rules and notices: the character (from 0) where the first mistake is."))
			.addProperty("field",
					new StringSchema().description(
							"Invalid notices: the field at fault, e.g. title, translations.en.title, areaNames[1]."))
			.addProperty("code", new StringSchema().description(
					"A notice's refusals (invalid segment rule or notice, not allowed, not possible in its state): what is wrong, as a stable code (e.g. EXPECTED, UNKNOWN_ATTRIBUTE, TOO_LONG, NOT_A_DRAFT, AUTHOR_MAY_NOT_APPROVE), so that a client can say it in its reader's language; the detail is its English sentence."))
			.addProperty("arguments", new ArraySchema().items(new StringSchema())
				.description(
						"With a code: the values its sentence names, in order (e.g. what was expected and what was found; a field and its limit; a notice's number and state)."));
		problem.setRequired(List.of("title", "status"));
		return problem;
	}

}
