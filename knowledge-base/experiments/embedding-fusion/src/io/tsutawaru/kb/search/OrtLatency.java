package io.tsutawaru.kb.search;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The lower bound of a query's embedding: one ONNX Runtime call on token ids (no tokenizer, no pooling), for the
 * quantised and the full-precision bge-small-zh-v1.5, with one and two threads, at typical query lengths.
 * Run by {@code run.sh latency}; the models are read from the classpath (the two langchain4j model jars).
 */
public final class OrtLatency {

    public static void main(String[] args) throws Exception {
        var environment = OrtEnvironment.getEnvironment();
        for (String model : new String[] {"bge-small-zh-v1.5-q.onnx", "bge-small-zh-v1.5.onnx"}) {
            byte[] bytes;
            try (InputStream in = OrtLatency.class.getClassLoader().getResourceAsStream(model)) {
                if (in == null) {
                    throw new IOException(model + " is not on the classpath");
                }
                bytes = in.readAllBytes();
            }
            for (int threads : new int[] {1, 2}) {
                var options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(threads);
                try (var session = environment.createSession(bytes, options)) {
                    for (int tokens : new int[] {16, 32}) {
                        long[] took = time(environment, session, tokens);
                        System.out.printf(Locale.ROOT, "%s, %d thread(s), %d tokens: p50 %.2f ms, p99 %.2f ms%n",
                                model, threads, tokens, took[took.length / 2] / 1e6, took[took.length * 99 / 100] / 1e6);
                    }
                }
            }
        }
    }

    private static long[] time(OrtEnvironment environment, OrtSession session, int tokens) throws Exception {
        long[][] ids = new long[1][tokens];
        long[][] mask = new long[1][tokens];
        long[][] types = new long[1][tokens];
        var random = new Random(1);
        for (int i = 0; i < tokens; i++) {
            ids[0][i] = 1000 + random.nextInt(18_000);
            mask[0][i] = 1;
        }
        ids[0][0] = 101;
        ids[0][tokens - 1] = 102;
        int warmUp = 300;
        long[] took = new long[1_000];
        for (int round = 0; round < warmUp + took.length; round++) {
            long start = System.nanoTime();
            try (var inputIds = OnnxTensor.createTensor(environment, ids);
                 var attention = OnnxTensor.createTensor(environment, mask);
                 var typeIds = OnnxTensor.createTensor(environment, types);
                 var result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                         "token_type_ids", typeIds))) {
                if (((float[][][]) result.get(0).getValue())[0][0].length != 512) {
                    throw new IllegalStateException("unexpected hidden size");
                }
            }
            if (round >= warmUp) {
                took[round - warmUp] = System.nanoTime() - start;
            }
        }
        Arrays.sort(took);
        return took;
    }
}
