/**
 * The city's rich menus: the guest, resident and disaster menus drawn by the service
 * (Java2D), created on LINE once and reused, linked per resident, and switched for the
 * whole account; and the menu's own conversation.
 */
package io.tsutawaru.bot.menu;
