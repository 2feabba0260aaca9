/**
 * Configuration: where Kayako is and how to sign, from flags, then environment, then {@code .env}.
 */
package dev.kayakomcp.config;
