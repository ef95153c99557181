/** Staff sign-in, roles and the rules of who may reach which page and API. */
package io.tsutawaru.app.security;
