package io.tsutawaru.batch.file;

/**
 * One line of a file as bytes, before it is decoded.
 *
 * @param number  1-based line number
 * @param bytes   the line without its end ({@code \n} or {@code \r\n}); empty when the line was too long
 * @param tooLong whether the line exceeded the limit and was skipped rather than held in memory
 * @param end     the byte offset just after the line's end, where the next line starts
 */
record PhysicalLine(long number, byte[] bytes, boolean tooLong, long end) {
}
