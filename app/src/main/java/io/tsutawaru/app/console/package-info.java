/** The staff console: pages PR, emergency and department staff use, behind the login. */
package io.tsutawaru.app.console;
