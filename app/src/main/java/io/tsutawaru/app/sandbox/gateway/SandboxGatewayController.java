package io.tsutawaru.app.sandbox.gateway;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepts what the notifier posts to the L-Alert gateway, the disaster-radio
 * text-to-speech gateway and the city's CMS, and acknowledges it the way those gateways
 * do: 200 with an acknowledgement of the document.
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
@RequestMapping("/sandbox/gateways")
class SandboxGatewayController {

	private final GatewayLog log;

	SandboxGatewayController(GatewayLog log) {
		this.log = log;
	}

	@PostMapping("/{gateway:lalert|radio|cms}")
	ResponseEntity<String> receive(@PathVariable String gateway,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody(required = false) String body) {
		GatewayLog.Received received = log.record(gateway, contentType, body == null ? "" : body);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"acknowledged\":true,\"receipt\":" + received.seq() + "}");
	}

	@GetMapping(path = "/{gateway:lalert|radio|cms}/requests", produces = MediaType.APPLICATION_JSON_VALUE)
	List<GatewayLog.Received> received(@PathVariable String gateway) {
		return log.of(gateway);
	}

}
