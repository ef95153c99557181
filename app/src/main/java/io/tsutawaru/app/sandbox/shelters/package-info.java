/** The sandbox city's invented shelter list, loaded on first start. */
package io.tsutawaru.app.sandbox.shelters;
