/**
 * The deterministic dataset generator that fills the emulator's {@link
 * dev.kayakomcp.emulator.Helpdesk}: lookup tables, staff, customers and organisations, and tickets
 * with conversations, notes, attachments, time tracks and custom field values. Everything is
 * derived from a seed and a reference time, so the same inputs always give the same helpdesk.
 */
package dev.kayakomcp.emulator.dataset;
