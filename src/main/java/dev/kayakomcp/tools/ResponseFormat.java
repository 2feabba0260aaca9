package dev.kayakomcp.tools;

/** How a tool's text content is written; structured content is sent either way. */
public enum ResponseFormat {
  MARKDOWN,
  JSON
}
