/**
 * The emulator's HTTP edge: Kayako's routing ({@code ?e=}, standard style, PATH_INFO), parameter
 * parsing (query, urlencoded and multipart bodies), HMAC authentication, fault injection and the
 * loopback-only control routes.
 */
package dev.kayakomcp.emulator.http;
