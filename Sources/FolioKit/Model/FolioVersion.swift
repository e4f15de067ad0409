/// folio's version, as `folio --version` prints it and its User-Agent (`folio/VERSION`) sends it.
public enum FolioVersion {
    /// The version, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
