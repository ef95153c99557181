/**
 * Start-up checks of the production profile: every required setting present, or a clear
 * refusal.
 */
package io.tsutawaru.app.production;
