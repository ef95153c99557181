package io.tsutawaru.app.console;

import java.util.List;

import io.tsutawaru.app.sandbox.gateway.GatewayLog;
import io.tsutawaru.app.sandbox.line.LineCallLog;
import io.tsutawaru.app.sandbox.line.RecordedCall;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the sandbox's stand-ins received: LINE API calls and disaster-gateway documents.
 */
@Controller
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class SandboxConsoleController {

	private static final int SHOWN = 100;

	private final LineCallLog lineCalls;

	private final GatewayLog gateways;

	SandboxConsoleController(LineCallLog lineCalls, GatewayLog gateways) {
		this.lineCalls = lineCalls;
		this.gateways = gateways;
	}

	@GetMapping("/console/sandbox")
	String sandbox(Model model) {
		List<RecordedCall> calls = lineCalls.all();
		model.addAttribute("lineCalls", calls.reversed().stream().limit(SHOWN).toList());
		model.addAttribute("lineCallCount", calls.size());
		model.addAttribute("gatewayDocuments", gateways.of(null).reversed().stream().limit(SHOWN).toList());
		return "console/sandbox";
	}

}
