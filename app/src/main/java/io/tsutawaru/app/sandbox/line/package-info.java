/**
 * A stand-in for the LINE Messaging API that records every call and answers as LINE does.
 */
package io.tsutawaru.app.sandbox.line;
