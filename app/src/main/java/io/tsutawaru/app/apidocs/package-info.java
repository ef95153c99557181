/**
 * The OpenAPI document of the staff REST API and its Swagger UI: what the app adds to
 * what the modules annotate.
 */
package io.tsutawaru.app.apidocs;
