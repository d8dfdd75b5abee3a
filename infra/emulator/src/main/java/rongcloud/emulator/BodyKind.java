package rongcloud.emulator;

/** How an endpoint's request body is encoded. */
public enum BodyKind {
  /** application/x-www-form-urlencoded; repeated fields are kept in order. */
  FORM("application/x-www-form-urlencoded"),
  /** application/json; the body is one JSON object. */
  JSON("application/json");

  private final String mediaType;

  BodyKind(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  boolean accepts(String contentType) {
    return contentType == null || contentType.isBlank() || contentType.trim().toLowerCase().startsWith(mediaType);
  }
}
