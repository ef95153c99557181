/**
 * Sentence embeddings for the semantic ranking stage: the model interface, the packaged
 * ONNX model and a configured one.
 */
package io.tsutawaru.kb.semantic;
