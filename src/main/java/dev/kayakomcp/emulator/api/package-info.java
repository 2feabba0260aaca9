/**
 * One class per Kayako API controller, with Kayako's dispatch rules, validation order, error texts
 * and quirks (display ids on sub-resources, unresolved-status default, silent PUT ignores).
 */
package dev.kayakomcp.emulator.api;
