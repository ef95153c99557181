package io.tsutawaru.kb.search;

/**
 * How much a match in each field counts. A resident's question is a paraphrase of an FAQ question far more often
 * than of its answer, so the question outweighs the answer; readings and bigrams only catch what words miss.
 */
record FieldWeights(float question, float questionReading, float questionBigrams, float answer,
                    float answerBigrams, float related, float text) {

    static final FieldWeights STANDARD = new FieldWeights(
            Float.parseFloat(System.getProperty("kb.wq", "1.0")),
            Float.parseFloat(System.getProperty("kb.wqr", "0.2")),
            Float.parseFloat(System.getProperty("kb.wqg", "0.2")),
            Float.parseFloat(System.getProperty("kb.wa", "0.4")),
            Float.parseFloat(System.getProperty("kb.wag", "0.1")),
            Float.parseFloat(System.getProperty("kb.wrel", "0.1")),
            Float.parseFloat(System.getProperty("kb.wt", "0")));
}
