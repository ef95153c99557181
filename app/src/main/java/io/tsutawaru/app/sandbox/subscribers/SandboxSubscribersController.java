package io.tsutawaru.app.sandbox.subscribers;

import java.util.Map;

import io.tsutawaru.notifier.SyntheticSubscribers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sandbox/subscribers?count=N&seed=S}: fills the sandbox with N made-up
 * residents (some LINE only, some with e-mail) so that segments, previews and fan-outs
 * can be tried at a realistic size. The same seed draws the same mix of attributes.
 */
@RestController
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class SandboxSubscribersController {

	/**
	 * Enough for the fan-out benchmark's million residents; more would only fill the disk
	 * of a demo machine.
	 */
	static final int MAX_COUNT = 2_000_000;

	private final SyntheticSubscribers synthetic;

	SandboxSubscribersController(SyntheticSubscribers synthetic) {
		this.synthetic = synthetic;
	}

	@PostMapping("/sandbox/subscribers")
	ResponseEntity<?> create(@RequestParam int count, @RequestParam(defaultValue = "1") long seed) {
		if (count < 1 || count > MAX_COUNT) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"count must be between 1 and " + MAX_COUNT + ", was " + count);
			problem.setTitle("Invalid count");
			return ResponseEntity.badRequest().body(problem);
		}
		int created = synthetic.generate(count, seed);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("created", created, "seed", seed));
	}

}
